// Floating point: the fast paths (host doubles + error-free transformations) must agree with the
// exact BigInt path bit for bit, FI/FR included; special cases follow the Power ISA.
import { describe, expect, it } from 'vitest';
import { Machine } from '../../src/cpu/machine.js';
import { Spr64 } from '../../src/cpu/state.js';
import { modelByName } from '../../src/features/models.js';
import { addR, divR, fmaR, mulR, round, rs, sqrtR, R_FI, R_FR } from '../../src/cpu/fpu/soft.js';

const FLO = 2 * Spr64.FPSCR + 1;
const A = (op: number, xo: number, t: number, a: number, b: number, c: number) =>
  ((op << 26) | (t << 21) | (a << 16) | (b << 11) | (c << 6) | (xo << 1)) >>> 0;
const X = (op: number, xo: number, t: number, a: number, b: number) =>
  ((op << 26) | (t << 21) | (a << 16) | (b << 11) | (xo << 1)) >>> 0;

function machine(): Machine {
  const m = new Machine(modelByName('POWER9'));
  m.mem.map(0x10000, 0x1000, 7);
  m.sf = true;
  return m;
}

/** One machine per instruction word (decoded blocks are cached per address). */
const perWord = new Map<number, Machine>();

function exec(_m: Machine, word: number, regs: number[], fpscr = 0): Machine {
  let m = perWord.get(word);
  if (!m) {
    m = machine();
    const b = new Uint8Array([word >>> 24, (word >>> 16) & 255, (word >>> 8) & 255, word & 255]);
    m.mem.writeBytes(0x10000, b, true);
    perWord.set(word, m);
  }
  regs.forEach((v, k) => { m.st.vsrF64[2 * (k + 1)] = v; });
  m.s64[FLO] = fpscr;
  m.pc = 0x10000;
  m.icount = 0;
  m.run(1);
  return m;
}

const bits = (x: number) => { const f = new Float64Array([x]); return new BigUint64Array(f.buffer)[0].toString(16); };

/** Random double with exponent in [lo, hi] and random 52-bit fraction. */
function rnd(lo: number, hi: number, rng: () => number): number {
  const e = lo + Math.floor(rng() * (hi - lo + 1));
  const f = new Float64Array(1), u = new Uint32Array(f.buffer);
  u[1] = ((rng() < 0.5 ? 0x80000000 : 0) | ((e + 1023) << 20) | Math.floor(rng() * 0x100000)) >>> 0;
  u[0] = Math.floor(rng() * 4294967296) >>> 0;
  // sprinkle short significands (exact products, ties)
  if (rng() < 0.3) { u[0] &= 0xffe00000; }
  return f[0];
}

function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => { s = (Math.imul(s, 1664525) + 1013904223) >>> 0; return s / 4294967296; };
}

function check(m: Machine, word: number, regs: number[], expect: number, flags: number, what: string, rn = 0): void {
  m = exec(m, word, regs, rn);
  const got = m.st.vsrF64[6];
  const l = m.s64[FLO];
  const fi = (l >>> 17) & 1, fr = (l >>> 18) & 1;
  const ctx = `${what} rn=${rn} (${regs.map(bits).join(',')})`;
  expect;
  if (bits(got) !== bits(expect) || fi !== (flags & R_FI ? 1 : 0) || fr !== (flags & R_FR ? 1 : 0)) {
    throw new Error(`${ctx}: got ${bits(got)} fi=${fi} fr=${fr}, want ${bits(expect)} flags=${flags}`);
  }
}

describe('fp fast paths agree with the exact path (all rounding modes)', () => {
  const m = machine();
  for (const single of [false, true]) {
    const op = single ? 59 : 63;
    it(`add/sub/mul/div/sqrt/fma ${single ? 'single' : 'double'}`, () => {
      const rng = lcg(single ? 7 : 3);
      for (let k = 0; k < 1200; k++) {
        const a = rnd(-40, 40, rng), c = rnd(-40, 40, rng);
        let b = rnd(-40, 40, rng);
        if (k % 3 === 0) b = -(a * c) * (1 + (rng() - 0.5) * 1e-12);
        if (k % 7 === 0) b = -(a * c);
        const rn = k & 3;
        let v = addR(a, b, single, rn, false, false);
        check(m, A(op, 21, 3, 1, 2, 0), [a, b], v, rs.flags, 'fadd', rn);
        v = mulR(a, c, single, rn, false, false);
        check(m, A(op, 25, 3, 1, 0, 2), [a, c], v, rs.flags, 'fmul', rn);
        v = divR(a, c, single, rn, false, false);
        check(m, A(op, 18, 3, 1, 2, 0), [a, c], v, rs.flags, 'fdiv', rn);
        v = sqrtR(Math.abs(a), single, rn, false, false);
        check(m, A(op, 22, 3, 0, 1, 0), [Math.abs(a)], v, rs.flags, 'fsqrt', rn);
        v = fmaR(a, c, b, single, rn, false, false);
        check(m, A(op, 29, 3, 1, 2, 3), [a, b, c], v, rs.flags, 'fmadd', rn);
        v = fmaR(a, c, -b, single, rn, false, false);
        check(m, A(op, 28, 3, 1, 2, 3), [a, b, c], v, rs.flags, 'fmsub', rn);
        // exact cases (short significands) take the fast path in directed modes too
        const sa = Math.round(a * 64) / 64 || 1, sc = Math.round(c * 64) / 64 || 1;
        v = addR(sa, sc, single, rn, false, false);
        check(m, A(op, 21, 3, 1, 2, 0), [sa, sc], v, rs.flags, 'fadd-exact', rn);
        v = mulR(sa, sc, single, rn, false, false);
        check(m, A(op, 25, 3, 1, 0, 2), [sa, sc], v, rs.flags, 'fmul-exact', rn);
      }
    });
  }
});

describe('fp exact rounding', () => {
  it('rounds in all modes', () => {
    // 1 + 2^-53 (a tie) in the four modes
    const t = 1 + Math.pow(2, -52);
    expect(addR(1, Math.pow(2, -53), false, 0, false, false)).toBe(1);
    expect(rs.flags).toBe(R_FI);
    expect(addR(1, Math.pow(2, -53), false, 1, false, false)).toBe(1);
    expect(addR(1, Math.pow(2, -53), false, 2, false, false)).toBe(t);
    expect(rs.flags).toBe(R_FI | R_FR);
    expect(addR(-1, -Math.pow(2, -53), false, 3, false, false)).toBe(-t);
    expect(addR(1, -1, false, 3, false, false)).toBe(-0);
    expect(Object.is(addR(1, -1, false, 0, false, false), 0)).toBe(true);
  });
  it('overflows per mode and detects tininess before rounding', () => {
    const max = 1.7976931348623157e308;
    expect(mulR(max, 2, false, 0, false, false)).toBe(Infinity);
    expect(mulR(max, 2, false, 1, false, false)).toBe(max);
    expect(mulR(-max, 2, false, 2, false, false)).toBe(-max);
    // OE=1: exponent adjusted by -1536
    expect(mulR(max, 2, false, 0, true, false)).toBe((2 - Math.pow(2, -52)) * Math.pow(2, -512));
    // tiny, exact: no underflow flag; tiny inexact: UX
    mulR(2.2250738585072014e-308, 0.5, false, 0, false, false);
    expect(rs.flags & 8).toBe(0);
    const big = round(3n, -1076, false, false, 0, false, false);
    expect(big).toBe(Math.pow(2, -1074));
    expect(rs.flags & 8).toBe(8);
  });
  it('fma rounds once', () => {
    const a = 1 + Math.pow(2, -30), c = 1 - Math.pow(2, -30);
    expect(fmaR(a, c, -1, false, 0, false, false)).toBe(-Math.pow(2, -60));
  });
});

describe('fp instructions (ISA special cases)', () => {
  let m = machine();
  it('fre(+-0) is +-inf with ZX (ISA 4.6.6.1; QEMU 7.2 gives 0.5)', () => {
    m = exec(m, A(63, 24, 3, 0, 1, 0), [-0]);
    expect(m.st.vsrF64[6]).toBe(-Infinity);
    expect(m.s64[FLO] >>> 0).toBe(0x84009000);
  });
  it('fnmadd rounds the sum in the mode, then negates (ISA Book I 4.6.5.2; QEMU negates, then rounds)', () => {
    // 1*2^-60 + 1 rounded toward +inf is 1 + 2^-52; negated
    m = exec(m, A(63, 31, 3, 1, 2, 3), [1, Math.pow(2, -60), 1], 2);
    expect(m.st.vsrF64[6]).toBe(-(1 + Math.pow(2, -52)));
    m = exec(m, A(63, 31, 3, 1, 2, 3), [1, Math.pow(2, -60), 1], 3);
    expect(m.st.vsrF64[6]).toBe(-1);
  });
  it('fctiw saturates with VXCVI, fctid of -3', () => {
    m = exec(m, X(63, 14, 3, 0, 1), [1e20]);
    expect(m.st.getFprBits(3)).toBe(0x7fffffffn);
    expect(m.s64[FLO] >>> 0).toBe(0xa0011100);
    m = exec(m, X(63, 815, 3, 0, 1), [-3.5]);
    expect(m.st.getFprBits(3)).toBe(0xfffffffffffffffdn);
  });
  it('fadd inf-inf is VXISI default NaN; record form sets CR1', () => {
    m = exec(m, A(63, 21, 3, 1, 2, 0) | 1, [Infinity, -Infinity]);
    expect(m.st.getFprBits(3)).toBe(0x7ff8000000000000n);
    expect(m.s64[FLO] >>> 0).toBe(0xa0811000);
    expect((m.st.spr32[0] >>> 24) & 15).toBe(0xa);
  });
  it('lfs/stfs keep SNaN and denormals', async () => {
    const { _internal } = await import('../../src/cpu/isa/fp.js');
    expect(_internal.singleToDouble(0x7f800001)).toEqual([0x7ff00000, 0x20000000]);
    expect(_internal.singleToDouble(0x00000001)).toEqual([0x36a00000, 0]);
    expect(_internal.doubleToSingle(0x36a00000, 0)).toBe(1);
    expect(_internal.doubleToSingle(0x7ff00000, 0x20000000)).toBe(0x7f800001);
  });
});

describe('single-precision rounding detects tininess before rounding (UX when tiny and inexact)', () => {
  // 0x380fffffffffffff = 2^-126 - 2^-179 rounds up to the smallest binary32 normal 2^-126 in
  // round-to-nearest: tiny before rounding and inexact, so UX (and XX, FI, FR) are set.
  const below = Math.pow(2, -126) - Math.pow(2, -179);
  const XX3 = (xo: number, t: number, a: number, b: number) =>
    ((60 << 26) | (t << 21) | (a << 16) | (b << 11) | (xo << 3)) >>> 0;
  const want = 0x8a064000; // FX UX XX FR FI, FPRF +normal
  const cases: [string, number, number[]][] = [
    ['frsp', X(63, 12, 3, 0, 1), [below]],
    ['fadds', A(59, 21, 3, 1, 2, 0), [Math.pow(2, -126), -Math.pow(2, -179)]],
    ['fsubs', A(59, 20, 3, 1, 2, 0), [Math.pow(2, -126), Math.pow(2, -179)]],
    ['fmuls', A(59, 25, 3, 1, 0, 2), [below, 1]],
    ['fdivs', A(59, 18, 3, 1, 2, 0), [below, 1]],
    ['fmadds', A(59, 29, 3, 1, 2, 3), [below, 0, 1]],
    ['xsaddsp', XX3(0, 3, 1, 2), [Math.pow(2, -126), -Math.pow(2, -179)]],
    ['xsmulsp', XX3(16, 3, 1, 2), [below, 1]],
    ['xsrsp', ((60 << 26) | (3 << 21) | (1 << 11) | (281 << 2)) >>> 0, [below]],
  ];
  for (const [name, word, regs] of cases) {
    it(name, () => {
      const m = exec(machine(), word, regs);
      expect(m.st.vsrF64[6]).toBe(Math.pow(2, -126));
      expect((m.s64[FLO] >>> 0).toString(16)).toBe(want.toString(16));
    });
  }
  it('xscvdpsp', () => {
    const m = exec(machine(), ((60 << 26) | (3 << 21) | (1 << 11) | (265 << 2)) >>> 0, [below]);
    expect(m.st.getVsrWord(3, 0)).toBe(0x00800000);
    expect((m.s64[FLO] >>> 0).toString(16)).toBe(want.toString(16));
  });
});

describe('fp add fast path near the top of the range', () => {
  it('fsub with TwoSum overflowing (r - a beyond MAX) takes the exact path (found by fp-fuzz)', () => {
    const bitsOf = (hi: number, lo: number) => { const u = new Uint32Array(2); const f = new Float64Array(u.buffer);
      u[new Uint8Array(new Uint16Array([1]).buffer)[0] ? 1 : 0] = hi; u[new Uint8Array(new Uint16Array([1]).buffer)[0] ? 0 : 1] = lo; return f[0]; };
    const a = bitsOf(0x7fdab1a5, 0x9e37b313), max = bitsOf(0x7fefffff, 0xffffffff);
    const m = exec(machine(), A(63, 20, 3, 1, 2, 0), [a, max], 1); // fsub, round toward zero
    expect(m.st.getFprBits(3)).toBe(0xffe2a72d30e42675n);
    expect((m.s64[FLO] >>> 0).toString(16)).toBe('82028001');
  });
});

describe('fp enabled exceptions', () => {
  it('raise SIGFPE with the kernel si_code and suppress the target for ZE/VE', () => {
    const word = A(63, 18, 3, 1, 2, 0); // fdiv f3,f1,f2
    const m = exec(machine(), word, [1, 2]); // warm the per-word machine
    m.setMsr(0x80000000, 0x900); // SF, FE0|FE1
    m.st.vsrF64[6] = 42;
    m.st.vsrF64[2] = 1; m.st.vsrF64[4] = 0;
    m.s64[FLO] = 0x10; // ZE
    m.pc = 0x10000; m.icount = 0;
    let fault: { signo: number; code: number } | undefined;
    try { m.run(1); } catch (e) { fault = e as { signo: number; code: number }; }
    expect(fault?.signo).toBe(8);
    expect(fault?.code).toBe(3); // FPE_FLTDIV
    expect(m.st.vsrF64[6]).toBe(42); // target not written
    expect(m.s64[FLO] >>> 0).toBe(0xc4000010); // FX FEX ZX, ZE
    // overflow with OE and XE enabled: FPE_FLTOVF (kernel priority), result scaled by 2^-1536
    m.st.vsrF64[2] = 1.7976931348623157e308; m.st.vsrF64[4] = 0.5;
    m.s64[FLO] = 0x48; // OE, XE
    m.pc = 0x10000; m.icount = 0; fault = undefined;
    try { m.run(1); } catch (e) { fault = e as { signo: number; code: number }; }
    expect(fault?.code).toBe(4);
    expect(m.st.vsrF64[6]).toBe((2 - Math.pow(2, -52)) * Math.pow(2, -512));
  });
});

describe('fp load/store double pair', () => {
  it('lfdp/stfdp move an even-odd pair (swapped in little-endian mode)', () => {
    const m = machine();
    m.mem.writeBytes(0x10000, new Uint8Array([0xe4, 0x43, 0x00, 0x10]), true); // lfdp f2,16(r3)
    m.mem.map(0x20000, 0x1000, 3);
    const src = new Uint8Array(16);
    for (let k = 0; k < 16; k++) src[k] = k + 1;
    m.mem.writeBytes(0x20010, src);
    m.gh[3] = 0; m.gl[3] = 0x20000;
    m.pc = 0x10000; m.icount = 0; m.run(1);
    expect(m.st.getFprBits(2)).toBe(0x0102030405060708n);
    expect(m.st.getFprBits(3)).toBe(0x090a0b0c0d0e0f10n);
    const st = machine(); // stfdp f4,-32(r5)
    st.mem.map(0x20000, 0x1000, 3);
    st.st.setFprBits(4, 0x1112131415161718n); st.st.setFprBits(5, 0x2122232425262728n);
    st.gh[5] = 0; st.gl[5] = 0x20040;
    st.setMsr(0x80000000, 1); // little-endian
    st.mem.writeBytes(0x10000, new Uint8Array([0xe0, 0xff, 0x85, 0xf4]), true);
    st.flushDecoded();
    st.pc = 0x10000; st.icount = 0; st.run(1);
    const got = st.mem.readBytes(0x20020, 16);
    // little-endian: FRSp+1 at EA, FRSp at EA+8, each doubleword byte-reversed
    expect(Array.from(got)).toEqual([0x28, 0x27, 0x26, 0x25, 0x24, 0x23, 0x22, 0x21, 0x18, 0x17, 0x16, 0x15, 0x14, 0x13, 0x12, 0x11]);
  });
});
