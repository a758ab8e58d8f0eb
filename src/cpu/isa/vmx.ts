// Vector (VMX/AltiVec): loads/stores, permutes, integer and FP vector arithmetic, VSCR.
//
// VR n is VSR 32+n. Element-wise operations run over raw host indices (the same mapping for every
// operand); operations that move elements between positions use the ISA-order accessors and
// scratch of vechelpers.ts. Saturating operations set VSCR[SAT].

import { eaX } from './helpers.js';
import type { Insn } from '../insn.js';
import type { Machine } from '../machine.js';
import { HOST_LE, Spr32 } from '../state.js';
import { bits, fixedBits, Flag, type Handler, type Row } from './table.js';
import type { Feature } from '../../features/features.js';
import {
  clearSat, cr6FromVsr, ctz32, dwHi, dwLo, flushSat, fromS8, getB, getH, getW, loadQuad, mulS32, mulU32,
  popcnt32, S32, S8, satS, satU, setB, setDw, setH, setW, SN, storeQuad, toS32, toS8, VSCR_NJ, zeroVsr,
} from './vechelpers.js';

/** Host word index XOR (see vechelpers.ts). */
const XW = HOST_LE ? 1 : 0;

type Op = (a: number, b: number) => number;
type Cmp = (a: number, b: number) => boolean;

const sb = (x: number): number => (x << 24) >> 24;
const sh = (x: number): number => (x << 16) >> 16;

// ---- element-wise skeletons (raw host indices) ----------------------------------------------

function ew8(m: Machine, i: Insn, f: Op): void {
  const B = m.st.vsrBytes, t = (i.rt + 32) << 4, a = (i.ra + 32) << 4, b = (i.rb + 32) << 4;
  for (let k = 0; k < 16; k++) B[t + k] = f(B[a + k], B[b + k]);
}
function ew16(m: Machine, i: Insn, f: Op): void {
  const H = m.st.vsrU16, t = (i.rt + 32) << 3, a = (i.ra + 32) << 3, b = (i.rb + 32) << 3;
  for (let k = 0; k < 8; k++) H[t + k] = f(H[a + k], H[b + k]);
}
function ew32(m: Machine, i: Insn, f: Op): void {
  const W = m.st.vsrU32, t = (i.rt + 32) << 2, a = (i.ra + 32) << 2, b = (i.rb + 32) << 2;
  for (let k = 0; k < 4; k++) W[t + k] = f(W[a + k], W[b + k]);
}
function un8(m: Machine, i: Insn, f: (b: number) => number): void {
  const B = m.st.vsrBytes, t = (i.rt + 32) << 4, b = (i.rb + 32) << 4;
  for (let k = 0; k < 16; k++) B[t + k] = f(B[b + k]);
}
function un16(m: Machine, i: Insn, f: (b: number) => number): void {
  const H = m.st.vsrU16, t = (i.rt + 32) << 3, b = (i.rb + 32) << 3;
  for (let k = 0; k < 8; k++) H[t + k] = f(H[b + k]);
}
function un32(m: Machine, i: Insn, f: (b: number) => number): void {
  const W = m.st.vsrU32, t = (i.rt + 32) << 2, b = (i.rb + 32) << 2;
  for (let k = 0; k < 4; k++) W[t + k] = f(W[b + k]);
}
/** Saturating element-wise op: clamps report through satU/satS. */
function sat(ew: (m: Machine, i: Insn, f: Op) => void, f: Op): Handler {
  return (m, i) => { clearSat(); ew(m, i, f); flushSat(m); };
}
function cmp(ew: (m: Machine, i: Insn, f: Op) => void, ones: number, f: Cmp): Handler {
  const g: Op = (a, b) => (f(a, b) ? ones : 0);
  return (m, i) => {
    ew(m, i, g);
    if (i.rec) cr6FromVsr(m, i.rt + 32);
  };
}

const e8 = (f: Op): Handler => (m, i) => ew8(m, i, f);
const e16 = (f: Op): Handler => (m, i) => ew16(m, i, f);
const e32 = (f: Op): Handler => (m, i) => ew32(m, i, f);
const u8 = (f: (b: number) => number): Handler => (m, i) => un8(m, i, f);
const u16 = (f: (b: number) => number): Handler => (m, i) => un16(m, i, f);
const u32 = (f: (b: number) => number): Handler => (m, i) => un32(m, i, f);
const u64 = (f: (h: number, l: number) => void): Handler => (m, i) => un64(m, i, f);

/** 0xff in each byte of x that is zero, else 0x00 (exact SWAR test). */
function zeroBytes(x: number): number {
  return ((~(((x & 0x7f7f7f7f) + 0x7f7f7f7f) | x | 0x7f7f7f7f)) >>> 7) * 0xff;
}
/** Byte compares on whole words: kind 0 = equal, 1 = not equal, 2 = not equal or zero. */
function cmpb(kind: number): Handler {
  return (m, i) => {
    const W = m.st.vsrU32, t = (i.rt + 32) << 2, a = (i.ra + 32) << 2, b = (i.rb + 32) << 2;
    for (let k = 0; k < 4; k++) {
      const x = W[a + k], y = W[b + k], eq = zeroBytes(x ^ y);
      W[t + k] = kind === 0 ? eq : kind === 1 ? ~eq : ~eq | zeroBytes(x) | zeroBytes(y);
    }
    if (i.rec) cr6FromVsr(m, i.rt + 32);
  };
}

// Doubleword element-wise: f gets (ahi, alo, bhi, blo) and leaves the result in R64[0]/R64[1].
// (a typed array: module-level numbers of 2^30 or more would be boxed on every store)
const R64 = new Uint32Array(2);
type Op64 = (ah: number, al: number, bh: number, bl: number) => void;
function ew64(m: Machine, i: Insn, f: Op64): void {
  const t = i.rt + 32, a = i.ra + 32, b = i.rb + 32;
  for (let d = 0; d < 2; d++) {
    f(dwHi(m, a, d), dwLo(m, a, d), dwHi(m, b, d), dwLo(m, b, d));
    setDw(m, t, d, R64[0], R64[1]);
  }
}
const h64 = (f: Op64): Handler => (m, i) => ew64(m, i, f);
const ltU64 = (ah: number, al: number, bh: number, bl: number): boolean => ah < bh || (ah === bh && al < bl);
const ltS64 = (ah: number, al: number, bh: number, bl: number): boolean =>
  (ah | 0) < (bh | 0) || (ah === bh && al < bl);
function add64(ah: number, al: number, bh: number, bl: number): void {
  const l = al + bl;
  R64[1] = l >>> 0; R64[0] = (ah + bh + (l > 0xffffffff ? 1 : 0)) >>> 0;
}
function sub64(ah: number, al: number, bh: number, bl: number): void {
  R64[1] = (al - bl) >>> 0; R64[0] = (ah - bh - (al < bl ? 1 : 0)) >>> 0;
}
function shl64(h: number, l: number, s: number): void {
  if (s === 0) { R64[0] = h; R64[1] = l; } else if (s < 32) { R64[0] = ((h << s) | (l >>> (32 - s))) >>> 0; R64[1] = (l << s) >>> 0; } else { R64[0] = (l << (s - 32)) >>> 0; R64[1] = 0; }
}
function shr64(h: number, l: number, s: number, arith: boolean): void {
  const fill = arith && (h | 0) < 0 ? 0xffffffff : 0;
  if (s === 0) { R64[0] = h; R64[1] = l; } else if (s < 32) {
    R64[1] = ((l >>> s) | (h << (32 - s))) >>> 0;
    R64[0] = arith ? (h >> s) >>> 0 : h >>> s;
  } else { R64[1] = (arith ? h >> (s - 32) : h >>> (s - 32)) >>> 0; R64[0] = fill; }
}
function cmp64(f: (ah: number, al: number, bh: number, bl: number) => boolean): Handler {
  const g: Op64 = (ah, al, bh, bl) => { R64[0] = R64[1] = f(ah, al, bh, bl) ? 0xffffffff : 0; };
  return (m, i) => {
    ew64(m, i, g);
    if (i.rec) cr6FromVsr(m, i.rt + 32);
  };
}
function un64(m: Machine, i: Insn, f: (h: number, l: number) => void): void {
  const t = i.rt + 32, b = i.rb + 32;
  for (let d = 0; d < 2; d++) { f(dwHi(m, b, d), dwLo(m, b, d)); setDw(m, t, d, R64[0], R64[1]); }
}

// ---- quadword arithmetic ------------------------------------------------------------------

/** a + (b or ~b) + cin over 128 bits; result words to S32[0..3], carry out returned. */
function add128(m: Machine, a: number, b: number, inv: boolean, cin: number): number {
  let c = cin;
  for (let k = 3; k >= 0; k--) {
    const bw = inv ? ~getW(m, b, k) >>> 0 : getW(m, b, k);
    const s = getW(m, a, k) + bw + c;
    S32[k] = s >>> 0;
    c = s > 0xffffffff ? 1 : 0;
  }
  return c;
}
function quad(inv: boolean, carryOut: boolean, useC: boolean): Handler {
  return (m, i) => {
    const cin = useC ? getW(m, i.rc + 32, 3) & 1 : inv ? 1 : 0;
    const c = add128(m, i.ra + 32, i.rb + 32, inv, cin);
    const t = i.rt + 32;
    if (carryOut) { zeroVsr(m, t); setW(m, t, 3, c); } else for (let k = 0; k < 4; k++) setW(m, t, k, S32[k]);
  };
}

// ---- permutes, merges, splats, shifts by octets --------------------------------------------

function vperm(m: Machine, i: Insn, rev: boolean): void {
  toS8(m, i.ra + 32, 0); toS8(m, i.rb + 32, 16);
  const W = m.st.vsrU32, c = (i.rc + 32) << 2, t = (i.rt + 32) << 2, x = rev ? 31 : 0;
  const c0 = W[c | XW], c1 = W[c | (1 ^ XW)], c2 = W[c | (2 ^ XW)], c3 = W[c | (3 ^ XW)];
  W[t | XW] = permWord(c0, x); W[t | (1 ^ XW)] = permWord(c1, x);
  W[t | (2 ^ XW)] = permWord(c2, x); W[t | (3 ^ XW)] = permWord(c3, x);
}
/** Four bytes of S8 picked by the low 5 bits of each byte of c (XOR x: 31 reverses the index). */
function permWord(c: number, x: number): number {
  return (S8[((c >>> 24) & 31) ^ x] << 24) | (S8[((c >>> 16) & 31) ^ x] << 16) | (S8[((c >>> 8) & 31) ^ x] << 8) | S8[(c & 31) ^ x];
}
function vpermxor(m: Machine, i: Insn): void {
  toS8(m, i.ra + 32, 0); toS8(m, i.rb + 32, 16);
  const c = i.rc + 32, t = i.rt + 32;
  for (let k = 0; k < 16; k++) SN[k] = getB(m, c, k);
  for (let k = 0; k < 16; k++) setB(m, t, k, S8[SN[k] >>> 4] ^ S8[16 + (SN[k] & 15)]);
}
function vsldoi(m: Machine, i: Insn): void {
  const W = m.st.vsrU32, a = (i.ra + 32) << 2, b = (i.rb + 32) << 2, t = (i.rt + 32) << 2;
  for (let k = 0; k < 4; k++) { S32[k] = W[a | (k ^ XW)]; S32[4 + k] = W[b | (k ^ XW)]; }
  const s = i.rc & 15, q = s >>> 2, r = (s & 3) * 8;
  for (let k = 0; k < 4; k++) {
    W[t | (k ^ XW)] = r === 0 ? S32[q + k] : (S32[q + k] << r) | (S32[q + k + 1] >>> (32 - r));
  }
}
/** Merge high/low: sz = element bytes, lo = take the low half (word-level). */
function merge(sz: number, lo: boolean): Handler {
  const off = lo ? 2 : 0;
  return (m, i) => {
    toS32(m, i.ra + 32, 0); toS32(m, i.rb + 32, 4);
    const W = m.st.vsrU32, t = (i.rt + 32) << 2;
    if (sz === 4) {
      const a0 = S32[off], a1 = S32[off + 1], b0 = S32[4 + off], b1 = S32[5 + off];
      W[t | XW] = a0; W[t | (1 ^ XW)] = b0; W[t | (2 ^ XW)] = a1; W[t | (3 ^ XW)] = b1;
      return;
    }
    for (let k = 0; k < 4; k++) {
      const j = off + (k >>> 1), sh16 = k & 1 ? 0 : 16;
      const ah = (S32[j] >>> sh16) & 0xffff, bh = (S32[4 + j] >>> sh16) & 0xffff;
      W[t | (k ^ XW)] = sz === 2 ? (ah << 16) | bh
        : ((ah >>> 8) << 24) | ((bh >>> 8) << 16) | ((ah & 255) << 8) | (bh & 255);
    }
  };
}
function mergeEO(odd: number): Handler {
  return (m, i) => {
    const a = i.ra + 32, b = i.rb + 32, t = i.rt + 32;
    const a0 = getW(m, a, odd), a2 = getW(m, a, 2 + odd), b0 = getW(m, b, odd), b2 = getW(m, b, 2 + odd);
    setW(m, t, 0, a0); setW(m, t, 1, b0); setW(m, t, 2, a2); setW(m, t, 3, b2);
  };
}
function splat(sz: number): Handler {
  return (m, i) => {
    const W = m.st.vsrU32, t = (i.rt + 32) << 2;
    let v: number;
    if (sz === 1) v = getB(m, i.rb + 32, i.ra & 15) * 0x01010101;
    else if (sz === 2) v = getH(m, i.rb + 32, i.ra & 7) * 0x10001;
    else v = getW(m, i.rb + 32, i.ra & 3);
    W[t] = W[t + 1] = W[t + 2] = W[t + 3] = v;
  };
}
function splatImm(sz: number): Handler {
  return (m, i) => {
    const v = (i.ra << 27) >> 27, W = m.st.vsrU32, t = (i.rt + 32) << 2;
    const w = sz === 1 ? (v & 0xff) * 0x01010101 : sz === 2 ? ((v & 0xffff) * 0x10001) : v;
    W[t] = W[t + 1] = W[t + 2] = W[t + 3] = w;
  };
}
/** Whole-register shift left or right by bits (octets = false) or by octets. */
function vshift(left: boolean, octets: boolean): Handler {
  return (m, i) => {
    const sel = getB(m, i.rb + 32, 15);
    toS32(m, i.ra + 32, 0);
    const n = octets ? ((sel >>> 3) & 15) * 8 : sel & 7, q = n >>> 5, r = n & 31;
    const W = m.st.vsrU32, t = (i.rt + 32) << 2;
    for (let k = 0; k < 4; k++) {
      let v: number;
      if (left) {
        const j = k + q;
        v = j < 4 ? S32[j] << r : 0;
        if (r && j + 1 < 4) v |= S32[j + 1] >>> (32 - r);
      } else {
        const j = k - q;
        v = j >= 0 ? S32[j] >>> r : 0;
        if (r && j - 1 >= 0) v |= S32[j - 1] << (32 - r);
      }
      W[t | (k ^ XW)] = v;
    }
  };
}
/** vslv / vsrv: each byte shifted by its own amount, pulling bits from the neighbour. */
function vshiftv(left: boolean): Handler {
  return (m, i) => {
    toS8(m, i.ra + 32, 0); toS8(m, i.rb + 32, 16);
    for (let k = 0; k < 16; k++) {
      const s = S8[16 + k] & 7;
      S8[32 + k] = left ? (((S8[k] << 8) | (k < 15 ? S8[k + 1] : 0)) << s) >>> 8
        : (((k > 0 ? S8[k - 1] : 0) << 8) | S8[k]) >>> s;
    }
    fromS8(m, i.rt + 32, 32);
  };
}

// ---- pack / unpack ---------------------------------------------------------------------------

/** Packs the source elements of VRA||VRB (size sz = 2 or 4) to half size through f (word-level). */
function pack(sz: number, f: (v: number) => number): Handler {
  return (m, i) => {
    clearSat();
    toS32(m, i.ra + 32, 0); toS32(m, i.rb + 32, 4);
    const W = m.st.vsrU32, t = (i.rt + 32) << 2;
    for (let k = 0; k < 4; k++) {
      const x = S32[2 * k], y = S32[2 * k + 1];
      W[t | (k ^ XW)] = sz === 4 ? (f(x) << 16) | f(y)
        : (f(x >>> 16) << 24) | (f(x & 0xffff) << 16) | (f(y >>> 16) << 8) | f(y & 0xffff);
    }
    flushSat(m);
  };
}
/** Packs doublewords: f gets (hi, lo) and returns the word. */
function packD(f: (h: number, l: number) => number): Handler {
  return (m, i) => {
    clearSat();
    const a = i.ra + 32, b = i.rb + 32;
    for (let d = 0; d < 2; d++) { SN[d] = f(dwHi(m, a, d), dwLo(m, a, d)); SN[2 + d] = f(dwHi(m, b, d), dwLo(m, b, d)); }
    for (let k = 0; k < 4; k++) setW(m, i.rt + 32, k, SN[k]);
    flushSat(m);
  };
}
const pkUD = (h: number, l: number): number => (h !== 0 ? satU(2 ** 32, 0xffffffff) : l);
const pkSDU = (h: number, l: number): number => ((h | 0) < 0 ? satU(-1, 0xffffffff) : h !== 0 ? satU(2 ** 32, 0xffffffff) : l);
const pkSDS = (h: number, l: number): number => {
  const hs = h | 0;
  if (hs === 0 && l < 0x80000000) return l;
  if (hs === -1 && l >= 0x80000000) return l;
  return satS(hs < 0 ? -(2 ** 32) : 2 ** 32, -0x80000000, 0x7fffffff) >>> 0;
};
function vpkpx(m: Machine, i: Insn): void {
  for (let k = 0; k < 4; k++) { SN[k] = getW(m, i.ra + 32, k); SN[4 + k] = getW(m, i.rb + 32, k); }
  for (let k = 0; k < 8; k++) {
    const w = SN[k];
    setH(m, i.rt + 32, k, (((w >>> 24) & 1) << 15) | (((w >>> 19) & 31) << 10) | (((w >>> 11) & 31) << 5) | ((w >>> 3) & 31));
  }
}
function unpackPx(lo: boolean): Handler {
  return (m, i) => {
    for (let k = 0; k < 4; k++) SN[k] = getH(m, i.rb + 32, (lo ? 4 : 0) + k);
    for (let k = 0; k < 4; k++) {
      const h = SN[k];
      setW(m, i.rt + 32, k, (((h & 0x8000) ? 0xff000000 : 0) | (((h >>> 10) & 31) << 16) | (((h >>> 5) & 31) << 8) | (h & 31)) >>> 0);
    }
  };
}
/** Sign-extending unpack of half the elements of VRB (sz = source element bytes). */
function unpack(sz: number, lo: boolean): Handler {
  const n = 8 / sz;
  return (m, i) => {
    const b = i.rb + 32, t = i.rt + 32, off = lo ? n : 0;
    if (sz === 1) {
      for (let k = 0; k < n; k++) SN[k] = sb(getB(m, b, off + k));
      for (let k = 0; k < n; k++) setH(m, t, k, SN[k] & 0xffff);
    } else if (sz === 2) {
      for (let k = 0; k < n; k++) SN[k] = sh(getH(m, b, off + k));
      for (let k = 0; k < n; k++) setW(m, t, k, SN[k]);
    } else {
      for (let k = 0; k < n; k++) SN[k] = getW(m, b, off + k) | 0;
      for (let k = 0; k < n; k++) setDw(m, t, k, SN[k] < 0 ? 0xffffffff : 0, SN[k] >>> 0);
    }
  };
}

// ---- multiply, sum ----------------------------------------------------------------------------

/** Even (odd = 0) / odd (odd = 1) element products to double-width elements. */
function mulEO(sz: number, signed: boolean, odd: number): Handler {
  return (m, i) => {
    const a = i.ra + 32, b = i.rb + 32, t = i.rt + 32, n = 8 / sz;
    if (sz === 1) {
      for (let k = 0; k < n; k++) {
        const x = getB(m, a, 2 * k + odd), y = getB(m, b, 2 * k + odd);
        SN[k] = signed ? sb(x) * sb(y) : x * y;
      }
      for (let k = 0; k < n; k++) setH(m, t, k, SN[k] & 0xffff);
    } else if (sz === 2) {
      for (let k = 0; k < n; k++) {
        const x = getH(m, a, 2 * k + odd), y = getH(m, b, 2 * k + odd);
        SN[k] = signed ? sh(x) * sh(y) : x * y;
      }
      for (let k = 0; k < n; k++) setW(m, t, k, SN[k] >>> 0);
    } else {
      for (let k = 0; k < 2; k++) {
        const x = getW(m, a, 2 * k + odd), y = getW(m, b, 2 * k + odd);
        if (signed) mulS32(x, y); else mulU32(x, y);
        SN[2 * k] = S32[6]; SN[2 * k + 1] = S32[7];
      }
      setDw(m, t, 0, SN[0], SN[1]); setDw(m, t, 1, SN[2], SN[3]);
    }
  };
}
function vsum4(kind: 'ubs' | 'sbs' | 'shs'): Handler {
  return (m, i) => {
    clearSat();
    const a = i.ra + 32, b = i.rb + 32, t = i.rt + 32;
    for (let w = 0; w < 4; w++) {
      let s = kind === 'ubs' ? getW(m, b, w) : getW(m, b, w) | 0;
      if (kind === 'shs') s += sh(getH(m, a, 2 * w)) + sh(getH(m, a, 2 * w + 1));
      else for (let k = 0; k < 4; k++) { const x = getB(m, a, 4 * w + k); s += kind === 'ubs' ? x : sb(x); }
      SN[w] = kind === 'ubs' ? satU(s, 0xffffffff) : satS(s, -0x80000000, 0x7fffffff);
    }
    for (let w = 0; w < 4; w++) setW(m, t, w, SN[w] >>> 0);
    flushSat(m);
  };
}
function vsum2sws(m: Machine, i: Insn): void {
  clearSat();
  const a = i.ra + 32, b = i.rb + 32, t = i.rt + 32;
  for (let d = 0; d < 2; d++) {
    SN[d] = satS((getW(m, a, 2 * d) | 0) + (getW(m, a, 2 * d + 1) | 0) + (getW(m, b, 2 * d + 1) | 0), -0x80000000, 0x7fffffff);
  }
  setDw(m, t, 0, 0, SN[0] >>> 0); setDw(m, t, 1, 0, SN[1] >>> 0);
  flushSat(m);
}
function vsumsws(m: Machine, i: Insn): void {
  clearSat();
  const a = i.ra + 32, b = i.rb + 32, t = i.rt + 32;
  let s = getW(m, b, 3) | 0;
  for (let k = 0; k < 4; k++) s += getW(m, a, k) | 0;
  const r = satS(s, -0x80000000, 0x7fffffff);
  zeroVsr(m, t); setW(m, t, 3, r >>> 0);
  flushSat(m);
}
/** VA-form multiply-sum / multiply-add family. */
function vmsum(kind: string): Handler {
  return (m, i) => {
    clearSat();
    const a = i.ra + 32, b = i.rb + 32, c = i.rc + 32, t = i.rt + 32;
    if (kind === 'mhaddshs' || kind === 'mhraddshs' || kind === 'mladduhm') {
      for (let k = 0; k < 8; k++) {
        const x = getH(m, a, k), y = getH(m, b, k), z = getH(m, c, k);
        if (kind === 'mladduhm') SN[k] = (Math.imul(x, y) + z) & 0xffff;
        else {
          const p = sh(x) * sh(y) + (kind === 'mhraddshs' ? 0x4000 : 0);
          SN[k] = satS((p >> 15) + sh(z), -0x8000, 0x7fff) & 0xffff;
        }
      }
      for (let k = 0; k < 8; k++) setH(m, t, k, SN[k]);
    } else {
      for (let w = 0; w < 4; w++) {
        let s = kind.endsWith('s') && kind.startsWith('uh') ? getW(m, c, w) : getW(m, c, w) | 0;
        if (kind === 'ubm' || kind === 'mbm') {
          for (let k = 0; k < 4; k++) {
            const x = getB(m, a, 4 * w + k), y = getB(m, b, 4 * w + k);
            s += (kind === 'mbm' ? sb(x) : x) * y;
          }
        } else {
          for (let k = 0; k < 2; k++) {
            const x = getH(m, a, 2 * w + k), y = getH(m, b, 2 * w + k);
            s += kind.startsWith('sh') ? sh(x) * sh(y) : x * y;
          }
        }
        SN[w] = kind === 'uhs' ? satU(s, 0xffffffff) : kind === 'shs' ? satS(s, -0x80000000, 0x7fffffff) >>> 0 : s >>> 0;
      }
      for (let w = 0; w < 4; w++) setW(m, t, w, SN[w] >>> 0);
    }
    flushSat(m);
  };
}

// ---- bit manipulation ----------------------------------------------------------------------

/** vgbbd: transposes each doubleword as an 8x8 bit matrix (byte k = row k, MSB = column 0). */
function vgbbd(m: Machine, i: Insn): void {
  const b = i.rb + 32, t = i.rt + 32;
  for (let d = 0; d < 2; d++) {
    let x = dwHi(m, b, d), y = dwLo(m, b, d), u: number;
    u = (x ^ (x >>> 7)) & 0x00aa00aa; x = x ^ u ^ (u << 7);
    u = (y ^ (y >>> 7)) & 0x00aa00aa; y = y ^ u ^ (u << 7);
    u = (x ^ (x >>> 14)) & 0x0000cccc; x = x ^ u ^ (u << 14);
    u = (y ^ (y >>> 14)) & 0x0000cccc; y = y ^ u ^ (u << 14);
    u = (x & 0xf0f0f0f0) | ((y >>> 4) & 0x0f0f0f0f);
    y = ((x << 4) & 0xf0f0f0f0) | (y & 0x0f0f0f0f);
    S32[2 * d] = u; S32[2 * d + 1] = y;
  }
  setDw(m, t, 0, S32[0], S32[1]); setDw(m, t, 1, S32[2], S32[3]);
}
/** vbpermq: bit VRB.byte[k] of VRA gathered into bit k of a 16-bit mask (VRT.dw0). */
function vbpermq(m: Machine, i: Insn): void {
  toS8(m, i.ra + 32, 0); toS8(m, i.rb + 32, 16);
  let r = 0;
  for (let k = 0; k < 16; k++) {
    const ix = S8[16 + k];
    if (ix < 128) r |= ((S8[ix >>> 3] >>> (7 - (ix & 7))) & 1) << (15 - k);
  }
  const t = i.rt + 32;
  setDw(m, t, 0, 0, r); setDw(m, t, 1, 0, 0);
}
function vbpermd(m: Machine, i: Insn): void {
  toS8(m, i.ra + 32, 16);
  for (let d = 0; d < 2; d++) {
    let r = 0;
    for (let k = 0; k < 8; k++) {
      const ix = getB(m, i.rb + 32, 8 * d + k);
      const bit = ix < 64 ? (S8[16 + 8 * d + (ix >>> 3)] >>> (7 - (ix & 7))) & 1 : 0;
      r |= bit << (7 - k);
    }
    SN[d] = r;
  }
  setDw(m, i.rt + 32, 0, 0, SN[0]); setDw(m, i.rt + 32, 1, 0, SN[1]);
}
/** vclzlsbb / vctzlsbb: count of bytes, from the left or right, whose lsb is 0. */
function lsbb(right: boolean): Handler {
  return (m, i) => {
    let mask = 0;
    for (let k = 0; k < 4; k++) {
      const v = getW(m, i.rb + 32, k);
      mask = (mask << 4) | ((v >>> 21) & 8) | ((v >>> 14) & 4) | ((v >>> 7) & 2) | (v & 1);
    }
    m.gh[i.rt] = 0;
    m.gl[i.rt] = right ? (mask === 0 ? 16 : ctz32(mask)) : Math.clz32(mask) - 16;
  };
}
/** vextu[bhw][lr]x: element of sz bytes at byte index GPR[RA] & 15 (from the right when r). */
function vextx(sz: number, right: boolean): Handler {
  return (m, i) => {
    const ix = m.gl[i.ra] & 15, b = i.rb + 32;
    let v = 0;
    for (let k = 0; k < sz; k++) {
      const p = right ? 16 - sz - ix + k : ix + k;
      v = v * 256 + (p >= 0 && p < 16 ? getB(m, b, p) : 0);
    }
    m.gh[i.rt] = 0; m.gl[i.rt] = v >>> 0;
  };
}
/** vextractu[bhw]/vextractd: sz bytes at UIM to doubleword 0 (right-justified), dw1 = 0. */
function vextract(sz: number): Handler {
  return (m, i) => {
    const u = i.ra & 15, b = i.rb + 32;
    for (let k = 0; k < 8; k++) S8[k] = k >= 8 - sz && u + k - (8 - sz) < 16 ? getB(m, b, u + k - (8 - sz)) : 0;
    for (let k = 8; k < 16; k++) S8[k] = 0;
    fromS8(m, i.rt + 32, 0);
  };
}
/** vinsert[bhwd]: the sz bytes right-justified in VRB dw0 to bytes UIM.. of VRT. */
function vinsert(sz: number): Handler {
  return (m, i) => {
    const u = i.ra & 15, b = i.rb + 32, t = i.rt + 32;
    for (let k = 0; k < sz; k++) SN[k] = getB(m, b, 8 - sz + k);
    for (let k = 0; k < sz && u + k < 16; k++) setB(m, t, u + k, SN[k]);
  };
}

// ---- polynomial multiply-sum, rotate-and-mask ------------------------------------------------

/** Carry-less 32x32 product of a and b as [hi, lo] in R64[0]/R64[1]. */
function clmul32(a: number, b: number): void {
  let h = 0, l = 0;
  for (let j = 0; j < 32; j++) {
    if ((b >>> j) & 1) { l ^= a << j; if (j) h ^= a >>> (32 - j); }
  }
  R64[0] = h >>> 0; R64[1] = l >>> 0;
}
function vpmsum(sz: number): Handler {
  return (m, i) => {
    const a = i.ra + 32, b = i.rb + 32, t = i.rt + 32;
    if (sz === 8) {
      // 128-bit sum of two 64x64 carry-less products, by 32-bit partial products.
      for (let k = 0; k < 4; k++) S32[k] = 0;
      for (let d = 0; d < 2; d++) {
        const ah = dwHi(m, a, d), al = dwLo(m, a, d), bh = dwHi(m, b, d), bl = dwLo(m, b, d);
        clmul32(al, bl); S32[3] ^= R64[1]; S32[2] ^= R64[0];
        clmul32(ah, bl); S32[2] ^= R64[1]; S32[1] ^= R64[0];
        clmul32(al, bh); S32[2] ^= R64[1]; S32[1] ^= R64[0];
        clmul32(ah, bh); S32[1] ^= R64[1]; S32[0] ^= R64[0];
      }
      for (let k = 0; k < 4; k++) setW(m, t, k, S32[k]);
      return;
    }
    const n = 16 / (2 * sz); // result elements of 2*sz bytes
    for (let k = 0; k < n; k++) {
      let h = 0, l = 0;
      for (let j = 0; j < 2; j++) {
        const e = 2 * k + j;
        const x = sz === 1 ? getB(m, a, e) : sz === 2 ? getH(m, a, e) : getW(m, a, e);
        const y = sz === 1 ? getB(m, b, e) : sz === 2 ? getH(m, b, e) : getW(m, b, e);
        clmul32(x, y); h ^= R64[0]; l ^= R64[1];
      }
      SN[2 * k] = h >>> 0; SN[2 * k + 1] = l >>> 0;
    }
    for (let k = 0; k < n; k++) {
      if (sz === 1) setH(m, t, k, SN[2 * k + 1]);
      else if (sz === 2) setW(m, t, k, SN[2 * k + 1]);
      else setDw(m, t, k, SN[2 * k], SN[2 * k + 1]);
    }
  };
}
/** 32-bit mask of ISA bits mb..me (wrapping when mb > me). */
function maskW(mb: number, me: number): number {
  const x = 0xffffffff >>> mb, y = (0xffffffff << (31 - me)) >>> 0;
  return (mb <= me ? x & y : x | y) >>> 0;
}
function vrlw(insert: boolean): Handler {
  return (m, i) => {
    const W = m.st.vsrU32, t = (i.rt + 32) << 2, a = (i.ra + 32) << 2, b = (i.rb + 32) << 2;
    for (let k = 0; k < 4; k++) {
      const v = W[a + k], c = W[b + k], s = c & 31;
      const r = s ? ((v << s) | (v >>> (32 - s))) >>> 0 : v;
      const mk = maskW((c >>> 16) & 31, (c >>> 8) & 31);
      W[t + k] = insert ? (r & mk) | (W[t + k] & ~mk) : r & mk;
    }
  };
}
function vrld(insert: boolean): Handler {
  return (m, i) => {
    const a = i.ra + 32, b = i.rb + 32, t = i.rt + 32;
    for (let d = 0; d < 2; d++) {
      const c = dwLo(m, b, d), s = c & 63, mb = (c >>> 16) & 63, me = (c >>> 8) & 63;
      const ah = dwHi(m, a, d), al = dwLo(m, a, d);
      shl64(ah, al, s); const h = R64[0], l = R64[1];
      shr64(ah, al, (64 - s) & 63, false);
      const rh = s ? (h | R64[0]) >>> 0 : ah, rl = s ? (l | R64[1]) >>> 0 : al;
      // mask of ISA bits mb..me of the doubleword (wrapping when mb > me)
      let mh: number, ml: number;
      const xh = mb < 32 ? 0xffffffff >>> mb : 0, xl = mb < 32 ? 0xffffffff : 0xffffffff >>> (mb - 32);
      const yh = me < 32 ? (0xffffffff << (31 - me)) >>> 0 : 0xffffffff, yl = me < 32 ? 0 : (0xffffffff << (63 - me)) >>> 0;
      if (mb <= me) { mh = xh & yh; ml = xl & yl; } else { mh = xh | yh; ml = xl | yl; }
      const th = dwHi(m, t, d), tl = dwLo(m, t, d);
      setDw(m, t, d, insert ? ((rh & mh) | (th & ~mh)) >>> 0 : (rh & mh) >>> 0,
        insert ? ((rl & ml) | (tl & ~ml)) >>> 0 : (rl & ml) >>> 0);
    }
  };
}

// ---- AES and SHA-2 helpers (ISA 2.07 crypto) ----------------------------------------------

/** GF(2^8) multiply modulo x^8 + x^4 + x^3 + x + 1. */
function gmul(a: number, b: number): number {
  let r = 0;
  for (; b; b >>>= 1) {
    if (b & 1) r ^= a;
    a = (a << 1) ^ (a & 0x80 ? 0x11b : 0);
  }
  return r;
}
/**
 * The AES S-box and its inverse, computed on the first AES instruction (multiplicative inverse,
 * then the affine map); not at start-up: 32 K gmul calls before the first guest instruction.
 */
let SBOX: Uint8Array | undefined, INV_SBOX: Uint8Array | undefined;
function sboxes(): void {
  const fwd = new Uint8Array(256), inv8 = new Uint8Array(256);
  for (let x = 0; x < 256; x++) {
    let inv = 0;
    if (x) for (let y = 1; y < 256; y++) if (gmul(x, y) === 1) { inv = y; break; }
    let v = inv;
    for (let k = 1; k <= 4; k++) v ^= ((inv << k) | (inv >>> (8 - k))) & 0xff;
    v ^= 0x63;
    fwd[x] = v; inv8[v] = x;
  }
  SBOX = fwd; INV_SBOX = inv8;
}
/**
 * One AES round on VRA (state bytes in ISA order, column-major) with round key VRB.
 * inverse: InvShiftRows, InvSubBytes, AddRoundKey, InvMixColumns; forward: SubBytes, ShiftRows,
 * MixColumns, AddRoundKey. `mix` false omits the (Inv)MixColumns step (the *last forms).
 */
function aes(inverse: boolean, mix: boolean, key: boolean): Handler {
  return (m, i) => {
    if (SBOX === undefined) sboxes();
    const box = (inverse ? INV_SBOX : SBOX)!;
    toS8(m, i.ra + 32, 0); toS8(m, i.rb + 32, 16);
    for (let c = 0; c < 4; c++) {
      for (let r = 0; r < 4; r++) {
        const src = 4 * ((inverse ? c - r + 4 : c + r) & 3) + r;
        S8[32 + 4 * c + r] = box[S8[src]];
      }
    }
    if (inverse && key) for (let k = 0; k < 16; k++) S8[32 + k] ^= S8[16 + k];
    if (mix) {
      for (let c = 0; c < 4; c++) {
        const o = 32 + 4 * c, a0 = S8[o], a1 = S8[o + 1], a2 = S8[o + 2], a3 = S8[o + 3];
        if (inverse) {
          S8[o] = gmul(a0, 14) ^ gmul(a1, 11) ^ gmul(a2, 13) ^ gmul(a3, 9);
          S8[o + 1] = gmul(a0, 9) ^ gmul(a1, 14) ^ gmul(a2, 11) ^ gmul(a3, 13);
          S8[o + 2] = gmul(a0, 13) ^ gmul(a1, 9) ^ gmul(a2, 14) ^ gmul(a3, 11);
          S8[o + 3] = gmul(a0, 11) ^ gmul(a1, 13) ^ gmul(a2, 9) ^ gmul(a3, 14);
        } else {
          S8[o] = gmul(a0, 2) ^ gmul(a1, 3) ^ a2 ^ a3;
          S8[o + 1] = a0 ^ gmul(a1, 2) ^ gmul(a2, 3) ^ a3;
          S8[o + 2] = a0 ^ a1 ^ gmul(a2, 2) ^ gmul(a3, 3);
          S8[o + 3] = gmul(a0, 3) ^ a1 ^ a2 ^ gmul(a3, 2);
        }
      }
    }
    if (!inverse && key) for (let k = 0; k < 16; k++) S8[32 + k] ^= S8[16 + k];
    fromS8(m, i.rt + 32, 32);
  };
}
function vsbox(m: Machine, i: Insn): void {
  if (SBOX === undefined) sboxes();
  const box = SBOX!;
  toS8(m, i.ra + 32, 0);
  for (let k = 0; k < 16; k++) S8[32 + k] = box[S8[k]];
  fromS8(m, i.rt + 32, 32);
}
const rotr32 = (x: number, n: number): number => ((x >>> n) | (x << (32 - n))) >>> 0;
/** vshasigmaw: SHA-256 sigma functions per word; ST selects sigma/Sigma, SIX bit i selects 0/1. */
function vshasigmaw(m: Machine, i: Insn): void {
  const st = (i.word >>> 15) & 1, six = (i.word >>> 11) & 15;
  for (let k = 0; k < 4; k++) {
    const x = getW(m, i.ra + 32, k), one = (six >>> (3 - k)) & 1;
    SN[k] = st === 0
      ? (one ? rotr32(x, 17) ^ rotr32(x, 19) ^ (x >>> 10) : rotr32(x, 7) ^ rotr32(x, 18) ^ (x >>> 3))
      : (one ? rotr32(x, 6) ^ rotr32(x, 11) ^ rotr32(x, 25) : rotr32(x, 2) ^ rotr32(x, 13) ^ rotr32(x, 22));
  }
  for (let k = 0; k < 4; k++) setW(m, i.rt + 32, k, SN[k] >>> 0);
}
/** 64-bit rotate right of (h, l) by n into R64[0]/R64[1]. */
function rotr64(h: number, l: number, n: number): void {
  if (n >= 32) { const t = h; h = l; l = t; n -= 32; }
  if (n === 0) { R64[0] = h; R64[1] = l; return; }
  R64[0] = ((h >>> n) | (l << (32 - n))) >>> 0; R64[1] = ((l >>> n) | (h << (32 - n))) >>> 0;
}
/** Rotate amounts of SHA-512's sigma0, sigma1, Sigma0, Sigma1 (negative: plain shift right). */
const SIGMA64: readonly (readonly number[])[] = [[1, 8, -7], [19, 61, -6], [28, 34, 39], [14, 18, 41]];
/** vshasigmad: SHA-512 sigma functions per doubleword (SIX bits 0 and 2 select 0/1). */
function vshasigmad(m: Machine, i: Insn): void {
  const st = (i.word >>> 15) & 1, six = (i.word >>> 11) & 15;
  for (let d = 0; d < 2; d++) {
    const h = dwHi(m, i.ra + 32, d), l = dwLo(m, i.ra + 32, d), one = (six >>> (3 - 2 * d)) & 1;
    const r = SIGMA64[2 * st + one];
    let xh = 0, xl = 0;
    for (let k = 0; k < 3; k++) {
      if (r[k] < 0) shr64(h, l, -r[k], false); else rotr64(h, l, r[k]);
      xh ^= R64[0]; xl ^= R64[1];
    }
    SN[2 * d] = xh >>> 0; SN[2 * d + 1] = xl >>> 0;
  }
  setDw(m, i.rt + 32, 0, SN[0], SN[1]); setDw(m, i.rt + 32, 1, SN[2], SN[3]);
}

// ---- VSCR ---------------------------------------------------------------------------------

function mfvscr(m: Machine, i: Insn): void {
  const t = i.rt + 32;
  zeroVsr(m, t);
  setW(m, t, 3, m.s32[Spr32.VSCR] & (VSCR_NJ | 1));
}
function mtvscr(m: Machine, i: Insn): void {
  m.s32[Spr32.VSCR] = getW(m, i.rb + 32, 3) & (VSCR_NJ | 1);
}

// ---- loads and stores ---------------------------------------------------------------------

function lvx(m: Machine, i: Insn): void {
  const ea = eaX(m, i);
  loadQuad(m, ea - (ea & 15), i.rt + 32);
}
function stvx(m: Machine, i: Insn): void {
  const ea = eaX(m, i);
  storeQuad(m, ea - (ea & 15), i.rt + 32);
}
/** Element load/store of sz bytes; the element index follows the EA (mirrored in LE mode). */
function lve(sz: number): Handler {
  return (m, i) => {
    let ea = eaX(m, i);
    ea -= ea & (sz - 1);
    const n = 16 / sz, k0 = (ea & 15) / sz, k = m.mem.le ? n - 1 - k0 : k0, t = i.rt + 32;
    if (sz === 1) setB(m, t, k, m.mem.read8(ea));
    else if (sz === 2) setH(m, t, k, m.mem.read16(ea));
    else setW(m, t, k, m.mem.read32(ea));
  };
}
function stve(sz: number): Handler {
  return (m, i) => {
    let ea = eaX(m, i);
    ea -= ea & (sz - 1);
    const n = 16 / sz, k0 = (ea & 15) / sz, k = m.mem.le ? n - 1 - k0 : k0, t = i.rt + 32;
    if (sz === 1) m.mem.write8(ea, getB(m, t, k));
    else if (sz === 2) m.mem.write16(ea, getH(m, t, k));
    else m.mem.write32(ea, getW(m, t, k));
  };
}
/** lvsl/lvsr: only EA's low 4 bits matter, taken from the low words (eaX's Number is exact only
 * below 2^53, and these compute, not access, so any address is valid). */
const nop: Handler = () => {};
function lvsl(right: boolean): Handler {
  return (m, i) => {
    const s = ((i.ra === 0 ? 0 : m.gl[i.ra]) + m.gl[i.rb]) & 15, t = i.rt + 32, b0 = right ? 16 - s : s;
    for (let k = 0; k < 4; k++) setW(m, t, k, ((b0 + 4 * k) * 0x01010101 + 0x00010203) >>> 0);
  };
}

// ---- element operations --------------------------------------------------------------------

const sb8 = (x: number): number => x & 0xff;
const avgU = (a: number, b: number): number => Math.floor((a + b + 1) / 2);
const clz8 = (x: number): number => Math.clz32(x) - 24;
const clz16 = (x: number): number => Math.clz32(x) - 16;
const ctz8 = (x: number): number => (x === 0 ? 8 : ctz32(x));
const ctz16 = (x: number): number => (x === 0 ? 16 : ctz32(x));
const pop8 = (x: number): number => popcnt32(x);
const rot = (w: number) => (a: number, b: number): number => {
  const s = b & (w - 1);
  return w === 32 ? ((a << s) | (a >>> (32 - s))) >>> 0 : ((a << s) | (a >>> (w - s))) & ((1 << w) - 1);
};
const prty = (x: number): number => {
  x ^= x >>> 16; x ^= x >>> 8; return x & 1;
};

function vprtyb(m: Machine, i: Insn, w: number): void {
  const b = i.rb + 32, t = i.rt + 32;
  if (w === 4) { for (let k = 0; k < 4; k++) setW(m, t, k, prty(getW(m, b, k) & 0x01010101)); return; }
  const p0 = prty(dwHi(m, b, 0) & 0x01010101) ^ prty(dwLo(m, b, 0) & 0x01010101);
  const p1 = prty(dwHi(m, b, 1) & 0x01010101) ^ prty(dwLo(m, b, 1) & 0x01010101);
  if (w === 8) { setDw(m, t, 0, 0, p0); setDw(m, t, 1, 0, p1); } else { setDw(m, t, 0, 0, 0); setDw(m, t, 1, 0, p0 ^ p1); }
}

function vextsTo(m: Machine, i: Insn, from: number, to: number): void {
  const b = i.rb + 32, t = i.rt + 32;
  if (to === 4) {
    for (let k = 0; k < 4; k++) { const w = getW(m, b, k); setW(m, t, k, (from === 1 ? sb(w) : sh(w)) >>> 0); }
  } else {
    for (let d = 0; d < 2; d++) {
      const l = dwLo(m, b, d), v = from === 1 ? sb(l) : from === 2 ? sh(l) : l | 0;
      setDw(m, t, d, v < 0 ? 0xffffffff : 0, v >>> 0);
    }
  }
}

// ---- single-precision FP (VMX rules: round to nearest even, no exceptions, VSCR[NJ]) ----------
//
// With VSCR[NJ] = 1 denormal inputs are taken as zero and tiny results are flushed to zero (sign
// kept). NaN results: the first NaN operand (VRA, VRB, VRC order), quieted; else the default NaN.

const FB = new Float32Array(1);
const FU = new Uint32Array(FB.buffer);
const DB = new Float64Array(1);
const DU = new Uint32Array(DB.buffer);
const DLO = HOST_LE ? 0 : 1;
const QNAN = 0x7fc00000;
const isNaN32 = (u: number): boolean => (u & 0x7f800000) === 0x7f800000 && (u & 0x7fffff) !== 0;
const TINY = 2 ** -126;

/** Float bits to a number, flushing denormals under NJ. */
function toF(u: number, nj: number): number {
  if (nj && (u & 0x7f800000) === 0) return u & 0x80000000 ? -0 : 0;
  FU[0] = u;
  return FB[0];
}
/** A number (exact or double-rounded with round-to-odd) to float bits, flushing tiny results under NJ. */
function fromF(x: number, nj: number): number {
  if (x !== x) return QNAN;
  if (nj && x !== 0 && x < TINY && x > -TINY) return x < 0 ? 0x80000000 : 0;
  FB[0] = x;
  return FU[0];
}
/** Round-to-odd correction: s = fl(p + q) with rounding error err; returns s with a sticky lsb. */
function stickyOdd(s: number, err: number): number {
  if (err === 0 || s !== s || !Number.isFinite(s)) return s;
  DB[0] = s;
  if (DU[DLO] & 1) return s;
  const away = (err > 0) === (s > 0);
  // Step one ulp toward the exact value: the result is odd and still brackets it.
  const lo = DU[DLO], hi = DU[1 - DLO];
  if (away) { DU[DLO] = lo + 1; if (lo === 0xffffffff) DU[1 - DLO] = hi + 1; }
  else { DU[DLO] = lo - 1; if (lo === 0) DU[1 - DLO] = hi - 1; }
  return DB[0];
}
/** Fused a*c + b rounded once to single: the product is exact in double, the sum rounded to odd. */
function fmaF(a: number, c: number, b: number): number {
  const p = a * c;
  const s = p + b;
  if (!Number.isFinite(s)) return s;
  const bb = s - p;
  const err = (p - (s - bb)) + (b - bb);
  return stickyOdd(s, err);
}

/** vaddfp / vsubfp (a - b is a + (-b) in IEEE arithmetic): their own handlers, as the hottest
 * VMX FP rows, so that no operator closure is called per lane. */
function addSubFp(m: Machine, i: Insn, sub: boolean): void {
  const W = m.st.vsrU32, t = (i.rt + 32) << 2, a = (i.ra + 32) << 2, b = (i.rb + 32) << 2;
  const nj = m.s32[Spr32.VSCR] & VSCR_NJ;
  for (let k = 0; k < 4; k++) {
    const ua = W[a + k], ub = W[b + k];
    if (isNaN32(ua)) W[t + k] = ua | 0x400000;
    else if (isNaN32(ub)) W[t + k] = ub | 0x400000;
    else { const y = toF(ub, nj); W[t + k] = fromF(toF(ua, nj) + (sub ? -y : y), nj); }
  }
}
function vaddfp(m: Machine, i: Insn): void { addSubFp(m, i, false); }
function vsubfp(m: Machine, i: Insn): void { addSubFp(m, i, true); }

type FOp = (a: number, b: number) => number;
function fp2(f: FOp): Handler {
  return (m, i) => {
    const W = m.st.vsrU32, t = (i.rt + 32) << 2, a = (i.ra + 32) << 2, b = (i.rb + 32) << 2;
    const nj = m.s32[Spr32.VSCR] & VSCR_NJ;
    for (let k = 0; k < 4; k++) {
      const ua = W[a + k], ub = W[b + k];
      W[t + k] = isNaN32(ua) ? ua | 0x400000 : isNaN32(ub) ? ub | 0x400000 : fromF(f(toF(ua, nj), toF(ub, nj)), nj);
    }
  };
}
function fp1(f: (b: number) => number): Handler {
  return (m, i) => {
    const W = m.st.vsrU32, t = (i.rt + 32) << 2, b = (i.rb + 32) << 2;
    const nj = m.s32[Spr32.VSCR] & VSCR_NJ;
    for (let k = 0; k < 4; k++) {
      const ub = W[b + k];
      W[t + k] = isNaN32(ub) ? ub | 0x400000 : fromF(f(toF(ub, nj)), nj);
    }
  };
}
/** vmaddfp / vnmsubfp: VRA*VRC + VRB (negated for vnmsubfp, with -VRB). */
function fma(neg: boolean): Handler {
  return (m, i) => {
    const W = m.st.vsrU32, t = (i.rt + 32) << 2, a = (i.ra + 32) << 2, b = (i.rb + 32) << 2, c = (i.rc + 32) << 2;
    const nj = m.s32[Spr32.VSCR] & VSCR_NJ;
    for (let k = 0; k < 4; k++) {
      const ua = W[a + k], ub = W[b + k], uc = W[c + k];
      if (isNaN32(ua)) W[t + k] = ua | 0x400000;
      else if (isNaN32(ub)) W[t + k] = ub | 0x400000;
      else if (isNaN32(uc)) W[t + k] = uc | 0x400000;
      else {
        const bv = toF(ub, nj);
        const r = fromF(fmaF(toF(ua, nj), toF(uc, nj), neg ? -bv : bv), nj);
        W[t + k] = neg && r !== QNAN ? (r ^ 0x80000000) >>> 0 : r;
      }
    }
  };
}
const maxF: FOp = (a, b) => (a > b || (a === b && !Object.is(a, -0)) ? a : b);
const minF: FOp = (a, b) => (a < b || (a === b && Object.is(a, -0)) ? a : b);
const rfin = (x: number): number => {
  if (!Number.isFinite(x)) return x;
  const f = Math.floor(x), d = x - f;
  const r = d > 0.5 ? f + 1 : d < 0.5 ? f : f % 2 === 0 ? f : f + 1;
  return r === 0 && (x < 0 || Object.is(x, -0)) ? -0 : r;
};
const rsqrte = (x: number): number => 1 / Math.fround(Math.sqrt(x));

function vcfx(signed: boolean): Handler {
  return (m, i) => {
    const W = m.st.vsrU32, t = (i.rt + 32) << 2, b = (i.rb + 32) << 2, sc = 2 ** -(i.ra & 31);
    for (let k = 0; k < 4; k++) W[t + k] = fromF(Math.fround(signed ? W[b + k] | 0 : W[b + k]) * sc, 0);
  };
}
function vctx(signed: boolean): Handler {
  return (m, i) => {
    clearSat();
    const W = m.st.vsrU32, t = (i.rt + 32) << 2, b = (i.rb + 32) << 2, sc = 2 ** (i.ra & 31);
    const nj = m.s32[Spr32.VSCR] & VSCR_NJ;
    for (let k = 0; k < 4; k++) {
      const u = W[b + k];
      if (isNaN32(u)) { W[t + k] = 0; continue; }
      const x = Math.trunc(toF(u, nj) * sc);
      W[t + k] = signed ? satS(x, -0x80000000, 0x7fffffff) : satU(x, 0xffffffff);
    }
    flushSat(m);
  };
}
function fcmp(f: (a: number, b: number) => boolean): Handler {
  return (m, i) => {
    const W = m.st.vsrU32, t = (i.rt + 32) << 2, a = (i.ra + 32) << 2, b = (i.rb + 32) << 2;
    const nj = m.s32[Spr32.VSCR] & VSCR_NJ;
    for (let k = 0; k < 4; k++) W[t + k] = f(toF(W[a + k], nj), toF(W[b + k], nj)) ? 0xffffffff : 0;
    if (i.rec) cr6FromVsr(m, i.rt + 32);
  };
}
function vcmpbfp(m: Machine, i: Insn): void {
  const W = m.st.vsrU32, t = (i.rt + 32) << 2, a = (i.ra + 32) << 2, b = (i.rb + 32) << 2;
  const nj = m.s32[Spr32.VSCR] & VSCR_NJ;
  let any = 0;
  for (let k = 0; k < 4; k++) {
    const x = toF(W[a + k], nj), y = toF(W[b + k], nj);
    const r = (x <= y ? 0 : 0x80000000) | (x >= -y ? 0 : 0x40000000);
    W[t + k] = r;
    any |= r;
  }
  if (i.rec) m.setCrField(6, any === 0 ? 2 : 0);
}

// ---- rows ---------------------------------------------------------------------------------

const V3 = 'vrt,vra,vrb';
const vx = (mnem: string, xo: number, feature: Feature, h: Handler, ops = V3, fixed?: [number, number]): Row =>
  ({ mnem, form: 'VX', opcd: 4, xo, ops, feature, h, fixed });
const va = (mnem: string, xo: number, feature: Feature, h: Handler, ops = 'vrt,vra,vrb,vrc'): Row =>
  ({ mnem, form: 'VA', opcd: 4, xo, ops, feature, h });
const vc = (mnem: string, xo: number, feature: Feature, h: Handler): Row =>
  ({ mnem, form: 'VC', opcd: 4, xo, ops: V3, feature, h, flags: Flag.RC21 });
const xl = (mnem: string, xo: number, h: Handler, ops = 'vrt,ra0,rb'): Row =>
  ({ mnem, form: 'X', opcd: 31, xo, ops, feature: 'altivec', h });
/** VX rows sharing xo 1538/1540 with a sub-opcode in the VRA field. */
const vxs = (mnem: string, xo: number, sub: number, feature: Feature, h: Handler, ops = 'vrt,vrb'): Row =>
  vx(mnem, xo, feature, h, ops, fixedBits(bits(11, 15, sub)));

const A = 'altivec', A7 = 'vmx_207', A9 = 'vmx_300';

const baseRows: Row[] = [
  // loads / stores
  xl('lvsl', 6, lvsl(false)), xl('lvsr', 38, lvsl(true)),
  xl('lvebx', 7, lve(1)), xl('lvehx', 39, lve(2)), xl('lvewx', 71, lve(4)),
  xl('lvx', 103, lvx), xl('lvxl', 359, lvx),
  // data stream touch / stop (hints: no-ops, as on the POWER chips, which ignore them)
  { ...xl('dst', 342, nop, 'ra,rb,strm'), fixed: bits(6, 6, 0) }, { ...xl('dstt', 342, nop, 'ra,rb,strm'), fixed: bits(6, 6, 1) },
  { ...xl('dstst', 374, nop, 'ra,rb,strm'), fixed: bits(6, 6, 0) }, { ...xl('dststt', 374, nop, 'ra,rb,strm'), fixed: bits(6, 6, 1) },
  { ...xl('dss', 822, nop, 'strm'), fixed: bits(6, 6, 0) }, { ...xl('dssall', 822, nop, ''), fixed: fixedBits(bits(6, 6, 1), bits(9, 10, 0)) },
  xl('stvebx', 135, stve(1), 'vrs,ra0,rb'), xl('stvehx', 167, stve(2), 'vrs,ra0,rb'),
  xl('stvewx', 199, stve(4), 'vrs,ra0,rb'),
  xl('stvx', 231, stvx, 'vrs,ra0,rb'), xl('stvxl', 487, stvx, 'vrs,ra0,rb'),
  vx('mfvscr', 1540, A, mfvscr, 'vrt'), vx('mtvscr', 1604, A, mtvscr, 'vrb'),

  // modulo add / subtract
  vx('vaddubm', 0, A, e8((a, b) => a + b)),
  vx('vadduhm', 64, A, e16((a, b) => a + b)),
  vx('vadduwm', 128, A, e32((a, b) => a + b)),
  vx('vaddudm', 192, A7, h64(add64)),
  vx('vadduqm', 256, A7, quad(false, false, false)),
  vx('vaddcuq', 320, A7, quad(false, true, false)),
  vx('vaddcuw', 384, A, e32((a, b) => (a + b > 0xffffffff ? 1 : 0))),
  vx('vsububm', 1024, A, e8((a, b) => a - b)),
  vx('vsubuhm', 1088, A, e16((a, b) => a - b)),
  vx('vsubuwm', 1152, A, e32((a, b) => a - b)),
  vx('vsubudm', 1216, A7, h64(sub64)),
  vx('vsubuqm', 1280, A7, quad(true, false, false)),
  vx('vsubcuq', 1344, A7, quad(true, true, false)),
  vx('vsubcuw', 1408, A, e32((a, b) => (a >= b ? 1 : 0))),
  va('vaddeuqm', 60, A7, quad(false, false, true)), va('vaddecuq', 61, A7, quad(false, true, true)),
  va('vsubeuqm', 62, A7, quad(true, false, true)), va('vsubecuq', 63, A7, quad(true, true, true)),
  // saturating add / subtract
  vx('vaddubs', 512, A, sat(ew8, (a, b) => satU(a + b, 0xff))),
  vx('vadduhs', 576, A, sat(ew16, (a, b) => satU(a + b, 0xffff))),
  vx('vadduws', 640, A, sat(ew32, (a, b) => satU(a + b, 0xffffffff))),
  vx('vaddsbs', 768, A, sat(ew8, (a, b) => satS(sb(a) + sb(b), -128, 127) & 0xff)),
  vx('vaddshs', 832, A, sat(ew16, (a, b) => satS(sh(a) + sh(b), -0x8000, 0x7fff) & 0xffff)),
  vx('vaddsws', 896, A, sat(ew32, (a, b) => satS((a | 0) + (b | 0), -0x80000000, 0x7fffffff))),
  vx('vsububs', 1536, A, sat(ew8, (a, b) => satU(a - b, 0xff))),
  vx('vsubuhs', 1600, A, sat(ew16, (a, b) => satU(a - b, 0xffff))),
  vx('vsubuws', 1664, A, sat(ew32, (a, b) => satU(a - b, 0xffffffff))),
  vx('vsubsbs', 1792, A, sat(ew8, (a, b) => satS(sb(a) - sb(b), -128, 127) & 0xff)),
  vx('vsubshs', 1856, A, sat(ew16, (a, b) => satS(sh(a) - sh(b), -0x8000, 0x7fff) & 0xffff)),
  vx('vsubsws', 1920, A, sat(ew32, (a, b) => satS((a | 0) - (b | 0), -0x80000000, 0x7fffffff))),
  // max / min / average / absolute difference
  vx('vmaxub', 2, A, e8((a, b) => (a > b ? a : b))),
  vx('vmaxuh', 66, A, e16((a, b) => (a > b ? a : b))),
  vx('vmaxuw', 130, A, e32((a, b) => (a > b ? a : b))),
  vx('vmaxud', 194, A7, h64((ah, al, bh, bl) => { if (ltU64(ah, al, bh, bl)) { R64[0] = bh; R64[1] = bl; } else { R64[0] = ah; R64[1] = al; } })),
  vx('vmaxsb', 258, A, e8((a, b) => (sb(a) > sb(b) ? a : b))),
  vx('vmaxsh', 322, A, e16((a, b) => (sh(a) > sh(b) ? a : b))),
  vx('vmaxsw', 386, A, e32((a, b) => ((a | 0) > (b | 0) ? a : b))),
  vx('vmaxsd', 450, A7, h64((ah, al, bh, bl) => { if (ltS64(ah, al, bh, bl)) { R64[0] = bh; R64[1] = bl; } else { R64[0] = ah; R64[1] = al; } })),
  vx('vminub', 514, A, e8((a, b) => (a < b ? a : b))),
  vx('vminuh', 578, A, e16((a, b) => (a < b ? a : b))),
  vx('vminuw', 642, A, e32((a, b) => (a < b ? a : b))),
  vx('vminud', 706, A7, h64((ah, al, bh, bl) => { if (ltU64(ah, al, bh, bl)) { R64[0] = ah; R64[1] = al; } else { R64[0] = bh; R64[1] = bl; } })),
  vx('vminsb', 770, A, e8((a, b) => (sb(a) < sb(b) ? a : b))),
  vx('vminsh', 834, A, e16((a, b) => (sh(a) < sh(b) ? a : b))),
  vx('vminsw', 898, A, e32((a, b) => ((a | 0) < (b | 0) ? a : b))),
  vx('vminsd', 962, A7, h64((ah, al, bh, bl) => { if (ltS64(ah, al, bh, bl)) { R64[0] = ah; R64[1] = al; } else { R64[0] = bh; R64[1] = bl; } })),
  vx('vavgub', 1026, A, e8(avgU)),
  vx('vavguh', 1090, A, e16(avgU)),
  vx('vavguw', 1154, A, e32(avgU)),
  vx('vavgsb', 1282, A, e8((a, b) => avgU(sb(a), sb(b)) & 0xff)),
  vx('vavgsh', 1346, A, e16((a, b) => avgU(sh(a), sh(b)) & 0xffff)),
  vx('vavgsw', 1410, A, e32((a, b) => avgU(a | 0, b | 0) >>> 0)),
  vx('vabsdub', 1027, A9, e8((a, b) => Math.abs(a - b))),
  vx('vabsduh', 1091, A9, e16((a, b) => Math.abs(a - b))),
  vx('vabsduw', 1155, A9, e32((a, b) => Math.abs(a - b))),
  // logical
  vx('vand', 1028, A, e32((a, b) => a & b)),
  vx('vandc', 1092, A, e32((a, b) => a & ~b)),
  vx('vor', 1156, A, e32((a, b) => a | b)),
  vx('vxor', 1220, A, e32((a, b) => a ^ b)),
  vx('vnor', 1284, A, e32((a, b) => ~(a | b))),
  vx('vorc', 1348, A7, e32((a, b) => a | ~b)),
  vx('vnand', 1412, A7, e32((a, b) => ~(a & b))),
  vx('veqv', 1668, A7, e32((a, b) => ~(a ^ b))),
  va('vsel', 42, A, (m, i) => {
    const W = m.st.vsrU32, t = (i.rt + 32) << 2, a = (i.ra + 32) << 2, b = (i.rb + 32) << 2, c = (i.rc + 32) << 2;
    for (let k = 0; k < 4; k++) W[t + k] = (W[a + k] & ~W[c + k]) | (W[b + k] & W[c + k]);
  }),
  // rotates and shifts by element
  vx('vrlb', 4, A, e8(rot(8))),
  vx('vrlh', 68, A, e16(rot(16))),
  vx('vrlw', 132, A, e32(rot(32))),
  vx('vrld', 196, A7, h64((ah, al, bh, bl) => {
    const s = bl & 63; shl64(ah, al, s); const h = R64[0], l = R64[1]; shr64(ah, al, (64 - s) & 63, false);
    if (s === 0) { R64[0] = ah; R64[1] = al; } else { R64[0] = (R64[0] | h) >>> 0; R64[1] = (R64[1] | l) >>> 0; }
  })),
  vx('vslb', 260, A, e8((a, b) => a << (b & 7))),
  vx('vslh', 324, A, e16((a, b) => a << (b & 15))),
  vx('vslw', 388, A, e32((a, b) => a << (b & 31))),
  vx('vsld', 1476, A7, h64((ah, al, _bh, bl) => shl64(ah, al, bl & 63))),
  vx('vsrb', 516, A, e8((a, b) => a >>> (b & 7))),
  vx('vsrh', 580, A, e16((a, b) => a >>> (b & 15))),
  vx('vsrw', 644, A, e32((a, b) => a >>> (b & 31))),
  vx('vsrd', 1732, A7, h64((ah, al, _bh, bl) => shr64(ah, al, bl & 63, false))),
  vx('vsrab', 772, A, e8((a, b) => sb(a) >> (b & 7))),
  vx('vsrah', 836, A, e16((a, b) => sh(a) >> (b & 15))),
  vx('vsraw', 900, A, e32((a, b) => a >> (b & 31))),
  vx('vsrad', 964, A7, h64((ah, al, _bh, bl) => shr64(ah, al, bl & 63, true))),
  // whole-register shifts
  vx('vsl', 452, A, vshift(true, false)), vx('vsr', 708, A, vshift(false, false)),
  vx('vslo', 1036, A, vshift(true, true)), vx('vsro', 1100, A, vshift(false, true)),
  vx('vslv', 1860, A9, vshiftv(true)), vx('vsrv', 1796, A9, vshiftv(false)),
  va('vsldoi', 44, A, vsldoi, 'vrt,vra,vrb,shb'),
  // permutes, merges, splats
  va('vperm', 43, A, (m, i) => vperm(m, i, false)),
  va('vpermr', 59, A9, (m, i) => vperm(m, i, true)),
  va('vpermxor', 45, A7, vpermxor),
  vx('vmrghb', 12, A, merge(1, false)), vx('vmrghh', 76, A, merge(2, false)), vx('vmrghw', 140, A, merge(4, false)),
  vx('vmrglb', 268, A, merge(1, true)), vx('vmrglh', 332, A, merge(2, true)), vx('vmrglw', 396, A, merge(4, true)),
  vx('vmrgew', 1932, A7, mergeEO(0)), vx('vmrgow', 1676, A7, mergeEO(1)),
  vx('vspltb', 524, A, splat(1), 'vrt,vrb,uim'), vx('vsplth', 588, A, splat(2), 'vrt,vrb,uim'),
  vx('vspltw', 652, A, splat(4), 'vrt,vrb,uim'),
  vx('vspltisb', 780, A, splatImm(1), 'vrt,sim'), vx('vspltish', 844, A, splatImm(2), 'vrt,sim'),
  vx('vspltisw', 908, A, splatImm(4), 'vrt,sim'),
  // pack / unpack
  vx('vpkuhum', 14, A, pack(2, sb8)),
  vx('vpkuwum', 78, A, pack(4, (v) => v & 0xffff)),
  vx('vpkuhus', 142, A, pack(2, (v) => satU(v, 0xff))),
  vx('vpkuwus', 206, A, pack(4, (v) => satU(v, 0xffff))),
  vx('vpkshus', 270, A, pack(2, (v) => satU(sh(v), 0xff))),
  vx('vpkswus', 334, A, pack(4, (v) => satU(v | 0, 0xffff))),
  vx('vpkshss', 398, A, pack(2, (v) => satS(sh(v), -128, 127) & 0xff)),
  vx('vpkswss', 462, A, pack(4, (v) => satS(v | 0, -0x8000, 0x7fff) & 0xffff)),
  vx('vpkudum', 1102, A7, packD((_h, l) => l)),
  vx('vpkudus', 1230, A7, packD(pkUD)),
  vx('vpksdus', 1358, A7, packD(pkSDU)),
  vx('vpksdss', 1486, A7, packD(pkSDS)),
  vx('vpkpx', 782, A, vpkpx),
  vx('vupkhsb', 526, A, unpack(1, false), 'vrt,vrb'), vx('vupklsb', 654, A, unpack(1, true), 'vrt,vrb'),
  vx('vupkhsh', 590, A, unpack(2, false), 'vrt,vrb'), vx('vupklsh', 718, A, unpack(2, true), 'vrt,vrb'),
  vx('vupkhsw', 1614, A7, unpack(4, false), 'vrt,vrb'), vx('vupklsw', 1742, A7, unpack(4, true), 'vrt,vrb'),
  vx('vupkhpx', 846, A, unpackPx(false), 'vrt,vrb'), vx('vupklpx', 974, A, unpackPx(true), 'vrt,vrb'),
  // multiply, multiply-sum, sum across
  vx('vmuleub', 520, A, mulEO(1, false, 0)), vx('vmuloub', 8, A, mulEO(1, false, 1)),
  vx('vmulesb', 776, A, mulEO(1, true, 0)), vx('vmulosb', 264, A, mulEO(1, true, 1)),
  vx('vmuleuh', 584, A, mulEO(2, false, 0)), vx('vmulouh', 72, A, mulEO(2, false, 1)),
  vx('vmulesh', 840, A, mulEO(2, true, 0)), vx('vmulosh', 328, A, mulEO(2, true, 1)),
  vx('vmuleuw', 648, A7, mulEO(4, false, 0)), vx('vmulouw', 136, A7, mulEO(4, false, 1)),
  vx('vmulesw', 904, A7, mulEO(4, true, 0)), vx('vmulosw', 392, A7, mulEO(4, true, 1)),
  vx('vmuluwm', 137, A7, e32((a, b) => Math.imul(a, b))),
  va('vmhaddshs', 32, A, vmsum('mhaddshs')), va('vmhraddshs', 33, A, vmsum('mhraddshs')),
  va('vmladduhm', 34, A, vmsum('mladduhm')),
  va('vmsumubm', 36, A, vmsum('ubm')), va('vmsummbm', 37, A, vmsum('mbm')),
  va('vmsumuhm', 38, A, vmsum('uhm')), va('vmsumuhs', 39, A, vmsum('uhs')),
  va('vmsumshm', 40, A, vmsum('shm')), va('vmsumshs', 41, A, vmsum('shs')),
  vx('vsum4ubs', 1544, A, vsum4('ubs')), vx('vsum4sbs', 1800, A, vsum4('sbs')),
  vx('vsum4shs', 1608, A, vsum4('shs')),
  vx('vsum2sws', 1672, A, vsum2sws), vx('vsumsws', 1928, A, vsumsws),
  // compares
  vc('vcmpequb', 6, A, cmpb(0)),
  vc('vcmpequh', 70, A, cmp(ew16, 0xffff, (a, b) => a === b)),
  vc('vcmpequw', 134, A, cmp(ew32, 0xffffffff, (a, b) => a === b)),
  vc('vcmpequd', 199, A7, cmp64((ah, al, bh, bl) => ah === bh && al === bl)),
  vc('vcmpgtub', 518, A, cmp(ew8, 0xff, (a, b) => a > b)),
  vc('vcmpgtuh', 582, A, cmp(ew16, 0xffff, (a, b) => a > b)),
  vc('vcmpgtuw', 646, A, cmp(ew32, 0xffffffff, (a, b) => a > b)),
  vc('vcmpgtud', 711, A7, cmp64((ah, al, bh, bl) => ltU64(bh, bl, ah, al))),
  vc('vcmpgtsb', 774, A, cmp(ew8, 0xff, (a, b) => sb(a) > sb(b))),
  vc('vcmpgtsh', 838, A, cmp(ew16, 0xffff, (a, b) => sh(a) > sh(b))),
  vc('vcmpgtsw', 902, A, cmp(ew32, 0xffffffff, (a, b) => (a | 0) > (b | 0))),
  vc('vcmpgtsd', 967, A7, cmp64((ah, al, bh, bl) => ltS64(bh, bl, ah, al))),
  vc('vcmpneb', 7, A9, cmpb(1)),
  vc('vcmpneh', 71, A9, cmp(ew16, 0xffff, (a, b) => a !== b)),
  vc('vcmpnew', 135, A9, cmp(ew32, 0xffffffff, (a, b) => a !== b)),
  vc('vcmpnezb', 263, A9, cmpb(2)),
  vc('vcmpnezh', 327, A9, cmp(ew16, 0xffff, (a, b) => a !== b || a === 0)),
  vc('vcmpnezw', 391, A9, cmp(ew32, 0xffffffff, (a, b) => a !== b || a === 0)),
  // counts and bit gathering
  vx('vclzb', 1794, A7, u8(clz8), 'vrt,vrb'),
  vx('vclzh', 1858, A7, u16(clz16), 'vrt,vrb'),
  vx('vclzw', 1922, A7, u32(Math.clz32), 'vrt,vrb'),
  vx('vclzd', 1986, A7, u64((h, l) => { R64[0] = 0; R64[1] = h ? Math.clz32(h) : 32 + Math.clz32(l); }), 'vrt,vrb'),
  vx('vpopcntb', 1795, A7, u8(pop8), 'vrt,vrb'),
  vx('vpopcnth', 1859, A7, u16(popcnt32), 'vrt,vrb'),
  vx('vpopcntw', 1923, A7, u32(popcnt32), 'vrt,vrb'),
  vx('vpopcntd', 1987, A7, u64((h, l) => { R64[0] = 0; R64[1] = popcnt32(h) + popcnt32(l); }), 'vrt,vrb'),
  vxs('vctzb', 1538, 28, A9, u8(ctz8)),
  vxs('vctzh', 1538, 29, A9, u16(ctz16)),
  vxs('vctzw', 1538, 30, A9, u32(ctz32)),
  vxs('vctzd', 1538, 31, A9, u64((h, l) => { R64[0] = 0; R64[1] = l ? ctz32(l) : 32 + ctz32(h); })),
  vxs('vclzlsbb', 1538, 0, A9, lsbb(false), 'rt,vrb'),
  vxs('vctzlsbb', 1538, 1, A9, lsbb(true), 'rt,vrb'),
  vxs('vnegw', 1538, 6, A9, u32((b) => -b)),
  vxs('vnegd', 1538, 7, A9, u64((h, l) => sub64(0, 0, h, l))),
  vxs('vprtybw', 1538, 8, A9, (m, i) => vprtyb(m, i, 4)),
  vxs('vprtybd', 1538, 9, A9, (m, i) => vprtyb(m, i, 8)),
  vxs('vprtybq', 1538, 10, A9, (m, i) => vprtyb(m, i, 16)),
  vxs('vextsb2w', 1538, 16, A9, (m, i) => vextsTo(m, i, 1, 4)),
  vxs('vextsh2w', 1538, 17, A9, (m, i) => vextsTo(m, i, 2, 4)),
  vxs('vextsb2d', 1538, 24, A9, (m, i) => vextsTo(m, i, 1, 8)),
  vxs('vextsh2d', 1538, 25, A9, (m, i) => vextsTo(m, i, 2, 8)),
  vxs('vextsw2d', 1538, 26, A9, (m, i) => vextsTo(m, i, 4, 8)),
  vx('vgbbd', 1292, A7, vgbbd, 'vrt,vrb'),
  vx('vbpermq', 1356, A7, vbpermq),
  vx('vbpermd', 1484, A9, vbpermd),
  // element extract / insert
  vx('vextublx', 1549, A9, vextx(1, false), 'rt,ra,vrb'), vx('vextuhlx', 1613, A9, vextx(2, false), 'rt,ra,vrb'),
  vx('vextuwlx', 1677, A9, vextx(4, false), 'rt,ra,vrb'),
  vx('vextubrx', 1805, A9, vextx(1, true), 'rt,ra,vrb'), vx('vextuhrx', 1869, A9, vextx(2, true), 'rt,ra,vrb'),
  vx('vextuwrx', 1933, A9, vextx(4, true), 'rt,ra,vrb'),
  vx('vextractub', 525, A9, vextract(1), 'vrt,vrb,uim'), vx('vextractuh', 589, A9, vextract(2), 'vrt,vrb,uim'),
  vx('vextractuw', 653, A9, vextract(4), 'vrt,vrb,uim'), vx('vextractd', 717, A9, vextract(8), 'vrt,vrb,uim'),
  vx('vinsertb', 781, A9, vinsert(1), 'vrt,vrb,uim'), vx('vinserth', 845, A9, vinsert(2), 'vrt,vrb,uim'),
  vx('vinsertw', 909, A9, vinsert(4), 'vrt,vrb,uim'), vx('vinsertd', 973, A9, vinsert(8), 'vrt,vrb,uim'),
  // polynomial multiply-sum, rotate and mask
  vx('vpmsumb', 1032, A7, vpmsum(1)), vx('vpmsumh', 1096, A7, vpmsum(2)),
  vx('vpmsumw', 1160, A7, vpmsum(4)), vx('vpmsumd', 1224, A7, vpmsum(8)),
  vx('vrlwnm', 389, A9, vrlw(false)), vx('vrlwmi', 133, A9, vrlw(true)),
  vx('vrldnm', 453, A9, vrld(false)), vx('vrldmi', 197, A9, vrld(true)),
  // AES and SHA-2 (ISA 2.07 crypto)
  vx('vcipher', 1288, A7, aes(false, true, true)), vx('vcipherlast', 1289, A7, aes(false, false, true)),
  vx('vncipher', 1352, A7, aes(true, true, true)), vx('vncipherlast', 1353, A7, aes(true, false, true)),
  vx('vsbox', 1480, A7, vsbox, 'vrt,vra'),
  vx('vshasigmaw', 1666, A7, vshasigmaw, 'vrt,vra,st,six'), vx('vshasigmad', 1730, A7, vshasigmad, 'vrt,vra,st,six'),
];

/** Single-precision FP: register-only, never faults (VMX FP has no exceptions), so PURE. */
const fpRows: Row[] = [
  vx('vaddfp', 10, A, vaddfp), vx('vsubfp', 74, A, vsubfp),
  vx('vmaxfp', 1034, A, fp2(maxF)), vx('vminfp', 1098, A, fp2(minF)),
  va('vmaddfp', 46, A, fma(false), 'vrt,vra,vrc,vrb'), va('vnmsubfp', 47, A, fma(true), 'vrt,vra,vrc,vrb'),
  vx('vrefp', 266, A, fp1((x) => 1 / x), 'vrt,vrb'), vx('vrsqrtefp', 330, A, fp1(rsqrte), 'vrt,vrb'),
  vx('vexptefp', 394, A, fp1((x) => 2 ** x), 'vrt,vrb'), vx('vlogefp', 458, A, fp1(Math.log2), 'vrt,vrb'),
  vx('vrfin', 522, A, fp1(rfin), 'vrt,vrb'), vx('vrfiz', 586, A, fp1(Math.trunc), 'vrt,vrb'),
  vx('vrfip', 650, A, fp1(Math.ceil), 'vrt,vrb'), vx('vrfim', 714, A, fp1(Math.floor), 'vrt,vrb'),
  vx('vcfux', 778, A, vcfx(false), 'vrt,vrb,uim'), vx('vcfsx', 842, A, vcfx(true), 'vrt,vrb,uim'),
  vx('vctuxs', 906, A, vctx(false), 'vrt,vrb,uim'), vx('vctsxs', 970, A, vctx(true), 'vrt,vrb,uim'),
  vc('vcmpeqfp', 198, A, fcmp((a, b) => a === b)), vc('vcmpgefp', 454, A, fcmp((a, b) => a >= b)),
  vc('vcmpgtfp', 710, A, fcmp((a, b) => a > b)), vc('vcmpbfp', 966, A, vcmpbfp),
];

export const rows: Row[] = [...baseRows, ...fpRows.map((r) => ({ ...r, flags: (r.flags ?? 0) | Flag.PURE }))];
