// Debugger breakpoints in the machine (Machine.setBreakpoints): blocks end before a breakpoint,
// the block at one runs interpreted after the check, every other block keeps its tier. Each run
// here is compared with a reference that steps one instruction at a time (a no-op tracer makes
// the machine step, checking the breakpoints before every instruction, as it did before blocks
// learned about them), and with an uninterrupted run without breakpoints stopped by its
// instruction limit at the same count: same stop, same count, same checkpoint image bytes.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkpoint } from '../src/checkpoint/index.js';
import type { Tier } from '../src/cpu/machine.js';
import { parseElf } from '../src/linux/elf.js';
import type { LinuxProcess } from '../src/linux/process.js';
import { createProcess, runProcess } from '../src/linux/run.js';
import { functionEntry } from './elf-symbols.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const quiet = { stdout: () => {}, stderr: () => {} };

interface Stop { pc: number; icount: number; image: Buffer }

/**
 * Runs gdb_spin on `target` with breakpoints at `mix + mixOff` and `late`: stops at the
 * `nth` hit of the first, then at `late`, then runs to the end (status -1: stopped after
 * `maxStops` stops instead). `armAfter`: the breakpoints are set only after that many
 * instructions ran without them (their blocks hot and translated).
 */
function session(target: string, tier: Tier | 'step', nth: number, mixOff: number, armAfter = 0, maxStops = 2): { stops: Stop[]; status: number } {
  const bin = join(ROOT, 'test/bin', target, 'gdb_spin');
  const elf = parseElf(new Uint8Array(readFileSync(bin)));
  const { proc } = createProcess(elf, { argv: [bin], execPath: bin }, quiet);
  const m = proc.m;
  if (tier === 'step') m.tracer = () => {};
  else m.tier = tier;
  const mix = functionEntry(elf, 'mix') + mixOff, late = functionEntry(elf, 'late');
  let hits = 0;
  const hook = (pc: number) => (pc === mix ? ++hits === nth : pc === late);
  if (armAfter) expect(runProcess(proc, armAfter).kind).toBe('limit');
  m.setBreakpoints([mix, late], hook);
  const stops: Stop[] = [];
  for (;;) {
    const r = runProcess(proc, 100_000_000);
    if (r.kind === 'exit') return { stops, status: r.status };
    expect(r.kind).toBe('interrupt');
    stops.push({ pc: m.pc, icount: m.icount, image: Buffer.from(checkpoint(proc as LinuxProcess)) });
    if (stops.length === maxStops) return { stops, status: -1 };
    // step over the breakpoint, as the stub does
    const saved = m.breakBefore;
    m.breakBefore = undefined;
    runProcess(proc, m.icount + 1);
    m.breakBefore = saved;
  }
}

/** The image of an uninterrupted run without breakpoints, stopped by its instruction limit at `icount`. */
const plainRuns = new Map<string, Stop>();
function plainRunTo(target: string, icount: number): Stop {
  const key = `${target}@${icount}`;
  const known = plainRuns.get(key);
  if (known) return known;
  const bin = join(ROOT, 'test/bin', target, 'gdb_spin');
  const { proc } = createProcess(parseElf(new Uint8Array(readFileSync(bin))), { argv: [bin], execPath: bin }, quiet);
  expect(runProcess(proc, icount).kind).toBe('limit');
  const stop = { pc: proc.m.pc, icount: proc.m.icount, image: Buffer.from(checkpoint(proc)) };
  plainRuns.set(key, stop);
  return stop;
}

describe('breakpoints cost only where they are', () => {
  for (const target of ['ppc32', 'ppc64', 'ppc64le']) {
    for (const tier of ['auto', 'jit', 'interp', 'wasm'] as const) {
      it(`${target}, ${tier}: a breakpoint late in a long loop stops where an uninterrupted run is at that count`, () => {
        // mix+8: inside mix's first block, not at its start
        const got = session(target, tier, 700_000, 8, 0, 3);
        expect(got.status).toBe(0);
        expect(got.stops).toHaveLength(2);
        for (const s of got.stops) {
          const ref = plainRunTo(target, s.icount);
          expect(ref.pc).toBe(s.pc);
          expect(s.image.equals(ref.image)).toBe(true);
        }
      });
    }
  }

  it('ppc64le: the stops are those of a run stepped one instruction at a time (the old path)', () => {
    // the first stop only: stepping to the end would take long
    const ref = session('ppc64le', 'step', 200_000, 8, 0, 1);
    const got = session('ppc64le', 'auto', 200_000, 8, 0, 1);
    expect(ref.stops).toHaveLength(1);
    expect(got.stops.map((s) => [s.pc, s.icount])).toEqual(ref.stops.map((s) => [s.pc, s.icount]));
    got.stops.forEach((s, k) => expect(s.image.equals(ref.stops[k].image)).toBe(true));
  });

  for (const [tier, off] of [['jit', 0], ['jit', 12], ['wasm', 0], ['wasm', 12]] as const) {
    // (wasm: mix is a member of the regions headed in main's loop; a region built after the
    // breakpoint is set must not take a block that starts at it)
    it(`a breakpoint inserted into code already compiled (${tier}) takes effect (mix+${off}: the block is rebuilt)`, () => {
      const got = session('ppc64le', tier, 3, off, 5_000_000, 3);
      expect(got.stops).toHaveLength(2);
      for (const s of got.stops) {
        const ref = plainRunTo('ppc64le', s.icount);
        expect(ref.pc).toBe(s.pc);
        expect(s.image.equals(ref.image)).toBe(true);
      }
    });
  }
});
