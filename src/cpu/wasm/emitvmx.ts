// WebAssembly emitters for VMX (AltiVec), with wasm SIMD: lvx/stvx, the element loads and stores,
// lvsl/lvsr, the logicals and vsel, the
// modulo and saturating adds and subtracts, the integer compares (CR6 for the record forms),
// min/max, the splats, merges, vsldoi, the modulo packs, vperm/vpermr, vgbbd, and the single-precision
// arithmetic vaddfp, vsubfp, vmaddfp, vnmsubfp, vmaxfp, vminfp, vcmp{eq,ge,gt}fp[.], the
// conversions vcfsx/vcfux/vctsxs/vctuxs, the rounds vrfi{n,z,p,m}, vrefp and vrsqrtefp; vcmpbfp,
// mfvscr/mtvscr, the unpacks, the saturating packs, the modulo multiply-sums, the element
// shifts and rotates, the even/odd multiplies, the word saturating adds, carries, doubleword
// max/min/compare, averages, absolute differences, negates, sign extensions, popcounts,
// vmrgew/vmrgow, the saturating sums, vmh{r,}addshs, the whole-register shifts, the doubleword
// and pixel packs, the pixel unpacks, the saturating multiply-sums, vcmpnez*, vc{l,t}zlsbb and
// vextu*{l,r}x.
//
// VR r is VSR 32 + r: 16 bytes at VSR_OFF + 16 (32 + r) in the register buffer, two host-endian
// (little-endian) doublewords, doubleword 0 first (state.ts). So the ISA's byte j (0 the most
// significant) is at byte j ^ 7 of the 16, and a v128 load gives every element its value in a
// lane of the element's width: lane-wise operations (add, compare, min, and, ...) need no
// reordering, and a permutation of the ISA's bytes becomes one i8x16.shuffle of the physical
// ones (`shuffle`). VRs are never held in locals: every row reads and writes the buffer.
//
// Floating point (isa/vmx.ts): round to nearest, no FPSCR, VSCR[NJ] flushing denormal inputs
// and tiny results. A lane is the host's f32x4 operation when every operand and result is a
// normal number, a zero or an infinity (no NaN: wasm's NaN bits are not the ISA's; no denormal:
// NJ would flush it); otherwise the whole instruction is its handler's. vmaddfp is the double
// product (exact) plus the addend rounded once in double, then to single: right unless the double
// sum lies exactly halfway between two singles and the sum was inexact (then the handler).
// Every emitter here needs wasm SIMD (emit.ts wasmSimd); without it the rows have none.

import type { Insn } from '../insn.js';
import { Spr32, STATE_OFFSETS } from '../state.js';
import { ARENA_RD_TOP, ARENA_WR_TOP } from '../memory.js';
import type { Ctx } from './compile.js';
import { Op, SimdOp as S, uleb } from './encode.js';
import { eaLocal, hostAddr, loadAt, storeAt } from './emit.js';
import { L, VSR_OFF } from './layout.js';

type Emit = (x: Ctx, i: Insn) => void;
type Gen = (i: Insn, sf: boolean) => Emit | undefined;

/** VR r's offset in the register buffer. */
const vrOff = (r: number): number => VSR_OFF + 16 * (32 + r);
const VSCR_OFF = STATE_OFFSETS.spr32 + 4 * Spr32.VSCR;
const VSCR_SAT = 1;
/** The v128 temporaries (layout.ts L.va ..): operands, result, the multiply-adds' sums and an error's part. */
export const VA = L.va, VB = L.va + 1, VC = L.va + 2, VT = L.va + 3, VS0 = L.va + 4, VS1 = L.va + 5, VE = L.va + 6;

// ---- register access and constants -----------------------------------------------------------

/** Pushes VR r. */
function getV(x: Ctx, r: number): void {
  x.c.i32(0).simd(S.v128_load, 4); uleb(x.c.b, vrOff(r));
}

/** VR r <- local l (v128). */
function setV(x: Ctx, r: number, l: number): void {
  x.c.i32(0).get(l).simd(S.v128_store, 4); uleb(x.c.b, vrOff(r));
}

/** Pushes a v128 constant of 16 bytes (physical order). */
function constV(x: Ctx, bytes: number[]): void {
  x.c.simd(S.v128_const, ...bytes.map((b) => b & 0xff));
}

/** Pushes a v128 with every 32-bit lane v. */
function splat32(x: Ctx, v: number): void {
  const b = [v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, v >>> 24];
  constV(x, [...b, ...b, ...b, ...b]);
}

/** The physical byte of the ISA's byte j of a register (j 0..15), or of A || B (j 0..31). */
const phys = (j: number): number => (j & 16) | ((j & 15) ^ 7);

/**
 * i8x16.shuffle of the two v128s on the stack (A then B) such that the result's ISA byte j is
 * byte src(j) of the ISA's A || B (0..31).
 */
function shuffle(x: Ctx, src: (j: number) => number): void {
  const idx: number[] = [];
  for (let p = 0; p < 16; p++) idx.push(phys(src(p ^ 7)));
  x.c.simd(S.i8x16_shuffle, ...idx);
}

/** VA <- VRA, VB <- VRB. */
function operandsAB(x: Ctx, i: Insn): void {
  getV(x, i.ra); x.c.set(VA);
  getV(x, i.rb); x.c.set(VB);
}

/** VT <- op(VA, VB), written to VR rt: `op` pushes the result from the two locals. */
function binary(op: (x: Ctx) => void): Gen {
  return (i) => (x) => {
    operandsAB(x, i);
    op(x);
    x.c.set(VT);
    setV(x, i.rt, VT);
  };
}

/** A lane-wise binary operation: one SIMD opcode on VA, VB. */
const lanes = (op: number): Gen => binary((x) => { x.c.get(VA).get(VB).simd(op); });

/** A logical with the result inverted (vnor, vnand, veqv). */
const notOf = (op: number): Gen => binary((x) => { x.c.get(VA).get(VB).simd(op).simd(S.v128_not); });

/** VRT <- a permutation of the ISA's bytes of VRA || VRB (`src` of the row: byte j's source). */
function permute(src: (i: Insn) => (j: number) => number): Gen {
  return (i) => (x) => {
    const f = src(i);
    getV(x, i.ra); getV(x, i.rb); shuffle(x, f); x.c.set(VT);
    setV(x, i.rt, VT);
  };
}

/** A permutation of VRB alone (the splats): its ISA byte j's source byte in VRB. */
function permuteB(src: (i: Insn) => (j: number) => number): Gen {
  return (i) => (x) => {
    const f = src(i);
    getV(x, i.rb); x.c.set(VB).get(VB).get(VB); shuffle(x, f); x.c.set(VT);
    setV(x, i.rt, VT);
  };
}

/** Merge high (lo false) / low of elements of sz bytes: A0 B0 A1 B1 ... of the half. */
const mergeSrc = (sz: number, lo: boolean) => (): ((j: number) => number) => (j) => {
  const e = Math.floor(j / sz), k = j % sz, n = (lo ? 8 / sz : 0) + (e >>> 1);
  return (e & 1 ? 16 : 0) + n * sz + k;
};

/** vsplt{b,h,w}: every element <- element UIM (i.ra) of VRB. */
const splatSrc = (sz: number) => (i: Insn): ((j: number) => number) => {
  const u = i.ra & (16 / sz - 1);
  return (j) => u * sz + (j % sz);
};

/** vspltis{b,h,w}: every element <- SIM (i.ra, five bits signed). */
function splatImm(sz: number): Gen {
  return (i) => (x) => {
    const v = (i.ra << 27) >> 27;
    const w = sz === 1 ? (v & 0xff) * 0x01010101 : sz === 2 ? (v & 0xffff) * 0x10001 : v >>> 0;
    splat32(x, w); x.c.set(VT);
    setV(x, i.rt, VT);
  };
}

// ---- loads and stores ------------------------------------------------------------------------

/**
 * Reorders the quadword on the stack (twice: i8x16.shuffle's two operands) between memory order
 * and the register's: in big-endian mode the ISA's byte j is memory byte j, in little-endian mode
 * byte 15 - j (loadQuad). Either way its own inverse, so loads and stores share it.
 */
function memOrder(x: Ctx): void {
  const idx: number[] = [];
  for (let p = 0; p < 16; p++) idx.push(x.le ? 15 - (p ^ 7) : p ^ 7);
  x.c.simd(S.i8x16_shuffle, ...idx);
}

/**
 * lvx/lvxl and stvx/stvxl (`store`): the quadword at (RA|0 + RB) & ~15, never crossing a page,
 * inline in a page the read (write) table maps, in memOrder; else the handler (the fault).
 */
function quad(store: boolean): Gen {
  return (i) => (x) => {
    const c = x.c;
    eaLocal(x, i.ra, undefined, i.rb);
    c.get(L.ea).i64(-16).op(Op.i64_and).set(L.ea);
    // block $done { block $slow { inline access; br $done } handler }
    c.op(Op.block, 0x40, Op.block, 0x40);
    hostAddr(x, store ? ARENA_WR_TOP : ARENA_RD_TOP, 16);
    if (store) {
      getV(x, i.rt); c.set(VT).get(VT).get(VT); memOrder(x);
      c.simd(S.v128_store, 0); uleb(c.b, 0);
    } else {
      c.simd(S.v128_load, 0); uleb(c.b, 0);
      c.set(VT).get(VT).get(VT); memOrder(x); c.set(VT);
      setV(x, i.rt, VT);
    }
    c.op(Op.br, 1, Op.end);
    x.callHandler([], [L.gpr + i.ra, L.gpr + i.rb]);
    c.op(Op.end);
  };
}

/** An element's offset in a VR (i32; emitfp's temporary L.due, free outside its rows). */
const EL = L.due;

/**
 * EL <- the offset in the register buffer, from its VR's start, of the element of sz bytes that
 * lve/stve address: element (EA & 15) / sz, mirrored (n - 1 - it) in little-endian mode, whose
 * ISA bytes k * sz .. lie at (k * sz) ^ (8 - sz) in the host-endian doublewords. L.ea is aligned first.
 */
function elementAt(x: Ctx, sz: number): void {
  const c = x.c;
  c.get(L.ea).i64(-sz).op(Op.i64_and).set(L.ea);
  if (x.le) c.i32(16 - sz);
  c.get(L.ea).op(Op.i32_wrap_i64).i32(15).op(Op.i32_and);
  if (x.le) c.op(Op.i32_sub);
  c.i32(8 - sz).op(Op.i32_xor).set(EL);
}

/** lvebx/lvehx/lvewx: one element of VRT <- the sz bytes at the aligned EA (the others stay, as the handler leaves them). */
function lve(sz: 1 | 2 | 4): Gen {
  return (i) => (x) => {
    const c = x.c;
    eaLocal(x, i.ra, undefined, i.rb);
    elementAt(x, sz);
    c.get(EL);
    loadAt(x, sz === 1 ? 'u8' : sz === 2 ? 'u16' : 'u32', i.addr);
    c.mem(sz === 1 ? Op.i64_store8 : sz === 2 ? Op.i64_store16 : Op.i64_store32, 0, vrOff(i.rt));
  };
}

/** stvebx/stvehx/stvewx: the sz bytes at the aligned EA <- that element of VRS. */
function stve(sz: 1 | 2 | 4): Gen {
  return (i) => (x) => {
    eaLocal(x, i.ra, undefined, i.rb);
    elementAt(x, sz);
    storeAt(x, (8 * sz) as 8 | 16 | 32, () => {
      x.c.get(EL).mem(sz === 1 ? Op.i64_load8_u : sz === 2 ? Op.i64_load16_u : Op.i64_load32_u, 0, vrOff(i.rt));
    }, i);
  };
}

/** lvsl/lvsr: VRT <- the bytes sh, sh + 1, .., sh + 15, with sh = EA & 15 (lvsr: 16 - it). */
function lvsl(right: boolean): Gen {
  return (i) => (x) => {
    const c = x.c;
    eaLocal(x, i.ra, undefined, i.rb);
    if (right) c.i32(16);
    c.get(L.ea).op(Op.i32_wrap_i64).i32(15).op(Op.i32_and);
    if (right) c.op(Op.i32_sub);
    c.simd(S.i8x16_splat);
    constV(x, Array.from({ length: 16 }, (_, p) => p ^ 7));
    c.simd(S.i8x16_add).set(VT);
    setV(x, i.rt, VT);
  };
}

// ---- integer ---------------------------------------------------------------------------------

/** VSCR[SAT] <- 1 (sticky) when the i32 on the stack is not zero. */
function setSatIf(x: Ctx): void {
  const c = x.c;
  c.op(Op.if, 0x40);
  c.i32(0).i32(0).mem(Op.i32_load, 2, VSCR_OFF).i32(VSCR_SAT).op(Op.i32_or).mem(Op.i32_store, 2, VSCR_OFF);
  c.op(Op.end);
}

/**
 * A saturating add or subtract: the saturating lanes (`sat`), and VSCR[SAT] set (sticky) when
 * any differs from the modulo result (`mod`).
 */
function saturating(sat: number, mod: number): Gen {
  return (i) => (x) => {
    const c = x.c;
    operandsAB(x, i);
    c.get(VA).get(VB).simd(sat).tee(VT);
    c.get(VA).get(VB).simd(mod).simd(S.v128_xor).simd(S.v128_any_true);
    setSatIf(x);
    setV(x, i.rt, VT);
  };
}

/** CR6 <- 8 when every lane of VT is all ones, 2 when every lane is zero (the record compares). */
function cr6(x: Ctx): void {
  const c = x.c;
  c.i32(8).i32(0).get(VT).simd(S.i8x16_all_true).op(Op.select);
  c.i32(0).i32(2).get(VT).simd(S.v128_any_true).op(Op.select, Op.i32_or);
  x.setCrField(6);
}

/** An integer compare: each element all ones where the relation holds; the record form sets CR6. */
function compare(op: number): Gen {
  return (i) => (x) => {
    operandsAB(x, i);
    x.c.get(VA).get(VB).simd(op).set(VT);
    setV(x, i.rt, VT);
    if (i.rec === 1) cr6(x);
  };
}

/**
 * Pushes the v128 whose ISA byte j is byte (c_j & 31) of the ISA's A || B (`rev`: byte 31 - that),
 * c_j the ISA byte j of C: vperm/vpermr, and xxperm/xxpermr (emitvsx.ts). `a`, `b`, `c` push
 * the three registers as v128s; VC is a temporary. The physical source of ISA index s (0..31) is
 * s ^ 7 (phys), which keeps s's bit 4: bytes 0..15 from A (swizzle gives 0 for an index of 16
 * or more), 16..31 from B (the index less 16), ORed.
 */
export function permBytes(x: Ctx, a: () => void, b: () => void, c: () => void, rev: boolean): void {
  const k = x.c;
  c(); splat32(x, 0x1f1f1f1f); k.simd(S.v128_and);
  if (rev) { k.set(VC); splat32(x, 0x1f1f1f1f); k.get(VC).simd(S.i8x16_sub); }
  splat32(x, 0x07070707); k.simd(S.v128_xor).set(VC);
  a(); k.get(VC).simd(S.i8x16_swizzle);
  b(); k.get(VC); splat32(x, 0x10101010); k.simd(S.i8x16_sub).simd(S.i8x16_swizzle);
  k.simd(S.v128_or);
}

/** vperm (VRC's bytes index VRA || VRB) and vpermr (the index reversed: 31 - it). */
function vperm(rev: boolean): Gen {
  return (i) => (x) => {
    permBytes(x, () => getV(x, i.ra), () => getV(x, i.rb), () => getV(x, i.rc), rev);
    x.c.set(VT);
    setV(x, i.rt, VT);
  };
}

/**
 * vgbbd: each doubleword transposed as an 8x8 bit matrix (byte k = row k, the most significant
 * bit = column 0), by three exchanges of off-diagonal blocks (1x1 bits 7 apart, 2x2 blocks 14
 * apart, 4x4 blocks 28 apart) on the doubleword as an i64 (its value in the buffer).
 */
const vgbbd: Gen = (i) => (x) => {
  const c = x.c, t = L.t, v = L.u;
  for (const k of [0, 1]) {
    c.i32(0).mem(Op.i64_load, 3, vrOff(i.rb) + 8 * k).set(v);
    for (const [sh, mask] of [[7n, 0x00aa00aa00aa00aan], [14n, 0x0000cccc0000ccccn], [28n, 0x00000000f0f0f0f0n]] as const) {
      // t = (v ^ (v >> sh)) & mask; v ^= t ^ (t << sh)
      c.get(v).get(v).i64(sh).op(Op.i64_shr_u, Op.i64_xor).i64(mask).op(Op.i64_and).set(t);
      c.get(v).get(t).op(Op.i64_xor).get(t).i64(sh).op(Op.i64_shl, Op.i64_xor).set(v);
    }
    c.i32(0).get(v).mem(Op.i64_store, 3, vrOff(i.rt) + 8 * k);
  }
};

// ---- VSCR, unpacks, saturating packs, multiply-sums, element shifts ------------------------------

/** mfvscr: VRT <- VSCR in word 3 (NJ and SAT; the rest zero). mtvscr: VSCR <- word 3 of VRB (NJ, SAT). */
const VSCR_BITS = 0x10001;
const mfvscr: Gen = (i) => (x) => {
  const c = x.c;
  splat32(x, 0); c.set(VT); setV(x, i.rt, VT);
  // ISA word 3 is physical word 2 (the words of each doubleword swap places)
  c.i32(0).i32(0).mem(Op.i32_load, 2, VSCR_OFF).i32(VSCR_BITS).op(Op.i32_and).mem(Op.i32_store, 2, vrOff(i.rt) + 8);
};
const mtvscr: Gen = (i) => (x) => {
  x.c.i32(0).i32(0).mem(Op.i32_load, 2, vrOff(i.rb) + 8).i32(VSCR_BITS).op(Op.i32_and).mem(Op.i32_store, 2, VSCR_OFF);
};

/** Physical bytes of a v128 in local l, the result's byte p from byte src[p] (one operand). */
function shuffle1(x: Ctx, l: number, src: number[]): void {
  x.c.get(l).get(l).simd(S.i8x16_shuffle, ...src);
}

/**
 * The shuffle (physical bytes of one operand) that puts the high (low) half's elements of sz
 * bytes into the physical low lanes in the order of the unpacked result's lanes. ISA element e
 * of size s is the physical lane e ^ (8 / s - 1).
 */
function unpackSrc(sz: 1 | 2 | 4, low: boolean): number[] {
  const n = 8 / sz, src: number[] = [];
  for (let l = 0; l < n; l++) {
    const from = ((low ? n : 0) + (l ^ (4 / sz - 1))) ^ (8 / sz - 1);
    for (let k = 0; k < sz; k++) src.push(from * sz + k);
  }
  while (src.length < 16) src.push(0);
  return src;
}
/** vupk{h,l}s{b,h,w}: the high (low) half's elements of sz bytes, sign-extended to twice that (unpackSrc, then extend_low). */
function unpackS(sz: 1 | 2 | 4, low: boolean): Gen {
  const src = unpackSrc(sz, low);
  const ext = sz === 1 ? S.i16x8_extend_low_i8x16_s : sz === 2 ? S.i32x4_extend_low_i16x8_s : S.i64x2_extend_low_i32x4_s;
  return (i) => (x) => {
    getV(x, i.rb); x.c.set(VB);
    shuffle1(x, VB, src); x.c.simd(ext).set(VT);
    setV(x, i.rt, VT);
  };
}

const SWAP_DW = [8, 9, 10, 11, 12, 13, 14, 15, 0, 1, 2, 3, 4, 5, 6, 7];
/** Shuffles of two v128s (A then B) to their even i32 lanes (A's 0, 2, B's 0, 2), and their odd ones. */
const EVEN_WORDS = [0, 1, 2, 3, 8, 9, 10, 11, 16, 17, 18, 19, 24, 25, 26, 27], ODD_WORDS = EVEN_WORDS.map((k) => k + 4);

/**
 * The saturating packs of halfwords (sz 2) or words (sz 4) of VRA || VRB: signed or unsigned
 * input and output. With each register's doublewords swapped, wasm's narrow puts every element
 * where the ISA's pack does; an unsigned input is first clamped (narrow reads its input as
 * signed). VSCR[SAT] when a result extended back differs from its input.
 */
function packSat(sz: 2 | 4, inSigned: boolean, outSigned: boolean): Gen {
  const narrow = sz === 2 ? (outSigned ? S.i8x16_narrow_i16x8_s : S.i8x16_narrow_i16x8_u) : (outSigned ? S.i16x8_narrow_i32x4_s : S.i16x8_narrow_i32x4_u);
  const [lo, hi] = sz === 2
    ? (outSigned ? [S.i16x8_extend_low_i8x16_s, S.i16x8_extend_high_i8x16_s] : [S.i16x8_extend_low_i8x16_u, S.i16x8_extend_high_i8x16_u])
    : (outSigned ? [S.i32x4_extend_low_i16x8_s, S.i32x4_extend_high_i16x8_s] : [S.i32x4_extend_low_i16x8_u, S.i32x4_extend_high_i16x8_u]);
  return (i) => (x) => {
    const c = x.c;
    getV(x, i.ra); c.set(VA); shuffle1(x, VA, SWAP_DW); c.set(VA);
    getV(x, i.rb); c.set(VB); shuffle1(x, VB, SWAP_DW); c.set(VB);
    for (const l of [VA, VB]) {
      c.get(l);
      if (!inSigned) { splat32(x, sz === 2 ? 0x00ff00ff : 0xffff); c.simd(sz === 2 ? S.i16x8_min_u : S.i32x4_min_u); }
    }
    c.simd(narrow).tee(VT).simd(lo).get(VA).simd(S.v128_xor);
    c.get(VT).simd(hi).get(VB).simd(S.v128_xor).simd(S.v128_or).simd(S.v128_any_true);
    setSatIf(x);
    setV(x, i.rt, VT);
  };
}

/** Pushes the i32 lanes 0, 2 of local a and 0, 2 of local b plus lanes 1, 3 of each (pairs summed). */
function pairSums(x: Ctx, a: number, b: number): void {
  const c = x.c;
  c.get(a).get(b).simd(S.i8x16_shuffle, ...EVEN_WORDS);
  c.get(a).get(b).simd(S.i8x16_shuffle, ...ODD_WORDS);
  c.simd(S.i32x4_add);
}

/**
 * The modulo multiply-sums: each word of VRC plus the products of the elements of VRA and VRB
 * within it (shm: signed halfwords, uhm: unsigned halfwords, ubm: unsigned bytes, mbm: signed
 * bytes of VRA times unsigned bytes of VRB). An element's physical lane stays in its word.
 */
function msum(kind: 'shm' | 'uhm' | 'ubm' | 'mbm'): Gen {
  return (i) => (x) => {
    const c = x.c;
    operandsAB(x, i);
    if (kind === 'shm') c.get(VA).get(VB).simd(S.i32x4_dot_i16x8_s);
    else if (kind === 'uhm') {
      c.get(VA).get(VB).simd(S.i32x4_extmul_low_i16x8_u).set(VS0);
      c.get(VA).get(VB).simd(S.i32x4_extmul_high_i16x8_u).set(VS1);
      pairSums(x, VS0, VS1);
    } else {
      // byte products in i16 lanes (they fit: 255 * 255, -128 * 255), summed in pairs to i32
      const pairwise = kind === 'ubm' ? S.i32x4_extadd_pairwise_i16x8_u : S.i32x4_extadd_pairwise_i16x8_s;
      if (kind === 'ubm') c.get(VA).get(VB).simd(S.i16x8_extmul_low_i8x16_u);
      else c.get(VA).simd(S.i16x8_extend_low_i8x16_s).get(VB).simd(S.i16x8_extend_low_i8x16_u).simd(S.i16x8_mul);
      c.simd(pairwise).set(VS0);
      if (kind === 'ubm') c.get(VA).get(VB).simd(S.i16x8_extmul_high_i8x16_u);
      else c.get(VA).simd(S.i16x8_extend_high_i8x16_s).get(VB).simd(S.i16x8_extend_high_i8x16_u).simd(S.i16x8_mul);
      c.simd(pairwise).set(VS1);
      pairSums(x, VS0, VS1);
    }
    getV(x, i.rc); c.simd(S.i32x4_add).set(VT);
    setV(x, i.rt, VT);
  };
}

/**
 * The element shifts and rotates (vsl, vsr, vsra, vrl of bytes, halfwords, words, doublewords):
 * no wasm SIMD shift takes a count per lane, so each lane is shifted as a scalar (each element's
 * count is the low bits of the same element of VRB).
 */
function shiftLanes(sz: 1 | 2 | 4 | 8, kind: 'sl' | 'sr' | 'sra' | 'rl'): Gen {
  const w = 8 * sz, n = 16 / sz;
  return (i) => (x) => {
    const c = x.c, a = L.w, s = L.s;
    operandsAB(x, i);
    c.get(VA).set(VT);
    for (let p = 0; p < n; p++) {
      c.get(VT);
      if (sz === 8) {
        c.get(VA).simd(S.i64x2_extract_lane, p).get(VB).simd(S.i64x2_extract_lane, p);
        c.op(kind === 'sl' ? Op.i64_shl : kind === 'sr' ? Op.i64_shr_u : kind === 'sra' ? Op.i64_shr_s : Op.i64_rotl);
        c.simd(S.i64x2_replace_lane, p);
      } else if (sz === 4) {
        c.get(VA).simd(S.i32x4_extract_lane, p).get(VB).simd(S.i32x4_extract_lane, p);
        c.op(kind === 'sl' ? Op.i32_shl : kind === 'sr' ? Op.i32_shr_u : kind === 'sra' ? Op.i32_shr_s : Op.i32_rotl);
        c.simd(S.i32x4_replace_lane, p);
      } else {
        const [exS, exU, rep] = sz === 1
          ? [S.i8x16_extract_lane_s, S.i8x16_extract_lane_u, S.i8x16_replace_lane]
          : [S.i16x8_extract_lane_s, S.i16x8_extract_lane_u, S.i16x8_replace_lane];
        c.get(VA).simd(kind === 'sra' ? exS : exU, p);
        if (kind === 'rl') c.set(a);
        c.get(VB).simd(exU, p).i32(w - 1).op(Op.i32_and);
        if (kind === 'rl') {
          // (a << s) | (a >> (w - s)): for s = 0 the second shift is by w, which clears a
          c.set(s).get(a).get(s).op(Op.i32_shl).get(a).i32(w).get(s).op(Op.i32_sub, Op.i32_shr_u, Op.i32_or);
        } else c.op(kind === 'sl' ? Op.i32_shl : kind === 'sr' ? Op.i32_shr_u : Op.i32_shr_s);
        c.simd(rep, p); // (the lane keeps the low bits)
      }
      c.set(VT);
    }
    setV(x, i.rt, VT);
  };
}

/** Per element size (1, 2, 4, 8 bytes): shl, shr_s, shr_u, the lane-wise ops by a scalar count. */
const SHL = { 1: S.i8x16_shl, 2: S.i16x8_shl, 4: S.i32x4_shl, 8: S.i64x2_shl } as const;
const SHR_S = { 1: S.i8x16_shr_s, 2: S.i16x8_shr_s, 4: S.i32x4_shr_s, 8: S.i64x2_shr_s } as const;
const SHR_U = { 1: S.i8x16_shr_u, 2: S.i16x8_shr_u, 4: S.i32x4_shr_u, 8: S.i64x2_shr_u } as const;

/** Pushes local l's elements (size sz) shifted by the constant k: `op` one of SHL/SHR_S/SHR_U. */
function shiftBy(x: Ctx, l: number, op: Record<1 | 2 | 4 | 8, number>, sz: 1 | 2 | 4 | 8, k: number): void {
  x.c.get(l).i32(k).simd(op[sz]);
}

/**
 * vmul{e,o}{u,s}{b,h,w}: the products of the even (odd) elements, twice as wide. The ISA's even
 * element of each pair is the high half of the wider physical lane, so each operand's half is
 * shifted (or masked, or sign-extended in place) and the lanes multiplied at the wider size.
 */
function mulEO(sz: 1 | 2 | 4, signed: boolean, odd: boolean): Gen {
  const w = (2 * sz) as 2 | 4 | 8, bits = 8 * sz;
  const mul = w === 2 ? S.i16x8_mul : w === 4 ? S.i32x4_mul : S.i64x2_mul;
  return (i) => (x) => {
    const c = x.c;
    operandsAB(x, i);
    for (const l of [VA, VB]) {
      if (!odd) shiftBy(x, l, signed ? SHR_S : SHR_U, w, bits);
      else if (signed) { shiftBy(x, l, SHL, w, bits); c.i32(bits).simd(SHR_S[w]); }
      else { shiftBy(x, l, SHL, w, bits); c.i32(bits).simd(SHR_U[w]); }
    }
    c.simd(mul).set(VT);
    setV(x, i.rt, VT);
  };
}

/**
 * VT <- the words of local a plus (minus) those of b, saturated (signed or unsigned), `mask` <-
 * the lanes that saturated, VSCR[SAT] set when any did. Unsigned: the carry or borrow lanes all
 * ones or zero; signed: the overflowing lanes the bound of a's sign.
 */
function satWords(x: Ctx, a: number, b: number, sub: boolean, signed: boolean, mask: number): void {
  const c = x.c;
  c.get(a).get(b).simd(sub ? S.i32x4_sub : S.i32x4_add).set(VT);
  if (!signed) {
    // the lanes that wrapped: a sum below a, a b above a
    if (sub) c.get(a).get(b).simd(S.i32x4_lt_u); else c.get(VT).get(a).simd(S.i32x4_lt_u);
    c.set(mask);
    c.get(VT).get(mask).simd(sub ? S.v128_andnot : S.v128_or).set(VT);
  } else {
    // overflow: the result's sign differs from both addends' (from a's and not b's for a difference)
    if (sub) c.get(a).get(b).simd(S.v128_xor).get(a).get(VT).simd(S.v128_xor).simd(S.v128_and);
    else c.get(a).get(VT).simd(S.v128_xor).get(b).get(VT).simd(S.v128_xor).simd(S.v128_and);
    c.i32(31).simd(S.i32x4_shr_s).set(mask);
    shiftBy(x, a, SHR_S, 4, 31); splat32(x, 0x7fffffff); c.simd(S.v128_xor); // the bound: 0x7fffffff, or 0x80000000 below zero
    c.get(VT).get(mask).simd(S.v128_bitselect).set(VT);
  }
  c.get(mask).simd(S.v128_any_true);
  setSatIf(x);
}

/** The word saturating adds and subtracts vadd{u,s}ws, vsub{u,s}ws. */
function satWord(sub: boolean, signed: boolean): Gen {
  return (i) => (x) => {
    operandsAB(x, i);
    satWords(x, VA, VB, sub, signed, VS0);
    setV(x, i.rt, VT);
  };
}

/** Pushes the i64x2 lane mask where VA > VB (unsigned: both with the sign bit flipped). */
function gt64(x: Ctx, a: number, b: number, unsigned: boolean): void {
  const c = x.c;
  if (!unsigned) { c.get(a).get(b).simd(S.i64x2_gt_s); return; }
  const flip = (l: number): void => { c.get(l); splat64(x, 1n << 63n); c.simd(S.v128_xor); };
  flip(a); flip(b); c.simd(S.i64x2_gt_s);
}

/** vmax{s,u}d / vmin{s,u}d: the lane of VRA or VRB by the compare. */
function minMax64(max: boolean, unsigned: boolean): Gen {
  return (i) => (x) => {
    const c = x.c;
    operandsAB(x, i);
    c.get(VA).get(VB);
    if (max) gt64(x, VA, VB, unsigned); else gt64(x, VB, VA, unsigned);
    c.simd(S.v128_bitselect).set(VT);
    setV(x, i.rt, VT);
  };
}

/** vcmpgtud[.]: the unsigned doubleword compare; the record form sets CR6. */
const vcmpgtud: Gen = (i) => (x) => {
  operandsAB(x, i);
  gt64(x, VA, VB, true); x.c.set(VT);
  setV(x, i.rt, VT);
  if (i.rec === 1) cr6(x);
};

/** vaddcuw / vsubcuw: each word's carry (of VRA + VRB) or its no-borrow (VRA >= VRB unsigned), 0 or 1. */
function carryWord(sub: boolean): Gen {
  return binary((x) => {
    const c = x.c;
    if (sub) c.get(VA).get(VB).simd(S.i32x4_ge_u);
    else c.get(VA).get(VB).simd(S.i32x4_add).get(VA).simd(S.i32x4_lt_u);
    splat32(x, 1); c.simd(S.v128_and);
  });
}

/**
 * vavg{u,s}{b,h,w}: (a + b + 1) >> 1 per element without overflow: (a >> 1) + (b >> 1) +
 * ((a | b) & 1), the shifts signed or not (unsigned bytes and halfwords: wasm's avgr_u).
 */
function average(sz: 1 | 2 | 4, signed: boolean): Gen {
  if (!signed && sz < 4) return lanes(sz === 1 ? S.i8x16_avgr_u : S.i16x8_avgr_u);
  const add = sz === 1 ? S.i8x16_add : sz === 2 ? S.i16x8_add : S.i32x4_add;
  const ones = sz === 1 ? 0x01010101 : sz === 2 ? 0x00010001 : 1;
  return binary((x) => {
    const c = x.c, shr = signed ? SHR_S : SHR_U;
    shiftBy(x, VA, shr, sz, 1); shiftBy(x, VB, shr, sz, 1); c.simd(add);
    c.get(VA).get(VB).simd(S.v128_or); splat32(x, ones); c.simd(S.v128_and).simd(add);
  });
}

/** vabsdu{b,h,w}: |a - b| of unsigned elements, max less min. */
function absDiff(sz: 1 | 2 | 4): Gen {
  const [max, min, sub] = sz === 1 ? [S.i8x16_max_u, S.i8x16_min_u, S.i8x16_sub]
    : sz === 2 ? [S.i16x8_max_u, S.i16x8_min_u, S.i16x8_sub] : [S.i32x4_max_u, S.i32x4_min_u, S.i32x4_sub];
  return binary((x) => { x.c.get(VA).get(VB).simd(max).get(VA).get(VB).simd(min).simd(sub); });
}

/** A one-operand row on VRB: VRT <- op(VB). */
function unaryB(op: (x: Ctx) => void): Gen {
  return (i) => (x) => {
    getV(x, i.rb); x.c.set(VB);
    op(x); x.c.set(VT);
    setV(x, i.rt, VT);
  };
}

/** vexts{b,h,w}2{w,d}: each element (w bytes) <- its low sz bytes sign-extended. */
const extendSign = (sz: 1 | 2 | 4, w: 4 | 8): Gen => unaryB((x) => {
  const bits = 8 * (w - sz);
  shiftBy(x, VB, SHL, w, bits); x.c.i32(bits).simd(SHR_S[w]);
});

/** vpopcnt{b,h,w}: i8x16.popcnt, its bytes summed in pairs once (h), twice (w). */
const popcount = (sz: 1 | 2 | 4): Gen => unaryB((x) => {
  x.c.get(VB).simd(S.i8x16_popcnt);
  if (sz >= 2) x.c.simd(S.i16x8_extadd_pairwise_i8x16_u);
  if (sz === 4) x.c.simd(S.i32x4_extadd_pairwise_i16x8_u);
});

/** vmrgew / vmrgow: the even (odd) words of VRA and VRB, interleaved. */
const mergeEO = (odd: boolean) => (): ((j: number) => number) => (j) => {
  const w = j >>> 2;
  return (w & 1 ? 16 : 0) + (w & 2 ? 8 : 0) + (odd ? 4 : 0) + (j & 3);
};

/** vsum4ubs, vsum4sbs, vsum4shs: each word of VRB plus the elements of VRA within that word, saturated. */
function sum4(kind: 'ubs' | 'sbs' | 'shs'): Gen {
  return (i) => (x) => {
    const c = x.c;
    operandsAB(x, i);
    c.get(VA);
    if (kind === 'ubs') c.simd(S.i16x8_extadd_pairwise_i8x16_u).simd(S.i32x4_extadd_pairwise_i16x8_u);
    else if (kind === 'sbs') c.simd(S.i16x8_extadd_pairwise_i8x16_s).simd(S.i32x4_extadd_pairwise_i16x8_s);
    else c.simd(S.i32x4_extadd_pairwise_i16x8_s);
    c.set(VS0);
    satWords(x, VS0, VB, false, kind !== 'ubs', VS1);
    setV(x, i.rt, VT);
  };
}

/** Pushes the i64x2 lanes of local l clamped to the signed 32-bit range (in VS1: the lanes clamped; VE a temporary). */
function clamp32(x: Ctx, l: number): void {
  const c = x.c;
  splat64(x, 0x7fffffffn); c.get(l);
  c.get(l); splat64(x, 0x7fffffffn); c.simd(S.i64x2_gt_s).tee(VS1).simd(S.v128_bitselect).set(l);
  splat64(x, -0x80000000n & 0xffffffffffffffffn); c.get(l);
  splat64(x, -0x80000000n & 0xffffffffffffffffn); c.get(l).simd(S.i64x2_gt_s);
  c.tee(VE).simd(S.v128_bitselect);
  c.get(VS1).get(VE).simd(S.v128_or).set(VS1);
}

/**
 * vsum2sws: in each doubleword, the low word <- VRA's two words plus VRB's low word, saturated
 * (signed), the high word 0; in i64 lanes (a doubleword's high word is its ISA word 2d).
 */
const vsum2sws: Gen = (i) => (x) => {
  const c = x.c;
  operandsAB(x, i);
  shiftBy(x, VA, SHR_S, 8, 32);
  shiftBy(x, VA, SHL, 8, 32); c.i32(32).simd(S.i64x2_shr_s).simd(S.i64x2_add);
  shiftBy(x, VB, SHL, 8, 32); c.i32(32).simd(S.i64x2_shr_s).simd(S.i64x2_add).set(VT);
  clamp32(x, VT);
  splat64(x, 0xffffffffn); c.simd(S.v128_and).set(VT);
  c.get(VS1).simd(S.v128_any_true);
  setSatIf(x);
  setV(x, i.rt, VT);
};

/** vsumsws: word 3 <- the four words of VRA plus word 3 of VRB, saturated (signed); the rest 0. */
const vsumsws: Gen = (i) => (x) => {
  const c = x.c, t = L.t;
  operandsAB(x, i);
  c.i64(0);
  for (let p = 0; p < 4; p++) c.get(VA).simd(S.i32x4_extract_lane, p).op(Op.i64_extend_i32_s, Op.i64_add);
  c.get(VB).simd(S.i32x4_extract_lane, 2).op(Op.i64_extend_i32_s, Op.i64_add).set(t); // ISA word 3: physical 2
  c.get(t).get(t).op(Op.i32_wrap_i64, Op.i64_extend_i32_s, Op.i64_ne);
  setSatIf(x);
  splat32(x, 0);
  c.i64(0x7fffffff).i64(-0x80000000).get(t).get(t).i64(-0x80000000).op(Op.i64_lt_s, Op.select);
  c.get(t).i64(0x7fffffff).op(Op.i64_gt_s, Op.select, Op.i32_wrap_i64);
  c.simd(S.i32x4_replace_lane, 2).set(VT);
  setV(x, i.rt, VT);
};

/**
 * vmhaddshs / vmhraddshs: each halfword <- (a * b (+ 0x4000)) >> 15 plus c, saturated (signed):
 * in i32 lanes, then narrowed (saturating); SAT when a narrowed lane differs.
 */
function mhadd(round: boolean): Gen {
  return (i) => (x) => {
    const c = x.c;
    operandsAB(x, i);
    getV(x, i.rc); c.set(VC);
    for (const [mul, ext, l] of [[S.i32x4_extmul_low_i16x8_s, S.i32x4_extend_low_i16x8_s, VS0], [S.i32x4_extmul_high_i16x8_s, S.i32x4_extend_high_i16x8_s, VS1]] as const) {
      c.get(VA).get(VB).simd(mul);
      if (round) { splat32(x, 0x4000); c.simd(S.i32x4_add); }
      c.i32(15).simd(S.i32x4_shr_s).get(VC).simd(ext).simd(S.i32x4_add).set(l);
    }
    c.get(VS0).get(VS1).simd(S.i16x8_narrow_i32x4_s).tee(VT).simd(S.i32x4_extend_low_i16x8_s).get(VS0).simd(S.v128_xor);
    c.get(VT).simd(S.i32x4_extend_high_i16x8_s).get(VS1).simd(S.v128_xor).simd(S.v128_or).simd(S.v128_any_true);
    setSatIf(x);
    setV(x, i.rt, VT);
  };
}

/** The low halfword of each word of A || B, in order (vpkuwum's permutation, ISA bytes). */
const lowHalves = (j: number): number => 4 * (j >>> 1) + 2 + (j & 1);
/** The low word of each doubleword of A || B, in order (vpkudum's permutation, ISA bytes). */
const lowWords = (j: number): number => 8 * (j >>> 2) + 4 + (j & 3);

/**
 * The doubleword packs: each doubleword of VRA || VRB (i64 lanes) saturated to a word (vpkudus:
 * unsigned, vpksdus: signed to unsigned, vpksdss: signed; vpkudum: modulo), then the low words
 * in order; VSCR[SAT] when a lane was clamped.
 */
function packD(kind: 'um' | 'us' | 'sus' | 'ss'): Gen {
  return (i) => (x) => {
    const c = x.c;
    operandsAB(x, i);
    if (kind !== 'um') {
      splat32(x, 0); c.set(VC); // the lanes clamped, ORed
      for (const l of [VA, VB]) {
        if (kind === 'ss') { clamp32(x, l); c.set(l); c.get(VC).get(VS1).simd(S.v128_or).set(VC); continue; }
        // above 0xffffffff (unsigned: any high bit; signed: positive and any high bit)
        if (kind === 'us') { shiftBy(x, l, SHR_U, 8, 32); splat32(x, 0); c.simd(S.i64x2_eq).simd(S.v128_not); }
        else { c.get(l); splat64(x, 0xffffffffn); c.simd(S.i64x2_gt_s); }
        c.set(VS1);
        splat64(x, 0xffffffffn); c.get(l).get(VS1).simd(S.v128_bitselect);
        if (kind === 'sus') { shiftBy(x, l, SHR_S, 8, 63); c.tee(VE).simd(S.v128_andnot); c.get(VS1).get(VE).simd(S.v128_or).set(VS1); }
        c.set(l);
        c.get(VC).get(VS1).simd(S.v128_or).set(VC);
      }
      c.get(VC).simd(S.v128_any_true);
      setSatIf(x);
    }
    c.get(VA).get(VB); shuffle(x, lowWords); c.set(VT);
    setV(x, i.rt, VT);
  };
}

/** vpkpx: each word's pixel (bit 7, then the top five bits of bytes 1-3) packed to a halfword. */
const vpkpx: Gen = (i) => (x) => {
  const c = x.c;
  operandsAB(x, i);
  for (const [l, to] of [[VA, VS0], [VB, VS1]] as const) {
    // ((w >> 24) & 1) << 15 | ((w >> 19) & 31) << 10 = (w >> 9) & 0xfc00; ((w >> 11) & 31) << 5; (w >> 3) & 31
    shiftBy(x, l, SHR_U, 4, 9); splat32(x, 0xfc00); c.simd(S.v128_and);
    shiftBy(x, l, SHR_U, 4, 6); splat32(x, 0x03e0); c.simd(S.v128_and).simd(S.v128_or);
    shiftBy(x, l, SHR_U, 4, 3); splat32(x, 0x001f); c.simd(S.v128_and).simd(S.v128_or).set(to);
  }
  c.get(VS0).get(VS1); shuffle(x, lowHalves); c.set(VT);
  setV(x, i.rt, VT);
};

/**
 * vupk{h,l}px: each halfword's pixel unpacked to a word: its top bit to 0xff or 0 in byte 0,
 * its three five-bit fields to the low bits of bytes 1-3 (the halfwords first zero-extended).
 */
function unpackPx(low: boolean): Gen {
  const src = unpackSrc(2, low);
  return (i) => (x) => {
    const c = x.c;
    getV(x, i.rb); c.set(VB);
    shuffle1(x, VB, src); c.simd(S.i32x4_extend_low_i16x8_u).set(VA);
    shiftBy(x, VA, SHL, 4, 16); c.i32(31).simd(S.i32x4_shr_s); splat32(x, 0xff000000); c.simd(S.v128_and);
    shiftBy(x, VA, SHL, 4, 6); splat32(x, 0x001f0000); c.simd(S.v128_and).simd(S.v128_or);
    shiftBy(x, VA, SHL, 4, 3); splat32(x, 0x00001f00); c.simd(S.v128_and).simd(S.v128_or);
    c.get(VA); splat32(x, 0x1f); c.simd(S.v128_and).simd(S.v128_or).set(VT);
    setV(x, i.rt, VT);
  };
}

/**
 * vmsumuhs / vmsumshs: each word of VRC plus the two products of halfwords within it,
 * saturated. Unsigned: the even and odd products (i32 lanes) and VRC summed with carries, a
 * lane with a carry all ones. Signed: summed exactly in i64 lanes, clamped, the low words taken.
 */
function msumSat(signed: boolean): Gen {
  const [lo, hi] = signed ? [S.i32x4_extmul_low_i16x8_s, S.i32x4_extmul_high_i16x8_s] : [S.i32x4_extmul_low_i16x8_u, S.i32x4_extmul_high_i16x8_u];
  return (i) => (x) => {
    const c = x.c;
    operandsAB(x, i);
    c.get(VA).get(VB).simd(lo).set(VS0);
    c.get(VA).get(VB).simd(hi).set(VS1);
    // VA, VB <- the two products of each word (physical lane order); VC <- VRC
    c.get(VS0).get(VS1).simd(S.i8x16_shuffle, ...EVEN_WORDS).set(VA);
    c.get(VS0).get(VS1).simd(S.i8x16_shuffle, ...ODD_WORDS).set(VB);
    getV(x, i.rc); c.set(VC);
    if (!signed) {
      c.get(VA).get(VB).simd(S.i32x4_add).tee(VS0).get(VA).simd(S.i32x4_lt_u); // carry of the products' sum
      c.get(VS0).get(VC).simd(S.i32x4_add).tee(VT).get(VS0).simd(S.i32x4_lt_u).simd(S.v128_or).set(VS1);
      c.get(VT).get(VS1).simd(S.v128_or).set(VT);
    } else {
      // words 0, 1 (physical) and 2, 3 as i64 lanes: products plus VRC, exact, then clamped
      for (const [ext, l] of [[S.i64x2_extend_low_i32x4_s, VS0], [S.i64x2_extend_high_i32x4_s, VT]] as const) {
        c.get(VA).simd(ext).get(VB).simd(ext).simd(S.i64x2_add).get(VC).simd(ext).simd(S.i64x2_add).set(l);
      }
      clamp32(x, VS0); c.set(VS0); c.get(VS1).set(VA); // (clamp32 uses VE)
      clamp32(x, VT); c.set(VT); c.get(VS1).get(VA).simd(S.v128_or).set(VS1);
      c.get(VS0).get(VT).simd(S.i8x16_shuffle, ...EVEN_WORDS).set(VT); // (each i64 lane's low word)
    }
    c.get(VS1).simd(S.v128_any_true);
    setSatIf(x);
    setV(x, i.rt, VT);
  };
}

/** The physical byte of each ISA byte (j ^ 7): a v128 whose physical byte p holds p ^ 7. */
const ISA_INDEX = Array.from({ length: 16 }, (_, p) => p ^ 7);

/**
 * vslo / vsro: VRA shifted left (right) by octets, the count in bits 1:4 of VRB's byte 15
 * (physical byte 8): a swizzle whose indices are the ISA bytes moved, those past the register
 * set to 0xff (swizzle gives 0 for them).
 */
function shiftOctets(left: boolean): Gen {
  return (i) => (x) => {
    const c = x.c;
    operandsAB(x, i);
    constV(x, ISA_INDEX);
    c.get(VB).simd(S.i8x16_extract_lane_u, 8).i32(3).op(Op.i32_shr_u).i32(15).op(Op.i32_and).simd(S.i8x16_splat);
    c.simd(left ? S.i8x16_add : S.i8x16_sub).set(VC);
    c.get(VC); splat32(x, 0x07070707); c.simd(S.v128_xor);
    c.get(VC); splat32(x, 0x0f0f0f0f); c.simd(S.i8x16_gt_u).simd(S.v128_or).set(VC);
    c.get(VA).get(VC).simd(S.i8x16_swizzle).set(VT);
    setV(x, i.rt, VT);
  };
}

/**
 * vsl / vsr: VRA shifted left (right) by bits, the count in VRB's byte 15's low 3 bits: each
 * byte shifted, ORed with its neighbour's bits (the neighbour moved in by one octet, shifted
 * the other way by 1 and then 7 - n, so that n = 0 brings in nothing).
 */
function shiftBits(left: boolean): Gen {
  return (i) => (x) => {
    const c = x.c, n = L.s;
    operandsAB(x, i);
    c.get(VB).simd(S.i8x16_extract_lane_u, 8).i32(7).op(Op.i32_and).set(n);
    // the neighbour: ISA byte j + 1 (left) or j - 1 (right), zero past the ends
    const src: number[] = [];
    for (let p = 0; p < 16; p++) {
      const j = (p ^ 7) + (left ? 1 : -1);
      src.push(j < 0 || j > 15 ? 16 : j ^ 7);
    }
    c.get(VA); splat32(x, 0); c.simd(S.i8x16_shuffle, ...src);
    c.i32(1).simd(left ? S.i8x16_shr_u : S.i8x16_shl).i32(7).get(n).op(Op.i32_sub).simd(left ? S.i8x16_shr_u : S.i8x16_shl);
    c.get(VA).get(n).simd(left ? S.i8x16_shl : S.i8x16_shr_u).simd(S.v128_or).set(VT);
    setV(x, i.rt, VT);
  };
}

/**
 * vcmpnez{b,h,w}[.]: all ones where the elements differ or either is zero (a zero in VRB alone
 * differs from VRA's element); the record form sets CR6.
 */
function compareNez(sz: 1 | 2 | 4): Gen {
  const [ne, eq] = sz === 1 ? [S.i8x16_ne, S.i8x16_eq] : sz === 2 ? [S.i16x8_ne, S.i16x8_eq] : [S.i32x4_ne, S.i32x4_eq];
  return (i) => (x) => {
    const c = x.c;
    operandsAB(x, i);
    c.get(VA).get(VB).simd(ne);
    c.get(VA); splat32(x, 0); c.simd(eq).simd(S.v128_or).set(VT);
    setV(x, i.rt, VT);
    if (i.rec === 1) cr6(x);
  };
}

/**
 * vclzlsbb / vctzlsbb: GPR RT <- how many bytes of VRB, from byte 0 (from byte 15), have a
 * clear least significant bit: the bytes reversed into physical order 15..0, their low bits
 * gathered by i8x16.bitmask (bit q: ISA byte 15 - q), then counted.
 */
function lsbb(right: boolean): Gen {
  const src = Array.from({ length: 16 }, (_, q) => (15 - q) ^ 7);
  return (i) => (x) => {
    const c = x.c;
    getV(x, i.rb); c.set(VB);
    shuffle1(x, VB, src); c.i32(7).simd(S.i8x16_shl).simd(S.i8x16_bitmask);
    if (right) c.i32(0x10000).op(Op.i32_or, Op.i32_ctz);
    else c.op(Op.i32_clz).i32(16).op(Op.i32_sub);
    c.op(Op.i64_extend_i32_u); x.setG(i.rt);
  };
}

/**
 * vextu{b,h,w}{l,r}x: GPR RT <- the sz bytes of VRB at byte index RA & 15 from the left (from
 * the right), big-endian, bytes past the register 0: each byte loaded from the register buffer
 * (its physical place, the index kept in 0..15 for the address) and kept only when in range.
 */
function extractX(sz: 1 | 2 | 4, right: boolean): Gen {
  return (i) => (x) => {
    const c = x.c, ix = L.s, p = L.w;
    x.g(i.ra); c.op(Op.i32_wrap_i64).i32(15).op(Op.i32_and).set(ix);
    c.i64(0);
    for (let k = 0; k < sz; k++) {
      if (right) c.i32(16 - sz + k).get(ix).op(Op.i32_sub); else c.get(ix).i32(k).op(Op.i32_add);
      c.set(p);
      c.i64(8).op(Op.i64_shl);
      c.get(p).i32(15).op(Op.i32_and).i32(7).op(Op.i32_xor).mem(Op.i64_load8_u, 0, vrOff(i.rb));
      c.i64(0).get(p).i32(16).op(Op.i32_lt_u, Op.select, Op.i64_or);
    }
    x.setG(i.rt);
  };
}

/**
 * vcmpbfp[.]: per lane, bit 0 set unless VRA <= VRB, bit 1 unless VRA >= -VRB (a NaN sets both);
 * the record form's CR6 is 2 when every lane is in bounds (all zero), else 0. A denormal
 * operand lane (NJ's flush): the handler.
 */
const vcmpbfp: Gen = (i) => (x) => {
  const c = x.c;
  operandsAB(x, i);
  c.get(VA).get(VB).simd(S.f32x4_le).simd(S.v128_not); splat32(x, 0x80000000); c.simd(S.v128_and);
  c.get(VA).get(VB).simd(S.f32x4_neg).simd(S.f32x4_ge).simd(S.v128_not); splat32(x, 0x40000000); c.simd(S.v128_and);
  c.simd(S.v128_or).set(VT);
  denormal(x, VA); denormal(x, VB); c.simd(S.v128_or).simd(S.v128_any_true).op(Op.i32_eqz);
  c.op(Op.if, 0x40);
  setV(x, i.rt, VT);
  if (i.rec === 1) {
    c.i32(0).i32(2).get(VT).simd(S.v128_any_true).op(Op.select);
    x.setCrField(6);
  }
  c.op(Op.else);
  x.callHandler(i.rec === 1 ? [L.cr] : [], i.rec === 1 ? [L.cr] : []);
  c.op(Op.end);
};

// ---- single-precision floating point ---------------------------------------------------------

const MIN_NORMAL_F32 = 0x00800000; // 2^-126

/** Pushes (v128) the lanes of local l that are a normal number, a zero or an infinity (not NaN, not denormal). */
function plain(x: Ctx, l: number): void {
  const c = x.c;
  c.get(l).simd(S.f32x4_abs); splat32(x, MIN_NORMAL_F32); c.simd(S.f32x4_ge);
  c.get(l); splat32(x, 0); c.simd(S.f32x4_eq).simd(S.v128_or);
}

/** Pushes (v128) the lanes of local l that are denormal. */
function denormal(x: Ctx, l: number): void {
  const c = x.c;
  c.get(l).simd(S.f32x4_abs); splat32(x, MIN_NORMAL_F32); c.simd(S.f32x4_lt);
  c.get(l); splat32(x, 0); c.simd(S.f32x4_ne).simd(S.v128_and);
}

/** VRT <- VT when the i32 on the stack holds, else the handler (which changes only VRT, and CR for a record form). */
function writeOrHandler(x: Ctx, i: Insn, cr = false): void {
  const c = x.c;
  c.op(Op.if, 0x40);
  setV(x, i.rt, VT);
  if (cr) cr6(x);
  c.op(Op.else);
  x.callHandler(cr ? [L.cr] : [], cr ? [L.cr] : []);
  c.op(Op.end);
}

/** vaddfp/vsubfp/vmaxfp/vminfp: the f32x4 operation; every operand and result lane plain. */
function arith(op: number): Gen {
  return (i) => (x) => {
    const c = x.c;
    operandsAB(x, i);
    c.get(VA).get(VB).simd(op).set(VT);
    plain(x, VA); plain(x, VB); c.simd(S.v128_and); plain(x, VT); c.simd(S.v128_and).simd(S.i32x4_all_true);
    writeOrHandler(x, i);
  };
}

/** vcmp{eq,ge,gt}fp[.]: NaN lanes compare false as the handler's; a denormal operand lane (NJ's flush): the handler. */
function compareF(op: number): Gen {
  return (i) => (x) => {
    const c = x.c;
    operandsAB(x, i);
    c.get(VA).get(VB).simd(op).set(VT);
    denormal(x, VA); denormal(x, VB); c.simd(S.v128_or).simd(S.v128_any_true).op(Op.i32_eqz);
    writeOrHandler(x, i, i.rec === 1);
  };
}

/** Pushes lanes 0, 1 (`high`: 2, 3) of the f32x4 in local l as an f64x2 (exact). */
function half(x: Ctx, l: number, high: boolean): void {
  x.c.get(l);
  if (high) x.c.get(l).simd(S.i8x16_shuffle, ...SWAP_DW);
  x.c.simd(S.f64x2_promote_low_f32x4);
}

/** Pushes the f64x2 with every i64 lane v. */
function splat64(x: Ctx, v: bigint): void {
  constV(x, Array.from({ length: 16 }, (_, k) => Number((v >> BigInt(8 * (k & 7))) & 0xffn)));
}

/** Pushes (v128, i64 lanes) the lanes of the f64x2 in local l that are zero or at least 2^-126 in magnitude (not NaN, not tiny). */
function singleRange(x: Ctx, l: number): void {
  const c = x.c;
  c.get(l).simd(S.f64x2_abs); splat64(x, 0x3810000000000000n); c.simd(S.f64x2_ge);
  c.get(l); splat64(x, 0n); c.simd(S.f64x2_eq).simd(S.v128_or);
}

/** Pushes (v128, i64 lanes) the lanes of the f64x2 in local l exactly halfway between two singles (the last 29 bits 1 then zeros). */
function midpoint(x: Ctx, l: number): void {
  const c = x.c;
  c.get(l); splat64(x, 0x1fffffffn); c.simd(S.v128_and); splat64(x, 0x10000000n); c.simd(S.i64x2_eq);
}

/**
 * Pushes (v128, i64 lanes) the lanes of half `high` whose sum in local s (VA*VC + VB, or - VB)
 * is a single-precision midpoint and inexact: TwoSum's error of the product and the addend is
 * not zero (VT and VE: temporaries).
 */
function inexactMidpoint(x: Ctx, s: number, high: boolean, neg: boolean): void {
  const c = x.c;
  half(x, VA, high); half(x, VC, high); c.simd(S.f64x2_mul).set(VT);
  c.get(s).get(VT).simd(S.f64x2_sub).set(VE);
  // (p - (s - bb)) + (b - bb)
  c.get(VT).get(s).get(VE).simd(S.f64x2_sub).simd(S.f64x2_sub);
  half(x, VB, high); if (neg) c.simd(S.f64x2_neg);
  c.get(VE).simd(S.f64x2_sub).simd(S.f64x2_add);
  splat64(x, 0n); c.simd(S.f64x2_ne);
  midpoint(x, s); c.simd(S.v128_and);
}

/**
 * vmaddfp (VA*VC + VB) and vnmsubfp (-(VA*VC - VB)): each half in double (the product of two
 * singles exact, the sum rounded once), then to single (f32x4.demote: ties to even); plain
 * operands, sums zero or in the normal range (NJ flushes tiny ones: the handler). A double sum
 * halfway between two singles whose exact value is not (TwoSum's error, computed only when a
 * lane is a midpoint) would round twice: the handler, which rounds to odd first.
 */
function fma(neg: boolean): Gen {
  return (i) => (x) => {
    const c = x.c;
    operandsAB(x, i);
    getV(x, i.rc); c.set(VC);
    plain(x, VA); plain(x, VB); c.simd(S.v128_and); plain(x, VC); c.simd(S.v128_and).simd(S.i32x4_all_true);
    for (const [s, high] of [[VS0, false], [VS1, true]] as const) {
      half(x, VA, high); half(x, VC, high); c.simd(S.f64x2_mul);
      half(x, VB, high); c.simd(neg ? S.f64x2_sub : S.f64x2_add).set(s);
    }
    singleRange(x, VS0); singleRange(x, VS1); c.simd(S.v128_and).simd(S.i8x16_all_true).op(Op.i32_and).set(L.ok);
    midpoint(x, VS0); midpoint(x, VS1); c.simd(S.v128_or).simd(S.v128_any_true).op(Op.if, 0x40);
    inexactMidpoint(x, VS0, false, neg); inexactMidpoint(x, VS1, true, neg);
    c.simd(S.v128_or).simd(S.v128_any_true).op(Op.if, 0x40).i32(0).set(L.ok).op(Op.end);
    c.op(Op.end);
    // the four singles: demote each half ([r0, r1, 0, 0]) and join the low lanes
    c.get(VS0).simd(S.f32x4_demote_f64x2_zero).get(VS1).simd(S.f32x4_demote_f64x2_zero);
    c.simd(S.i8x16_shuffle, 0, 1, 2, 3, 4, 5, 6, 7, 16, 17, 18, 19, 20, 21, 22, 23);
    if (neg) c.simd(S.f32x4_neg);
    c.set(VT);
    c.get(L.ok);
    writeOrHandler(x, i);
  };
}

/** The bits of binary32 2^e (e in the normal range). */
const pow2F = (e: number): number => (127 + e) << 23;

/** vcfsx/vcfux: each word converted to single (round to nearest), scaled by 2^-UIM: exact, as the result is zero or at least 2^-31. */
function convertFrom(signed: boolean): Gen {
  return (i) => (x) => {
    getV(x, i.rb); x.c.simd(signed ? S.f32x4_convert_i32x4_s : S.f32x4_convert_i32x4_u);
    splat32(x, pow2F(-(i.ra & 31))); x.c.simd(S.f32x4_mul).set(VT);
    setV(x, i.rt, VT);
  };
}

/**
 * vctsxs/vctuxs: each lane scaled by 2^UIM (exact, or an overflow to infinity that saturates as
 * the exact value would), truncated and saturated; VSCR[SAT] (sticky) when a lane saturates: at
 * or beyond 2^31 or below -2^31 (unsigned: 2^32, or -1 and below). A NaN gives 0 without SAT,
 * as trunc_sat does; a denormal (NJ's zero) truncates to 0 either way.
 */
function convertTo(signed: boolean): Gen {
  return (i) => (x) => {
    const c = x.c;
    getV(x, i.rb); splat32(x, pow2F(i.ra & 31)); c.simd(S.f32x4_mul).set(VA);
    c.get(VA).simd(signed ? S.i32x4_trunc_sat_f32x4_s : S.i32x4_trunc_sat_f32x4_u).set(VT);
    c.get(VA); splat32(x, pow2F(signed ? 31 : 32)); c.simd(S.f32x4_ge);
    c.get(VA); splat32(x, signed ? (pow2F(31) | 0x80000000) >>> 0 : 0xbf800000); c.simd(signed ? S.f32x4_lt : S.f32x4_le);
    c.simd(S.v128_or).simd(S.v128_any_true);
    setSatIf(x);
    setV(x, i.rt, VT);
  };
}

/**
 * A one-operand FP row: VT <- `op` of VB (pushed from the local), when every lane of VB is plain
 * and (`checkResult`) every lane of the result too (vrefp, vrsqrtefp: a NaN, or a tiny result
 * NJ would flush, is the handler's); else the handler. (The rounds to an integer need no check
 * on their result: an integer, a zero or an infinity.)
 */
function unaryF(op: (x: Ctx) => void, checkResult: boolean): Gen {
  return (i) => (x) => {
    const c = x.c;
    getV(x, i.rb); c.set(VB);
    op(x); c.set(VT);
    plain(x, VB);
    if (checkResult) { plain(x, VT); c.simd(S.v128_and); }
    c.simd(S.i32x4_all_true);
    writeOrHandler(x, i);
  };
}
const roundF = (op: number): Gen => unaryF((x) => { x.c.get(VB).simd(op); }, false);
/** 1 / b in single (the handler's double quotient rounded to single: the same, 53 >= 2 * 24 + 2). */
const vrefp = unaryF((x) => { splat32(x, pow2F(0)); x.c.get(VB).simd(S.f32x4_div); }, true);
/** 1 / RN32(sqrt(b)), rounded to single, as the handler computes it. */
const vrsqrtefp = unaryF((x) => { splat32(x, pow2F(0)); x.c.get(VB).simd(S.f32x4_sqrt).simd(S.f32x4_div); }, true);

// ---- rows ------------------------------------------------------------------------------------

/** The VMX emitters (opcode 4, but the loads and stores: 31); emit.ts uses them only when wasm has SIMD. */
export const VMX_GENS: Record<string, Gen> = {
  lvx: quad(false), lvxl: quad(false), stvx: quad(true), stvxl: quad(true),
  lvebx: lve(1), lvehx: lve(2), lvewx: lve(4), stvebx: stve(1), stvehx: stve(2), stvewx: stve(4),
  lvsl: lvsl(false), lvsr: lvsl(true),
  vand: lanes(S.v128_and), vandc: lanes(S.v128_andnot), vor: lanes(S.v128_or), vxor: lanes(S.v128_xor),
  vnor: notOf(S.v128_or), vnand: notOf(S.v128_and), veqv: notOf(S.v128_xor),
  vorc: binary((x) => { x.c.get(VA).get(VB).simd(S.v128_not).simd(S.v128_or); }),
  // vsel: (A & ~C) | (B & C) = bitselect(B, A, C)
  vsel: (i) => (x) => {
    getV(x, i.rb); getV(x, i.ra); getV(x, i.rc); x.c.simd(S.v128_bitselect).set(VT);
    setV(x, i.rt, VT);
  },
  vaddubm: lanes(S.i8x16_add), vadduhm: lanes(S.i16x8_add), vadduwm: lanes(S.i32x4_add), vaddudm: lanes(S.i64x2_add),
  vsububm: lanes(S.i8x16_sub), vsubuhm: lanes(S.i16x8_sub), vsubuwm: lanes(S.i32x4_sub), vsubudm: lanes(S.i64x2_sub),
  vaddubs: saturating(S.i8x16_add_sat_u, S.i8x16_add), vaddsbs: saturating(S.i8x16_add_sat_s, S.i8x16_add),
  vadduhs: saturating(S.i16x8_add_sat_u, S.i16x8_add), vaddshs: saturating(S.i16x8_add_sat_s, S.i16x8_add),
  vsububs: saturating(S.i8x16_sub_sat_u, S.i8x16_sub), vsubsbs: saturating(S.i8x16_sub_sat_s, S.i8x16_sub),
  vsubuhs: saturating(S.i16x8_sub_sat_u, S.i16x8_sub), vsubshs: saturating(S.i16x8_sub_sat_s, S.i16x8_sub),
  vmaxub: lanes(S.i8x16_max_u), vmaxsb: lanes(S.i8x16_max_s), vmaxuh: lanes(S.i16x8_max_u), vmaxsh: lanes(S.i16x8_max_s),
  vmaxuw: lanes(S.i32x4_max_u), vmaxsw: lanes(S.i32x4_max_s),
  vminub: lanes(S.i8x16_min_u), vminsb: lanes(S.i8x16_min_s), vminuh: lanes(S.i16x8_min_u), vminsh: lanes(S.i16x8_min_s),
  vminuw: lanes(S.i32x4_min_u), vminsw: lanes(S.i32x4_min_s),
  vcmpneb: compare(S.i8x16_ne), vcmpneh: compare(S.i16x8_ne), vcmpnew: compare(S.i32x4_ne),
  vcmpequb: compare(S.i8x16_eq), vcmpequh: compare(S.i16x8_eq), vcmpequw: compare(S.i32x4_eq), vcmpequd: compare(S.i64x2_eq),
  vcmpgtsb: compare(S.i8x16_gt_s), vcmpgtsh: compare(S.i16x8_gt_s), vcmpgtsw: compare(S.i32x4_gt_s), vcmpgtsd: compare(S.i64x2_gt_s),
  vcmpgtub: compare(S.i8x16_gt_u), vcmpgtuh: compare(S.i16x8_gt_u), vcmpgtuw: compare(S.i32x4_gt_u),
  vspltisb: splatImm(1), vspltish: splatImm(2), vspltisw: splatImm(4),
  vspltb: permuteB(splatSrc(1)), vsplth: permuteB(splatSrc(2)), vspltw: permuteB(splatSrc(4)),
  vmrghb: permute(mergeSrc(1, false)), vmrghh: permute(mergeSrc(2, false)), vmrghw: permute(mergeSrc(4, false)),
  vmrglb: permute(mergeSrc(1, true)), vmrglh: permute(mergeSrc(2, true)), vmrglw: permute(mergeSrc(4, true)),
  // vsldoi: bytes SHB..SHB+15 of VRA || VRB
  vsldoi: permute((i) => (j) => j + (i.rc & 15)),
  // the modulo packs: the low half of every element of VRA || VRB
  vpkuhum: permute(() => (j) => 2 * j + 1), vpkuwum: permute(() => lowHalves),
  vperm: vperm(false), vpermr: vperm(true), vgbbd,
  vaddfp: arith(S.f32x4_add), vsubfp: arith(S.f32x4_sub), vmaxfp: arith(S.f32x4_max), vminfp: arith(S.f32x4_min),
  vmaddfp: fma(false), vnmsubfp: fma(true),
  vcmpeqfp: compareF(S.f32x4_eq), vcmpgefp: compareF(S.f32x4_ge), vcmpgtfp: compareF(S.f32x4_gt),
  vcfsx: convertFrom(true), vcfux: convertFrom(false), vctsxs: convertTo(true), vctuxs: convertTo(false),
  vrfin: roundF(S.f32x4_nearest), vrfiz: roundF(S.f32x4_trunc), vrfip: roundF(S.f32x4_ceil), vrfim: roundF(S.f32x4_floor),
  vrefp, vrsqrtefp, vcmpbfp,
  mfvscr, mtvscr,
  vupkhsb: unpackS(1, false), vupklsb: unpackS(1, true), vupkhsh: unpackS(2, false), vupklsh: unpackS(2, true),
  vupkhsw: unpackS(4, false), vupklsw: unpackS(4, true),
  vpkshss: packSat(2, true, true), vpkshus: packSat(2, true, false), vpkuhus: packSat(2, false, false),
  vpkswss: packSat(4, true, true), vpkswus: packSat(4, true, false), vpkuwus: packSat(4, false, false),
  vmsumshm: msum('shm'), vmsumuhm: msum('uhm'), vmsumubm: msum('ubm'), vmsummbm: msum('mbm'),
  vslb: shiftLanes(1, 'sl'), vslh: shiftLanes(2, 'sl'), vslw: shiftLanes(4, 'sl'), vsld: shiftLanes(8, 'sl'),
  vsrb: shiftLanes(1, 'sr'), vsrh: shiftLanes(2, 'sr'), vsrw: shiftLanes(4, 'sr'), vsrd: shiftLanes(8, 'sr'),
  vsrab: shiftLanes(1, 'sra'), vsrah: shiftLanes(2, 'sra'), vsraw: shiftLanes(4, 'sra'), vsrad: shiftLanes(8, 'sra'),
  vrlb: shiftLanes(1, 'rl'), vrlh: shiftLanes(2, 'rl'), vrlw: shiftLanes(4, 'rl'), vrld: shiftLanes(8, 'rl'),
  vmuleub: mulEO(1, false, false), vmuloub: mulEO(1, false, true), vmulesb: mulEO(1, true, false), vmulosb: mulEO(1, true, true),
  vmuleuh: mulEO(2, false, false), vmulouh: mulEO(2, false, true), vmulesh: mulEO(2, true, false), vmulosh: mulEO(2, true, true),
  vmuleuw: mulEO(4, false, false), vmulouw: mulEO(4, false, true), vmulesw: mulEO(4, true, false), vmulosw: mulEO(4, true, true),
  vmuluwm: lanes(S.i32x4_mul),
  vmladduhm: (i) => (x) => { operandsAB(x, i); x.c.get(VA).get(VB).simd(S.i16x8_mul); getV(x, i.rc); x.c.simd(S.i16x8_add).set(VT); setV(x, i.rt, VT); },
  vadduws: satWord(false, false), vsubuws: satWord(true, false), vaddsws: satWord(false, true), vsubsws: satWord(true, true),
  vaddcuw: carryWord(false), vsubcuw: carryWord(true),
  vmaxsd: minMax64(true, false), vmaxud: minMax64(true, true), vminsd: minMax64(false, false), vminud: minMax64(false, true),
  vcmpgtud,
  vavgub: average(1, false), vavguh: average(2, false), vavguw: average(4, false),
  vavgsb: average(1, true), vavgsh: average(2, true), vavgsw: average(4, true),
  vabsdub: absDiff(1), vabsduh: absDiff(2), vabsduw: absDiff(4),
  vnegw: unaryB((x) => { x.c.get(VB).simd(S.i32x4_neg); }), vnegd: unaryB((x) => { x.c.get(VB).simd(S.i64x2_neg); }),
  vextsb2w: extendSign(1, 4), vextsh2w: extendSign(2, 4), vextsb2d: extendSign(1, 8), vextsh2d: extendSign(2, 8), vextsw2d: extendSign(4, 8),
  vpopcntb: popcount(1), vpopcnth: popcount(2), vpopcntw: popcount(4),
  vmrgew: permute(mergeEO(false)), vmrgow: permute(mergeEO(true)),
  vsum4ubs: sum4('ubs'), vsum4sbs: sum4('sbs'), vsum4shs: sum4('shs'), vsum2sws, vsumsws,
  vmhaddshs: mhadd(false), vmhraddshs: mhadd(true),
  vslo: shiftOctets(true), vsro: shiftOctets(false), vsl: shiftBits(true), vsr: shiftBits(false),
  vpkudum: packD('um'), vpkudus: packD('us'), vpksdus: packD('sus'), vpksdss: packD('ss'),
  vpkpx, vupkhpx: unpackPx(false), vupklpx: unpackPx(true),
  vmsumuhs: msumSat(false), vmsumshs: msumSat(true),
  vcmpnezb: compareNez(1), vcmpnezh: compareNez(2), vcmpnezw: compareNez(4),
  vclzlsbb: lsbb(false), vctzlsbb: lsbb(true),
  vextublx: extractX(1, false), vextuhlx: extractX(2, false), vextuwlx: extractX(4, false),
  vextubrx: extractX(1, true), vextuhrx: extractX(2, true), vextuwrx: extractX(4, true),
};

export const VMX_OPCD: Record<string, number> = Object.fromEntries(
  ['lvx', 'lvxl', 'stvx', 'stvxl', 'lvebx', 'lvehx', 'lvewx', 'stvebx', 'stvehx', 'stvewx', 'lvsl', 'lvsr'].map((m) => [m, 31]),
);
