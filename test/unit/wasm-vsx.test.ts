// The wasm tier's VSX rows (src/cpu/wasm/emitvsx.ts) against the interpreter: random blocks of
// quadword loads and stores in every element order (inline, across a page too; a fault), permutes, logicals, the single<->double conversions and vector FP (double lanes in
// every rounding mode, single lanes in lazy mode, bail-outs for the rest), mixed with scalar FP
// on the same registers (FPR i is doubleword 0 of VSR i, which a region keeps in a local), and
// FPSCR instructions, loop on two machines from the same state: one compiling every block to a
// wasm region at its first run (PPCEMU_TIER=wasm), one interpreting. Registers, pc, icount,
// memory and the fault must match. wasmStats.calls counts the handler calls regions made: vector
// arithmetic on ordinary operands must run with none where the emitters claim it inline.
import { describe, expect, it } from 'vitest';
import { DecodeTable } from '../../src/cpu/decode.js';
import { ALL_ROWS } from '../../src/cpu/isa/index.js';
import { PAGE_SIZE } from '../../src/cpu/memory.js';
import { CpuState } from '../../src/cpu/state.js';
import { randomSource } from './random.js';
import { CODE, compare, DATA, DATA_LEN, ENABLES_BUT_XE, machine, type Mode, MODES, run, type Setup, tag, XE, XX_FX } from './wasm-harness.js';
import { wasmFma } from '../../src/cpu/wasm/emit.js';



const rnd = randomSource(0x75c0de);
const below = (n: number): number => rnd() % n;
const pick = <T>(xs: readonly T[]): T => xs[below(xs.length)];

// ---- encoders (Power ISA: XX1, XX2, XX3, DQ forms; T, A, B are VSR numbers 0..63) -------------
const XX3 = (xo: number, t: number, a: number, b: number): number =>
  ((60 << 26) | ((t & 31) << 21) | ((a & 31) << 16) | ((b & 31) << 11) | (xo << 3) | ((a >> 5) << 2) | ((b >> 5) << 1) | (t >> 5)) >>> 0;
const XX2 = (xo: number, t: number, b: number, uim = 0): number =>
  ((60 << 26) | ((t & 31) << 21) | (uim << 16) | ((b & 31) << 11) | (xo << 2) | ((b >> 5) << 1) | (t >> 5)) >>> 0;
const XX1 = (xo: number, t: number, ra: number, rb: number): number =>
  ((31 << 26) | ((t & 31) << 21) | (ra << 16) | (rb << 11) | (xo << 1) | (t >> 5)) >>> 0;
const DQ = (store: boolean, t: number, ra: number, dq: number): number =>
  ((61 << 26) | ((t & 31) << 21) | (ra << 16) | (dq & 0xfff0) | ((t >> 5) << 3) | (store ? 5 : 1)) >>> 0;
/** xxsel (XX4: XC in bits 21:25, its high bit in bit 28). */
const XX4 = (t: number, a: number, b: number, c: number): number =>
  ((60 << 26) | ((t & 31) << 21) | ((a & 31) << 16) | ((b & 31) << 11) | ((c & 31) << 6) | (3 << 4) | ((c >> 5) << 3) | ((a >> 5) << 2) | ((b >> 5) << 1) | (t >> 5)) >>> 0;
/** xxpermdi (sub 10) / xxsldwi (sub 2): DM or SHW in bits 22:23. */
const XX3P = (sub: number, t: number, a: number, b: number, k: number): number =>
  (XX3(0, t, a, b) | (k << 8) | (sub << 3)) >>> 0;
const A63 = (xo: number, t: number, a: number, b: number, c = 0): number => ((63 << 26) | (t << 21) | (a << 16) | (b << 11) | (c << 6) | (xo << 1)) >>> 0;
const D = (op: number, t: number, a: number, d: number): number => ((op << 26) | (t << 21) | (a << 16) | (d & 0xffff)) >>> 0;
const Bk = (off: number): number => ((18 << 26) | (off & 0x03fffffc)) >>> 0;
const mtfsfi = (rn: number): number => ((63 << 26) | (7 << 23) | (rn << 12) | (134 << 1)) >>> 0;
const mffs = (t: number): number => ((63 << 26) | (t << 21) | (583 << 1)) >>> 0;

/** Vector arithmetic (XX3; XX2 with a negative xo: the square roots): [mnemonic, xo]. */
const VARITH: [string, number][] = [
  ['xvadddp', 96], ['xvsubdp', 104], ['xvmuldp', 112], ['xvaddsp', 64], ['xvsubsp', 72], ['xvmulsp', 80],
  ['xvdivdp', 120], ['xvdivsp', 88], ['xvsqrtdp', -203], ['xvsqrtsp', -139],
  ...(['madd', 'msub', 'nmadd', 'nmsub'] as const).flatMap((n, k): [string, number][] => {
    const xo = [97, 113, 225, 241][k];
    return [[`xv${n}adp`, xo], [`xv${n}mdp`, xo + 8], [`xv${n}asp`, xo - 32], [`xv${n}msp`, xo - 24]];
  }),
];
/** VSX scalar arithmetic (XX3; XX2 with a negative xo: sqrt, xsrsp): [mnemonic, xo]. */
const XSARITH: [string, number][] = [
  ['xsadddp', 32], ['xssubdp', 40], ['xsmuldp', 48], ['xsdivdp', 56], ['xsaddsp', 0], ['xssubsp', 8], ['xsmulsp', 16], ['xsdivsp', 24],
  ['xsmaddadp', 33], ['xsmaddmdp', 41], ['xsmsubadp', 49], ['xsmsubmdp', 57], ['xsnmaddadp', 161], ['xsnmaddmdp', 169],
  ['xsnmsubadp', 177], ['xsnmsubmdp', 185], ['xsmaddasp', 1], ['xsmaddmsp', 9], ['xsmsubasp', 17], ['xsmsubmsp', 25],
  ['xsnmaddasp', 129], ['xsnmaddmsp', 137], ['xsnmsubasp', 145], ['xsnmsubmsp', 153],
  ['xssqrtdp', -75], ['xssqrtsp', -11], ['xsrsp', -281],
];
const xs = (xo: number, t: number, a: number, b: number): number => (xo < 0 ? XX2(-xo, t, b) : XX3(xo, t, a, b));
/** lxsd / stxsd (DS form: VR t, i.e. VSR 32 + t). */
const DSX = (store: boolean, t: number, ra: number, ds: number): number => (((store ? 61 : 57) << 26) | (t << 21) | (ra << 16) | (ds & 0xfffc) | 2) >>> 0;
/**
 * VSX scalar moves, compares and accesses: [mnemonic, word maker]. GPR sources r23/r24 (small
 * values) or r20 (DATA); GPR results in r28.
 */
const XSMISC: [string, () => number][] = [
  ['xsabsdp', () => XX2(345, v(), v())], ['xsnabsdp', () => XX2(361, v(), v())], ['xsnegdp', () => XX2(377, v(), v())],
  ['xscpsgndp', () => XX3(176, v(), v(), v())], ['xsmaxcdp', () => XX3(128, v(), v(), v())], ['xsmincdp', () => XX3(136, v(), v(), v())],
  ['xscmpudp', () => XX3(35, below(8) << 2, v(), v())], ['xscmpodp', () => XX3(43, below(8) << 2, v(), v())],
  ['mtvsrd', () => XX1(179, v(), pick([20, 23, 24]), 0)], ['mtvsrwz', () => XX1(243, v(), pick([20, 23, 24]), 0)],
  ['mtvsrwa', () => XX1(211, v(), pick([20, 23, 24]), 0)], ['mfvsrd', () => XX1(51, v(), 28, 0)], ['mfvsrwz', () => XX1(115, v(), 28, 0)],
  ['lxsd', () => DSX(false, below(8), 20, 8 * below(64))], ['stxsd', () => DSX(true, below(8), 20, 8 * below(64))],
  ['lxsdx', () => XX1(588, v(), 20, 23)], ['stxsdx', () => XX1(716, v(), 20, 23)],
  ['lxsibzx', () => XX1(781, v(), 20, pick([23, 24]))], ['lxsihzx', () => XX1(813, v(), 20, 24)],
  ['lxsiwzx', () => XX1(12, v(), 20, 24)], ['lxsiwax', () => XX1(76, v(), 20, 24)],
  ['mtvsrdd', () => XX1(435, v(), pick([0, 20, 23, 24]), pick([20, 23, 24]))],
];
/** The lanes' sign operations (XX2 abs, nabs, neg of XB; XX3 cpsgn) and xxsel (XC: c): [mnemonic, word maker]. */
const VSIGN: [string, (t: number, a: number, b: number, c: number) => number][] = [
  ...([['dp', 473, 489, 505, 240], ['sp', 409, 425, 441, 208]] as const).flatMap(([p, abs, nabs, neg, cpsgn]): [string, (t: number, a: number, b: number) => number][] => [
    [`xvabs${p}`, (t, _a, b) => XX2(abs, t, b)], [`xvnabs${p}`, (t, _a, b) => XX2(nabs, t, b)],
    [`xvneg${p}`, (t, _a, b) => XX2(neg, t, b)], [`xvcpsgn${p}`, (t, a, b) => XX3(cpsgn, t, a, b)],
  ]),
  ['xxsel', XX4],
];
/** Vector compares (XX3; xo + 128: the record form, CR6) and max/min: [mnemonic, xo]. */
const VCMP: [string, number][] = [
  ...([['eqdp', 99], ['gtdp', 107], ['gedp', 115], ['eqsp', 67], ['gtsp', 75], ['gesp', 83]] as const)
    .flatMap(([r, xo]): [string, number][] => [[`xvcmp${r}`, xo], [`xvcmp${r}`, xo + 128]]),
  ['xvmaxdp', 224], ['xvmindp', 232], ['xvmaxsp', 192], ['xvminsp', 200],
];
/** Merges, splat immediate, conversions (exact, or the handler): [mnemonic, word maker (t, a, b)]. */
const XXSPLTIB = (t: number, imm: number): number => ((60 << 26) | ((t & 31) << 21) | ((imm & 0xff) << 11) | (360 << 1) | (t >> 5)) >>> 0;
const VPERMCV: [string, (t: number, a: number, b: number) => number][] = [
  ['xxmrghw', (t, a, b) => XX3(18, t, a, b)], ['xxmrglw', (t, a, b) => XX3(50, t, a, b)], ['xxspltib', (t, a, b) => XXSPLTIB(t, 37 * a + b)],
  ['xvcvspdp', (t, _a, b) => XX2(457, t, b)], ['xvcvdpsp', (t, _a, b) => XX2(393, t, b)],
  ['xxperm', (t, a, b) => XX3(26, t, a, b)], ['xxpermr', (t, a, b) => XX3(58, t, a, b)], ['xvcvsxwdp', (t, _a, b) => XX2(248, t, b)], ['xvcvuxwdp', (t, _a, b) => XX2(232, t, b)],
  ['xvcvsxddp', (t, _a, b) => XX2(504, t, b)], ['xvcvuxddp', (t, _a, b) => XX2(488, t, b)],
];
const VLOGIC: [string, number][] = [
  ['xxland', 130], ['xxlandc', 138], ['xxlor', 146], ['xxlxor', 154], ['xxlnor', 162], ['xxlorc', 170], ['xxlnand', 178], ['xxleqv', 186],
];
/** XX1 memory rows: [mnemonic, xo, store]. */
const VMEM: [string, number, boolean][] = [
  ['lxvx', 268, false], ['stxvx', 396, true], ['lxvd2x', 844, false], ['stxvd2x', 972, true],
  ['lxvw4x', 780, false], ['stxvw4x', 908, true], ['lxvdsx', 332, false],
];
/** lxvb16x/stxvb16x (big-endian byte order in both modes): in the page-crossing test. */
const VMEM_B16: [string, number, boolean][] = [['lxvb16x', 876, false], ['stxvb16x', 1004, true]];

/**
 * GPRs: r0 not zero (an RA field of 0 must read 0, not r0), r20 DATA, r21 unmapped, r23 a
 * 16-byte multiple, r24 an odd offset, r25 8 bytes before the end of DATA's first page (a
 * quadword there straddles two pages).
 */
const GPRS: Record<number, number> = { 0: 0x5a5a5a5a, 20: DATA, 21: DATA + 0x100000, 23: 0x40, 24: 0x1c, 25: DATA + PAGE_SIZE - 8 };

/** Operand and target VSRs: the FPR half (0..7) and the VR half (32..39). */
const v = (): number => (below(2) ? below(8) : 32 + below(8));
const slot = (): number => 16 * below(64);

const GENS: (() => number)[] = [
  ...VARITH.map(([, xo]) => () => xs(xo, v(), v(), v())),
  ...VARITH.map(([, xo]) => () => xs(xo, v(), v(), v())),
  ...VLOGIC.map(([, xo]) => () => XX3(xo, v(), v(), v())),
  () => pick(VSIGN)[1](v(), v(), v(), v()),
  () => XX3(pick(VCMP)[1], v(), v(), v()), () => XX3(pick(VCMP)[1], v(), v(), v()),
  () => pick(VPERMCV)[1](v(), v(), v()),
  ...XSARITH.map(([, xo]) => () => xs(xo, v(), v(), v())),
  ...XSMISC.map(([, w]) => w), ...XSMISC.map(([, w]) => w),
  () => XX3P(10, v(), v(), v(), below(4)), // xxpermdi
  () => XX3P(2, v(), v(), v(), below(4)), // xxsldwi
  () => XX2(164, v(), v(), below(4)), // xxspltw
  () => XX2(329, v(), v()), () => XX2(267, v(), v()), () => XX2(331, v(), v()), // xscvspdp xscvdpspn xscvspdpn
  ...VMEM.map(([, xo]) => () => XX1(xo, v(), 20, 23)),
  ...VMEM.map(([, xo]) => () => XX1(xo, v(), 23, 20)),
  () => DQ(false, v(), 20, slot()), () => DQ(true, v(), 20, slot()), // lxv stxv
  () => XX1(pick(VMEM)[1], v(), 24, 20), // unaligned (inside a page)
  () => XX1(pick(VMEM)[1], v(), 0, 25), // straddling a page: assembled in SCR_QW
  () => (below(2) === 0 ? XX1(pick(VMEM)[1], v(), 0, 21) : DQ(below(2) === 0, v(), 20, slot())), // unmapped: faults, sometimes
  // scalar FP on the same registers: FPR i is doubleword 0 of VSR i
  () => A63(21, below(8), below(8), below(8)), () => A63(25, below(8), below(8), 0, below(8)), // fadd fmul
  () => ((63 << 26) | (below(8) << 21) | (below(8) << 11) | (72 << 1)) >>> 0, // fmr
  () => D(50, below(8), 20, 8 * below(64)), () => D(54, below(8), 20, 8 * below(64)), // lfd stfd
  () => D(14, 23, 23, 16 * below(3)), // addi r23 (moves the indexed accesses)
  () => mffs(below(8)),
  () => mtfsfi(below(4)),
  () => ((63 << 26) | (28 << 21) | ((below(3) === 0 ? 38 : 70) << 1)) >>> 0, // mtfsb1 / mtfsb0 XE
];

// ---- operands --------------------------------------------------------------------------------
const F64 = new Float64Array(1), U32 = new Uint32Array(F64.buffer);
const F32 = new Float32Array(1), W32 = new Uint32Array(F32.buffer);
const sign = (): number => (below(2) ? -1 : 1);
const normal = (lo: number, hi: number): number =>
  sign() * (1 + (rnd() * 4294967296 + (rnd() >>> 11)) / 2 ** 53) * 2 ** (lo + below(hi - lo));

/** A double lane: mostly ordinary, the rest at the edges the fast paths check. */
function dval(): number {
  switch (below(16)) {
    case 0: return pick([0, -0, Infinity, -Infinity, NaN]);
    case 1: U32[1] = 0x7ff00000; U32[0] = 0x1234; return F64[0]; // SNaN
    case 2: return sign() * pick([1e-310, 2.2250738585072014e-308, 2 ** -960, 2 ** 995, 1.7976931348623157e308, 2 ** -1000]);
    case 3: return sign() * pick([1, 2 ** -53, 1 + 2 ** -52, 3, 1.5]);
    case 4: return Math.fround(normal(-20, 20)); // exactly a binary32 value (xscvdpspn inline)
    default: return normal(-30, 30);
  }
}

/** A single lane's bits: mostly ordinary, the rest at binary32's edges. */
function sbits(): number {
  switch (below(16)) {
    case 0: return pick([0, 0x80000000, 0x7f800000, 0xff800000, 0x7fc00000, 0x7f800001]); // zeros, infinities, QNaN, SNaN
    case 1: return pick([0x00000001, 0x007fffff, 0x00800000, 0x80800000, 0x7f7fffff, 0xff7fffff, 0x7f000000]); // subnormal, MIN_S, MAX_S
    case 2: return pick([0x3f800000, 0x33800000, 0x3f800001, 0xbf800001]); // 1, 2^-24, 1 + ulp
    default: F32[0] = normal(-20, 20); return W32[0];
  }
}

/** VSRs 0..63: each either two double lanes or four single lanes. */
function vsrs(): Uint32Array {
  const w = new Uint32Array(64 * 4);
  const st = new Float64Array(w.buffer);
  for (let r = 0; r < 64; r++) {
    if (below(2)) { st[2 * r] = dval(); st[2 * r + 1] = dval(); } else for (let k = 0; k < 4; k++) w[CpuState.vsrWordIndex(r, k)] = sbits();
  }
  return w;
}

function dataFor(): Uint8Array {
  const d = new Uint8Array(DATA_LEN), dv = new DataView(d.buffer);
  for (let k = 0; k < DATA_LEN; k += 8) {
    if (below(2)) dv.setFloat64(k, dval(), below(2) === 0);
    else { dv.setUint32(k, sbits()); dv.setUint32(k + 4, sbits()); }
  }
  return d;
}

/**
 * The edge sweeps: each case [xo, a, b] runs with the FPSCR set anew (mtfsf from FPR 30, which
 * gets `fpscr`), XT (VSR 40) first a copy of a third edge pair (the multiply-adds' addend),
 * then XX3 xo on VSRs 1 + a and 33 + b; its result (stxvx) and the FPSCR after it (mffs, stfd)
 * are stored, 16 cases per block, and both machines must agree. mtfsf and mffs are handler calls,
 * the bail-outs too: a fifth of the forms at least must run inline.
 */
function sweep(mode: Mode, regs: Uint32Array, cases: [number, number, number][], n: number, fpscr: number): void {
  const mtfsf30 = ((63 << 26) | (0xff << 17) | (30 << 11) | (711 << 1)) >>> 0;
  new Float64Array(regs.buffer)[2 * 30] = new Float64Array(new Uint32Array([fpscr, 0]).buffer)[0];
  let calls = 0;
  for (let k0 = 0; k0 < cases.length; k0 += 16) {
    const words: number[] = [];
    cases.slice(k0, k0 + 16).forEach(([xo, a, b], j) => {
      words.push(mtfsf30, XX3(146, 40, 33 + ((a + b) % n), 33 + ((a + b) % n)), xs(xo, 40, 1 + a, 33 + b));
      words.push(D(14, 23, 0, 32 * j), XX1(396, 40, 20, 23), mffs(31), D(54, 31, 20, 32 * j + 16));
    });
    words.push(Bk(-4 * words.length));
    const s: Setup = { words, regs, gprs: GPRS, fpscr, fe: false, data: new Uint8Array(DATA_LEN) };
    calls += compare(mode, s, words.length).calls;
  }
  expect(calls, `fpscr ${fpscr.toString(16)}`).toBeLessThan(2.8 * cases.length);
}

describe('wasm tier: VSX matches the interpreter', () => {
  it('the test encoders name the rows meant', () => {
    const t = new DecodeTable(ALL_ROWS);
    const name = (w: number): string | undefined => t.lookup(w)?.mnem;
    for (const [mn, xo] of VARITH) expect(name(xs(xo, 33, 2, 40))).toBe(mn);
    for (const [mn, xo] of VLOGIC) expect(name(XX3(xo, 1, 34, 5))).toBe(mn);
    for (const [mn, w] of VSIGN) expect(name(w(33, 2, 40, 36))).toBe(mn);
    for (const [mn, xo] of VCMP) expect(name(XX3(xo, 33, 2, 40))).toBe(mn);
    for (const [mn, w] of VPERMCV) expect(name(w(33, 2, 40))).toBe(mn);
    for (const [mn, xo] of XSARITH) expect(name(xs(xo, 33, 2, 40))).toBe(mn);
    for (const [mn, w] of XSMISC) expect(name(w())).toBe(mn);
    for (const [mn, xo] of VMEM) expect(name(XX1(xo, 35, 3, 4))).toBe(mn);
    for (const [mn, xo] of VMEM_B16) expect(name(XX1(xo, 35, 3, 4))).toBe(mn);
    expect(name(XX1(269, 35, 3, 4))).toBe('lxvl');
    expect([name(XX3P(10, 1, 2, 3, 1)), name(XX3P(2, 1, 2, 3, 3)), name(XX2(164, 1, 40, 2))]).toEqual(['xxpermdi', 'xxsldwi', 'xxspltw']);
    expect([name(XX2(329, 1, 2)), name(XX2(267, 1, 2)), name(XX2(331, 1, 2))]).toEqual(['xscvspdp', 'xscvdpspn', 'xscvspdpn']);
    expect([name(DQ(false, 40, 3, 32)), name(DQ(true, 40, 3, 32))]).toEqual(['lxv', 'stxv']);
  });

  // lxvl: RB's top byte is the length (set with li, rldicr 56): every length from 0 to 17 and
  // 255, at an aligned address and an odd one (inline), 8 bytes before DATA's first page ends
  // (the 16 bytes cross into the next page: the handler) and in unmapped memory (the handler:
  // a fault, unless the length is 0); with RA = 0 (address 0) for length 0.
  it('lxvl: every length, in both byte orders, as the handler', () => {
    const rldicr56 = (r: number): number => ((30 << 26) | (r << 21) | (r << 16) | (24 << 11) | (14 << 5) | (1 << 2) | (1 << 1)) >>> 0;
    const lxvl = (t: number, a: number, b: number): number => XX1(269, t, a, b);
    const t = new DecodeTable(ALL_ROWS);
    expect([t.lookup(rldicr56(28))?.mnem, t.lookup(lxvl(33, 20, 28))?.mnem]).toEqual(['rldicr', 'lxvl']);
    let inline = 0;
    for (const mode of MODES) {
      for (const len of [...Array.from({ length: 18 }, (_, k) => k), 255]) {
        for (const base of [23, 24, 25, 21]) {
          // r26 = the address (r20 + the offset in r23 or r24; r25 and r21 as they are)
          const addr = base >= 25 || base === 21 ? D(14, 26, base, 0) : ((31 << 26) | (26 << 21) | (20 << 16) | (base << 11) | (266 << 1)) >>> 0;
          const words = [D(14, 28, 0, len), rldicr56(28), addr, lxvl(v(), 26, 28), ...(len === 0 ? [lxvl(v(), 0, 28)] : [])];
          const s: Setup = { words: [...words, Bk(-4 * words.length)], regs: vsrs(), gprs: GPRS, fpscr: 0, fe: false, data: dataFor() };
          const { outcome, calls } = compare(mode, s, words.length + 1);
          expect(outcome.startsWith('fault'), `${tag(mode)} len ${len} base r${base}`).toBe(base === 21 && len > 0);
          // (the RA = 0 one, address 0, is the handler's: unmapped; nothing read)
          if (base === 23 || base === 24) { expect(calls).toBe(len === 0 ? 1 : 0); inline++; } else expect(calls).toBeGreaterThan(0);
        }
      }
    }
    expect(inline).toBe(4 * 19 * 2);
  });

  // (1 + 2^-12)^2 + 2^-60 = 1 + 2^-11 + 2^-24 + 2^-60: the nearest double is the binary32 tie
  // 1 + 2^-11 + 2^-24, which rounds to even (1 + 2^-11); the exact sum is above the tie, so the
  // ISA's single rounding gives 1 + 2^-11 + 2^-23. Only the kernel's round-to-odd step gets it.
  it('single multiply-adds round once (a double-rounding case), inline', () => {
    const mode = MODES[0];
    const regs = new Uint32Array(64 * 4);
    for (let k = 0; k < 4; k++) {
      regs[CpuState.vsrWordIndex(1, k)] = 0x3f800800; // 1 + 2^-12
      regs[CpuState.vsrWordIndex(3, k)] = k & 1 ? 0xa1800000 : 0x21800000; // +-2^-60
    }
    // xxlor 40,3,3; xvmaddasp 40,1,1 (XT = XA*XB + XT); xvmaddmsp 41,1,3 after xxlor 41,1,1 (XT = XA*XT + XB)
    const body = [XX3(146, 40, 3, 3), XX3(65, 40, 1, 1), XX3(146, 41, 1, 1), XX3(73, 41, 1, 3)];
    const words = [...body, Bk(-4 * body.length)];
    const s: Setup = { words, regs, gprs: GPRS, fpscr: XX_FX, fe: false, data: new Uint8Array(DATA_LEN) };
    const { calls } = compare(mode, s, 2 * words.length);
    expect(calls).toBe(0);
    const m = machine(mode, 'wasm', s);
    run(m, words.length);
    const W = m.st.vsrU32, up = 0x3f801001, even = 0x3f801000; // 1 + 2^-11 + 2^-23, 1 + 2^-11
    for (const r of [40, 41]) expect([0, 1, 2, 3].map((k) => W[CpuState.vsrWordIndex(r, k)])).toEqual([up, even, up, even]);
  });

  // (1 + 2^-30)^2 - 1 = 2^-29 + 2^-60 exactly, a double: one rounding keeps 2^-60, a multiply
  // then an add loses it (2^-29). Lazy mode takes the host's fused multiply-add where it has one
  // (wasmFma), the kernel otherwise: both inline, both the ISA's value.
  it('double multiply-adds round once (lazy mode: fused or the kernel), inline', () => {
    const mode = MODES[0];
    const regs = new Uint32Array(64 * 4), st = new Float64Array(regs.buffer);
    for (let k = 0; k < 2; k++) { st[2 * 1 + k] = 1 + 2 ** -30; st[2 * 3 + k] = k ? 1 : -1; }
    // xxlor 40,3,3; xvmaddadp 40,1,1 (XT = XA*XB + XT); xxlor 41,1,1; xvmaddmdp 41,1,3 (XT = XA*XT + XB)
    const body = [XX3(146, 40, 3, 3), XX3(97, 40, 1, 1), XX3(146, 41, 1, 1), XX3(105, 41, 1, 3)];
    const words = [...body, Bk(-4 * body.length)];
    const s: Setup = { words, regs, gprs: GPRS, fpscr: XX_FX, fe: false, data: new Uint8Array(DATA_LEN) };
    const on = wasmFma.on;
    try {
      for (const fused of [on, false]) {
        wasmFma.on = fused;
        const { calls } = compare(mode, s, 2 * words.length);
        expect(calls).toBe(0);
        const m = machine(mode, 'wasm', s);
        run(m, words.length);
        const F = new Float64Array(m.st.vsrU32.buffer, m.st.vsrU32.byteOffset);
        // (doubleword order in the buffer: host doubles, doubleword 0 first)
        for (const r of [40, 41]) expect([F[2 * r], F[2 * r + 1]]).toEqual([2 ** -29 + 2 ** -60, 2 + 2 ** -29 + 2 ** -60]);
      }
    } finally { wasmFma.on = on; }
  });

  // Every double arithmetic form on lanes at the edges the fast paths check (ties, the normal and
  // safe ranges' edges, overflow, tiny products and sums), each result and the FPSCR after it
  // stored (stxvx, mffs, stfd) with the FPSCR set anew before it (mtfsf from f30): a wrong
  // status bit of any one instruction shows in memory. Lazy mode, round-to-nearest with XX
  // clear, and a directed mode.
  const EDGES = [
    1, -1, 1 + 2 ** -52, -(1 + 2 ** -51), 2 ** -53, 3 * 2 ** -53, 0.1, -1 / 3, 1.7976931348623157e308, -3 * 2 ** 970,
    2 ** 1023, 2 ** -1022, -1.5 * 2 ** -1022, 2 ** -960 * (1 + 2 ** -52), -(2 ** -961), 2 ** 995, 2 ** 500, 2 ** -500, -(2 ** -40), 1e-310,
  ];
  // (the arithmetic is the same in every mode: one mode here, the random blocks cover the rest)
  for (const mode of [MODES[0]]) {
    it(`edge lanes, every double form, the FPSCR after each (${tag(mode)})`, () => {
      const n = EDGES.length, dp = VARITH.filter(([mn]) => mn.endsWith('dp'));
      const regs = new Uint32Array(64 * 4), st = new Float64Array(regs.buffer);
      // VSRs 1..20 and 33..52: lanes (EDGES[r], EDGES[r + 7]); FPR 30: the FPSCR to start from
      for (let r = 0; r < n; r++) for (const v of [1 + r, 33 + r]) { st[2 * v] = EDGES[r]; st[2 * v + 1] = EDGES[(r + 7) % n]; }
      const cases: [number, number, number][] = [];
      for (let a = 0; a < n; a++) for (let b = 0; b < n; b += 2) for (const [, xo] of dp) cases.push([xo, a, b]);
      for (const fpscr of [XX_FX, 0, 1]) sweep(mode, regs, cases, n, fpscr);
      // lazy mode's multiply-adds without the host's fused multiply-add (the kernel)
      const on = wasmFma.on;
      try { wasmFma.on = false; sweep(mode, regs, cases, n, XX_FX); } finally { wasmFma.on = on; }
    });
  }

  /** binary32 edges: ties at binary32 precision, the normal range's edges, overflow, subnormals. */
  const SP_EDGES = [1, -1, 1 + 2 ** -23, 1 + 2 ** -22, 2 ** -24, -3 * 2 ** -25, 1.1754943508222875e-38, -1.5 * 2 ** -126,
    3.4028234663852886e38, 2 ** 100, -(2 ** 64), 2 ** -100, -(2 ** -64), Math.fround(1 / 3), 1e-40, Math.fround(0.1)];
  for (const mode of [MODES[0]]) {
    it(`edge lanes, every single form, the FPSCR after each (${tag(mode)})`, () => {
      const n = SP_EDGES.length, sp = VARITH.filter(([mn]) => mn.endsWith('sp'));
      const regs = new Uint32Array(64 * 4), f32 = new Float32Array(1), w32 = new Uint32Array(f32.buffer);
      for (let r = 0; r < n; r++) {
        for (const v of [1 + r, 33 + r]) for (let k = 0; k < 4; k++) { f32[0] = SP_EDGES[(r + 5 * k) % n]; regs[CpuState.vsrWordIndex(v, k)] = w32[0]; }
      }
      const cases: [number, number, number][] = [];
      for (let a = 0; a < n; a++) for (let b = a & 1; b < n; b += 2) for (const [, xo] of sp) cases.push([xo, a, b]);
      // lazy mode, round-to-nearest with XX clear, the three directed modes
      for (const fpscr of [XX_FX, 0, 1, 2, 3]) sweep(mode, regs, cases, n, fpscr);
    });
  }

  // A quadword store into the region's own code (the handler: code pages are never in the write
  // table) ends the region after it, through the shared exit: r4, written by the previous pass
  // and not among what the store's bail-out spills, must reach the buffer too.
  for (const mode of [MODES[0], MODES[2]]) {
    it(`a quadword store into the running code (${tag(mode)})`, () => {
      const addi = (t: number) => D(14, t, t, 1);
      // the store rewrites the next block (the rest of its own would run as decoded, without isync)
      const words = [addi(4), XX1(396, 40, 0, 26), addi(4), Bk(4), addi(5), addi(5), addi(5), addi(5), Bk(-32)];
      const regs = new Uint32Array(64 * 4);
      for (let k = 0; k < 4; k++) regs[CpuState.vsrWordIndex(40, k)] = addi(3); // four identical words: any element order
      const s: Setup = { words, regs, gprs: { ...GPRS, 26: CODE + 16 }, fpscr: 0, fe: false, data: new Uint8Array(DATA_LEN) };
      const ref = machine(mode, 'interp', s);
      const want = run(ref, 5 * words.length);
      expect([want.gl[3], want.gl[4], want.gl[5]]).toEqual([20, 10, 0]); // the stored code ran, never the old
      compare(mode, s, 5 * words.length);
    });
  }

  // The integer conversions at their exactness limits (+-(2^53 - 1) inline, +-2^53 and beyond the
  // handler, which rounds), unsigned and signed, and the word forms' extremes; merges and splats.
  for (const mode of [MODES[0], MODES[2]]) {
    it(`integer to double conversions at 2^53, merges and splats (${tag(mode)})`, () => {
      const regs = new Uint32Array(64 * 4);
      const dws: bigint[] = [(1n << 53n) - 1n, 1n << 53n, -((1n << 53n) - 1n), -(1n << 53n), -1n, (1n << 63n), 0n, 12345n, (1n << 64n) - 1n, (1n << 53n) + 1n];
      const set = (r: number, d: number, v: bigint): void => {
        const u = BigInt.asUintN(64, v);
        regs[CpuState.vsrWordIndex(r, 2 * d)] = Number(u >> 32n); regs[CpuState.vsrWordIndex(r, 2 * d + 1)] = Number(u & 0xffffffffn);
      };
      dws.forEach((v, k) => { set(1 + (k >> 1), k & 1, v); set(33 + (k >> 1), k & 1, v); });
      const body: number[] = [];
      for (let r = 0; r < 5; r++) {
        for (const xo of [504, 488, 248, 232]) body.push(XX2(xo, 40 + (body.length % 20), r & 1 ? 1 + r : 33 + r));
      }
      body.push(XX3(18, 10, 1, 34), XX3(50, 42, 35, 2), XXSPLTIB(11, 0xa5), XXSPLTIB(43, 0), XX2(457, 12, 3), XX2(457, 44, 36));
      const words = [...body, Bk(-4 * body.length)];
      const s: Setup = { words, regs, gprs: GPRS, fpscr: 0, fe: false, data: new Uint8Array(DATA_LEN) };
      const { calls } = compare(mode, s, 2 * words.length);
      // a doubleword conversion with a lane of magnitude 2^53 or more takes the handler: signed,
      // the pairs holding 2^53, -2^53, 2^63 (negative) and 2^53 + 1; unsigned, those holding 2^53,
      // a negative, or 2^64 - 1; and xvcvspdp of VSR 3, whose word 0 (of -1) is a NaN: 4 + 4 + 1
      // per pass, two passes
      expect(calls).toBe(18);
    });
  }

  // xvcvdpsp: ordinary doubles in round-to-nearest (lazy mode and XX clear) run inline, with no
  // handler call; the edges (2^-126 and just below it, FLT_MAX and beyond, binary32 ties, zeros,
  // an infinity, a NaN) in every rounding mode match the handler (the directed modes are its).
  for (const mode of [MODES[0], MODES[2]]) {
    it(`xvcvdpsp: ordinary lanes inline, edges as the handler (${tag(mode)})`, () => {
      const regs = new Float64Array(2 * 64);
      for (let r = 1; r < 8; r++) for (const v of [r, 32 + r]) { regs[2 * v] = normal(-20, 20); regs[2 * v + 1] = normal(-20, 20); }
      const body = [1, 2, 3, 4, 5, 6, 7].flatMap((r) => [XX2(393, 8 + r, 32 + r), XX2(393, 40 + r, r)]);
      const words = [...body, Bk(-4 * body.length)];
      for (const fpscr of [XX_FX, 0]) {
        const s: Setup = { words, regs, gprs: GPRS, fpscr, fe: false, data: new Uint8Array(DATA_LEN) };
        expect(compare(mode, s, 2 * words.length).calls).toBe(0);
      }
      const edges = [2 ** -126, -(2 ** -126) * (1 - 2 ** -53), 2 ** -127, 3.4028234663852886e38, 3.4028235677973366e38, -3.402823669209385e38,
        1 + 2 ** -24, 1 + 3 * 2 ** -24, -(1 + 2 ** -24 + 2 ** -50), 0, -0, Infinity, NaN, 1e300];
      const er = new Float64Array(2 * 64);
      edges.forEach((v, k) => { er[2 * (1 + (k >> 1)) + (k & 1)] = v; });
      const ebody = [1, 2, 3, 4, 5, 6, 7].map((r) => XX2(393, 40 + r, r));
      const ewords = [...ebody, Bk(-4 * ebody.length)];
      for (const fpscr of [XX_FX, 0, 1, 2, 3]) {
        compare(mode, { words: ewords, regs: er, gprs: GPRS, fpscr, fe: false, data: new Uint8Array(DATA_LEN) }, ewords.length);
      }
    });
  }

  // xxperm/xxpermr on VSRs whose doubleword 0 a region holds in an FPR local: written by scalar
  // FP just before (read through the local), and writing one that scalar FP then reads.
  for (const mode of [MODES[0], MODES[2]]) {
    it(`xxperm/xxpermr and the FPR locals (${tag(mode)})`, () => {
      const regs = new Float64Array(2 * 64);
      for (let r = 0; r < 64; r++) { regs[2 * r] = normal(-8, 8); regs[2 * r + 1] = normal(-8, 8); }
      const w = new Uint32Array(regs.buffer);
      for (let k = 0; k < 4; k++) w[CpuState.vsrWordIndex(34, k)] = 0x00071a13 + 0x05030201 * k; // selectors
      // fadd f1,f2,f3; xxperm 40,1,34 (XA = VSR 1); fadd f2,f1,f3; xxpermr 5,33,34 (XT = VSR 5); fadd f6,f5,f3; stxvx 40; stxvx 5
      const body = [A63(21, 1, 2, 3), XX3(26, 40, 1, 34), A63(21, 2, 1, 3), XX3(58, 5, 33, 34), A63(21, 6, 5, 3),
        XX1(396, 40, 20, 23), D(14, 23, 23, 16), XX1(396, 5, 20, 23)];
      const words = [...body, Bk(-4 * body.length)];
      const s: Setup = { words, regs, gprs: GPRS, fpscr: XX_FX, fe: false, data: new Uint8Array(DATA_LEN) };
      expect(compare(mode, s, 3 * words.length).calls).toBe(0);
    });
  }

  // The sign-extending move and the C-type max/min where their choices show: negative low
  // words (r26, r27: high words set), and +0/-0, equal and NaN pairs (the NaNs: the handler).
  for (const mode of MODES) {
    it(`mtvsrwa/mtvsrwz on negative words, xsmaxcdp/xsmincdp on zeros and ties (${tag(mode)})`, () => {
      const regs = new Float64Array(2 * 64);
      const vals = [0, -0, 1.5, 1.5, -2, NaN, -0, 0];
      vals.forEach((d, k) => { regs[2 * (1 + k)] = d; regs[2 * (33 + k)] = d; regs[2 * (1 + k) + 1] = 7; });
      const words: number[] = [];
      // results in VSRs 10..25 (max) and 40..55 (min), the moves' in 26..29, 56..59 and 9
      for (let a = 0; a < vals.length; a++) for (const [k, b] of [a ^ 1, a].entries()) {
        words.push(XX3(128, 10 + 2 * a + k, 1 + a, 33 + b), XX3(136, 40 + 2 * a + k, 33 + a, 1 + b));
      }
      for (const r of [26, 27]) words.push(XX1(211, r, r, 0), XX1(243, 30 + r, r, 0), XX1(211, 9, r, 0), XX1(243, 2 + r, r, 0));
      words.push(Bk(-4 * words.length));
      const gprs = { ...GPRS, 26: 0x80000001, 27: 0xfffffffe };
      const s: Setup = { words, regs, gprs, fpscr: 0, fe: false, data: new Uint8Array(DATA_LEN) };
      compare(mode, s, 2 * words.length);
    });
  }

  // Every quadword access (and lxvdsx) at each of the 15 offsets that cross from DATA's first
  // page into its second (r26 = the page's end - k), each load followed by a store of what it
  // read 64 bytes on, each store followed by a load of what it wrote: inline, no handler call;
  // and across DATA's last page into unmapped memory, or a store into a read-only page: the
  // fault, through the handler, with nothing written.
  for (const mode of MODES) {
    it(`quadwords across a page boundary (${tag(mode)})`, () => {
      const rows: ((t: number, store: boolean) => number)[] = [
        ...[[268, 396], [844, 972], [780, 908], VMEM_B16.map(([, xo]) => xo)].map(([l, st]) => (t: number, store: boolean) => XX1(store ? st : l, t, 0, 26)),
        (t, store) => DQ(store, t, 26, 0),
      ];
      const words: number[] = [];
      for (let k = 1; k <= 15; k++) {
        words.push(D(14, 26, 25, 8 - k), D(14, 27, 26, 64)); // r26 = page end - k, r27 = r26 + 64
        for (const row of rows) {
          const t = v();
          words.push(row(t, false), XX1(396, t, 0, 27)); // load across, store it elsewhere (stxvx)
          words.push(row(t, true), XX1(268, (t + 1) & 63, 0, 26)); // store across, load it back (lxvx)
        }
        if (k < 8) words.push(XX1(332, v(), 0, 26)); // lxvdsx: 8 bytes, crossing when k < 8
      }
      words.push(Bk(-4 * words.length));
      const s: Setup = { words, regs: vsrs(), gprs: GPRS, fpscr: 0, fe: false, data: dataFor() };
      expect(compare(mode, s, 2 * words.length).calls).toBe(0);
      for (const row of [...rows, (t: number) => XX1(332, t, 0, 26)]) {
        for (const store of [false, true]) {
          const body = [D(14, 26, 25, 3 * PAGE_SIZE + 4), row(v(), store)]; // DATA's last page end - 4
          const f: Setup = { words: [...body, Bk(-8)], regs: vsrs(), gprs: GPRS, fpscr: 0, fe: false, data: dataFor() };
          expect(compare(mode, f, 6).outcome).toMatch(/^fault 11/);
        }
        // DATA's third page read-only: loads across into it run inline, stores fault
        const ro = [[DATA + 2 * PAGE_SIZE, PAGE_SIZE, 1]] as const;
        for (const store of row.length === 2 ? [false, true] : [false]) {
          const body = [D(14, 26, 25, PAGE_SIZE + 4), row(v(), store)]; // DATA's second page end - 4
          const f: Setup = { words: [...body, Bk(-8)], regs: vsrs(), gprs: GPRS, fpscr: 0, fe: false, data: dataFor(), prot: ro };
          const r = compare(mode, f, 6);
          if (store) expect(r.outcome).toMatch(/^fault 11/); else expect([r.outcome, r.calls]).toEqual(['limit', 0]);
        }
      }
    });
  }

  for (const mode of MODES) {
    it(`random VSX blocks (${tag(mode)})`, () => {
      const ends: Record<string, number> = {};
      for (let t = 0; t < 200; t++) {
        const words = Array.from({ length: 3 + below(14) }, () => pick(GENS)());
        words.push(Bk(-4 * words.length));
        // nearest or a directed mode; lazy mode (XX set, enables clear) half the time; XE or other enables sometimes
        const fpscr = ((below(2) ? 0 : below(4)) | (below(6) === 0 ? XE : 0) | (below(8) === 0 ? ENABLES_BUT_XE : 0) | (below(2) ? XX_FX : 0)) >>> 0;
        const s: Setup = { words, regs: vsrs(), gprs: { ...GPRS }, fpscr, fe: below(2) === 0, data: dataFor() };
        const n = words.length * (1 + below(4)) + below(words.length); // the budget ends anywhere
        const { outcome } = compare(mode, s, n);
        const kind = outcome.split(' ').slice(0, 2).join(' ');
        ends[kind] = (ends[kind] ?? 0) + 1;
      }
      expect(ends.limit).toBeGreaterThan(30);
      // every kind of ending: the budget, a segfault, an enabled FP exception
      expect(ends['fault 11/1']).toBeGreaterThan(1);
      expect(Object.keys(ends).some((k) => k.startsWith('fault 8/'))).toBe(true);
    });

    /** Ordinary operands: VSRs 1..7 and 33..39 never written, so each pass computes the same lanes. */
    const ordinary = (single: boolean): Uint32Array => {
      const w = new Uint32Array(64 * 4), st = new Float64Array(w.buffer);
      for (const r of [1, 2, 3, 4, 5, 6, 7, 33, 34, 35, 36, 37, 38, 39]) {
        if (single) for (let k = 0; k < 4; k++) { F32[0] = normal(-8, 8); w[CpuState.vsrWordIndex(r, k)] = W32[0]; }
        else { st[2 * r] = normal(-8, 8); st[2 * r + 1] = normal(-8, 8); }
      }
      return w;
    };
    /** Each arithmetic row once, targets 8..15 and 40..47 (the m-forms' XT is an operand: copied first). */
    // (the scalar forms, single ones too, take doubles: with the double lanes; the square roots,
    // whose operands may be negative, only in the random blocks)
    const rows = (sp: boolean): [string, number][] => sp ? VARITH.filter(([mn]) => mn.endsWith('sp') && !mn.startsWith('xvsqrt'))
      : [...VARITH.filter(([mn]) => mn.endsWith('dp') && !mn.startsWith('xvsqrt')), ...XSARITH.filter(([mn]) => !mn.startsWith('xssqrt'))];
    const arith = (sp: boolean): number[] => rows(sp).flatMap(([mn, xo], k) => {
      const t = k & 1 ? 8 + (k >> 1) : 40 + (k >> 1), a = k & 1 ? 1 + (k % 7) : 33 + (k % 7), b = k & 1 ? 33 + ((k + 3) % 7) : 1 + ((k + 3) % 7);
      const copy = XX3(146, t, 2 + (k % 5), 2 + (k % 5)); // xxlor t, src, src: a known XT operand
      return /^x[vs]n?m(add|sub)/.test(mn) ? [copy, xs(xo, t, a, b)] : [xs(xo, t, a, b)];
    });
    const mem = [XX1(268, 9, 20, 23), XX1(396, 41, 20, 23), DQ(false, 42, 20, 0x100), DQ(true, 10, 20, 0x200),
      XX1(844, 43, 20, 23), XX1(972, 43, 20, 23), XX1(780, 11, 20, 23), XX1(908, 11, 20, 23), XX1(332, 44, 20, 23),
      XX3P(10, 12, 1, 33, 2), XX3P(2, 45, 2, 34, 1), XX2(164, 13, 35, 3), XX3(26, 14, 3, 36), XX3(58, 46, 37, 4)];

    /** The XSMISC rows on ordinary operands (VSRs 1..7, 33..39), targets apart (16..23, 48..55). */
    const misc = [XX2(345, 16, 1), XX2(361, 48, 33), XX2(377, 17, 34), XX3(176, 49, 2, 35), XX3(128, 18, 3, 36), XX3(136, 50, 37, 4),
      XX3(35, 4 << 2, 5, 38), XX3(43, 6 << 2, 39, 6), XX1(179, 19, 24, 0), XX1(243, 51, 23, 0), XX1(211, 20, 24, 0),
      XX1(51, 7, 28, 0), XX1(115, 39, 28, 0), DSX(false, 21, 20, 0x300), DSX(true, 22, 20, 0x308), XX1(588, 21, 20, 23), XX1(716, 52, 20, 23),
      XX1(781, 23, 20, 23), XX1(813, 53, 20, 24), XX1(12, 8, 20, 24), XX1(76, 40, 20, 24), XX1(435, 54, 24, 23), XX1(435, 22, 0, 23),
      // the sign operations and xxsel, targets 24..28 and 56..60
      ...VSIGN.map(([, w], k) => w(k & 1 ? 24 + (k >> 1) : 56 + (k >> 1), 1 + (k % 7), 33 + ((k + 2) % 7), 2 + (k % 5)))];
    /** The compares and max/min of one lane width (a double's words may be NaNs as singles), targets 29..31 and 61..63. */
    const cmps = (sp: boolean): number[] => VCMP.filter(([mn]) => mn.endsWith(sp ? 'sp' : 'dp'))
      .map(([, xo], k) => XX3(xo, k & 1 ? 29 + (k % 3) : 61 + (k % 3), 1 + (k % 7), 33 + ((k + 3) % 7)));
    it(`ordinary operands run inline: no handler call (${tag(mode)})`, () => {
      for (const sp of [false, true]) {
        const body = [...arith(sp), ...mem, ...cmps(sp), ...(sp ? [] : misc)];
        const words = [...body, Bk(-4 * body.length)];
        // lazy mode, nearest with XX clear, every directed mode, enables other than XE set
        for (const fpscr of [XX_FX, 0, 1, 2, 3 | XX_FX, ENABLES_BUT_XE]) {
          const s: Setup = { words, regs: ordinary(sp), gprs: GPRS, fpscr, fe: true, data: dataFor() };
          const { outcome, calls } = compare(mode, s, 4 * words.length);
          expect(outcome).toBe('limit');
          expect(calls, `sp ${sp} fpscr ${fpscr.toString(16)}`).toBe(0);
        }
      }
    });

    it(`XE set sends vector arithmetic to the handlers (${tag(mode)})`, () => {
      const noCopies = (sp: boolean) => arith(sp).filter((w) => ((w >>> 3) & 0xff) !== 146);
      for (const sp of [false, true]) {
        const body = noCopies(sp), words = [...body, Bk(-4 * body.length)];
        const s: Setup = { words, regs: ordinary(sp), gprs: GPRS, fpscr: XE | XX_FX, fe: false, data: dataFor() };
        const { outcome, calls } = compare(mode, s, 3 * words.length);
        expect(outcome).toBe('limit');
        // (an exact result, x - x, raises nothing even with XE set: inline, no call)
        expect(calls).toBeLessThanOrEqual(3 * body.length);
        expect(calls).toBeGreaterThan(2.5 * body.length);
      }
    });
  }
});
