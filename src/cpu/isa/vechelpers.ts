// Shared helpers for the VMX and VSX handlers: the ONE place that maps ISA element numbers to
// host storage order, quadword loads/stores in both byte orders, saturation and CR6.
//
// Storage (see state.ts): VSR r is two host-endian doublewords, dw0 (ISA bits 0:63) first. So an
// ISA element e of size s bytes lives at host index base + (e XOR (8/s - 1)) on a little-endian
// host, and at base + e on a big-endian host. Purely element-wise operations (add, and, compare)
// may therefore run over raw indices; anything that moves data between element positions
// (permutes, merges, packs, shifts by octets) goes through these accessors.

import type { Machine } from '../machine.js';
import { HOST_LE, Spr32 } from '../state.js';

const XB = HOST_LE ? 7 : 0;
const XH = HOST_LE ? 3 : 0;
const XW = HOST_LE ? 1 : 0;

/** Host index (into vsrBytes / vsrU16 / vsrU32) of ISA byte / halfword / word e of VSR r. */
export const bIx = (r: number, e: number): number => (r << 4) | (e ^ XB);
export const hIx = (r: number, e: number): number => (r << 3) | (e ^ XH);
export const wIx = (r: number, e: number): number => (r << 2) | (e ^ XW);

/** VSCR bits. */
export const VSCR_NJ = 0x10000;
export const VSCR_SAT = 1;

// ---- element access ------------------------------------------------------------------------

export function getB(m: Machine, r: number, e: number): number { return m.st.vsrBytes[bIx(r, e)]; }
export function setB(m: Machine, r: number, e: number, v: number): void { m.st.vsrBytes[bIx(r, e)] = v; }
export function getH(m: Machine, r: number, e: number): number { return m.st.vsrU16[hIx(r, e)]; }
export function setH(m: Machine, r: number, e: number, v: number): void { m.st.vsrU16[hIx(r, e)] = v; }
export function getW(m: Machine, r: number, e: number): number { return m.st.vsrU32[wIx(r, e)]; }
export function setW(m: Machine, r: number, e: number, v: number): void { m.st.vsrU32[wIx(r, e)] = v; }

/** Doubleword d of VSR r: high word / low word. */
export function dwHi(m: Machine, r: number, d: number): number { return m.st.vsrU32[wIx(r, 2 * d)]; }
export function dwLo(m: Machine, r: number, d: number): number { return m.st.vsrU32[wIx(r, 2 * d + 1)]; }
export function setDw(m: Machine, r: number, d: number, hi: number, lo: number): void {
  const W = m.st.vsrU32;
  W[wIx(r, 2 * d)] = hi;
  W[wIx(r, 2 * d + 1)] = lo;
}

/** ISA-ordered scratch: 0..31 hold VRA||VRB, 32..47 a result. */
export const S8 = new Uint8Array(48);
export const S32 = new Uint32Array(8);
/** Scratch numbers (up to 32 elements gathered before a write). */
export const SN = new Float64Array(32);

/** Copies VSR r's bytes in ISA order into S8 at offset o (0 or 16). */
export function toS8(m: Machine, r: number, o: number): void {
  const W = m.st.vsrU32, base = r << 2;
  for (let k = 0; k < 4; k++) {
    const v = W[base | (k ^ XW)], j = o + 4 * k;
    S8[j] = v >>> 24; S8[j + 1] = v >>> 16; S8[j + 2] = v >>> 8; S8[j + 3] = v;
  }
}
/** Writes S8[o..o+15] (ISA order) to VSR r. */
export function fromS8(m: Machine, r: number, o: number): void {
  const W = m.st.vsrU32, base = r << 2;
  for (let k = 0; k < 4; k++) {
    const j = o + 4 * k;
    W[base | (k ^ XW)] = (S8[j] << 24) | (S8[j + 1] << 16) | (S8[j + 2] << 8) | S8[j + 3];
  }
}
export function toS32(m: Machine, r: number, o: number): void {
  const W = m.st.vsrU32, base = r << 2;
  for (let k = 0; k < 4; k++) S32[o + k] = W[base | (k ^ XW)];
}

export function zeroVsr(m: Machine, t: number): void {
  m.st.vsrU32.fill(0, 4 * t, 4 * t + 4);
}

// ---- memory --------------------------------------------------------------------------------

/**
 * Loads 16 bytes at ea into VSR r as a quadword in the current byte order: big-endian mode puts
 * byte ea+k in ISA byte k, little-endian mode reverses the whole quadword (lvx, lxvx, lxv).
 */
export function loadQuad(m: Machine, ea: number, r: number): void {
  const mem = m.mem, le = mem.le;
  const l0 = mem.read64(le ? ea + 8 : ea), h0 = mem.hi;
  const l1 = mem.read64(le ? ea : ea + 8), h1 = mem.hi;
  setDw(m, r, 0, h0, l0);
  setDw(m, r, 1, h1, l1);
}

export function storeQuad(m: Machine, ea: number, r: number): void {
  const mem = m.mem, le = mem.le;
  if ((ea & 0xfff) > 0xff0) mem.checkWritable(ea, 16);
  mem.write64(le ? ea + 8 : ea, dwHi(m, r, 0), dwLo(m, r, 0));
  mem.write64(le ? ea : ea + 8, dwHi(m, r, 1), dwLo(m, r, 1));
}

/** Doubleword elements in element order, each in the current byte order (lxvd2x). */
export function loadDw2(m: Machine, ea: number, r: number): void {
  const mem = m.mem;
  const l0 = mem.read64(ea), h0 = mem.hi;
  const l1 = mem.read64(ea + 8), h1 = mem.hi;
  setDw(m, r, 0, h0, l0);
  setDw(m, r, 1, h1, l1);
}

export function storeDw2(m: Machine, ea: number, r: number): void {
  const mem = m.mem;
  if ((ea & 0xfff) > 0xff0) mem.checkWritable(ea, 16);
  mem.write64(ea, dwHi(m, r, 0), dwLo(m, r, 0));
  mem.write64(ea + 8, dwHi(m, r, 1), dwLo(m, r, 1));
}

export function loadW4(m: Machine, ea: number, r: number): void {
  const mem = m.mem;
  const a = mem.read32(ea), b = mem.read32(ea + 4), c = mem.read32(ea + 8), d = mem.read32(ea + 12);
  setW(m, r, 0, a); setW(m, r, 1, b); setW(m, r, 2, c); setW(m, r, 3, d);
}

export function storeW4(m: Machine, ea: number, r: number): void {
  const mem = m.mem;
  if ((ea & 0xfff) > 0xff0) mem.checkWritable(ea, 16);
  for (let k = 0; k < 4; k++) mem.write32(ea + 4 * k, getW(m, r, k));
}

export function loadH8(m: Machine, ea: number, r: number): void {
  const mem = m.mem;
  if ((ea & 0xfff) > 0xff0) mem.checkReadable(ea, 16);
  for (let k = 0; k < 8; k++) SN[k] = mem.read16(ea + 2 * k);
  for (let k = 0; k < 8; k++) setH(m, r, k, SN[k]);
}

export function storeH8(m: Machine, ea: number, r: number): void {
  const mem = m.mem;
  if ((ea & 0xfff) > 0xff0) mem.checkWritable(ea, 16);
  for (let k = 0; k < 8; k++) mem.write16(ea + 2 * k, getH(m, r, k));
}

/** Byte k of memory to ISA byte k, whatever the byte order (lxvb16x, lxvll). */
export function loadB16(m: Machine, ea: number, r: number): void {
  const mem = m.mem;
  if ((ea & 0xfff) > 0xff0) mem.checkReadable(ea, 16);
  for (let k = 0; k < 16; k++) S8[k] = mem.read8(ea + k);
  fromS8(m, r, 0);
}

export function storeB16(m: Machine, ea: number, r: number): void {
  const mem = m.mem;
  if ((ea & 0xfff) > 0xff0) mem.checkWritable(ea, 16);
  for (let k = 0; k < 16; k++) mem.write8(ea + k, getB(m, r, k));
}

// ---- saturation, VSCR, CR6 ----------------------------------------------------------------

/** Set by the sat* clamps; handlers clear it first and call flushSat after. */
let satHit = 0;
export function clearSat(): void { satHit = 0; }
export function flushSat(m: Machine): void { if (satHit) m.s32[Spr32.VSCR] |= VSCR_SAT; }

export function satU(x: number, max: number): number {
  if (x > max) { satHit = 1; return max; }
  if (x < 0) { satHit = 1; return 0; }
  return x;
}
export function satS(x: number, min: number, max: number): number {
  if (x > max) { satHit = 1; return max; }
  if (x < min) { satHit = 1; return min; }
  return x;
}

/** CR6 after a vector compare: LT = every element true, EQ = none true. */
export function setCr6(m: Machine, all: boolean, none: boolean): void {
  m.setCrField(6, (all ? 8 : 0) | (none ? 2 : 0));
}

/** CR6 from a compare result held in VSR t (all ones / all zeros per element). */
export function cr6FromVsr(m: Machine, t: number): void {
  const W = m.st.vsrU32, b = t << 2;
  const a = W[b] & W[b + 1] & W[b + 2] & W[b + 3];
  const o = W[b] | W[b + 1] | W[b + 2] | W[b + 3];
  setCr6(m, a === -1 || a >>> 0 === 0xffffffff, o === 0);
}

// ---- bit counting --------------------------------------------------------------------------

export function popcnt32(x: number): number {
  x = x - ((x >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
export function ctz32(x: number): number {
  return x === 0 ? 32 : 31 - Math.clz32(x & -x);
}

/** Unsigned 32x32 -> 64 product as [hi, lo] into S32[6], S32[7]. */
export function mulU32(a: number, b: number): void {
  const al = a & 0xffff, ah = a >>> 16, bl = b & 0xffff, bh = b >>> 16;
  const ll = al * bl, lh = al * bh, hl = ah * bl, hh = ah * bh;
  const mid = lh + hl; // < 2^33
  const lo = ll + (mid % 65536) * 65536;
  S32[7] = lo >>> 0;
  S32[6] = hh + Math.floor(mid / 65536) + Math.floor(lo / 4294967296);
}

/** Signed 32x32 -> 64 product as [hi, lo] into S32[6], S32[7]. */
export function mulS32(a: number, b: number): void {
  mulU32(a >>> 0, b >>> 0);
  let hi = S32[6];
  if ((a | 0) < 0) hi -= b >>> 0;
  if ((b | 0) < 0) hi -= a >>> 0;
  S32[6] = hi >>> 0;
}

// ---- single <-> double bit conversions without FP side effects ----------------------------

const CV = new ArrayBuffer(8);
const CV32 = new Float32Array(CV, 0, 1);
const CVU = new Uint32Array(CV);
const CV64 = new Float64Array(CV);
/** High word index of the double in CVU. */
const CVH = HOST_LE ? 1 : 0;

/** Low word of the last sp2dp result. */
export let cvLo = 0;
/**
 * Single-precision bits to double-precision bits, exactly and without quieting a signalling
 * NaN (the ISA's ConvertSPtoDP_NS, used by lxsspx and xscvspdpn): returns the high word, the
 * low word is left in `cvLo`.
 */
export function sp2dp(w: number): number {
  if (((w >>> 23) & 0xff) === 0xff) {
    cvLo = ((w & 7) << 29) >>> 0;
    return ((w & 0x80000000) | 0x7ff00000 | ((w & 0x7fffff) >>> 3)) >>> 0;
  }
  CVU[0] = w;
  CV64[0] = CV32[0];
  cvLo = CVU[1 - CVH];
  return CVU[CVH];
}

/** Double bits to single bits by truncation, as stfs / stxsspx store (ConvertDPtoSP_NS). */
export function dp2sp(hi: number, lo: number): number {
  const e = (hi >>> 20) & 0x7ff;
  if (e > 896 || e === 0) return ((hi & 0xc0000000) | ((hi & 0x07ffffff) << 3) | (lo >>> 29)) >>> 0;
  if (e < 874) return (hi & 0x80000000) >>> 0; // below the single denormal range: undefined; QEMU gives +-0
  const m24 = 0x800000 | ((hi & 0xfffff) << 3) | (lo >>> 29);
  return ((hi & 0x80000000) | ((m24 >>> (897 - e)) & 0x7fffff)) >>> 0;
}

// ---- a whole VSR as one 128-bit unsigned integer (BCD, quadword arithmetic) ------------------

const M128 = (1n << 128n) - 1n;
/** VSR r as an unsigned 128-bit integer (bit 0 of the ISA is its most significant bit). */
export function getQuad(m: Machine, r: number): bigint {
  return (BigInt(dwHi(m, r, 0)) << 96n) | (BigInt(dwLo(m, r, 0)) << 64n) |
    (BigInt(dwHi(m, r, 1)) << 32n) | BigInt(dwLo(m, r, 1));
}
/** VSR r <- the low 128 bits of v (any sign). */
export function setQuad(m: Machine, r: number, v: bigint): void {
  const u = v & M128;
  setDw(m, r, 0, Number(u >> 96n), Number((u >> 64n) & 0xffffffffn));
  setDw(m, r, 1, Number((u >> 32n) & 0xffffffffn), Number(u & 0xffffffffn));
}
