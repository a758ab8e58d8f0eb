// The execution tiers agree to the byte: a program stopped after exactly N instructions gives
// the same checkpoint image whether its blocks were interpreted (PPCEMU_TIER=interp), translated
// before their first run (jit), compiled into WebAssembly regions at their first run (wasm), or
// translated once hot (auto), for N at every instruction of a run of hot loop iterations (so the
// cuts fall at every position inside translated blocks and compiled regions). The same holds for
// incremental images (the pages written since the parent: the wasm tier's inline stores must
// leave the clean pages' first writes to the slow path, which records them).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkpoint } from '../src/checkpoint/index.js';
import { type Tier, TIERS } from '../src/cpu/machine.js';
import { parseElf } from '../src/linux/elf.js';
import { createProcess } from '../src/linux/run.js';
import { imageAfter } from './guest-run.js';

const PROGRAM = 'bench_crc32';
/** Instruction counts to cut at: inside the buffer-filling loop, long after its blocks got hot. */
const CUTS = Array.from({ length: 24 }, (_, k) => 60_000 + k);

/** The incremental image after n instructions of a run whose parent image was taken after `base`. */
function incrementalAfter(bin: string, tier: Tier, base: number, n: number): Buffer {
  const out = () => {};
  const { proc } = createProcess(parseElf(new Uint8Array(readFileSync(bin))), { argv: [PROGRAM], tier }, { stdout: out, stderr: out });
  expect(proc.m.run(base).kind).toBe('limit');
  const parent = checkpoint(proc);
  proc.m.mem.trackDirty();
  expect(proc.m.run(n).kind).toBe('limit');
  expect(proc.m.icount).toBe(n);
  expect(proc.m.mem.dirtyPages()!.size).toBeGreaterThan(0);
  return Buffer.from(checkpoint(proc, { parent: { name: 'parent.img', bytes: parent } }));
}

describe('tiers', () => {
  for (const target of ['ppc32', 'ppc64', 'ppc64le']) {
    it(`checkpoint images after exactly N instructions are identical in every tier (${target})`, () => {
      for (const n of CUTS) {
        const [first, ...rest] = TIERS.map((t) => imageAfter(`test/bin/${target}/${PROGRAM}`, [PROGRAM], t, n));
        for (const [k, img] of rest.entries()) expect(img.equals(first), `${target} N=${n} ${TIERS[k + 1]}`).toBe(true);
      }
    });

    it(`incremental images after exactly N instructions are identical in every tier (${target})`, () => {
      for (const n of [60_000, 60_005, 60_011, 200_000]) {
        const [first, ...rest] = TIERS.map((t) => incrementalAfter(`test/bin/${target}/${PROGRAM}`, t, 40_000, n));
        for (const [k, img] of rest.entries()) expect(img.equals(first), `${target} N=${n} ${TIERS[k + 1]}`).toBe(true);
      }
    });
  }
});
