// Power ISA 3.1 (POWER10) vector integer instructions (VMX/VSX): doubleword multiply-high and
// multiply-low, divide / divide-extended / modulo of words, doublewords and quadwords, the 128-bit
// shifts, rotates and compares, mask expand/extract/count and mask moves, string isolate, clear
// leftmost/rightmost bytes, insert from GPRs, xxeval, xxblendv*, xxpermx, the load/store of a
// rightmost element (lxvr*x/stxvr*x) and the bfloat16 conversions.
// Lanes are read as BigInts where they are 64 bits or wider; none of these are hot.
// Results the ISA leaves undefined (division by zero, overflowing quotients) are 0 here.

import type { Insn } from '../insn.js';
import type { Machine } from '../machine.js';
import { eaX, setGpr64 } from './helpers.js';
import { illegal } from './lshelpers.js';
import { bits, fixedBits, Flag, type Handler, type Row } from './table.js';
import { getB, getH, getQuad, getW, setB, setCr6, setDw, setH, setQuad, setW } from './vechelpers.js';

const M128 = (1n << 128n) - 1n;
const vr = (r: number) => r + 32;
const dw = (m: Machine, r: number, d: number) => m.st.vsrU64[2 * r + d];
const setDwB = (m: Machine, r: number, d: number, v: bigint) => { m.st.vsrU64[2 * r + d] = BigInt.asUintN(64, v); };
const s64 = (v: bigint) => BigInt.asIntN(64, v);
const s128 = (v: bigint) => BigInt.asIntN(128, v);

// ---- lane-wise arithmetic ---------------------------------------------------------------------

type Op = (a: bigint, b: bigint) => bigint;
/** Word lanes (as unsigned/signed per op), results truncated to 32 bits. */
const words = (f: Op, signed: boolean): Handler => (m, i) => {
  const t = vr(i.rt), a = vr(i.ra), b = vr(i.rb);
  const r = [0, 1, 2, 3].map((k) => {
    const x = BigInt(signed ? getW(m, a, k) | 0 : getW(m, a, k)), y = BigInt(signed ? getW(m, b, k) | 0 : getW(m, b, k));
    return Number(BigInt.asUintN(32, f(x, y)));
  });
  r.forEach((v, k) => setW(m, t, k, v));
};
const dwords = (f: Op, signed: boolean): Handler => (m, i) => {
  const t = vr(i.rt), a = vr(i.ra), b = vr(i.rb);
  const r = [0, 1].map((k) => f(signed ? s64(dw(m, a, k)) : dw(m, a, k), signed ? s64(dw(m, b, k)) : dw(m, b, k)));
  r.forEach((v, k) => setDwB(m, t, k, v));
};
const quad = (f: Op, signed: boolean): Handler => (m, i) => {
  const a = getQuad(m, vr(i.ra)), b = getQuad(m, vr(i.rb));
  setQuad(m, vr(i.rt), f(signed ? s128(a) : a, signed ? s128(b) : b));
};

const div: Op = (a, b) => (b === 0n ? 0n : a / b);
const mod: Op = (a, b) => (b === 0n ? 0n : a % b);
/** Divide extended: (a * 2^w) / b, 0 when b is 0 or the quotient does not fit w bits. */
const dive = (w: bigint, signed: boolean): Op => (a, b) => {
  if (b === 0n) return 0n;
  const q = (a << w) / b;
  const fits = signed ? q >= -(1n << (w - 1n)) && q < 1n << (w - 1n) : q < 1n << w;
  return fits ? q : 0n;
};
const mulhi = (w: bigint): Op => (a, b) => (a * b) >> w;

/** vmule*d / vmulo*d: the 128-bit product of doubleword `d` of each operand. */
const mulDw = (d: number, signed: boolean): Handler => (m, i) => {
  const a = dw(m, vr(i.ra), d), b = dw(m, vr(i.rb), d);
  setQuad(m, vr(i.rt), signed ? s64(a) * s64(b) : a * b);
};

// ---- 128-bit shifts, rotates, compares ------------------------------------------------------------

/** The shift amount: bits 57:63 of VRB (low 7 bits of doubleword 0). */
const qsh = (m: Machine, i: Insn) => BigInt(Number(dw(m, vr(i.rb), 0) & 0x7fn));
const vslq: Handler = (m, i) => setQuad(m, vr(i.rt), getQuad(m, vr(i.ra)) << qsh(m, i));
const vsrq: Handler = (m, i) => setQuad(m, vr(i.rt), getQuad(m, vr(i.ra)) >> qsh(m, i));
const vsraq: Handler = (m, i) => setQuad(m, vr(i.rt), s128(getQuad(m, vr(i.ra))) >> qsh(m, i));
const vrlq: Handler = (m, i) => {
  const a = getQuad(m, vr(i.ra)), n = qsh(m, i);
  setQuad(m, vr(i.rt), ((a << n) | (a >> (128n - n))) & M128);
};
const cmpq = (f: (a: bigint, b: bigint) => boolean, signed: boolean): Handler => (m, i) => {
  const a = getQuad(m, vr(i.ra)), b = getQuad(m, vr(i.rb));
  const r = signed ? f(s128(a), s128(b)) : f(a, b);
  setQuad(m, vr(i.rt), r ? M128 : 0n);
  if (i.rec) setCr6(m, r, !r);
};
/** vcmpsq / vcmpuq BF: CR[BF] = LT || GT || EQ || 0. */
const cmpqBf = (signed: boolean): Handler => (m, i) => {
  let a = getQuad(m, vr(i.ra)), b = getQuad(m, vr(i.rb));
  if (signed) { a = s128(a); b = s128(b); }
  m.setCrField(i.rt >>> 2, a < b ? 8 : a > b ? 4 : 2);
};
const vextsd2q: Handler = (m, i) => setQuad(m, vr(i.rt), s64(dw(m, vr(i.rb), 1)));

/** vrlqnm / vrlqmi: VRA rotated left by VRB[57:63], under the mask MB = VRB[41:47] .. ME =
 *  VRB[49:55] (wrapping when MB > ME); vrlqmi keeps VRT's bits outside the mask. */
const vrlqm = (insert: boolean): Handler => (m, i) => {
  const a = getQuad(m, vr(i.ra)), d0 = dw(m, vr(i.rb), 0);
  const n = d0 & 0x7fn, mb = Number((d0 >> 16n) & 0x7fn), me = Number((d0 >> 8n) & 0x7fn);
  const rot = ((a << n) | (a >> (128n - n))) & M128;
  const ones = (k: number) => (1n << BigInt(k)) - 1n; // k low ones
  const fromMb = ones(128 - mb), toMe = M128 ^ ones(127 - me); // bits mb.. and ..me (ISA numbering)
  const mask = mb <= me ? fromMb & toMe : (fromMb | toMe) & M128;
  const old = insert ? getQuad(m, vr(i.rt)) & ~mask : 0n;
  setQuad(m, vr(i.rt), (rot & mask) | old);
};
/** vsldbi / vsrdbi: VRA || VRB shifted left / right by SH (0..7) bits; the high / low 128 bits. */
const vshdbi = (right: boolean): Handler => (m, i) => {
  const sh = BigInt((i.word >>> 6) & 7), cat = (getQuad(m, vr(i.ra)) << 128n) | getQuad(m, vr(i.rb));
  setQuad(m, vr(i.rt), right ? cat >> sh : (cat << sh) >> 128n);
};
/** vmsumudm / vmsumcud: VRA[0]*VRB[0] + VRA[1]*VRB[1] + VRC (unsigned): its low 128 bits, or
 *  the carry out of them. */
const vmsum = (carry: boolean): Handler => (m, i) => {
  const a = vr(i.ra), b = vr(i.rb);
  const s = dw(m, a, 0) * dw(m, b, 0) + dw(m, a, 1) * dw(m, b, 1) + getQuad(m, vr(i.rc));
  setQuad(m, vr(i.rt), carry ? s >> 128n : s);
};

// ---- masks ----------------------------------------------------------------------------------------

/** Element size in bytes of the mask instructions' b, h, w, d, q forms (VRA sub-opcode & 7). */
const SZ = [1, 2, 4, 8, 16];
/** The most significant bit of each element, element 0 first. */
function msbs(m: Machine, r: number, size: number): number[] {
  const out: number[] = [];
  for (let e = 0; e < 16; e += size) out.push(getB(m, r, e) >>> 7);
  return out;
}
const vexpand = (size: number): Handler => (m, i) => {
  const bitsOf = msbs(m, vr(i.rb), size);
  for (let e = 0; e < 16; e++) setB(m, vr(i.rt), e, bitsOf[Math.floor(e / size)] ? 0xff : 0);
};
const vextractm = (size: number): Handler => (m, i) => {
  let r = 0;
  for (const b of msbs(m, vr(i.rb), size)) r = (r << 1) | b;
  setGpr64(m, i.rt, BigInt(r));
};
/** vcntmb*: the number of elements whose MSB equals MP, in RT bits 0:(7 - log2 size) (left-justified). */
const vcntmb = (size: number): Handler => (m, i) => {
  const mp = i.ra & 1, n = msbs(m, vr(i.rb), size).filter((b) => b === mp).length;
  setGpr64(m, i.rt, BigInt(n) << BigInt(56 + Math.log2(size)));
};
/** mtvsr*m: element e all ones when bit e of the low (16 / size) bits of RB (from the left) is set. */
const mtvsrm = (size: number): Handler => (m, i) => {
  const n = 16 / size, v = m.gl[i.rb] & ((1 << n) - 1);
  for (let e = 0; e < 16; e++) setB(m, vr(i.rt), e, (v >>> (n - 1 - Math.floor(e / size))) & 1 ? 0xff : 0);
};
const mtvsrbmi: Handler = (m, i) => {
  const v = i.imm & 0xffff;
  for (let e = 0; e < 16; e++) setB(m, vr(i.rt), e, (v >>> (15 - e)) & 1 ? 0xff : 0);
};

// ---- bytes: clear, string isolate, insert ----------------------------------------------------------

/** vclrlb / vclrrb: keep the rightmost / leftmost N = (RB) bytes (all when N >= 16), clear the rest. */
const vclr = (left: boolean): Handler => (m, i) => {
  const n = m.gh[i.rb] !== 0 ? 16 : Math.min(m.gl[i.rb], 16);
  for (let e = 0; e < 16; e++) {
    const keep = left ? e >= 16 - n : e < n;
    setB(m, vr(i.rt), e, keep ? getB(m, vr(i.ra), e) : 0);
  }
};
/** vstri[bh][lr][.]: elements up to the first zero element (from the left or right) kept, the rest
 *  cleared; CR6 EQ (record form) when a zero element was found. */
const vstri = (half: boolean, right: boolean): Handler => (m, i) => {
  const n = half ? 8 : 16, get = half ? getH : getB, set = half ? setH : setB, b = vr(i.rb), t = vr(i.rt);
  const v = Array.from({ length: n }, (_, e) => get(m, b, e));
  let found = false;
  for (let k = 0; k < n; k++) {
    const e = right ? n - 1 - k : k;
    if (found) v[e] = 0;
    else if (v[e] === 0) found = true;
  }
  v.forEach((x, e) => set(m, t, e, x));
  if (i.rec) m.setCrField(6, found ? 2 : 0);
};
/** Writes the low `size` bytes of the 64-bit value (hi, lo) at big-endian byte index `at` of VR t. */
function insertBytes(m: Machine, t: number, at: number, size: number, hi: number, lo: number): void {
  for (let k = 0; k < size; k++) {
    const sh = 8 * (size - 1 - k);
    const byte = sh >= 32 ? hi >>> (sh - 32) : lo >>> sh;
    if (at + k < 16) setB(m, t, at + k, byte & 0xff);
  }
}
/** vinsw / vinsd VRT,RB,UIM: the low word / doubleword of RB at byte UIM. */
const vinsImm = (size: number): Handler => (m, i) => insertBytes(m, vr(i.rt), i.ra & 15, size, m.gh[i.rb], m.gl[i.rb]);
/** vins[bhwd][lr]x VRT,RA,RB: element RB at byte index (RA) counted from the left or the right. */
const vinsX = (size: number, right: boolean): Handler => (m, i) => {
  const k = m.gl[i.ra] & 15;
  insertBytes(m, vr(i.rt), right ? 16 - size - k : k, size, m.gh[i.rb], m.gl[i.rb]);
};

/** vins[bhw]v[lr]x VRT,RA,VRB: VRB's element at the right of its doubleword 0 (byte 7, halfword 3,
 *  word 1) at byte index (RA) from the left or the right. */
const vinsV = (size: number, right: boolean): Handler => (m, i) => {
  const k = m.gl[i.ra] & 15, b = vr(i.rb);
  const v = size === 1 ? getB(m, b, 7) : size === 2 ? getH(m, b, 3) : getW(m, b, 1);
  insertBytes(m, vr(i.rt), right ? 16 - size - k : k, size, 0, v);
};
/** vextdu[bhw]v[lr]x / vextddv[lr]x VRT,VRA,VRB,RC: the element at byte index (RC) & 31 of VRA || VRB,
 *  from the left or the right, zero-extended into doubleword 0; doubleword 1 is 0. */
const vextdv = (size: number, right: boolean): Handler => (m, i) => {
  const cat = (getQuad(m, vr(i.ra)) << 128n) | getQuad(m, vr(i.rb));
  const k = m.gl[i.rc] & 31, at = right ? 32 - size - k : k;
  const v = at < 0 || at + size > 32 ? 0n : (cat >> BigInt(8 * (32 - at - size))) & ((1n << BigInt(8 * size)) - 1n);
  setDwB(m, vr(i.rt), 0, v); setDwB(m, vr(i.rt), 1, 0n);
};
/** xvtlsbb BF,XB: CR[BF] = (every byte's LSB is 1) || 0 || (every byte's LSB is 0) || 0. */
const xvtlsbb: Handler = (m, i) => {
  let ones = 0;
  for (let e = 0; e < 16; e++) ones += getB(m, i.rb, e) & 1;
  m.setCrField(i.rt >>> 2, (ones === 16 ? 8 : 0) | (ones === 0 ? 2 : 0));
};

// ---- VSX: xxeval, xxblendv*, xxpermx (8RR prefixed, XX4 suffix) ----------------------------------

/** xxeval XT,XA,XB,XC,IMM: each result bit is IMM bit (4a + 2b + c) (bit 0 the most significant). */
const xxeval: Handler = (m, i) => {
  const imm = i.imm, W = m.st.vsrU32, t = i.rt << 2, a = i.ra << 2, b = i.rb << 2, c = i.rc << 2;
  const r = [0, 0, 0, 0];
  for (let k = 0; k < 4; k++) {
    for (let f = 0; f < 8; f++) {
      if (!((imm >>> (7 - f)) & 1)) continue;
      const x = f & 4 ? W[a + k] : ~W[a + k], y = f & 2 ? W[b + k] : ~W[b + k], z = f & 1 ? W[c + k] : ~W[c + k];
      r[k] |= x & y & z;
    }
  }
  for (let k = 0; k < 4; k++) W[t + k] = r[k] >>> 0;
};
/** xxblendv[bhwd]: each element from XB where XC's element has its MSB set, else from XA. */
const xxblendv = (size: number): Handler => (m, i) => {
  const sel = msbs(m, i.rc, size);
  const r = Array.from({ length: 16 }, (_, e) => getB(m, sel[Math.floor(e / size)] ? i.rb : i.ra, e));
  r.forEach((v, e) => setB(m, i.rt, e, v));
};
/** xxpermx XT,XA,XB,XC,UIM: byte e = byte (XC[e] & 31) of XA||XB when XC[e] >> 5 equals UIM, else 0. */
const xxpermx: Handler = (m, i) => {
  const uim = i.x;
  const r = Array.from({ length: 16 }, (_, e) => {
    const s = getB(m, i.rc, e);
    return s >>> 5 !== uim ? 0 : getB(m, (s & 16) ? i.rb : i.ra, s & 15);
  });
  r.forEach((v, e) => setB(m, i.rt, e, v));
};

/** xxgenpcv[bhwd]m XT,VRB,IMM: the permute control vector that expands (IMM 0, 2) or compresses
 *  (IMM 1, 3) the elements VRB's mask selects, for big-endian (0, 1) or little-endian (2, 3)
 *  element numbering. The elements a compression leaves over are undefined: 0 here. Other IMM
 *  values are reserved (0 here too). */
const xxgenpcv = (s: number): Handler => (m, i) => {
  const imm = i.ra, n = 16 / s, mask = msbs(m, vr(i.rb), s), out = new Array<number>(16).fill(0);
  const le = imm >= 2, compress = (imm & 1) === 1;
  // element e's bytes k = base + k (big-endian) or base + (s - 1 - k) (little-endian)
  const put = (e: number, base: number) => { for (let k = 0; k < s; k++) out[s * e + (le ? s - 1 - k : k)] = base + k; };
  if (imm < 4) {
    let j = 0;
    for (let q = 0; q < n; q++) {
      const e = le ? n - 1 - q : q;
      if (mask[e]) { if (compress) put(le ? n - 1 - j : j, s * q); else put(e, s * j); j++; }
      else if (!compress) put(e, s * q + 0x10);
    }
  }
  out.forEach((v, e) => setB(m, i.rt, e, v));
};

/** lxvkq XT,UIM: a quad-precision constant: UIM 1-7 are +1.0 .. +7.0, 8 +Inf, 9 the default QNaN,
 *  16-24 the same negated (16: -0.0); other values are reserved (SIGILL, as QEMU). */
const LXVKQ_HI = [0, 0x3fff0000, 0x40000000, 0x40008000, 0x40010000, 0x40014000, 0x40018000, 0x4001c000, 0x7fff0000, 0x7fff8000];
const lxvkq: Handler = (m, i) => {
  const u = i.rb, k = u & 15;
  if (k > 9 || (u & 16 ? k > 8 : k === 0) || u > 24) illegal(m, `lxvkq with UIM ${u}`);
  setQuad(m, i.rt, BigInt((LXVKQ_HI[k] | (u & 16 ? 0x80000000 : 0)) >>> 0) << 96n);
};

// ---- load/store rightmost element, bfloat16 ----------------------------------------------------------

const lxvr = (size: number): Handler => (m, i) => {
  const ea = eaX(m, i);
  const lo = size === 1 ? m.mem.read8(ea) : size === 2 ? m.mem.read16(ea) : size === 4 ? m.mem.read32(ea) : m.mem.read64(ea);
  const hi = size === 8 ? m.mem.hi : 0;
  setDw(m, i.rt, 0, 0, 0); setDw(m, i.rt, 1, hi, lo);
};
const stxvr = (size: number): Handler => (m, i) => {
  const ea = eaX(m, i), r = i.rt;
  if (size === 1) m.mem.write8(ea, getB(m, r, 15));
  else if (size === 2) m.mem.write16(ea, getH(m, r, 7));
  else if (size === 4) m.mem.write32(ea, getW(m, r, 3));
  else m.mem.write64(ea, getW(m, r, 2), getW(m, r, 3));
};
/** xvcvbf16spn: the bfloat16 in each word's low halfword widened to single precision. */
const xvcvbf16spn: Handler = (m, i) => {
  for (let k = 0; k < 4; k++) setW(m, i.rt, k, (getW(m, i.rb, k) << 16) >>> 0);
};
/** xvcvspbf16: each single rounded (nearest even) to bfloat16 in the word's low halfword; a NaN
 *  is quieted. */
const xvcvspbf16: Handler = (m, i) => {
  for (let k = 0; k < 4; k++) {
    const w = getW(m, i.rb, k);
    const nan = (w & 0x7f800000) === 0x7f800000 && (w & 0x7fffff) !== 0;
    const r = nan ? (w >>> 16) | 0x40 : ((w + 0x7fff + ((w >>> 16) & 1)) >>> 16) & 0xffff;
    setW(m, i.rt, k, r);
  }
};

// ---- rows -----------------------------------------------------------------------------------------

const F = 'isa310';
const V = (mnem: string, xo: number, h: Handler, ops = 'vrt,vra,vrb', fixed?: [number, number]): Row =>
  ({ mnem, form: 'VX', opcd: 4, xo, ops, feature: F, h, uses: 'altivec', ...(fixed ? { fixed } : {}) });
const VS = (mnem: string, xo: number, sub: number, h: Handler, ops: string): Row => V(mnem, xo, h, ops, bits(11, 15, sub));
const VC = (mnem: string, xo: number, h: Handler): Row =>
  ({ mnem, form: 'VC', opcd: 4, xo, ops: 'vrt,vra,vrb', feature: F, h, uses: 'altivec', flags: Flag.RC21 });
const P8 = (mnem: string, opcd: number, xo: number, ops: string, h: Handler): Row =>
  ({ mnem, form: '8RRX', opcd, xo, ops, feature: F, h, uses: 'vsx' });
const XX = (mnem: string, xo: number, h: Handler, ops = 'xt,ra0,rb'): Row =>
  ({ mnem, form: 'XX1', opcd: 31, xo, ops, feature: F, h, uses: 'vsx' });

export const rows: Row[] = [
  V('vmulld', 457, dwords((a, b) => a * b, false)),
  V('vmulhsw', 905, words(mulhi(32n), true)), V('vmulhuw', 649, words(mulhi(32n), false)),
  V('vmulhsd', 969, dwords(mulhi(64n), true)), V('vmulhud', 713, dwords(mulhi(64n), false)),
  V('vmulesd', 968, mulDw(0, true)), V('vmuleud', 712, mulDw(0, false)),
  V('vmulosd', 456, mulDw(1, true)), V('vmuloud', 200, mulDw(1, false)),
  V('vdivsw', 395, words(div, true)), V('vdivuw', 139, words(div, false)),
  V('vdivsd', 459, dwords(div, true)), V('vdivud', 203, dwords(div, false)),
  V('vdivsq', 267, quad(div, true)), V('vdivuq', 11, quad(div, false)),
  V('vdivesw', 907, words(dive(32n, true), true)), V('vdiveuw', 651, words(dive(32n, false), false)),
  V('vdivesd', 971, dwords(dive(64n, true), true)), V('vdiveud', 715, dwords(dive(64n, false), false)),
  V('vdivesq', 779, quad(dive(128n, true), true)), V('vdiveuq', 523, quad(dive(128n, false), false)),
  V('vmodsw', 1931, words(mod, true)), V('vmoduw', 1675, words(mod, false)),
  V('vmodsd', 1995, dwords(mod, true)), V('vmodud', 1739, dwords(mod, false)),
  V('vmodsq', 1803, quad(mod, true)), V('vmoduq', 1547, quad(mod, false)),
  V('vrlqnm', 325, vrlqm(false)), V('vrlqmi', 69, vrlqm(true)),
  { mnem: 'vsldbi', form: 'VA', opcd: 4, xo: 22, fixed: bits(21, 22, 0), ops: 'vrt,vra,vrb,sh3', feature: F, h: vshdbi(false), uses: 'altivec' },
  { mnem: 'vsrdbi', form: 'VA', opcd: 4, xo: 22, fixed: bits(21, 22, 1), ops: 'vrt,vra,vrb,sh3', feature: F, h: vshdbi(true), uses: 'altivec' },
  { mnem: 'vmsumcud', form: 'VA', opcd: 4, xo: 23, ops: 'vrt,vra,vrb,vrc', feature: F, h: vmsum(true), uses: 'altivec' },
  // (ISA 3.0) vmsumudm: the same sum modulo 2^128
  { mnem: 'vmsumudm', form: 'VA', opcd: 4, xo: 35, ops: 'vrt,vra,vrb,vrc', feature: 'vmx_300', h: vmsum(false) },
  ...[['ub', 1], ['uh', 2], ['uw', 4], ['d', 8]].flatMap(([s, size], k): Row[] => [
    { mnem: `vextd${s}vlx`, form: 'VA', opcd: 4, xo: 24 + 2 * k, ops: 'vrt,vra,vrb,rc', feature: F, h: vextdv(size as number, false), uses: 'altivec' },
    { mnem: `vextd${s}vrx`, form: 'VA', opcd: 4, xo: 25 + 2 * k, ops: 'vrt,vra,vrb,rc', feature: F, h: vextdv(size as number, true), uses: 'altivec' },
  ]),
  ...[['b', 1, 15, 271], ['h', 2, 79, 335], ['w', 4, 143, 399]].flatMap(([s, size, l, r]) => [
    V(`vins${s}vlx`, l as number, vinsV(size as number, false), 'vrt,ra,vrb'),
    V(`vins${s}vrx`, r as number, vinsV(size as number, true), 'vrt,ra,vrb'),
  ]),
  { mnem: 'xvtlsbb', form: 'XX2', opcd: 60, xo: 475, fixed: fixedBits(bits(11, 15, 2), bits(9, 10, 0), bits(31, 31, 0)), ops: 'bf,xb', feature: F, h: xvtlsbb, uses: 'vsx' },
  V('vslq', 261, vslq), V('vsrq', 517, vsrq), V('vsraq', 773, vsraq), V('vrlq', 5, vrlq),
  VC('vcmpequq', 455, cmpq((a, b) => a === b, false)),
  VC('vcmpgtsq', 903, cmpq((a, b) => a > b, true)),
  VC('vcmpgtuq', 647, cmpq((a, b) => a > b, false)),
  V('vcmpsq', 321, cmpqBf(true), 'bf,vra,vrb', bits(9, 10, 0)),
  V('vcmpuq', 257, cmpqBf(false), 'bf,vra,vrb', bits(9, 10, 0)),
  VS('vextsd2q', 1538, 27, vextsd2q, 'vrt,vrb'),
  ...['b', 'h', 'w', 'd', 'q'].flatMap((s, k): Row[] => [
    VS(`vexpand${s}m`, 1602, k, vexpand(SZ[k]), 'vrt,vrb'),
    VS(`vextract${s}m`, 1602, 8 + k, vextractm(SZ[k]), 'rt,vrb'),
    VS(`mtvsr${s}m`, 1602, 16 + k, mtvsrm(SZ[k]), 'vrt,rb'),
  ]),
  ...['b', 'h', 'w', 'd'].map((s, k) =>
    V(`vcntmb${s}`, 1602, vcntmb(SZ[k]), 'rt,vrb,mp', bits(11, 14, 12 + k))),
  { mnem: 'mtvsrbmi', form: 'DX', opcd: 4, xo: 10, ops: 'vrt,bm16', feature: F, h: mtvsrbmi, uses: 'altivec' },
  V('vclrlb', 397, vclr(true), 'vrt,vra,rb'), V('vclrrb', 461, vclr(false), 'vrt,vra,rb'),
  ...[['vstribl', 0], ['vstribr', 1], ['vstrihl', 2], ['vstrihr', 3]].map(([n, k]) =>
    ({ ...VC(n as string, 13, vstri((k as number) >= 2, ((k as number) & 1) === 1)), ops: 'vrt,vrb', fixed: bits(11, 15, k as number) })),
  V('vinsw', 207, vinsImm(4), 'vrt,rb,uim4', bits(11, 11, 0)),
  V('vinsd', 463, vinsImm(8), 'vrt,rb,uim4', bits(11, 11, 0)),
  ...[['b', 1, 527, 783], ['h', 2, 591, 847], ['w', 4, 655, 911], ['d', 8, 719, 975]].flatMap(([s, size, l, r]) => [
    V(`vins${s}lx`, l as number, vinsX(size as number, false), 'vrt,ra,rb'),
    V(`vins${s}rx`, r as number, vinsX(size as number, true), 'vrt,ra,rb'),
  ]),
  P8('xxeval', 34, 1, 'xt,xa,xb,xc,imm8p', xxeval),
  P8('xxpermx', 34, 0, 'xt,xa,xb,xc,uim3p', xxpermx),
  ...['b', 'h', 'w', 'd'].map((s, k) => P8(`xxblendv${s}`, 33, k, 'xt,xa,xb,xc', xxblendv(SZ[k]))),
  ...[['b', 916], ['h', 917], ['w', 948], ['d', 949]].map(([s, xo], k): Row =>
    ({ mnem: `xxgenpcv${s}m`, form: 'XX1', opcd: 60, xo: xo as number, ops: 'xt,vrb,uim', feature: F, h: xxgenpcv(SZ[k]), uses: 'vsx' })),
  { mnem: 'lxvkq', form: 'XX1', opcd: 60, xo: 360, fixed: bits(11, 15, 31), ops: 'xt,uim5b', feature: F, h: lxvkq, uses: 'vsx' },
  XX('lxvrbx', 13, lxvr(1)), XX('lxvrhx', 45, lxvr(2)), XX('lxvrwx', 77, lxvr(4)), XX('lxvrdx', 109, lxvr(8)),
  XX('stxvrbx', 141, stxvr(1), 'xs,ra0,rb'), XX('stxvrhx', 173, stxvr(2), 'xs,ra0,rb'),
  XX('stxvrwx', 205, stxvr(4), 'xs,ra0,rb'), XX('stxvrdx', 237, stxvr(8), 'xs,ra0,rb'),
  { mnem: 'xvcvbf16spn', form: 'XX2', opcd: 60, xo: 475, fixed: fixedBits(bits(11, 15, 16)), ops: 'xt,xb', feature: F, h: xvcvbf16spn, uses: 'vsx' },
  { mnem: 'xvcvspbf16', form: 'XX2', opcd: 60, xo: 475, fixed: fixedBits(bits(11, 15, 17)), ops: 'xt,xb', feature: F, h: xvcvspbf16, uses: 'vsx' },
];
