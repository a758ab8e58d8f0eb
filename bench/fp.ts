// Floating-point speed: matrix multiply, an n-body step, the VSX-vectorised kernels
// (fp_bench_vsx: scalar FP on ppc32) and AltiVec kernels (fp_bench_vmx: the G4, the 970 and
// POWER8 without VSX) under ppcemu, reported as guest MIPS, next to QEMU's time
// for the same binary and arguments when QEMU user mode is installed (measured in the same run,
// process start included; `x QEMU` = QEMU's time / ppcemu's time, above 1 is faster than QEMU).
// fp_bench_vsx on ppc32 (compiled -mcpu=750: scalar FP only) also runs as the 7450 (G4) and 750
// (G3) models, in ppcemu and in QEMU (-cpu 7450 / -cpu 750).
// Each program runs in round-to-nearest (the fast paths) and toward zero (directed rounding:
// the fast paths' neighbour step, or the exact BigInt path); fp_bench_vmx in round-to-nearest
// only (VMX arithmetic ignores the FPSCR's rounding mode).
// Two ppcemu times: `warm ms`, the mean of in-process runs right after two warm-up runs (V8 and the
// regions' code warm: the engine's speed), and `cold ms`, the mean wall time of whole `ppcemu run`
// processes (start-up, cold code and region compiles included: what a user waits for), each
// with its ratio to QEMU's whole-process time.
// Then the long runs: fp_bench_vsx with its kernels repeated LONG_REPS times (120-250 M
// instructions, the size of the FP programs users run for a second or more), whole processes
// only, where start-up no longer hides the engine's speed.

import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Bench } from 'tinybench';
import { runGuest } from '../src/linux/run.js';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const PROGRAMS = ['fp_bench_matmul', 'fp_bench_nbody', 'fp_bench_vsx', 'fp_bench_vmx'];
const TARGETS = ['ppc64le', 'ppc64', 'ppc32'];
const MODES: [string, string][] = [['0', 'nearest'], ['1', 'toward-zero']];
/** Programs whose arithmetic always rounds to nearest (one run, no argument's mode). */
const NEAREST_ONLY = new Set(['fp_bench_vmx']);
const QEMU: Record<string, string> = { ppc32: 'qemu-ppc', ppc64: 'qemu-ppc64', ppc64le: 'qemu-ppc64le' };
const QEMU_RUNS = 3;
const PPCEMU = path.join(ROOT, 'bin/ppcemu.js');
/** The long runs' repetitions of fp_bench_vsx's kernels (its second argument). */
const LONG_REPS = '10';
/** Extra CPU models per target and program (same name in ppcemu and QEMU). */
const EXTRA_CPUS: Record<string, string[]> = { 'ppc32/fp_bench_vsx': ['7450', '750'] };

/** The CPU the golden was recorded with (test/golden/TARGET/NAME.meta.json), if any. */
function goldenCpu(t: string, p: string): string | undefined {
  try {
    const meta = JSON.parse(fs.readFileSync(path.join(ROOT, 'test/golden', t, `${p}.meta.json`), 'utf8')) as { cpu: string | null };
    return meta.cpu ?? undefined;
  } catch { return undefined; }
}

/** Mean wall time (ms) of QEMU_RUNS processes `cmd argv`, or undefined when one fails to run or exits non-zero. */
function wallMs(cmd: string, argv: string[]): number | undefined {
  let total = 0;
  for (let k = 0; k < QEMU_RUNS; k++) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(cmd, argv, { stdio: ['ignore', 'ignore', 'ignore'] });
    if (r.error || r.status !== 0) return undefined;
    total += Number(process.hrtime.bigint() - t0) / 1e6;
  }
  return total / QEMU_RUNS;
}

/** Mean wall time of QEMU running the binary (ms), or undefined when QEMU is not installed. */
const qemuMs = (t: string, file: string, cpu: string | undefined, args: string[]): number | undefined =>
  wallMs(QEMU[t], [...(cpu ? ['-cpu', cpu] : []), file, ...args]);

/** Mean wall time of `ppcemu run` processes on the binary (ms). */
const coldMs = (file: string, cpu: string | undefined, args: string[]): number | undefined =>
  wallMs(process.execPath, [PPCEMU, 'run', ...(cpu ? ['--cpu', cpu] : []), file, ...args]);

export default async function fpBench(filter?: string): Promise<void> {
  // (each task's two warm-up runs right before its measured ones, not in tinybench's warm-up
  // phase, which runs every task first: V8 keeps a wasm module compiled from the same bytes, so
  // a task measured long after its warm-up could start its regions' code afresh while one
  // measured right after a task compiling the same code would not)
  const bench = new Bench({ iterations: 3, warmup: false, time: 0 });
  const icounts = new Map<string, number>();
  const qemu = new Map<string, number | undefined>(), cold = new Map<string, number | undefined>();
  for (const t of TARGETS) {
    for (const p of PROGRAMS) {
      const file = path.join(ROOT, 'test/bin', t, p);
      if (!fs.existsSync(file)) continue;
      const bytes = fs.readFileSync(file);
      for (const cpu of [goldenCpu(t, p), ...(EXTRA_CPUS[`${t}/${p}`] ?? [])]) for (const [arg, mode] of NEAREST_ONLY.has(p) ? MODES.slice(0, 1) : MODES) {
        const name = `${t}/${p}${cpu && EXTRA_CPUS[`${t}/${p}`]?.includes(cpu) ? ` -cpu ${cpu}` : ''} ${mode}`;
        if (filter && !name.includes(filter)) continue;
        const once = (): void => {
          const r = runGuest(bytes, { argv: [p, arg], cpu });
          if (r.status !== 0) throw new Error(`${name} exited with ${r.status}: ${r.stderr.toString()}`);
          icounts.set(name, r.icount);
        };
        bench.add(name, once, { beforeAll: () => { once(); once(); } });
        qemu.set(name, qemuMs(t, file, cpu, [arg]));
        cold.set(name, coldMs(file, cpu, [arg]));
      }
    }
  }
  await bench.run();
  console.log('fp program                                   guest insns  warm ms  warm MIPS  x QEMU   cold ms  x QEMU   QEMU ms');
  const f = (v: number | undefined, w: number, d: number): string => (v === undefined ? '-' : v.toFixed(d)).padStart(w);
  for (const task of bench.tasks) {
    const res = task.result;
    if (!res || res.state !== 'completed') { console.log(`${task.name}: failed`); continue; }
    const ms = res.latency.mean;
    const n = icounts.get(task.name) ?? 0;
    const q = qemu.get(task.name), c = cold.get(task.name);
    console.log(`${task.name.padEnd(43)} ${String(n).padStart(12)} ${f(ms, 8, 1)} ${f(n / ms / 1000, 10, 1)} ${f(q && q / ms, 7, 2)} ` +
      `${f(c, 9, 1)} ${f(q && c && q / c, 7, 2)} ${f(q, 9, 1)}`);
  }
  const longName = (t: string): string => `${t}/fp_bench_vsx x${LONG_REPS} nearest`;
  const long = TARGETS.filter((t) => !filter || longName(t).includes(filter));
  if (long.length === 0) return;
  console.log('long runs (whole processes)                            ppcemu ms   QEMU ms   x QEMU');
  for (const t of long) {
    const name = longName(t), file = path.join(ROOT, 'test/bin', t, 'fp_bench_vsx');
    if (!fs.existsSync(file)) continue;
    const cpu = goldenCpu(t, 'fp_bench_vsx'), args = ['0', LONG_REPS];
    const c = coldMs(file, cpu, args), q = qemuMs(t, file, cpu, args);
    console.log(`${name.padEnd(52)} ${f(c, 11, 1)} ${f(q, 9, 1)} ${f(q && c && q / c, 8, 2)}`);
  }
}
