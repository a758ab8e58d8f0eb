// The library entry point for running a guest program: parse, pick the CPU model, load, run.

import { Machine, type StopReason } from '../cpu/machine.js';
import type { CpuModel } from '../features/models.js';
import { parseElf, type ElfImage } from './elf.js';
import { loadElf } from './loader.js';
import type { LinuxProcess } from './process.js';
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
  /** Read-only directory for guest paths missing under fsRoot (qemu's -L). */
  sysroot?: string;
  strace?: boolean;
  stdin?: Uint8Array;
  execPath?: string;
}

export interface RunResult {
  stdout: Buffer;
  stderr: Buffer;
  /** Exit status as a shell reports it (128+N for a fatal signal N); -1 if maxInsns was hit. */
  status: number;
  icount: number;
  machine: Machine;
}

export const DEFAULT_SEED = 1;
export const DEFAULT_ENV = ['PATH=/usr/bin:/bin', 'LANG=C'];

/** Creates the process for an executable (no instruction runs yet). */
export function createProcess(
  elf: ElfImage,
  opts: RunOptions,
  streams: { stdout: (b: Uint8Array) => void; stderr: (b: Uint8Array) => void },
): { proc: LinuxProcess; model: CpuModel } {
  const model = selectModel(elf, opts.cpu);
  const execPath = opts.execPath ?? '/tmp/a.out';
  const proc = loadElf(model, elf, {
    fsRoot: opts.fsRoot, sysroot: opts.sysroot, strace: opts.strace ?? false, execPath,
    streams: { ...streams, stdin: () => opts.stdin },
  }, { argv: opts.argv ?? [execPath], env: opts.env ?? DEFAULT_ENV, seed: opts.seed ?? DEFAULT_SEED });
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
  const m = proc.m;
  const limit = opts.maxInsns ?? Number.MAX_SAFE_INTEGER;
  let r: StopReason;
  do r = m.run(limit); while (r.kind === 'interrupt');
  return {
    stdout: Buffer.concat(out), stderr: Buffer.concat(err),
    status: r.kind === 'exit' ? r.status : -1, icount: m.icount, machine: m,
  };
}
