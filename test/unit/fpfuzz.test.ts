// The FP fast paths against the exact reference (bench/fpfuzz.ts): 100,000 random and constructed
// cases per operation class (9.6 M in all, ~30 s), compared on the target register, the whole FPSCR,
// CR1 and SIGFPE; classes whose rows translated blocks generate inline (src/cpu/fpu/inline.ts)
// also run that code against the reference, and classes whose rows have a wasm emitter their
// wasm region. scripts/fp-fuzz.mjs: 1,000,000 cases per class.
import { describe, expect, it } from 'vitest';
import { fuzzClass, fuzzClasses } from '../../bench/fpfuzz.js';

describe('FP fast paths match the exact reference', () => {
  const classes = fuzzClasses();
  it('covers scalar, VSX scalar and vector classes', () => {
    expect(classes.length).toBeGreaterThanOrEqual(50);
  });
  for (const cls of classes) {
    it(cls.name, () => {
      const r = fuzzClass(cls, 100_000, 7);
      expect(r.mismatches.join('\n')).toBe('');
      // the translated-block code of these rows is generated inline, so it was checked too
      expect(r.inline).toBe(/^(f(add|sub|mul|div|sqrt|n?m(add|sub))s?|xv(add|sub|mul|n?m(add|sub)[am])dp|xv(add|sub|mul)sp)$/.test(cls.name));
      // so is the wasm tier's code of these (src/cpu/wasm/emitfp.ts, emitvsx.ts)
      expect(r.wasm).toBe(/^(f(add|sub|mul|div|sqrt|n?m(add|sub))s?|frsp|fcfidu?s?|xv(add|sub|mul|div|sqrt|max|min|cmp(eq|gt|ge)|n?m(add|sub)[am])[ds]p|xvcv(spdp|dpsp|[su]x[wd]dp)|xs(add|sub|mul|div|sqrt|n?m(add|sub)[am])[ds]p|xsrsp)$/.test(cls.name));
    });
  }
});
