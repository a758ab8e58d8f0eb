// Decimal floating-point data (Power ISA Book I, "Decimal Floating-Point"): the DPD (densely packed
// decimal) declet code, the short/long/extended formats, and the rounding of BigInt coefficients.
// Pure functions on BigInts; dfp.ts does the FPRs, FPSCR and CR.

/** A DFP format: precision p, exponent bias, quantum exponent range, field widths. */
export interface Fmt {
  p: number;
  bias: number;
  qmin: number;
  qmax: number;
  /** Emin (the smallest adjusted exponent of a normal number) = qmin + p - 1. */
  emin: number;
  /** Exponent continuation field width. */
  ecBits: number;
  declets: number;
  width: number;
  /** Exponent adjustment of an enabled overflow/underflow result (Book I, DFP exceptions). */
  adjust: number;
}

const fmt = (p: number, bias: number, qmax: number, ecBits: number, declets: number, width: number, adjust: number): Fmt =>
  ({ p, bias, qmin: -bias, qmax, emin: -bias + p - 1, ecBits, declets, width, adjust });
export const SHORT = fmt(7, 101, 90, 6, 2, 32, 0);
export const LONG = fmt(16, 398, 369, 8, 5, 64, 576);
export const EXT = fmt(34, 6176, 6111, 12, 11, 128, 9216);

// ---- DPD declets --------------------------------------------------------------------------------

/** Declet (10 bits, any of the 1024 codes) -> its value 0..999. */
const DECODE = new Uint16Array(1024);
/** Value 0..999 -> its canonical declet. */
const ENCODE = new Uint16Array(1000);

function decodeDeclet(d: number): number {
  const b = (k: number) => (d >> k) & 1;
  const pqr = d >> 7, stu = (d >> 4) & 7, wxy = d & 7;
  let d1: number, d2: number, d3: number;
  if (!b(3)) { d1 = pqr; d2 = stu; d3 = wxy; }
  else {
    const wx = (d >> 1) & 3, y = b(0), u = b(4), r = b(7), st = (d >> 5) & 3, pq = d >> 8;
    switch (wx) {
      case 0: d1 = pqr; d2 = stu; d3 = 8 + y; break;
      case 1: d1 = pqr; d2 = 8 + u; d3 = (st << 1) | y; break;
      case 2: d1 = 8 + r; d2 = stu; d3 = (pq << 1) | y; break;
      default:
        switch (st) {
          case 0: d1 = 8 + r; d2 = 8 + u; d3 = (pq << 1) | y; break;
          case 1: d1 = 8 + r; d2 = (pq << 1) | u; d3 = 8 + y; break;
          case 2: d1 = pqr; d2 = 8 + u; d3 = 8 + y; break;
          default: d1 = 8 + r; d2 = 8 + u; d3 = 8 + y; break;
        }
    }
  }
  return d1 * 100 + d2 * 10 + d3;
}

function encodeDeclet(v: number): number {
  const a = Math.floor(v / 100), e = Math.floor(v / 10) % 10, i = v % 10;
  const hi = (x: number) => x >> 1 & 3; // the two middle bits (b c of 0bcd, j k of 100k... see below)
  const lo = (x: number) => x & 1;
  const big = ((a >> 3) << 2) | ((e >> 3) << 1) | (i >> 3);
  // digit a = abcd, e = efgh, i = ijkm in the ISA's naming; small digits are 0xyz
  const bcd = a & 7, fgh = e & 7, jkm = i & 7;
  const d = lo(a), h = lo(e), m = lo(i);
  switch (big) {
    case 0: return (bcd << 7) | (fgh << 4) | jkm;
    case 1: return (bcd << 7) | (fgh << 4) | 0b1000 | m;
    case 2: return (bcd << 7) | (hi(i) << 5) | (h << 4) | 0b1010 | m;
    case 3: return (bcd << 7) | (0b10 << 5) | (h << 4) | 0b1110 | m;
    case 4: return (hi(i) << 8) | (d << 7) | (fgh << 4) | 0b1100 | m;
    case 5: return (hi(e) << 8) | (d << 7) | (0b01 << 5) | (h << 4) | 0b1110 | m;
    case 6: return (hi(i) << 8) | (d << 7) | (0b00 << 5) | (h << 4) | 0b1110 | m;
    default: return (d << 7) | (0b11 << 5) | (h << 4) | 0b1110 | m;
  }
}

for (let d = 0; d < 1024; d++) DECODE[d] = decodeDeclet(d);
for (let v = 0; v < 1000; v++) ENCODE[v] = encodeDeclet(v);

/** Value of n declets (the low 10n bits of x). */
export function declets(x: bigint, n: number): bigint {
  let v = 0n, p = 1n;
  for (let k = 0; k < n; k++, x >>= 10n, p *= 1000n) v += BigInt(DECODE[Number(x & 0x3ffn)]) * p;
  return v;
}
/** n canonical declets of v mod 1000^n. */
export function toDeclets(v: bigint, n: number): bigint {
  let x = 0n;
  for (let k = 0; k < n; k++, v /= 1000n) x |= BigInt(ENCODE[Number(v % 1000n)]) << BigInt(10 * k);
  return x;
}

// ---- values --------------------------------------------------------------------------------------

export const FIN = 0, INF = 1, QNAN = 2, SNAN = 3;

/** A decoded DFP datum: class, sign, coefficient (for NaNs and infinities: the trailing
 *  significand, leading digit 0), exponent (unbiased; finite values only). */
export interface Dec { cls: number; s: number; c: bigint; e: number }

export const pow10 = (n: number): bigint => 10n ** BigInt(n);

export function decode(x: bigint, f: Fmt): Dec {
  const w = f.width;
  const s = Number(x >> BigInt(w - 1)) & 1;
  const g = Number(x >> BigInt(w - 6)) & 31;
  const ec = Number((x >> BigInt(w - 6 - f.ecBits)) & ((1n << BigInt(f.ecBits)) - 1n));
  const trail = declets(x, f.declets);
  if ((g & 0b11110) === 0b11110) {
    const cls = g & 1 ? (ec >> (f.ecBits - 1)) & 1 ? SNAN : QNAN : INF;
    return { cls, s, c: trail, e: 0 };
  }
  let eh: number, lead: number;
  if (g >> 3 !== 3) { eh = g >> 3; lead = g & 7; } else { eh = (g >> 1) & 3; lead = 8 + (g & 1); }
  return { cls: FIN, s, c: BigInt(lead) * pow10(3 * f.declets) + trail, e: ((eh << f.ecBits) | ec) - f.bias };
}

/** Encodes a finite value (0 <= c < 10^p, qmin <= e <= qmax). */
export function encodeFinite(s: number, c: bigint, e: number, f: Fmt): bigint {
  const w = f.width, be = e + f.bias;
  const top = pow10(3 * f.declets), lead = Number(c / top);
  const eh = be >> f.ecBits, ec = be & ((1 << f.ecBits) - 1);
  const g = lead < 8 ? (eh << 3) | lead : 0b11000 | (eh << 1) | (lead & 1);
  return (BigInt(s) << BigInt(w - 1)) | (BigInt(g) << BigInt(w - 6)) | (BigInt(ec) << BigInt(w - 6 - f.ecBits)) |
    toDeclets(c % top, f.declets);
}

/** Encodes an infinity (canonical: exponent continuation and trailing significand 0). */
export const encodeInf = (s: number, f: Fmt): bigint => (BigInt(s) << BigInt(f.width - 1)) | (0b11110n << BigInt(f.width - 6));

/** Encodes a NaN (quiet unless `snan`) with the trailing significand `payload` (low digits kept). */
export function encodeNaN(s: number, payload: bigint, snan: boolean, f: Fmt): bigint {
  const w = f.width;
  return (BigInt(s) << BigInt(w - 1)) | (0b11111n << BigInt(w - 6)) | (snan ? 1n << BigInt(w - 7) : 0n) |
    toDeclets(payload % pow10(3 * f.declets), f.declets);
}

export const defaultNaN = (f: Fmt): bigint => encodeNaN(0, 0n, false, f);

export function digits(c: bigint): number {
  if (c === 0n) return 0;
  let n = c.toString().length;
  void n;
  return n;
}

// ---- rounding ------------------------------------------------------------------------------------

/** Rounding modes as FPSCR[DRN] numbers them. */
export const RNE = 0, RTZ = 1, RPI = 2, RMI = 3, RNA = 4, RNZ = 5, RAZ = 6, RPSP = 7;

/** The mode an RMC field selects (R = 0: primary encoding, R = 1: secondary), or the DRN. */
export function rmcMode(r: number, rmc: number, drn: number): number {
  if (r === 0) return [RNE, RTZ, RNA, drn][rmc];
  return [RPI, RMI, RAZ, RNZ][rmc];
}

/** Rounding result: the coefficient, whether it is inexact and whether its magnitude was incremented. */
export const rr = { inexact: false, incr: false };

/** c / 10^n rounded in `mode` (sign s); sets rr. */
export function roundDigits(c: bigint, n: number, s: number, mode: number): bigint {
  if (n <= 0) { rr.inexact = false; rr.incr = false; return c; }
  const d = pow10(n), q = c / d, r = c % d;
  rr.inexact = r !== 0n;
  let up = false;
  if (r !== 0n) {
    const twice = 2n * r;
    switch (mode) {
      case RNE: up = twice > d || (twice === d && (q & 1n) === 1n); break;
      case RTZ: up = false; break;
      case RPI: up = s === 0; break;
      case RMI: up = s === 1; break;
      case RNA: up = twice >= d; break;
      case RNZ: up = twice > d; break;
      case RAZ: up = true; break;
      default: up = q % 5n === 0n; break; // prepare for shorter precision: last digit 0 or 5
    }
  }
  rr.incr = up;
  return up ? q + 1n : q;
}
