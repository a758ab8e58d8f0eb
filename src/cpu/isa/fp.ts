// Floating point (Power ISA 3.0 Book I chapter 4): loads/stores, moves, arithmetic with a single
// rounding in every mode, conversions, compares and the FPSCR instructions.
//
// Fast path: when operands and result are comfortably inside the normal range, the host's
// round-to-nearest double operation gives the result (in every mode when it is exact and
// nonzero, in round-to-nearest always) and an error-free transformation (TwoSum,
// Dekker's product, exact division/square-root remainders, round-to-odd for fused multiply-add)
// gives the sign of the rounding error, which is all FI/FR/XX need. Everything else goes through
// the exact BigInt path in ../fpu/soft.ts.

import { FEATURE_BIT } from '../../features/features.js';
import { GuestFault } from '../memory.js';
import type { Insn } from '../insn.js';
import type { Machine } from '../machine.js';
import { CpuState, Spr32, Spr64 } from '../state.js';
import { eaD, eaX, updateD, updateX } from './helpers.js';
import { Flag, type Row } from './table.js';
import {
  C_NNORM, C_PNORM, C_PZERO, C_QNAN, ENABLES, EXC_ALL, FEX, FI, FPCC, FPRF, FR, FX, NI, OE, OX, STATUS, UE, UX, VE, VX_ALL,
  VXCVI, VXIDI, VXIMZ, VXISI, VXSNAN, VXSQRT, VXVC, VXZDZ, XE, XX, ZE, ZX, fpeCode, fprfNum, summarize,
} from '../fpu/fpscr.js';
import {
  HI, LO, R_FI, R_FR, R_OX, R_UX, RTZ, RUP, addR, divR, f64, fmaR, fromIntR, mulR, round, roundToInt,
  rs, sqrtR, u32, decompose, dec,
} from '../fpu/soft.js';

const SIGFPE = 8;
const ISA300_BIT = FEATURE_BIT.isa300;
const FLO = 2 * Spr64.FPSCR + 1;
/** Reserved FPSCR bits: bit 52 of the low word; the high word holds only DRN (bits 29:31). */
const RESERVED_LO = 0x800;
const DRN_MASK = 0x7;
const FHIW = 2 * Spr64.FPSCR;
const MSR_LO = 2 * Spr64.MSR + 1;
/** u32 indices of the high and low words of FPR r. */
// (64 entries: the VSX scalar handlers in vsxfp.ts reuse these functions on any VSR.)
const FH = new Int32Array(64), FL = new Int32Array(64);
for (let r = 0; r < 64; r++) { FH[r] = CpuState.vsrWordIndex(r, 0); FL[r] = CpuState.vsrWordIndex(r, 1); }

export const MIN_NORM = 2.2250738585072014e-308;
export const MAX_D = 1.7976931348623157e308;
export const MIN_S = 1.1754943508222875e-38;
export const MAX_S = 3.4028234663852886e38;
const SAFE_LO = 1.0020841800044864e-289; // 2^-960
const SAFE_HI = 2.6153245263757307e299; // 2^995
const SPLIT = 134217729; // 2^27 + 1

// ---- FPSCR commit --------------------------------------------------------------------------

/** Whether MSR[FE0] or MSR[FE1] is set (floating-point exceptions enabled in the process). */
function feOn(m: Machine): boolean {
  return (m.s64[MSR_LO] & 0x900) !== 0;
}

/** Enable bits matching the exceptions in `exc`, given the FPSCR low word l. */
function enabledBy(exc: number, l: number): number {
  return ((exc & VX_ALL ? VE : 0) | ((exc >>> 22) & 0x78)) & l;
}

/**
 * Records the exceptions `exc` (sticky, FX on a 0->1 change) and, when `setStatus`, replaces
 * FR/FI/FPRF with `status`; recomputes VX and FEX; raises SIGFPE for an enabled exception.
 */
function commit(m: Machine, exc: number, status: number, setStatus: boolean, rec = 0): void {
  let l = m.s64[FLO];
  if (exc & ~l) l |= FX;
  l |= exc;
  if (setStatus) l = (l & ~STATUS) | status;
  l = summarize(l);
  m.s64[FLO] = l;
  if (rec) cr1(m); // a record form updates CR1 even when the exception is then taken
  if (exc && enabledBy(exc, l) && feOn(m)) throw new GuestFault(SIGFPE, fpeCode(l), m.pc, 'floating-point exception');
}

/** True (and the FPSCR updated, the exception raised) when an enabled invalid or zero-divide
 * exception suppresses the target write. */
function suppressed(m: Machine, i: Insn, exc: number): boolean {
  if (!(exc & (VX_ALL | ZX))) return false;
  const l = m.s64[FLO];
  if (!(((exc & VX_ALL) && (l & VE)) || ((exc & ZX) && (l & ZE)))) return false;
  commit(m, exc, 0, false, i.rec);
  return true;
}

/** CR1 <- FX, FEX, VX, OX. */
function cr1(m: Machine): void {
  m.s32[Spr32.CR] = (m.s32[Spr32.CR] & ~0x0f000000) | ((m.s64[FLO] >>> 28) << 24);
}

// ---- raw FPR access ---------------------------------------------------------------------

function setBits(m: Machine, r: number, hi: number, lo: number): void {
  const w = m.st.vsrU32;
  w[FH[r]] = hi; w[FL[r]] = lo;
}

function isSNaNReg(m: Machine, r: number): boolean {
  const w = m.st.vsrU32, hi = w[FH[r]];
  return (hi & 0x7ff80000) === 0x7ff00000 && ((hi & 0x7ffff) | w[FL[r]]) !== 0;
}

function isNaNReg(m: Machine, r: number): boolean {
  const w = m.st.vsrU32, hi = w[FH[r]];
  return (hi & 0x7ff00000) === 0x7ff00000 && ((hi & 0xfffff) | w[FL[r]]) !== 0;
}

/** NaN result from the first NaN operand among regs (ISA priority order); VXSNAN if any SNaN. */
const NANW = new Uint32Array(2); // [hi, lo] of the picked NaN
function pickNaN(m: Machine, a: number, b: number, c: number): number {
  const exc = (a >= 0 && isSNaNReg(m, a)) || (b >= 0 && isSNaNReg(m, b)) || (c >= 0 && isSNaNReg(m, c)) ? VXSNAN : 0;
  const r = a >= 0 && isNaNReg(m, a) ? a : b >= 0 && isNaNReg(m, b) ? b : c;
  const w = m.st.vsrU32;
  NANW[0] = w[FH[r]] | 0x80000; NANW[1] = w[FL[r]];
  return exc;
}

/** Writes a NaN result (quiet; truncated to single for single-precision ops) and commits. */
function writeNaN(m: Machine, i: Insn, hi: number, lo: number, exc: number, single: boolean): void {
  if (suppressed(m, i, exc)) return;
  setBits(m, i.rt, hi >>> 0, single ? (lo & 0xe0000000) >>> 0 : lo);
  commit(m, exc, C_QNAN, true, i.rec);
}

function defaultNaN(m: Machine, i: Insn, exc: number): void {
  writeNaN(m, i, 0x7ff80000, 0, exc, false);
}

// ---- result writing -------------------------------------------------------------------------

/** Writes a slow-path result v (rounded by soft.round; flags in rs) and commits. */
function writeRounded(m: Machine, i: Insn, v: number, single: boolean, extra: number): void {
  const fl = rs.flags;
  let exc = extra;
  if (fl & R_FI) exc |= XX;
  if (fl & R_OX) exc |= OX;
  if (fl & R_UX) exc |= UX;
  m.st.vsrF64[2 * i.rt] = v;
  const status = fprfNum(v, false) | (fl & R_FI ? FI : 0) | (fl & R_FR ? FR : 0);
  void single;
  commit(m, exc, status, true, i.rec);
}

/** Writes an exact-by-construction special result (infinity, zero) with FPRF. */
function writeSpecial(m: Machine, i: Insn, v: number, exc: number): void {
  if (suppressed(m, i, exc)) return;
  m.st.vsrF64[2 * i.rt] = v;
  commit(m, exc, fprfNum(v, false), true, i.rec);
}

// ---- fast paths ------------------------------------------------------------------------------
//
// A kernel (addK, mulK, divK, sqrtK, fmaK) leaves r = the round-to-nearest double of the exact
// result in RES[0] and returns the sign of (exact - r), or BAIL when the operands or r are
// outside the range where that is shown exact (NaN, infinity, zero, tiny, huge): the caller then
// takes the exact path before writing anything. roundD / roundS round (r, sign) once to binary64
// / binary32 in mode rn, leave the value in RES[1] and return FI|FR, or -1 to bail (a result
// that may be tiny or overflow, an exact zero in a directed mode, a binary32 midpoint).
// FP_REFERENCE[0] = 1 turns every fast path off (the fuzzer's reference: the exact path alone).

/** Kernel results in a typed array: module-level `let` doubles would be boxed on every store. */
export const RES = new Float64Array(2);
export const BAIL = 2;
/** Nonzero: every FP fast path bails (scripts/fp-fuzz.mjs runs the exact path as reference). */
export const FP_REFERENCE = new Uint8Array(1);

/** Kernel operands (a typed array: doubles passed to a call that V8 does not inline are boxed). */
export const OPND = new Float64Array(3);

/** OPND[0] + OPND[1]. */
export function addK(): number {
  const a = OPND[0], b = OPND[1];
  const r = a + b;
  const bb = r - a;
  const err = (a - (r - bb)) + (b - bb);
  const ar = Math.abs(r);
  RES[0] = r;
  if (FP_REFERENCE[0]) return BAIL;
  // err is NaN when r - a overflowed (r and a near the top of the range with opposite signs)
  if (ar >= MIN_NORM && ar <= MAX_D && err === err) return err > 0 ? 1 : err < 0 ? -1 : 0;
  return r === 0 ? 0 : BAIL; // a zero sum of doubles is exact
}

/** OPND[0] * OPND[1]. */
export function mulK(): number {
  const a = OPND[0], c = OPND[1];
  if (FP_REFERENCE[0] || !(safe(a) && safe(c))) return BAIL;
  X[0] = a; X[1] = c; twoProd();
  const r = X[2];
  RES[0] = r;
  return safe(r) ? sgn(X[3]) : BAIL;
}

/** OPND[0] / OPND[1]. */
export function divK(): number {
  const a = OPND[0], b = OPND[1];
  if (FP_REFERENCE[0] || !(safe(a) && safe(b))) return BAIL;
  const r = a / b;
  if (!safe(r)) return BAIL;
  X[0] = r; X[1] = b; twoProd();
  const rem = (a - X[2]) - X[3];
  RES[0] = r;
  return b > 0 ? sgn(rem) : -sgn(rem);
}

/** sqrt(OPND[1]). */
export function sqrtK(): number {
  const a = OPND[1];
  if (FP_REFERENCE[0] || !(a > SAFE_LO && a < SAFE_HI)) return BAIL;
  const r = Math.sqrt(a);
  X[0] = r; X[1] = r; twoProd();
  RES[0] = r;
  return sgn((a - X[2]) - X[3]);
}

/** OPND[0] * OPND[1] + OPND[2] (un-negated). */
export function fmaK(): number {
  const a = OPND[0], c = OPND[1], b = OPND[2];
  if (FP_REFERENCE[0]) return BAIL;
  if (!(safe(a) && safe(c) && (b === 0 || safe(b)))) {
    // a zero factor and a finite one: the product is an exact ±0, the sum b itself or a zero
    // sum (roundD/roundS decide its sign in round-to-nearest only, as the host's sum does)
    const zero = (a === 0 && Math.abs(c) < Infinity) || (c === 0 && Math.abs(a) < Infinity);
    if (!zero || !(b === 0 || safe(b))) return BAIL;
    RES[0] = a * c + b;
    return 0;
  }
  X[0] = a; X[1] = c; twoProd();
  const p = X[2], e = X[3];
  if (!safe(p)) return BAIL;
  let r: number, es: number;
  X[0] = p; X[1] = b; twoSum(); // th + tl = p + b
  if (e === 0) { r = X[2]; es = sgn(X[3]); }
  else {
    // Boldo-Melquiond: RN(th + RO(tl + e)).
    const th = X[2];
    X[0] = X[3]; X[1] = e; twoSum();
    let v = X[2];
    const ve = X[3];
    let d2 = sgn(ve);
    if (ve !== 0) {
      f64[0] = v;
      if ((u32[LO] & 1) === 0) { stepToward(ve); v = f64[0]; d2 = -d2; }
    }
    X[0] = th; X[1] = v; twoSum();
    r = X[2];
    es = X[3] !== 0 ? sgn(X[3]) : d2;
  }
  RES[0] = r;
  // r is 0 only when p and b cancel exactly (else the exact sum is at least 2^-1064 in
  // magnitude): +0 in round-to-nearest, which roundD/roundS alone take
  return safe(r) ? es : r === 0 ? 0 : BAIL;
}

/** The kernel's double RES[0] (error sign es) rounded to binary64 in mode rn: RES[1], FI|FR. */
export function roundD(es: number, rn: number): number {
  let v = RES[0], status: number;
  if (rn === 0 || es === 0) {
    if (rn !== 0 && v === 0) return -1; // the sign of an exact zero depends on the mode
    status = es === 0 ? 0 : (v > 0 ? es < 0 : es > 0) ? FI | FR : FI;
  } else {
    // Directed rounding of x from r = RN(x): r itself when it lies on the rounding side of
    // x, else r's neighbour in that direction. The result then lies on that side of x.
    if (!(Math.abs(v) > SAFE_LO && Math.abs(v) < SAFE_HI)) return -1;
    const dir = rn === RTZ ? (v > 0 ? -1 : 1) : rn === RUP ? 1 : -1;
    if (es === dir) { f64[0] = v; stepToward(dir); v = f64[0]; }
    status = (dir > 0) === (v > 0) ? FI | FR : FI;
  }
  RES[1] = v;
  return status;
}

/** The kernel's double RES[0] (error sign es) rounded to binary32 in mode rn: RES[1], FI|FR. */
export function roundS(es: number, rn: number): number {
  const r = RES[0];
  const f = Math.fround(r);
  // Tininess is detected before rounding (UX when tiny and inexact): an exact value at or just
  // below the smallest binary32 normal (r <= MIN_S) goes to the slow path even when it rounds up.
  if (f === 0 ? r !== 0 : !(Math.abs(r) > MIN_S && Math.abs(f) <= MAX_S)) return -1;
  let v = f, fi: boolean, fr: boolean;
  if (rn === 0) {
    fi = es !== 0; fr = fi && (r > 0 ? es < 0 : es > 0);
    if (f !== r) {
      if (fi) {
        f64[0] = r;
        if ((u32[LO] & 0x1fffffff) === 0x10000000) return -1; // a binary32 midpoint
      }
      fi = true;
      fr = Math.abs(f) > Math.abs(r);
    }
  } else if (f === r && es === 0) {
    if (r === 0) return -1;
    fi = false; fr = false;
  } else {
    // x is within half a double ulp of r, so no binary32 value lies strictly between them:
    // directed binary32 rounding of x starts from f = RN32(r) and its side of x.
    if (!(Math.abs(f) > 2.4e-38 && Math.abs(f) < 3.4e38)) return -1;
    const dir = rn === RTZ ? (r > 0 ? -1 : 1) : rn === RUP ? 1 : -1;
    const side = f !== r ? (f > r ? 1 : -1) : -es; // sign of (f - x)
    if (side !== dir) v = nextF32(f, dir);
    fi = true; fr = (dir > 0) === (v > 0);
  }
  RES[1] = v;
  return (fi ? FI : 0) | (fr ? FR : 0);
}

/** Scalar fast-path finish: rounds the kernel result (error sign es), writes FRT and the FPSCR.
 * Returns false (nothing written) when the exact path must decide. */
function finishFast(m: Machine, i: Insn, es: number, single: boolean, neg: boolean): boolean {
  if (es === BAIL) return false;
  const l = m.s64[FLO];
  const st = single ? roundS(es, l & 3) : roundD(es, l & 3);
  if (st < 0) return false;
  const v = neg ? -RES[1] : RES[1]; // the negating multiply-adds negate the rounded result
  m.st.vsrF64[2 * i.rt] = v;
  const status = st | (v > 0 ? 0x4000 : v < 0 ? 0x8000 : 1 / v > 0 ? 0x2000 : 0x12000);
  if (st & FI) inexact(m, i, l, status);
  else {
    m.s64[FLO] = (l & ~STATUS) | status;
    if (i.rec) cr1(m);
  }
  return true;
}

/** Commits an inexact fast-path result: FI/FR/FPRF in status, XX (and FX on 0->1). */
function inexact(m: Machine, i: Insn, l: number, status: number): void {
  if (l & XE) return commit(m, XX, status, true, i.rec); // may raise SIGFPE
  m.s64[FLO] = (l & ~STATUS) | status | (l & XX ? 0 : FX | XX);
  if (i.rec) cr1(m);
}

const F32 = new Float32Array(1);
const F32U = new Uint32Array(F32.buffer);
/** The binary32 neighbour of f (a normal binary32 value) in direction d. */
function nextF32(f: number, d: number): number {
  F32[0] = f;
  F32U[0] = (f > 0) === (d > 0) ? F32U[0] + 1 : F32U[0] - 1;
  return F32[0];
}

// ---- error-free transformations ---------------------------------------------------------

/** The transformations' operands X[0], X[1]; results X[2] (rounded) and X[3] (its exact error). A typed array,
 * not arguments and return values: V8 boxes the doubles of a call it does not inline. */
const X = new Float64Array(4);
/** X[0]*X[1] (Dekker; caller guarantees the safe range). */
function twoProd(): void {
  const a = X[0], b = X[1];
  const p = a * b;
  let t = SPLIT * a; const ah = t - (t - a), al = a - ah;
  t = SPLIT * b; const bh = t - (t - b), bl = b - bh;
  X[2] = p;
  X[3] = ((ah * bh - p) + ah * bl + al * bh) + al * bl;
}

/** X[0]+X[1] (TwoSum). */
function twoSum(): void {
  const a = X[0], b = X[1];
  const s = a + b;
  const bb = s - a;
  X[2] = s;
  X[3] = (a - (s - bb)) + (b - bb);
}

const sgn = (x: number): number => (x > 0 ? 1 : x < 0 ? -1 : 0);

function safe(x: number): boolean {
  const a = Math.abs(x);
  return a > SAFE_LO && a < SAFE_HI;
}

/** f64[0] <- the next double after f64[0] (nonzero, finite) in the direction of sign d. */
function stepToward(d: number): void {
  const z = f64[0];
  const away = (z > 0) === (d > 0);
  let lo = u32[LO], hi = u32[HI];
  if (away) { lo = (lo + 1) >>> 0; if (lo === 0) hi++; }
  else { if (lo === 0) hi--; lo = (lo - 1) >>> 0; }
  u32[LO] = lo; u32[HI] = hi;
}

// ---- arithmetic ------------------------------------------------------------------------------

const enum Op { ADD, SUB, MUL, DIV }

function fadd(m: Machine, i: Insn, sub: boolean, single: boolean): void {
  const F = m.st.vsrF64;
  const a = F[2 * i.ra], b = F[2 * i.rb];
  OPND[0] = a; OPND[1] = sub ? -b : b;
  if (finishFast(m, i, addK(), single, false)) return;
  binarySlow(m, i, sub ? Op.SUB : Op.ADD, single, a, b, i.rb);
}

function fmul(m: Machine, i: Insn, single: boolean): void {
  const F = m.st.vsrF64;
  const a = F[2 * i.ra], c = F[2 * i.rc];
  OPND[0] = a; OPND[1] = c;
  if (finishFast(m, i, mulK(), single, false)) return;
  binarySlow(m, i, Op.MUL, single, a, c, i.rc);
}

function fdiv(m: Machine, i: Insn, single: boolean): void {
  const F = m.st.vsrF64;
  const a = F[2 * i.ra], b = F[2 * i.rb];
  OPND[0] = a; OPND[1] = b;
  if (finishFast(m, i, divK(), single, false)) return;
  binarySlow(m, i, Op.DIV, single, a, b, i.rb);
}

function binarySlow(m: Machine, i: Insn, op: Op, single: boolean, a: number, b: number, rb: number): void {
  if (a !== a || b !== b) { const exc = pickNaN(m, i.ra, rb, -1); writeNaN(m, i, NANW[0], NANW[1], exc, single); return; }
  const l = m.s64[FLO], rn = l & 3, oe = (l & OE) !== 0, ue = (l & UE) !== 0;
  const ia = Math.abs(a) === Infinity, ib = Math.abs(b) === Infinity;
  let v: number;
  switch (op) {
    case Op.ADD: case Op.SUB: {
      if (op === Op.SUB) b = -b;
      if (ia || ib) {
        if (ia && ib && a !== b) return defaultNaN(m, i, VXISI);
        return writeSpecial(m, i, ia ? a : b, 0);
      }
      v = addR(a, b, single, rn, oe, ue);
      break;
    }
    case Op.MUL:
      if (ia || ib) {
        if (a === 0 || b === 0) return defaultNaN(m, i, VXIMZ);
        return writeSpecial(m, i, a * b, 0);
      }
      v = mulR(a, b, single, rn, oe, ue);
      break;
    default: // DIV
      if (ia && ib) return defaultNaN(m, i, VXIDI);
      if (ia || ib) return writeSpecial(m, i, a / b, 0);
      if (b === 0) {
        if (a === 0) return defaultNaN(m, i, VXZDZ);
        return writeSpecial(m, i, a / b, ZX);
      }
      v = divR(a, b, single, rn, oe, ue);
      break;
  }
  writeRounded(m, i, v, single, 0);
}

/** fmadd family: kind bit 0 = subtract B (msub), bit 1 = negate result (nmadd/nmsub). */
function fma(m: Machine, i: Insn, kind: number, single: boolean): void {
  const F = m.st.vsrF64;
  const a = F[2 * i.ra], c = F[2 * i.rc];
  let b = F[2 * i.rb];
  if (kind & 1) b = -b;
  const neg = (kind & 2) !== 0;
  OPND[0] = a; OPND[1] = c; OPND[2] = b;
  if (finishFast(m, i, fmaK(), single, neg)) return;
  fmaSlow(m, i, a, c, b, neg, single);
}

function fmaSlow(m: Machine, i: Insn, a: number, c: number, b: number, neg: boolean, single: boolean): void {
  const ia = Math.abs(a) === Infinity, ic = Math.abs(c) === Infinity, ib = Math.abs(b) === Infinity;
  const imz = (ia && c === 0) || (ic && a === 0);
  if (a !== a || b !== b || c !== c) {
    const exc = pickNaN(m, i.ra, i.rb, i.rc) | (imz ? VXIMZ : 0);
    writeNaN(m, i, NANW[0], NANW[1], exc, single);
    return;
  }
  if (imz) return defaultNaN(m, i, VXIMZ);
  const l = m.s64[FLO];
  // fnmadd/fnmsub: the sum is rounded in the mode, then negated (Book I 4.6.5.2: "rounded to
  // the target precision under control of the FPSCR RN field, then negated"), so under RP/RM
  // the result is not the negated value rounded (QEMU's order).
  const rn = l & 3;
  if (ia || ic) {
    const p = a * c;
    if (ib && p !== b) return defaultNaN(m, i, VXISI);
    return writeSpecial(m, i, neg ? -p : p, 0);
  }
  if (ib) return writeSpecial(m, i, neg ? -b : b, 0);
  let v = fmaR(a, c, b, single, rn, (l & OE) !== 0, (l & UE) !== 0);
  if (neg) v = -v;
  writeRounded(m, i, v, single, 0);
}

function fsqrt(m: Machine, i: Insn, single: boolean): void {
  const a = m.st.vsrF64[2 * i.rb];
  OPND[1] = a;
  if (finishFast(m, i, sqrtK(), single, false)) return;
  if (a !== a) { const exc = pickNaN(m, i.rb, -1, -1); return writeNaN(m, i, NANW[0], NANW[1], exc, single); }
  if (a < 0) return defaultNaN(m, i, VXSQRT);
  if (a === Infinity || a === 0) return writeSpecial(m, i, a, 0);
  const l = m.s64[FLO];
  writeRounded(m, i, sqrtR(a, single, l & 3, (l & OE) !== 0, (l & UE) !== 0), single, 0);
}

/** fre/fres (rsqrt=false) and frsqrte/frsqrtes: the estimate is the correctly rounded value. */
function estimate(m: Machine, i: Insn, rsqrt: boolean, single: boolean): void {
  const a = m.st.vsrF64[2 * i.rb];
  if (a !== a) { const exc = pickNaN(m, i.rb, -1, -1); return writeNaN(m, i, NANW[0], NANW[1], exc, single); }
  // ISA 4.6.6: +-0 -> +-inf with ZX; +-inf -> +-0 (rsqrt: -inf and negatives are invalid).
  if (a === 0) return writeSpecial(m, i, 1 / a, ZX);
  if (rsqrt && a < 0) return defaultNaN(m, i, VXSQRT);
  if (Math.abs(a) === Infinity) return writeSpecial(m, i, 1 / a, 0);
  const l = m.s64[FLO], rn = l & 3, oe = (l & OE) !== 0, ue = (l & UE) !== 0;
  let v: number;
  if (rsqrt) {
    // as QEMU: square root, then divide, then (single) round to binary32; FI accumulates
    const s = sqrtR(a, false, rn, false, false);
    let fi = rs.flags & R_FI;
    v = divR(1, s, false, rn, oe, ue);
    if (single) {
      fi |= rs.flags & R_FI;
      decompose(v);
      v = round(dec.sig, dec.exp, false, true, rn, oe, ue);
    }
    rs.flags |= fi;
  } else v = divR(1, a, single, rn, oe, ue);
  writeRounded(m, i, v, single, 0);
}

function frsp(m: Machine, i: Insn): void {
  const a = m.st.vsrF64[2 * i.rb];
  RES[0] = a;
  if (!FP_REFERENCE[0] && finishFast(m, i, 0, true, false)) return;
  if (a !== a) { const exc = pickNaN(m, i.rb, -1, -1); return writeNaN(m, i, NANW[0], NANW[1], exc, true); }
  if (a === 0 || Math.abs(a) === Infinity) return writeSpecial(m, i, a, 0);
  const l = m.s64[FLO];
  decompose(a);
  writeRounded(m, i, round(dec.sig, dec.exp, false, true, l & 3, (l & OE) !== 0, (l & UE) !== 0), true, 0);
}

/** frin (ties away), friz, frip, frim: FR and FI cleared, XX not set. */
/** a (not NaN) rounded to an integral value: mode 0 nearest away from zero, 1 toward zero, 2 up,
 * 3 down (frin/friz/frip/frim, and the vector lanes of xvrdpi* / xvrspi*); exact, sign kept. */
export function roundInt(a: number, mode: number): number {
  let r: number;
  if (Math.abs(a) === Infinity || Math.abs(a) >= 4503599627370496) r = a;
  else if (mode === 0) { r = Math.trunc(a); if (Math.abs(a - r) >= 0.5) r += a > 0 ? 1 : -1; }
  else if (mode === 1) r = Math.trunc(a);
  else if (mode === 2) r = Math.ceil(a);
  else r = Math.floor(a);
  if (r === 0 && (a < 0 || Object.is(a, -0))) r = -0;
  return r;
}

function fri(m: Machine, i: Insn, mode: number): void {
  const a = m.st.vsrF64[2 * i.rb];
  if (a !== a) { const exc = pickNaN(m, i.rb, -1, -1); return writeNaN(m, i, NANW[0], NANW[1], exc, false); }
  const r = roundInt(a, mode);
  m.st.vsrF64[2 * i.rt] = r;
  commit(m, 0, fprfNum(r, false), true, i.rec);
}

// ---- conversions ---------------------------------------------------------------------------

const TWO31 = 2147483648, TWO32 = 4294967296, TWO63 = 9223372036854775808, TWO64 = 18446744073709551616;

/** fcti[w|d][u][z]: word/dword, signed/unsigned, rn = -1 for the current mode. */
function fcti(m: Machine, i: Insn, dword: boolean, unsigned: boolean, z: boolean): void {
  const a = m.st.vsrF64[2 * i.rb];
  let hi = 0, lo = 0, exc = 0, status = 0;
  if (a !== a) {
    exc = VXCVI | (isSNaNReg(m, i.rb) ? VXSNAN : 0);
    if (!unsigned) { if (dword) hi = 0x80000000; else lo = 0x80000000; }
  } else {
    const r = roundToInt(a, z ? RTZ : m.s64[FLO] & 3);
    const fl = rs.flags;
    const min = unsigned ? 0 : dword ? -TWO63 : -TWO31;
    const max = unsigned ? (dword ? TWO64 : TWO32) : dword ? TWO63 : TWO31; // exclusive
    if (r >= max) {
      exc = VXCVI;
      if (unsigned) { lo = 0xffffffff; if (dword) hi = 0xffffffff; }
      else if (dword) { hi = 0x7fffffff; lo = 0xffffffff; } else lo = 0x7fffffff;
    } else if (r < min) {
      exc = VXCVI;
      if (!unsigned) { if (dword) hi = 0x80000000; else { hi = 0xffffffff; lo = 0x80000000; } }
    } else {
      if (r < 0) { // two's complement of |r| on halves (exact: |r| is an integer < 2^63)
        const ar = -r, h = Math.floor(ar / TWO32), lw = ar % TWO32;
        lo = lw === 0 ? 0 : TWO32 - lw;
        hi = (~h + (lw === 0 ? 1 : 0)) >>> 0;
      } else { hi = Math.floor(r / TWO32) >>> 0; lo = (r % TWO32) >>> 0; }
      if (fl & R_FI) { exc = XX; status = FI | (fl & R_FR ? FR : 0); }
    }
  }
  if (suppressed(m, i, exc)) return;
  setBits(m, i.rt, hi, lo);
  // FPRF is undefined for these: it is left unchanged, or given QNaN's class on an invalid
  // conversion (both as QEMU does). FR and FI are cleared on an invalid conversion.
  commit(m, exc, exc & VXCVI ? C_QNAN : (m.s64[FLO] & FPRF) | status, true, i.rec);
}

/** fcfid[u][s]: 64-bit integer in FRB to double/single. */
function fcfid(m: Machine, i: Insn, unsigned: boolean, single: boolean): void {
  const w = m.st.vsrU32;
  const hi = w[FH[i.rb]], lo = w[FL[i.rb]];
  const l = m.s64[FLO];
  // exact when below 2^53 (2^24 for single) in magnitude: a larger value never computes below it
  const v = !unsigned && hi & 0x80000000 ? (hi | 0) * TWO32 + lo : hi * TWO32 + lo;
  if (!FP_REFERENCE[0] && Math.abs(v) < (single ? 16777216 : 9007199254740992)) {
    m.st.vsrF64[2 * i.rt] = v; // only FR/FI/FPRF change
    m.s64[FLO] = (l & ~STATUS) | (v > 0 ? C_PNORM : v < 0 ? C_NNORM : C_PZERO);
    if (i.rec) cr1(m);
    return;
  }
  let big = (BigInt(hi) << 32n) | BigInt(lo);
  if (!unsigned && hi & 0x80000000) big -= 1n << 64n;
  writeRounded(m, i, fromIntR(big, single, l & 3), single, 0);
}

// ---- compares, tests -------------------------------------------------------------------------

function fcmp(m: Machine, i: Insn, ordered: boolean): void {
  const F = m.st.vsrF64;
  const a = F[2 * i.ra], b = F[2 * i.rb];
  const bf = i.rt >>> 2;
  let c: number, exc = 0;
  if (a !== a || b !== b) {
    c = 1;
    const sn = isSNaNReg(m, i.ra) || isSNaNReg(m, i.rb);
    if (sn) exc = VXSNAN;
    if (ordered && (!sn || !(m.s64[FLO] & VE))) exc |= VXVC;
  } else c = a < b ? 8 : a > b ? 4 : 2;
  m.setCrField(bf, c);
  let l = m.s64[FLO];
  l = (l & ~FPCC) | (c << 12);
  m.s64[FLO] = l;
  commit(m, exc, 0, false);
}

function unbExp(hi: number): number { return ((hi >>> 20) & 0x7ff) - 1023; }

function ftdiv(m: Machine, i: Insn): void {
  const w = m.st.vsrU32, F = m.st.vsrF64;
  const a = F[2 * i.ra], b = F[2 * i.rb];
  let fe = 0, fg = 0;
  if (Math.abs(a) === Infinity || Math.abs(b) === Infinity || b === 0) { fe = 1; fg = 1; }
  else {
    const ea = unbExp(w[FH[i.ra]]), eb = unbExp(w[FH[i.rb]]);
    if (a !== a || b !== b) fe = 1;
    else if (eb <= -1022 || eb >= 1021) fe = 1;
    else if (a !== 0 && (ea - eb >= 1023 || ea - eb <= -1021 || ea <= -970)) fe = 1;
    if (Math.abs(b) < MIN_NORM) fg = 1;
  }
  m.setCrField(i.rt >>> 2, 8 | (fg << 2) | (fe << 1));
}

function ftsqrt(m: Machine, i: Insn): void {
  const b = m.st.vsrF64[2 * i.rb];
  let fe = 0, fg = 0;
  if (Math.abs(b) === Infinity || b === 0) { fe = 1; fg = 1; }
  else {
    if (b !== b || b < 0) fe = 1;
    else if (unbExp(m.st.vsrU32[FH[i.rb]]) <= -1022 + 52) fe = 1;
    if (Math.abs(b) < MIN_NORM) fg = 1;
  }
  m.setCrField(i.rt >>> 2, 8 | (fg << 2) | (fe << 1));
}

// ---- moves -------------------------------------------------------------------------------

function move(m: Machine, i: Insn, kind: number): void {
  const w = m.st.vsrU32;
  const hi = w[FH[i.rb]], lo = w[FL[i.rb]];
  let h: number;
  switch (kind) {
    case 0: h = hi; break; // fmr
    case 1: h = hi ^ 0x80000000; break; // fneg
    case 2: h = hi & 0x7fffffff; break; // fabs
    case 3: h = hi | 0x80000000; break; // fnabs
    default: h = (hi & 0x7fffffff) | (w[FH[i.ra]] & 0x80000000); // fcpsgn
  }
  w[FH[i.rt]] = h >>> 0; w[FL[i.rt]] = lo;
  if (i.rec) cr1(m);
}

function fsel(m: Machine, i: Insn): void {
  const a = m.st.vsrF64[2 * i.ra];
  const src = a >= 0 ? i.rc : i.rb; // NaN fails the test
  const w = m.st.vsrU32;
  w[FH[i.rt]] = w[FH[src]]; w[FL[i.rt]] = w[FL[src]];
  if (i.rec) cr1(m);
}

function fmrg(m: Machine, i: Insn, even: boolean): void {
  const w = m.st.vsrU32;
  const x = even ? w[FH[i.ra]] : w[FL[i.ra]];
  const y = even ? w[FH[i.rb]] : w[FL[i.rb]];
  w[FH[i.rt]] = x; w[FL[i.rt]] = y;
}

// ---- FPSCR instructions -------------------------------------------------------------------

function readFpscr(m: Machine, i: Insn, mask: number, hiMask: number): void {
  setBits(m, i.rt, m.s64[FHIW] & hiMask, (m.s64[FLO] & mask) >>> 0);
}

/** Raises SIGFPE if FEX became 1 with exceptions enabled in the MSR (mtfsf & co). */
function checkFex(m: Machine, before: number): void {
  const l = m.s64[FLO];
  if (l & FEX && !(before & FEX) && feOn(m)) throw new GuestFault(SIGFPE, fpeCode(l), m.pc, 'floating-point exception');
}

function mffs(m: Machine, i: Insn): void {
  readFpscr(m, i, 0xffffffff, 0xffffffff);
  if (i.rec) cr1(m);
}

/** mffsce, mffscdrn[i], mffscrn[i], mffsl (sub-opcode in bits 11:15). */
function mffsX(m: Machine, i: Insn, sub: number): void {
  // Before ISA 3.0 the sub-opcode sits in a reserved field that processors ignore: these
  // execute as mffs there (glibc relies on it for mffsl).
  if (!m.has[ISA300_BIT]) return mffs(m, i);
  const light = 0x7; // DRN in the high word
  const ctl = ENABLES | NI | 3;
  const before = m.s64[FLO];
  switch (sub) {
    case 1: // mffsce
      readFpscr(m, i, 0xffffffff, 0xffffffff);
      m.s64[FLO] = summarize(before & ~ENABLES);
      break;
    case 20: case 21: { // mffscdrn FRB / mffscdrni DRM
      const drn = sub === 20 ? m.st.vsrU32[FH[i.rb]] & 7 : (i.word >>> 11) & 7;
      readFpscr(m, i, ctl, light);
      m.s64[FHIW] = (m.s64[FHIW] & ~7) | drn;
      break;
    }
    case 22: case 23: { // mffscrn FRB / mffscrni RM
      const rn = sub === 22 ? m.st.vsrU32[FL[i.rb]] & 3 : (i.word >>> 11) & 3;
      readFpscr(m, i, ctl, light);
      m.s64[FLO] = (before & ~3) | rn;
      break;
    }
    default: // 24 mffsl
      readFpscr(m, i, ctl | STATUS, light);
  }
}

/** Stores the new low word of the FPSCR from an explicit move: FEX and VX recomputed. */
function storeFpscr(m: Machine, l: number, rec: number): void {
  const before = m.s64[FLO];
  m.s64[FLO] = summarize(l & ~RESERVED_LO);
  if (rec) cr1(m);
  checkFex(m, before);
}

function mtfsf(m: Machine, i: Insn): void {
  const w = m.st.vsrU32;
  const hi = w[FH[i.rb]], lo = w[FL[i.rb]];
  const L = (i.word >>> 25) & 1, W = (i.word >>> 16) & 1, flm = (i.word >>> 17) & 0xff;
  let mHi = 0, mLo = 0;
  if (L) { mHi = 0xffffffff; mLo = 0xffffffff; }
  else {
    for (let k = 0; k < 8; k++) {
      if (!(flm & (0x80 >>> k))) continue;
      const nib = (0xf0000000 >>> (4 * k)) >>> 0;
      if (W) mHi |= nib; else mLo |= nib;
    }
  }
  mHi &= DRN_MASK;
  if (mHi) m.s64[FHIW] = ((m.s64[FHIW] & ~mHi) | (hi & mHi)) >>> 0;
  storeFpscr(m, ((m.s64[FLO] & ~mLo) | (lo & mLo)) >>> 0, i.rec);
  if (i.rec) cr1(m);
}

function mtfsfi(m: Machine, i: Insn): void {
  const bf = (i.word >>> 23) & 7, W = (i.word >>> 16) & 1, u = (i.word >>> 12) & 0xf;
  const sh = 28 - 4 * bf;
  if (W) m.s64[FHIW] = ((m.s64[FHIW] & ~(0xf << sh)) | ((u << sh) & DRN_MASK)) >>> 0;
  else storeFpscr(m, ((m.s64[FLO] & ~(0xf << sh)) | (u << sh)) >>> 0, i.rec);
  if (i.rec) cr1(m);
}

function mtfsb(m: Machine, i: Insn, set: boolean): void {
  const bt = i.rt; // FPSCR bit BT+32
  {
    const msk = (1 << (31 - bt)) >>> 0;
    let l = m.s64[FLO];
    if (set) {
      if (msk & EXC_ALL & ~FX && !(l & msk)) l |= FX;
      l |= msk;
    } else l &= ~msk;
    storeFpscr(m, l >>> 0, i.rec);
  }
  if (i.rec) cr1(m);
}

function mcrfs(m: Machine, i: Insn): void {
  const bf = i.rt >>> 2, bfa = i.ra >>> 2;
  const sh = 28 - 4 * bfa;
  const l = m.s64[FLO];
  m.setCrField(bf, (l >>> sh) & 0xf);
  const clr = ((0xf << sh) & EXC_ALL) >>> 0;
  m.s64[FLO] = summarize(l & ~clr);
}

// ---- loads and stores ------------------------------------------------------------------------

/** binary32 bits to binary64 words (exact; SNaNs are kept signaling). */
const CV = new Uint32Array(2); // [hi, lo] of the converted value
function singleToDouble(w: number): void {
  const ex = (w >>> 23) & 0xff, frac = w & 0x7fffff, s = w & 0x80000000;
  if (ex === 0xff) { CV[0] = (s | 0x7ff00000 | (frac >>> 3)) >>> 0; CV[1] = (frac << 29) >>> 0; return; }
  if (ex === 0) {
    if (frac === 0) { CV[0] = s >>> 0; CV[1] = 0; return; }
    f64[0] = (s ? -frac : frac) * 1.401298464324817e-45; // exact: frac * 2^-149
  } else {
    CV[0] = (s | ((ex + 896) << 20) | (frac >>> 3)) >>> 0; CV[1] = (frac << 29) >>> 0; return;
  }
  CV[0] = u32[HI]; CV[1] = u32[LO];
}

/** binary64 words to binary32 bits without rounding (ISA stfs algorithm). */
function doubleToSingle(hi: number, lo: number): number {
  const ex = (hi >>> 20) & 0x7ff;
  if (ex > 896 || (((hi & 0x7fffffff) | lo) === 0)) {
    return ((hi & 0xc0000000) | ((hi & 0x07ffffff) << 3) | (lo >>> 29)) >>> 0;
  }
  let r = hi & 0x80000000;
  if (ex >= 874) {
    // 1.frac shifted right so that the exponent becomes -126: (1<<52 | frac) >> (896 + 30 - ex)
    const sh = 926 - ex; // 30..52
    const mhi = (hi & 0xfffff) | 0x100000; // bits 52..32
    const v = mhi * TWO32 + lo; // < 2^53, exact
    r |= Math.floor(v / Math.pow(2, sh));
  }
  return r >>> 0;
}

function lfs(m: Machine, i: Insn, ea: number): void {
  singleToDouble(m.mem.read32(ea));
  setBits(m, i.rt, CV[0], CV[1]);
}
function lfd(m: Machine, i: Insn, ea: number): void {
  const lo = m.mem.read64(ea);
  setBits(m, i.rt, m.mem.hi, lo);
}
function stfs(m: Machine, i: Insn, ea: number): void {
  const w = m.st.vsrU32;
  m.mem.write32(ea, doubleToSingle(w[FH[i.rt]], w[FL[i.rt]]));
}
/** lfs's conversion of a loaded word w into FPR rt (the inline code's slow case). */
export function fpLoadSingle(m: Machine, rt: number, w: number): void {
  singleToDouble(w);
  setBits(m, rt, CV[0], CV[1]);
}
/** stfs's word for FPR rs (the inline code's slow case). */
export function fpStoreSingle(m: Machine, rs: number): number {
  const w = m.st.vsrU32;
  return doubleToSingle(w[FH[rs]], w[FL[rs]]);
}
function stfd(m: Machine, i: Insn, ea: number): void {
  const w = m.st.vsrU32;
  m.mem.write64(ea, w[FH[i.rt]], w[FL[i.rt]]);
}
function lfiwax(m: Machine, i: Insn): void {
  const v = m.mem.read32(eaX(m, i));
  setBits(m, i.rt, v & 0x80000000 ? 0xffffffff : 0, v);
}
function lfiwzx(m: Machine, i: Insn): void {
  const v = m.mem.read32(eaX(m, i));
  setBits(m, i.rt, 0, v);
}
function stfiwx(m: Machine, i: Insn): void {
  m.mem.write32(eaX(m, i), m.st.vsrU32[FL[i.rt]]);
}

/** lfdp/stfdp (ISA 2.05): an even-odd FPR pair; in little-endian mode the doubleword at EA goes
 * to the odd register (as QEMU does). An odd register number is an invalid form: SIGILL. */
function pairCheck(m: Machine, i: Insn): void {
  if (i.rt & 1) throw new GuestFault(4, 1, m.pc, 'lfdp/stfdp with an odd register');
}
function lfdp(m: Machine, i: Insn, ea: number): void {
  pairCheck(m, i);
  const ea2 = m.sf ? ea + 8 : (ea + 8) >>> 0;
  const lo0 = m.mem.read64(ea), hi0 = m.mem.hi;
  const lo1 = m.mem.read64(ea2), hi1 = m.mem.hi;
  const t = i.rt, le = m.mem.le ? 1 : 0;
  setBits(m, t + le, hi0, lo0);
  setBits(m, t + 1 - le, hi1, lo1);
}
function stfdp(m: Machine, i: Insn, ea: number): void {
  pairCheck(m, i);
  const ea2 = m.sf ? ea + 8 : (ea + 8) >>> 0;
  m.mem.checkWritable(ea, 16);
  const w = m.st.vsrU32, t = i.rt, le = m.mem.le ? 1 : 0;
  m.mem.write64(ea, w[FH[t + le]], w[FL[t + le]]);
  m.mem.write64(ea2, w[FH[t + 1 - le]], w[FL[t + 1 - le]]);
}

// ---- rows ----------------------------------------------------------------------------------

const A = (mnem: string, opcd: number, xo: number, ops: string, feature: Row['feature'], h: Row['h']): Row =>
  ({ mnem, form: 'A', opcd, xo, ops, feature, h, flags: Flag.RC });
const X63 = (mnem: string, xo: number, ops: string, feature: Row['feature'], h: Row['h'], rc = true, pure = false): Row =>
  ({ mnem, form: 'X', opcd: 63, xo, ops, feature, h, flags: (rc ? Flag.RC : 0) | (pure ? Flag.PURE : 0) });
const subop = (v: number): [number, number] => [0x001f0001, (v << 16) >>> 0];

export const rows: Row[] = [
  // loads / stores
  { mnem: 'lfs', form: 'D', opcd: 48, ops: 'frt,d(ra)', feature: 'fpu', h: (m, i) => lfs(m, i, eaD(m, i)) },
  { mnem: 'lfsu', form: 'D', opcd: 49, ops: 'frt,d(ra)', feature: 'fpu', h: (m, i) => { lfs(m, i, eaD(m, i)); updateD(m, i); } },
  { mnem: 'lfd', form: 'D', opcd: 50, ops: 'frt,d(ra)', feature: 'fpu', h: (m, i) => lfd(m, i, eaD(m, i)) },
  { mnem: 'lfdu', form: 'D', opcd: 51, ops: 'frt,d(ra)', feature: 'fpu', h: (m, i) => { lfd(m, i, eaD(m, i)); updateD(m, i); } },
  { mnem: 'stfs', form: 'D', opcd: 52, ops: 'frs,d(ra)', feature: 'fpu', h: (m, i) => stfs(m, i, eaD(m, i)) },
  { mnem: 'stfsu', form: 'D', opcd: 53, ops: 'frs,d(ra)', feature: 'fpu', h: (m, i) => { stfs(m, i, eaD(m, i)); updateD(m, i); } },
  { mnem: 'stfd', form: 'D', opcd: 54, ops: 'frs,d(ra)', feature: 'fpu', h: (m, i) => stfd(m, i, eaD(m, i)) },
  { mnem: 'stfdu', form: 'D', opcd: 55, ops: 'frs,d(ra)', feature: 'fpu', h: (m, i) => { stfd(m, i, eaD(m, i)); updateD(m, i); } },
  { mnem: 'lfsx', form: 'X', opcd: 31, xo: 535, ops: 'frt,ra0,rb', feature: 'fpu', h: (m, i) => lfs(m, i, eaX(m, i)) },
  { mnem: 'lfsux', form: 'X', opcd: 31, xo: 567, ops: 'frt,ra,rb', feature: 'fpu', h: (m, i) => { lfs(m, i, eaX(m, i)); updateX(m, i); } },
  { mnem: 'lfdx', form: 'X', opcd: 31, xo: 599, ops: 'frt,ra0,rb', feature: 'fpu', h: (m, i) => lfd(m, i, eaX(m, i)) },
  { mnem: 'lfdux', form: 'X', opcd: 31, xo: 631, ops: 'frt,ra,rb', feature: 'fpu', h: (m, i) => { lfd(m, i, eaX(m, i)); updateX(m, i); } },
  { mnem: 'stfsx', form: 'X', opcd: 31, xo: 663, ops: 'frs,ra0,rb', feature: 'fpu', h: (m, i) => stfs(m, i, eaX(m, i)) },
  { mnem: 'stfsux', form: 'X', opcd: 31, xo: 695, ops: 'frs,ra,rb', feature: 'fpu', h: (m, i) => { stfs(m, i, eaX(m, i)); updateX(m, i); } },
  { mnem: 'stfdx', form: 'X', opcd: 31, xo: 727, ops: 'frs,ra0,rb', feature: 'fpu', h: (m, i) => stfd(m, i, eaX(m, i)) },
  { mnem: 'stfdux', form: 'X', opcd: 31, xo: 759, ops: 'frs,ra,rb', feature: 'fpu', h: (m, i) => { stfd(m, i, eaX(m, i)); updateX(m, i); } },
  { mnem: 'stfiwx', form: 'X', opcd: 31, xo: 983, ops: 'frs,ra0,rb', feature: 'fpu', h: stfiwx },
  { mnem: 'lfiwax', form: 'X', opcd: 31, xo: 855, ops: 'frt,ra0,rb', feature: 'isa205', h: lfiwax },
  { mnem: 'lfiwzx', form: 'X', opcd: 31, xo: 887, ops: 'frt,ra0,rb', feature: 'fpu_ext', h: lfiwzx },
  { mnem: 'lfdp', form: 'DS', opcd: 57, xo: 0, ops: 'frt,ds(ra)', feature: 'isa205', h: (m, i) => lfdp(m, i, eaD(m, i)) },
  { mnem: 'stfdp', form: 'DS', opcd: 61, xo: 0, ops: 'frs,ds(ra)', feature: 'isa205', h: (m, i) => stfdp(m, i, eaD(m, i)) },
  { mnem: 'lfdpx', form: 'X', opcd: 31, xo: 791, ops: 'frt,ra0,rb', feature: 'isa205', h: (m, i) => lfdp(m, i, eaX(m, i)) },
  { mnem: 'stfdpx', form: 'X', opcd: 31, xo: 919, ops: 'frs,ra0,rb', feature: 'isa205', h: (m, i) => stfdp(m, i, eaX(m, i)) },

  // arithmetic, double (63) and single (59)
  A('fdiv', 63, 18, 'frt,fra,frb', 'fpu', (m, i) => fdiv(m, i, false)),
  A('fsub', 63, 20, 'frt,fra,frb', 'fpu', (m, i) => fadd(m, i, true, false)),
  A('fadd', 63, 21, 'frt,fra,frb', 'fpu', (m, i) => fadd(m, i, false, false)),
  A('fsqrt', 63, 22, 'frt,frb', 'fpu_sqrt', (m, i) => fsqrt(m, i, false)),
  { ...A('fsel', 63, 23, 'frt,fra,frc,frb', 'fpu_gfx', fsel), flags: Flag.RC | Flag.PURE },
  A('fre', 63, 24, 'frt,frb', 'isa202', (m, i) => estimate(m, i, false, false)),
  A('fmul', 63, 25, 'frt,fra,frc', 'fpu', (m, i) => fmul(m, i, false)),
  A('frsqrte', 63, 26, 'frt,frb', 'fpu_gfx', (m, i) => estimate(m, i, true, false)),
  A('fmsub', 63, 28, 'frt,fra,frc,frb', 'fpu', (m, i) => fma(m, i, 1, false)),
  A('fmadd', 63, 29, 'frt,fra,frc,frb', 'fpu', (m, i) => fma(m, i, 0, false)),
  A('fnmsub', 63, 30, 'frt,fra,frc,frb', 'fpu', (m, i) => fma(m, i, 3, false)),
  A('fnmadd', 63, 31, 'frt,fra,frc,frb', 'fpu', (m, i) => fma(m, i, 2, false)),
  A('fdivs', 59, 18, 'frt,fra,frb', 'fpu', (m, i) => fdiv(m, i, true)),
  A('fsubs', 59, 20, 'frt,fra,frb', 'fpu', (m, i) => fadd(m, i, true, true)),
  A('fadds', 59, 21, 'frt,fra,frb', 'fpu', (m, i) => fadd(m, i, false, true)),
  A('fsqrts', 59, 22, 'frt,frb', 'fpu_sqrt', (m, i) => fsqrt(m, i, true)),
  A('fres', 59, 24, 'frt,frb', 'fpu_gfx', (m, i) => estimate(m, i, false, true)),
  A('fmuls', 59, 25, 'frt,fra,frc', 'fpu', (m, i) => fmul(m, i, true)),
  A('frsqrtes', 59, 26, 'frt,frb', 'isa202', (m, i) => estimate(m, i, true, true)),
  A('fmsubs', 59, 28, 'frt,fra,frc,frb', 'fpu', (m, i) => fma(m, i, 1, true)),
  A('fmadds', 59, 29, 'frt,fra,frc,frb', 'fpu', (m, i) => fma(m, i, 0, true)),
  A('fnmsubs', 59, 30, 'frt,fra,frc,frb', 'fpu', (m, i) => fma(m, i, 3, true)),
  A('fnmadds', 59, 31, 'frt,fra,frc,frb', 'fpu', (m, i) => fma(m, i, 2, true)),

  // moves
  // moves: register-only (PURE: no fault, no pc)
  X63('fmr', 72, 'frt,frb', 'fpu', (m, i) => move(m, i, 0), true, true),
  X63('fneg', 40, 'frt,frb', 'fpu', (m, i) => move(m, i, 1), true, true),
  X63('fabs', 264, 'frt,frb', 'fpu', (m, i) => move(m, i, 2), true, true),
  X63('fnabs', 136, 'frt,frb', 'fpu', (m, i) => move(m, i, 3), true, true),
  X63('fcpsgn', 8, 'frt,fra,frb', 'isa205', (m, i) => move(m, i, 4), true, true),
  X63('fmrgew', 966, 'frt,fra,frb', 'isa207', (m, i) => fmrg(m, i, true), false, true),
  X63('fmrgow', 838, 'frt,fra,frb', 'isa207', (m, i) => fmrg(m, i, false), false, true),

  // rounding and conversion
  X63('frsp', 12, 'frt,frb', 'fpu', frsp),
  X63('fctiw', 14, 'frt,frb', 'fpu', (m, i) => fcti(m, i, false, false, false)),
  X63('fctiwz', 15, 'frt,frb', 'fpu', (m, i) => fcti(m, i, false, false, true)),
  X63('fctiwu', 142, 'frt,frb', 'fpu_ext', (m, i) => fcti(m, i, false, true, false)),
  X63('fctiwuz', 143, 'frt,frb', 'fpu_ext', (m, i) => fcti(m, i, false, true, true)),
  X63('fctid', 814, 'frt,frb', 'ppc64', (m, i) => fcti(m, i, true, false, false)),
  X63('fctidz', 815, 'frt,frb', 'ppc64', (m, i) => fcti(m, i, true, false, true)),
  X63('fctidu', 942, 'frt,frb', 'fpu_ext', (m, i) => fcti(m, i, true, true, false)),
  X63('fctiduz', 943, 'frt,frb', 'fpu_ext', (m, i) => fcti(m, i, true, true, true)),
  X63('fcfid', 846, 'frt,frb', 'ppc64', (m, i) => fcfid(m, i, false, false)),
  X63('fcfidu', 974, 'frt,frb', 'fpu_ext', (m, i) => fcfid(m, i, true, false)),
  { mnem: 'fcfids', form: 'X', opcd: 59, xo: 846, ops: 'frt,frb', feature: 'fpu_ext', h: (m, i) => fcfid(m, i, false, true), flags: Flag.RC },
  { mnem: 'fcfidus', form: 'X', opcd: 59, xo: 974, ops: 'frt,frb', feature: 'fpu_ext', h: (m, i) => fcfid(m, i, true, true), flags: Flag.RC },
  X63('frin', 392, 'frt,frb', 'isa202', (m, i) => fri(m, i, 0)),
  X63('friz', 424, 'frt,frb', 'isa202', (m, i) => fri(m, i, 1)),
  X63('frip', 456, 'frt,frb', 'isa202', (m, i) => fri(m, i, 2)),
  X63('frim', 488, 'frt,frb', 'isa202', (m, i) => fri(m, i, 3)),

  // compares and tests
  X63('fcmpu', 0, 'bf,fra,frb', 'fpu', (m, i) => fcmp(m, i, false), false),
  X63('fcmpo', 32, 'bf,fra,frb', 'fpu', (m, i) => fcmp(m, i, true), false),
  X63('ftdiv', 128, 'bf,fra,frb', 'fpu_ext', ftdiv, false),
  X63('ftsqrt', 160, 'bf,frb', 'fpu_ext', ftsqrt, false),

  // FPSCR
  { mnem: 'mffs', form: 'X', opcd: 63, xo: 583, fixed: [0x001f0000, 0], ops: 'frt', feature: 'fpu', h: mffs, flags: Flag.RC },
  { mnem: 'mffsce', form: 'X', opcd: 63, xo: 583, fixed: subop(1), ops: 'frt', feature: 'fpu', h: (m, i) => mffsX(m, i, 1) },
  { mnem: 'mffscdrn', form: 'X', opcd: 63, xo: 583, fixed: subop(20), ops: 'frt,frb', feature: 'fpu', h: (m, i) => mffsX(m, i, 20) },
  { mnem: 'mffscdrni', form: 'X', opcd: 63, xo: 583, fixed: subop(21), ops: 'frt,drm', feature: 'fpu', h: (m, i) => mffsX(m, i, 21) },
  { mnem: 'mffscrn', form: 'X', opcd: 63, xo: 583, fixed: subop(22), ops: 'frt,frb', feature: 'fpu', h: (m, i) => mffsX(m, i, 22) },
  { mnem: 'mffscrni', form: 'X', opcd: 63, xo: 583, fixed: subop(23), ops: 'frt,rm', feature: 'fpu', h: (m, i) => mffsX(m, i, 23) },
  { mnem: 'mffsl', form: 'X', opcd: 63, xo: 583, fixed: subop(24), ops: 'frt', feature: 'fpu', h: (m, i) => mffsX(m, i, 24) },
  { mnem: 'mtfsf', form: 'XFL', opcd: 63, xo: 711, ops: 'flm,frb,l,w', feature: 'fpu', h: mtfsf, flags: Flag.RC },
  X63('mtfsfi', 134, 'bf,u,w', 'fpu', mtfsfi),
  X63('mtfsb0', 70, 'crbt', 'fpu', (m, i) => mtfsb(m, i, false)),
  X63('mtfsb1', 38, 'crbt', 'fpu', (m, i) => mtfsb(m, i, true)),
  X63('mcrfs', 64, 'bf,bfa', 'fpu', mcrfs, false),
];

// The scalar core, reused by the VSX scalar instructions (vsxfp.ts) with their own operand mapping.
export {
  commit, suppressed, pickNaN, NANW, writeNaN, writeRounded, writeSpecial, defaultNaN, setBits, isSNaNReg,
  isNaNReg, fadd, fmul, fdiv, fma, fsqrt, estimate, frsp, fri, fcfid, fcti, fcmp, ftdiv, ftsqrt, FLO,
};

// Exported for unit tests.
export const _internal = { singleToDouble: (w: number): [number, number] => { singleToDouble(w); return [CV[0], CV[1]]; }, doubleToSingle };
