// Signal Processing Engine (e500): vector integer, embedded FP, loads/stores (opcode space spe).
// An SPE register is 64 bits: the upper word in m.st.speHi[r], the lower word is the 32-bit GPR
// m.gl[r]. Elements: "hi" = bits 0:31, "lo" = bits 32:63. Encodings: EVX form, opcode 4,
// xo in bits 21:31 (checked against GNU as -mspe). Operand kinds added for the disassembler:
// 'ev8(ra)', 'ev4(ra)', 'ev2(ra)' (UIMM in bits 16:20 scaled by 8/4/2, then (RA)), 'crfs'
// (evsel's CR field in bits 29:31).

import type { Feature } from '../../features/features.js';
import type { Insn } from '../insn.js';
import type { Machine } from '../machine.js';
import { Spr32 } from '../state.js';
import { eaRA0 } from './helpers.js';
import {
  ACC_HI, ACC_LO, arith, bitsD, bitsS, dHi, FINV, FOp, fpBegin, fpCommit, fpFlags, mulhs, mulhu,
  satOv, satS32, satU32, setOvf, toInt, unpackD, unpackS, wasUnordered,
} from './spehelpers.js';
import type { Handler, Row } from './table.js';

type W2 = (a: number, b: number) => number;
type W1 = (a: number) => number;

// ---- element-wise integer -----------------------------------------------------------------------
const ev2 = (f: W2): Handler => (m, i) => {
  const H = m.st.speHi, L = m.gl;
  const ah = H[i.ra], al = L[i.ra], bh = H[i.rb], bl = L[i.rb];
  H[i.rt] = f(ah, bh); L[i.rt] = f(al, bl);
};
const ev1 = (f: W1): Handler => (m, i) => {
  const H = m.st.speHi, L = m.gl;
  const ah = H[i.ra], al = L[i.ra];
  H[i.rt] = f(ah); L[i.rt] = f(al);
};
/** Immediate forms: f(element of RB or RA, UIMM). */
const evImm = (f: W2, src: 'ra' | 'rb', immField: 'ra' | 'rb'): Handler => (m, i) => {
  const H = m.st.speHi, L = m.gl, r = i[src], u = i[immField];
  const h = H[r], l = L[r];
  H[i.rt] = f(h, u); L[i.rt] = f(l, u);
};

const clz = Math.clz32;
const cntls = (a: number) => ((a | 0) < 0 ? clz(~a) : clz(a));
const rotl = (a: number, n: number) => { n &= 31; return n ? ((a << n) | (a >>> (32 - n))) >>> 0 : a >>> 0; };
const slw = (a: number, b: number) => ((b & 32) ? 0 : (a << (b & 31)) >>> 0);
const srwu = (a: number, b: number) => ((b & 32) ? 0 : a >>> (b & 31));
const srws = (a: number, b: number) => ((b & 32) ? ((a | 0) < 0 ? 0xffffffff : 0) : (a >> (b & 31)) >>> 0);

// ---- compares, select, splat, merges, brinc ------------------------------------------------------
const evcmp = (f: (a: number, b: number) => boolean): Handler => (m, i) => {
  const H = m.st.speHi, L = m.gl;
  const ch = f(H[i.ra], H[i.rb]) ? 1 : 0, cl = f(L[i.ra], L[i.rb]) ? 1 : 0;
  m.setCrField(i.rt >> 2, (ch << 3) | (cl << 2) | ((ch | cl) << 1) | (ch & cl));
};
const evsel: Handler = (m, i) => {
  const H = m.st.speHi, L = m.gl, cr = m.s32[Spr32.CR], bf = i.word & 7;
  const ch = (cr >>> (31 - 4 * bf)) & 1, cl = (cr >>> (30 - 4 * bf)) & 1;
  const h = ch ? H[i.ra] : H[i.rb], l = cl ? L[i.ra] : L[i.rb];
  H[i.rt] = h; L[i.rt] = l;
};
const splat = (frac: boolean): Handler => (m, i) => {
  const v = frac ? ((i.ra << 27) >>> 0) : (((i.ra << 27) >> 27) >>> 0);
  m.st.speHi[i.rt] = v; m.gl[i.rt] = v;
};
const merge = (hs: 'h' | 'l', ha: 'ra' | 'rb', ls: 'h' | 'l', la: 'ra' | 'rb'): Handler => (m, i) => {
  const H = m.st.speHi, L = m.gl;
  const h = hs === 'h' ? H[i[ha]] : L[i[ha]], l = ls === 'h' ? H[i[la]] : L[i[la]];
  H[i.rt] = h; L[i.rt] = l;
};
const rev32 = (x: number) => {
  x = ((x >>> 1) & 0x55555555) | ((x & 0x55555555) << 1);
  x = ((x >>> 2) & 0x33333333) | ((x & 0x33333333) << 2);
  x = ((x >>> 4) & 0x0f0f0f0f) | ((x & 0x0f0f0f0f) << 4);
  x = ((x >>> 8) & 0x00ff00ff) | ((x & 0x00ff00ff) << 8);
  return ((x >>> 16) | (x << 16)) >>> 0;
};
/** brinc: bit-reversed increment of the low n = 16 bits of RA under the mask RB (the e500's n). */
const brinc: Handler = (m, i) => {
  const a = m.gl[i.ra], mask = m.gl[i.rb] & 0xffff;
  const d = rev32((rev32((a | ~mask) >>> 0) + 1) >>> 0);
  m.st.speHi[i.rt] = m.st.speHi[i.ra];
  m.gl[i.rt] = ((a & 0xffff0000) | (d & mask)) >>> 0;
};

// ---- loads and stores ----------------------------------------------------------------------------
/** EA: (RA|0) + UIMM*scale (scale > 0) or (RA|0) + (RB) (scale 0). 32-bit. */
const ea = (m: Machine, i: Insn, scale: number) =>
  ((scale ? eaRA0(m, i.ra) + i.imm * scale : eaRA0(m, i.ra) + m.gl[i.rb]) >>> 0);

type LdKind = 'dd' | 'dw' | 'dh' | 'hhesplat' | 'hhousplat' | 'hhossplat' | 'whe' | 'whou' | 'whos' | 'wwsplat' | 'whsplat';
const load = (k: LdKind, scale: number): Handler => (m, i) => {
  const e = ea(m, i, scale), M = m.mem;
  let h: number, l: number;
  switch (k) {
    case 'dd': l = M.read64(e); h = M.hi; break;
    case 'dw': h = M.read32(e); l = M.read32(e + 4); break;
    case 'dh': {
      const h0 = M.read16(e), h1 = M.read16(e + 2), h2 = M.read16(e + 4), h3 = M.read16(e + 6);
      h = ((h0 << 16) | h1) >>> 0; l = ((h2 << 16) | h3) >>> 0; break;
    }
    case 'hhesplat': h = l = (M.read16(e) << 16) >>> 0; break;
    case 'hhousplat': h = l = M.read16(e); break;
    case 'hhossplat': h = l = ((M.read16(e) << 16) >> 16) >>> 0; break;
    case 'whe': h = (M.read16(e) << 16) >>> 0; l = (M.read16(e + 2) << 16) >>> 0; break;
    case 'whou': h = M.read16(e); l = M.read16(e + 2); break;
    case 'whos': h = ((M.read16(e) << 16) >> 16) >>> 0; l = ((M.read16(e + 2) << 16) >> 16) >>> 0; break;
    case 'wwsplat': h = l = M.read32(e); break;
    default: { const h0 = M.read16(e), h1 = M.read16(e + 2); h = ((h0 << 16) | h0) >>> 0; l = ((h1 << 16) | h1) >>> 0; }
  }
  m.st.speHi[i.rt] = h; m.gl[i.rt] = l;
};
type StKind = 'dd' | 'dw' | 'dh' | 'whe' | 'who' | 'wwe' | 'wwo';
const store = (k: StKind, scale: number): Handler => (m, i) => {
  const e = ea(m, i, scale), M = m.mem, h = m.st.speHi[i.rt], l = m.gl[i.rt];
  switch (k) {
    case 'dd': M.write64(e, h, l); break;
    case 'dw': M.write64(e, h, l); break;
    case 'dh': M.write64(e, h, l); break;
    case 'whe': M.write32(e, ((h & 0xffff0000) | (l >>> 16)) >>> 0); break;
    case 'who': M.write32(e, (((h & 0xffff) << 16) | (l & 0xffff)) >>> 0); break;
    case 'wwe': M.write32(e, h); break;
    default: M.write32(e, l); break;
  }
};

// ---- multiply family -----------------------------------------------------------------------------
// Halfword products: even = upper halfword of each word, odd = lower halfword.
// kind: 'umi' | 'smi' | 'smf' | 'ssf' | 'usi' | 'ssi'; acc: '' | 'a' | 'aaw' | 'anw'.
type HKind = 'umi' | 'smi' | 'smf' | 'ssf' | 'usi' | 'ssi';
let prodOv = 0;
function hprod(a: number, b: number, odd: boolean, k: HKind): number {
  const sgn = k[0] === 's';
  let x = odd ? a & 0xffff : a >>> 16, y = odd ? b & 0xffff : b >>> 16;
  if (sgn) { x = (x << 16) >> 16; y = (y << 16) >> 16; }
  prodOv = 0;
  const p = x * y;
  if (k === 'smf') return (p * 2) >>> 0;
  if (k === 'ssf') {
    if (x === -0x8000 && y === -0x8000) { prodOv = 1; return 0x7fffffff; }
    return (p * 2) >>> 0;
  }
  return p; // exact (|p| < 2^32); caller wraps
}
const evmh = (odd: boolean, k: HKind, acc: '' | 'a' | 'aaw' | 'anw'): Handler => (m, i) => {
  const H = m.st.speHi, L = m.gl, s64 = m.s64;
  let ph = hprod(H[i.ra], H[i.rb], odd, k); const ovh0 = prodOv;
  let pl = hprod(L[i.ra], L[i.rb], odd, k); const ovl0 = prodOv;
  let h: number, l: number, ovh = ovh0, ovl = ovl0;
  if (acc === '' || acc === 'a') { h = ph >>> 0; l = pl >>> 0; }
  else {
    const sat = k === 'ssf' || k === 'ssi' || k === 'usi';
    if (k === 'ssf' || k === 'smf') { ph = ph | 0; pl = pl | 0; }
    const ah = s64[ACC_HI], al = s64[ACC_LO];
    const sg = acc === 'aaw' ? 1 : -1;
    if (!sat) { h = (ah + sg * ph) >>> 0; l = (al + sg * pl) >>> 0; }
    else if (k === 'usi') {
      h = satU32(ah + sg * ph); ovh = satOv; l = satU32(al + sg * pl); ovl = satOv;
    } else {
      h = satS32((ah | 0) + sg * ph); ovh = satOv | ovh0; l = satS32((al | 0) + sg * pl); ovl = satOv | ovl0;
    }
  }
  if (k === 'ssf' || k === 'ssi' || k === 'usi') setOvf(m, ovh, ovl);
  H[i.rt] = h; L[i.rt] = l;
  if (acc !== '') { s64[ACC_HI] = h; s64[ACC_LO] = l; }
};
/** Guarded halfword forms (evmheg/evmhog): 64-bit ACC +/- the product of the low element. */
const evmhg = (odd: boolean, k: HKind, sub: boolean): Handler => (m, i) => {
  const p = hprod(m.gl[i.ra], m.gl[i.rb], odd, k);
  const t = k === 'umi' ? BigInt(p >>> 0) : BigInt(p | 0);
  let a = (BigInt(m.s64[ACC_HI]) << 32n) | BigInt(m.s64[ACC_LO]);
  a = BigInt.asUintN(64, sub ? a - t : a + t);
  const h = Number(a >> 32n), l = Number(a & 0xffffffffn);
  m.st.speHi[i.rt] = h; m.gl[i.rt] = l; m.s64[ACC_HI] = h; m.s64[ACC_LO] = l;
};

/** Word high / low products per element. */
type WKind = 'hu' | 'hs' | 'hsf' | 'hssf' | 'lu';
let wOv = 0;
function wprod(a: number, b: number, k: WKind): number {
  wOv = 0;
  switch (k) {
    case 'hu': return mulhu(a, b);
    case 'hs': return mulhs(a, b);
    case 'lu': return Math.imul(a, b) >>> 0;
    default: {
      if (k === 'hssf' && a === 0x80000000 && b === 0x80000000) { wOv = 1; return 0x7fffffff; }
      // high word of (a*b) << 1
      return ((mulhs(a, b) << 1) | (Math.imul(a, b) >>> 31)) >>> 0;
    }
  }
}
const evmw = (k: WKind, acc: boolean): Handler => (m, i) => {
  const H = m.st.speHi, L = m.gl;
  const h = wprod(H[i.ra], H[i.rb], k), ovh = wOv;
  const l = wprod(L[i.ra], L[i.rb], k), ovl = wOv;
  if (k === 'hssf') setOvf(m, ovh, ovl);
  H[i.rt] = h; L[i.rt] = l;
  if (acc) { m.s64[ACC_HI] = h; m.s64[ACC_LO] = l; }
};
/** evmwl{u,s}{s,m}iaaw / ...ianw: each word: ACC word +/- low word of the product. */
const evmwlacc = (sgn: boolean, sat: boolean, sub: boolean): Handler => (m, i) => {
  const H = m.st.speHi, L = m.gl, s64 = m.s64;
  const one = (a: number, b: number, acc: number): number => {
    // the low word of the 64-bit product is added to (subtracted from) the ACC word
    const p = Math.imul(a, b);
    if (!sat) return (sub ? acc - p : acc + p) >>> 0;
    const t = sgn ? (acc | 0) + (sub ? -(p | 0) : p | 0) : acc + (sub ? -(p >>> 0) : p >>> 0);
    const r = sgn ? satS32(t) : satU32(t);
    wOv = satOv;
    return r;
  };
  wOv = 0;
  const h = one(H[i.ra], H[i.rb], s64[ACC_HI]), ovh = wOv;
  wOv = 0;
  const l = one(L[i.ra], L[i.rb], s64[ACC_LO]), ovl = wOv;
  if (sat) setOvf(m, ovh, ovl);
  H[i.rt] = h; L[i.rt] = l; s64[ACC_HI] = h; s64[ACC_LO] = l;
};
/** 64-bit products of the low words: evmw{u,s}mi, smf, ssf with '', 'a', 'aa', 'an'. */
type DKind = 'umi' | 'smi' | 'smf' | 'ssf';
const evmwd = (k: DKind, acc: '' | 'a' | 'aa' | 'an'): Handler => (m, i) => {
  const a = m.gl[i.ra], b = m.gl[i.rb];
  let p: bigint, ov = 0;
  if (k === 'umi') p = BigInt(a) * BigInt(b);
  else {
    p = BigInt(a | 0) * BigInt(b | 0);
    if (k !== 'smi') {
      if (k === 'ssf' && a === 0x80000000 && b === 0x80000000) { p = 0x7fffffffffffffffn; ov = 1; }
      else p <<= 1n;
    }
  }
  let r = BigInt.asUintN(64, p);
  if (acc === 'aa' || acc === 'an') {
    const c = (BigInt(m.s64[ACC_HI]) << 32n) | BigInt(m.s64[ACC_LO]);
    if (k === 'ssf') {
      const t = BigInt.asIntN(64, c) + (acc === 'aa' ? p : -p);
      r = BigInt.asUintN(64, t); // the ISA keeps the 64-bit modulo sum; OV reflects the product
    } else r = BigInt.asUintN(64, acc === 'aa' ? c + r : c - r);
  }
  if (k === 'ssf') setOvf(m, 0, ov);
  const h = Number(r >> 32n), l = Number(r & 0xffffffffn);
  m.st.speHi[i.rt] = h; m.gl[i.rt] = l;
  if (acc !== '') { m.s64[ACC_HI] = h; m.s64[ACC_LO] = l; }
};
/** evadd/evsubf {u,s}{s,m}iaaw: each word of ACC +/- RA word. */
const evaccw = (sgn: boolean, sat: boolean, sub: boolean): Handler => (m, i) => {
  const H = m.st.speHi, L = m.gl, s64 = m.s64;
  const one = (acc: number, a: number): number => {
    const t = sgn ? (acc | 0) + (sub ? -(a | 0) : (a | 0)) : acc + (sub ? -a : a);
    if (!sat) return t >>> 0;
    return sgn ? satS32(t) : satU32(t);
  };
  const h = one(s64[ACC_HI], H[i.ra]), ovh = sat ? satOv : 0;
  const l = one(s64[ACC_LO], L[i.ra]), ovl = sat ? satOv : 0;
  if (sat) setOvf(m, ovh, ovl);
  H[i.rt] = h; L[i.rt] = l; s64[ACC_HI] = h; s64[ACC_LO] = l;
};
const evmra: Handler = (m, i) => {
  const h = m.st.speHi[i.ra], l = m.gl[i.ra];
  m.s64[ACC_HI] = h; m.s64[ACC_LO] = l; m.st.speHi[i.rt] = h; m.gl[i.rt] = l;
};
const evdivw = (sgn: boolean): Handler => (m, i) => {
  const H = m.st.speHi, L = m.gl;
  let ov = 0;
  const one = (a: number, b: number): number => {
    ov = 0;
    if (sgn) {
      const x = a | 0, y = b | 0;
      if (y === 0) { ov = 1; return x < 0 ? 0x80000000 : 0x7fffffff; }
      if (x === -0x80000000 && y === -1) { ov = 1; return 0x7fffffff; }
      return Math.trunc(x / y) >>> 0;
    }
    if (b === 0) { ov = 1; return 0xffffffff; }
    return Math.floor(a / b) >>> 0;
  };
  const h = one(H[i.ra], H[i.rb]), ovh = ov;
  const l = one(L[i.ra], L[i.rb]), ovl = ov;
  setOvf(m, ovh, ovl);
  H[i.rt] = h; L[i.rt] = l;
};

// ---- embedded floating point ---------------------------------------------------------------------
const rmOf = (m: Machine) => m.s32[Spr32.SPEFSCR] & 3;
const fsArith = (op: FOp, vec: boolean): Handler => (m, i) => {
  const H = m.st.speHi, L = m.gl, rm = rmOf(m);
  let hf = 0, h = 0;
  if (vec) {
    fpBegin();
    h = bitsS(arith(op, unpackS(H[i.ra]), unpackS(H[i.rb]), rm, false));
    hf = fpFlags;
  }
  fpBegin();
  const l = bitsS(arith(op, unpackS(L[i.ra]), unpackS(L[i.rb]), rm, false));
  fpCommit(m, i, hf, fpFlags, vec);
  if (vec) H[i.rt] = h;
  L[i.rt] = l;
};
type SignOp = 'abs' | 'nabs' | 'neg';
const signOp = (x: number, k: SignOp) =>
  (k === 'abs' ? x & 0x7fffffff : k === 'nabs' ? x | 0x80000000 : x ^ 0x80000000) >>> 0;
/** efsabs/efsnabs/efsneg and the evfs forms: sign only (special inputs set FINV). */
const fsSign = (k: SignOp, vec: boolean): Handler => (m, i) => {
  const H = m.st.speHi, L = m.gl;
  let hf = 0;
  if (vec) { fpBegin(); unpackS(H[i.ra]); hf = fpFlags & FINV; }
  fpBegin(); unpackS(L[i.ra]);
  fpCommit(m, i, hf, fpFlags & FINV, vec);
  if (vec) H[i.rt] = signOp(H[i.ra], k);
  L[i.rt] = signOp(L[i.ra], k);
};
const fdSign = (k: SignOp): Handler => (m, i) => {
  fpBegin(); unpackD(m.st.speHi[i.ra], m.gl[i.ra]);
  fpCommit(m, i, 0, fpFlags & FINV, false);
  m.st.speHi[i.rt] = signOp(m.st.speHi[i.ra], k); m.gl[i.rt] = m.gl[i.ra];
};
type Cmp = 'gt' | 'lt' | 'eq';
const cmpv = (a: number, b: number, c: Cmp) => (c === 'gt' ? a > b : c === 'lt' ? a < b : a === b);
/** efscmp* (test = false, FINV on special inputs) and efstst* (no flags); CR field as evcmp. */
const fsCmp = (c: Cmp, vec: boolean, test: boolean): Handler => (m, i) => {
  const H = m.st.speHi, L = m.gl;
  let ch = 0, hf = 0;
  if (vec) {
    fpBegin();
    const a = unpackS(H[i.ra]), b = unpackS(H[i.rb]);
    ch = !wasUnordered() && cmpv(a, b, c) ? 1 : 0; hf = fpFlags & FINV;
  }
  fpBegin();
  const a = unpackS(L[i.ra]), b = unpackS(L[i.rb]);
  const cl = !wasUnordered() && cmpv(a, b, c) ? 1 : 0;
  if (!test) fpCommit(m, i, hf, fpFlags & FINV, vec);
  // Scalar: only the GT position is defined (the other bits are written as the element result).
  m.setCrField(i.rt >> 2, vec ? (ch << 3) | (cl << 2) | ((ch | cl) << 1) | (ch & cl) : cl << 2);
};
const fdCmp = (c: Cmp, test: boolean): Handler => (m, i) => {
  fpBegin();
  const a = unpackD(m.st.speHi[i.ra], m.gl[i.ra]), b = unpackD(m.st.speHi[i.rb], m.gl[i.rb]);
  const cl = !wasUnordered() && cmpv(a, b, c) ? 1 : 0;
  if (!test) fpCommit(m, i, 0, fpFlags & FINV, false);
  m.setCrField(i.rt >> 2, cl << 2);
};

/** Integer/fraction -> single or double: source word w (from RB). */
type CvtFrom = 'ui' | 'si' | 'uf' | 'sf';
const fromInt = (w: number, k: CvtFrom) =>
  k === 'ui' ? w >>> 0 : k === 'si' ? w | 0 : k === 'uf' ? (w >>> 0) / 4294967296 : (w | 0) / 2147483648;
const fsCfi = (k: CvtFrom, vec: boolean): Handler => (m, i) => {
  const H = m.st.speHi, L = m.gl, rm = rmOf(m);
  let h = 0, hf = 0;
  if (vec) { fpBegin(); h = bitsS(roundS(fromInt(H[i.rb], k), rm)); hf = fpFlags; }
  fpBegin();
  const l = bitsS(roundS(fromInt(L[i.rb], k), rm));
  fpCommit(m, i, hf, fpFlags, vec);
  if (vec) H[i.rt] = h;
  L[i.rt] = l;
};
function roundS(v: number, rm: number): number {
  // v is exact in a double (a 32-bit integer or fraction)
  return v === 0 ? 0 : arith(FOp.ADD, v, 0, rm, false);
}
/** single/double -> integer or fraction. */
type CvtTo = 'ui' | 'si' | 'uf' | 'sf' | 'uiz' | 'siz';
function toIntK(v: number, k: CvtTo, rm: number): number {
  if (wasUnordered()) return 0; // NaN input: FINV already set
  switch (k) {
    case 'ui': return toInt(v, rm, 0, 0xffffffff) >>> 0;
    case 'uiz': return toInt(v, 1, 0, 0xffffffff) >>> 0;
    case 'si': return toInt(v, rm, -0x80000000, 0x7fffffff) >>> 0;
    case 'siz': return toInt(v, 1, -0x80000000, 0x7fffffff) >>> 0;
    case 'uf': return toInt(v * 4294967296, rm, 0, 0xffffffff) >>> 0;
    default: return toInt(v * 2147483648, rm, -0x80000000, 0x7fffffff) >>> 0;
  }
}
const fsCti = (k: CvtTo, vec: boolean): Handler => (m, i) => {
  const H = m.st.speHi, L = m.gl, rm = rmOf(m);
  let h = 0, hf = 0;
  if (vec) { fpBegin(); h = toIntK(unpackS(H[i.rb]), k, rm); hf = fpFlags; }
  fpBegin();
  const l = toIntK(unpackS(L[i.rb]), k, rm);
  fpCommit(m, i, hf, fpFlags, vec);
  if (vec) H[i.rt] = h;
  L[i.rt] = l;
};
const fdArith = (op: FOp): Handler => (m, i) => {
  const H = m.st.speHi, L = m.gl;
  fpBegin();
  const r = arith(op, unpackD(H[i.ra], L[i.ra]), unpackD(H[i.rb], L[i.rb]), rmOf(m), true);
  fpCommit(m, i, 0, fpFlags, false);
  L[i.rt] = bitsD(r); H[i.rt] = dHi;
};
const fdCfi = (k: CvtFrom): Handler => (m, i) => {
  fpBegin();
  const v = fromInt(m.gl[i.rb], k); // exact in double
  fpCommit(m, i, 0, fpFlags, false);
  m.gl[i.rt] = bitsD(v === 0 ? 0 : v); m.st.speHi[i.rt] = dHi;
};
const fdCti = (k: CvtTo): Handler => (m, i) => {
  fpBegin();
  const r = toIntK(unpackD(m.st.speHi[i.rb], m.gl[i.rb]), k, rmOf(m));
  fpCommit(m, i, 0, fpFlags, false);
  m.gl[i.rt] = r;
};
const efscfd: Handler = (m, i) => {
  fpBegin();
  const v = unpackD(m.st.speHi[i.rb], m.gl[i.rb]);
  const r = v === 0 ? v : arith(FOp.ADD, v, 0, rmOf(m), false);
  fpCommit(m, i, 0, fpFlags, false);
  m.gl[i.rt] = bitsS(r);
};
const efdcfs: Handler = (m, i) => {
  fpBegin();
  const v = unpackS(m.gl[i.rb]);
  fpCommit(m, i, 0, fpFlags, false);
  m.gl[i.rt] = bitsD(v); m.st.speHi[i.rt] = dHi;
};

// ---- the rows --------------------------------------------------------------------------------------
const R = (mnem: string, xo: number, ops: string, h: Handler, feature: Feature = 'spe', fixed?: [number, number]): Row =>
  ({ mnem, form: 'EVX', opcd: 4, xo, ops, feature, h, space: 'spe', ...(fixed ? { fixed } : {}) });
const FS = 'spe_fs', FD = 'spe_fd';
// Rows whose RB (or RA) field is unused still decode with any value there (e500 ignores it).

export const rows: Row[] = [
  R('evaddw', 512, 'rt,ra,rb', ev2((a, b) => (a + b) >>> 0)),
  R('evaddiw', 514, 'rt,rb,uim', evImm((a, u) => (a + u) >>> 0, 'rb', 'ra')),
  R('evsubfw', 516, 'rt,ra,rb', ev2((a, b) => (b - a) >>> 0)),
  R('evsubifw', 518, 'rt,uim,rb', evImm((b, u) => (b - u) >>> 0, 'rb', 'ra')),
  R('evabs', 520, 'rt,ra', ev1((a) => Math.abs(a | 0) >>> 0)),
  R('evneg', 521, 'rt,ra', ev1((a) => (-(a | 0)) >>> 0)),
  R('evextsb', 522, 'rt,ra', ev1((a) => ((a << 24) >> 24) >>> 0)),
  R('evextsh', 523, 'rt,ra', ev1((a) => ((a << 16) >> 16) >>> 0)),
  R('evrndw', 524, 'rt,ra', ev1((a) => ((a + 0x8000) & 0xffff0000) >>> 0)),
  R('evcntlzw', 525, 'rt,ra', ev1((a) => clz(a))),
  R('evcntlsw', 526, 'rt,ra', ev1(cntls)),
  R('brinc', 527, 'rt,ra,rb', brinc),
  R('evand', 529, 'rt,ra,rb', ev2((a, b) => (a & b) >>> 0)),
  R('evandc', 530, 'rt,ra,rb', ev2((a, b) => (a & ~b) >>> 0)),
  R('evxor', 534, 'rt,ra,rb', ev2((a, b) => (a ^ b) >>> 0)),
  R('evor', 535, 'rt,ra,rb', ev2((a, b) => (a | b) >>> 0)),
  R('evnor', 536, 'rt,ra,rb', ev2((a, b) => ~(a | b) >>> 0)),
  R('eveqv', 537, 'rt,ra,rb', ev2((a, b) => ~(a ^ b) >>> 0)),
  R('evorc', 539, 'rt,ra,rb', ev2((a, b) => (a | ~b) >>> 0)),
  R('evnand', 542, 'rt,ra,rb', ev2((a, b) => ~(a & b) >>> 0)),
  R('evsrwu', 544, 'rt,ra,rb', ev2(srwu)),
  R('evsrws', 545, 'rt,ra,rb', ev2(srws)),
  R('evsrwiu', 546, 'rt,ra,sh', evImm(srwu, 'ra', 'rb')),
  R('evsrwis', 547, 'rt,ra,sh', evImm(srws, 'ra', 'rb')),
  R('evslw', 548, 'rt,ra,rb', ev2(slw)),
  R('evslwi', 550, 'rt,ra,sh', evImm(slw, 'ra', 'rb')),
  R('evrlw', 552, 'rt,ra,rb', ev2(rotl)),
  R('evsplati', 553, 'rt,sim', splat(false)),
  R('evrlwi', 554, 'rt,ra,sh', evImm(rotl, 'ra', 'rb')),
  R('evsplatfi', 555, 'rt,sim', splat(true)),
  R('evmergehi', 556, 'rt,ra,rb', merge('h', 'ra', 'h', 'rb')),
  R('evmergelo', 557, 'rt,ra,rb', merge('l', 'ra', 'l', 'rb')),
  R('evmergehilo', 558, 'rt,ra,rb', merge('h', 'ra', 'l', 'rb')),
  R('evmergelohi', 559, 'rt,ra,rb', merge('l', 'ra', 'h', 'rb')),
  R('evcmpgtu', 560, 'bf,ra,rb', evcmp((a, b) => a > b)),
  R('evcmpgts', 561, 'bf,ra,rb', evcmp((a, b) => (a | 0) > (b | 0))),
  R('evcmpltu', 562, 'bf,ra,rb', evcmp((a, b) => a < b)),
  R('evcmplts', 563, 'bf,ra,rb', evcmp((a, b) => (a | 0) < (b | 0))),
  R('evcmpeq', 564, 'bf,ra,rb', evcmp((a, b) => a === b)),
  // evsel: xo 632..639 (bits 29:31 are crfS): match bits 21:28 only.
  { mnem: 'evsel', form: 'EVX', opcd: 4, ops: 'rt,ra,rb,crfs', feature: 'spe', h: evsel, space: 'spe',
    fixed: [0x7f8, 632] },

  // ---- vector single FP
  R('evfsadd', 640, 'rt,ra,rb', fsArith(FOp.ADD, true), FS),
  R('evfssub', 641, 'rt,ra,rb', fsArith(FOp.SUB, true), FS),
  R('evfsabs', 644, 'rt,ra', fsSign('abs', true), FS),
  R('evfsnabs', 645, 'rt,ra', fsSign('nabs', true), FS),
  R('evfsneg', 646, 'rt,ra', fsSign('neg', true), FS),
  R('evfsmul', 648, 'rt,ra,rb', fsArith(FOp.MUL, true), FS),
  R('evfsdiv', 649, 'rt,ra,rb', fsArith(FOp.DIV, true), FS),
  R('evfscmpgt', 652, 'bf,ra,rb', fsCmp('gt', true, false), FS),
  R('evfscmplt', 653, 'bf,ra,rb', fsCmp('lt', true, false), FS),
  R('evfscmpeq', 654, 'bf,ra,rb', fsCmp('eq', true, false), FS),
  R('evfscfui', 656, 'rt,rb', fsCfi('ui', true), FS),
  R('evfscfsi', 657, 'rt,rb', fsCfi('si', true), FS),
  R('evfscfuf', 658, 'rt,rb', fsCfi('uf', true), FS),
  R('evfscfsf', 659, 'rt,rb', fsCfi('sf', true), FS),
  R('evfsctui', 660, 'rt,rb', fsCti('ui', true), FS),
  R('evfsctsi', 661, 'rt,rb', fsCti('si', true), FS),
  R('evfsctuf', 662, 'rt,rb', fsCti('uf', true), FS),
  R('evfsctsf', 663, 'rt,rb', fsCti('sf', true), FS),
  R('evfsctuiz', 664, 'rt,rb', fsCti('uiz', true), FS),
  R('evfsctsiz', 666, 'rt,rb', fsCti('siz', true), FS),
  R('evfststgt', 668, 'bf,ra,rb', fsCmp('gt', true, true), FS),
  R('evfststlt', 669, 'bf,ra,rb', fsCmp('lt', true, true), FS),
  R('evfststeq', 670, 'bf,ra,rb', fsCmp('eq', true, true), FS),
  // ---- scalar single FP
  R('efsadd', 704, 'rt,ra,rb', fsArith(FOp.ADD, false), FS),
  R('efssub', 705, 'rt,ra,rb', fsArith(FOp.SUB, false), FS),
  R('efsabs', 708, 'rt,ra', fsSign('abs', false), FS),
  R('efsnabs', 709, 'rt,ra', fsSign('nabs', false), FS),
  R('efsneg', 710, 'rt,ra', fsSign('neg', false), FS),
  R('efsmul', 712, 'rt,ra,rb', fsArith(FOp.MUL, false), FS),
  R('efsdiv', 713, 'rt,ra,rb', fsArith(FOp.DIV, false), FS),
  R('efscmpgt', 716, 'bf,ra,rb', fsCmp('gt', false, false), FS),
  R('efscmplt', 717, 'bf,ra,rb', fsCmp('lt', false, false), FS),
  R('efscmpeq', 718, 'bf,ra,rb', fsCmp('eq', false, false), FS),
  R('efscfd', 719, 'rt,rb', efscfd, FD),
  R('efscfui', 720, 'rt,rb', fsCfi('ui', false), FS),
  R('efscfsi', 721, 'rt,rb', fsCfi('si', false), FS),
  R('efscfuf', 722, 'rt,rb', fsCfi('uf', false), FS),
  R('efscfsf', 723, 'rt,rb', fsCfi('sf', false), FS),
  R('efsctui', 724, 'rt,rb', fsCti('ui', false), FS),
  R('efsctsi', 725, 'rt,rb', fsCti('si', false), FS),
  R('efsctuf', 726, 'rt,rb', fsCti('uf', false), FS),
  R('efsctsf', 727, 'rt,rb', fsCti('sf', false), FS),
  R('efsctuiz', 728, 'rt,rb', fsCti('uiz', false), FS),
  R('efsctsiz', 730, 'rt,rb', fsCti('siz', false), FS),
  R('efststgt', 732, 'bf,ra,rb', fsCmp('gt', false, true), FS),
  R('efststlt', 733, 'bf,ra,rb', fsCmp('lt', false, true), FS),
  R('efststeq', 734, 'bf,ra,rb', fsCmp('eq', false, true), FS),
  // ---- scalar double FP (e500v2)
  R('efdadd', 736, 'rt,ra,rb', fdArith(FOp.ADD), FD),
  R('efdsub', 737, 'rt,ra,rb', fdArith(FOp.SUB), FD),
  R('efdabs', 740, 'rt,ra', fdSign('abs'), FD),
  R('efdnabs', 741, 'rt,ra', fdSign('nabs'), FD),
  R('efdneg', 742, 'rt,ra', fdSign('neg'), FD),
  R('efdmul', 744, 'rt,ra,rb', fdArith(FOp.MUL), FD),
  R('efddiv', 745, 'rt,ra,rb', fdArith(FOp.DIV), FD),
  R('efdcmpgt', 748, 'bf,ra,rb', fdCmp('gt', false), FD),
  R('efdcmplt', 749, 'bf,ra,rb', fdCmp('lt', false), FD),
  R('efdcmpeq', 750, 'bf,ra,rb', fdCmp('eq', false), FD),
  R('efdcfs', 751, 'rt,rb', efdcfs, FD),
  R('efdcfui', 752, 'rt,rb', fdCfi('ui'), FD, [0x1f0000, 0]),
  R('efdcfsi', 753, 'rt,rb', fdCfi('si'), FD, [0x1f0000, 0]),
  R('efdcfuf', 754, 'rt,rb', fdCfi('uf'), FD),
  R('efdcfsf', 755, 'rt,rb', fdCfi('sf'), FD),
  R('efdctui', 756, 'rt,rb', fdCti('ui'), FD),
  R('efdctsi', 757, 'rt,rb', fdCti('si'), FD),
  R('efdctuf', 758, 'rt,rb', fdCti('uf'), FD),
  R('efdctsf', 759, 'rt,rb', fdCti('sf'), FD),
  R('efdctuiz', 760, 'rt,rb', fdCti('uiz'), FD, [0x1f0000, 0]),
  R('efdctsiz', 762, 'rt,rb', fdCti('siz'), FD, [0x1f0000, 0]),
  R('efdtstgt', 764, 'bf,ra,rb', fdCmp('gt', true), FD),
  R('efdtstlt', 765, 'bf,ra,rb', fdCmp('lt', true), FD),
  R('efdtsteq', 766, 'bf,ra,rb', fdCmp('eq', true), FD),

  // ---- loads and stores
  R('evlddx', 768, 'rt,ra0,rb', load('dd', 0)),
  R('evldd', 769, 'rt,ev8(ra)', load('dd', 8)),
  R('evldwx', 770, 'rt,ra0,rb', load('dw', 0)),
  R('evldw', 771, 'rt,ev8(ra)', load('dw', 8)),
  R('evldhx', 772, 'rt,ra0,rb', load('dh', 0)),
  R('evldh', 773, 'rt,ev8(ra)', load('dh', 8)),
  R('evlhhesplatx', 776, 'rt,ra0,rb', load('hhesplat', 0)),
  R('evlhhesplat', 777, 'rt,ev2(ra)', load('hhesplat', 2)),
  R('evlhhousplatx', 780, 'rt,ra0,rb', load('hhousplat', 0)),
  R('evlhhousplat', 781, 'rt,ev2(ra)', load('hhousplat', 2)),
  R('evlhhossplatx', 782, 'rt,ra0,rb', load('hhossplat', 0)),
  R('evlhhossplat', 783, 'rt,ev2(ra)', load('hhossplat', 2)),
  R('evlwhex', 784, 'rt,ra0,rb', load('whe', 0)),
  R('evlwhe', 785, 'rt,ev4(ra)', load('whe', 4)),
  R('evlwhoux', 788, 'rt,ra0,rb', load('whou', 0)),
  R('evlwhou', 789, 'rt,ev4(ra)', load('whou', 4)),
  R('evlwhosx', 790, 'rt,ra0,rb', load('whos', 0)),
  R('evlwhos', 791, 'rt,ev4(ra)', load('whos', 4)),
  R('evlwwsplatx', 792, 'rt,ra0,rb', load('wwsplat', 0)),
  R('evlwwsplat', 793, 'rt,ev4(ra)', load('wwsplat', 4)),
  R('evlwhsplatx', 796, 'rt,ra0,rb', load('whsplat', 0)),
  R('evlwhsplat', 797, 'rt,ev4(ra)', load('whsplat', 4)),
  R('evstddx', 800, 'rs,ra0,rb', store('dd', 0)),
  R('evstdd', 801, 'rs,ev8(ra)', store('dd', 8)),
  R('evstdwx', 802, 'rs,ra0,rb', store('dw', 0)),
  R('evstdw', 803, 'rs,ev8(ra)', store('dw', 8)),
  R('evstdhx', 804, 'rs,ra0,rb', store('dh', 0)),
  R('evstdh', 805, 'rs,ev8(ra)', store('dh', 8)),
  R('evstwhex', 816, 'rs,ra0,rb', store('whe', 0)),
  R('evstwhe', 817, 'rs,ev4(ra)', store('whe', 4)),
  R('evstwhox', 820, 'rs,ra0,rb', store('who', 0)),
  R('evstwho', 821, 'rs,ev4(ra)', store('who', 4)),
  R('evstwwex', 824, 'rs,ra0,rb', store('wwe', 0)),
  R('evstwwe', 825, 'rs,ev4(ra)', store('wwe', 4)),
  R('evstwwox', 828, 'rs,ra0,rb', store('wwo', 0)),
  R('evstwwo', 829, 'rs,ev4(ra)', store('wwo', 4)),

  // ---- multiply, accumulate, divide
  R('evmhessf', 1027, 'rt,ra,rb', evmh(false, 'ssf', '')),
  R('evmhossf', 1031, 'rt,ra,rb', evmh(true, 'ssf', '')),
  R('evmheumi', 1032, 'rt,ra,rb', evmh(false, 'umi', '')),
  R('evmhesmi', 1033, 'rt,ra,rb', evmh(false, 'smi', '')),
  R('evmhesmf', 1035, 'rt,ra,rb', evmh(false, 'smf', '')),
  R('evmhoumi', 1036, 'rt,ra,rb', evmh(true, 'umi', '')),
  R('evmhosmi', 1037, 'rt,ra,rb', evmh(true, 'smi', '')),
  R('evmhosmf', 1039, 'rt,ra,rb', evmh(true, 'smf', '')),
  R('evmhessfa', 1059, 'rt,ra,rb', evmh(false, 'ssf', 'a')),
  R('evmhossfa', 1063, 'rt,ra,rb', evmh(true, 'ssf', 'a')),
  R('evmheumia', 1064, 'rt,ra,rb', evmh(false, 'umi', 'a')),
  R('evmhesmia', 1065, 'rt,ra,rb', evmh(false, 'smi', 'a')),
  R('evmhesmfa', 1067, 'rt,ra,rb', evmh(false, 'smf', 'a')),
  R('evmhoumia', 1068, 'rt,ra,rb', evmh(true, 'umi', 'a')),
  R('evmhosmia', 1069, 'rt,ra,rb', evmh(true, 'smi', 'a')),
  R('evmhosmfa', 1071, 'rt,ra,rb', evmh(true, 'smf', 'a')),
  R('evmwhssf', 1095, 'rt,ra,rb', evmw('hssf', false)),
  R('evmwlumi', 1096, 'rt,ra,rb', evmw('lu', false)),
  R('evmwhumi', 1100, 'rt,ra,rb', evmw('hu', false)),
  R('evmwhsmi', 1101, 'rt,ra,rb', evmw('hs', false)),
  R('evmwhsmf', 1103, 'rt,ra,rb', evmw('hsf', false)),
  R('evmwssf', 1107, 'rt,ra,rb', evmwd('ssf', '')),
  R('evmwumi', 1112, 'rt,ra,rb', evmwd('umi', '')),
  R('evmwsmi', 1113, 'rt,ra,rb', evmwd('smi', '')),
  R('evmwsmf', 1115, 'rt,ra,rb', evmwd('smf', '')),
  R('evmwhssfa', 1127, 'rt,ra,rb', evmw('hssf', true)),
  R('evmwlumia', 1128, 'rt,ra,rb', evmw('lu', true)),
  R('evmwhumia', 1132, 'rt,ra,rb', evmw('hu', true)),
  R('evmwhsmia', 1133, 'rt,ra,rb', evmw('hs', true)),
  R('evmwhsmfa', 1135, 'rt,ra,rb', evmw('hsf', true)),
  R('evmwssfa', 1139, 'rt,ra,rb', evmwd('ssf', 'a')),
  R('evmwumia', 1144, 'rt,ra,rb', evmwd('umi', 'a')),
  R('evmwsmia', 1145, 'rt,ra,rb', evmwd('smi', 'a')),
  R('evmwsmfa', 1147, 'rt,ra,rb', evmwd('smf', 'a')),
  R('evaddusiaaw', 1216, 'rt,ra', evaccw(false, true, false)),
  R('evaddssiaaw', 1217, 'rt,ra', evaccw(true, true, false)),
  R('evsubfusiaaw', 1218, 'rt,ra', evaccw(false, true, true)),
  R('evsubfssiaaw', 1219, 'rt,ra', evaccw(true, true, true)),
  R('evmra', 1220, 'rt,ra', evmra),
  R('evdivws', 1222, 'rt,ra,rb', evdivw(true)),
  R('evdivwu', 1223, 'rt,ra,rb', evdivw(false)),
  R('evaddumiaaw', 1224, 'rt,ra', evaccw(false, false, false)),
  R('evaddsmiaaw', 1225, 'rt,ra', evaccw(true, false, false)),
  R('evsubfumiaaw', 1226, 'rt,ra', evaccw(false, false, true)),
  R('evsubfsmiaaw', 1227, 'rt,ra', evaccw(true, false, true)),
  R('evmheusiaaw', 1280, 'rt,ra,rb', evmh(false, 'usi', 'aaw')),
  R('evmhessiaaw', 1281, 'rt,ra,rb', evmh(false, 'ssi', 'aaw')),
  R('evmhessfaaw', 1283, 'rt,ra,rb', evmh(false, 'ssf', 'aaw')),
  R('evmhousiaaw', 1284, 'rt,ra,rb', evmh(true, 'usi', 'aaw')),
  R('evmhossiaaw', 1285, 'rt,ra,rb', evmh(true, 'ssi', 'aaw')),
  R('evmhossfaaw', 1287, 'rt,ra,rb', evmh(true, 'ssf', 'aaw')),
  R('evmheumiaaw', 1288, 'rt,ra,rb', evmh(false, 'umi', 'aaw')),
  R('evmhesmiaaw', 1289, 'rt,ra,rb', evmh(false, 'smi', 'aaw')),
  R('evmhesmfaaw', 1291, 'rt,ra,rb', evmh(false, 'smf', 'aaw')),
  R('evmhoumiaaw', 1292, 'rt,ra,rb', evmh(true, 'umi', 'aaw')),
  R('evmhosmiaaw', 1293, 'rt,ra,rb', evmh(true, 'smi', 'aaw')),
  R('evmhosmfaaw', 1295, 'rt,ra,rb', evmh(true, 'smf', 'aaw')),
  R('evmhegumiaa', 1320, 'rt,ra,rb', evmhg(false, 'umi', false)),
  R('evmhegsmiaa', 1321, 'rt,ra,rb', evmhg(false, 'smi', false)),
  R('evmhegsmfaa', 1323, 'rt,ra,rb', evmhg(false, 'smf', false)),
  R('evmhogumiaa', 1324, 'rt,ra,rb', evmhg(true, 'umi', false)),
  R('evmhogsmiaa', 1325, 'rt,ra,rb', evmhg(true, 'smi', false)),
  R('evmhogsmfaa', 1327, 'rt,ra,rb', evmhg(true, 'smf', false)),
  R('evmwlusiaaw', 1344, 'rt,ra,rb', evmwlacc(false, true, false)),
  R('evmwlssiaaw', 1345, 'rt,ra,rb', evmwlacc(true, true, false)),
  R('evmwlumiaaw', 1352, 'rt,ra,rb', evmwlacc(false, false, false)),
  R('evmwlsmiaaw', 1353, 'rt,ra,rb', evmwlacc(true, false, false)),
  R('evmwssfaa', 1363, 'rt,ra,rb', evmwd('ssf', 'aa')),
  R('evmwumiaa', 1368, 'rt,ra,rb', evmwd('umi', 'aa')),
  R('evmwsmiaa', 1369, 'rt,ra,rb', evmwd('smi', 'aa')),
  R('evmwsmfaa', 1371, 'rt,ra,rb', evmwd('smf', 'aa')),
  R('evmheusianw', 1408, 'rt,ra,rb', evmh(false, 'usi', 'anw')),
  R('evmhessianw', 1409, 'rt,ra,rb', evmh(false, 'ssi', 'anw')),
  R('evmhessfanw', 1411, 'rt,ra,rb', evmh(false, 'ssf', 'anw')),
  R('evmhousianw', 1412, 'rt,ra,rb', evmh(true, 'usi', 'anw')),
  R('evmhossianw', 1413, 'rt,ra,rb', evmh(true, 'ssi', 'anw')),
  R('evmhossfanw', 1415, 'rt,ra,rb', evmh(true, 'ssf', 'anw')),
  R('evmheumianw', 1416, 'rt,ra,rb', evmh(false, 'umi', 'anw')),
  R('evmhesmianw', 1417, 'rt,ra,rb', evmh(false, 'smi', 'anw')),
  R('evmhesmfanw', 1419, 'rt,ra,rb', evmh(false, 'smf', 'anw')),
  R('evmhoumianw', 1420, 'rt,ra,rb', evmh(true, 'umi', 'anw')),
  R('evmhosmianw', 1421, 'rt,ra,rb', evmh(true, 'smi', 'anw')),
  R('evmhosmfanw', 1423, 'rt,ra,rb', evmh(true, 'smf', 'anw')),
  R('evmhegumian', 1448, 'rt,ra,rb', evmhg(false, 'umi', true)),
  R('evmhegsmian', 1449, 'rt,ra,rb', evmhg(false, 'smi', true)),
  R('evmhegsmfan', 1451, 'rt,ra,rb', evmhg(false, 'smf', true)),
  R('evmhogumian', 1452, 'rt,ra,rb', evmhg(true, 'umi', true)),
  R('evmhogsmian', 1453, 'rt,ra,rb', evmhg(true, 'smi', true)),
  R('evmhogsmfan', 1455, 'rt,ra,rb', evmhg(true, 'smf', true)),
  R('evmwlusianw', 1472, 'rt,ra,rb', evmwlacc(false, true, true)),
  R('evmwlssianw', 1473, 'rt,ra,rb', evmwlacc(true, true, true)),
  R('evmwlumianw', 1480, 'rt,ra,rb', evmwlacc(false, false, true)),
  R('evmwlsmianw', 1481, 'rt,ra,rb', evmwlacc(true, false, true)),
  R('evmwssfan', 1491, 'rt,ra,rb', evmwd('ssf', 'an')),
  R('evmwumian', 1496, 'rt,ra,rb', evmwd('umi', 'an')),
  R('evmwsmian', 1497, 'rt,ra,rb', evmwd('smi', 'an')),
  R('evmwsmfan', 1499, 'rt,ra,rb', evmwd('smf', 'an')),
];
