// Decimal floating point: the DPD declet code (every value and every one of the 1024 codes), the
// format encodings against known bit patterns, and the FPSCR paths the QEMU-recorded programs
// cannot reach (QEMU's user mode runs with MSR[FE0|FE1] set, so no test program enables an
// exception): an enabled invalid or zero-divide exception leaves FRT and FPRF unchanged, an
// enabled overflow delivers the exponent-adjusted result (Power ISA Book I, DFP "Overflow
// Exception": exponent - 576 in the long format), FI is not sticky.
import { describe, expect, it } from 'vitest';
import { Spr64 } from '../../src/cpu/state.js';
import { declets, toDeclets, encodeFinite, decode, LONG, EXT, SHORT, FIN } from '../../src/cpu/isa/dfpnum.js';
import { exec, fault, mk } from './harness.js';
import type { Machine } from '../../src/cpu/machine.js';

const FLO = 2 * Spr64.FPSCR + 1;
const X = (op: number, xo: number, t: number, a: number, b: number, rc = 0) =>
  ((op << 26) | (t << 21) | (a << 16) | (b << 11) | (xo << 1) | rc) >>> 0;
const getF = (m: Machine, r: number) => (BigInt(m.st.getVsrWord(r, 0)) << 32n) | BigInt(m.st.getVsrWord(r, 1));
const setF = (m: Machine, r: number, v: bigint) => { m.st.setVsrWord(r, 0, Number(v >> 32n)); m.st.setVsrWord(r, 1, Number(v & 0xffffffffn)); };

describe('DPD declets', () => {
  it('encodes every value 0..999 to a declet that decodes back', () => {
    const seen = new Set<bigint>();
    for (let v = 0n; v < 1000n; v++) {
      const d = toDeclets(v, 1);
      expect(d < 1024n).toBe(true);
      expect(declets(d, 1)).toBe(v);
      seen.add(d);
    }
    expect(seen.size).toBe(1000);
  });
  it('decodes all 1024 codes to three digits; exactly the 24 non-canonical codes re-encode differently', () => {
    let noncanonical = 0;
    for (let d = 0n; d < 1024n; d++) {
      const v = declets(d, 1);
      expect(v < 1000n).toBe(true);
      if (toDeclets(v, 1) !== d) {
        noncanonical++;
        // non-canonical codes are the ones with bits v,w,x = 1,1,1 and s,t = 1,1 and p,q not 0,0
        expect(Number(d) & 0x6e).toBe(0x6e);
        expect(Number(d) >> 8).not.toBe(0);
      }
    }
    expect(noncanonical).toBe(24);
  });
  it('encodes known long, extended and short values', () => {
    expect(encodeFinite(0, 9999999999999999n, 369, LONG)).toBe(0x77fcff3fcff3fcffn);
    expect(encodeFinite(0, 0n, 0, LONG)).toBe(0x2238000000000000n);
    expect(encodeFinite(1, 1n, 0, LONG)).toBe(0xa238000000000001n);
    expect(encodeFinite(0, 1n, 0, EXT)).toBe(0x22080000000000000000000000000001n);
    expect(encodeFinite(0, 1n, 0, SHORT)).toBe(0x22500001n);
    expect(decode(0x77fcff3fcff3fcffn, LONG)).toEqual({ cls: FIN, s: 0, c: 9999999999999999n, e: 369 });
  });
});

describe('DFP FPSCR paths', () => {
  const ONE = 0x2238000000000001n, SNAN = 0x7e00000000000000n, ZERO = 0x2238000000000000n;
  const MAX = 0x77fcff3fcff3fcffn, TEN = 0x2238000000000010n;
  const run = (word: number, a: bigint, b: bigint, fpscr: number) => {
    const m = mk();
    setF(m, 2, a); setF(m, 3, b); setF(m, 1, 0x1234n);
    m.s64[FLO] = fpscr;
    expect(exec(m, [word]).kind).toBe('limit');
    return m;
  };
  it('VE = 1: an SNaN operand leaves FRT and FPRF unchanged, sets VXSNAN, FX, VX, FEX', () => {
    const m = run(X(59, 2, 1, 2, 3), ONE, SNAN, 0x80 | 0x4000);
    expect(getF(m, 1)).toBe(0x1234n);
    expect(m.s64[FLO] >>> 0).toBe((0x80000000 | 0x40000000 | 0x20000000 | 0x01000000 | 0x4000 | 0x80) >>> 0);
  });
  it('ZE = 1: a zero divisor leaves FRT unchanged and sets ZX', () => {
    const m = run(X(59, 546, 1, 2, 3), ONE, ZERO, 0x10);
    expect(getF(m, 1)).toBe(0x1234n);
    expect(m.s64[FLO] >>> 0).toBe((0x80000000 | 0x40000000 | 0x04000000 | 0x10) >>> 0);
  });
  it('ZE = 0: a zero divisor gives a signed infinity', () => {
    const m = run(X(59, 546, 1, 2, 3), ONE | (1n << 63n), ZERO, 0);
    expect(getF(m, 1)).toBe(0xf800000000000000n);
    expect(m.s64[FLO] >>> 0).toBe((0x80000000 | 0x04000000 | 0x9000) >>> 0);
  });
  it('OE = 1: an overflowing product is delivered with its exponent lowered by 576', () => {
    const m = run(X(59, 34, 1, 2, 3), MAX, TEN, 0x40);
    // 9999999999999999E369 * 10E0 = 99999999999999990E369 = 9999999999999999E370 (exact), beyond qmax 369
    expect(decode(getF(m, 1), LONG)).toEqual({ cls: FIN, s: 0, c: 9999999999999999n, e: 370 - 576 });
    expect(m.s64[FLO] & 0x10000000).toBe(0x10000000);
  });
  it('FI is not sticky: an exact dadd clears it, a record form copies FX FEX VX OX to CR1', () => {
    const m = run(X(59, 2, 1, 2, 3, 1), ONE, ONE, 0x80000000 | 0x00020000);
    expect(getF(m, 1)).toBe(0x2238000000000002n);
    expect(m.s64[FLO] >>> 0).toBe((0x80000000 | 0x4000) >>> 0);
    expect(m.getCrField(1)).toBe(0b1000);
  });
  it('FR: set when rounding incremented the magnitude (2/3), clear when it did not (1/3)', () => {
    const TWO = 0x2238000000000002n, THREE = 0x2238000000000003n;
    const up = run(X(59, 546, 1, 2, 3), TWO, THREE, 0);
    expect(decode(getF(up, 1), LONG)).toEqual({ cls: FIN, s: 0, c: 6666666666666667n, e: -16 });
    expect(up.s64[FLO] & 0x60000).toBe(0x60000);
    const down = run(X(59, 546, 1, 2, 3), ONE, THREE, 0x40000);
    expect(decode(getF(down, 1), LONG)).toEqual({ cls: FIN, s: 0, c: 3333333333333333n, e: -16 });
    expect(down.s64[FLO] & 0x60000).toBe(0x20000);
  });
  it('xscvsqqp: FR when 2^113 + 1 rounds up toward +infinity', () => {
    const m = mk({ model: 'POWER10' });
    m.st.vsrU64[2 * 34] = 0x0002000000000000n; m.st.vsrU64[2 * 34 + 1] = 1n;
    m.s64[FLO] = 2; // RN = toward +infinity
    expect(exec(m, [0xfc8b1688]).kind).toBe('limit'); // xscvsqqp v4,v2
    expect(m.st.vsrU64[2 * 36]).toBe(0x4070000000000000n);
    expect(m.st.vsrU64[2 * 36 + 1]).toBe(0x0000000000000001n);
    expect(m.s64[FLO] & 0x60000).toBe(0x60000);
  });
  it('an odd register in a quad form is an invalid form: SIGILL', () => {
    const m = mk();
    expect(fault(m, [X(63, 2, 2, 3, 4)]).signo).toBe(4);
  });
});

// Expectations recorded on POWER hardware (Valgrind's none/tests/ppc32/test_dfp2.stdout.exp; the
// facts only): drdpq puts the long result in FRTp and zeros FRTp+1 (QEMU 7.2 swaps them), and a
// NaN payload too long for the narrower format keeps its low digits (QEMU's decNumber drops it).
describe('DFP narrowing as POWER hardware does it', () => {
  const run = (word: number, regs: [number, bigint][], drn = 0) => {
    const m = mk();
    for (const [r, v] of regs) setF(m, r, v);
    setF(m, 6, 0x1111n); setF(m, 7, 0x2222n);
    m.s64[FLO - 1] = drn; // FPSCR[DRN] is in the high word
    expect(exec(m, [word]).kind).toBe('limit');
    return m;
  };
  const DRSP = X(59, 770, 6, 0, 4), DRDPQ = X(63, 770, 6, 0, 4);
  it('drdpq: the long result in FRTp, 0 in FRTp+1', () => {
    const m = run(DRDPQ, [[4, 0x2207c00000000000n], [5, 0x0000000000000e50n]]);
    expect([getF(m, 6), getF(m, 7)]).toEqual([0x2234000000000e50n, 0n]);
  });
  it('drdpq: a QNaN keeps the low 15 digits of its payload; an SNaN is quieted', () => {
    const q = run(DRDPQ, [[4, 0xfc00000000000000n], [5, 0xc00100035b007700n]]);
    expect([getF(q, 6), getF(q, 7)]).toEqual([0xfc0100035b007700n, 0n]);
    const s = run(DRDPQ, [[4, 0x7e00000000000000n], [5, 0xfe000000d0e0a0d0n]]);
    expect([getF(s, 6), getF(s, 7)]).toEqual([0x7c000000d0e0a0d0n, 0n]);
    expect(s.s64[FLO] & 0x01000000).toBe(0x01000000); // VXSNAN
  });
  it('drsp: an SNaN keeps the low 6 digits of its payload and stays signaling', () => {
    const m = run(DRSP, [[4, 0xfe000000d0e0a0d0n]]);
    expect(getF(m, 6)).toBe(0xfe00a0d0n);
    expect(m.s64[FLO] & 0x01000000).toBe(0);
    expect(getF(run(DRSP, [[4, 0x7e34000000000111n]]), 6)).toBe(0x7e000111n);
  });
  it('drsp rounds in DRN: to nearest and toward zero', () => {
    expect(getF(run(DRSP, [[4, 0xa21400010a395bcfn]], 0), 6)).toBe(0xb1f28e57n);
    expect(getF(run(DRSP, [[4, 0xa21400010a395bcfn]], 1), 6)).toBe(0xb1f28e56n);
  });
});
