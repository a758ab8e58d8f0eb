// The inline FP/VSX code of translated blocks (src/cpu/fpu/inline.ts) against the handlers: an FP
// benchmark stopped after exactly N instructions gives the same checkpoint image (registers,
// FPSCR, memory) interpreted and with every block translated before its first run, at cuts
// inside the hot loops, in round-to-nearest (the inline fast paths) and toward zero (their bail
// to the handler). The arithmetic itself is fuzzed against the exact reference in fpfuzz.test.ts.
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { imageAfter } from '../guest-run.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CASES: [string, string, string | undefined][] = [
  ['ppc64le', 'fp_bench_vsx', 'power9'], ['ppc64', 'fp_bench_vsx', 'power9'], ['ppc32', 'fp_bench_vsx', '7450'],
  ['ppc64le', 'fp_bench_nbody', undefined], ['ppc32', 'fp_bench_matmul', undefined],
];
/** Cut points: past start-up, inside the kernels. */
const CUTS = [300_001, 300_017, 2_000_009];

describe('inline FP code in translated blocks', () => {
  for (const [target, prog, cpu] of CASES) {
    for (const mode of ['0', '1']) {
      it(`${target} ${prog}${cpu ? ` (${cpu})` : ''} rounding mode ${mode}: interp and jit images agree`, () => {
        const bin = `test/bin/${target}/${prog}`;
        expect(existsSync(join(ROOT, bin))).toBe(true);
        for (const n of CUTS) {
          const a = imageAfter(bin, [prog, mode], 'interp', n, cpu), b = imageAfter(bin, [prog, mode], 'jit', n, cpu);
          expect(b.equals(a), `${target} ${prog} N=${n}`).toBe(true);
        }
      });
    }
  }
});
