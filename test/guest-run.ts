// Test helper: runs committed test programs in-process with captured output (the checkpoint-cut
// tests use it to compare a halted-and-restored run with an uninterrupted one; the tier tests to
// take images after exactly N instructions).
import { expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkpoint } from '../src/checkpoint/index.js';
import type { Tier } from '../src/cpu/machine.js';
import { parseElf } from '../src/linux/elf.js';
import type { LinuxProcess } from '../src/linux/process.js';
import { createProcess, runProcess } from '../src/linux/run.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ENV = ['LANG=C', 'PATH=/usr/bin:/bin'];

export interface Sink { out: Buffer[]; streams: { stdin: () => undefined; stdout: (b: Uint8Array) => void; stderr: (b: Uint8Array) => void } }

/** Collects stdout; stderr is dropped. */
export function sink(): Sink {
  const out: Buffer[] = [];
  return { out, streams: { stdin: () => undefined, stdout: (b) => { out.push(Buffer.from(b)); }, stderr: () => {} } };
}
export const text = (s: Sink) => Buffer.concat(s.out).toString('latin1');

/** The process for a committed binary (path relative to the repository root), not yet run. */
export function start(bin: string, s: Sink): LinuxProcess {
  const elf = parseElf(new Uint8Array(readFileSync(join(ROOT, bin))));
  return createProcess(elf, { argv: [bin], env: ENV }, s.streams).proc;
}

/** Runs to the program's exit (at most `max` instructions) and returns its status. */
export function runToExit(p: LinuxProcess, max: number): number {
  const r = runProcess(p, max);
  if (r.kind !== 'exit') throw new Error(`no exit (${r.kind}) at ${p.m.icount}`);
  return r.status;
}

/**
 * The checkpoint image of a committed binary (path relative to the repository root) run with
 * `argv` in `tier` (on `cpu`, or its default model) and stopped after exactly n instructions.
 */
export function imageAfter(bin: string, argv: string[], tier: Tier, n: number, cpu?: string): Buffer {
  const out = () => {};
  const { proc } = createProcess(parseElf(new Uint8Array(readFileSync(join(ROOT, bin)))), { argv, tier, cpu },
    { stdout: out, stderr: out });
  const r = proc.m.run(n);
  expect(r.kind).toBe('limit');
  expect(proc.m.icount).toBe(n);
  return Buffer.from(checkpoint(proc));
}
