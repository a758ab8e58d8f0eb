// Exact floating-point arithmetic for the slow paths: values are decomposed into an integer
// significand times a power of two (BigInt), the operation is done exactly (or, for divide and
// square root, to enough bits plus a sticky bit), and `round` rounds once to binary64 or
// binary32 under any rounding mode, detecting tininess before rounding as POWER does.
//
// Results are returned as JS doubles (a binary32 result is held as a double, exactly as in an
// FPR); the flags of the last rounding are left in `rs`.

import { HOST_LE } from '../state.js';

/** Raw-bits scratch for doubles. */
export const f64 = new Float64Array(1);
export const u32 = new Uint32Array(f64.buffer);
export const HI = HOST_LE ? 1 : 0;
export const LO = HOST_LE ? 0 : 1;

/** Rounding modes (FPSCR[RN]). */
export const RNE = 0, RTZ = 1, RUP = 2, RDN = 3;

/** Flags of the last rounding. */
export const R_FI = 1, R_FR = 2, R_OX = 4, R_UX = 8;
export const rs = { flags: 0 };

/** Exact decomposition of a finite double: value = sig * 2^exp (sig signed). */
export const dec = { sig: 0n, exp: 0 };

export function decompose(x: number): void {
  f64[0] = x;
  const hi = u32[HI], lo = u32[LO];
  const ex = (hi >>> 20) & 0x7ff;
  const fh = hi & 0xfffff;
  let mag: bigint;
  if (ex === 0) { mag = BigInt(fh * 4294967296 + lo); dec.exp = -1074; }
  else { mag = BigInt((fh + 0x100000) * 4294967296 + lo); dec.exp = ex - 1075; }
  dec.sig = hi >>> 31 ? -mag : mag;
}

export function bitLength(v: bigint): number {
  if (v < 0n) v = -v;
  if (v === 0n) return 0;
  const n = v.toString(16);
  const d = parseInt(n[0], 16);
  return (n.length - 1) * 4 + (32 - Math.clz32(d));
}

function pow2(e: number): number {
  // exact for -1074 <= e <= 1023; split large negative exponents to keep the factor normal.
  if (e >= -1022) return Math.pow(2, e);
  return Math.pow(2, e + 100) * Math.pow(2, -100);
}

/**
 * Rounds sig * 2^exp (+ a sticky part below the last bit of sig, same sign) to binary64
 * (single=false) or binary32 precision and range. `oe`/`ue`: the enabled-overflow/underflow
 * exponent adjustment of the ISA (result scaled by 2^-1536/2^+1536, or 2^-192/2^+192).
 * A zero sig with sticky=false returns a zero with the sign of `negZero`.
 */
export function round(sig: bigint, exp: number, sticky: boolean, single: boolean, rn: number,
  oe: boolean, ue: boolean, negZero = false): number {
  let flags = 0;
  if (sig === 0n) {
    rs.flags = 0;
    return negZero ? -0 : 0;
  }
  const neg = sig < 0n;
  let mag = neg ? -sig : sig;
  const p = single ? 24 : 53;
  const emin = single ? -126 : -1022;
  const emax = single ? 127 : 1023;
  const adj = single ? 192 : 1536;
  const top = exp + bitLength(mag) - 1; // value in [2^top, 2^(top+1))
  const tiny = top < emin;
  let scale = 0;
  if (tiny && ue) scale = adj;
  let q = top + scale - p + 1; // exponent of the last kept bit
  const qmin = emin - p + 1;
  if (q < qmin) q = qmin;
  const e = exp + scale;
  const sh = q - e;
  let r: bigint;
  let inexact = sticky;
  let up = false;
  if (sh > 0) {
    const bs = BigInt(sh);
    r = mag >> bs;
    const rem = mag - (r << bs);
    if (rem !== 0n) inexact = true;
    if (inexact) {
      if (rn === RNE) {
        const half = 1n << (bs - 1n);
        up = rem > half || (rem === half && (sticky || (r & 1n) === 1n));
      } else if (rn === RUP) up = !neg;
      else if (rn === RDN) up = neg;
    }
  } else {
    r = mag << BigInt(-sh);
    if (inexact) up = rn === RUP ? !neg : rn === RDN ? neg : false;
  }
  if (up) {
    r += 1n;
    if (r === 1n << BigInt(p)) { r >>= 1n; q += 1; }
  }
  if (inexact) flags |= R_FI;
  if (up) flags |= R_FR;
  if (tiny && (ue || inexact)) flags |= R_UX;
  mag = r;
  // overflow: the rounded value's exponent exceeds emax
  if (r !== 0n && q + bitLength(r) - 1 > emax) {
    flags |= R_OX;
    if (oe) {
      rs.flags = flags;
      const v = Number(r) * pow2(q - adj);
      return neg ? -v : v;
    }
    flags = (flags | R_FI) & ~R_FR;
    const max = single ? 3.4028234663852886e38 : 1.7976931348623157e308;
    let v: number;
    if (rn === RNE) v = Infinity;
    else if (rn === RTZ) v = max;
    else if (rn === RUP) v = neg ? max : Infinity;
    else v = neg ? Infinity : max;
    rs.flags = flags;
    return neg ? -v : v;
  }
  rs.flags = flags;
  const v = Number(r) * pow2(q);
  return neg ? -v : v;
}

// ---- exact operations on finite operands (caller handles NaN, infinity) ---------------------

function addSig(sa: bigint, ea: number, sb: bigint, eb: number): void {
  if (sa === 0n) { dec.sig = sb; dec.exp = eb; return; }
  if (sb === 0n) { dec.sig = sa; dec.exp = ea; return; }
  if (ea < eb) { dec.sig = sa + (sb << BigInt(eb - ea)); dec.exp = ea; }
  else { dec.sig = (sa << BigInt(ea - eb)) + sb; dec.exp = eb; }
}

/** Sign of an exact zero sum: -0 only if both addends are -0 (or exact cancellation under RDN). */
function zeroSign(negA: boolean, negB: boolean, rn: number): boolean {
  return negA === negB ? negA : rn === RDN;
}

/** a + b rounded once. */
export function addR(a: number, b: number, single: boolean, rn: number, oe: boolean, ue: boolean): number {
  decompose(a); const sa = dec.sig, ea = dec.exp;
  decompose(b);
  addSig(sa, ea, dec.sig, dec.exp);
  return round(dec.sig, dec.exp, false, single, rn, oe, ue,
    zeroSign(Object.is(a, -0) || a < 0, Object.is(b, -0) || b < 0, rn));
}

/** a * b rounded once. */
export function mulR(a: number, b: number, single: boolean, rn: number, oe: boolean, ue: boolean): number {
  decompose(a); const sa = dec.sig, ea = dec.exp;
  decompose(b);
  const neg = (a < 0 || Object.is(a, -0)) !== (b < 0 || Object.is(b, -0));
  return round(sa * dec.sig, ea + dec.exp, false, single, rn, oe, ue, neg);
}

/** a * c + b rounded once (negations applied by the caller to the operands). */
export function fmaR(a: number, c: number, b: number, single: boolean, rn: number, oe: boolean, ue: boolean): number {
  decompose(a); const sa = dec.sig, ea = dec.exp;
  decompose(c); const sc = dec.sig, ec = dec.exp;
  decompose(b);
  const negP = (a < 0 || Object.is(a, -0)) !== (c < 0 || Object.is(c, -0));
  const negB = b < 0 || Object.is(b, -0);
  addSig(sa * sc, ea + ec, dec.sig, dec.exp);
  return round(dec.sig, dec.exp, false, single, rn, oe, ue, zeroSign(negP, negB, rn));
}

/** a / b rounded once (b finite nonzero, a finite). */
export function divR(a: number, b: number, single: boolean, rn: number, oe: boolean, ue: boolean): number {
  decompose(a); const sa = dec.sig, ea = dec.exp;
  decompose(b); const sb = dec.sig, eb = dec.exp;
  const neg = (a < 0 || Object.is(a, -0)) !== (b < 0);
  if (sa === 0n) return round(0n, 0, false, single, rn, oe, ue, neg);
  const ma = sa < 0n ? -sa : sa, mb = sb < 0n ? -sb : sb;
  const k = Math.max(0, 60 + bitLength(mb) - bitLength(ma));
  const num = ma << BigInt(k);
  const q = num / mb;
  const sticky = q * mb !== num;
  return round(neg ? -q : q, ea - eb - k, sticky, single, rn, oe, ue);
}

export function isqrt(n: bigint): bigint {
  if (n < 2n) return n;
  const bl = bitLength(n);
  // Newton's iteration only descends, so start above the root: the double estimate (relative
  // error below 2^-50) raised by 2^-50 of itself, or 2^ceil(bl/2) when n is beyond doubles.
  let x: bigint;
  if (bl < 1000) {
    const g = BigInt(Math.ceil(Math.sqrt(Number(n))));
    x = g + (g >> 50n) + 1n;
  } else {
    x = 1n << BigInt((bl + 1) >> 1);
  }
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) break;
    x = y;
  }
  while (x * x > n) x -= 1n;
  while ((x + 1n) * (x + 1n) <= n) x += 1n;
  return x;
}

/** sqrt(a) rounded once (a finite, positive or zero). */
export function sqrtR(a: number, single: boolean, rn: number, oe: boolean, ue: boolean): number {
  if (a === 0) return a;
  decompose(a);
  let k = Math.max(0, 2 * 60 - bitLength(dec.sig));
  if ((dec.exp - k) & 1) k++;
  const n = dec.sig << BigInt(k);
  const s = isqrt(n);
  return round(s, (dec.exp - k) / 2, s * s !== n, single, rn, oe, ue);
}

/** 64-bit integer (as BigInt, signed or unsigned value) rounded to binary64/binary32. */
export function fromIntR(v: bigint, single: boolean, rn: number): number {
  return round(v, 0, false, single, rn, false, false);
}

/**
 * Rounds a finite double to an integer under mode rn (value as a double; may be huge).
 * Sets rs.flags R_FI (inexact) and R_FR (magnitude increased).
 */
export function roundToInt(x: number, rn: number): number {
  let r: number;
  if (Math.abs(x) >= 4503599627370496) r = x;
  else if (rn === RTZ) r = Math.trunc(x);
  else if (rn === RUP) r = Math.ceil(x);
  else if (rn === RDN) r = Math.floor(x);
  else {
    r = Math.floor(x);
    const d = x - r; // exact below 2^52
    if (d > 0.5 || (d === 0.5 && r % 2 !== 0)) r += 1;
  }
  if (r === 0 && (x < 0 || Object.is(x, -0))) r = -0;
  let flags = 0;
  if (r !== x) { flags |= R_FI; if (Math.abs(r) > Math.abs(x)) flags |= R_FR; }
  rs.flags = flags;
  return r;
}
