// Checkpoint-related CLI: the checkpoint options of `run` (and `restore`) and the run loop that
// takes checkpoints (restore.ts has the restore / check / inspect / core commands). The checkpoint
// engine and the core writer are loaded when the first image or core file is written: a plain
// `ppcemu run` does not load them (start-up time). Every problem is one `ppcemu:` line and exit 125.

import { dirname, relative } from 'node:path';
import type { Argv } from 'yargs';
import type { LinuxProcess } from '../linux/process.js';
import { runProcess } from '../linux/run.js';
import { CliError } from './errors.js';
import { addOptions, type Options } from './options.js';
import { countArg, finish, hostStreams } from './main.js';

export interface CheckpointArgs {
  stats: boolean;
  checkpointAt?: unknown[];
  checkpointOut?: string;
  checkpointEvery?: unknown;
  haltAfterCheckpoint?: boolean;
  checkpointCompress?: boolean;
  /** --core FILE: write an ELF core file when a signal kills the guest. */
  core?: string;
  incremental?: boolean;
}

/** Instructions run between two returns to the event loop (where SIGUSR1 is noticed). */
const SLICE = 2_000_000;
/** Output name when SIGUSR1 asks for a checkpoint and no --checkpoint-out was given. */
const DEFAULT_OUT = 'ppcemu-%n.ckpt';

/** The checkpoint options of `run` and `restore`. */
export const CHECKPOINT_OPTIONS: Options = {
  'checkpoint-at': { type: 'string', array: true, describe: 'write a checkpoint after exactly N executed instructions (repeatable)' },
  'checkpoint-every': { type: 'string', describe: 'write a checkpoint every N instructions' },
  'checkpoint-out': { type: 'string', describe: 'image file; %n = checkpoint number (1, 2, ...), %i = instruction count' },
  'halt-after-checkpoint': { type: 'boolean', default: false, describe: 'exit 0 right after the first checkpoint, without running the program\'s exit path' },
  'checkpoint-compress': { type: 'boolean', default: false, describe: 'deflate the memory record (smaller, slower)' },
  'incremental': { type: 'boolean', default: false, describe: 'each checkpoint after the first holds only the pages written since the previous one, naming it as its parent' },
  'core': { type: 'string', describe: 'write an ELF core file to FILE when a signal kills the program' },
};

export function checkpointOptions(y: Argv): Argv {
  return addOptions(y, CHECKPOINT_OPTIONS);
}

/** Signals whose default action dumps core (signal(7)). */
const CORE_SIGNALS = new Set([3, 4, 5, 6, 7, 8, 11, 24, 25, 31]);

interface Plan {
  at: number[];
  every: number | undefined;
  out: string;
  halt: boolean;
  compress: boolean;
  written: number;
  lastEvery: number;
  /** --incremental: the last image written (or restored), the parent of the next. */
  incremental: boolean;
  parent: { file: string; bytes: Uint8Array } | undefined;
}

function makePlan(a: CheckpointArgs, start: number): Plan {
  const at = (a.checkpointAt ?? []).map((v) => countArg('checkpoint-at', v)!).filter((n) => n >= start);
  at.sort((x, y) => x - y);
  const every = countArg('checkpoint-every', a.checkpointEvery);
  if (every === 0) throw new CliError('--checkpoint-every needs a positive count');
  const several = at.length > 1 || every !== undefined;
  if ((at.length || every !== undefined) && !a.checkpointOut) throw new CliError('--checkpoint-at and --checkpoint-every need --checkpoint-out FILE');
  const out = a.checkpointOut ?? DEFAULT_OUT;
  if (several && !/%[ni]/.test(out)) throw new CliError(`--checkpoint-out '${out}' needs %n (or %i) when several checkpoints are taken`);
  return {
    at: [...new Set(at)], every, out, halt: a.haltAfterCheckpoint ?? false, compress: a.checkpointCompress ?? false, written: 0,
    // (a restored image's own count is not a new checkpoint: --checkpoint-every counts on from it)
    lastEvery: start, incremental: a.incremental ?? false, parent: undefined,
  };
}

function due(p: Plan, ic: number): boolean {
  while (p.at.length && p.at[0] < ic) p.at.shift();
  return (p.at.length > 0 && p.at[0] === ic) || (p.every !== undefined && ic > 0 && ic % p.every === 0 && p.lastEvery !== ic);
}

function nextStop(p: Plan, ic: number): number {
  let n = Number.MAX_SAFE_INTEGER;
  for (const v of p.at) if (v > ic) { n = v; break; }
  if (p.every !== undefined) n = Math.min(n, (Math.floor(ic / p.every) + 1) * p.every);
  return n;
}

async function take(proc: LinuxProcess, p: Plan): Promise<string> {
  const { CheckpointError, checkpoint, writeFileAtomic } = await import('../checkpoint/index.js');
  const ic = proc.m.icount;
  if (p.at[0] === ic) p.at.shift();
  if (p.every !== undefined && ic % p.every === 0) p.lastEvery = ic;
  p.written++;
  const file = p.out.replace(/%n/g, String(p.written)).replace(/%i/g, String(ic));
  try {
    const parent = p.parent && { name: relative(dirname(file), p.parent.file), bytes: p.parent.bytes };
    const bytes = checkpoint(proc, { compress: p.compress, parent });
    writeFileAtomic(file, bytes);
    if (p.incremental) {
      p.parent = { file, bytes };
      proc.m.mem.trackDirty();
    }
  } catch (e) {
    if (e instanceof CheckpointError) throw new CliError(e.message);
    throw e;
  }
  return file;
}

/**
 * Runs the process to its end (or a halting checkpoint), taking checkpoints; returns the exit
 * status. `origin` is the image the process was restored from (the parent of the first
 * incremental checkpoint).
 */
export async function runWithCheckpoints(proc: LinuxProcess, a: CheckpointArgs, maxInsns: number | undefined,
  origin?: { file: string; bytes: Uint8Array }): Promise<number> {
  // (proc.m, not a copy: execve gives the process a new machine)
  const stats = a.stats ? { start: process.hrtime.bigint(), icount0: proc.m.icount } : undefined;
  const limit = maxInsns ?? Number.MAX_SAFE_INTEGER;
  const plan = makePlan(a, proc.m.icount);
  if (plan.incremental && origin) {
    plan.parent = origin;
    proc.m.mem.trackDirty();
  }
  let usr1 = false;
  const onUsr1 = () => { usr1 = true; proc.m.interruptRequested = true; };
  process.on('SIGUSR1', onUsr1);
  try {
    for (;;) {
      if (due(plan, proc.m.icount)) {
        await take(proc, plan);
        if (plan.halt) return 0;
      }
      if (proc.m.icount >= limit) return finish(proc.m, { kind: 'limit' }, maxInsns, stats);
      const stop = runProcess(proc, Math.min(limit, nextStop(plan, proc.m.icount), proc.m.icount + SLICE));
      if (stop.kind === 'exit' && a.core && CORE_SIGNALS.has(stop.signo)) {
        const { writeCore } = await import('../linux/coredump.js');
        try {
          writeCore(proc, a.core, { signo: stop.signo });
        } catch (e) {
          throw new CliError(`cannot write core file '${a.core}': ${(e as Error).message}`);
        }
        hostStreams.stderr(Buffer.from(`ppcemu: core written to ${a.core}\n`));
      }
      if (stop.kind === 'exit' || stop.kind === 'deadlock') {
        if (plan.at.length) {
          hostStreams.stderr(Buffer.from(`ppcemu: warning: the program exited after ${proc.m.icount} instructions, ` +
            `before the checkpoint at ${plan.at[0]}\n`));
        }
        return finish(proc.m, stop, maxInsns, stats);
      }
      if (usr1) {
        usr1 = false;
        const file = await take(proc, plan);
        hostStreams.stderr(Buffer.from(`ppcemu: checkpoint written to ${file} at instruction ${proc.m.icount}\n`));
        if (plan.halt) return 0;
        continue;
      }
      if (!due(plan, proc.m.icount)) await new Promise((r) => setImmediate(r));
    }
  } finally {
    process.off('SIGUSR1', onUsr1);
  }
}
