// Matrix-Multiply Assist (Power ISA 3.1 Book I, "VSX Matrix-Multiply Assist Instructions"):
// xxsetaccz, xxmtacc, xxmfacc and the xv*ger* rank-k updates with their prefixed pm* forms.
//
// Storage: accumulator ACC[i] IS VSR 4i..4i+3 (row r of the 4x4 matrix is VSR 4i+r: word c is
// element (r, c); the 4x2 double matrices use doubleword c). The ISA leaves those VSRs undefined
// while ACC[i] is primed (between xxmtacc/xxsetaccz/a ger and xxmfacc), so keeping the matrix in
// them is a valid implementation (QEMU's too): xxmtacc and xxmfacc move nothing, and the VSX
// checkpoint record carries the accumulators exactly; no separate state or record exists. The
// 'mma' feature belongs to the VSX unit, so an image that used MMA holds the VSX record and is
// refused on a model without MMA.
//
// Masks (prefixed forms; all ones otherwise): XMSK selects rows i, YMSK columns j, PMSK the
// products k of a rank-k update. An element of a disabled row or column is set to 0 (by the
// accumulating forms too); a disabled product contributes nothing.
// Floating-point forms round once (FPSCR[RN]) the exact sum of the products P and the
// accumulator A: pp = P + A, pn = P + (-A), np = (-P) + A, nn = (-P) + (-A). The negations apply
// to the exact operands before that one rounding (the ISA's pseudocode: v2 <- bfp_ADD(
// bfp_NEGATE(r1), bfp_NEGATE(acc)) for nn, then v2 is rounded), unlike fnmadd and the VSX
// negating multiply-adds, which round and then negate: under RP/RM the orders differ, and an exact
// zero takes the sign of the negated terms' sum (+0, -0 under RM, -0 when all are -0). A NaN result is the
// first NaN operand quieted (an f32 one) or the default QNaN. FPSCR: as the VSX vector
// instructions, each element's operation sets the exception bits VXSNAN (a signaling NaN among
// its operands), VXIMZ (infinity times zero), VXISI (infinities of opposite signs summed), OX, UX
// (tiny and inexact) and XX of its single rounding, with FX on a 0->1 change and VX/FEX
// summarized; FR, FI and FPRF are not altered. An enabled exception raises SIGFPE (when MSR[FE0|
// FE1] allow it) after the whole accumulator has been written (ppcemu does not suppress elements).
// The integer forms wrap modulo 2^32; the 's' forms saturate to 32-bit signed.

import type { Insn } from '../insn.js';
import type { Machine } from '../machine.js';
import { dec, decompose, round, rs, R_FI, R_OX, R_UX } from '../fpu/soft.js';
import { FX, OX, UX, VE, VX_ALL, VXIMZ, VXISI, VXSNAN, XX, fpeCode, summarize } from '../fpu/fpscr.js';
import { GuestFault } from '../memory.js';
import { Spr64 } from '../state.js';
import { illegal } from './lshelpers.js';
import { bits, type Form, type Handler, type Row } from './table.js';
import { dwHi, dwLo, getW, setDw, setW } from './vechelpers.js';

const at = (i: Insn) => 4 * (i.rt >>> 2);
/** XMSK (4 bits), YMSK (4 or 2 bits) and PMSK (8, 4 or 2 bits), MSB first; all ones unprefixed. */
const xmsk = (i: Insn) => (i.prefix ? (i.prefix >>> 4) & 15 : 15);
const ymsk = (i: Insn) => (i.prefix ? i.prefix & 15 : 15);
const pmsk = (i: Insn, n: number) => (i.prefix && n > 1 ? (i.prefix >>> (16 - n)) & ((1 << n) - 1) : (1 << n) - 1);
const rn = (m: Machine) => m.s64[2 * Spr64.FPSCR + 1] & 3;
const FLO = 2 * Spr64.FPSCR + 1, MSR_LO = 2 * Spr64.MSR + 1;

/** FPSCR exception bits gathered over one ger instruction's elements. */
let gerExc = 0;
/** Records the gathered exceptions (sticky; FX on a 0->1 change; VX, FEX recomputed) and raises
 *  SIGFPE for an enabled one when MSR[FE0|FE1] is set. */
function gerCommit(m: Machine): void {
  const exc = gerExc;
  gerExc = 0;
  if (!exc) return;
  let l = m.s64[FLO];
  if (exc & ~l) l |= FX;
  l = summarize((l | exc) >>> 0);
  m.s64[FLO] = l;
  const en = ((exc & VX_ALL ? VE : 0) | ((exc >>> 22) & 0x78)) & l;
  if (en && (m.s64[MSR_LO] & 0x900) !== 0) throw new GuestFault(8, fpeCode(l), m.pc, 'floating-point exception');
}
/** Signaling NaN tests on raw encodings. */
const snan32 = (w: number) => (w & 0x7fc00000) === 0x7f800000 && (w & 0x3fffff) !== 0;
const snan16 = (h: number) => (h & 0x7e00) === 0x7c00 && (h & 0x1ff) !== 0;
const snanB16 = (h: number) => (h & 0x7fc0) === 0x7f80 && (h & 0x3f) !== 0;
const snan64 = (hi: number, lo: number) => (hi & 0x7ff80000) === 0x7ff00000 && ((hi & 0x7ffff) | lo) !== 0;

const zero4 = (m: Machine, t: number) => { for (let r = 0; r < 4; r++) for (let c = 0; c < 4; c++) setW(m, t + r, c, 0); };

const xxsetaccz: Handler = (m, i) => zero4(m, at(i));
const nop: Handler = () => {};

// ---- integer: rank-8 (4-bit), rank-4 (8-bit), rank-2 (16-bit) ------------------------------------

type IntKind = { n: number; el: (w: number, k: number) => number; elB: (w: number, k: number) => number };
const nib = (w: number, k: number) => (w << (4 * k)) >> 28;
const sbyte = (w: number, k: number) => (w << (8 * k)) >> 24;
const ubyte = (w: number, k: number) => (w >>> (24 - 8 * k)) & 0xff;
const shalf = (w: number, k: number) => (w << (16 * k)) >> 16;
const I4: IntKind = { n: 8, el: nib, elB: nib };
const I8: IntKind = { n: 4, el: sbyte, elB: ubyte }; // signed XA times unsigned XB
const I16: IntKind = { n: 2, el: shalf, elB: shalf };

const intGer = (kd: IntKind, acc: boolean, sat: boolean): Handler => (m, i) => {
  const t = at(i), xm = xmsk(i), ym = ymsk(i), pm = pmsk(i, kd.n);
  const a = [0, 1, 2, 3].map((r) => getW(m, i.ra, r)), b = [0, 1, 2, 3].map((c) => getW(m, i.rb, c));
  for (let r = 0; r < 4; r++) {
    for (let c = 0; c < 4; c++) {
      const on = ((xm >>> (3 - r)) & 1) & ((ym >>> (3 - c)) & 1);
      if (!on) { setW(m, t + r, c, 0); continue; }
      let s = 0;
      for (let k = 0; k < kd.n; k++) if ((pm >>> (kd.n - 1 - k)) & 1) s += kd.el(a[r], k) * kd.elB(b[c], k);
      if (acc) s += getW(m, t + r, c) | 0;
      if (sat) s = Math.max(-0x80000000, Math.min(0x7fffffff, s));
      setW(m, t + r, c, s >>> 0);
    }
  }
};

// ---- floating point -------------------------------------------------------------------------------

const F32 = new Float32Array(1), U32 = new Uint32Array(F32.buffer);
const f32 = (w: number) => { U32[0] = w; return F32[0]; };
const bits32 = (x: number) => { F32[0] = x; return U32[0]; };
/** IEEE half precision to double (exact). */
function f16(h: number): number {
  const s = h & 0x8000 ? -1 : 1, e = (h >>> 10) & 31, f = h & 0x3ff;
  if (e === 31) return f ? NaN : s * Infinity;
  return s * (e ? (1024 + f) * 2 ** (e - 25) : f * 2 ** -24);
}
const bf16 = (h: number) => f32(h << 16);

/** Rounds once sum(products a[k]*b[k], each negated when `neg`) + acc * accSign (accSign 0: no
 *  accumulator) to single or double. NaN when an operand is NaN or the sum is invalid. */
function fused(as: number[], bs: number[], neg: boolean, accv: number, accSign: number, single: boolean, mode: number): number {
  const terms: [bigint, number, boolean][] = []; // significand, exponent, negative
  let naive = 0, finite = true, posInf = false, negInf = false;
  const add = (x: number, y: number) => {
    const p = x * y;
    naive += p;
    if (!Number.isFinite(x) || !Number.isFinite(y)) {
      finite = false;
      if ((x === 0 && Math.abs(y) === Infinity) || (y === 0 && Math.abs(x) === Infinity)) gerExc |= VXIMZ;
      else if (p === Infinity) posInf = true;
      else if (p === -Infinity) negInf = true;
      return;
    }
    decompose(x); const s = dec.sig, e = dec.exp;
    decompose(y);
    terms.push([s * dec.sig, e + dec.exp, Object.is(p, -0) || p < 0]);
  };
  for (let k = 0; k < as.length; k++) add(neg ? -as[k] : as[k], bs[k]);
  if (accSign) add(accv, accSign);
  let r: number;
  if (posInf && negInf) gerExc |= VXISI;
  if (!finite) r = naive;
  else if (terms.length === 0) r = 0;
  else {
    const emin = Math.min(...terms.map((x) => x[1]));
    let sig = 0n;
    for (const [s, e] of terms) sig += s << BigInt(e - emin);
    const allNeg = terms.every((x) => x[2]), allPos = terms.every((x) => !x[2]);
    r = round(sig, emin, false, single, mode, false, false, allNeg || (!allPos && mode === 3));
    const fl = rs.flags;
    gerExc |= (fl & R_FI ? XX : 0) | (fl & R_OX ? OX : 0) | (fl & R_UX ? UX : 0);
  }
  if (single) r = Math.fround(r);
  return r;
}

/** The f32 result bits: r, or for a NaN the first NaN operand's bits quieted, else the default QNaN. */
function nanBits(r: number, raw: number[]): number {
  if (!Number.isNaN(r)) return bits32(r);
  for (const w of raw) if ((w & 0x7f800000) === 0x7f800000 && (w & 0x7fffff)) return (w | 0x400000) >>> 0;
  return 0x7fc00000;
}

type FKind = { n: number; el: (w: number, k: number) => number; snan: (w: number, k: number) => boolean };
const half = (w: number, k: number) => (w >>> (16 - 16 * k)) & 0xffff;
const F16: FKind = { n: 2, el: (w, k) => f16(half(w, k)), snan: (w, k) => snan16(half(w, k)) };
const BF16: FKind = { n: 2, el: (w, k) => bf16(half(w, k)), snan: (w, k) => snanB16(half(w, k)) };
const F32K: FKind = { n: 1, el: (w) => f32(w), snan: (w) => snan32(w) };

/** negP: the products are negated; accSign: 0 (no accumulator), 1 or -1 (the accumulator negated). */
const fGer = (kd: FKind, negP: boolean, accSign: number): Handler => (m, i) => {
  const t = at(i), xm = xmsk(i), ym = ymsk(i), pm = pmsk(i, kd.n), mode = rn(m);
  const a = [0, 1, 2, 3].map((r) => getW(m, i.ra, r)), b = [0, 1, 2, 3].map((c) => getW(m, i.rb, c));
  for (let r = 0; r < 4; r++) {
    for (let c = 0; c < 4; c++) {
      const on = ((xm >>> (3 - r)) & 1) & ((ym >>> (3 - c)) & 1);
      if (!on) { setW(m, t + r, c, 0); continue; }
      const as: number[] = [], bs: number[] = [];
      for (let k = 0; k < kd.n; k++) {
        if (!((pm >>> (kd.n - 1 - k)) & 1)) continue;
        as.push(kd.el(a[r], k)); bs.push(kd.el(b[c], k));
        if (kd.snan(a[r], k) || kd.snan(b[c], k)) gerExc |= VXSNAN;
      }
      const accw = getW(m, t + r, c);
      if (accSign && snan32(accw)) gerExc |= VXSNAN;
      const raw = kd === F32K ? [a[r], b[c], ...(accSign ? [accw] : [])] : accSign ? [accw] : [];
      setW(m, t + r, c, nanBits(fused(as, bs, negP, f32(accw), accSign, true, mode), raw));
    }
  }
  gerCommit(m);
};

const F64 = new Float64Array(1), U64 = new Uint32Array(F64.buffer);
const HI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;
const dbl = (m: Machine, r: number, d: number) => { U64[HI] = dwHi(m, r, d); U64[1 - HI] = dwLo(m, r, d); return F64[0]; };
const setDbl = (m: Machine, r: number, d: number, x: number) => { F64[0] = x; setDw(m, r, d, U64[HI], U64[1 - HI]); };

/** xvf64ger*: XAp (an even VSR pair) holds 4 doubles (rows), XB 2 doubles (columns); ACC is 4x2. */
const f64Ger = (negP: boolean, accSign: number): Handler => (m, i) => {
  if (i.ra & 1) illegal(m, 'xvf64ger with an odd XAp');
  const t = at(i), xm = xmsk(i), ym = ymsk(i) >>> 2, mode = rn(m);
  for (let r = 0; r < 4; r++) {
    const a = dbl(m, i.ra + (r >> 1), r & 1);
    for (let c = 0; c < 2; c++) {
      const on = ((xm >>> (3 - r)) & 1) & ((ym >>> (1 - c)) & 1);
      if (!on) { setDw(m, t + r, c, 0, 0); continue; }
      if (snan64(dwHi(m, i.ra + (r >> 1), r & 1), dwLo(m, i.ra + (r >> 1), r & 1)) || snan64(dwHi(m, i.rb, c), dwLo(m, i.rb, c)) ||
        (accSign && snan64(dwHi(m, t + r, c), dwLo(m, t + r, c)))) gerExc |= VXSNAN;
      const v = fused([a], [dbl(m, i.rb, c)], negP, dbl(m, t + r, c), accSign, false, mode);
      if (Number.isNaN(v)) {
        const nan = [a, dbl(m, i.rb, c), ...(accSign ? [dbl(m, t + r, c)] : [])].find((x) => Number.isNaN(x));
        if (nan === undefined) { setDw(m, t + r, c, 0x7ff80000, 0); continue; }
        F64[0] = nan;
        setDw(m, t + r, c, (U64[HI] | 0x80000) >>> 0, U64[1 - HI]);
        continue;
      }
      setDbl(m, t + r, c, v);
    }
  }
  gerCommit(m);
};

// ---- rows -----------------------------------------------------------------------------------------

const acc = (mnem: string, sub: number, h: Handler): Row =>
  ({ mnem, form: 'X', opcd: 31, xo: 177, fixed: [bits(9, 10, 0)[0] | bits(11, 15, 0)[0] | 1, bits(11, 15, sub)[1]], ops: 'at', feature: 'mma', h });

/** A ger row and its prefixed pm form; `pm` is the prefixed form's extra operand syntax. */
function ger(mnem: string, xo: number, h: Handler, pm: string): Row[] {
  const fixed = [bits(9, 10, 0)[0] | 1, 0] as const;
  const row = (form: Form, name: string, ops: string): Row => ({ mnem: name, form, opcd: 59, xo, fixed, ops, feature: 'mma', h });
  return [row('XX3', mnem, 'at,xa,xb'), row('MMIRR', `pm${mnem}`, `at,xa,xb,${pm}`)];
}
const PM4 = 'xmsk,ymsk', PM = (p: number) => `xmsk,ymsk,pmsk${p}`;
const FSUF: [string, number, boolean, number][] = [['pp', 0, false, 1], ['pn', 128, false, -1], ['np', 64, true, 1], ['nn', 192, true, -1]];

export const rows: Row[] = [
  acc('xxmfacc', 0, nop), acc('xxmtacc', 1, nop), acc('xxsetaccz', 3, xxsetaccz),
  ...ger('xvi4ger8', 35, intGer(I4, false, false), PM(8)),
  ...ger('xvi4ger8pp', 34, intGer(I4, true, false), PM(8)),
  ...ger('xvi8ger4', 3, intGer(I8, false, false), PM(4)),
  ...ger('xvi8ger4pp', 2, intGer(I8, true, false), PM(4)),
  ...ger('xvi8ger4spp', 99, intGer(I8, true, true), PM(4)),
  ...ger('xvi16ger2', 75, intGer(I16, false, false), PM(2)),
  ...ger('xvi16ger2pp', 107, intGer(I16, true, false), PM(2)),
  ...ger('xvi16ger2s', 43, intGer(I16, false, true), PM(2)),
  ...ger('xvi16ger2spp', 42, intGer(I16, true, true), PM(2)),
  ...ger('xvf16ger2', 19, fGer(F16, false, 0), PM(2)),
  ...FSUF.flatMap(([s, d, n, a]) => ger(`xvf16ger2${s}`, 18 + d, fGer(F16, n, a), PM(2))),
  ...ger('xvbf16ger2', 51, fGer(BF16, false, 0), PM(2)),
  ...FSUF.flatMap(([s, d, n, a]) => ger(`xvbf16ger2${s}`, 50 + d, fGer(BF16, n, a), PM(2))),
  ...ger('xvf32ger', 27, fGer(F32K, false, 0), PM4),
  ...FSUF.flatMap(([s, d, n, a]) => ger(`xvf32ger${s}`, 26 + d, fGer(F32K, n, a), PM4)),
  ...ger('xvf64ger', 59, f64Ger(false, 0), 'xmsk,ymsk2'),
  ...FSUF.flatMap(([s, d, n, a]) => ger(`xvf64ger${s}`, 58 + d, f64Ger(n, a), 'xmsk,ymsk2')),
];
