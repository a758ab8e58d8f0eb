// Checkpoint-related CLI: options of `run`, and the restore / check / inspect commands.
// (Foundation version: runs without checkpoints; the checkpoint engine extends this file.)

import type { Argv } from 'yargs';
import type { LinuxProcess } from '../linux/process.js';
import { finish } from './main.js';

export interface CheckpointArgs {
  stats: boolean;
}

export function checkpointOptions(y: Argv): Argv {
  return y;
}

/** Runs the process to its end; returns ppcemu's exit status. */
export function runWithCheckpoints(proc: LinuxProcess, a: CheckpointArgs, maxInsns: number | undefined): number {
  const m = proc.m;
  const stats = a.stats ? { start: process.hrtime.bigint(), icount0: m.icount } : undefined;
  const limit = maxInsns ?? Number.MAX_SAFE_INTEGER;
  let stop = m.run(limit);
  while (stop.kind === 'interrupt') stop = m.run(limit);
  return finish(m, stop, maxInsns, stats);
}

export function restoreCommands(_y: Argv, _setStatus: (s: number) => void): void {}
