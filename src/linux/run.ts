// The library entry point for running a guest program: parse, pick the CPU model, load, run.

import type { ClockMode } from '../cpu/clock.js';
import { Machine, ProcessExit, type StopReason, type Tier } from '../cpu/machine.js';
import type { CpuModel } from '../features/models.js';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ElfError, parseElf, type ElfImage } from './elf.js';
import { GuestFs } from './fs.js';
import { loadElf } from './loader.js';
import type { LinuxProcess } from './process.js';
import { BLOCKED } from './threads.js';
import { selectModel } from '../features/select.js';

export interface RunOptions {
  argv?: string[];
  env?: string[];
  /** CPU model name, alias or PVR; default: chosen from the executable. */
  cpu?: string;
  seed?: number;
  /** Stop with an error after this many instructions (a hang bound). */
  maxInsns?: number;
  fsRoot?: string;
  /**
   * Read-only directory for guest paths missing under fsRoot (qemu's -L); a dynamic executable's
   * loader comes from it (default: /usr/<triple> when that holds the loader).
   */
  sysroot?: string;
  /** `det` (default): guest time from the instruction count; `host`: real time. */
  clock?: ClockMode;
  strace?: boolean;
  stdin?: Uint8Array;
  execPath?: string;
  /** Execution tier (default: PPCEMU_TIER, else auto). */
  tier?: Tier;
}

export interface RunResult {
  stdout: Buffer;
  stderr: Buffer;
  /** Exit status as a shell reports it (128+N for a fatal signal N); -1 if maxInsns was hit; 125 on a deadlock. */
  status: number;
  icount: number;
  machine: Machine;
}

/** Why a process run stopped: the machine's reasons, or every thread blocked forever. */
export type ProcessStop = StopReason | { kind: 'deadlock'; message: string };

/** Exit status for ppcemu's own errors (a deadlock ends the run with one). */
export const EXIT_PPCEMU_ERROR = 125;

/**
 * Runs the process's threads until the instruction count reaches `limit`, the process ends, all
 * threads are blocked for good, or the host interrupts (SIGUSR1). Threads take turns (see
 * threads.ts); when this returns, the machine holds a runnable thread at an instruction boundary.
 * Once the process forks, its children run here too, taking turns with it (system.ts); `limit`
 * counts the first process's instructions, and the run ends when that process ends.
 */
export function runProcess(proc: LinuxProcess, limit: number): ProcessStop {
  for (;;) {
    const sys = proc.sys;
    const p = sys ? sys.cur : proc;
    const r = runThreads(p, p === proc ? limit : Number.MAX_SAFE_INTEGER, sys && sys.live.length > 1 ? sys.sliceEnd : Number.MAX_SAFE_INTEGER);
    if (r.kind !== 'switch' && (p === proc || !sys)) {
      if (r.kind === 'exit') sys?.end();
      return r;
    }
    if (!sys) continue; // the process forked: from now on the System schedules
    if (r.kind === 'exit') {
      sys.exited(p, r.status, r.signo);
      sys.reschedule = false;
      const msg = sys.next();
      if (msg) return { kind: 'deadlock', message: msg };
    } else if (r.kind === 'switch') {
      if (sys.reschedule) { // fork or vfork: the process to run was chosen (sys.cur)
        sys.reschedule = false;
        continue;
      }
      const msg = sys.next();
      if (msg) return { kind: 'deadlock', message: msg };
    } else if (r.kind === 'deadlock') {
      return r; // (a lone child: cannot happen while the first process lives)
    } else {
      continue; // a child's machine stopped early (host interrupt): carry on
    }
  }
}

/** One process's turn: until its quantum (sliceEnd) ends or none of its threads can run. */
function runThreads(proc: LinuxProcess, limit: number, sliceEnd: number): ProcessStop | { kind: 'switch' } {
  for (;;) {
    const m = proc.m, ts = proc.threads;
    // fork, vfork, execve: re-plan first (a vfork parent's machine now holds the child)
    if (proc.sys?.reschedule) return { kind: 'switch' };
    if (ts.due(m.icount)) {
      let res: string | undefined;
      try {
        res = ts.schedule();
      } catch (e) {
        if (e instanceof ProcessExit) return { kind: 'exit', status: e.status, signo: e.signo };
        throw e;
      }
      if (res === BLOCKED) return { kind: 'switch' };
      if (res) return { kind: 'deadlock', message: res };
    }
    if (m.icount >= limit) return { kind: 'limit' };
    if (m.icount >= sliceEnd) return { kind: 'switch' };
    const r = m.run(Math.min(limit, sliceEnd, ts.many ? ts.sliceEnd : Number.MAX_SAFE_INTEGER));
    if (r.kind === 'exit') return r;
    if (proc.m !== m) continue; // execve: a new image in a new machine
    if (r.kind === 'interrupt' && !ts.resched && !ts.recheck && !proc.sys?.reschedule) return r;
    ts.recheck = false;
  }
}

export const DEFAULT_SEED = 1;
export const DEFAULT_ENV = ['PATH=/usr/bin:/bin', 'LANG=C'];

/** The GNU triple of an executable's target, as Debian names its cross sysroots /usr/<triple>. */
export function crossTriple(elf: ElfImage): string {
  return elf.class64 ? (elf.littleEndian ? 'powerpc64le-linux-gnu' : 'powerpc64-linux-gnu') : 'powerpc-linux-gnu';
}

/** Debian's package holding the loader and libraries of /usr/<triple>. */
const CROSS_PACKAGE: Record<string, string> = {
  'powerpc64le-linux-gnu': 'libc6-ppc64el-cross', 'powerpc64-linux-gnu': 'libc6-ppc64-cross', 'powerpc-linux-gnu': 'libc6-powerpc-cross',
};

/**
 * Finds and reads a dynamic executable's loader (PT_INTERP) under `sysroot`, or when none is
 * given under Debian's cross sysroot `<usr>/<triple>` if that holds it (as qemu's -L would be set).
 * Throws ElfError saying exactly what to pass otherwise.
 */
export function findInterp(elf: ElfImage, sysroot: string | undefined, usr = '/usr'): { sysroot: string; interp: ElfImage } {
  const name = elf.interp!;
  // resolved as the guest's own lookups under the sysroot are: links cannot lead outside it
  const under = (root: string) => new GuestFs(undefined, root).resolve(name);
  let root = sysroot;
  if (root === undefined) {
    const triple = crossTriple(elf);
    const dflt = `${usr}/${triple}`;
    if (!under(dflt)) {
      throw new ElfError(`the program is dynamically linked (loader ${name}): pass --sysroot DIR, a directory holding ` +
        `${name.replace(/^\//, '')} and the libraries (on Debian: apt-get install ${CROSS_PACKAGE[triple]}, which fills ${dflt})`);
    }
    root = dflt;
  }
  const file = under(root);
  if (!file) throw new ElfError(`the program's loader ${name} is not under --sysroot ${root} (no file ${path.join(root, name)})`);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(fs.readFileSync(file));
  } catch (e) {
    throw new ElfError(`cannot read the loader ${file}: ${(e as Error).message}`);
  }
  let ld: ElfImage;
  try {
    ld = parseElf(bytes);
  } catch (e) {
    throw new ElfError(`the loader ${file}: ${(e as Error).message}`);
  }
  if (ld.class64 !== elf.class64 || ld.littleEndian !== elf.littleEndian) {
    throw new ElfError(`the loader ${file} is not for the program's target (${crossTriple(elf)})`);
  }
  return { sysroot: root, interp: ld };
}

/** Creates the process for an executable (no instruction runs yet). */
export function createProcess(
  elf: ElfImage,
  opts: RunOptions,
  streams: { stdout: (b: Uint8Array) => void; stderr: (b: Uint8Array) => void },
): { proc: LinuxProcess; model: CpuModel } {
  const model = selectModel(elf, opts.cpu);
  const execPath = opts.execPath ?? '/tmp/a.out';
  const dyn = elf.interp === undefined ? undefined : findInterp(elf, opts.sysroot);
  const proc = loadElf(model, elf, {
    fsRoot: opts.fsRoot, sysroot: dyn?.sysroot ?? opts.sysroot, clock: opts.clock ?? 'det', strace: opts.strace ?? false, execPath,
    streams: { ...streams, stdin: () => opts.stdin },
  }, { argv: opts.argv ?? [execPath], env: opts.env ?? DEFAULT_ENV, seed: opts.seed ?? DEFAULT_SEED }, dyn?.interp);
  if (opts.tier) proc.m.tier = opts.tier;
  return { proc, model };
}

/** Runs a program to completion, capturing its output. */
export function runGuest(elfBytes: Uint8Array, opts: RunOptions = {}): RunResult {
  const out: Uint8Array[] = [], err: Uint8Array[] = [];
  const elf = parseElf(elfBytes);
  const { proc } = createProcess(elf, opts, {
    stdout: (b) => out.push(Uint8Array.from(b)),
    stderr: (b) => err.push(Uint8Array.from(b)),
  });
  const limit = opts.maxInsns ?? Number.MAX_SAFE_INTEGER;
  let r: ProcessStop;
  do r = runProcess(proc, limit); while (r.kind === 'interrupt');
  if (r.kind === 'deadlock') err.push(Buffer.from(`ppcemu: ${r.message}\n`));
  return {
    stdout: Buffer.concat(out), stderr: Buffer.concat(err),
    status: r.kind === 'exit' ? r.status : r.kind === 'deadlock' ? EXIT_PPCEMU_ERROR : -1, icount: proc.m.icount, machine: proc.m,
  };
}
