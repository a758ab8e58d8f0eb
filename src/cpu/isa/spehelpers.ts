// Helpers for the Signal Processing Engine (e500): 64-bit SPE registers as (upper word in
// m.st.speHi, lower word in m.gl), the accumulator, SPEFSCR status bits and the embedded
// floating-point arithmetic (no denormals, NaNs or infinities: Power ISA 2.03+ Book I chapter
// "Embedded Floating-Point", results summary tables).
//
// Embedded FP model implemented here:
// - input denormals are read as zero of the same sign; input Inf/NaN/denormals set FINV and
//   Inf/NaN are read as the largest normal number of their sign (NaN compares unordered);
// - results are rounded per SPEFSCR[FRMC] (0 nearest-even, 1 toward zero, 2 toward +inf,
//   3 toward -inf) on the exact result; overflow gives +/-max normal (FOVF), underflow
//   (a rounded non-zero result below the smallest normal) gives +/-0 (FUNF); FG/FX are the
//   guard and sticky bits of the exact result truncated to the destination precision, and
//   FINXS is set when either is.
// - an enabled exception (FINVE, FDBZE, FUNFE, FOVFE) raises SIGFPE without writing the target.

import type { Insn } from '../insn.js';
import type { Machine } from '../machine.js';
import { SIGFPE } from '../machine.js';
import { GuestFault } from '../memory.js';
import { Spr32, Spr64 } from '../state.js';

// ---- SPEFSCR bits (32-bit value; ISA bit 32 is 0x80000000) -------------------------------------
export const SOVH = 0x80000000, OVH = 0x40000000, FGH = 0x20000000, FXH = 0x10000000;
export const FINVH = 0x08000000, FDBZH = 0x04000000, FUNFH = 0x02000000, FOVFH = 0x01000000;
export const FINXS = 0x00200000, FINVS = 0x00100000, FDBZS = 0x00080000, FUNFS = 0x00040000;
export const FOVFS = 0x00020000, MODE = 0x00010000;
export const SOV = 0x8000, OV = 0x4000, FG = 0x2000, FX = 0x1000, FINV = 0x0800, FDBZ = 0x0400;
export const FUNF = 0x0200, FOVF = 0x0100, FINXE = 0x40, FINVE = 0x20, FDBZE = 0x10, FUNFE = 0x08;
export const FOVFE = 0x04, FRMC = 0x3;

export const ACC_HI = 2 * Spr64.ACC, ACC_LO = 2 * Spr64.ACC + 1;

/** Sets OVH/OV to the element overflows (0/1) and the sticky SOVH/SOV. */
export function setOvf(m: Machine, ovh: number, ovl: number): void {
  let s = m.s32[Spr32.SPEFSCR] & ~(OVH | OV);
  if (ovh) s |= OVH | SOVH;
  if (ovl) s |= OV | SOV;
  m.s32[Spr32.SPEFSCR] = s;
}

// ---- saturation ----------------------------------------------------------------------------------
/** Element overflow of the last sat* call. */
export let satOv = 0;
/** Signed 32-bit saturation of an exact integer value (|v| < 2^53). */
export function satS32(v: number): number {
  if (v > 0x7fffffff) { satOv = 1; return 0x7fffffff; }
  if (v < -0x80000000) { satOv = 1; return 0x80000000; }
  satOv = 0;
  return v >>> 0;
}
export function satU32(v: number): number {
  if (v > 0xffffffff) { satOv = 1; return 0xffffffff; }
  if (v < 0) { satOv = 1; return 0; }
  satOv = 0;
  return v >>> 0;
}

/** High word of the 64-bit product of two 32-bit values, unsigned / signed (no BigInt). */
export function mulhu(a: number, b: number): number {
  const a0 = a & 0xffff, a1 = a >>> 16, b0 = b & 0xffff, b1 = b >>> 16;
  const lo = a0 * b0, mid1 = a1 * b0, mid2 = a0 * b1;
  const carry = Math.floor(((lo >>> 16) + (mid1 & 0xffff) + (mid2 & 0xffff)) / 65536);
  return (a1 * b1 + Math.floor(mid1 / 65536) + Math.floor(mid2 / 65536) + carry) >>> 0;
}
export function mulhs(a: number, b: number): number {
  let h = mulhu(a >>> 0, b >>> 0);
  if ((a | 0) < 0) h -= b >>> 0;
  if ((b | 0) < 0) h -= a >>> 0;
  return h >>> 0;
}

// ---- embedded floating point -------------------------------------------------------------------
const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);
const f64 = new Float64Array(1);
const u64w = new Uint32Array(f64.buffer);
const LE = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const W_HI = LE ? 1 : 0, W_LO = LE ? 0 : 1;

export const MAX_S = 3.4028234663852886e38; // 0x7f7fffff
const MIN_S = 1.1754943508222875e-38; // 2^-126
const MAX_D = Number.MAX_VALUE;
const MIN_D = 2.2250738585072014e-308;

/** Element status of the last FP operation: FINV/FDBZ/FUNF/FOVF/FG/FX in low-element positions. */
export let fpFlags = 0;
/** Comparison unordered (a NaN input) of the last unpack pair. */
let unord = false;

/** Value of a single-precision embedded operand (sets FINV in fpFlags for special inputs). */
export function unpackS(x: number): number {
  const e = (x >>> 23) & 0xff;
  if (e === 0) {
    if (x & 0x7fffff) fpFlags |= FINV;
    return (x & 0x80000000) ? -0 : 0;
  }
  if (e === 255) {
    fpFlags |= FINV;
    if (x & 0x7fffff) unord = true;
    return (x & 0x80000000) ? -MAX_S : MAX_S;
  }
  u32[0] = x;
  return f32[0];
}

export function unpackD(hi: number, lo: number): number {
  const e = (hi >>> 20) & 0x7ff;
  if (e === 0) {
    if ((hi & 0xfffff) | lo) fpFlags |= FINV;
    return (hi & 0x80000000) ? -0 : 0;
  }
  if (e === 0x7ff) {
    fpFlags |= FINV;
    if ((hi & 0xfffff) | lo) unord = true;
    return (hi & 0x80000000) ? -MAX_D : MAX_D;
  }
  u64w[W_HI] = hi; u64w[W_LO] = lo;
  return f64[0];
}

/** Raw bits of a single. */
export function bitsS(v: number): number { f32[0] = v; return u32[0]; }
/** Raw bits of a double: returns the low word, the high word in `dHi`. */
export let dHi = 0;
export function bitsD(v: number): number { f64[0] = v; dHi = u64w[W_HI]; return u64w[W_LO]; }

function nextS(f: number, up: boolean): number {
  // Next single above (up) or below f (f finite and representable).
  if (f === 0) return up ? 1.401298464324817e-45 : -1.401298464324817e-45;
  f32[0] = f;
  const b = u32[0];
  u32[0] = (f > 0) === up ? b + 1 : b - 1;
  return f32[0];
}
function nextD(d: number, up: boolean): number {
  if (d === 0) return up ? 5e-324 : -5e-324;
  f64[0] = d;
  let lo = u64w[W_LO], hi = u64w[W_HI];
  if ((d > 0) === up) { lo = (lo + 1) >>> 0; if (lo === 0) hi++; } else { if (lo === 0) hi--; lo = (lo - 1) >>> 0; }
  u64w[W_LO] = lo; u64w[W_HI] = hi;
  return f64[0];
}

/**
 * Rounds the exact value s + err (s a double, err the exact residual; |err| tiny against s) to
 * single (dbl = false) or double precision per the rounding mode, applying the embedded
 * overflow/underflow rules; sets FG/FX/FOVF/FUNF in fpFlags. Returns the result value.
 */
export function roundTo(s: number, err: number, rm: number, dbl: boolean): number {
  if (s === 0 && err === 0) return s;
  let fl: number, fh: number; // neighbours, fl <= T <= fh
  let exact = false;
  if (Math.abs(s) < (dbl ? MIN_D : MIN_S)) { // below the smallest normal: +/-0, no denormals
    fpFlags |= FUNF;
    return s < 0 || (s === 0 && err < 0) ? -0 : 0;
  }
  if (dbl) {
    if (err === 0) { fl = fh = s; exact = true; }
    else if (err > 0) { fl = s; fh = nextD(s, true); }
    else { fh = s; fl = nextD(s, false); }
  } else {
    if (Math.abs(s) >= 3.4028235677973366e38) { // beyond max + half ulp: overflow in any mode
      fpFlags |= FOVF | FG | FX;
      return s < 0 ? -MAX_S : MAX_S;
    }
    const f = Math.fround(s);
    if (f === s && err === 0) { fl = fh = f; exact = true; }
    else if (f > s || (f === s && err < 0)) { fh = f; fl = nextS(f, false); }
    else { fl = f; fh = nextS(f, true); }
  }
  let r: number;
  if (exact) r = fl;
  else {
    const neg = s < 0 || (s === 0 && err < 0);
    const t = neg ? fh : fl; // the value truncated toward zero
    const dm = ((s - fl) - (fh - fl) / 2) + err; // sign of T - midpoint (exact operations)
    const g = neg ? dm <= 0 : dm >= 0; // guard bit: at or beyond half-way from t
    fpFlags |= (g ? FG : 0) | (dm !== 0 ? FX : 0);
    switch (rm) {
      case 0: {
        if (dm > 0) r = fh;
        else if (dm < 0) r = fl;
        else r = evenOf(fl, fh, dbl);
        break;
      }
      case 1: r = t; break;
      case 2: r = fh; break;
      default: r = fl; break;
    }
  }
  const a = Math.abs(r);
  if (a > (dbl ? MAX_D : MAX_S)) { fpFlags |= FOVF; return r < 0 ? -(dbl ? MAX_D : MAX_S) : (dbl ? MAX_D : MAX_S); }
  if (a !== 0 && a < (dbl ? MIN_D : MIN_S)) { fpFlags |= FUNF; return r < 0 ? -0 : 0; }
  return r;
}

function evenOf(a: number, b: number, dbl: boolean): number {
  if (dbl) { f64[0] = a; return (u64w[W_LO] & 1) === 0 ? a : b; }
  f32[0] = a;
  return (u32[0] & 1) === 0 ? a : b;
}

/** Exact residual of a + b = s (two-sum). */
function sumErr(a: number, b: number, s: number): number {
  const bb = s - a;
  return (a - (s - bb)) + (b - bb);
}
const SPLIT = 134217729; // 2^27 + 1
/** Exact residual of a * b = p (Dekker), for products far from overflow/underflow. */
function prodErr(a: number, b: number, p: number): number {
  if (!isFinite(p) || Math.abs(p) < 1e-290 || Math.abs(a) > 1e300 || Math.abs(b) > 1e300) return 0;
  let c = SPLIT * a;
  const ah = c - (c - a), al = a - ah;
  c = SPLIT * b;
  const bh = c - (c - b), bl = b - bh;
  return ((ah * bh - p) + ah * bl + al * bh) + al * bl;
}

export const enum FOp { ADD, SUB, MUL, DIV }

/** a op b in single (dbl false) or double precision, embedded rules; flags in fpFlags. */
export function arith(op: FOp, a: number, b: number, rm: number, dbl: boolean): number {
  let s: number, err = 0;
  switch (op) {
    case FOp.ADD: s = a + b; err = sumErr(a, b, s); break;
    case FOp.SUB: s = a - b; err = sumErr(a, -b, s); break;
    case FOp.MUL: s = a * b; err = dbl ? prodErr(a, b, s) : 0; break;
    default: {
      if (b === 0) {
        if (a === 0) { fpFlags |= FINV; return 0; }
        fpFlags |= FDBZ;
        const neg = (a < 0 || Object.is(a, -0)) !== (b < 0 || Object.is(b, -0));
        const mx = dbl ? MAX_D : MAX_S;
        return neg ? -mx : mx;
      }
      s = a / b;
      if (isFinite(s) && s !== 0) {
        // the residual a - s*b (exact via Dekker) gives the side of the true quotient
        const p = s * b;
        const r = (a - p) - prodErr(s, b, p);
        err = r / b;
      }
      break;
    }
  }
  if (s === 0 && err === 0) {
    // exact zero: +0 except toward -inf (x - x), or the sign of a product/quotient of zeros
    if (op === FOp.MUL || op === FOp.DIV) return s;
    if (a === 0 && b === 0 && Object.is(s, -0)) return -0;
    return rm === 3 ? -0 : 0;
  }
  return roundTo(s, err, rm, dbl);
}

/** Integer conversion of value v (already unpacked) with saturation to [lo, hi]; rm rounding. */
export function toInt(v: number, rm: number, lo: number, hi: number): number {
  let r: number;
  switch (rm) {
    case 0: {
      r = Math.round(v);
      if (r - v === 0.5 && r % 2 !== 0) r -= 1; // ties to even (Math.round ties up)
      break;
    }
    case 1: r = Math.trunc(v); break;
    case 2: r = Math.ceil(v); break;
    default: r = Math.floor(v); break;
  }
  if (r !== v) fpFlags |= FX; // inexact conversion
  if (r > hi) { fpFlags |= FINV; fpFlags &= ~FX; return hi; }
  if (r < lo) { fpFlags |= FINV; fpFlags &= ~FX; return lo; }
  if (Object.is(r, -0)) r = 0;
  return r;
}

export function fpBegin(): void { fpFlags = 0; unord = false; }
export function wasUnordered(): boolean { return unord; }

const EXC_SHIFT_H = 16; // element flag (low) << 16 is the high-element flag
/** Commits scalar (hi = -1) or vector element flags to SPEFSCR; may raise SIGFPE. */
export function fpCommit(m: Machine, i: Insn, hiFlags: number, loFlags: number, vector: boolean): void {
  const elem = FG | FX | FINV | FDBZ | FUNF | FOVF;
  let s = m.s32[Spr32.SPEFSCR] & ~(elem | (elem << EXC_SHIFT_H));
  s |= loFlags & elem;
  if (vector) s |= (hiFlags & elem) << EXC_SHIFT_H;
  const both = loFlags | (vector ? hiFlags : 0);
  if (both & FINV) s |= FINVS;
  if (both & FDBZ) s |= FDBZS;
  if (both & FUNF) s |= FUNFS;
  if (both & FOVF) s |= FOVFS;
  if (both & (FG | FX)) s |= FINXS;
  m.s32[Spr32.SPEFSCR] = s;
  const en = s & (FINVE | FDBZE | FUNFE | FOVFE);
  if (en) {
    let code = 0;
    if (both & FINV && en & FINVE) code = 7; // FPE_FLTINV
    else if (both & FDBZ && en & FDBZE) code = 3; // FPE_FLTDIV
    else if (both & FOVF && en & FOVFE) code = 4; // FPE_FLTOVF
    else if (both & FUNF && en & FUNFE) code = 5; // FPE_FLTUND
    if (code) throw new GuestFault(SIGFPE, code, m.pc, `embedded FP exception (${i.row?.mnem ?? 'spe'})`);
  }
}
