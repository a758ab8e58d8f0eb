// The ppcemu command line (yargs). Every user error is one `ppcemu: ...` line and exit 125;
// the guest's exit status is ppcemu's otherwise.

import * as fs from 'node:fs';
import yargs, { type Argv } from 'yargs';
import { disassemble } from '../cpu/disasm.js';
import type { Machine, StopReason } from '../cpu/machine.js';
import { ElfError, parseElf } from '../linux/elf.js';
import { createProcess, type RunOptions } from '../linux/run.js';
import { ModelError } from '../features/select.js';
import { cpusCommand } from './cpus.js';
import { disasmCommand } from './disasm.js';
import { CliError, EXIT_PPCEMU_ERROR } from './errors.js';
import { checkpointOptions, runWithCheckpoints, restoreCommands, type CheckpointArgs } from './checkpoint.js';
import { GDB_OPTION, gdbPort, runUnderGdb } from './gdb.js';

/** Writes all of `b` to a host descriptor (retrying on EAGAIN from non-blocking pipes). */
export function writeAll(fd: number, b: Uint8Array): void {
  let off = 0;
  while (off < b.length) {
    try {
      off += fs.writeSync(fd, b, off, b.length - off);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      // The reader went away (`ppcemu run prog | head`): stop quietly, as a killed writer would.
      if (code === 'EPIPE') process.exit(0);
      if (code !== 'EAGAIN') throw e;
    }
  }
}

export const hostStreams = {
  stdout: (b: Uint8Array) => writeAll(1, b),
  stderr: (b: Uint8Array) => writeAll(2, b),
};

function readProgram(file: string): Uint8Array {
  let st: fs.Stats;
  try {
    st = fs.statSync(file);
  } catch {
    throw new CliError(`cannot open '${file}': no such file`);
  }
  if (st.isDirectory()) throw new CliError(`'${file}' is a directory, not an executable`);
  try {
    return fs.readFileSync(file);
  } catch (e) {
    throw new CliError(`cannot read '${file}': ${(e as Error).message}`);
  }
}

/** Parses a non-negative integer option (decimal or 0x hex). */
export function countArg(name: string, v: unknown): number | undefined {
  if (v === undefined) return undefined;
  const s = String(v);
  const n = /^0x[0-9a-f]+$/i.test(s) ? Number.parseInt(s, 16) : /^\d+$/.test(s) ? Number(s) : NaN;
  if (!Number.isSafeInteger(n) || n < 0) throw new CliError(`--${name} needs a non-negative integer, got '${s}'`);
  return n;
}

export interface RunArgs extends CheckpointArgs {
  prog: string;
  args: string[];
  cpu?: string;
  maxInsns?: number;
  fsRoot?: string;
  sysroot?: string;
  seed?: number;
  strace: boolean;
  trace: boolean;
  stats: boolean;
  gdb?: string;
}

/** Prints one line per executed instruction (--trace). */
export function traceTo(write: (b: Uint8Array) => void): (m: Machine, i: import('../cpu/insn.js').Insn) => void {
  return (m, i) => {
    const text = disassemble(i.word, i.addr, i.row, {}, i.prefix);
    write(Buffer.from(`0x${i.addr.toString(16).padStart(8, '0')}: ${text}\n`));
  };
}

/** Runs the machine to the end, honouring the limit; returns ppcemu's exit status. */
export function finish(m: Machine, stop: StopReason, limit: number | undefined, stats: { start: bigint; icount0: number } | undefined): number {
  if (stats) {
    const secs = Number(process.hrtime.bigint() - stats.start) / 1e9;
    const n = m.icount - stats.icount0;
    hostStreams.stderr(Buffer.from(
      `ppcemu: ${n} instructions in ${secs.toFixed(3)} s (${(n / secs / 1e6).toFixed(1)} MIPS)\n`));
  }
  if (stop.kind === 'exit') return stop.status;
  throw new CliError(`instruction limit reached (${limit} instructions) before the program exited`);
}

async function runCommand(a: RunArgs): Promise<number> {
  const bytes = readProgram(a.prog);
  const elf = parseElf(bytes);
  for (const [opt, dir] of [['fs-root', a.fsRoot], ['sysroot', a.sysroot]]) {
    if (dir !== undefined && !fs.statSync(dir, { throwIfNoEntry: false })?.isDirectory()) throw new CliError(`--${opt} '${dir}' is not a directory`);
  }
  const opts: RunOptions = {
    argv: [a.prog, ...a.args], cpu: a.cpu, seed: a.seed, fsRoot: a.fsRoot, sysroot: a.sysroot, strace: a.strace,
    execPath: a.prog, stdin: undefined,
  };
  const { proc } = createProcess(elf, opts, hostStreams);
  proc.cfg.streams.stdin = () => readStdin();
  if (a.trace) proc.m.tracer = traceTo(hostStreams.stderr);
  const port = gdbPort(a);
  if (port !== undefined) return runUnderGdb(proc, port, a.maxInsns, (p) => runWithCheckpoints(p, a, a.maxInsns));
  return runWithCheckpoints(proc, a, a.maxInsns);
}

let stdinCache: Uint8Array | undefined;
function readStdin(): Uint8Array {
  if (stdinCache) return stdinCache;
  try {
    stdinCache = fs.readFileSync(0);
  } catch {
    stdinCache = new Uint8Array(0);
  }
  return stdinCache;
}

function runOptions(y: Argv): Argv {
  return y
    .option('cpu', { type: 'string', describe: 'CPU model: name, alias or PVR (see ppcemu cpus)' })
    .option('max-insns', { type: 'string', describe: 'stop with an error after N instructions' })
    .option('fs-root', { type: 'string', describe: 'directory the guest sees as its root (none by default)' })
    .option('sysroot', { type: 'string', describe: 'read-only directory for guest paths missing under --fs-root (as qemu -L)' })
    .option('seed', { type: 'string', describe: 'seed for the guest\'s randomness (default 1)' })
    .option('strace', { type: 'boolean', default: false, describe: 'print every system call on stderr' })
    .option('trace', { type: 'boolean', default: false, describe: 'print every executed instruction on stderr' })
    .option('stats', { type: 'boolean', default: false, describe: 'print instructions, seconds and MIPS on stderr at exit' })
    .option('gdb', GDB_OPTION);
}

export async function main(argv: string[]): Promise<number> {
  let status = 0;
  const parser = yargs(argv)
    .scriptName('ppcemu')
    .parserConfiguration({ 'populate--': true })
    .usage('$0 <command> [options]')
    .command('run <prog> [args..]', 'run a static PowerPC Linux executable', (y) =>
      checkpointOptions(runOptions(y.positional('prog', { type: 'string', describe: 'the executable' })
        .positional('args', { type: 'string', array: true, describe: 'arguments for the program (after -- if they start with -)' }))),
    async (a) => {
      status = await runCommand({
        ...(a as unknown as RunArgs),
        args: [...((a.args as string[] | undefined) ?? []), ...((a['--'] as string[] | undefined) ?? [])].map(String),
        maxInsns: countArg('max-insns', a['max-insns']),
        seed: countArg('seed', a.seed),
        fsRoot: a['fs-root'] as string | undefined,
        sysroot: a.sysroot as string | undefined,
      });
    })
    .command('disasm <prog>', 'disassemble an executable\'s code like objdump -d', (y) =>
      y.positional('prog', { type: 'string' })
        .option('from', { type: 'string', describe: 'start address (hex)' })
        .option('count', { type: 'string', describe: 'number of instructions' })
        .option('cpu', { type: 'string', describe: 'CPU model (selects the SPE opcode space)' }),
    async (a) => {
      status = await disasmCommand(String(a.prog), { from: a.from as string | undefined, count: countArg('count', a.count), cpu: a.cpu as string | undefined });
    })
    .command('cpus [model]', 'list CPU models, or show one in full', (y) =>
      y.positional('model', { type: 'string' }).option('json', { type: 'boolean', default: false }),
    (a) => { status = cpusCommand(a.model as string | undefined, Boolean(a.json)); })
    .demandCommand(1, 'a command is needed (run, restore, check, inspect, core, disasm, cpus); see --help')
    .strict()
    .help()
    .version(false)
    .exitProcess(false)
    .fail((msg, err) => { throw err ?? new CliError(msg); });
  restoreCommands(parser, (s) => { status = s; });
  try {
    await parser.parseAsync();
    return status;
  } catch (e) {
    return reportError(e);
  }
}

export function reportError(e: unknown): number {
  if (e instanceof CliError) {
    process.stderr.write(`ppcemu: ${e.message}\n`);
    return e.status;
  }
  if (e instanceof ElfError || e instanceof ModelError) {
    process.stderr.write(`ppcemu: ${e.message}\n`);
    return EXIT_PPCEMU_ERROR;
  }
  const msg = e instanceof Error ? e.message : String(e);
  process.stderr.write(`ppcemu: internal error: ${msg}\n`);
  if (process.env.PPCEMU_DEBUG && e instanceof Error) process.stderr.write(`${e.stack}\n`);
  return EXIT_PPCEMU_ERROR;
}
