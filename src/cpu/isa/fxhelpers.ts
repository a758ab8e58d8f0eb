// Helpers of the fixed-point, branch and CR classes: first-execution specialisation, 64-bit
// arithmetic with carry/overflow on (hi, lo) halves, 32x32 products, rotates and masks.

import type { Insn } from '../insn.js';
import type { Machine } from '../machine.js';
import { Spr32, XER_CA, XER_CA32, XER_OV, XER_OV32, XER_SO } from '../state.js';
import { setCr0 } from './helpers.js';
import type { Handler } from './table.js';

/**
 * A row handler that, on an instruction's first execution, picks the handler specialised for its
 * fields (Rc, OE, mask precomputation into i.x/i.y), installs it in i.h and runs it. Decoded
 * instructions are cached per address, so the pick runs once per instruction.
 */
export function specialize(pick: (m: Machine, i: Insn) => Handler): Handler {
  return (m, i) => {
    const h = pick(m, i);
    i.h = h;
    h(m, i);
  };
}

/** Picks one of four handlers by the OE and Rc bits: [plain, rc, oe, oe+rc]. */
export function byOeRc(plain: Handler, rc: Handler, oe: Handler, oeRc: Handler): Handler {
  return specialize((_m, i) => (i.oe ? (i.rec ? oeRc : oe) : i.rec ? rc : plain));
}

/** Picks one of two handlers by the Rc bit. */
export function byRc(plain: Handler, rc: Handler): Handler {
  return specialize((_m, i) => (i.rec ? rc : plain));
}

/**
 * rt <- (ah,al) + (bh,bl) + cin, with CA/CA32 (ca), OV/OV32/SO (oe) and CR0 (rc) per ISA 3.0:
 * CA32 is the carry out of bit 32 and OV32 the overflow of the low word in either mode; in
 * 32-bit mode CA and OV are those low-word values. Operands are uint32 halves.
 */
export function arith(
  m: Machine, rt: number, ah: number, al: number, bh: number, bl: number, cin: number,
  ca: boolean, oe: boolean, rc: boolean,
): void {
  const lo = al + bl + cin;
  const c32 = lo > 0xffffffff ? 1 : 0;
  const hi = ah + bh + c32;
  const rl = lo >>> 0, rh = hi >>> 0;
  m.gh[rt] = rh;
  m.gl[rt] = rl;
  let x = m.s32[Spr32.XER];
  if (ca) {
    x &= ~(XER_CA | XER_CA32);
    if (m.sf ? hi > 0xffffffff : c32) x |= XER_CA;
    if (c32) x |= XER_CA32;
  }
  if (oe) {
    const ov32 = ((al ^ rl) & (bl ^ rl)) >>> 31;
    const ov = m.sf ? ((ah ^ rh) & (bh ^ rh)) >>> 31 : ov32;
    x &= ~(XER_OV | XER_OV32);
    if (ov) x |= XER_OV | XER_SO;
    if (ov32) x |= XER_OV32;
  }
  m.s32[Spr32.XER] = x;
  if (rc) setCr0(m, rh, rl);
}

/** Sets OV, OV32 (both to `ov`) and SO when ov (multiply/divide overflow). */
export function setOvBoth(m: Machine, ov: boolean): void {
  const x = m.s32[Spr32.XER] & ~(XER_OV | XER_OV32);
  m.s32[Spr32.XER] = ov ? x | XER_OV | XER_OV32 | XER_SO : x;
}

/** Sets CA and CA32 both to `ca` (algebraic shifts). */
export function setCaBoth(m: Machine, ca: boolean): void {
  const x = m.s32[Spr32.XER] & ~(XER_CA | XER_CA32);
  m.s32[Spr32.XER] = ca ? x | XER_CA | XER_CA32 : x;
}

/** High 32 bits of the unsigned 64-bit product of two uint32 values. */
export function mulhu32(a: number, b: number): number {
  const a0 = a & 0xffff, a1 = a >>> 16, b0 = b & 0xffff, b1 = b >>> 16;
  const p01 = a0 * b1, p10 = a1 * b0;
  const mid = ((a0 * b0) >>> 16) + (p01 & 0xffff) + (p10 & 0xffff);
  return (a1 * b1 + Math.floor(p01 / 65536) + Math.floor(p10 / 65536) + Math.floor(mid / 65536)) >>> 0;
}

/** High 32 bits of the signed 64-bit product of two 32-bit values (given as uint32). */
export function mulhs32(a: number, b: number): number {
  return (mulhu32(a, b) - ((a | 0) < 0 ? b : 0) - ((b | 0) < 0 ? a : 0)) >>> 0;
}

/** Scratch result of mul64lo: the high half (the low half is the return value). */
/**
 * Scratch results of mulLo64 (MUL_HI) and rotl64 (ROT_HI, ROT_LO). A typed array, not module
 * variables: a module-level `let` holding a value of 2^30 or more is boxed on every store.
 */
export const scratch = new Uint32Array(3);
export const MUL_HI = 0, ROT_HI = 1, ROT_LO = 2;

/** Low 64 bits of the product (ah,al)*(bh,bl); returns the low word, sets scratch[MUL_HI]. */
export function mul64lo(ah: number, al: number, bh: number, bl: number): number {
  scratch[MUL_HI] = mulhu32(al, bl) + Math.imul(al, bh) + Math.imul(ah, bl);
  return Math.imul(al, bl) >>> 0;
}

/** Rotate a 32-bit value left by n (0..31). */
export function rotl32(x: number, n: number): number {
  return n === 0 ? x >>> 0 : ((x << n) | (x >>> (32 - n))) >>> 0;
}


/** Rotates the 64-bit (hi, lo) left by n (0..63) into scratch[ROT_HI], scratch[ROT_LO]. */
export function rotl64(hi: number, lo: number, n: number): void {
  if (n >= 32) {
    const t = hi; hi = lo; lo = t; n -= 32;
  }
  if (n === 0) {
    scratch[ROT_HI] = hi; scratch[ROT_LO] = lo;
  } else {
    scratch[ROT_HI] = (hi << n) | (lo >>> (32 - n));
    scratch[ROT_LO] = (lo << n) | (hi >>> (32 - n));
  }
}

/** Bits k..63 (ISA numbering) of a 64-bit value set, as [hi, lo] halves; k in 0..64. */
const onesHi = (k: number) => (k >= 32 ? 0 : 0xffffffff >>> k);
const onesLo = (k: number) => (k >= 64 ? 0 : k <= 32 ? 0xffffffff : 0xffffffff >>> (k - 32));

/** MASK(b, e) over 64 bits (ISA numbering, wrapping when b > e) as [hi, lo]. */
export function mask64(b: number, e: number): [number, number] {
  // b <= e: bits b..e = ones(b) & ~ones(e+1); b > e: bits 0..e and b..63 = ones(b) | ~ones(e+1).
  if (b <= e) return [(onesHi(b) & ~onesHi(e + 1)) >>> 0, (onesLo(b) & ~onesLo(e + 1)) >>> 0];
  return [(onesHi(b) | ~onesHi(e + 1)) >>> 0, (onesLo(b) | ~onesLo(e + 1)) >>> 0];
}

/**
 * High 64 bits of the 128-bit product (ah,al)*(bh,bl), unsigned or signed (mulhdu, mulhd):
 * returns the low word and sets scratch[MUL_HI]. Partial products of 32-bit halves; every sum
 * stays below 2^53, so doubles hold them exactly.
 */
export function mulhi64(ah: number, al: number, bh: number, bl: number, signed: boolean): number {
  const mid = mulhu32(al, bl) + (Math.imul(ah, bl) >>> 0) + (Math.imul(al, bh) >>> 0); // bits 32..63 (+ carries)
  const s = (Math.imul(ah, bh) >>> 0) + mulhu32(ah, bl) + mulhu32(al, bh) + Math.floor(mid / 4294967296);
  let lo = s >>> 0;
  let hi = (mulhu32(ah, bh) + Math.floor(s / 4294967296)) >>> 0;
  if (signed) {
    // signed high part = unsigned high part - (a < 0 ? b : 0) - (b < 0 ? a : 0), modulo 2^64
    if ((ah | 0) < 0) { const l = lo - bl; hi = (hi - bh - (l < 0 ? 1 : 0)) >>> 0; lo = l >>> 0; }
    if ((bh | 0) < 0) { const l = lo - al; hi = (hi - ah - (l < 0 ? 1 : 0)) >>> 0; lo = l >>> 0; }
  }
  scratch[MUL_HI] = hi;
  return lo;
}

/** Signed 64-bit compare of (ah,al) and (bh,bl): 8 (LT), 4 (GT) or 2 (EQ). */
export function cmp64s(ah: number, al: number, bh: number, bl: number): number {
  if (ah !== bh) return (ah | 0) < (bh | 0) ? 8 : 4;
  return al < bl ? 8 : al > bl ? 4 : 2;
}

/** Unsigned 64-bit compare. */
export function cmp64u(ah: number, al: number, bh: number, bl: number): number {
  if (ah !== bh) return ah < bh ? 8 : 4;
  return al < bl ? 8 : al > bl ? 4 : 2;
}

/** Sets CR field at shift sh (28 - 4*BF) to c (LT/GT/EQ bits) with SO copied from XER. */
export function setCrAt(m: Machine, sh: number, c: number): void {
  const cr = m.s32[Spr32.CR];
  m.s32[Spr32.CR] = (cr & ~(0xf << sh)) | ((c | (m.s32[Spr32.XER] >>> 31)) << sh);
}

/** Number of 1 bits in a 32-bit value. */
export function popcnt32(x: number): number {
  x = x - ((x >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

/** Count of trailing zeros of a 32-bit value (32 for 0). */
export function ctz32(x: number): number {
  return x === 0 ? 32 : 31 - Math.clz32(x & -x);
}
