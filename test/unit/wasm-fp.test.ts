// The wasm tier's scalar floating point (src/cpu/wasm/emitfp.ts) against the interpreter: random
// blocks of FPR loads/stores (inline and across a page: the accessor path; a fault), moves,
// mffprd/mtfprd, lfs/stfs, double and single arithmetic and frsp (the inline fast path, and its
// bail-out to the handler for XE, special and out-of-range operands, binary32 midpoints), mixed
// with FPSCR instructions (mtfsfi changing the rounding mode mid-block, mtfsb0/1, mtfsf, mffs)
// and record forms (CR1 inline, or from the handler), loop on two machines from the same state:
// one compiling every block to a wasm region at its first run (PPCEMU_TIER=wasm), one
// interpreting. Registers (all VSRs, GPRs, FPSCR, CR), pc, icount, memory and the fault must
// match. wasmStats.calls counts the handler calls regions made: a block of arithmetic on
// ordinary operands in round-to-nearest
// must run with none, in every rounding mode (the directed modes' one-ulp step is inline too),
// single precision on binary32 operands too.
import { describe, expect, it } from 'vitest';
import { PAGE_SIZE } from '../../src/cpu/memory.js';
import { randomSource } from './random.js';
import { compare, DATA, DATA_LEN, ENABLES_BUT_XE, type Mode, MODES, type Setup, tag, XE, XX_FX } from './wasm-harness.js';



const rnd = randomSource(0x5eed0f9);
const below = (n: number): number => rnd() % n;
const pick = <T>(xs: readonly T[]): T => xs[below(xs.length)];

// ---- encoders (Power ISA fields) -------------------------------------------------------------
const A = (op: number, t: number, a: number, b: number, c: number, xo: number, rc = 0): number =>
  ((op << 26) | (t << 21) | (a << 16) | (b << 11) | (c << 6) | (xo << 1) | rc) >>> 0;
const X63 = (t: number, a: number, b: number, xo: number, rc = 0): number => ((63 << 26) | (t << 21) | (a << 16) | (b << 11) | (xo << 1) | rc) >>> 0;
const X31 = (t: number, a: number, b: number, xo: number, low = 0): number => ((31 << 26) | (t << 21) | (a << 16) | (b << 11) | (xo << 1) | low) >>> 0;
const D = (op: number, t: number, a: number, d: number): number => ((op << 26) | (t << 21) | (a << 16) | (d & 0xffff)) >>> 0;
const B = (off: number): number => ((18 << 26) | (off & 0x03fffffc)) >>> 0;

const fadd = (t: number, a: number, b: number, rc = 0) => A(63, t, a, b, 0, 21, rc);
const fsub = (t: number, a: number, b: number, rc = 0) => A(63, t, a, b, 0, 20, rc);
const fmul = (t: number, a: number, c: number, rc = 0) => A(63, t, a, 0, c, 25, rc);
const fdiv = (t: number, a: number, b: number, rc = 0) => A(63, t, a, b, 0, 18, rc);
/** xo 28 fmsub, 29 fmadd, 30 fnmsub, 31 fnmadd: FRT <- ±(FRA * FRC ± FRB). */
const fma = (xo: number, t: number, a: number, c: number, b: number, rc = 0) => A(63, t, a, b, c, xo, rc);
// single precision (primary opcode 59) and frsp
const fadds = (t: number, a: number, b: number, rc = 0) => A(59, t, a, b, 0, 21, rc);
const fsubs = (t: number, a: number, b: number, rc = 0) => A(59, t, a, b, 0, 20, rc);
const fmuls = (t: number, a: number, c: number, rc = 0) => A(59, t, a, 0, c, 25, rc);
const fdivs = (t: number, a: number, b: number, rc = 0) => A(59, t, a, b, 0, 18, rc);
const fsqrts = (t: number, b: number, rc = 0) => A(59, t, 0, b, 0, 22, rc);
const fmas = (xo: number, t: number, a: number, c: number, b: number, rc = 0) => A(59, t, a, b, c, xo, rc);
const frsp = (t: number, b: number, rc = 0) => X63(t, 0, b, 12, rc);
/** XX2 (opcode 60): VSRs 0..63, T and B's high bits in TX (bit 31) and BX (bit 30). */
const XX2 = (t: number, b: number, xo: number) => ((60 << 26) | ((t & 31) << 21) | ((b & 31) << 11) | (xo << 2) | ((b >> 5) << 1) | (t >> 5)) >>> 0;

/** GPRs: r20 DATA base, r21 unmapped, r22/r24 update-form bases, r23 index, r25 8 bytes before a page end minus 4 (straddles). */
const GPRS: Record<number, number> = {
  20: DATA, 21: DATA + 0x100000, 22: DATA + 0x1800, 23: 0x40, 24: DATA + 0x2800, 25: DATA + PAGE_SIZE - 4,
};

/** FPRs 0..9 are the operands and targets; r3..r6 the GPRs of mffprd/mtfprd. */
const f = (): number => below(10);
const g = (): number => 3 + below(4);
const rc = (): number => (below(8) === 0 ? 1 : 0);
const off = (): number => 8 * below(32);

/** Covered instructions (and a few that are not, or that bail), weighted toward the arithmetic. */
const GENS: (() => number)[] = [
  () => fadd(f(), f(), f(), rc()), () => fadd(f(), f(), f()),
  () => fsub(f(), f(), f(), rc()), () => fsub(f(), f(), f()),
  () => fmul(f(), f(), f(), rc()), () => fmul(f(), f(), f()),
  () => fdiv(f(), f(), f(), rc()), () => fdiv(f(), f(), f()),
  () => fma(28 + below(4), f(), f(), f(), f(), rc()), () => fma(28 + below(4), f(), f(), f(), f()),
  () => A(63, f(), 0, f(), 0, 22, rc()), // fsqrt
  () => fadds(f(), f(), f(), rc()), () => fsubs(f(), f(), f(), rc()), () => fmuls(f(), f(), f(), rc()),
  () => fdivs(f(), f(), f(), rc()), () => fmas(28 + below(4), f(), f(), f(), f(), rc()), () => fmas(28 + below(4), f(), f(), f(), f()),
  () => fsqrts(f(), f(), rc()), () => frsp(f(), f(), rc()), () => frsp(f(), f()),
  () => X63(f(), 0, f(), pick([14, 15, 814, 815, 142, 143, 942, 943]), rc()), () => X63(f(), 0, f(), pick([14, 15, 814, 815, 142, 143, 942, 943])), // fcti[w|d][u][z]
  () => X63(f(), 0, f(), pick([846, 974]), rc()), () => A(59, f(), 0, f(), 0, 0, rc()) | (pick([846, 974]) << 1), // fcfid[u][s]
  () => A(63, f(), f(), f(), f(), 23, rc()), // fsel
  () => X31(f(), 20, 23, pick([855, 887])), () => X31(f(), 20, 23, 983), // lfiwax lfiwzx stfiwx
  () => X31(f(), 25, 0, pick([855, 887, 983])), // straddling a page: r25 + 0
  () => X63(f(), 0, 0, 583, 1), // mffs.
  () => XX2(f(), f(), pick([329, 331, 267])), () => XX2(f(), f(), pick([329, 331, 267])), // xscvspdp xscvspdpn xscvdpspn
  () => XX2(below(2) ? 32 + f() : f(), 32 + f(), pick([329, 331, 267])), // naming a VSR 32..63: the handler
  () => X63(below(8) << 2, f(), f(), pick([0, 32])), // fcmpu fcmpo
  () => X63(f(), 0, f(), pick([72, 40, 264, 136]), rc()), // fmr fneg fabs fnabs
  () => X63(f(), f(), f(), 8, rc()), // fcpsgn
  () => D(50, f(), 20, off()), () => D(54, f(), 20, off()), // lfd stfd
  () => D(51, f(), 22, pick([8, -8, 16])), () => D(55, f(), 24, pick([8, -8, 16])), // lfdu stfdu
  () => X31(f(), 20, 23, 599), () => X31(f(), 20, 23, 727), // lfdx stfdx
  () => X31(f(), 22, 23, 631), () => X31(f(), 24, 23, 759), // lfdux stfdux
  () => (below(2) ? D(50, f(), 25, 0) : D(54, f(), 25, 0)), // straddling a page: the accessors
  () => (below(4) === 0 ? D(50, f(), 21, 0) : D(54, f(), 20, 0x100)), // lfd from an unmapped page (faults), sometimes
  () => D(48, f(), 20, 4 * below(64)), () => D(52, f(), 20, 4 * below(64)), // lfs stfs
  () => D(49, f(), 22, pick([4, -4, 12])), () => D(53, f(), 24, pick([4, -4, 12])), // lfsu stfsu
  () => X31(f(), 20, 23, 535), () => X31(f(), 20, 23, 663), // lfsx stfsx
  () => X31(f(), 22, 23, 567), () => X31(f(), 24, 23, 695), // lfsux stfsux
  () => (below(2) ? D(48, f(), 25, 2) : D(52, f(), 25, 2)), // a word straddling a page: the accessors
  () => (below(4) === 0 ? D(52, f(), 21, 0) : D(48, f(), 20, 0x104)), // stfs to an unmapped page (faults), sometimes
  () => X31(f(), g(), 0, 51), // mffprd (mfvsrd)
  () => X31(f(), g(), 0, 179), // mtfprd (mtvsrd)
  () => X31(g(), g(), 0, 51, 1), // mfvsrd of a VSR 32..63: the handler
  () => D(14, g(), g(), below(100)), // addi
  () => X63(f(), 0, 0, 583), // mffs
  () => ((63 << 26) | (7 << 23) | (below(4) << 12) | (134 << 1)) >>> 0, // mtfsfi 7,RN
  () => ((63 << 26) | (28 << 21) | ((below(3) === 0 ? 38 : 70) << 1)) >>> 0, // mtfsb1 / mtfsb0 XE
  () => ((63 << 26) | (below(32) << 21) | ((below(2) ? 38 : 70) << 1) | rc()) >>> 0, // mtfsb1 / mtfsb0 of any bit
  () => ((63 << 26) | (below(8) << 23) | (below(16) << 12) | (below(6) === 0 ? 1 << 16 : 0) | (134 << 1) | rc()) >>> 0, // mtfsfi (W = 1: the handler)
  // mtfsf FLM,FRB with L and W sometimes
  () => ((63 << 26) | (below(6) === 0 ? 1 << 25 : 0) | (below(256) << 17) | (below(6) === 0 ? 1 << 16 : 0) | (f() << 11) | (711 << 1) | rc()) >>> 0,
];

// ---- operands --------------------------------------------------------------------------------
const F64 = new Float64Array(1), U32 = new Uint32Array(F64.buffer);
const fromBits = (hi: number, lo: number): number => { U32[1] = hi; U32[0] = lo; return F64[0]; };
const sign = (): number => (below(2) ? -1 : 1);
/** A normal double with a random 53-bit significand and exponent in [lo, hi). */
function normal(lo: number, hi: number): number {
  return sign() * (1 + (rnd() * 4294967296 + (rnd() >>> 11)) / 2 ** 53) * 2 ** (lo + below(hi - lo));
}

/**
 * binary32 edges: FLT_MAX and its neighbours (the overflow boundary, RN's and the directed
 * modes'), FLT_MIN and the subnormals (tininess; stfs's denormalization), ties and near-ties at
 * binary32 precision, doubles between binary32 values (stfs truncates), frsp's 0x380fffffffffffff
 * (just under FLT_MIN: UX, tininess before rounding), the directed rule's edges 2.4e-38, 3.4e38.
 */
const SINGLE_EDGES = [
  3.4028234663852886e38, 3.4028234663852886e38 * (1 + 2 ** -30), 3.4028235677973366e38, 3.4028235677973362e38, 3.4028236e38, 2 ** 128,
  3.4e38, 3.3999999521443642e38, 2.4e-38, 2.3999999e-38,
  1.1754943508222875e-38, 1.1754942106924411e-38, fromBits(0x380fffff, 0xffffffff), fromBits(0x38100000, 0x00000001),
  1.1754943508222875e-38 * (1 - 2 ** -25), 2 ** -149, 2 ** -150, 3 * 2 ** -150, 2 ** -140 * (1 + 2 ** -20), 2 ** -127 + 2 ** -160,
  1 + 2 ** -24, 1 + 3 * 2 ** -24, 1 + 2 ** -24 + 2 ** -52, 1 + 2 ** -24 - 2 ** -53, 1 - 2 ** -25, 1 + 2 ** -23, 0.1, 1 / 3,
];

/** Integers as FPR bits (fcfid*): the conversions' exact ranges' edges (2^24, 2^53), the ends of the doubleword. */
const INTS = [
  0n, 1n, -1n, 5n, -123456n, 2n ** 24n - 1n, 2n ** 24n, 2n ** 24n + 1n, 1n - 2n ** 24n, -(2n ** 24n), 2n ** 53n - 1n, 2n ** 53n,
  2n ** 53n + 1n, 1n - 2n ** 53n, -(2n ** 53n), 2n ** 63n - 1n, -(2n ** 63n), 2n ** 32n + 7n,
];
/** fcti*: halves (ties), the word's and doubleword's ends. */
const TO_INT = [
  0.5, 1.5, 2.5, -0.5, -2.5, 123.75, -7.25, 2147483647.5, 2147483647, 2147483648, -2147483648, -2147483648.5, -2147483649,
  4294967296.5, 4294967295.5, 4294967295, 4294967296, 2 ** 63, -(2 ** 63), 2 ** 63 - 1024, 2 ** 64, 2 ** 64 - 2048,
  2 ** 52 + 1, 2 ** 52 - 0.5, 0.25, -0.25,
];
function intBits(): number {
  const v = BigInt.asUintN(64, below(3) === 0 ? BigInt(rnd() | 0) : pick(INTS) * BigInt(sign()));
  return fromBits(Number(v >> 32n), Number(v & 0xffffffffn));
}

/** Doubles whose high word is a binary32 special (xscvspdp*'s operand): SNaNs, QNaNs, infinities, zeros, subnormals. */
const HIGH_WORDS = [0x7f800001, 0xffa00000, 0x7fc00000, 0xffc12345, 0x7f800000, 0xff800000, 0x80000000, 0x00000001, 0x807fffff, 0x7f7fffff, 0x00800000];

/** A double for an operand: mostly ordinary, the rest at or past the edges the fast path checks. */
function value(): number {
  switch (below(25)) {
    case 24: return fromBits(pick(HIGH_WORDS), below(2) ? 0 : rnd());
    case 22: return intBits();
    case 23: return pick(TO_INT) * pick([1, 1, -1, 0.99, 1.01]);
    case 20: return sign() * pick(SINGLE_EDGES);
    case 21: return sign() * Math.fround(pick(SINGLE_EDGES) * (1 + below(3) * 2 ** -23));
    case 0: return pick([0, -0]);
    case 1: return pick([fromBits(0x7ff80000, 0x123), fromBits(0xfff00000, 0x456), NaN]); // QNaN, SNaN
    case 2: return pick([Infinity, -Infinity]);
    case 3: return sign() * pick([1e-310, 2.2250738585072014e-308, 2.225073858507202e-308, 4.9e-324]); // subnormal, MIN_NORM
    case 4: return sign() * pick([2 ** -960, 2 ** -960 * (1 + 2 ** -52), 2 ** -959, 2 ** -961, 2 ** -500]); // SAFE_LO's edge, products below it
    case 5: return sign() * pick([2 ** 995, 2 ** 995 * (1 - 2 ** -53), 2 ** 994, 1.7976931348623157e308, 2 ** 500]); // SAFE_HI's edge, overflow
    case 6: return sign() * pick([1, 2 ** -53, 3 * 2 ** -53, 1 + 2 ** -52, 0.5, 1.5, 3]); // ties and exact results
    case 7: return sign() * Math.fround(normal(-10, 10));
    default: return normal(-40, 40);
  }
}

/** Operand registers: values, some derived from others (cancellation, near-ties). */
function operands(): Float64Array {
  const v = new Float64Array(2 * 64);
  for (let r = 0; r < 10; r++) v[2 * r] = value();
  for (let r = 0; r < 10; r++) {
    if (below(4) !== 0) continue;
    const s = v[2 * below(10)];
    v[2 * r] = pick([-s, s * (1 + 2 ** -52 * below(4)), -s * (1 - 2 ** -53), s / 3, s * 2 ** -53]);
  }
  for (let k = 20; k < v.length; k++) v[k] = normal(-5, 5); // VSRs 10..63 (and dw1 of every VSR)
  for (let r = 0; r < 10; r++) v[2 * r + 1] = normal(-5, 5);
  return v;
}

function dataFor(mode: Mode): Uint8Array {
  const d = new Uint8Array(DATA_LEN), dv = new DataView(d.buffer);
  for (let k = 0; k < DATA_LEN; k += 8) dv.setFloat64(k, value(), mode.le);
  // binary32 words for lfs: NaNs (quiet and signaling), infinities, subnormals, zeros, normals
  const words = [0x7fc00001, 0x7f800001, 0xffa00000, 0x7f800000, 0xff800000, 0x00000001, 0x807fffff, 0x00400000, 0, 0x80000000, 0x00800000, 0x7f7fffff, 0x3f800001];
  for (let k = 0; k < DATA_LEN; k += 8) if (below(3) === 0) dv.setUint32(k + 4 * below(2), pick(words), mode.le);
  return d;
}

/**
 * Edge operands: ties, cancellation, the normal range's and the safe range's edges (TwoSum's
 * overflow: MAX_D + -3*2^970), quotients and products crossing them.
 */
const EDGES = [
  1, -1, 1 + 2 ** -52, -(1 + 2 ** -51), 2 ** -53, 3 * 2 ** -53, 0.1, -1 / 3,
  1.7976931348623157e308, -3 * 2 ** 970, 2 ** 1023, 2 ** -1022, -1.5 * 2 ** -1022,
  2 ** -960 * (1 + 2 ** -52), -(2 ** -961), 2 ** 995 * (1 - 2 ** -53), 2 ** 995, 2 ** 500, 2 ** -500, -(2 ** -40),
  // zeros: exact zero products (with 2^1023 too, whose Dekker split overflows), quotients and x - x
  0, -0,
];
/**
 * Multiply-add triples [a, c, b] where round-to-odd decides: a*c = -2^-53 - 2^-131 (p = -2^-53)
 * against b = 1 + 2^-51: th + tl is a tie that only the step breaks (the exact value is below it).
 */
const FMA_TRIPLES: [number, number, number][] = [
  [1 + 2 ** -26, -(2 ** -53) * (1 - 2 ** -26 + 2 ** -52), 1 + 2 ** -51],
  [-(1 + 2 ** -26), -(2 ** -53) * (1 - 2 ** -26 + 2 ** -52), -(1 + 2 ** -51)],
  [1 + 2 ** -26, 2 ** -53 * (1 - 2 ** -26 + 2 ** -52), 1 + 2 ** -51],
  [1 + 2 ** -26, 1 - 2 ** -26 + 2 ** -52, -1],
  [1 + 2 ** -26, 1 - 2 ** -26, -1],
  [3, 1 / 3, -1],
];

describe('wasm tier: scalar FP matches the interpreter', () => {
  // Every arithmetic form on each pair (triple) of edge operands, each result and the FPSCR
  // after it stored (mffs, stfd): a wrong status bit of any instruction shows in memory.
  for (const mode of [MODES[0], MODES[2]]) {
    it(`edge operands, every form, the FPSCR after each (${tag(mode)})`, () => {
      const ops: ((t: number, a: number, b: number, c: number) => number)[] = [
        (t, a, b) => fadd(t, a, b), (t, a, b) => fsub(t, a, b), (t, a, b) => fmul(t, a, b), (t, a, b) => fdiv(t, a, b),
        (t, a, b, c) => fma(29, t, a, c, b), (t, a, b, c) => fma(28, t, a, c, b), (t, a, b, c) => fma(31, t, a, c, b), (t, a, b, c) => fma(30, t, a, c, b),
        (t, a, b) => (b === 0 ? A(63, t, 0, a, 0, 22) : X63((b & 7) << 2, a, b, b & 1 ? 0 : 32)), // fsqrt (once per a), fcmpu/fcmpo
      ];
      // two register files: the edges in FPRs 0..19 (the third operand random), the triples in 0..17
      const n = EDGES.length;
      const edges = new Float64Array(2 * 64), trip = new Float64Array(2 * 64);
      EDGES.forEach((v, r) => { edges[2 * r] = v; });
      FMA_TRIPLES.forEach(([a, c, b], t) => { trip[6 * t] = a; trip[6 * t + 2] = c; trip[6 * t + 4] = b; });
      const sets: [Float64Array, [number, number, number, number][]][] = [[edges, []], [trip, []]];
      for (let a = 0; a < n; a++) for (let b = 0; b < n; b++) for (let k = 0; k < ops.length; k++) sets[0][1].push([k, a, b, below(n)]);
      for (let t = 0; t < FMA_TRIPLES.length; t++) for (let k = 4; k < 8; k++) sets[1][1].push([k, 3 * t, 3 * t + 2, 3 * t + 1]);
      let inline = 0, total = 0;
      const PER = 16;
      for (const [regs, cases] of sets) {
        total += cases.length;
        for (let k0 = 0; k0 < cases.length; k0 += PER) {
          const words: number[] = [], part = cases.slice(k0, k0 + PER);
          part.forEach(([k, a, b, c], j) => {
            words.push(ops[k](30, a, b, c), D(54, 30, 20, 16 * j), X63(31, 0, 0, 583), D(54, 31, 20, 16 * j + 8));
          });
          words.push(B(-4 * words.length));
          // nearest with XX clear and set (the inexact flag's 0 -> 1 change, or none), a directed mode
          for (const fpscr of [0, XX_FX, XX_FX | (1 + below(3))]) {
            const s: Setup = { words, regs, gprs: GPRS, fpscr, fe: false, data: new Uint8Array(DATA_LEN) };
            const { calls } = compare(mode, s, words.length);
            inline += 3 * part.length - calls; // mffs is a call; the rest bailed (a compare's NaN)
          }
        }
      }
      expect(inline).toBeGreaterThan(1.5 * total); // most of the three runs ran inline
    });
  }

  // The single-precision forms and frsp on binary32 edge operands (and ones that make binary32
  // midpoints: exact, 1 + 2^-24, or with an error, (1 + 2^-24) + 2^-70), a random form per
  // pair, in every rounding mode; each result, the FPSCR after it and (record forms) CR stored.
  for (const mode of [MODES[0], MODES[2]]) {
    it(`binary32 edge operands, single forms and frsp, every rounding mode (${tag(mode)})`, () => {
      const edges = [...SINGLE_EDGES, 1, -1, 2, 0.5, 3, 2 ** -70, -(2 ** -70), 1 + 2 ** -12, 2 ** -24];
      const n = edges.length;
      const ops: ((t: number, a: number, b: number, c: number, rc: number) => number)[] = [
        (t, a, b, _, r) => fadds(t, a, b, r), (t, a, b, _, r) => fsubs(t, a, b, r), (t, a, b, _, r) => fmuls(t, a, b, r),
        (t, a, b, _, r) => fdivs(t, a, b, r),
        (t, a, b, c, r) => fmas(29, t, a, c, b, r), (t, a, b, c, r) => fmas(28, t, a, c, b, r),
        (t, a, b, c, r) => fmas(31, t, a, c, b, r), (t, a, b, c, r) => fmas(30, t, a, c, b, r),
      ];
      const regs = new Float64Array(2 * 64);
      edges.forEach((v, r) => { regs[2 * r] = v; });
      const cases: number[][] = [];
      for (let a = 0; a < n; a++) {
        cases.push([-1, a, 0, 0], [-2, a, 0, 0]); // fsqrts, frsp
        for (let b = 0; b < n; b++) cases.push([below(ops.length), a, b, below(n)]);
      }
      let inline = 0;
      const PER = 24;
      for (let k0 = 0; k0 < cases.length; k0 += PER) {
        const words: number[] = [], part = cases.slice(k0, k0 + PER);
        let other = 0; // mfcr is a call
        part.forEach(([k, a, b, c], j) => {
          const r = below(4) === 0 ? 1 : 0;
          other += r;
          words.push(k === -1 ? fsqrts(30, a, r) : k === -2 ? frsp(30, a, r) : ops[k](30, a, b, c, r));
          words.push(D(54, 30, 20, 16 * j), X63(31, 0, 0, 583), D(54, 31, 20, 16 * j + 8));
          if (r) words.push(X31(3, 0, 0, 19), D(36, 3, 20, 0x800 + 4 * j)); // mfcr, stw
        });
        words.push(B(-4 * words.length));
        for (const fpscr of [0, 1, 2, 3 | XX_FX]) {
          const s: Setup = { words, regs, gprs: GPRS, fpscr, fe: false, data: new Uint8Array(DATA_LEN) };
          const { calls } = compare(mode, s, words.length);
          inline += part.length + other - calls;
        }
      }
      // about half ran inline (the rest are the handler's: tiny, huge, midpoints)
      expect(inline).toBeGreaterThan((4 * cases.length) / 3);
      expect(inline).toBeLessThan((4 * cases.length * 3) / 4);
    });
  }

  // fcti* on values around the (signed and unsigned) word's and doubleword's ends and ties, fcfid* on integers around
  // 2^24, 2^53 and the doubleword's ends, xscvspdp* and xscvdpspn on binary32 specials and edges,
  // fsel on all of them, in every rounding mode and with VXSNAN and VE set (so VX and FEX: the
  // inline path keeps them as the exact code computes them); each result, the FPSCR after it
  // and (record forms) CR stored.
  for (const mode of [MODES[0], MODES[2]]) {
    it(`conversions and fsel on their edges, every rounding mode (${tag(mode)})`, () => {
      const toInt = [...TO_INT.flatMap((v) => [v, -v]), NaN, fromBits(0x7ff00000, 1), Infinity, -0];
      const ints = [...new Set(INTS.flatMap((v) => [v, -v]))].map((v) => {
        const u = BigInt.asUintN(64, v);
        return fromBits(Number(u >> 32n), Number(u & 0xffffffffn));
      });
      // xscvspdp/xscvspdpn/xscvdpspn: binary32 specials in the high word, binary32 edges, doubles under binary32's range
      const xs = [...HIGH_WORDS.map((h) => fromBits(h, 0x1234)), ...SINGLE_EDGES.map(Math.fround), ...SINGLE_EDGES, 1e-300, -5e-324, 2 ** -1000];
      const regs = new Float64Array(2 * 64);
      const vals = [...toInt, ...ints, ...xs];
      const rounds = (t: number, b: number, r: number) => X63(t, 0, b, pick([14, 15, 814, 815, 142, 143, 942, 943]), r); // fcti[w|d][u][z]
      const converts = (t: number, b: number, r: number) => (below(2) ? X63(t, 0, b, pick([846, 974]), r) : A(59, t, 0, b, 0, 0, r) | (pick([846, 974]) << 1));
      const cases: [number, number][] = [];
      vals.forEach((_, k) => { for (let n = 0; n < 6; n++) cases.push([k, n]); });
      const PER = 24;
      for (let k0 = 0; k0 < cases.length; k0 += PER) {
        const words: number[] = [], part = cases.slice(k0, k0 + PER);
        // the part's values in FPRs 0..23
        part.forEach(([k], j) => { regs[2 * j] = vals[k]; });
        part.forEach(([k, n], j) => {
          const r = below(4) === 0 ? 1 : 0;
          const conv = k < toInt.length ? rounds : k < toInt.length + ints.length ? converts : (t: number, b: number) => XX2(t, b, pick([329, 331, 267]));
          words.push(n < 5 ? conv(30, j, r) : A(63, 30, j, below(24), below(24), 23, r)); // fsel
          words.push(D(54, 30, 20, 16 * j), X63(31, 0, 0, 583), D(54, 31, 20, 16 * j + 8));
          if (r) words.push(X31(3, 0, 0, 19), D(36, 3, 20, 0x800 + 4 * j)); // mfcr, stw
        });
        words.push(B(-4 * words.length));
        for (const fpscr of [0, 1, 2, 3 | XX_FX, 0x01000080 /* VXSNAN, VE (the harness sets VX and FEX) */]) {
          const s: Setup = { words, regs: regs.slice(), gprs: GPRS, fpscr, fe: false, data: new Uint8Array(DATA_LEN), drn: below(8) };
          compare(mode, s, words.length);
        }
      }
    });
  }

  // The FPSCR moves: mtfsb0/mtfsb1 of every bit, mtfsfi of every field (W = 0), mtfsf with every
  // FLM bit alone, L and W, from several FPSCR values (clear, every exception, every enable,
  // random), MSR[FE] on and off (FEX turning on traps: the handler's); the FPSCR after each
  // stored (mffs, stfd).
  for (const mode of [MODES[0], MODES[2]]) {
    it(`FPSCR moves on every bit and field (${tag(mode)})`, () => {
      const mtfsb = (bt: number, set: boolean, r: number) => ((63 << 26) | (bt << 21) | ((set ? 38 : 70) << 1) | r) >>> 0;
      const mtfsfi = (bf: number, u: number, r: number) => ((63 << 26) | (bf << 23) | (u << 12) | (134 << 1) | r) >>> 0;
      const mtfsf = (flm: number, b: number, l: number, w: number, r: number) => ((63 << 26) | (l << 25) | (flm << 17) | (w << 16) | (b << 11) | (711 << 1) | r) >>> 0;
      const cases: ((r: number) => number)[] = [];
      for (let bt = 0; bt < 32; bt++) cases.push((r) => mtfsb(bt, true, r), (r) => mtfsb(bt, false, r));
      for (let bf = 0; bf < 8; bf++) cases.push((r) => mtfsfi(bf, below(16), r));
      for (let k = 0; k < 8; k++) cases.push((r) => mtfsf(0x80 >>> k, below(10), 0, 0, r));
      cases.push((r) => mtfsf(0xff, below(10), 1, 0, r), (r) => mtfsf(0x01, below(10), 0, 1, r), (r) => mtfsf(below(256), below(10), 0, 0, r));
      // mffscrni RM, mffscrn FRB (FRB 29, and FRT's own), mffsl (ISA 3.0; mffs on the older models)
      for (let rm = 0; rm < 4; rm++) cases.push(() => X63(29, 23, rm, 583));
      cases.push(() => X63(29, 22, below(10), 583), () => X63(29, 22, 29, 583), () => X63(29, 24, 0, 583));
      const regs = new Float64Array(2 * 64);
      for (let r = 0; r < 10; r++) regs[2 * r] = fromBits(rnd(), rnd());
      for (const fpscr of [0, 0xfff80700 >>> 0, 0xf8, (rnd() & ~0x800) >>> 0, 0x01000000]) {
        for (const fe of [false, true]) {
          // each case alone from the same FPSCR (then the FPSCR it made, stored)
          for (let k0 = 0; k0 < cases.length; k0 += 16) {
            const words: number[] = [];
            cases.slice(k0, k0 + 16).forEach((g, j) => {
              words.push(X63(31, 0, 0, 583), g(below(4) === 0 ? 1 : 0), X63(30, 0, 0, 583), D(54, 30, 20, 8 * j), D(54, 31, 20, 0x400 + 8 * j));
              words.push(D(54, 29, 20, 0x800 + 8 * j)); // (what the mffs forms wrote)
              words.push(((63 << 26) | (0xff << 17) | (31 << 11) | (711 << 1)) >>> 0); // mtfsf 0xff,f31: restore the low word
            });
            words.push(B(-4 * words.length));
            const s: Setup = { words, regs, gprs: GPRS, fpscr, fe, data: new Uint8Array(DATA_LEN), drn: below(8) };
            compare(mode, s, words.length);
          }
        }
      }
    });
  }

  for (const mode of MODES) {
    it(`random FP blocks (${tag(mode)})`, () => {
      const ends: Record<string, number> = {};
      for (let t = 0; t < 200; t++) {
        const words = Array.from({ length: 3 + below(14) }, () => pick(GENS)());
        words.push(B(-4 * words.length));
        const gprs = { ...GPRS };
        for (let r = 3; r <= 6; r++) gprs[r] = rnd();
        // the rounding mode (nearest half the time), XE and the other enables sometimes, XX preset half the time
        const fpscr = ((below(2) ? 0 : below(4)) | (below(5) === 0 ? XE : 0) | (below(6) === 0 ? ENABLES_BUT_XE : 0) | (below(2) ? XX_FX : 0)) >>> 0;
        const s: Setup = { words, regs: operands(), gprs, fpscr, fe: below(2) === 0, data: dataFor(mode), drn: below(8) };
        const n = words.length * (1 + below(4)) + below(words.length); // the budget ends anywhere
        const { outcome } = compare(mode, s, n);
        const kind = outcome.split(' ').slice(0, 2).join(' ');
        ends[kind] = (ends[kind] ?? 0) + 1;
      }
      // every kind of ending was exercised: the budget, a segfault, an enabled FP exception
      expect(ends.limit).toBeGreaterThan(20);
      expect(ends['fault 11/1']).toBeGreaterThan(3);
      expect(Object.keys(ends).some((k) => k.startsWith('fault 8/'))).toBe(true);
    });

    /**
     * Every covered arithmetic form on ordinary operands (FPRs 1..9, never written: each pass
     * computes the same results, inside the normal range), results in FPRs 10..19.
     */
    const arith = [
      fadd(10, 1, 2), fsub(11, 3, 4), fmul(12, 5, 6), fdiv(13, 7, 8), fma(29, 14, 1, 2, 3), fma(28, 15, 4, 5, 6),
      fma(31, 16, 7, 8, 9), fma(30, 17, 9, 1, 2), A(63, 20, 0, 22, 0, 22), X63(18, 0, 10, 40), X63(19, 0, 11, 8),
      D(54, 12, 20, 0x40), D(50, 18, 20, 0x40), X63(3 << 2, 1, 2, 0), X63(5 << 2, 3, 3, 32),
    ];
    const ordinary = (): Float64Array => {
      const v = new Float64Array(2 * 64);
      for (let r = 1; r < 10; r++) v[2 * r] = normal(-8, 8);
      v[2 * 22] = Math.abs(normal(-8, 8)); // fsqrt's operand
      return v;
    };

    it(`ordinary operands in round-to-nearest run inline: no handler call (${tag(mode)})`, () => {
      const words = [...arith, B(-4 * arith.length)];
      for (const fpscr of [0, XX_FX, ENABLES_BUT_XE]) {
        const s: Setup = { words, regs: ordinary(), gprs: GPRS, fpscr, fe: true, data: dataFor(mode) };
        const { outcome, calls } = compare(mode, s, 5 * words.length);
        expect(outcome).toBe('limit');
        expect(calls).toBe(0);
      }
    });

    // In round to nearest, once XX is set, fadd/fsub/fmul/fdiv/fsqrt leave their error to the
    // settle (emitfp.ts `lazy`): with each kind last in the loop, it is the pending one when the
    // region leaves, and its FR/FI must be the reference's (XX clear: the eager path, the same).
    it(`round to nearest with XX set: each kind's FR/FI as the last result before an exit (${tag(mode)})`, () => {
      const body = [fmul(12, 5, 6), fadd(10, 1, 2), fdiv(13, 7, 8), fsub(11, 3, 4), A(63, 20, 0, 22, 0, 22), fadd(14, 1, 3)];
      for (let k = 0; k < body.length; k++) {
        const words = [...body.slice(k), ...body.slice(0, k), B(-4 * body.length)];
        for (const fpscr of [0, XX_FX]) {
          for (let t = 0; t < 4; t++) {
            const s: Setup = { words, regs: ordinary(), gprs: GPRS, fpscr, fe: true, data: dataFor(mode) };
            const { outcome, calls } = compare(mode, s, 3 * words.length);
            expect(outcome).toBe('limit');
            expect(calls).toBe(0);
          }
        }
      }
    });

    it(`directed rounding runs inline too (${tag(mode)})`, () => {
      const words = [...arith, B(-4 * arith.length)];
      for (const fpscr of [1, 2, 3, 3 | XX_FX]) {
        const s: Setup = { words, regs: ordinary(), gprs: GPRS, fpscr, fe: true, data: dataFor(mode) };
        const { outcome, calls } = compare(mode, s, 5 * words.length);
        expect(outcome).toBe('limit');
        expect(calls).toBe(0);
      }
    });

    it(`multiply-adds with an exact zero product or an exact cancellation run inline, every rounding mode (${tag(mode)})`, () => {
      // FPR 1 = +0, 2 = -0, 3 = x, 4 = -x, 5 = 1, 6 = y: 0*x + 0 in all four sign combinations,
      // -0*x - 0, 0*x + y, x*1 - x (and x*1 + -x), every form; the zero sums' signs depend on the
      // mode (IEEE: -0 only when rounding toward -infinity), fnmadd/fnmsub negate after rounding
      const zeroFma = [
        fma(29, 10, 1, 3, 1), fma(29, 11, 1, 3, 2), fma(29, 12, 2, 3, 1), fma(29, 13, 2, 4, 2), fma(28, 14, 2, 3, 1),
        fma(31, 15, 1, 3, 2), fma(30, 16, 2, 4, 1), fma(29, 17, 1, 3, 6), fma(28, 18, 3, 5, 3), fma(29, 19, 3, 5, 4),
        fma(31, 20, 3, 5, 4), fma(30, 21, 3, 5, 3),
      ];
      const words = [...zeroFma, B(-4 * zeroFma.length)];
      const regs = (): Float64Array => {
        const v = new Float64Array(2 * 64);
        const x = normal(-8, 8);
        v[2 * 1] = 0; v[2 * 2] = -0; v[2 * 3] = x; v[2 * 4] = -x; v[2 * 5] = 1; v[2 * 6] = normal(-8, 8);
        return v;
      };
      for (const fpscr of [0, 1, 2, 3, 3 | XX_FX]) {
        const s: Setup = { words, regs: regs(), gprs: GPRS, fpscr, fe: true, data: dataFor(mode) };
        const { outcome, calls } = compare(mode, s, 3 * words.length);
        expect(outcome).toBe('limit');
        expect(calls).toBe(0);
      }
    });

    it(`XE set bails out to the handlers (${tag(mode)})`, () => {
      const words = [...arith, B(-4 * arith.length)];
      for (const fpscr of [XE, XE | 1, XE | XX_FX]) {
        const s: Setup = { words, regs: ordinary(), gprs: GPRS, fpscr, fe: false, data: dataFor(mode) };
        const { outcome, calls } = compare(mode, s, 3 * words.length);
        expect(outcome).toBe('limit');
        expect(calls).toBe(3 * 9); // the nine arithmetic instructions of each pass
      }
      // XE with MSR[FE]: the first inexact result traps inside the region, at that instruction
      const s: Setup = { words, regs: ordinary(), gprs: GPRS, fpscr: XE, fe: true, data: dataFor(mode) };
      const { outcome } = compare(mode, s, 3 * words.length);
      expect(outcome).toMatch(/^fault 8\/6 /);
    });

    /**
     * The single forms (record forms too), frsp, lfs/stfs and the conversions on binary32 operands
     * (FPRs 1..9, never written) and a double (FPR 23, frsp's operand), results in FPRs 10..31.
     */
    const arithS = [
      fadds(10, 1, 2), fsubs(11, 3, 4), fmuls(12, 5, 6), fdivs(13, 7, 8), fmas(29, 14, 1, 2, 3), fmas(28, 15, 4, 5, 6),
      fmas(31, 16, 7, 8, 9), fmas(30, 17, 9, 1, 2), fsqrts(20, 22), frsp(21, 23), fadds(24, 5, 6, 1), fmuls(25, 7, 8, 1),
      D(52, 12, 20, 0x40), D(48, 18, 20, 0x40), X31(13, 20, 23, 663), X31(19, 20, 23, 535), frsp(26, 13, 1),
      // (int)x, (double)i: fctiwz, stfiwx, lfiwax, fcfid; fsel; mffs
      X63(27, 0, 1, 15), X31(27, 20, 23, 983), X31(28, 20, 23, 855), X63(29, 0, 28, 846), A(63, 30, 1, 2, 3, 23), X63(31, 0, 0, 583),
    ];
    const ordinaryS = (): Float64Array => {
      const v = new Float64Array(2 * 64);
      for (let r = 1; r < 10; r++) v[2 * r] = Math.fround(normal(-8, 8));
      v[2 * 22] = Math.fround(Math.abs(normal(-8, 8))); // fsqrts's operand
      v[2 * 23] = normal(-8, 8);
      return v;
    };

    it(`single precision on ordinary operands runs inline, every rounding mode: no handler call (${tag(mode)})`, () => {
      const words = [...arithS, B(-4 * arithS.length)];
      for (const fpscr of [0, XX_FX, ENABLES_BUT_XE, 1, 2, 3, 3 | XX_FX]) {
        for (let t = 0; t < 3; t++) {
          const s: Setup = { words, regs: ordinaryS(), gprs: GPRS, fpscr, fe: true, data: dataFor(mode) };
          const { outcome, calls } = compare(mode, s, 5 * words.length);
          expect(outcome).toBe('limit');
          expect(calls).toBe(0);
        }
      }
    });

    it(`XE set: the single forms, frsp and fctiwz bail out to the handlers (${tag(mode)})`, () => {
      const words = [...arithS, B(-4 * arithS.length)];
      for (const fpscr of [XE, XE | 2, XE | XX_FX]) {
        const s: Setup = { words, regs: ordinaryS(), gprs: GPRS, fpscr, fe: false, data: dataFor(mode) };
        const { outcome, calls } = compare(mode, s, 3 * words.length);
        expect(outcome).toBe('limit');
        expect(calls).toBe(3 * 14); // the 13 arithmetic instructions and fctiwz of each pass
      }
    });

    it(`mtfsfi switching the rounding mode mid-region (${tag(mode)})`, () => {
      const rn = (r: number) => ((63 << 26) | (7 << 23) | (r << 12) | (134 << 1)) >>> 0;
      const words = [fadd(10, 2, 3), rn(1), fadd(11, 2, 3), rn(0), fmul(12, 2, 3), rn(2), fma(29, 13, 2, 3, 4), rn(0), B(-32)];
      const s: Setup = { words, regs: ordinary(), gprs: GPRS, fpscr: 0, fe: false, data: dataFor(mode) };
      const { calls } = compare(mode, s, 4 * words.length);
      expect(calls).toBe(0); // mtfsfi is inline too; the arithmetic reads the mode they set
    });
  }
});
