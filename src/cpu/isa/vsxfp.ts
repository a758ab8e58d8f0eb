// VSX floating point (Power ISA 3.0B Book I chapter 7): the scalar double/single operations of
// ISA 2.06/2.07/3.0, the 3.0 quad-precision set, and vector double/single arithmetic.
//
// Scalar double/single: the rounding, NaN and FPSCR rules are the classic FP unit's (fp.ts): each
// handler maps its XX-form operands onto a scratch Insn (6-bit VSR numbers, no Rc) and calls the
// FP core, then sets doubleword 1 of XT to zero (ISA 3.0; QEMU does the same).
//
// Quad precision: binary128 with BigInt significands, rounded once in any mode (or to odd for
// the 'o' forms). The enabled overflow/underflow exponent adjustment is not applied to binary128
// results (QEMU does not apply it either).
//
// Vector: add, subtract, multiply, divide, square root and the multiply-adds run natively per
// lane (the scalar core's kernels and rounding, see "vector FP fast paths"); everything else, and
// any lane those cannot show exact, goes through the reference: each lane through the scalar core
// on a scratch VSR image. FPSCR flags accumulate over the lanes and FR/FI/FPRF are left unchanged.

import { Insn } from '../insn.js';
import type { Machine } from '../machine.js';
import {
  C_NDEN, ENABLES, EXC_ALL, FEX, FX, VX, C_NINF, C_NNORM, C_NZERO, C_PDEN, C_PINF, C_PNORM, C_PZERO, C_QNAN, fprfNum, FI, FPCC, FPRF, FR, OE, OX,
  UE, UX, VE, VX_ALL, VXCVI, VXIDI, VXIMZ, VXISI, VXSNAN, VXSQRT, VXVC, VXZDZ, XE, XX, ZE, ZX,
} from '../fpu/fpscr.js';
import { bitLength, dec, decompose, divR, f64, HI, R_FI, R_FR, R_OX, R_UX, RDN, RNE, round, roundToInt, RTZ, RUP, rs, sqrtR, u32 } from '../fpu/soft.js';
import {
  addK, BAIL, commit, roundInt, divK, estimate, fadd, fcfid, fcmp, fcti, fdiv, FLO, fma, fmaK, fmul, FP_REFERENCE, fri, frsp,
  fsqrt, ftdiv, ftsqrt, isNaNReg, isSNaNReg, MAX_D, MAX_S, MIN_NORM, MIN_S, mulK, OPND, RES, roundD, roundS, sqrtK,
  writeRounded,
} from './fp.js';
import { Flag, type Handler, type Row, bits, fixedBits } from './table.js';
import { Spr64 } from '../state.js';
import { cr6FromVsr, dp2sp, dwHi, dwLo, getW, setDw, setW, sp2dp, cvLo, wIx } from './vechelpers.js';

type Core = (m: Machine, i: Insn) => void;

/** The operand mapping handed to the FP core: a real Insn so the core stays monomorphic. */
const T = new Insn(0, 0, () => undefined, undefined);
T.rec = 0;

function zeroDw1(m: Machine, r: number): void {
  m.st.vsrF64[2 * r + 1] = 0;
}

/** T <- the operands of XT <- f(XA, XB) (fmul reads its second operand from rc). */
function t2(i: Insn): void { T.rt = i.rt; T.ra = i.ra; T.rb = i.rb; T.rc = i.rb; }
/** T <- the operands of XT <- f(XB). */
function t1(i: Insn): void { T.rt = i.rt; T.ra = i.rb; T.rb = i.rb; T.rc = i.rb; }
/** XT <- f(XA, XB) for the rarer rows (the hot ones call their core directly, see rows). */
const s2 = (f: Core): Handler => (m, i) => { t2(i); f(m, T); zeroDw1(m, i.rt); };
/** XT <- f(XB). */
const s1 = (f: Core): Handler => (m, i) => { t1(i); f(m, T); zeroDw1(m, i.rt); };
/** Multiply-add: 'a' forms XT <- XA*XB + XT, 'm' forms XT <- XA*XT + XB (the core: ra*rc + rb). */
const sMadd = (aForm: boolean, kind: number, single: boolean): Handler => (m, i) => {
  T.rt = i.rt; T.ra = i.ra;
  if (aForm) { T.rc = i.rb; T.rb = i.rt; } else { T.rc = i.rt; T.rb = i.rb; }
  fma(m, T, kind, single);
  zeroDw1(m, i.rt);
};
/** Compares and tests writing a CR field (BF in bits 6:8): no VSR result. */
const sCr = (f: Core): Handler => (m, i) => {
  T.rt = i.rt & 31; T.ra = i.ra; T.rb = i.rb; T.rc = i.rb;
  f(m, T);
};

// ---- raw access ----------------------------------------------------------------------------

const HI0 = (m: Machine, r: number): number => dwHi(m, r, 0);
const LO0 = (m: Machine, r: number): number => dwLo(m, r, 0);

function quietHi(m: Machine, r: number): number { return (HI0(m, r) | 0x80000) >>> 0; }

/** Sets FPSCR exceptions only (no status change) unless suppressed; returns true to write. */
function raiseOnly(m: Machine, exc: number): boolean {
  const l = m.s64[FLO];
  if (exc && (exc & VX_ALL) && (l & VE)) { commit(m, exc, 0, false, 0); return false; }
  commit(m, exc, 0, false, 0);
  return true;
}

// ---- max / min -----------------------------------------------------------------------------

/** xsmaxdp / xsmindp (IEEE maxNum/minNum): a NaN loses to a number unless a SNaN is involved. */
function xsmaxmin(max: boolean): Handler {
  return (m, i) => {
    const F = m.st.vsrF64, a = F[2 * i.ra], b = F[2 * i.rb];
    const snan = isSNaNReg(m, i.ra) || isSNaNReg(m, i.rb);
    let hi: number, lo: number;
    const an = a !== a, bn = b !== b;
    if (an || bn) {
      if (!snan && !(an && bn)) { const r = an ? i.rb : i.ra; hi = HI0(m, r); lo = LO0(m, r); }
      else { const r = an ? i.ra : i.rb; hi = quietHi(m, r); lo = LO0(m, r); }
    } else {
      let pickA: boolean;
      if (a === b) pickA = max ? !(Object.is(a, -0)) : Object.is(a, -0);
      else pickA = max ? a > b : a < b;
      const r = pickA ? i.ra : i.rb;
      hi = HI0(m, r); lo = LO0(m, r);
    }
    if (!raiseOnly(m, snan ? VXSNAN : 0)) return;
    setDw(m, i.rt, 0, hi, lo); zeroDw1(m, i.rt);
  };
}

/** xsmaxcdp / xsmincdp (C semantics; any NaN gives XB). Equal operands (+0, -0): xsmaxcdp gives
 * XA, xsmincdp XB, as QEMU does (max: b <= a ? a : b; min: a < b ? a : b). */
function xsmaxminc(max: boolean): Handler {
  return (m, i) => {
    const F = m.st.vsrF64, a = F[2 * i.ra], b = F[2 * i.rb];
    const pickA = max ? b <= a : a < b;
    const snan = isSNaNReg(m, i.ra) || isSNaNReg(m, i.rb);
    const r = pickA ? i.ra : i.rb;
    const hi = HI0(m, r), lo = LO0(m, r);
    if (!raiseOnly(m, snan ? VXSNAN : 0)) return;
    setDw(m, i.rt, 0, hi, lo); zeroDw1(m, i.rt);
  };
}

/** xsmaxjdp / xsminjdp (Java semantics: NaN propagates, -0 < +0). */
function xsmaxminj(max: boolean): Handler {
  return (m, i) => {
    const F = m.st.vsrF64, a = F[2 * i.ra], b = F[2 * i.rb];
    const snan = isSNaNReg(m, i.ra) || isSNaNReg(m, i.rb);
    let r: number;
    if (a !== a) r = i.ra;
    else if (b !== b) r = i.rb;
    else if (a === b) r = (max ? Object.is(a, -0) : !Object.is(a, -0)) ? i.rb : i.ra;
    else r = (max ? a > b : a < b) ? i.ra : i.rb;
    const hi = HI0(m, r), lo = LO0(m, r);
    if (!raiseOnly(m, snan ? VXSNAN : 0)) return;
    setDw(m, i.rt, 0, hi, lo); zeroDw1(m, i.rt);
  };
}

/** xscmpeqdp / xscmpgtdp / xscmpgedp (3.0): a mask of ones or zeros in dw0. */
function xscmpmask(kind: number): Handler {
  return (m, i) => {
    const F = m.st.vsrF64, a = F[2 * i.ra], b = F[2 * i.rb];
    const snan = isSNaNReg(m, i.ra) || isSNaNReg(m, i.rb);
    let exc = snan ? VXSNAN : 0;
    const l = m.s64[FLO];
    if (kind !== 0 && (a !== a || b !== b) && !(snan && (l & VE))) exc |= VXVC;
    const t = kind === 0 ? a === b : kind === 1 ? a > b : a >= b;
    if (!raiseOnly(m, exc)) return;
    const v = t ? 0xffffffff : 0;
    setDw(m, i.rt, 0, v, v); zeroDw1(m, i.rt);
  };
}

/** xscmpexpdp: compares the exponent fields; unordered when either is a NaN. */
function xscmpexpdp(m: Machine, i: Insn): void {
  const ha = HI0(m, i.ra), hb = HI0(m, i.rb);
  let c: number;
  if (isNaNReg(m, i.ra) || isNaNReg(m, i.rb)) c = 1;
  else {
    const ea = (ha >>> 20) & 0x7ff, eb = (hb >>> 20) & 0x7ff;
    c = ea < eb ? 8 : ea > eb ? 4 : 2;
  }
  setCrFpcc(m, i.rt >>> 2, c);
}

function setCrFpcc(m: Machine, bf: number, c: number): void {
  m.setCrField(bf, c);
  m.s64[FLO] = (m.s64[FLO] & ~FPCC) | (c << 12);
}

// ---- test data class, exponent/significand -------------------------------------------------

/** DCMX bits: 0x40 NaN, 0x20 +inf, 0x10 -inf, 8 +0, 4 -0, 2 +denormal, 1 -denormal. */
function dcmxMatch(dcmx: number, neg: boolean, cls: number): boolean {
  // cls: 0 NaN, 1 inf, 2 zero, 3 denormal, 4 normal
  switch (cls) {
    case 0: return (dcmx & 0x40) !== 0;
    case 1: return (dcmx & (neg ? 0x10 : 0x20)) !== 0;
    case 2: return (dcmx & (neg ? 4 : 8)) !== 0;
    case 3: return (dcmx & (neg ? 1 : 2)) !== 0;
    default: return false;
  }
}

function classDp(hi: number, lo: number): number {
  const ex = (hi >>> 20) & 0x7ff, frac = (hi & 0xfffff) | lo;
  if (ex === 0x7ff) return frac ? 0 : 1;
  if (ex === 0) return frac ? 3 : 2;
  return 4;
}

/** xststdcdp / xststdcsp: CR[BF] and FPCC <- sign, 0, match, (sp: not representable in SP). */
function xststdc(sp: boolean): Handler {
  return (m, i) => {
    const dcmx = (i.word >>> 16) & 0x7f;
    const hi = HI0(m, i.rb), lo = LO0(m, i.rb);
    const neg = hi >>> 31 === 1;
    let cls = classDp(hi, lo);
    // not representable in binary32: true for NaNs too (the round trip does not compare equal)
    let notSp = sp && cls === 0;
    if (sp) {
      const v = m.st.vsrF64[2 * i.rb];
      if (cls >= 3) {
        const f = Math.fround(v);
        notSp = f !== v;
        cls = Math.abs(v) < 1.1754943508222875e-38 ? 3 : 4;
      }
    }
    const match = dcmxMatch(dcmx, neg, cls);
    setCrFpcc(m, (i.word >>> 23) & 7, (neg ? 8 : 0) | (match ? 2 : 0) | (notSp ? 1 : 0));
  };
}

function xsxexpdp(m: Machine, i: Insn): void {
  m.gh[i.rt & 31] = 0; m.gl[i.rt & 31] = (HI0(m, i.rb) >>> 20) & 0x7ff;
}
function xsxsigdp(m: Machine, i: Insn): void {
  const hi = HI0(m, i.rb), ex = (hi >>> 20) & 0x7ff;
  const imp = ex === 0 || ex === 0x7ff ? 0 : 0x100000;
  m.gh[i.rt & 31] = (hi & 0xfffff) | imp; m.gl[i.rt & 31] = LO0(m, i.rb);
}
function xsiexpdp(m: Machine, i: Insn): void {
  const hi = ((m.gh[i.ra] & 0x800fffff) | ((m.gl[i.rb] & 0x7ff) << 20)) >>> 0;
  setDw(m, i.rt, 0, hi, m.gl[i.ra]); zeroDw1(m, i.rt);
}

// ISA 3.0 vector forms: each element on its own (an element is read before XT's is written, so XT
// may be XA or XB); no FPSCR change.

function classSp(w: number): number {
  const ex = (w >>> 23) & 0xff, frac = w & 0x7fffff;
  if (ex === 0xff) return frac ? 0 : 1;
  if (ex === 0) return frac ? 3 : 2;
  return 4;
}

/** xvxexpdp / xvxsigdp: each doubleword's biased exponent, or its significand with the implicit
 * bit (0 for zero, denormal, infinity and NaN). */
function xvxdp(sig: boolean): Handler {
  return (m, i) => {
    for (let k = 0; k < 2; k++) {
      const hi = dwHi(m, i.rb, k), lo = dwLo(m, i.rb, k), ex = (hi >>> 20) & 0x7ff;
      if (sig) setDw(m, i.rt, k, (hi & 0xfffff) | (ex === 0 || ex === 0x7ff ? 0 : 0x100000), lo);
      else setDw(m, i.rt, k, 0, ex);
    }
  };
}
/** xvxexpsp / xvxsigsp: the same per word. */
function xvxsp(sig: boolean): Handler {
  return (m, i) => {
    const W = m.st.vsrU32;
    for (let k = 0; k < 4; k++) {
      const w = W[wIx(i.rb, k)], ex = (w >>> 23) & 0xff;
      W[wIx(i.rt, k)] = sig ? (w & 0x7fffff) | (ex === 0 || ex === 0xff ? 0 : 0x800000) : ex;
    }
  };
}
/** xviexpdp: sign and fraction of XA's doubleword, exponent from bits 53:63 of XB's. */
function xviexpdp(m: Machine, i: Insn): void {
  for (let k = 0; k < 2; k++) {
    const hi = dwHi(m, i.ra, k), lo = dwLo(m, i.ra, k), e = dwLo(m, i.rb, k) & 0x7ff;
    setDw(m, i.rt, k, ((hi & 0x800fffff) | (e << 20)) >>> 0, lo);
  }
}
/** xviexpsp: sign and fraction of XA's word, exponent from bits 24:31 of XB's. */
function xviexpsp(m: Machine, i: Insn): void {
  const W = m.st.vsrU32;
  for (let k = 0; k < 4; k++) {
    W[wIx(i.rt, k)] = ((W[wIx(i.ra, k)] & 0x807fffff) | ((W[wIx(i.rb, k)] & 0xff) << 23)) >>> 0;
  }
}
/** xvtstdcdp / xvtstdcsp: each element all ones when its class matches DCMX (dc || dm || dx:
 * bits 25, 29 and 11:15; the bits of xststdc*'s DCMX), else zero. */
function xvtstdc(sp: boolean): Handler {
  return (m, i) => {
    const w = i.word, dcmx = (((w >>> 6) & 1) << 6) | (((w >>> 2) & 1) << 5) | ((w >>> 16) & 31);
    const W = m.st.vsrU32;
    if (sp) {
      for (let k = 0; k < 4; k++) {
        const x = W[wIx(i.rb, k)];
        W[wIx(i.rt, k)] = dcmxMatch(dcmx, x >>> 31 === 1, classSp(x)) ? 0xffffffff : 0;
      }
    } else {
      for (let k = 0; k < 2; k++) {
        const hi = dwHi(m, i.rb, k), v = dcmxMatch(dcmx, hi >>> 31 === 1, classDp(hi, dwLo(m, i.rb, k))) ? 0xffffffff : 0;
        setDw(m, i.rt, k, v, v);
      }
    }
  };
}

// ---- conversions ----------------------------------------------------------------------------

/** xscvdpsp: round to single; the binary32 result in words 0 and 1 (as QEMU and POWER9 do; the
 * ISA leaves word 1 undefined). FPRF classifies the binary32 result. */
function xscvdpsp(m: Machine, i: Insn): void {
  T.rt = i.rt; T.ra = i.rb; T.rb = i.rb; T.rc = i.rb;
  frsp(m, T);
  const v = m.st.vsrF64[2 * i.rt];
  const w = dp2sp(HI0(m, i.rt), LO0(m, i.rt));
  setDw(m, i.rt, 0, w, w); zeroDw1(m, i.rt);
  if (v === v && v !== 0 && Math.abs(v) < 1.1754943508222875e-38) {
    const l = m.s64[FLO];
    m.s64[FLO] = (l & ~FPRF) | (l & (FR | FI)) | (v < 0 ? C_NDEN : C_PDEN);
  }
}

/** xscvspdp: binary32 in word 0 to binary64 (exact; a SNaN is quieted). */
function xscvspdp(m: Machine, i: Insn): void {
  const w = getW(m, i.rb, 0);
  let hi = sp2dp(w);
  const lo = cvLo;
  const snan = (w & 0x7fc00000) === 0x7f800000 && (w & 0x3fffff) !== 0;
  if (snan) hi = (hi | 0x80000) >>> 0;
  const l = m.s64[FLO];
  if (snan && (l & VE)) { commit(m, VXSNAN, 0, false, 0); return; }
  setDw(m, i.rt, 0, hi, lo); zeroDw1(m, i.rt);
  if (snan) commit(m, VXSNAN, fprfDp(hi, lo), true, 0);
  else m.s64[FLO] = (l & ~(FR | FI | FPRF)) | fprfDp(hi, lo); // no exception: only the status changes
}

function fprfDp(hi: number, lo: number): number {
  const neg = hi >>> 31;
  switch (classDp(hi, lo)) {
    case 0: return C_QNAN;
    case 1: return neg ? C_NINF : C_PINF;
    case 2: return neg ? C_NZERO : C_PZERO;
    case 3: return neg ? C_NDEN : C_PDEN;
    default: return neg ? C_NNORM : C_PNORM;
  }
}

// ---- half precision (ISA 3.0) ----------------------------------------------------------------

/** HULP[e]: the unit in the last place of binary16 numbers with exponent field e (2^(max(e,1)-25)). */
const HULP = new Float64Array(31);
for (let e = 0, v = 1 / 16777216; e < 31; e++) { HULP[e] = v; if (e > 0) v *= 2; }
const F32 = new Float32Array(1);
const F32U = new Uint32Array(F32.buffer);

/** The value of binary16 h (not infinity or NaN). */
function halfVal(h: number): number {
  const e = (h >>> 10) & 31, f = h & 0x3ff;
  const v = (e === 0 ? f : f + 1024) * HULP[e];
  return h & 0x8000 ? -v : v;
}

/** Exceptions (VXSNAN, OX, UX, XX) of the last toHalf, and its FR / FI. */
const HX = new Uint32Array(2);

/** x (not NaN) rounded to binary16 in mode rn by roundP (tininess before rounding, no
 * enabled-exception scaling): the result's bits; the exceptions and FR/FI in HX. */
function toHalf(x: number, rn: number, ue: boolean): number {
  HX[0] = 0; HX[1] = 0;
  f64[0] = x;
  const neg = u32[HI] >>> 31 === 1, sgn = neg ? 0x8000 : 0;
  if (x === 0) return sgn;
  if (x === Infinity || x === -Infinity) return sgn | 0x7c00;
  decompose(x);
  let bits: number;
  if (!roundP(neg, neg ? -dec.sig : dec.sig, dec.exp, false, rn, ue, 11, -14, 15)) {
    bits = ovfInf(rn, neg) ? 0x7c00 : 0x7bff;
  } else {
    // RC.r * 2^RC.q with RC.r < 2^11: a denormal (RC.r < 2^10, RC.q = -24) is its encoding;
    // otherwise the exponent field is RC.q + 10 + 15
    const r = Number(RC.r);
    bits = r < 1024 ? r : ((RC.q + 25) << 10) | (r - 1024);
  }
  const flags = rs.flags;
  HX[0] = (flags & R_FI ? XX : 0) | (flags & R_OX ? OX : 0) | (flags & R_UX ? UX : 0);
  HX[1] = (flags & R_FI ? FI : 0) | (flags & R_FR ? FR : 0);
  return sgn | bits;
}

/** A binary16 NaN from a wider NaN's sign and top 10 fraction bits (frac10), quieted; VXSNAN in
 * HX when it was signaling (quiet bit clear). */
function nanHalf(neg: boolean, frac10: number): number {
  HX[0] = frac10 & 0x200 ? 0 : VXSNAN; HX[1] = 0;
  return (neg ? 0x8000 : 0) | 0x7e00 | frac10;
}

function fprfHalf(h: number): number {
  const e = (h >>> 10) & 31, f = h & 0x3ff, neg = h & 0x8000;
  if (e === 31) return f ? C_QNAN : neg ? C_NINF : C_PINF;
  if (e === 0) return f ? (neg ? C_NDEN : C_PDEN) : neg ? C_NZERO : C_PZERO;
  return neg ? C_NNORM : C_PNORM;
}

/** xscvhpdp: the binary16 in bits 48:63 of XB to binary64 (exact; a SNaN is quieted with VXSNAN);
 * FPRF classifies the result, FR and FI are cleared (also when an enabled VXSNAN suppresses it). */
function xscvhpdp(m: Machine, i: Insn): void {
  const h = m.st.vsrU32[wIx(i.rb, 1)] & 0xffff, l = m.s64[FLO];
  const snan = (h & 0x7e00) === 0x7c00 && (h & 0x1ff) !== 0;
  if (snan && (l & VE)) { commit(m, VXSNAN, l & FPRF, true, 0); return; }
  if ((h & 0x7c00) === 0x7c00) setDw(m, i.rt, 0, ((h & 0x8000) << 16 | 0x7ff00000 | (h & 0x3ff) << 10 | (snan ? 0x80000 : 0)) >>> 0, 0);
  else m.st.vsrF64[2 * i.rt] = halfVal(h);
  zeroDw1(m, i.rt);
  commit(m, snan ? VXSNAN : 0, fprfDp(HI0(m, i.rt), LO0(m, i.rt)), true, 0);
}

/** xscvdphp: doubleword 0 of XB rounded to binary16 in FPSCR[RN], zero-extended into doubleword
 * 0 (bits 48:63); FPRF classifies the binary16 result, FR/FI as rounded. */
function xscvdphp(m: Machine, i: Insn): void {
  const hi = HI0(m, i.rb), l = m.s64[FLO];
  const h = isNaNReg(m, i.rb) ? nanHalf(hi >>> 31 === 1, (hi >>> 10) & 0x3ff)
    : toHalf(m.st.vsrF64[2 * i.rb], l & 3, (l & UE) !== 0);
  if ((HX[0] & VXSNAN) && (l & VE)) { commit(m, VXSNAN, l & FPRF, true, 0); return; }
  setDw(m, i.rt, 0, 0, h); zeroDw1(m, i.rt);
  commit(m, HX[0], fprfHalf(h) | HX[1], true, 0);
}

/** xvcvhpsp: the binary16 in bits 16:31 of each word to binary32 (exact; SNaNs quieted with
 * VXSNAN, an enabled one suppresses the whole result); FR/FI/FPRF unchanged. */
function xvcvhpsp(m: Machine, i: Insn): void {
  const W = m.st.vsrU32;
  let exc = 0;
  for (let k = 0; k < 4; k++) {
    const h = W[wIx(i.rb, k)] & 0xffff;
    if ((h & 0x7c00) === 0x7c00) {
      const snan = (h & 0x200) === 0 && (h & 0x1ff) !== 0;
      if (snan) exc = VXSNAN;
      VRES[k] = ((h & 0x8000) << 16 | 0x7f800000 | (h & 0x3ff) << 13 | (snan ? 0x400000 : 0)) >>> 0;
    } else { F32[0] = halfVal(h); VRES[k] = F32U[0]; }
  }
  if (!(exc && (m.s64[FLO] & VE))) for (let k = 0; k < 4; k++) W[wIx(i.rt, k)] = VRES[k];
  commit(m, exc, 0, false, 0);
}

/** xvcvsphp: each binary32 word rounded to binary16 in FPSCR[RN], zero-extended into the word;
 * any enabled exception (VXSNAN, OX, UX, XX) suppresses the whole result; FR/FI/FPRF unchanged. */
function xvcvsphp(m: Machine, i: Insn): void {
  const W = m.st.vsrU32, S = m.st.vsrF32, l = m.s64[FLO], rn = l & 3, ue = (l & UE) !== 0;
  let exc = 0;
  for (let k = 0; k < 4; k++) {
    const w = W[wIx(i.rb, k)];
    VRES[k] = (w & 0x7f800000) === 0x7f800000 && (w & 0x7fffff) !== 0
      ? nanHalf(w >>> 31 === 1, (w >>> 13) & 0x3ff) : toHalf(S[wIx(i.rb, k)], rn, ue);
    exc |= HX[0];
  }
  const enabled = (exc & VXSNAN && l & VE) || (exc & OX && l & OE) || (exc & UX && l & UE) || (exc & XX && l & XE);
  if (!enabled) for (let k = 0; k < 4; k++) W[wIx(i.rt, k)] = VRES[k];
  commit(m, exc, 0, false, 0);
}

/** xscvdp[su]x[dw]s: truncating conversions to integer (fcti*z core). */
function xscvdpint(dword: boolean, unsigned: boolean): Handler {
  return (m, i) => {
    T.rt = i.rt; T.ra = i.rb; T.rb = i.rb; T.rc = i.rb;
    const fprf = m.s64[FLO] & FPRF;
    fcti(m, T, dword, unsigned, true);
    // FPRF is undefined and left unchanged (also on an invalid conversion, unlike fcti*, as QEMU)
    m.s64[FLO] = (m.s64[FLO] & ~FPRF) | fprf;
    // a word result is in word 1 and copied to word 0 (QEMU, POWER9; the ISA: undefined)
    if (!dword) setW(m, i.rt, 0, getW(m, i.rt, 1));
    zeroDw1(m, i.rt);
  };
}

// ---- quad precision (binary128 in VR = VSR 32+n; dw0 holds the high 64 bits) ----------------

const M64 = (1n << 64n) - 1n;
const QSIGN = 1n << 127n;
const QIMP = 1n << 112n;
const QFRAC = QIMP - 1n;
const QEXP_MAX = 0x7fff;
const QBIAS = 16383;
const QEMIN = -16382;
const QEMAX = 16383;
const QQUIET = 1n << 111n;
const QDEFNAN = 0x7fff8000000000000000000000000000n;

function getQ(m: Machine, r: number): bigint {
  const U = m.st.vsrU64;
  return (U[2 * r] << 64n) | U[2 * r + 1];
}
function setQ(m: Machine, r: number, v: bigint): void {
  const U = m.st.vsrU64;
  U[2 * r] = (v >> 64n) & M64;
  U[2 * r + 1] = v & M64;
}

const qExp = (v: bigint): number => Number((v >> 112n) & 0x7fffn);
const qNeg = (v: bigint): boolean => (v & QSIGN) !== 0n;
const qIsNaN = (v: bigint): boolean => qExp(v) === QEXP_MAX && (v & QFRAC) !== 0n;
const qIsSNaN = (v: bigint): boolean => qIsNaN(v) && (v & QQUIET) === 0n;
const qIsInf = (v: bigint): boolean => qExp(v) === QEXP_MAX && (v & QFRAC) === 0n;
const qIsZero = (v: bigint): boolean => (v & ~QSIGN) === 0n;

/** Exact value of a finite quad: (-1)^neg * sig * 2^exp, in UQ. */
const UQ = { sig: 0n, exp: 0 };
function unpackQ(v: bigint): void {
  const e = qExp(v), f = v & QFRAC;
  if (e === 0) { UQ.sig = f; UQ.exp = QEMIN - 112; } else { UQ.sig = f | QIMP; UQ.exp = e - QBIAS - 112; }
}

function fprfQ(v: bigint): number {
  const e = qExp(v), f = v & QFRAC, neg = qNeg(v);
  if (e === QEXP_MAX) return f ? C_QNAN : neg ? C_NINF : C_PINF;
  if (e === 0) return f ? (neg ? C_NDEN : C_PDEN) : neg ? C_NZERO : C_PZERO;
  return neg ? C_NNORM : C_PNORM;
}

/** Rounding modes beyond FPSCR[RN]'s: round to odd (the quad 'o' forms), to nearest with ties
 * away from zero (xsrqpi/xsrqpxp with R=0, RMC=0). */
const RODD = 4, RNA = 5;

/** Rounds (-1)^neg * mag * 2^e (+ sticky below it) to p significant bits with exponents emin..emax
 * (tininess before rounding) in mode rn: the result is RC.r * 2^RC.q (RC.r < 2^p), the flags in rs;
 * false on overflow (then rs holds OX and FI, and RC is not set). */
const RC = { r: 0n, q: 0 };
function roundP(neg: boolean, mag: bigint, e: number, sticky: boolean, rn: number, ue: boolean,
  p: number, emin: number, emax: number): boolean {
  let flags = 0;
  const top = e + bitLength(mag) - 1;
  const tiny = top < emin;
  let q = top - (p - 1);
  if (q < emin - (p - 1)) q = emin - (p - 1);
  const sh = q - e;
  let r: bigint, inexact = sticky, up = false, half = false, above = false;
  if (sh > 0) {
    const bs = BigInt(sh);
    r = mag >> bs;
    const rem = mag - (r << bs);
    if (rem !== 0n) inexact = true;
    const h = 1n << (bs - 1n);
    half = rem === h && !sticky; above = rem > h || (rem === h && sticky);
  } else r = mag << BigInt(-sh);
  if (inexact) {
    if (rn === RNE) up = above || (half && (r & 1n) === 1n);
    else if (rn === RNA) up = above || half;
    else if (rn === RUP) up = !neg;
    else if (rn === RDN) up = neg;
    else if (rn === RODD) up = (r & 1n) === 0n;
  }
  if (up) {
    r += 1n;
    if (r === 1n << BigInt(p)) { r >>= 1n; q += 1; }
  }
  if (inexact) flags |= R_FI;
  if (up) flags |= R_FR;
  if (tiny && (ue || inexact)) flags |= R_UX;
  if (q + bitLength(r) - 1 > emax) {
    rs.flags = (flags | R_OX | R_FI) & ~R_FR;
    return false;
  }
  rs.flags = flags;
  RC.r = r; RC.q = q;
  return true;
}

/** An overflowing result in mode rn is infinity (else the largest finite number). */
const ovfInf = (rn: number, neg: boolean): boolean =>
  rn === RNE || rn === RNA || (rn === RUP && !neg) || (rn === RDN && neg);

/** Rounds (-1)^neg * mag * 2^e (+ sticky) to binary128 in mode rn (RODD, RNA too). Flags in rs. */
function roundQ(neg: boolean, mag: bigint, e: number, sticky: boolean, rn: number, ue: boolean): bigint {
  const sgn = neg ? QSIGN : 0n;
  if (mag === 0n && !sticky) { rs.flags = 0; return sgn; }
  if (!roundP(neg, mag, e, sticky, rn, ue, 113, QEMIN, QEMAX)) {
    return sgn | (ovfInf(rn, neg) ? 0x7fffn << 112n : (0x7ffen << 112n) | QFRAC);
  }
  const r = RC.r;
  if (r < QIMP) return sgn | r; // denormal or zero
  return sgn | (BigInt(RC.q + 112 + QBIAS) << 112n) | (r & QFRAC);
}

/** Commits a quad result or special value with FPRF; returns after an enabled-exception suppress. */
function writeQ(m: Machine, rt: number, v: bigint, exc: number, useFlags: boolean): void {
  const l = m.s64[FLO];
  if (((exc & VX_ALL) && (l & VE)) || ((exc & ZX) && (l & ZE))) { commit(m, exc, 0, false, 0); return; }
  let status = fprfQ(v);
  if (useFlags) {
    const fl = rs.flags;
    if (fl & R_FI) { exc |= XX; status |= FI; }
    if (fl & R_FR) status |= FR;
    if (fl & R_OX) exc |= OX;
    if (fl & R_UX) exc |= UX;
  }
  setQ(m, rt, v);
  commit(m, exc, status, true, 0);
}

/** NaN result among operands in priority order; VXSNAN if any is signaling. */
function nanQ(m: Machine, rt: number, extra: number, ...ops: bigint[]): void {
  let exc = extra, pick = -1n;
  for (const v of ops) {
    if (qIsSNaN(v)) exc |= VXSNAN;
    if (pick < 0n && qIsNaN(v)) pick = v;
  }
  writeQ(m, rt, pick | QQUIET, exc, false);
}

const rnOf = (m: Machine, i: Insn): number => (i.word & 1 ? RODD : m.s64[FLO] & 3);

const enum QOp { ADD, SUB, MUL, DIV }

function qBinary(op: QOp): Handler {
  return (m, i) => {
    const rt = i.rt + 32, a = getQ(m, i.ra + 32);
    let b = getQ(m, i.rb + 32);
    if (qIsNaN(a) || qIsNaN(b)) return nanQ(m, rt, 0, a, b);
    if (op === QOp.SUB) b ^= QSIGN;
    const rn = rnOf(m, i), ue = (m.s64[FLO] & UE) !== 0;
    const na = qNeg(a), nb = qNeg(b);
    const ia = qIsInf(a), ib = qIsInf(b), za = qIsZero(a), zb = qIsZero(b);
    switch (op) {
      case QOp.ADD: case QOp.SUB: {
        if (ia || ib) {
          if (ia && ib && na !== nb) return writeQ(m, rt, QDEFNAN, VXISI, false);
          return writeQ(m, rt, ia ? a : b, 0, false);
        }
        unpackQ(a); const sa = na ? -UQ.sig : UQ.sig, ea = UQ.exp;
        unpackQ(b); const sb = nb ? -UQ.sig : UQ.sig, eb = UQ.exp;
        const e = Math.min(ea, eb);
        const s = (sa << BigInt(ea - e)) + (sb << BigInt(eb - e));
        if (s === 0n) {
          const neg = na === nb ? na : rn === RDN;
          rs.flags = 0;
          return writeQ(m, rt, neg ? QSIGN : 0n, 0, true);
        }
        return writeQ(m, rt, roundQ(s < 0n, s < 0n ? -s : s, e, false, rn, ue), 0, true);
      }
      case QOp.MUL: {
        const neg = na !== nb;
        if (ia || ib) {
          if (za || zb) return writeQ(m, rt, QDEFNAN, VXIMZ, false);
          return writeQ(m, rt, (neg ? QSIGN : 0n) | (0x7fffn << 112n), 0, false);
        }
        unpackQ(a); const sa = UQ.sig, ea = UQ.exp;
        unpackQ(b);
        return writeQ(m, rt, roundQ(neg, sa * UQ.sig, ea + UQ.exp, false, rn, ue), 0, true);
      }
      default: {
        const neg = na !== nb, sgn = neg ? QSIGN : 0n;
        if (ia && ib) return writeQ(m, rt, QDEFNAN, VXIDI, false);
        if (ia) return writeQ(m, rt, sgn | (0x7fffn << 112n), 0, false);
        if (ib) return writeQ(m, rt, sgn, 0, false);
        if (zb) {
          if (za) return writeQ(m, rt, QDEFNAN, VXZDZ, false);
          return writeQ(m, rt, sgn | (0x7fffn << 112n), ZX, false);
        }
        if (za) return writeQ(m, rt, sgn, 0, false);
        unpackQ(a); const sa = UQ.sig, ea = UQ.exp;
        unpackQ(b); const sb = UQ.sig, eb = UQ.exp;
        const k = Math.max(0, 120 + bitLength(sb) - bitLength(sa));
        const num = sa << BigInt(k);
        const qt = num / sb;
        return writeQ(m, rt, roundQ(neg, qt, ea - eb - k, qt * sb !== num, rn, ue), 0, true);
      }
    }
  };
}

/** xsmaddqp & co: VRT <- +-(VRA * VRB +- VRT); kind bit 0 subtracts, bit 1 negates. */
function qFma(kind: number): Handler {
  return (m, i) => {
    const rt = i.rt + 32, a = getQ(m, i.ra + 32), b = getQ(m, i.rb + 32);
    let c = getQ(m, rt);
    const ia = qIsInf(a), ib = qIsInf(b), za = qIsZero(a), zb = qIsZero(b);
    const imz = (ia && zb) || (ib && za);
    if (qIsNaN(a) || qIsNaN(b) || qIsNaN(c)) return nanQ(m, rt, imz ? VXIMZ : 0, a, c, b);
    if (imz) return writeQ(m, rt, QDEFNAN, VXIMZ, false);
    if (kind & 1) c ^= QSIGN;
    const negR = (kind & 2) !== 0;
    const fin = (v: bigint): bigint => (negR && !qIsNaN(v) ? v ^ QSIGN : v);
    const rn = rnOf(m, i); // (xsnmaddqp/xsnmsubqp negate the rounded result)
    const ue = (m.s64[FLO] & UE) !== 0;
    const np = qNeg(a) !== qNeg(b), nc = qNeg(c), ic = qIsInf(c);
    if (ia || ib) {
      if (ic && nc !== np) return writeQ(m, rt, QDEFNAN, VXISI, false);
      return writeQ(m, rt, fin((np ? QSIGN : 0n) | (0x7fffn << 112n)), 0, false);
    }
    if (ic) return writeQ(m, rt, fin(c), 0, false);
    unpackQ(a); const sa = UQ.sig, ea = UQ.exp;
    unpackQ(b); let sp = sa * UQ.sig; const ep = ea + UQ.exp;
    if (np) sp = -sp;
    unpackQ(c); const sc = nc ? -UQ.sig : UQ.sig, ec = UQ.exp;
    const e = Math.min(ep, ec);
    const s = (sp << BigInt(ep - e)) + (sc << BigInt(ec - e));
    if (s === 0n) {
      // exact zero: sign from the un-negated sum in the actual mode
      const neg = sp === 0n && sc === 0n && np === nc ? np : (m.s64[FLO] & 3) === RDN;
      rs.flags = 0;
      return writeQ(m, rt, fin(neg ? QSIGN : 0n), 0, true);
    }
    return writeQ(m, rt, fin(roundQ(s < 0n, s < 0n ? -s : s, e, false, rn, ue)), 0, true);
  };
}

/** Integer square root by Newton's method from above (exact for any size). */
function isqrtBig(n: bigint): bigint {
  if (n < 2n) return n;
  let x = 1n << BigInt((bitLength(n) >> 1) + 1);
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

function qSqrt(m: Machine, i: Insn): void {
  const rt = i.rt + 32, b = getQ(m, i.rb + 32);
  if (qIsNaN(b)) return nanQ(m, rt, 0, b);
  if (qIsZero(b)) return writeQ(m, rt, b, 0, false);
  if (qNeg(b)) return writeQ(m, rt, QDEFNAN, VXSQRT, false);
  if (qIsInf(b)) return writeQ(m, rt, b, 0, false);
  unpackQ(b);
  let k = Math.max(0, 2 * 120 - bitLength(UQ.sig));
  if ((UQ.exp - k) & 1) k++;
  const n = UQ.sig << BigInt(k);
  const s = isqrtBig(n);
  writeQ(m, rt, roundQ(false, s, (UQ.exp - k) / 2, s * s !== n, rnOf(m, i), (m.s64[FLO] & UE) !== 0), 0, true);
}

/** Compare: ordered sets VXVC for any NaN (not with an enabled SNaN). */
function qCmp(ordered: boolean): Handler {
  return (m, i) => {
    const a = getQ(m, i.ra + 32), b = getQ(m, i.rb + 32);
    let c: number, exc = 0;
    if (qIsNaN(a) || qIsNaN(b)) {
      c = 1;
      const sn = qIsSNaN(a) || qIsSNaN(b);
      if (sn) exc = VXSNAN;
      if (ordered && (!sn || !(m.s64[FLO] & VE))) exc |= VXVC;
    } else c = cmpQ(a, b);
    setCrFpcc(m, i.rt >>> 2, c);
    commit(m, exc, 0, false, 0);
  };
}

/** 8/4/2 for a < b, a > b, a == b (ordered values). */
function cmpQ(a: bigint, b: bigint): number {
  if (qIsZero(a) && qIsZero(b)) return 2;
  const ka = qNeg(a) ? -(a & ~QSIGN) : a, kb = qNeg(b) ? -(b & ~QSIGN) : b;
  return ka < kb ? 8 : ka > kb ? 4 : 2;
}

function qCmpExp(m: Machine, i: Insn): void {
  const a = getQ(m, i.ra + 32), b = getQ(m, i.rb + 32);
  let c: number;
  if (qIsNaN(a) || qIsNaN(b)) c = 1;
  else { const ea = qExp(a), eb = qExp(b); c = ea < eb ? 8 : ea > eb ? 4 : 2; }
  setCrFpcc(m, i.rt >>> 2, c);
}

/** Sign operations (804 sub-ops 0/8/16) and xscpsgnqp: no FPSCR change. */
function qSign(kind: number): Handler {
  return (m, i) => {
    const b = getQ(m, i.rb + 32);
    let v: bigint;
    if (kind === 0) v = b & ~QSIGN;
    else if (kind === 1) v = b | QSIGN;
    else if (kind === 2) v = b ^ QSIGN;
    else v = (b & ~QSIGN) | (getQ(m, i.ra + 32) & QSIGN);
    setQ(m, i.rt + 32, v);
  };
}

function xsxexpqp(m: Machine, i: Insn): void {
  setQ(m, i.rt + 32, BigInt(qExp(getQ(m, i.rb + 32))) << 64n);
}
function xsxsigqp(m: Machine, i: Insn): void {
  const b = getQ(m, i.rb + 32), e = qExp(b);
  setQ(m, i.rt + 32, (b & QFRAC) | (e === 0 || e === QEXP_MAX ? 0n : QIMP));
}
function xsiexpqp(m: Machine, i: Insn): void {
  const a = getQ(m, i.ra + 32), b = getQ(m, i.rb + 32);
  const e = (b >> 64n) & 0x7fffn;
  setQ(m, i.rt + 32, (a & (QSIGN | QFRAC)) | (e << 112n));
}

function xststdcqp(m: Machine, i: Insn): void {
  const b = getQ(m, i.rb + 32), neg = qNeg(b);
  const e = qExp(b), f = b & QFRAC;
  const cls = e === QEXP_MAX ? (f ? 0 : 1) : e === 0 ? (f ? 3 : 2) : 4;
  const match = dcmxMatch(dcmx7(i), neg, cls);
  setCrFpcc(m, i.rt >>> 2, (neg ? 8 : 0) | (match ? 2 : 0));
}
const dcmx7 = (i: Insn): number => (i.word >>> 16) & 0x7f;

/** xscvdpqp: exact widening; a SNaN is quieted with VXSNAN. */
function xscvdpqp(m: Machine, i: Insn): void {
  const r = i.rb + 32, hi = HI0(m, r), lo = LO0(m, r);
  const sgn = hi >>> 31 ? QSIGN : 0n;
  const ex = (hi >>> 20) & 0x7ff;
  const frac = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let v: bigint, exc = 0;
  if (ex === 0x7ff) {
    v = sgn | (0x7fffn << 112n) | (frac << 60n);
    if (frac !== 0n) { if (!(hi & 0x80000)) exc = VXSNAN; v |= QQUIET; }
  } else if (ex === 0) {
    if (frac === 0n) v = sgn;
    else { rs.flags = 0; v = roundQ(sgn !== 0n, frac, -1074, false, RNE, false); }
  } else v = sgn | (BigInt(ex - 1023 + QBIAS) << 112n) | (frac << 60n);
  writeQ(m, i.rt + 32, v, exc, false);
}

/** xscvqpdp[o]: round to binary64 (soft.round; round to odd via truncation). */
function xscvqpdp(m: Machine, i: Insn): void {
  const b = getQ(m, i.rb + 32), rt = i.rt + 32;
  const odd = (i.word & 1) !== 0;
  let hi: number, lo: number, exc = 0, status: number;
  const l = m.s64[FLO];
  if (qIsNaN(b)) {
    if (qIsSNaN(b)) exc = VXSNAN;
    const v = b | QQUIET;
    hi = Number((v >> 96n) & 0x80000000n) | 0x7ff00000 | Number((v >> 92n) & 0xfffffn);
    lo = Number((v >> 60n) & 0xffffffffn);
    if (exc && (l & VE)) { commit(m, exc, 0, false, 0); return; }
    setDw(m, rt, 0, hi >>> 0, lo); zeroDw1(m, rt);
    commit(m, exc, C_QNAN, true, 0);
    return;
  }
  let d: number;
  if (qIsInf(b)) { d = qNeg(b) ? -Infinity : Infinity; rs.flags = 0; }
  else if (qIsZero(b)) { d = qNeg(b) ? -0 : 0; rs.flags = 0; }
  else {
    unpackQ(b);
    d = round(qNeg(b) ? -UQ.sig : UQ.sig, UQ.exp, false, false, odd ? RTZ : l & 3, (l & OE) !== 0, (l & UE) !== 0);
    if (odd && rs.flags & R_FI) {
      const F = m.st.vsrF64;
      F[2 * rt] = d;
      const lw = dwLo(m, rt, 0);
      if (!(lw & 1)) { setDw(m, rt, 0, dwHi(m, rt, 0), (lw | 1) >>> 0); rs.flags |= R_FR; }
      d = F[2 * rt];
    }
  }
  const fl = rs.flags;
  if (fl & R_FI) exc |= XX;
  if (fl & R_OX) exc |= OX;
  if (fl & R_UX) exc |= UX;
  m.st.vsrF64[2 * rt] = d; zeroDw1(m, rt);
  status = fprfDp(dwHi(m, rt, 0), dwLo(m, rt, 0)) | (fl & R_FI ? FI : 0) | (fl & R_FR ? FR : 0);
  commit(m, exc, status, true, 0);
}

/** xscvsdqp / xscvudqp: 64-bit integer in dw0 of VRB, exact. */
function xscvdqp(signed: boolean): Handler {
  return (m, i) => {
    let v = m.st.vsrU64[2 * (i.rb + 32)];
    if (signed) v = BigInt.asIntN(64, v);
    const neg = v < 0n;
    rs.flags = 0;
    writeQ(m, i.rt + 32, roundQ(neg, neg ? -v : v, 0, false, RNE, false), 0, true);
  };
}

/**
 * Truncates quad b to a `bits`-wide integer (signed or not), as the xscvqp*z conversions do:
 * NaN -> VXCVI (and VXSNAN) with the most negative value (0 unsigned), out of range -> VXCVI
 * and the saturated value, inexact -> XX and FI; FPRF unchanged. The result is in TRUNC.
 */
const TRUNC = { r: 0n, exc: 0, status: 0 };
function truncQ(m: Machine, b: bigint, bits: bigint, unsigned: boolean): void {
  const max = unsigned ? (1n << bits) - 1n : (1n << (bits - 1n)) - 1n, min = unsigned ? 0n : -(1n << (bits - 1n));
  let r: bigint, exc = 0, status = m.s64[FLO] & FPRF;
  if (qIsNaN(b)) { exc = VXCVI | (qIsSNaN(b) ? VXSNAN : 0); r = min; }
  else if (qIsInf(b)) { exc = VXCVI; r = qNeg(b) ? min : max; }
  else {
    unpackQ(b);
    const mag = UQ.exp >= 0 ? UQ.sig << BigInt(UQ.exp) : UQ.sig >> BigInt(-UQ.exp);
    const inexact = UQ.exp < 0 && (mag << BigInt(-UQ.exp)) !== UQ.sig;
    const t = qNeg(b) ? -mag : mag;
    if (t > max) { exc = VXCVI; r = max; }
    else if (t < min) { exc = VXCVI; r = min; }
    else { r = t; if (inexact) { exc = XX; status |= FI; } }
  }
  TRUNC.r = r; TRUNC.exc = exc; TRUNC.status = status;
}

/** xscvqp[su][dw]z: truncating conversion to a 64-bit (or 32-bit, extended) integer in dw0. */
function xscvqpint(dword: boolean, unsigned: boolean): Handler {
  return (m, i) => {
    truncQ(m, getQ(m, i.rb + 32), dword ? 64n : 32n, unsigned);
    if ((TRUNC.exc & VX_ALL) && (m.s64[FLO] & VE)) { commit(m, TRUNC.exc, 0, false, 0); return; }
    const rt = i.rt + 32;
    m.st.vsrU64[2 * rt] = BigInt.asUintN(64, TRUNC.r);
    m.st.vsrU64[2 * rt + 1] = 0n;
    commit(m, TRUNC.exc, TRUNC.status, true, 0);
  };
}

/** xsrqpi / xsrqpix (EX): round to an integral value; only xsrqpix reports inexact. */
function xsrqpi(m: Machine, i: Insn): void {
  const b = getQ(m, i.rb + 32), rt = i.rt + 32;
  const R = (i.word >>> 16) & 1, rmc = (i.word >>> 9) & 3, ex = i.word & 1;
  if (qIsNaN(b)) return nanQ(m, rt, 0, b);
  if (qIsInf(b) || qIsZero(b)) return writeQ(m, rt, b, 0, false);
  // R=0: RMC 0 nearest (ties away), 3 the FPSCR mode; R=1: RMC 0..3 = RNE, RTZ, RUP, RDN.
  const mode = R === 0 ? (rmc === 3 ? m.s64[FLO] & 3 : 5) : rmc;
  unpackQ(b);
  const neg = qNeg(b);
  let v: bigint;
  if (UQ.exp >= 0) v = b;
  else {
    const bs = BigInt(-UQ.exp);
    let r = UQ.sig >> bs;
    const rem = UQ.sig - (r << bs), half = 1n << (bs - 1n);
    let up = false;
    if (rem !== 0n) {
      if (mode === 5) up = rem >= half;
      else if (mode === RNE) up = rem > half || (rem === half && (r & 1n) === 1n);
      else if (mode === RUP) up = !neg;
      else if (mode === RDN) up = neg;
    }
    if (up) r += 1n;
    rs.flags = 0;
    v = roundQ(neg, r, 0, false, RNE, false);
    if (r === 0n) v = neg ? QSIGN : 0n;
    if (ex && rem !== 0n) { rs.flags = R_FI; return writeQ(m, rt, v, 0, true); }
  }
  rs.flags = 0;
  writeQ(m, rt, v, 0, true);
}

/** xsrqpxp: round to binary80's precision (a 64-bit significand) and range (binary128's exponents,
 * denormals from 2^-16445), the result in binary128; R and RMC select the mode as for xsrqpi, the
 * reserved R=0, RMC=01/10 round to nearest even (as QEMU). FPSCR as a rounding: OX, UX, XX, FR, FI. */
const QMAX80 = (0x7ffen << 112n) | (QFRAC & ~((1n << 49n) - 1n));
function xsrqpxp(m: Machine, i: Insn): void {
  const b = getQ(m, i.rb + 32), rt = i.rt + 32;
  const R = (i.word >>> 16) & 1, rmc = (i.word >>> 9) & 3;
  if (qIsNaN(b)) return nanQ(m, rt, 0, b);
  if (qIsInf(b) || qIsZero(b)) return writeQ(m, rt, b, 0, false);
  const mode = R ? rmc : rmc === 3 ? m.s64[FLO] & 3 : rmc === 0 ? RNA : RNE;
  const neg = qNeg(b);
  unpackQ(b);
  let v: bigint;
  if (!roundP(neg, UQ.sig, UQ.exp, false, mode, (m.s64[FLO] & UE) !== 0, 64, QEMIN, QEMAX)) {
    v = (neg ? QSIGN : 0n) | (ovfInf(mode, neg) ? 0x7fffn << 112n : QMAX80);
  } else {
    const fl = rs.flags;
    v = roundQ(neg, RC.r, RC.q, false, RNE, false); // exact
    rs.flags = fl;
  }
  writeQ(m, rt, v, 0, true);
}

// ---- vector FP -----------------------------------------------------------------------------
//
// Each lane runs a scalar handler above on the real registers: the lane's operands are placed in
// doubleword 0 of XA, XB and XT (saved first and restored afterwards), so every lane gets exactly
// the scalar rounding, NaN and exception rules. Per lane the FPSCR starts with its exception bits
// clear; the lanes' exceptions are OR-ed and committed once at the end, FR/FI/FPRF are left as
// they were (vector operations do not set them), and MSR[FE0,FE1] are masked while the lanes run
// so that an enabled exception is taken once, after the whole vector. An enabled invalid-operation
// or zero-divide exception in any lane suppresses the whole result.

const enum VIn {
  /** doublewords 0, 1 */ DP,
  /** words 0..3, binary32 widened to binary64 (signaling NaNs kept) */ SP,
  /** words 0, 2 widened */ SPE,
  /** words 0, 2 raw in word 0 of the lane (xscvspdp's operand) */ RAWE,
  /** words 0, 2 sign / zero extended to a doubleword */ SWE, UWE,
  /** words 0..3 sign / zero extended */ SW, UW,
}
const enum VOut {
  /** doubleword k */ DP,
  /** word k <- binary64 result narrowed (exact: the scalar op rounded to single) */ SP,
  /** words 2k, 2k+1 <- narrowed result */ SPE,
  /** words 2k, 2k+1 <- word 0 of the lane result (already binary32) */ HIE,
  /** word k <- word 0 (compare masks) */ HI,
  /** words 2k, 2k+1 <- word 1 (integer word results) */ LOE,
  /** word k <- word 1 */ LO,
}

const MSR_LO = 2 * Spr64.MSR + 1;
const FE_BITS = 0x900;
const EXC_LANE = (EXC_ALL & ~FX) >>> 0;
const VSAVE = new Uint32Array(12);
const VRES = new Uint32Array(4);
/** The lane operand mapping handed to the scalar handlers (distinct from T, which they use). */
const V = new Insn(0, 0, () => undefined, undefined);
V.rec = 0;

function saveReg(m: Machine, r: number, o: number): void {
  const W = m.st.vsrU32;
  for (let k = 0; k < 4; k++) VSAVE[o + k] = W[wIx(r, k)];
}
function restoreReg(m: Machine, r: number, o: number): void {
  const W = m.st.vsrU32;
  for (let k = 0; k < 4; k++) W[wIx(r, k)] = VSAVE[o + k];
}

/** Doubleword 0 of r <- lane k of the saved image at o. */
function laneIn(m: Machine, r: number, o: number, k: number, mode: VIn): void {
  let hi: number, lo: number, w: number;
  switch (mode) {
    case VIn.DP: hi = VSAVE[o + 2 * k]; lo = VSAVE[o + 2 * k + 1]; break;
    case VIn.SP: hi = sp2dp(VSAVE[o + k]); lo = cvLo; break;
    case VIn.SPE: hi = sp2dp(VSAVE[o + 2 * k]); lo = cvLo; break;
    case VIn.RAWE: hi = VSAVE[o + 2 * k]; lo = 0; break;
    case VIn.SWE: case VIn.UWE:
      w = VSAVE[o + 2 * k]; lo = w; hi = mode === VIn.SWE && w & 0x80000000 ? 0xffffffff : 0; break;
    default:
      w = VSAVE[o + k]; lo = w; hi = mode === VIn.SW && w & 0x80000000 ? 0xffffffff : 0;
  }
  setDw(m, r, 0, hi, lo);
}

function laneOut(m: Machine, r: number, k: number, mode: VOut): void {
  const hi = dwHi(m, r, 0), lo = dwLo(m, r, 0);
  switch (mode) {
    case VOut.DP: VRES[2 * k] = hi; VRES[2 * k + 1] = lo; break;
    case VOut.SP: VRES[k] = dp2sp(hi, lo); break;
    case VOut.SPE: VRES[2 * k] = VRES[2 * k + 1] = dp2sp(hi, lo); break;
    case VOut.HIE: VRES[2 * k] = VRES[2 * k + 1] = hi; break;
    case VOut.HI: VRES[k] = hi; break;
    case VOut.LOE: VRES[2 * k] = VRES[2 * k + 1] = lo; break;
    default: VRES[k] = lo;
  }
}

/** A vector instruction from the scalar handler h applied per lane. `cr6`: Rc (bit 21) sets CR6
 * from the result (compares). */
function vec(inMode: VIn, outMode: VOut, h: Handler, cr6 = false): Handler {
  const lanes = inMode === VIn.SP || inMode === VIn.SW || inMode === VIn.UW ? 4 : 2;
  return (m, i) => {
    const l0 = m.s64[FLO], msr = m.s64[MSR_LO];
    const base = (l0 & ~EXC_ALL & ~FEX & ~VX) >>> 0;
    saveReg(m, i.ra, 0); saveReg(m, i.rb, 4); saveReg(m, i.rt, 8);
    V.rt = i.rt; V.ra = i.ra; V.rb = i.rb; V.rc = i.rb;
    m.s64[MSR_LO] = msr & ~FE_BITS;
    let acc = 0;
    for (let k = 0; k < lanes; k++) {
      laneIn(m, i.ra, 0, k, inMode); laneIn(m, i.rb, 4, k, inMode); laneIn(m, i.rt, 8, k, inMode);
      m.s64[FLO] = base;
      h(m, V);
      acc |= m.s64[FLO] & EXC_LANE;
      laneOut(m, i.rt, k, outMode);
    }
    m.s64[MSR_LO] = msr;
    m.s64[FLO] = l0;
    restoreReg(m, i.ra, 0); restoreReg(m, i.rb, 4); restoreReg(m, i.rt, 8);
    const supp = ((acc & VX_ALL) && (l0 & VE)) || ((acc & ZX) && (l0 & ZE));
    if (!supp) {
      const W = m.st.vsrU32;
      for (let k = 0; k < 4; k++) W[wIx(i.rt, k)] = VRES[k];
      if (cr6 && i.rec) cr6FromVsr(m, i.rt);
    }
    commit(m, acc, 0, false, 0);
  };
}

const rsqrteSp = s1((m, i) => estimate(m, i, true, true));
/** An xvrsqrtesp lane: as QEMU, a binary32 square root, then a binary32 reciprocal (FI of both
 * steps); the special operands as xsrsqrtesp. */
function rsqrteSpLane(m: Machine, i: Insn): void {
  const a = m.st.vsrF64[2 * i.rb];
  if (!(a > 0 && a < Infinity)) { rsqrteSp(m, i); return; }
  const l = m.s64[FLO], rn = l & 3;
  const s = sqrtR(a, true, rn, false, false);
  const fi = rs.flags & R_FI;
  const v = divR(1, s, true, rn, (l & OE) !== 0, (l & UE) !== 0);
  rs.flags |= fi;
  writeRounded(m, i, v, true, 0);
  zeroDw1(m, i.rt);
}

/** xvtdivdp / xvtsqrtdp: CR[BF] <- 0b1000 | the lanes' fg and fe OR-ed. */
function vtest(f: Core): Handler {
  const h = sCr(f);
  return (m, i) => {
    const bf = i.rt >>> 2;
    saveReg(m, i.ra, 0); saveReg(m, i.rb, 4);
    V.rt = i.rt; V.ra = i.ra; V.rb = i.rb; V.rc = i.rb;
    let c = 8;
    for (let k = 0; k < 2; k++) {
      laneIn(m, i.ra, 0, k, VIn.DP); laneIn(m, i.rb, 4, k, VIn.DP);
      h(m, V);
      c |= m.getCrField(bf);
    }
    restoreReg(m, i.ra, 0); restoreReg(m, i.rb, 4);
    m.setCrField(bf, c);
  };
}

/** xvtdivsp / xvtsqrtsp lane: fg << 2 | fe << 1 of binary32 b (divisor or radicand) and a
 * (dividend), as ftdiv / ftsqrt with the single-precision limits (Emin -126, Emax 127, 23
 * fraction bits; a denormal's exponent is -127, which no test below tells from its true one). */
function tdivSp(a: number, b: number, sqrt: boolean): number {
  const ea = ((a >>> 23) & 0xff) - 127, eb = ((b >>> 23) & 0xff) - 127;
  const ba = b & 0x7fffffff;
  if (ba === 0 || ba === 0x7f800000 || (!sqrt && (a & 0x7fffffff) === 0x7f800000)) return 6;
  let fe: boolean;
  if (sqrt) fe = eb === 128 || b >>> 31 === 1 || eb <= -103;
  else {
    fe = ea === 128 || eb === 128 || eb <= -126 || eb >= 125 ||
      ((a & 0x7fffffff) !== 0 && (ea - eb >= 127 || ea - eb <= -125 || ea <= -103));
  }
  return (eb === -127 ? 4 : 0) | (fe ? 2 : 0);
}
/** xvtdivsp / xvtsqrtsp: CR[BF] <- 0b1000 | the four lanes' fg and fe OR-ed. */
function xvtsp(sqrt: boolean): Handler {
  return (m, i) => {
    const W = m.st.vsrU32;
    let c = 8;
    for (let k = 0; k < 4; k++) c |= tdivSp(sqrt ? 0 : W[wIx(i.ra, k)], W[wIx(i.rb, k)], sqrt);
    m.setCrField((i.rt >>> 2) & 7, c);
  };
}

// ---- vector FP fast paths --------------------------------------------------------------------
//
// Lanes run the scalar kernels (fp.ts) and round; the lane results go to a scratch array and are
// written only when every lane succeeded, else the reference handler redoes the instruction. A
// fast lane can raise only XX (inexact): NaN, infinity, zero, tiny and huge operands or results
// bail. Once XX is set, with every exception disabled and round-to-nearest, only the native
// operation and a range check are needed: for binary32 operands a binary64 add, subtract,
// multiply, divide or square root followed by one rounding to binary32 is correctly rounded
// (53 >= 2*24 + 2), and a result that is neither tiny nor huge raises nothing new.

const LANE = new Float64Array(4);
const enum VOp { ADD, SUB, MUL, DIV, SQRT }

/** Round-to-nearest, every exception disabled and XX already set: no lane can change the FPSCR. */
const lazy = (l: number): boolean => (l & (ENABLES | 3 | XX)) === XX;

/** Commits XX from inexact fast lanes (FX on 0->1; SIGFPE when XE is enabled). */
function vInexact(m: Machine, l: number): void {
  if (!(l & XX) || l & XE) commit(m, XX, 0, false, 0);
}

/** LANE[k] <- the native lane result of op on OPND[0], OPND[1] (a subtraction arrives as an
 * addition of the negated operand) when it raises nothing (lazy mode); false otherwise. */
function lazyLane(op: VOp, single: boolean, k: number): boolean {
  const a = OPND[0], b = OPND[1];
  const r = op === VOp.ADD ? a + b : op === VOp.MUL ? a * b : op === VOp.DIV ? a / b : Math.sqrt(b);
  const v = single ? Math.fround(r) : r, av = Math.abs(v);
  LANE[k] = v;
  if (v === 0) {
    // an exact zero: a zero sum of finite values, a product or quotient with a zero dividend/factor
    if (r !== 0) return false;
    if (op === VOp.MUL) return a === 0 || b === 0;
    if (op === VOp.DIV) return a === 0;
    return true;
  }
  if (op === VOp.ADD && !single) return av <= MAX_D; // a tiny sum is exact
  return av > (single ? MIN_S : MIN_NORM) && av <= (single ? MAX_S : MAX_D);
}

/** Lane kernel for op on OPND: the sign of the rounding error, or BAIL (RES[0] = the RN double). */
function laneK(op: VOp): number {
  return op === VOp.ADD ? addK() : op === VOp.MUL ? mulK() : op === VOp.DIV ? divK() : sqrtK();
}

/** xv{add,sub,mul,div,sqrt}dp: false (nothing written) when the reference must run. */
function vdpFast(m: Machine, i: Insn, op: VOp): boolean {
  if (FP_REFERENCE[0]) return false;
  const F = m.st.vsrF64, l = m.s64[FLO], a0 = 2 * i.ra, b0 = 2 * i.rb;
  const sub = op === VOp.SUB, kop = sub ? VOp.ADD : op;
  let acc = 0;
  if (lazy(l)) {
    for (let k = 0; k < 2; k++) {
      OPND[0] = F[a0 + k]; OPND[1] = sub ? -F[b0 + k] : F[b0 + k];
      if (!lazyLane(kop, false, k)) return false;
    }
  } else {
    for (let k = 0; k < 2; k++) {
      OPND[0] = F[a0 + k]; OPND[1] = sub ? -F[b0 + k] : F[b0 + k];
      const es = laneK(kop);
      if (es === BAIL) return false;
      const st = roundD(es, l & 3);
      if (st < 0) return false;
      LANE[k] = RES[1]; acc |= st;
    }
  }
  F[2 * i.rt] = LANE[0]; F[2 * i.rt + 1] = LANE[1];
  if (acc) vInexact(m, l);
  return true;
}

/** xv{add,sub,mul,div,sqrt}sp. */
function vspFast(m: Machine, i: Insn, op: VOp): boolean {
  if (FP_REFERENCE[0]) return false;
  const F = m.st.vsrF32, l = m.s64[FLO];
  const sub = op === VOp.SUB, kop = sub ? VOp.ADD : op;
  let acc = 0;
  if (lazy(l)) {
    for (let k = 0; k < 4; k++) {
      OPND[0] = F[wIx(i.ra, k)]; OPND[1] = sub ? -F[wIx(i.rb, k)] : F[wIx(i.rb, k)];
      if (!lazyLane(kop, true, k)) return false;
    }
  } else {
    for (let k = 0; k < 4; k++) {
      OPND[0] = F[wIx(i.ra, k)]; OPND[1] = sub ? -F[wIx(i.rb, k)] : F[wIx(i.rb, k)];
      const es = laneK(kop);
      if (es === BAIL) return false;
      const st = roundS(es, l & 3);
      if (st < 0) return false;
      LANE[k] = RES[1]; acc |= st;
    }
  }
  for (let k = 0; k < 4; k++) F[wIx(i.rt, k)] = LANE[k];
  if (acc) vInexact(m, l);
  return true;
}

/** xvcvspdp: binary32 words 0 and 2 widened (exact); a NaN lane takes the reference. */
const cvspdpRef = vec(VIn.RAWE, VOut.DP, xscvspdp);
function xvcvspdp(m: Machine, i: Insn): void {
  const S = m.st.vsrF32, a = S[wIx(i.rb, 0)], b = S[wIx(i.rb, 2)];
  if (FP_REFERENCE[0] || a !== a || b !== b) { cvspdpRef(m, i); return; }
  m.st.vsrF64[2 * i.rt] = a; m.st.vsrF64[2 * i.rt + 1] = b;
}

/** xvcvdpsp: each doubleword rounded to binary32 (roundS with an exact input), the result in
 * both words of its doubleword. */
const cvdpspRef = vec(VIn.DP, VOut.HIE, xscvdpsp);
function xvcvdpsp(m: Machine, i: Insn): void {
  const D = m.st.vsrF64, l = m.s64[FLO];
  let acc = 0;
  for (let k = 0; k < 2 && !FP_REFERENCE[0]; k++) {
    RES[0] = D[2 * i.rb + k];
    const st = roundS(0, l & 3);
    if (st < 0) { acc = -1; break; }
    LANE[k] = RES[1]; acc |= st;
  }
  if (acc < 0 || FP_REFERENCE[0]) { cvdpspRef(m, i); return; }
  const S = m.st.vsrF32;
  S[wIx(i.rt, 0)] = S[wIx(i.rt, 1)] = LANE[0];
  S[wIx(i.rt, 2)] = S[wIx(i.rt, 3)] = LANE[1];
  if (acc) vInexact(m, l);
}

/** Lane k of XA and XB into OPND[0], OPND[1] (doubleword k, or binary32 word k). */
function lanes2(m: Machine, i: Insn, k: number, single: boolean): void {
  if (single) { const S = m.st.vsrF32; OPND[0] = S[wIx(i.ra, k)]; OPND[1] = S[wIx(i.rb, k)]; }
  else { const D = m.st.vsrF64; OPND[0] = D[2 * i.ra + k]; OPND[1] = D[2 * i.rb + k]; }
}

/** xvmax/xvmin dp/sp without NaN lanes (the only source of an exception): the maxNum/minNum pick
 * (+0 above -0) as xsmaxdp/xsmindp; the FPSCR is unchanged. */
function vMaxMin(m: Machine, i: Insn, max: boolean, single: boolean): boolean {
  if (FP_REFERENCE[0]) return false;
  const n = single ? 4 : 2;
  for (let k = 0; k < n; k++) {
    lanes2(m, i, k, single);
    const a = OPND[0], b = OPND[1];
    if (a !== a || b !== b) return false;
    const pickA = a === b ? Object.is(a, -0) !== max : max ? a > b : a < b;
    LANE[k] = pickA ? a : b;
  }
  if (single) { const S = m.st.vsrF32; for (let k = 0; k < 4; k++) S[wIx(i.rt, k)] = LANE[k]; }
  else { m.st.vsrF64[2 * i.rt] = LANE[0]; m.st.vsrF64[2 * i.rt + 1] = LANE[1]; }
  return true;
}

/** xvcmp{eq,gt,ge}{dp,sp}[.] without NaN lanes: lane masks (CR6 for the record form), the FPSCR
 * unchanged. kind: 0 eq, 1 gt, 2 ge. */
function vCmp(m: Machine, i: Insn, kind: number, single: boolean): boolean {
  if (FP_REFERENCE[0]) return false;
  const n = single ? 4 : 2;
  for (let k = 0; k < n; k++) {
    lanes2(m, i, k, single);
    const a = OPND[0], b = OPND[1];
    if (a !== a || b !== b) return false;
    LANE[k] = (kind === 0 ? a === b : kind === 1 ? a > b : a >= b) ? 1 : 0;
  }
  const W = m.st.vsrU32;
  for (let k = 0; k < 4; k++) W[wIx(i.rt, k)] = LANE[single ? k : k >>> 1] ? 0xffffffff : 0;
  if (i.rec) cr6FromVsr(m, i.rt);
  return true;
}

/** Integer -> FP vector conversions when every lane converts exactly (then the FPSCR does not
 * change): src 0 = doublewords, 1 = words 0 and 2, 2 = words 0..3; binary32 results go to word k
 * (four lanes) or to both words of doubleword k (two lanes). Else the per-lane reference runs. */
function vcvInt(m: Machine, i: Insn, src: number, signed: boolean, single: boolean): boolean {
  if (FP_REFERENCE[0]) return false;
  const W = m.st.vsrU32, n = src === 2 ? 4 : 2, lim = single ? 16777216 : 9007199254740992;
  for (let k = 0; k < n; k++) {
    let v: number;
    if (src === 0) {
      const hi = W[wIx(i.rb, 2 * k)], lo = W[wIx(i.rb, 2 * k + 1)];
      v = signed && hi & 0x80000000 ? (hi | 0) * 4294967296 + lo : hi * 4294967296 + lo;
    } else {
      const w = W[wIx(i.rb, src === 1 ? 2 * k : k)];
      v = signed ? w | 0 : w;
    }
    if (!(Math.abs(v) < lim)) return false; // a larger value never computes below the limit
    LANE[k] = v;
  }
  if (!single) { m.st.vsrF64[2 * i.rt] = LANE[0]; m.st.vsrF64[2 * i.rt + 1] = LANE[1]; }
  else if (n === 4) { const S = m.st.vsrF32; for (let k = 0; k < 4; k++) S[wIx(i.rt, k)] = LANE[k]; }
  else { const S = m.st.vsrF32; S[wIx(i.rt, 0)] = S[wIx(i.rt, 1)] = LANE[0]; S[wIx(i.rt, 2)] = S[wIx(i.rt, 3)] = LANE[1]; }
  return true;
}
const cvInt = (src: number, signed: boolean, single: boolean, ref: Handler): Handler =>
  (m, i) => { if (!vcvInt(m, i, src, signed, single)) ref(m, i); };

/** Multiply-add lanes: 'a' forms XA*XB + XT, 'm' forms XA*XT + XB; kind bit 0 subtracts the
 * addend, bit 1 negates the result (rounding the negated exact value, as the scalar core). */
function vfma(m: Machine, i: Insn, aForm: boolean, kind: number, single: boolean): boolean {
  if (FP_REFERENCE[0]) return false;
  const l = m.s64[FLO], rn = l & 3, n = single ? 4 : 2;
  const cr = aForm ? i.rb : i.rt, br = aForm ? i.rt : i.rb;
  const D = m.st.vsrF64, S = m.st.vsrF32;
  let acc = 0;
  for (let k = 0; k < n; k++) {
    let b: number;
    if (single) { OPND[0] = S[wIx(i.ra, k)]; OPND[1] = S[wIx(cr, k)]; b = S[wIx(br, k)]; }
    else { OPND[0] = D[2 * i.ra + k]; OPND[1] = D[2 * cr + k]; b = D[2 * br + k]; }
    OPND[2] = kind & 1 ? -b : b;
    const es = fmaK();
    if (es === BAIL) return false;
    const st = single ? roundS(es, rn) : roundD(es, rn);
    if (st < 0) return false;
    LANE[k] = kind & 2 ? -RES[1] : RES[1]; acc |= st; // nmadd/nmsub: rounded, then negated
  }
  if (single) for (let k = 0; k < 4; k++) S[wIx(i.rt, k)] = LANE[k];
  else { D[2 * i.rt] = LANE[0]; D[2 * i.rt + 1] = LANE[1]; }
  if (acc) vInexact(m, l);
  return true;
}

// ---- rows ----------------------------------------------------------------------------------

const S = 'vsx', S7 = 'vsx_207', S9 = 'vsx_300';
const x3 = (mnem: string, xo: number, feature: Row['feature'], h: Handler, ops = 'xt,xa,xb'): Row =>
  ({ mnem, form: 'XX3', opcd: 60, xo, ops, feature, h });
const x2 = (mnem: string, xo: number, feature: Row['feature'], h: Handler, ops = 'xt,xb', fixed?: readonly [number, number]): Row =>
  ({ mnem, form: 'XX2', opcd: 60, xo, ops, feature, h, fixed });
/** Quad X-form (opcode 63); `ro` selects bit 31 (the round-to-odd forms). */
const xq = (mnem: string, xo: number, h: Handler, ops = 'vrt,vra,vrb', fixed?: [number, number]): Row =>
  ({ mnem, form: 'X', opcd: 63, xo, ops, feature: S9, h, fixed });
const b31 = (v: number): [number, number] => bits(31, 31, v);
const sub = (v: number): [number, number] => fixedBits(bits(11, 15, v), bits(31, 31, 0));
const subO = (v: number, o: number): [number, number] => fixedBits(bits(11, 15, v), bits(31, 31, o));

const madd: Row[] = [];
for (const [name, xo, kind] of [['madd', 33, 0], ['msub', 49, 1], ['nmadd', 161, 2], ['nmsub', 177, 3]] as const) {
  madd.push(x3(`xs${name}adp`, xo, S, sMadd(true, kind, false)));
  madd.push(x3(`xs${name}mdp`, xo + 8, S, sMadd(false, kind, false)));
  madd.push(x3(`xs${name}asp`, xo - 32, S7, sMadd(true, kind, true)));
  madd.push(x3(`xs${name}msp`, xo - 24, S7, sMadd(false, kind, true)));
}

// vector double / single arithmetic (ISA 2.06): each row its own handler, the fast path first
// (vdpFast/vspFast/vfma above), the per-lane reference (vec) when it bails.
const vdpRef = (h: Handler): Handler => vec(VIn.DP, VOut.DP, h);
const vspRef = (h: Handler): Handler => vec(VIn.SP, VOut.SP, h);
const ref = {
  adddp: vdpRef(s2((m, i) => fadd(m, i, false, false))), subdp: vdpRef(s2((m, i) => fadd(m, i, true, false))),
  muldp: vdpRef(s2((m, i) => fmul(m, i, false))), divdp: vdpRef(s2((m, i) => fdiv(m, i, false))),
  sqrtdp: vdpRef(s1((m, i) => fsqrt(m, i, false))),
  addsp: vspRef(s2((m, i) => fadd(m, i, false, true))), subsp: vspRef(s2((m, i) => fadd(m, i, true, true))),
  mulsp: vspRef(s2((m, i) => fmul(m, i, true))), divsp: vspRef(s2((m, i) => fdiv(m, i, true))),
  sqrtsp: vspRef(s1((m, i) => fsqrt(m, i, true))),
};
function xvadddp(m: Machine, i: Insn): void { if (!vdpFast(m, i, VOp.ADD)) ref.adddp(m, i); }
function xvsubdp(m: Machine, i: Insn): void { if (!vdpFast(m, i, VOp.SUB)) ref.subdp(m, i); }
function xvmuldp(m: Machine, i: Insn): void { if (!vdpFast(m, i, VOp.MUL)) ref.muldp(m, i); }
function xvdivdp(m: Machine, i: Insn): void { if (!vdpFast(m, i, VOp.DIV)) ref.divdp(m, i); }
function xvsqrtdp(m: Machine, i: Insn): void { if (!vdpFast(m, i, VOp.SQRT)) ref.sqrtdp(m, i); }
function xvaddsp(m: Machine, i: Insn): void { if (!vspFast(m, i, VOp.ADD)) ref.addsp(m, i); }
function xvsubsp(m: Machine, i: Insn): void { if (!vspFast(m, i, VOp.SUB)) ref.subsp(m, i); }
function xvmulsp(m: Machine, i: Insn): void { if (!vspFast(m, i, VOp.MUL)) ref.mulsp(m, i); }
function xvdivsp(m: Machine, i: Insn): void { if (!vspFast(m, i, VOp.DIV)) ref.divsp(m, i); }
function xvsqrtsp(m: Machine, i: Insn): void { if (!vspFast(m, i, VOp.SQRT)) ref.sqrtsp(m, i); }

/** A multiply-add row: the fast lanes (a monomorphic call), else the scalar fma per lane. */
function vfmaRow(aForm: boolean, kind: number, single: boolean): Handler {
  const r = (single ? vspRef : vdpRef)(sMadd(aForm, kind, single));
  return (m, i) => { if (!vfma(m, i, aForm, kind, single)) r(m, i); };
}
const vmadd: Row[] = [];
for (const [name, xo, kind] of [['madd', 97, 0], ['msub', 113, 1], ['nmadd', 225, 2], ['nmsub', 241, 3]] as const) {
  vmadd.push(x3(`xv${name}adp`, xo, S, vfmaRow(true, kind, false)));
  vmadd.push(x3(`xv${name}mdp`, xo + 8, S, vfmaRow(false, kind, false)));
  vmadd.push(x3(`xv${name}asp`, xo - 32, S, vfmaRow(true, kind, true)));
  vmadd.push(x3(`xv${name}msp`, xo - 24, S, vfmaRow(false, kind, true)));
}
const vdp = (h: Handler): Handler => vec(VIn.DP, VOut.DP, h);
const vsp = (h: Handler): Handler => vec(VIn.SP, VOut.SP, h);
/** Vector compares: the fast masks, the per-lane reference (xscmp*dp) on a NaN lane. */
const xvcmp = (mnem: string, xo: number, inMode: VIn, outMode: VOut, kind: number): Row => {
  const r = vec(inMode, outMode, xscmpmask(kind), true), single = inMode === VIn.SP;
  return { mnem, form: 'XX3R', opcd: 60, xo, ops: 'xt,xa,xb', feature: S, h: (m, i) => { if (!vCmp(m, i, kind, single)) r(m, i); }, flags: Flag.RC21 };
};
/** Vector max/min: the fast pick, the per-lane reference on a NaN lane. */
const xvmaxmin = (max: boolean, single: boolean): Handler => {
  const r = (single ? vsp : vdp)(xsmaxmin(max));
  return (m, i) => { if (!vMaxMin(m, i, max, single)) r(m, i); };
};
const ri = (mode: number): Handler => s1((m, i) => fri(m, i, mode));

/**
 * xvcvdp[su]xds / xvcvsp[su]xws when every lane is a number whose truncation is in range: the
 * truncated lanes, and XX (with FX) when one was inexact and XX was clear; a NaN or out-of-range
 * lane (VXCVI, VXSNAN), or an inexact lane with XE set, takes the per-lane reference.
 */
function vToInt(dword: boolean, unsigned: boolean, ref: Handler): Handler {
  const lo = unsigned ? 0 : dword ? -9223372036854775808 : -2147483648;
  const hi = unsigned ? (dword ? 18446744073709551616 : 4294967296) : dword ? 9223372036854775808 : 2147483648;
  return (m, i) => {
    const l = m.s64[FLO];
    if (!FP_REFERENCE[0]) {
      const n = dword ? 2 : 4;
      let k = 0, inexact = false;
      for (; k < n; k++) {
        const a = dword ? m.st.vsrF64[2 * i.rb + k] : m.st.vsrF32[wIx(i.rb, k)];
        const t = Math.trunc(a);
        if (!(t >= lo && t < hi)) break; // NaN too
        if (t !== a) inexact = true;
        LANE[k] = t;
      }
      if (k === n && !(inexact && l & XE)) {
        const W = m.st.vsrU32;
        for (k = 0; k < n; k++) {
          const t = LANE[k];
          if (dword) {
            const h = Math.floor(t / 4294967296);
            W[wIx(i.rt, 2 * k)] = h >>> 0; W[wIx(i.rt, 2 * k + 1)] = (t - h * 4294967296) >>> 0;
          } else W[wIx(i.rt, k)] = t >>> 0;
        }
        if (inexact && !(l & XX)) commit(m, XX, 0, false, 0);
        return;
      }
    }
    ref(m, i);
  };
}

/** xvrdpi* / xvrspi* without NaN lanes (an SNaN is their only exception): each lane rounded to an
 * integral value by the scalar code's roundInt, exact, so the FPSCR does not change; a NaN lane
 * takes the per-lane reference. */
function vRoundInt(mode: number, single: boolean, ref: Handler): Handler {
  return (m, i) => {
    if (!FP_REFERENCE[0]) {
      const n = single ? 4 : 2;
      let k = 0;
      if (single) { const S = m.st.vsrF32; for (; k < 4; k++) { const a = S[wIx(i.rb, k)]; if (a !== a) break; LANE[k] = roundInt(a, mode); } }
      else { const D = m.st.vsrF64; for (; k < 2; k++) { const a = D[2 * i.rb + k]; if (a !== a) break; LANE[k] = roundInt(a, mode); } }
      if (k === n) {
        if (single) { const S = m.st.vsrF32; for (k = 0; k < 4; k++) S[wIx(i.rt, k)] = LANE[k]; }
        else { m.st.vsrF64[2 * i.rt] = LANE[0]; m.st.vsrF64[2 * i.rt + 1] = LANE[1]; }
        return;
      }
    }
    ref(m, i);
  };
}

const vrows: Row[] = [
  x3('xvadddp', 96, S, xvadddp), x3('xvsubdp', 104, S, xvsubdp),
  x3('xvmuldp', 112, S, xvmuldp), x3('xvdivdp', 120, S, xvdivdp),
  x3('xvaddsp', 64, S, xvaddsp), x3('xvsubsp', 72, S, xvsubsp),
  x3('xvmulsp', 80, S, xvmulsp), x3('xvdivsp', 88, S, xvdivsp),
  ...vmadd,
  x2('xvsqrtdp', 203, S, xvsqrtdp), x2('xvsqrtsp', 139, S, xvsqrtsp),
  x2('xvredp', 218, S, vdp(s1((m, i) => estimate(m, i, false, false)))),
  x2('xvresp', 154, S, vsp(s1((m, i) => estimate(m, i, false, true)))),
  x2('xvrsqrtedp', 202, S, vdp(s1((m, i) => estimate(m, i, true, false)))),
  x2('xvrsqrtesp', 138, S, vsp(rsqrteSpLane)),
  x3('xvmaxdp', 224, S, xvmaxmin(true, false)), x3('xvmindp', 232, S, xvmaxmin(false, false)),
  x3('xvmaxsp', 192, S, xvmaxmin(true, true)), x3('xvminsp', 200, S, xvmaxmin(false, true)),
  xvcmp('xvcmpeqdp', 99, VIn.DP, VOut.DP, 0), xvcmp('xvcmpgtdp', 107, VIn.DP, VOut.DP, 1),
  xvcmp('xvcmpgedp', 115, VIn.DP, VOut.DP, 2),
  xvcmp('xvcmpeqsp', 67, VIn.SP, VOut.HI, 0), xvcmp('xvcmpgtsp', 75, VIn.SP, VOut.HI, 1),
  xvcmp('xvcmpgesp', 83, VIn.SP, VOut.HI, 2),
  { mnem: 'xvtdivdp', form: 'XX3', opcd: 60, xo: 125, ops: 'bf,xa,xb', feature: S, h: vtest(ftdiv) },
  { mnem: 'xvtsqrtdp', form: 'XX2', opcd: 60, xo: 234, ops: 'bf,xb', feature: S, h: vtest(ftsqrt) },
  { mnem: 'xvtdivsp', form: 'XX3', opcd: 60, xo: 93, ops: 'bf,xa,xb', feature: S, h: xvtsp(false) },
  { mnem: 'xvtsqrtsp', form: 'XX2', opcd: 60, xo: 170, ops: 'bf,xb', feature: S, h: xvtsp(true) },
  // rounding to integer
  x2('xvrdpi', 201, S, vRoundInt(0, false, vdp(ri(0)))), x2('xvrdpiz', 217, S, vRoundInt(1, false, vdp(ri(1)))),
  x2('xvrdpip', 233, S, vRoundInt(2, false, vdp(ri(2)))), x2('xvrdpim', 249, S, vRoundInt(3, false, vdp(ri(3)))),
  x2('xvrdpic', 235, S, vdp((m, i) => xsrdpic(m, i))),
  x2('xvrspi', 137, S, vRoundInt(0, true, vsp(ri(0)))), x2('xvrspiz', 153, S, vRoundInt(1, true, vsp(ri(1)))),
  x2('xvrspip', 169, S, vRoundInt(2, true, vsp(ri(2)))), x2('xvrspim', 185, S, vRoundInt(3, true, vsp(ri(3)))),
  x2('xvrspic', 171, S, vsp((m, i) => xsrdpic(m, i))),
  // conversions
  x2('xvcvspdp', 457, S, xvcvspdp),
  x2('xvcvdpsp', 393, S, xvcvdpsp),
  x2('xvcvsxddp', 504, S, cvInt(0, true, false, vdp(s1((m, i) => fcfid(m, i, false, false))))),
  x2('xvcvuxddp', 488, S, cvInt(0, false, false, vdp(s1((m, i) => fcfid(m, i, true, false))))),
  x2('xvcvsxwdp', 248, S, cvInt(1, true, false, vec(VIn.SWE, VOut.DP, s1((m, i) => fcfid(m, i, false, false))))),
  x2('xvcvuxwdp', 232, S, cvInt(1, false, false, vec(VIn.UWE, VOut.DP, s1((m, i) => fcfid(m, i, true, false))))),
  x2('xvcvsxdsp', 440, S, cvInt(0, true, true, vec(VIn.DP, VOut.SPE, s1((m, i) => fcfid(m, i, false, true))))),
  x2('xvcvuxdsp', 424, S, cvInt(0, false, true, vec(VIn.DP, VOut.SPE, s1((m, i) => fcfid(m, i, true, true))))),
  x2('xvcvsxwsp', 184, S, cvInt(2, true, true, vec(VIn.SW, VOut.SP, s1((m, i) => fcfid(m, i, false, true))))),
  x2('xvcvuxwsp', 168, S, cvInt(2, false, true, vec(VIn.UW, VOut.SP, s1((m, i) => fcfid(m, i, true, true))))),
  x2('xvcvdpsxds', 472, S, vToInt(true, false, vdp(xscvdpint(true, false)))), x2('xvcvdpuxds', 456, S, vToInt(true, true, vdp(xscvdpint(true, true)))),
  x2('xvcvdpsxws', 216, S, vec(VIn.DP, VOut.LOE, xscvdpint(false, false))),
  x2('xvcvdpuxws', 200, S, vec(VIn.DP, VOut.LOE, xscvdpint(false, true))),
  x2('xvcvspsxds', 408, S, vec(VIn.SPE, VOut.DP, xscvdpint(true, false))),
  x2('xvcvspuxds', 392, S, vec(VIn.SPE, VOut.DP, xscvdpint(true, true))),
  x2('xvcvspsxws', 152, S, vToInt(false, false, vec(VIn.SP, VOut.LO, xscvdpint(false, false)))),
  x2('xvcvspuxws', 136, S, vToInt(false, true, vec(VIn.SP, VOut.LO, xscvdpint(false, true)))),
];

export const rows: Row[] = [
  ...vrows,
  // scalar double / single arithmetic
  x3('xsadddp', 32, S, (m, i) => { t2(i); fadd(m, T, false, false); zeroDw1(m, i.rt); }),
  x3('xssubdp', 40, S, (m, i) => { t2(i); fadd(m, T, true, false); zeroDw1(m, i.rt); }),
  x3('xsmuldp', 48, S, (m, i) => { t2(i); fmul(m, T, false); zeroDw1(m, i.rt); }),
  x3('xsdivdp', 56, S, (m, i) => { t2(i); fdiv(m, T, false); zeroDw1(m, i.rt); }),
  x3('xsaddsp', 0, S7, (m, i) => { t2(i); fadd(m, T, false, true); zeroDw1(m, i.rt); }),
  x3('xssubsp', 8, S7, (m, i) => { t2(i); fadd(m, T, true, true); zeroDw1(m, i.rt); }),
  x3('xsmulsp', 16, S7, (m, i) => { t2(i); fmul(m, T, true); zeroDw1(m, i.rt); }),
  x3('xsdivsp', 24, S7, (m, i) => { t2(i); fdiv(m, T, true); zeroDw1(m, i.rt); }),
  ...madd,
  x2('xssqrtdp', 75, S, (m, i) => { t1(i); fsqrt(m, T, false); zeroDw1(m, i.rt); }),
  x2('xssqrtsp', 11, S7, (m, i) => { t1(i); fsqrt(m, T, true); zeroDw1(m, i.rt); }),
  x2('xsredp', 90, S, s1((m, i) => estimate(m, i, false, false))),
  x2('xsresp', 26, S7, s1((m, i) => estimate(m, i, false, true))),
  x2('xsrsqrtedp', 74, S, s1((m, i) => estimate(m, i, true, false))),
  x2('xsrsqrtesp', 10, S7, s1((m, i) => estimate(m, i, true, true))),
  x2('xsrsp', 281, S7, s1(frsp)),
  // rounding to integer
  x2('xsrdpi', 73, S, s1((m, i) => fri(m, i, 0))),
  x2('xsrdpiz', 89, S, s1((m, i) => fri(m, i, 1))),
  x2('xsrdpip', 105, S, s1((m, i) => fri(m, i, 2))),
  x2('xsrdpim', 121, S, s1((m, i) => fri(m, i, 3))),
  x2('xsrdpic', 107, S, xsrdpic),
  // compares, tests
  { mnem: 'xscmpudp', form: 'XX3', opcd: 60, xo: 35, ops: 'bf,xa,xb', feature: S, h: sCr((m, i) => fcmp(m, i, false)) },
  { mnem: 'xscmpodp', form: 'XX3', opcd: 60, xo: 43, ops: 'bf,xa,xb', feature: S, h: sCr((m, i) => fcmp(m, i, true)) },
  { mnem: 'xstdivdp', form: 'XX3', opcd: 60, xo: 61, ops: 'bf,xa,xb', feature: S, h: sCr(ftdiv) },
  { mnem: 'xstsqrtdp', form: 'XX2', opcd: 60, xo: 106, ops: 'bf,xb', feature: S, h: sCr(ftsqrt) },
  { mnem: 'xscmpexpdp', form: 'XX3', opcd: 60, xo: 59, ops: 'bf,xa,xb', feature: S9, h: xscmpexpdp },
  x3('xscmpeqdp', 3, S9, xscmpmask(0)), x3('xscmpgtdp', 11, S9, xscmpmask(1)), x3('xscmpgedp', 19, S9, xscmpmask(2)),
  x3('xsmaxdp', 160, S, xsmaxmin(true)), x3('xsmindp', 168, S, xsmaxmin(false)),
  x3('xsmaxcdp', 128, S9, xsmaxminc(true)), x3('xsmincdp', 136, S9, xsmaxminc(false)),
  x3('xsmaxjdp', 144, S9, xsmaxminj(true)), x3('xsminjdp', 152, S9, xsmaxminj(false)),
  x2('xststdcdp', 362, S9, xststdc(false), 'bf,xb,dcmx'), x2('xststdcsp', 298, S9, xststdc(true), 'bf,xb,dcmx'),
  x2('xsxexpdp', 347, S9, xsxexpdp, 'rt,xb', bits(11, 15, 0)),
  x2('xsxsigdp', 347, S9, xsxsigdp, 'rt,xb', bits(11, 15, 1)),
  { mnem: 'xsiexpdp', form: 'XX1', opcd: 60, xo: 918, ops: 'xt,ra,rb', feature: S9, h: xsiexpdp },
  // ISA 3.0 vector exponent / significand / test data class (475 sub-ops in bits 11:15)
  x2('xvxexpdp', 475, S9, xvxdp(false), 'xt,xb', bits(11, 15, 0)), x2('xvxsigdp', 475, S9, xvxdp(true), 'xt,xb', bits(11, 15, 1)),
  x2('xvxexpsp', 475, S9, xvxsp(false), 'xt,xb', bits(11, 15, 8)), x2('xvxsigsp', 475, S9, xvxsp(true), 'xt,xb', bits(11, 15, 9)),
  x3('xviexpdp', 248, S9, xviexpdp), x3('xviexpsp', 216, S9, xviexpsp),
  // DCMX is split (dc bit 25, dm bit 29, dx bits 11:15): the opcode is bits 21:24 and 26:28
  { mnem: 'xvtstdcdp', form: 'XX2', opcd: 60, fixed: fixedBits(bits(21, 24, 15), bits(26, 28, 5)), ops: 'xt,xb,dcmxv', feature: S9, h: xvtstdc(false) },
  { mnem: 'xvtstdcsp', form: 'XX2', opcd: 60, fixed: fixedBits(bits(21, 24, 13), bits(26, 28, 5)), ops: 'xt,xb,dcmxv', feature: S9, h: xvtstdc(true) },
  // conversions
  x2('xscvdpsp', 265, S, xscvdpsp), x2('xscvspdp', 329, S, xscvspdp),
  x2('xscvhpdp', 347, S9, xscvhpdp, 'xt,xb', bits(11, 15, 16)), x2('xscvdphp', 347, S9, xscvdphp, 'xt,xb', bits(11, 15, 17)),
  x2('xvcvhpsp', 475, S9, xvcvhpsp, 'xt,xb', bits(11, 15, 24)), x2('xvcvsphp', 475, S9, xvcvsphp, 'xt,xb', bits(11, 15, 25)),
  x2('xscvdpsxds', 344, S, xscvdpint(true, false)), x2('xscvdpsxws', 88, S, xscvdpint(false, false)),
  x2('xscvdpuxds', 328, S, xscvdpint(true, true)), x2('xscvdpuxws', 72, S, xscvdpint(false, true)),
  x2('xscvsxddp', 376, S, s1((m, i) => fcfid(m, i, false, false))),
  x2('xscvuxddp', 360, S, s1((m, i) => fcfid(m, i, true, false))),
  x2('xscvsxdsp', 312, S7, s1((m, i) => fcfid(m, i, false, true))),
  x2('xscvuxdsp', 296, S7, s1((m, i) => fcfid(m, i, true, true))),

  // quad precision (ISA 3.0)
  xq('xsaddqp', 4, qBinary(QOp.ADD), undefined, b31(0)), xq('xsaddqpo', 4, qBinary(QOp.ADD), undefined, b31(1)),
  xq('xssubqp', 516, qBinary(QOp.SUB), undefined, b31(0)), xq('xssubqpo', 516, qBinary(QOp.SUB), undefined, b31(1)),
  xq('xsmulqp', 36, qBinary(QOp.MUL), undefined, b31(0)), xq('xsmulqpo', 36, qBinary(QOp.MUL), undefined, b31(1)),
  xq('xsdivqp', 548, qBinary(QOp.DIV), undefined, b31(0)), xq('xsdivqpo', 548, qBinary(QOp.DIV), undefined, b31(1)),
  xq('xsmaddqp', 388, qFma(0), undefined, b31(0)), xq('xsmaddqpo', 388, qFma(0), undefined, b31(1)),
  xq('xsmsubqp', 420, qFma(1), undefined, b31(0)), xq('xsmsubqpo', 420, qFma(1), undefined, b31(1)),
  xq('xsnmaddqp', 452, qFma(2), undefined, b31(0)), xq('xsnmaddqpo', 452, qFma(2), undefined, b31(1)),
  xq('xsnmsubqp', 484, qFma(3), undefined, b31(0)), xq('xsnmsubqpo', 484, qFma(3), undefined, b31(1)),
  xq('xssqrtqp', 804, qSqrt, 'vrt,vrb', subO(27, 0)), xq('xssqrtqpo', 804, qSqrt, 'vrt,vrb', subO(27, 1)),
  xq('xscmpuqp', 644, qCmp(false), 'bf,vra,vrb', b31(0)), xq('xscmpoqp', 132, qCmp(true), 'bf,vra,vrb', b31(0)),
  xq('xscmpexpqp', 164, qCmpExp, 'bf,vra,vrb', b31(0)),
  xq('xscpsgnqp', 100, qSign(3), undefined, b31(0)),
  xq('xsabsqp', 804, qSign(0), 'vrt,vrb', sub(0)), xq('xsnabsqp', 804, qSign(1), 'vrt,vrb', sub(8)),
  xq('xsnegqp', 804, qSign(2), 'vrt,vrb', sub(16)),
  xq('xsxexpqp', 804, xsxexpqp, 'vrt,vrb', sub(2)), xq('xsxsigqp', 804, xsxsigqp, 'vrt,vrb', sub(18)),
  xq('xsiexpqp', 868, xsiexpqp, undefined, b31(0)),
  xq('xststdcqp', 708, xststdcqp, 'bf,vrb,dcmx', b31(0)),
  xq('xscvqpuwz', 836, xscvqpint(false, true), 'vrt,vrb', sub(1)),
  xq('xscvudqp', 836, xscvdqp(false), 'vrt,vrb', sub(2)),
  xq('xscvqpswz', 836, xscvqpint(false, false), 'vrt,vrb', sub(9)),
  xq('xscvsdqp', 836, xscvdqp(true), 'vrt,vrb', sub(10)),
  xq('xscvqpudz', 836, xscvqpint(true, true), 'vrt,vrb', sub(17)),
  xq('xscvqpdp', 836, xscvqpdp, 'vrt,vrb', subO(20, 0)), xq('xscvqpdpo', 836, xscvqpdp, 'vrt,vrb', subO(20, 1)),
  xq('xscvdpqp', 836, xscvdpqp, 'vrt,vrb', sub(22)),
  xq('xscvqpsdz', 836, xscvqpint(true, false), 'vrt,vrb', sub(25)),
  { mnem: 'xsrqpi', form: 'Z23', opcd: 63, xo: 5, fixed: b31(0), ops: 'r,vrt,vrb,rmc', feature: S9, h: xsrqpi },
  { mnem: 'xsrqpix', form: 'Z23', opcd: 63, xo: 5, fixed: b31(1), ops: 'r,vrt,vrb,rmc', feature: S9, h: xsrqpi },
  { mnem: 'xsrqpxp', form: 'Z23', opcd: 63, xo: 37, fixed: b31(0), ops: 'r,vrt,vrb,rmc', feature: S9, h: xsrqpxp },
];

/** xsrdpic: round to integer in the current mode; inexact sets XX, FI and FR (unlike xsrdpi). */
function xsrdpic(m: Machine, i: Insn): void {
  const a = m.st.vsrF64[2 * i.rb];
  if (a !== a) { s1((mm, ii) => fri(mm, ii, 0))(m, i); return; }
  const r = roundToInt(a, m.s64[FLO] & 3);
  const fl = rs.flags;
  m.st.vsrF64[2 * i.rt] = r; zeroDw1(m, i.rt);
  commit(m, fl & R_FI ? XX : 0, fprfNum(r, false) | (fl & R_FI ? FI : 0) | (fl & R_FR ? FR : 0), true, 0);
}

// ---- quad precision, Power ISA 3.1 (POWER10) ----------------------------------------------------

/** xscvqpsqz / xscvqpuqz: truncating conversion to a signed/unsigned quadword (all of VRT), as
 * the doubleword forms (truncQ). */
function xscvqpqz(unsigned: boolean): Handler {
  return (m, i) => {
    truncQ(m, getQ(m, i.rb + 32), 128n, unsigned);
    if ((TRUNC.exc & VX_ALL) && (m.s64[FLO] & VE)) { commit(m, TRUNC.exc, 0, false, 0); return; }
    setQ(m, i.rt + 32, BigInt.asUintN(128, TRUNC.r));
    commit(m, TRUNC.exc, TRUNC.status, true, 0);
  };
}

/** xscvsqqp / xscvuqqp: a signed/unsigned quadword to binary128, rounded in FPSCR[RN]. */
function xscvqqp(signed: boolean): Handler {
  return (m, i) => {
    let v = getQ(m, i.rb + 32);
    if (signed) v = BigInt.asIntN(128, v);
    const neg = v < 0n;
    writeQ(m, i.rt + 32, roundQ(neg, neg ? -v : v, 0, false, m.s64[FLO] & 3, (m.s64[FLO] & UE) !== 0), 0, true);
  };
}

/** xscmpeqqp / xscmpgtqp / xscmpgeqp (kind 0/1/2): VRT all ones when true, else 0; VXSNAN for a
 * signaling NaN, and VXVC for any NaN in the ordered gt/ge (not with an enabled SNaN). */
function xscmpqp(kind: number): Handler {
  return (m, i) => {
    const a = getQ(m, i.ra + 32), b = getQ(m, i.rb + 32);
    const nan = qIsNaN(a) || qIsNaN(b), snan = qIsSNaN(a) || qIsSNaN(b);
    let exc = snan ? VXSNAN : 0;
    if (kind !== 0 && nan && !(snan && (m.s64[FLO] & VE))) exc |= VXVC;
    const c = nan ? 1 : cmpQ(a, b);
    const t = kind === 0 ? c === 2 : kind === 1 ? c === 4 : c === 4 || c === 2;
    if (!raiseOnly(m, exc)) return;
    setQ(m, i.rt + 32, t ? (1n << 128n) - 1n : 0n);
  };
}

/** xsmaxcqp / xsmincqp: as xsmaxcdp/xsmincdp, a NaN operand gives VRB (VXSNAN if signaling). */
function xsmaxminCqp(max: boolean): Handler {
  return (m, i) => {
    const a = getQ(m, i.ra + 32), b = getQ(m, i.rb + 32);
    const nan = qIsNaN(a) || qIsNaN(b), c = nan ? 1 : cmpQ(a, b);
    const pickA = max ? c === 4 || c === 2 : c === 8;
    if (!raiseOnly(m, qIsSNaN(a) || qIsSNaN(b) ? VXSNAN : 0)) return;
    setQ(m, i.rt + 32, pickA ? a : b);
  };
}

const xq31 = (mnem: string, xo: number, h: Handler, ops: string, fixed: [number, number]): Row =>
  ({ mnem, form: 'X', opcd: 63, xo, ops, feature: 'isa310', uses: 'vsx', h, fixed });
/** The ISA 3.1 quad-precision rows (index.ts adds them to the table). */
export const quad31Rows: Row[] = [
  xq31('xscvqpuqz', 836, xscvqpqz(true), 'vrt,vrb', sub(0)),
  xq31('xscvuqqp', 836, xscvqqp(false), 'vrt,vrb', sub(3)),
  xq31('xscvqpsqz', 836, xscvqpqz(false), 'vrt,vrb', sub(8)),
  xq31('xscvsqqp', 836, xscvqqp(true), 'vrt,vrb', sub(11)),
  xq31('xscmpeqqp', 68, xscmpqp(0), 'vrt,vra,vrb', b31(0)),
  xq31('xscmpgeqp', 196, xscmpqp(2), 'vrt,vra,vrb', b31(0)),
  xq31('xscmpgtqp', 228, xscmpqp(1), 'vrt,vra,vrb', b31(0)),
  xq31('xsmaxcqp', 676, xsmaxminCqp(true), 'vrt,vra,vrb', b31(0)),
  xq31('xsmincqp', 740, xsmaxminCqp(false), 'vrt,vra,vrb', b31(0)),
];
