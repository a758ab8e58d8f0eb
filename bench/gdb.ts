// The cost of a debugger's breakpoint: gdb_spin (35 million instructions on ppc64le) run to a
// breakpoint at `late`, reached once, at the end of the loop.
//   in-process  the machine alone: no breakpoint; the breakpoint with blocks (only the block at
//               the breakpoint is interpreted; the others keep their tier); the breakpoint with
//               the machine stepping one instruction at a time (what every breakpoint cost
//               before: a no-op tracer makes the machine step the same way)
//   gdb         the real client: the time gdb-multiarch's `continue` takes to report the stop
//               (`ppcemu run --gdb`, measured with gdb's python), when gdb-multiarch is installed
// Run: npm run bench gdb. Wall-clock figures: a loaded machine shows lower numbers.

import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseElf } from '../src/linux/elf.js';
import { createProcess, runProcess } from '../src/linux/run.js';
import { functionEntry } from '../test/elf-symbols.js';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const PPCEMU = path.join(ROOT, 'bin/ppcemu.js');

function inProcess(target: string, mode: 'none' | 'blocks' | 'stepped'): { ms: number; icount: number } {
  const bin = path.join(ROOT, 'test/bin', target, 'gdb_spin');
  const elf = parseElf(new Uint8Array(readFileSync(bin)));
  const { proc } = createProcess(elf, { argv: [bin], execPath: bin }, { stdout: () => {}, stderr: () => {} });
  const m = proc.m, late = functionEntry(elf, 'late');
  if (mode !== 'none') m.setBreakpoints([late], (pc) => pc === late);
  if (mode === 'stepped') m.tracer = () => {};
  const t = performance.now();
  const r = runProcess(proc, 1e9);
  const ms = performance.now() - t;
  if ((mode === 'none') !== (r.kind === 'exit')) throw new Error(`unexpected stop ${r.kind} (${mode})`);
  return { ms, icount: m.icount };
}

/** Seconds gdb's `continue` takes from a stop at main to the breakpoint at late. */
async function withGdb(target: string): Promise<number> {
  const bin = path.join('test/bin', target, 'gdb_spin');
  const emu = spawn(process.execPath, [PPCEMU, 'run', '--gdb', '0', bin], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  const port = await new Promise<number>((resolve, reject) => {
    let err = '';
    emu.stderr!.on('data', (b: Buffer) => {
      err += b.toString('latin1');
      const mm = /waiting for gdb on 127\.0\.0\.1:(\d+)/.exec(err);
      if (mm) resolve(Number(mm[1]));
    });
    emu.on('close', () => reject(new Error(err)));
  });
  const cmds = ['set pagination off', 'set confirm off', `target remote 127.0.0.1:${port}`, 'break main', 'continue', 'break late',
    'python import time; t0 = time.time()', 'continue', 'python print("SECONDS %.3f" % (time.time() - t0))', 'kill'];
  const g = spawnSync('gdb-multiarch', ['-batch', '-nx', ...cmds.flatMap((c) => ['-ex', c]), bin], { cwd: ROOT, encoding: 'latin1' });
  emu.kill();
  const s = /SECONDS ([\d.]+)/.exec(g.stdout);
  if (!s || !/Breakpoint 2, late/.test(g.stdout)) throw new Error(`gdb did not stop at late:\n${g.stdout}${g.stderr}`);
  return Number(s[1]);
}

export default async function gdbBench(filter?: string): Promise<void> {
  for (const target of ['ppc64le', 'ppc64', 'ppc32']) {
    if (filter && !target.includes(filter)) continue;
    const rows: string[] = [];
    for (const mode of ['none', 'blocks', 'stepped'] as const) {
      inProcess(target, mode); // warm-up
      const { ms, icount } = inProcess(target, mode);
      rows.push(`  ${mode.padEnd(8)} ${(ms / 1000).toFixed(3)} s  ${(icount / ms / 1000).toFixed(1)} MIPS  (${icount} instructions)`);
    }
    console.log(`gdb_spin ${target}, run to a breakpoint at late (in-process):`);
    for (const r of rows) console.log(r);
    if (spawnSync('gdb-multiarch', ['--version']).status === 0) {
      console.log(`  gdb-multiarch: continue to late took ${(await withGdb(target)).toFixed(3)} s`);
    }
  }
}
