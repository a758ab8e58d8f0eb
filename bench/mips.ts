// Whole-program speed against QEMU. For each benchmark program and target:
//   cold   wall time of a whole `ppcemu run` process (start-up, cold code and all), best of 2,
//          and its CPU time (user + system, V8's compiler threads included; on Linux), which a
//          loaded machine disturbs less;
//   cold MIPS  guest MIPS of a fresh process over the program's first COLD_INSNS instructions
//          (all of it when shorter), from `--stats` (start-up excluded, V8 and ppcemu both cold:
//          libc start-up, printf, an interpreter's first iterations), best of 2;
//   hot    guest MIPS of the best of HOT_RUNS in-process runs after a warm-up run (V8 warm,
//          ppcemu's caches fresh: each run compiles its regions again), with the wasm regions
//          that run compiled and the milliseconds their compiling took;
//   qemu   wall time of QEMU user mode on the same binary, measured in the same run, best of 3,
//          when qemu-ppc / qemu-ppc64 / qemu-ppc64le is installed; and cold / qemu;
//   hot/qemu   hot MIPS over QEMU's MIPS, which counts QEMU's wall time less its start-up (its
//          time for hello on the same target): the speed ratio of the hot code alone.
// Then the steady state of the bench_* programs: each run again with its work repeated
// STEADY_REPS times (its argument), whole processes, best of 2. The difference between the long
// run and the plain one is STEADY_REPS - 1 repetitions of the program's work with start-up, cold
// code, region compiles and the interpreter's warm-up taken out on both sides: the speed of a
// long-running program (CoreMark's own runs last 10 s or more). The hot column above includes
// that warm-up: every run is a new machine, whose blocks are interpreted until they are hot
// (1-2 M of coremark's 57 M instructions).
// `npm run bench -- mips [FILTER]` runs the names containing FILTER (e.g. ppc64le/bench_vm).
// PPCEMU_TIER (see docs/ARCHITECTURE.md) applies to both ppcemu columns.

import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { wasmStats } from '../src/cpu/wasm/compile.js';
import { runGuest } from '../src/linux/run.js';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const PPCEMU = path.join(ROOT, 'bin/ppcemu.js');
/**
 * Benchmark programs (test/bin/<target>/NAME) and the hello example (examples/hello-<target>).
 * glibc-printf is the cold-code workload: 4 M instructions of formatted output, each format
 * path run a few times (most of its blocks run fewer than a few hundred times).
 */
const PROGRAMS = ['hello', 'glibc-printf', 'bench_sieve', 'bench_crc32', 'bench_sort', 'bench_coremark', 'bench_vm'];
/** Instructions the cold-MIPS column measures (a fresh process's first ones). */
const COLD_INSNS = 4_000_000;
const TARGETS = ['ppc64le', 'ppc64', 'ppc32'];
const QEMU: Record<string, string> = { ppc32: 'qemu-ppc', ppc64: 'qemu-ppc64', ppc64le: 'qemu-ppc64le' };
/** The long runs' repetitions of a bench_* program's work (its argument; test/programs/rt/rt.h rt_reps). */
const STEADY_REPS = 10;

function binary(target: string, prog: string): string {
  return prog === 'hello' ? path.join(ROOT, 'examples', `hello-${target}`) : path.join(ROOT, 'test/bin', target, prog);
}

/** CPU seconds used by this process's waited-for children so far (Linux /proc; else NaN). */
function childCpu(): number {
  try {
    const f = fs.readFileSync('/proc/self/stat', 'latin1');
    const fields = f.slice(f.lastIndexOf(')') + 2).split(' '); // fields from 3 (state) on
    return (Number(fields[13]) + Number(fields[14])) / 100; // cutime, cstime (USER_HZ = 100)
  } catch {
    return NaN;
  }
}

/**
 * Best wall and CPU seconds of `runs` runs of a command (stdout discarded); undefined if it cannot
 * run or does not exit with `status` (the guest's own exit status).
 */
function wall(cmd: string, args: string[], runs: number, status: number): { wall: number; cpu: number; stderr: string } | undefined {
  let best = Infinity, cpu = Infinity, stderr = '';
  for (let k = 0; k < runs; k++) {
    const c0 = childCpu(), t0 = process.hrtime.bigint();
    const r = spawnSync(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    const secs = Number(process.hrtime.bigint() - t0) / 1e9;
    if (r.error || r.status !== status) return undefined;
    best = Math.min(best, secs);
    cpu = Math.min(cpu, childCpu() - c0);
    stderr = r.stderr.toString();
  }
  return { wall: best, cpu, stderr };
}

/** Guest MIPS of a fresh process over its first `n` instructions (--stats), best of `runs`. */
function coldMips(file: string, n: number, runs: number): number | undefined {
  let best: number | undefined;
  for (let k = 0; k < runs; k++) {
    const r = spawnSync(process.execPath, [PPCEMU, 'run', '--stats', '--max-insns', String(n), file], { stdio: ['ignore', 'ignore', 'pipe'] });
    const m = /ppcemu: (\d+) instructions in ([\d.]+) s/.exec(r.stderr?.toString() ?? '');
    if (!m || Number(m[2]) === 0) return undefined;
    const mips = Number(m[1]) / Number(m[2]) / 1e6;
    best = best === undefined ? mips : Math.max(best, mips);
  }
  return best;
}

/**
 * In-process runs the hot column takes the best of, after one warm-up run. (One run alone moved
 * by up to a third between bench runs: a collection, or TurboFan still compiling in the
 * background, lands in some runs and not others.)
 */
const HOT_RUNS = 3;

/** Guest MIPS of the best of HOT_RUNS in-process runs after one warm-up run, the guest's exit status, and the wasm regions that run compiled (count, ms). */
function hotMips(bytes: Uint8Array, prog: string): { icount: number; mips: number; status: number; regions: number; ms: number } {
  runGuest(bytes, { argv: [prog] });
  let best: { icount: number; mips: number; status: number; regions: number; ms: number } | undefined;
  for (let k = 0; k < HOT_RUNS; k++) {
    const r0 = wasmStats.blocks, ms0 = wasmStats.ms;
    const t0 = process.hrtime.bigint();
    const r = runGuest(bytes, { argv: [prog] });
    const secs = Number(process.hrtime.bigint() - t0) / 1e9;
    if (r.status < 0 || r.status >= 125) throw new Error(`${prog} failed (status ${r.status}): ${r.stderr.toString()}`);
    const mips = r.icount / secs / 1e6;
    if (best === undefined || mips > best.mips) best = { icount: r.icount, mips, status: r.status, regions: wasmStats.blocks - r0, ms: wasmStats.ms - ms0 };
  }
  return best!;
}

/** A column of the tables: v with d decimals in w characters, or '-' where there is none. */
const col = (v: number | undefined, w: number, d: number) => (v === undefined ? '-' : v.toFixed(d)).padStart(w);

/** One row of the steady-state table. */
interface Steady { name: string; insns: number; ppcemu: number; qemu: number | undefined }

export default async function mipsBench(filter?: string): Promise<void> {
  const steady: Steady[] = [];
  console.log('program                   guest insns   cold s  cold cpu  cold MIPS   hot MIPS   qemu s   cold/qemu   hot/qemu  wasm regions/ms');
  for (const t of TARGETS) {
    /** QEMU's start-up on this target: its wall time for hello (PROGRAMS[0]). */
    let qemuStart: number | undefined;
    for (const p of PROGRAMS) {
      const file = binary(t, p);
      const name = `${t}/${p}`;
      if (!fs.existsSync(file) || (filter && !name.includes(filter))) continue;
      const { icount, mips, status, regions, ms } = hotMips(fs.readFileSync(file), p);
      const cold = wall(process.execPath, [PPCEMU, 'run', file], 2, status);
      // (MIPS of a program too short to time -- hello -- are left out)
      const short = icount < 100_000;
      const cmips = short ? undefined : coldMips(file, COLD_INSNS, 2);
      const qemu = wall(QEMU[t], [file], 3, status);
      if (p === 'hello') qemuStart = qemu?.wall;
      const qemuRun = qemu !== undefined && qemuStart !== undefined && !short ? qemu.wall - qemuStart : undefined;
      const hotRatio = qemuRun !== undefined && qemuRun > 0 ? mips / (icount / qemuRun / 1e6) : undefined;
      console.log(`${name.padEnd(24)} ${String(icount).padStart(12)} ${col(cold?.wall, 8, 3)} ${col(cold?.cpu, 9, 2)} ${col(cmips, 10, 1)} ${col(short ? undefined : mips, 10, 1)} ` +
        `${col(qemu?.wall, 8, 3)} ${col(cold && qemu ? cold.wall / qemu.wall : undefined, 10, 1)}x ${(hotRatio === undefined ? '-' : `${hotRatio.toFixed(2)}x`).padStart(10)} ${String(regions).padStart(8)}/${ms.toFixed(0)}`);
      if (!p.startsWith('bench_') || cold === undefined) continue;
      // the long run, with --stats for its instruction count
      const long = wall(process.execPath, [PPCEMU, 'run', '--stats', file, String(STEADY_REPS)], 2, status);
      const longInsns = Number(/ppcemu: (\d+) instructions/.exec(long?.stderr ?? '')?.[1]);
      if (long === undefined || !(longInsns > icount)) throw new Error(`${name}: the long run failed`);
      const qemuLong = qemu && wall(QEMU[t], [file, String(STEADY_REPS)], 2, status);
      steady.push({ name, insns: longInsns - icount, ppcemu: long.wall - cold.wall, qemu: qemuLong ? qemuLong.wall - qemu!.wall : undefined });
    }
  }
  if (steady.length === 0) return;
  console.log(`steady state (x${STEADY_REPS} run less x1 run, whole processes)  guest insns   ppcemu s   MIPS     qemu s   MIPS   x QEMU`);
  // (a difference that is not positive -- a run lost in noise -- has no speed)
  const f = (v: number | undefined, w: number, d: number) => col(v !== undefined && v > 0 ? v : undefined, w, d);
  for (const r of steady) {
    console.log(`${r.name.padEnd(52)} ${String(r.insns).padStart(11)} ${f(r.ppcemu, 10, 3)} ${f(r.insns / r.ppcemu / 1e6, 6, 0)} ` +
      `${f(r.qemu, 10, 3)} ${f(r.qemu && r.insns / r.qemu / 1e6, 6, 0)} ${f(r.qemu && r.qemu / r.ppcemu, 8, 2)}`);
  }
}
