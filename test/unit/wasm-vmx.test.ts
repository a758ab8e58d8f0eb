// The wasm tier's VMX rows (src/cpu/wasm/emitvmx.ts, wasm SIMD) against the interpreter: random
// blocks of lvx/stvx (aligned, unaligned: the EA's low bits dropped, unmapped: the fault), the
// element loads and stores at every offset, lvsl/lvsr, the logicals, modulo and saturating
// arithmetic (VSCR[SAT]), integer and FP compares with their record forms (CR6), min/max,
// splats, merges, vsldoi, packs (modulo and saturating), unpacks, the multiply-sums, the element
// shifts and rotates, the even/odd multiplies, word saturating adds, carries, averages, absolute
// differences, negates, sign extensions, popcounts, doubleword max/min/compare, the saturating
// sums and multiply-sums, vmh{r,}addshs, the whole-register shifts, the doubleword and pixel
// packs (the doubleword packs and sums also at the word bounds), mfvscr/mtvscr, vperm/vpermr, vgbbd, the single-precision arithmetic,
// conversions, rounds and vcmpbfp, with NJ set or clear and operands that include NaNs, denormals, zeros
// and infinities (the FP rows' bail-outs), loop on two machines from the same state (the shared
// harness: one compiling every block to a wasm region at its first run, one interpreting).
// Registers, VSCR, CR, pc, count and memory must match. Ordinary operands must run with no
// handler call; vmaddfp/vnmsubfp's inexact single-precision ties take the handler, exact ones
// not; the conversions' saturation edges set SAT one by one.
import { describe, expect, it } from 'vitest';
import { DecodeTable } from '../../src/cpu/decode.js';
import { ALL_ROWS } from '../../src/cpu/isa/index.js';
import { CpuState } from '../../src/cpu/state.js';
import { VMX_GENS } from '../../src/cpu/wasm/emitvmx.js';
import { randomSource } from './random.js';
import { compare, DATA, DATA_LEN, machine, MODES, run, type Setup, tag } from './wasm-harness.js';

const rnd = randomSource(0x0a17e3);
const below = (n: number): number => rnd() % n;
const pick = <T>(xs: readonly T[]): T => xs[below(xs.length)];

// ---- encoders (VX, VA, VC forms: opcode 4; lvx/stvx: X form, opcode 31) ----------------------
const VX = (xo: number, t: number, a: number, b: number): number => ((4 << 26) | (t << 21) | (a << 16) | (b << 11) | xo) >>> 0;
const VA = (xo: number, t: number, a: number, b: number, c: number): number => ((4 << 26) | (t << 21) | (a << 16) | (b << 11) | (c << 6) | xo) >>> 0;
const VC = (xo: number, t: number, a: number, b: number, rc: number): number => (VX(xo, t, a, b) | (rc << 10)) >>> 0;
const X31 = (xo: number, t: number, a: number, b: number): number => ((31 << 26) | (t << 21) | (a << 16) | (b << 11) | (xo << 1)) >>> 0;
const Bk = (off: number): number => ((18 << 26) | (off & 0x03fffffc)) >>> 0;
const addi = (t: number, a: number, d: number): number => ((14 << 26) | (t << 21) | (a << 16) | (d & 0xffff)) >>> 0;

/** Three-operand VX rows: [mnemonic, xo]. */
const V3: [string, number][] = [
  ['vand', 1028], ['vandc', 1092], ['vor', 1156], ['vxor', 1220], ['vnor', 1284], ['vorc', 1348], ['vnand', 1412], ['veqv', 1668],
  ['vaddubm', 0], ['vadduhm', 64], ['vadduwm', 128], ['vaddudm', 192], ['vsububm', 1024], ['vsubuhm', 1088], ['vsubuwm', 1152], ['vsubudm', 1216],
  ['vaddubs', 512], ['vadduhs', 576], ['vaddsbs', 768], ['vaddshs', 832], ['vsububs', 1536], ['vsubuhs', 1600], ['vsubsbs', 1792], ['vsubshs', 1856],
  ['vmaxub', 2], ['vmaxuh', 66], ['vmaxuw', 130], ['vmaxsb', 258], ['vmaxsh', 322], ['vmaxsw', 386],
  ['vminub', 514], ['vminuh', 578], ['vminuw', 642], ['vminsb', 770], ['vminsh', 834], ['vminsw', 898],
  ['vmrghb', 12], ['vmrghh', 76], ['vmrghw', 140], ['vmrglb', 268], ['vmrglh', 332], ['vmrglw', 396],
  ['vpkuhum', 14], ['vpkuwum', 78],
  ['vaddfp', 10], ['vsubfp', 74], ['vmaxfp', 1034], ['vminfp', 1098],
  ['vpkuhus', 142], ['vpkuwus', 206], ['vpkshus', 270], ['vpkswus', 334], ['vpkshss', 398], ['vpkswss', 462],
  ['vrlb', 4], ['vrlh', 68], ['vrlw', 132], ['vrld', 196], ['vslb', 260], ['vslh', 324], ['vslw', 388], ['vsld', 1476],
  ['vsrb', 516], ['vsrh', 580], ['vsrw', 644], ['vsrd', 1732], ['vsrab', 772], ['vsrah', 836], ['vsraw', 900], ['vsrad', 964],
  ['vmuleub', 520], ['vmuloub', 8], ['vmulesb', 776], ['vmulosb', 264], ['vmuleuh', 584], ['vmulouh', 72], ['vmulesh', 840], ['vmulosh', 328],
  ['vmuleuw', 648], ['vmulouw', 136], ['vmulesw', 904], ['vmulosw', 392], ['vmuluwm', 137],
  ['vadduws', 640], ['vaddsws', 896], ['vsubuws', 1664], ['vsubsws', 1920], ['vaddcuw', 384], ['vsubcuw', 1408],
  ['vmaxud', 194], ['vmaxsd', 450], ['vminud', 706], ['vminsd', 962],
  ['vavgub', 1026], ['vavguh', 1090], ['vavguw', 1154], ['vavgsb', 1282], ['vavgsh', 1346], ['vavgsw', 1410],
  ['vabsdub', 1027], ['vabsduh', 1091], ['vabsduw', 1155], ['vmrgew', 1932], ['vmrgow', 1676],
  ['vsum4ubs', 1544], ['vsum4sbs', 1800], ['vsum4shs', 1608], ['vsum2sws', 1672], ['vsumsws', 1928],
  ['vsl', 452], ['vsr', 708], ['vslo', 1036], ['vsro', 1100],
  ['vpkudum', 1102], ['vpkudus', 1230], ['vpksdus', 1358], ['vpksdss', 1486], ['vpkpx', 782],
];
/** VC compares (Rc: the record form): [mnemonic, xo]. */
const VCMP: [string, number][] = [
  ['vcmpequb', 6], ['vcmpequh', 70], ['vcmpequw', 134], ['vcmpequd', 199], ['vcmpgtsb', 774], ['vcmpgtsh', 838], ['vcmpgtsw', 902],
  ['vcmpgtsd', 967], ['vcmpgtub', 518], ['vcmpgtuh', 582], ['vcmpgtuw', 646], ['vcmpeqfp', 198], ['vcmpgefp', 454], ['vcmpgtfp', 710],
  ['vcmpneb', 7], ['vcmpneh', 71], ['vcmpnew', 135], ['vcmpbfp', 966], ['vcmpgtud', 711],
  ['vcmpnezb', 263], ['vcmpnezh', 327], ['vcmpnezw', 391],
];
/** VA rows: [mnemonic, xo] (vsldoi: SHB in the VRC field's low four bits). */
const V4: [string, number][] = [
  ['vsel', 42], ['vperm', 43], ['vpermr', 59], ['vmaddfp', 46], ['vnmsubfp', 47], ['vsldoi', 44],
  ['vmsumubm', 36], ['vmsummbm', 37], ['vmsumuhm', 38], ['vmsumshm', 40], ['vmladduhm', 34], ['vmhaddshs', 32], ['vmhraddshs', 33],
  ['vmsumuhs', 39], ['vmsumshs', 41],
];
/** Splats: [mnemonic, xo] (the VRA field: UIM, or SIM for the immediates). */
const VSPLAT: [string, number][] = [['vspltb', 524], ['vsplth', 588], ['vspltw', 652], ['vspltisb', 780], ['vspltish', 844], ['vspltisw', 908]];
/** One-operand rows on VRB (FP, and vgbbd): [mnemonic, xo, whether the VRA field is UIM]. */
const V2: [string, number, boolean][] = [
  ['vcfux', 778, true], ['vcfsx', 842, true], ['vctuxs', 906, true], ['vctsxs', 970, true],
  ['vrfin', 522, false], ['vrfiz', 586, false], ['vrfip', 650, false], ['vrfim', 714, false], ['vrefp', 266, false], ['vrsqrtefp', 330, false],
  ['vgbbd', 1292, false], // (not FP: the bit-matrix transpose)
  ['vupkhsb', 526, false], ['vupklsb', 654, false], ['vupkhsh', 590, false], ['vupklsh', 718, false], ['vupkhsw', 1614, false], ['vupklsw', 1742, false],
  ['vupkhpx', 846, false], ['vupklpx', 974, false],
];
/** One-operand rows on VRB whose VRA field is a sub-opcode (xo 1538): [mnemonic, sub-opcode]. */
const VXS: [string, number][] = [
  ['vnegw', 6], ['vnegd', 7], ['vextsb2w', 16], ['vextsh2w', 17], ['vextsb2d', 24], ['vextsh2d', 25], ['vextsw2d', 26],
];
/** Rows with a GPR result RT (vclzlsbb/vctzlsbb: VRB; vextu*x: RA's index into VRB): [mnemonic, xo, sub-opcode or -1 (RA a GPR)]. */
const VGPR: [string, number, number][] = [
  ['vclzlsbb', 1538, 0], ['vctzlsbb', 1538, 1],
  ['vextublx', 1549, -1], ['vextuhlx', 1613, -1], ['vextuwlx', 1677, -1], ['vextubrx', 1805, -1], ['vextuhrx', 1869, -1], ['vextuwrx', 1933, -1],
];
/** A VGPR row: RT one of r3-r10, RA (an index) one of r23-r25 (moving) or r3. */
const vgpr = ([, xo, sub]: [string, number, number], t: number, a: number, b: number): number => VX(xo, t, sub >= 0 ? sub : a, b);
/** vpopcnt{b,h,w} (VRB): [mnemonic, xo]. */
const VPOP: [string, number][] = [['vpopcntb', 1795], ['vpopcnth', 1859], ['vpopcntw', 1923]];
/** mfvscr (VRT) and mtvscr (VRB). */
const mfvscr = (t: number): number => VX(1540, t, 0, 0), mtvscr = (b: number): number => VX(1604, 0, 0, b);
/** lvx, lvxl, stvx, stvxl, the element loads and stores, lvsl, lvsr: [mnemonic, xo]. */
const VMEM: [string, number][] = [
  ['lvx', 103], ['lvxl', 359], ['stvx', 231], ['stvxl', 487], ['lvebx', 7], ['lvehx', 39], ['lvewx', 71],
  ['stvebx', 135], ['stvehx', 167], ['stvewx', 199], ['lvsl', 6], ['lvsr', 38],
];

/** r20 DATA, r21 unmapped, r23 a 16-byte multiple, r24 an odd offset, r25 an even one. */
const GPRS: Record<number, number> = { 20: DATA, 21: DATA + 0x100000, 23: 0x40, 24: 0x1d, 25: 0x36 };
const vr = (): number => below(8);

const GENS: (() => number)[] = [
  ...V3.map(([, xo]) => () => VX(xo, vr(), vr(), vr())),
  ...VCMP.map(([, xo]) => () => VC(xo, vr(), vr(), vr(), below(2))),
  ...V4.map(([, xo]) => () => VA(xo, vr(), vr(), vr(), xo === 44 ? below(16) : vr())),
  ...VSPLAT.map(([, xo]) => () => VX(xo, vr(), below(32), vr())),
  ...V2.map(([, xo, uim]) => () => VX(xo, vr(), uim ? below(32) : 0, vr())),
  ...VMEM.map(([, xo]) => () => X31(xo, vr(), 20, pick([23, 24, 25]))),
  ...VMEM.map(([, xo]) => () => X31(xo, vr(), 20, pick([23, 24, 25]))),
  () => X31(pick(VMEM)[1], vr(), 0, 20), // RA = 0
  () => X31(pick(VMEM)[1], vr(), 20, 21), // unmapped: a fault, unless lvsl/lvsr
  () => addi(pick([23, 25]), 23, 2 * below(32)), // moving r23, r25
  () => mfvscr(vr()), () => mtvscr(vr()),
  ...VXS.map(([, sub]) => () => VX(1538, vr(), sub, vr())),
  ...VPOP.map(([, xo]) => () => VX(xo, vr(), 0, vr())),
  ...VGPR.map((row) => () => vgpr(row, 3 + below(8), pick([3, 23, 24, 25]), vr())),
];

// ---- operands --------------------------------------------------------------------------------
const F32 = new Float32Array(1), W32 = new Uint32Array(F32.buffer);

/** A word: a float (mostly ordinary, some NaN, denormal, zero, infinity, tiny or huge) or an integer pattern. */
function word(plain: boolean): number {
  const k = below(16);
  if (!plain && k === 0) return pick([0x7fc00000, 0xffc00001, 0x7f800001, 0x00000001, 0x807fffff, 0x00400000]); // NaNs, denormals
  if (k === 1) return pick([0, 0x80000000, 0x7f800000, 0xff800000, 0x00800000, 0x80800000, 0x7f7fffff]); // zeros, infinities, the edges
  if (k === 2) return pick([0x00ff00ff, 0x7fff8000, 0xffffffff, 0x80008000, 0x01020304]); // integer patterns
  F32[0] = (below(2) ? -1 : 1) * (1 + rnd() / 2 ** 32) * 2 ** (below(2) ? below(40) - 20 : below(250) - 125);
  return W32[0];
}

function vrs(plain = false): Uint32Array {
  const w = new Uint32Array(64 * 4);
  for (let r = 32; r < 64; r++) for (let k = 0; k < 4; k++) w[CpuState.vsrWordIndex(r, k)] = word(plain);
  return w;
}

function data(): Uint8Array {
  const d = new Uint8Array(DATA_LEN), dv = new DataView(d.buffer);
  for (let k = 0; k < DATA_LEN; k += 4) dv.setUint32(k, word(false));
  return d;
}

/** NJ set or clear, SAT sometimes already set. */
const vscr = (): number => (below(2) ? 0x10000 : 0) | (below(4) === 0 ? 1 : 0);

describe('wasm tier: VMX matches the interpreter', () => {
  it('the test encoders name the rows meant, and cover every VMX emitter', () => {
    const t = new DecodeTable(ALL_ROWS);
    const name = (w: number): string | undefined => t.lookup(w)?.mnem;
    const seen = new Set<string>();
    const check = (mn: string, w: number): void => { expect(name(w)).toBe(mn); seen.add(mn); };
    for (const [mn, xo] of V3) check(mn, VX(xo, 1, 2, 3));
    for (const [mn, xo] of VCMP) { check(mn, VC(xo, 1, 2, 3, 0)); check(mn, VC(xo, 1, 2, 3, 1)); }
    for (const [mn, xo] of V4) check(mn, VA(xo, 1, 2, 3, 4));
    for (const [mn, xo] of VSPLAT) check(mn, VX(xo, 1, 5, 3));
    for (const [mn, xo, uim] of V2) check(mn, VX(xo, 1, uim ? 5 : 0, 3));
    for (const [mn, xo] of VMEM) check(mn, X31(xo, 1, 2, 3));
    check('mfvscr', mfvscr(1)); check('mtvscr', mtvscr(3));
    for (const [mn, sub] of VXS) check(mn, VX(1538, 1, sub, 3));
    for (const [mn, xo] of VPOP) check(mn, VX(xo, 1, 0, 3));
    for (const row of VGPR) check(row[0], vgpr(row, 4, 24, 3));
    expect([...seen].sort()).toEqual(Object.keys(VMX_GENS).sort());
  });

  for (const mode of MODES) {
    it(`random VMX blocks (${tag(mode)})`, () => {
      const ends: Record<string, number> = {};
      for (let n = 0; n < 250; n++) {
        const words = Array.from({ length: 3 + below(14) }, () => pick(GENS)());
        words.push(Bk(-4 * words.length));
        const s: Setup = { words, regs: vrs(), gprs: { ...GPRS }, fpscr: 0, fe: false, data: data(), vscr: vscr() };
        const budget = words.length * (1 + below(4)) + below(words.length); // the budget ends anywhere
        const { outcome } = compare(mode, s, budget);
        const kind = outcome.split(' ').slice(0, 2).join(' ');
        ends[kind] = (ends[kind] ?? 0) + 1;
      }
      expect(ends.limit).toBeGreaterThan(30);
      expect(Object.keys(ends).some((k) => k.startsWith('fault 11'))).toBe(true);
    });
  }

  // Ordinary operands (floats in 2^-20..2^20 in VRs 0-3, which only the FP rows write; the
  // integer rows and the loads on VRs 4-7): every row inline, with no handler call.
  for (const mode of [MODES[0], MODES[2]]) {
    it(`ordinary operands run with no handler call (${tag(mode)})`, () => {
      const fp = new Set(['vaddfp', 'vsubfp', 'vmaxfp', 'vminfp', 'vmaddfp', 'vnmsubfp', 'vcmpeqfp', 'vcmpgefp', 'vcmpgtfp', 'vcmpbfp']);
      const f = (): number => below(4), n = (): number => 4 + below(4);
      const words: number[] = [];
      // (vsubfp of a register from itself would leave a zero, whose vrefp is the handler's)
      const other = (a: number): number => (a + 1 + below(3)) % 4;
      for (const [mn, xo] of V3) {
        const a = f();
        words.push(fp.has(mn) ? VX(xo, f(), a, mn === 'vsubfp' ? other(a) : f()) : VX(xo, n(), n(), n()));
      }
      for (const [mn, xo] of VCMP) words.push(fp.has(mn) ? VC(xo, n(), f(), f(), 1) : VC(xo, n(), n(), n(), 1));
      for (const [mn, xo] of V4) words.push(fp.has(mn) ? VA(xo, f(), f(), f(), f()) : VA(xo, n(), n(), n(), xo === 44 ? below(16) : n()));
      for (const [, xo] of VSPLAT) words.push(VX(xo, n(), below(32), n()));
      // the one-operand FP rows, into VRs 4-7 (vcf*: from them too; vrsqrtefp: negative lanes are the handler's)
      for (const [mn, xo, uim] of V2) if (mn !== 'vrsqrtefp') words.push(VX(xo, n(), uim ? below(32) : 0, mn.startsWith('vcf') ? n() : f()));
      for (const [, xo] of VMEM) words.push(X31(xo, n(), 20, 24));
      words.push(mfvscr(n()), mtvscr(n()));
      for (const [, sub] of VXS) words.push(VX(1538, n(), sub, n()));
      for (const [, xo] of VPOP) words.push(VX(xo, n(), 0, n()));
      for (const row of VGPR) words.push(vgpr(row, 8 + below(3), 24, n()));
      words.push(Bk(-4 * words.length));
      const regs = new Uint32Array(64 * 4);
      for (let r = 32; r < 40; r++) {
        for (let k = 0; k < 4; k++) { F32[0] = (below(2) ? -1 : 1) * (1 + rnd() / 2 ** 32) * 2 ** (below(40) - 20); regs[CpuState.vsrWordIndex(r, k)] = W32[0]; }
      }
      const s: Setup = { words, regs, gprs: { ...GPRS }, fpscr: 0, fe: false, data: new Uint8Array(DATA_LEN), vscr: 0x10000 };
      const { outcome, calls } = compare(mode, s, 3 * words.length);
      expect([outcome, calls]).toEqual(['limit', 0]);
    });
  }

  // The conversions' saturation edges, one value in every lane and one instruction per run, so
  // that VSCR[SAT] (sticky) shows each one's: 2^31 saturates vctsxs, 2^31 - 128 does not, -2^31
  // does not, the next single below it does; 2^32 saturates vctuxs, 2^32 - 256 does not, -1 does,
  // -0.5 and -0 do not (nor does 2^32 - 256 vctsxs); a NaN gives 0 without SAT.
  it('vctsxs/vctuxs at their saturation edges set VSCR[SAT] as the handler', () => {
    const edges = [0x4f000000, 0x4effffff, 0xcf000000, 0xcf000001, 0x4f800000, 0x4f7fffff, 0xbf800000, 0xbf000000, 0x80000000, 0x7fc00000];
    const sats: number[] = [];
    for (const w of edges) {
      for (const xo of [970, 906]) {
        const regs = new Uint32Array(64 * 4);
        for (let k = 0; k < 4; k++) regs[CpuState.vsrWordIndex(33, k)] = w;
        const words = [VX(xo, 2, 0, 1), Bk(-4)];
        const s: Setup = { words, regs, gprs: GPRS, fpscr: 0, fe: false, data: new Uint8Array(DATA_LEN), vscr: 0 };
        const { calls } = compare(MODES[0], s, 2);
        expect(calls).toBe(0);
        const m = machine(MODES[0], 'wasm', s);
        sats.push(run(m, 2).vscr & 1);
      }
    }
    // [signed, unsigned] per edge
    expect(sats).toEqual([1, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0]);
  });

  // The doubleword packs and the saturating sums at their bounds: doublewords just inside and
  // just outside the unsigned and signed word ranges (each pack on every pair of them, one
  // instruction a run, so that SAT shows each one's), against the interpreter.
  it('the doubleword packs and saturating sums at the word bounds, as the handler (SAT included)', () => {
    const dws: [number, number][] = [
      [0, 0xffffffff], [1, 0], [0, 0x7fffffff], [0, 0x80000000], [0xffffffff, 0x80000000], [0xffffffff, 0x7fffffff],
      [0xffffffff, 0xffffffff], [0x80000000, 0], [0x7fffffff, 0xffffffff], [0, 1],
    ];
    const rows = [1102, 1230, 1358, 1486, 1672, 1928, 1544, 1800, 1608]; // vpkud{um,us}, vpksd{us,ss}, vsum2sws, vsumsws, vsum4{ub,sb,sh}s
    let sat = 0, n = 0;
    for (const [ah, al] of dws) {
      for (const [bh, bl] of dws) {
        for (const xo of rows) {
          const regs = new Uint32Array(64 * 4);
          for (const [r, h, l] of [[33, ah, al], [34, bh, bl]] as const) {
            for (const d of [0, 1]) { regs[CpuState.vsrWordIndex(r, 2 * d)] = h; regs[CpuState.vsrWordIndex(r, 2 * d + 1)] = l; }
          }
          const s: Setup = { words: [VX(xo, 3, 1, 2), Bk(-4)], regs, gprs: GPRS, fpscr: 0, fe: false, data: new Uint8Array(DATA_LEN), vscr: 0 };
          expect(compare(MODES[0], s, 2).calls).toBe(0);
          sat += run(machine(MODES[0], 'interp', s), 2).vscr & 1;
          n++;
        }
      }
    }
    expect(sat).toBeGreaterThan(n / 4); // (the bounds are crossed often)
    expect(sat).toBeLessThan(n);
  });

  // Short factors (13 significant bits, near 1; their products exact in 26 bits, a quarter of
  // them single-precision ties) and addends that are zero (exact ties) or far below the product
  // (the double sum rounds back to the tie: inexact). Both machines must agree; both the inline path and the handler run.
  it('vmaddfp/vnmsubfp on operands that make ties (random)', () => {
    let calls = 0, insns = 0;
    for (const mode of MODES) {
      const regs = new Uint32Array(64 * 4);
      for (let r = 32; r < 64; r++) {
        for (let k = 0; k < 4; k++) {
          // factors (VRs 0-15) near 1; addends (VRs 16-31) a quarter zero, the rest 2^-80 .. 2^-28
          F32[0] = r >= 48 && below(4) === 0 ? 0 : (below(2) ? -1 : 1) * (4096 + below(4096)) * 2 ** (r < 48 ? below(8) - 16 : below(52) - 92);
          regs[CpuState.vsrWordIndex(r, k)] = W32[0];
        }
      }
      const words: number[] = [];
      for (let k = 0; k < 32; k++) words.push(VA(pick([46, 47]), 24 + below(8), below(16), 16 + below(16), below(16)));
      words.push(Bk(-4 * words.length));
      const s: Setup = { words, regs, gprs: GPRS, fpscr: 0, fe: false, data: new Uint8Array(DATA_LEN), vscr: below(2) ? 0x10000 : 0 };
      calls += compare(mode, s, words.length).calls;
      insns += words.length - 1;
    }
    // (over the four runs: some inexact ties, most lanes inline)
    expect(calls).toBeGreaterThan(0);
    expect(calls).toBeLessThan(insns / 2);
  });

  // (1 + 2^-12)^2 + 2^-60 = 1 + 2^-11 + 2^-24 + 2^-60: the nearest double is the single-precision
  // tie 1 + 2^-11 + 2^-24, which would round to even (1 + 2^-11); the exact value is above the
  // tie, so the ISA's one rounding gives 1 + 2^-11 + 2^-23: the handler. An exact tie,
  // (1 + 2^-23) * 1.5 + 0 = 1.5 + 2^-23 + 2^-24, runs inline (ties to even: 1.5 + 2^-22), and
  // so does a sum that is no tie.
  it('vmaddfp rounds once: an inexact double tie takes the handler, the rest runs inline', () => {
    const regs = new Uint32Array(64 * 4);
    for (let k = 0; k < 4; k++) {
      regs[CpuState.vsrWordIndex(33, k)] = 0x3f800800; // v1: 1 + 2^-12
      regs[CpuState.vsrWordIndex(35, k)] = k & 1 ? 0xa1800000 : 0x21800000; // v3: +-2^-60
      regs[CpuState.vsrWordIndex(36, k)] = 0x3f800000; // v4: 1
      regs[CpuState.vsrWordIndex(40, k)] = 0x3f800001; // v8: 1 + 2^-23
      regs[CpuState.vsrWordIndex(41, k)] = 0x3fc00000; // v9: 1.5 (v10: 0)
      regs[CpuState.vsrWordIndex(44, k)] = 0x34000000; // v12: 2^-23
    }
    // vmaddfp v5 = v1*v1 + v3 (inexact ties: the handler); v6 = v1*v4 + v4 (2 + 2^-12); v7 = v8*v9 + v10 (exact ties);
    // vnmsubfp v11 = -(v8*v9 - v12) = -(1.5 + 2^-24), an exact tie: -1.5
    const words = [VA(46, 5, 1, 3, 1), VA(46, 6, 1, 4, 4), VA(46, 7, 8, 10, 9), VA(47, 11, 8, 12, 9), Bk(-16)];
    const s: Setup = { words, regs, gprs: GPRS, fpscr: 0, fe: false, data: new Uint8Array(DATA_LEN), vscr: 0x10000 };
    const { calls } = compare(MODES[0], s, 2 * words.length);
    expect(calls).toBe(2); // the first vmaddfp, once per pass
    const m = machine(MODES[0], 'wasm', s);
    run(m, words.length);
    const W = m.st.vsrU32;
    expect([0, 1, 2, 3].map((k) => W[CpuState.vsrWordIndex(37, k)])).toEqual([0x3f801001, 0x3f801000, 0x3f801001, 0x3f801000]);
    expect(W[CpuState.vsrWordIndex(38, 0)]).toBe(0x40000400); // 2 + 2^-12
    expect([0, 1, 2, 3].map((k) => W[CpuState.vsrWordIndex(39, k)])).toEqual(Array(4).fill(0x3fc00002));
    expect([0, 1, 2, 3].map((k) => W[CpuState.vsrWordIndex(43, k)])).toEqual(Array(4).fill(0xbfc00000));
  });
});
