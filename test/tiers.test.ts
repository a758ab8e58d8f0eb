// The execution tiers agree to the byte: a program stopped after exactly N instructions gives
// the same checkpoint image whether its blocks were interpreted (PPCEMU_TIER=interp), translated
// before their first run (jit), compiled into WebAssembly regions at their first run (wasm), or
// translated once hot (auto), for N at every instruction of a run of hot loop iterations (so the
// cuts fall at every position inside translated blocks and compiled regions).
import { describe, expect, it } from 'vitest';
import { TIERS } from '../src/cpu/machine.js';
import { imageAfter } from './guest-run.js';

const PROGRAM = 'bench_crc32';
/** Instruction counts to cut at: inside the buffer-filling loop, long after its blocks got hot. */
const CUTS = Array.from({ length: 24 }, (_, k) => 60_000 + k);

describe('tiers', () => {
  for (const target of ['ppc32', 'ppc64', 'ppc64le']) {
    it(`checkpoint images after exactly N instructions are identical in every tier (${target})`, () => {
      for (const n of CUTS) {
        const [first, ...rest] = TIERS.map((t) => imageAfter(`test/bin/${target}/${PROGRAM}`, [PROGRAM], t, n));
        for (const [k, img] of rest.entries()) expect(img.equals(first), `${target} N=${n} ${TIERS[k + 1]}`).toBe(true);
      }
    });
  }
});
