// WebAssembly emitters for the rows the JS tier inlines (inline.ts), keyed the same way (row
// mnemonic, checked against the primary opcode), and for more fixed-point rows it leaves to
// their handlers (XER[CA] arithmetic and shifts, word and high multiplies, rotates with insert
// or by RB; XER's CA/CA32 per mode are cheap here): each reproduces its row handler exactly over
// i64 register locals (64-bit results in both modes; 32-bit mode truncates effective addresses,
// branch targets and the CR0/CTR tests as the handlers do). A row without an emitter here, or an
// instruction form the emitter declines (OE forms, invalid update forms, ...), calls its handler.

import type { Insn } from '../insn.js';
import { OPCD } from '../inline.js';
import { mask64 } from '../isa/fxhelpers.js';
import type { Ctx } from './compile.js';
import { crFieldOf, FN, HOST_FMA, HOST_SIMD, L, SCR_HI } from './layout.js';
import { Code, I32, I64, Op, SimdOp, uleb } from './encode.js';
import { ARENA_PAGE_CACHE, ARENA_PAGE_CACHE_SLOTS, ARENA_PAGE_CACHED, ARENA_RD_TOP, ARENA_WR_TOP } from '../memory.js';
import { XER_CA, XER_CA32 } from '../state.js';
import { oneField } from '../isa/cr.js';
import { FP_GENS, FP_OPCD } from './emitfp.js';
import { VSX_GENS, VSX_OPCD } from './emitvsx.js';
import { VMX_GENS, VMX_OPCD } from './emitvmx.js';

export type Emit = (x: Ctx, i: Insn) => void;
export type Gen = (i: Insn, sf: boolean) => Emit | undefined;

const TWO32 = 4294967296;
const TWO64 = 18446744073709551616;

const mask = (b: number, e: number): bigint => {
  const [h, l] = mask64(b, e);
  return (BigInt(h >>> 0) << 32n) | BigInt(l >>> 0);
};

/**
 * When the block ends with a bc testing a bit of CR field bf, after the instruction being emitted
 * (which sets that field): L.cond <- that bit, which `bit(k)` pushes (k: 0 LT, 1 GT, 2 EQ, 3 SO)
 * from the compare's own operands; the caller writes the field, then `fused` marks the bc, which
 * tests L.cond (bcCondition) instead of the bit in the CR local unless the CR local was written
 * or a handler called in between (Ctx.fused). The field is written all the same; only the branch
 * no longer waits for it. Returns the bc's address to mark, or -1.
 */
function fuseBranch(x: Ctx, bf: number, bit: (k: number) => void): number {
  const n = x.lastNext;
  if (n === undefined || n.row?.mnem !== 'bc' || n.lk || (n.rt & 0x14) !== 0x04 || n.ra >>> 2 !== bf) return -1;
  if ((n.ra & 3) === 3) x.rd(L.xer).c.i32(31).op(Op.i32_shr_u);
  else bit(n.ra & 3);
  x.c.set(L.cond);
  return n.addr;
}

/** CR0 from the i64 local l (helpers.setCr0: signed compare with 0 over 64 bits or the low word, SO copied). */
function cr0(x: Ctx, l: number): void {
  const c = x.c;
  const fused = fuseBranch(x, 0, (k) => {
    const op = [Op.i64_lt_s, Op.i64_gt_s, Op.i64_eq][k];
    if (x.sf) c.get(l).i64(0).op(op);
    else c.get(l).op(Op.i32_wrap_i64, Op.i64_extend_i32_s).i64(0).op(op);
  });
  c.i32(8).i32(4).i32(2);
  if (x.sf) {
    c.get(l).i64(0).op(Op.i64_gt_s, Op.select);
    c.get(l).i64(0).op(Op.i64_lt_s, Op.select);
  } else {
    c.get(l).op(Op.i32_wrap_i64).i32(0).op(Op.i32_gt_s, Op.select);
    c.get(l).op(Op.i32_wrap_i64).i32(0).op(Op.i32_lt_s, Op.select);
  }
  x.rd(L.xer); c.i32(31).op(Op.i32_shr_u, Op.i32_or);
  x.setCrField(0);
  x.fused = fused;
}

/** Record form: CR0 from GPR r. */
function rec(x: Ctx, i: Insn, r: number): void {
  if (i.rec) { x.used.add(L.gpr + r); cr0(x, L.gpr + r); }
}

/** CR field BF set from the i64 operands in locals t (a) and u (b): 8/4/2 by `signed` compare, SO copied. */
function crFieldTU(x: Ctx, bf: number, signed: boolean): void {
  const c = x.c;
  const fused = fuseBranch(x, bf, (k) => {
    const op = [signed ? Op.i64_lt_s : Op.i64_lt_u, signed ? Op.i64_gt_s : Op.i64_gt_u, Op.i64_eq][k];
    c.get(L.t).get(L.u).op(op);
  });
  c.i32(8).i32(4).i32(2);
  c.get(L.t).get(L.u).op(signed ? Op.i64_gt_s : Op.i64_gt_u, Op.select);
  c.get(L.t).get(L.u).op(signed ? Op.i64_lt_s : Op.i64_lt_u, Op.select);
  x.rd(L.xer); c.i32(31).op(Op.i32_shr_u, Op.i32_or);
  x.setCrField(bf);
  x.fused = fused;
}

/** Pushes GPR r's low word extended to i64 (signed or unsigned). */
function lowWord(x: Ctx, r: number, signed: boolean): void {
  x.g(r); x.c.op(Op.i32_wrap_i64, signed ? Op.i64_extend_i32_s : Op.i64_extend_i32_u);
}

/** Compares: word (L=0, or no 64-bit compares on the model) or doubleword; `b` pushes operand B as i64. */
function compare(signed: boolean, b: (x: Ctx, i: Insn, dword: boolean) => void): Gen {
  return (i) => (x) => {
    const dword = (i.rt & 1) === 1 && x.wide;
    if (dword) x.g(i.ra); else lowWord(x, i.ra, signed);
    x.c.set(L.t);
    b(x, i, dword);
    x.c.set(L.u);
    crFieldTU(x, i.rt >>> 2, signed);
  };
}

/** Sets local ea (i64) to the effective address (RA|0) + disp / + RB (32-bit mode: truncated). */
export function eaLocal(x: Ctx, ra: number, disp: number | undefined, rb: number): void {
  const c = x.c;
  if (x.sf) {
    if (ra === 0) { if (disp !== undefined) c.i64(disp); else x.g(rb); }
    else { x.g(ra); if (disp !== undefined) c.i64(disp); else x.g(rb); c.op(Op.i64_add); }
  } else {
    if (ra === 0) { if (disp !== undefined) c.i32(disp); else x.g(rb).c.op(Op.i32_wrap_i64); }
    else {
      x.g(ra).c.op(Op.i32_wrap_i64);
      if (disp !== undefined) c.i32(disp); else x.g(rb).c.op(Op.i32_wrap_i64);
      c.op(Op.i32_add);
    }
    c.op(Op.i64_extend_i32_u);
  }
  c.set(L.ea);
}

/**
 * The inline page-table lookup (memory.ts, Arena): inside a `block` whose end is the slow path,
 * pushes the host address of the n bytes at ea, or branches out when ea is at or above 4 GiB,
 * its page has no entry in the table at `top` (unmapped, zero page for a write, code, watched,
 * clean under dirty tracking, overflow) or the access crosses into the next page. With `cache`
 * (an integer load: top is the read table), the site's page cache is tried first.
 */
export function hostAddr(x: Ctx, top: number, n: number, cache = false): void {
  const c = x.c;
  // (from here ea is below 4 GiB, so ea less an empty slot's 2^63 is never a hit)
  if (x.sf) c.get(L.ea).i64(0xffffffff).op(Op.i64_gt_u, Op.br_if, 0);
  // An integer load: its site's page cache first (memory.ts ARENA_PAGE_CACHE), a slot chosen by
  // the instruction's address (the same bytes for the same code, which V8 compiles once). The
  // slot's loads do not depend on ea, so a hit adds no table load to the chain from address to
  // data. (Floating-point and vector loads keep the walk: their regions gained nothing, and
  // ppc32 fp_bench_nbody toward zero lost 20 % with the cache.)
  // block $hit (i32) { block $miss { the slot's page holds the n bytes: br $hit with their host
  //   address } the table walk (out: the slow path, one label further); the slot <- that page }
  const slot = ARENA_PAGE_CACHE + 16 * ((x.insn.addr / 4) % ARENA_PAGE_CACHE_SLOTS), out = cache ? 1 : 0;
  if (cache) {
    c.op(Op.block, I32, Op.block, 0x40);
    c.get(L.ea).i32(0).mem(Op.i64_load, 3, slot).op(Op.i64_sub);
    c.i64(0x1000 - n).op(Op.i64_gt_u, Op.br_if, 0);
    c.get(L.ea).op(Op.i32_wrap_i64).i32(0).mem(Op.i32_load, 2, slot + 8).op(Op.i32_add, Op.br, 1, Op.end);
  }
  c.get(L.ea).op(Op.i32_wrap_i64).set(L.a);
  pageEntry(x, top, L.a, L.pg, out);
  if (n > 1) c.get(L.a).i32(0xfff).op(Op.i32_and).i32(0x1000 - n).op(Op.i32_gt_u, Op.br_if, out);
  if (cache) {
    c.i32(0).get(L.ea).i64(-0x1000).op(Op.i64_and).mem(Op.i64_store, 3, slot);
    c.i32(0).get(L.pg).get(L.a).i32(-0x1000).op(Op.i32_and, Op.i32_sub).mem(Op.i32_store, 2, slot + 8);
    c.i32(0).i32(1).mem(Op.i32_store, 2, ARENA_PAGE_CACHED);
  }
  c.get(L.pg).get(L.a).i32(0xfff).op(Op.i32_and, Op.i32_add);
  if (cache) c.op(Op.end);
}

/**
 * Local dst <- the host address of the page holding the address in i32 local l, from the flat
 * table at `top` (memory.ts, Arena), or a branch to label `out` when it has no entry.
 */
export function pageEntry(x: Ctx, top: number, l: number, dst: number, out: number): void {
  const c = x.c;
  c.get(l).i32(10).op(Op.i32_shr_u).i32(-4).op(Op.i32_and).mem(Op.i32_load, 2, top);
  c.tee(dst).op(Op.i32_eqz, Op.br_if, out);
}

/** Byte-reverses the i32 on the stack (wasm has no bswap): rotates and masks. */
export function bswap32(x: Ctx): void {
  x.c.tee(L.w).i32(8).op(Op.i32_rotl).i32(0x00ff00ff).op(Op.i32_and);
  x.c.get(L.w).i32(8).op(Op.i32_rotr).i32(0xff00ff00 | 0).op(Op.i32_and, Op.i32_or);
}

/** Byte-reverses the low halfword of the i32 on the stack (the result's upper bits are not zero). */
function bswap16(x: Ctx): void {
  x.c.tee(L.w).i32(8).op(Op.i32_shr_u).i32(0xff).op(Op.i32_and).get(L.w).i32(8).op(Op.i32_shl, Op.i32_or);
}

/**
 * Whether regions use wasm SIMD: where this host's wasm has it (layout.ts HOST_SIMD: Node 16.4
 * and later, where the CPU has SSE4.1 on x64; the regions then declare the v128 locals the VMX
 * emitters need). Tests turn it off to run the other code.
 */
export const wasmSimd = { on: HOST_SIMD };

/**
 * Whether regions use the host's fused multiply-add (layout.ts HOST_FMA) where only the rounded
 * result is needed. Tests turn it off to run the other code.
 */
export const wasmFma = { on: HOST_FMA };

/** The doubleword at the host address on the stack (+ offset), byte-reversed, by SIMD: a load into a vector, one shuffle, the lane out. */
function loadBE64Simd(c: Code, offset: number): void {
  c.simd(SimdOp.v128_load64_zero, 0); uleb(c.b, offset);
  c.simd(SimdOp.v128_const, ...Array<number>(16).fill(0));
  c.simd(SimdOp.i8x16_shuffle, 7, 6, 5, 4, 3, 2, 1, 0, 8, 9, 10, 11, 12, 13, 14, 15);
  c.simd(SimdOp.i64x2_extract_lane, 0);
}

/**
 * Pushes the big-endian doubleword at the host address on the stack (+ offset) as an i64. Where
 * wasm has SIMD, a byte shuffle: faster than bswap64's shifts and masks (ppc64 bench_vm 47.7 ->
 * 42 ms). Stores and words keep the shifts (a shuffle was no faster for a stored doubleword in a
 * loop of them, and slower for words).
 */
export function loadBE64(x: Ctx, offset: number): void {
  if (wasmSimd.on) { loadBE64Simd(x.c, offset); return; }
  x.c.mem(Op.i64_load, 0, offset);
  bswap64(x);
}

/** Byte-reverses the i64 on the stack: bytes in halfwords, halfwords in words, then the words. */
export function bswap64(x: Ctx): void {
  const c = x.c;
  const m1 = 0x00ff00ff00ff00ffn, m2 = 0x0000ffff0000ffffn;
  c.tee(L.q).i64(8).op(Op.i64_shr_u).i64(m1).op(Op.i64_and).get(L.q).i64(m1).op(Op.i64_and).i64(8).op(Op.i64_shl, Op.i64_or);
  c.tee(L.q).i64(16).op(Op.i64_shr_u).i64(m2).op(Op.i64_and).get(L.q).i64(m2).op(Op.i64_and).i64(16).op(Op.i64_shl, Op.i64_or);
  c.i64(32).op(Op.i64_rotl);
}

export type Load = 'u8' | 'u16' | 's16' | 'u32' | 's32' | 'u64';
const READ_FN: Record<Load, number> = { u8: FN.r8, u16: FN.r16, s16: FN.r16, u32: FN.r32, s32: FN.r32, u64: FN.r64 };
const LOAD_BYTES: Record<Load, number> = { u8: 1, u16: 2, s16: 2, u32: 4, s32: 4, u64: 8 };

/** The guest value of `kind` at the host address on the stack, as i64, in the compiled byte order. */
function loadInline(x: Ctx, kind: Load): void {
  const c = x.c;
  if (kind === 'u8') { c.mem(Op.i64_load8_u, 0, 0); return; }
  if (x.le) {
    const op = { u16: Op.i64_load16_u, s16: Op.i64_load16_s, u32: Op.i64_load32_u, s32: Op.i64_load32_s, u64: Op.i64_load }[kind];
    c.mem(op, 0, 0);
    return;
  }
  if (kind === 'u64') { loadBE64(x, 0); return; }
  if (kind === 'u16' || kind === 's16') {
    c.mem(Op.i32_load16_u, 0, 0); bswap16(x); c.i32(0xffff).op(Op.i32_and, Op.i64_extend_i32_u);
    if (kind === 's16') c.op(Op.i64_extend16_s);
    return;
  }
  c.mem(Op.i32_load, 0, 0); bswap32(x);
  c.op(kind === 's32' ? Op.i64_extend_i32_s : Op.i64_extend_i32_u);
}

/**
 * Pushes the guest value of `kind` at L.ea as an i64: the inline page-table access, else the
 * accessor call (a fault leaves the region at the instruction at `addr`).
 */
export function loadAt(x: Ctx, kind: Load, addr: number, cache = false): void {
  const c = x.c;
  // block $done (i64) { block $slow { inline access; br $done } accessor call }
  c.op(Op.block, I64, Op.block, 0x40);
  hostAddr(x, ARENA_RD_TOP, LOAD_BYTES[kind], cache);
  loadInline(x, kind);
  c.op(Op.br, 1, Op.end);
  c.get(L.ea).op(Op.f64_convert_i64_u);
  c.call(READ_FN[kind]).tee(L.v).f64(0).op(Op.f64_lt);
  x.faultExit(addr);
  c.get(L.v).op(Op.i64_trunc_f64_u);
  if (kind === 's16') c.op(Op.i64_extend16_s);
  else if (kind === 's32') c.op(Op.i64_extend32_s);
  else if (kind === 'u64') c.i32(0).mem(Op.i64_load32_u, 2, SCR_HI).i64(32).op(Op.i64_shl, Op.i64_or);
  c.op(Op.end);
}

/** An update form's RA <- EA: RA + D, or RA + RB for the X forms (64-bit, as helpers.updateD/updateX), from the registers' values before the access's write. */
function updateRa(x: Ctx, i: Insn, form: 'D' | 'X'): void {
  x.g(i.ra);
  if (form === 'D') x.c.i64(i.imm); else x.g(i.rb);
  x.c.op(Op.i64_add);
  x.setG(i.ra);
}

/** Reverses the bytes of the low `kind` bits of the i64 on the stack (zero-extended): the byte-reversed accesses. */
function reverse(x: Ctx, kind: 'u16' | 'u32' | 'u64'): void {
  const c = x.c;
  if (kind === 'u64') { bswap64(x); return; }
  c.op(Op.i32_wrap_i64);
  if (kind === 'u16') { bswap16(x); c.i32(0xffff).op(Op.i32_and); } else bswap32(x);
  c.op(Op.i64_extend_i32_u);
}

/** A load (`rev`: lhbrx/lwbrx/ldbrx, the value's bytes reversed after the access in the current byte order). */
function load(kind: Load, form: 'D' | 'X', update: boolean, rev = false): Gen {
  return (i) => {
    if (update && (i.ra === 0 || i.ra === i.rt)) return undefined; // invalid form: the handler raises it
    return (x) => {
      eaLocal(x, i.ra, form === 'D' ? i.imm : undefined, i.rb);
      loadAt(x, kind, i.addr, true);
      if (rev) reverse(x, kind as 'u16' | 'u32' | 'u64');
      if (update) updateRa(x, i, form);
      x.setG(i.rt);
    };
  };
}

export type Store = 8 | 16 | 32 | 64;
const WRITE_FN: Record<Store, number> = { 8: FN.w8, 16: FN.w16, 32: FN.w32, 64: FN.w64 };

/** Stores the low `size` bits of the i64 `val` pushes at the host address on the stack, in the compiled byte order. */
function storeInline(x: Ctx, size: Store, val: () => void): void {
  const c = x.c;
  val();
  if (size === 8) { c.mem(Op.i64_store8, 0, 0); return; }
  if (x.le) { c.mem(size === 16 ? Op.i64_store16 : size === 32 ? Op.i64_store32 : Op.i64_store, 0, 0); return; }
  if (size === 64) { bswap64(x); c.mem(Op.i64_store, 0, 0); return; }
  c.op(Op.i32_wrap_i64);
  if (size === 16) { bswap16(x); c.mem(Op.i32_store16, 0, 0); } else { bswap32(x); c.mem(Op.i32_store, 0, 0); }
}

/**
 * Stores the low `size` bits of the i64 that `val` pushes (it may be called more than once) at
 * L.ea for instruction i: the inline access, else the accessor call (storeExit: a fault, or a
 * write to decoded code).
 */
export function storeAt(x: Ctx, size: Store, val: () => void, i: Insn, after?: () => void): void {
  const c = x.c;
  // block $done { block $slow { inline access; br $done } accessor call }
  c.op(Op.block, 0x40, Op.block, 0x40);
  hostAddr(x, ARENA_WR_TOP, size / 8);
  storeInline(x, size, val);
  c.op(Op.br, 1, Op.end);
  c.get(L.ea).op(Op.f64_convert_i64_u);
  if (size === 64) { val(); c.i64(32).op(Op.i64_shr_u, Op.i32_wrap_i64); }
  val(); c.op(Op.i32_wrap_i64);
  c.call(WRITE_FN[size]);
  x.storeExit(i, after);
  c.op(Op.end);
}

/** A store (`rev`: sthbrx/stwbrx/stdbrx, RS's bytes reversed, then stored in the current byte order). */
function store(size: Store, form: 'D' | 'X', update: boolean, rev = false): Gen {
  return (i) => {
    if (update && i.ra === 0) return undefined;
    return (x) => {
      eaLocal(x, i.ra, form === 'D' ? i.imm : undefined, i.rb);
      // RA <- EA once the store is done (also before leaving after a store into decoded code)
      const upd = update ? () => updateRa(x, i, form) : undefined;
      const kind = size === 16 ? 'u16' : size === 32 ? 'u32' : 'u64';
      storeAt(x, size, () => { x.g(i.rt); if (rev) reverse(x, kind); }, i, upd);
      upd?.();
    };
  };
}

/** RA <- f(RS, RB) for 64-bit binary operators (logical), with Rc. */
function logical(ops: number[], invertB = false, invertResult = false): Gen {
  return (i) => (x) => {
    const c = x.c;
    x.g(i.rt); x.g(i.rb);
    if (invertB) c.i64(-1).op(Op.i64_xor);
    c.op(...ops);
    if (invertResult) c.i64(-1).op(Op.i64_xor);
    x.setG(i.ra);
    rec(x, i, i.ra);
  };
}

/** RT <- f(RA, RB) arithmetic (no OE), with Rc. `swap` computes f(RB, RA). */
function arith(op: number, swap = false): Gen {
  return (i) => {
    if (i.oe) return undefined;
    return (x) => {
      if (swap) { x.g(i.rb); x.g(i.ra); } else { x.g(i.ra); x.g(i.rb); }
      x.c.op(op);
      x.setG(i.rt);
      rec(x, i, i.rt);
    };
  };
}

/** D-form logical immediates RA <- RS op UI (shifted). */
function logImm(op: number, shift: number): Gen {
  return (i) => (x) => {
    const u = ((i.ui << shift) >>> 0);
    if (u === 0 && i.ra === i.rt) return; // nop
    x.g(i.rt); x.c.i64(u).op(op);
    x.setG(i.ra);
  };
}

function andImm(shift: number): Gen {
  return (i) => (x) => {
    x.g(i.rt); x.c.i64((i.ui << shift) >>> 0).op(Op.i64_and);
    x.setG(i.ra);
    cr0(x, L.gpr + i.ra);
  };
}

function exts(op: number): Gen {
  return (i) => (x) => { x.g(i.rt); x.c.op(op); x.setG(i.ra); rec(x, i, i.ra); };
}

/** Swaps the adjacent `bits`-wide fields (8: the bytes of each halfword, 16: the halfwords of each word) of the i64 on the stack. */
function swapLanes(x: Ctx, bits: 8 | 16): void {
  const m = bits === 8 ? 0x00ff00ff00ff00ffn : 0x0000ffff0000ffffn;
  x.c.tee(L.q).i64(m).op(Op.i64_and).i64(bits).op(Op.i64_shl).get(L.q).i64(bits).op(Op.i64_shr_u).i64(m).op(Op.i64_and, Op.i64_or);
}

/** moduw/modsw (word: the low words, the result extended) and modud/modsd: RT <- RA mod RB, 0 when RB is zero. */
function modulo(word: boolean, signed: boolean): Gen {
  return (i) => (x) => {
    const c = x.c;
    if (word) {
      x.g(i.ra); c.op(Op.i32_wrap_i64);
      // (a zero divisor replaced by 1: the remainder is then 0, and wasm does not trap)
      x.g(i.rb); c.op(Op.i32_wrap_i64).tee(L.s).i32(1).get(L.s).op(Op.select);
      c.op(signed ? Op.i32_rem_s : Op.i32_rem_u, signed ? Op.i64_extend_i32_s : Op.i64_extend_i32_u);
    } else {
      x.g(i.ra);
      x.g(i.rb); c.tee(L.t).i64(1).get(L.t).op(Op.i64_eqz, Op.i32_eqz, Op.select);
      c.op(signed ? Op.i64_rem_s : Op.i64_rem_u);
    }
    x.setG(i.rt);
  };
}

/**
 * RA <- a count of RS's bits (i64 result): `word` counts in its low word (i32 clz/ctz), else all
 * 64; with `rc` (the row has a record form), CR0 when Rc is set (popcntd ignores the bit).
 */
function count(op: number, word: boolean, rc = true): Gen {
  return (i) => (x) => {
    x.g(i.rt);
    if (word) x.c.op(Op.i32_wrap_i64, op, Op.i64_extend_i32_u); else x.c.op(op);
    x.setG(i.ra);
    if (rc) rec(x, i, i.ra);
  };
}

function rotMd(maskOf: (i: Insn) => bigint): Gen {
  return (i) => (x) => {
    x.g(i.rt);
    if (i.sh !== 0) x.c.i64(i.sh).op(Op.i64_rotl);
    x.c.i64(maskOf(i)).op(Op.i64_and);
    x.setG(i.ra);
    rec(x, i, i.ra);
  };
}

/** slw/srw: n = RB & 63; n < 32 ? RS(low) shifted : 0, zero-extended. */
function shiftW(op: number): Gen {
  return (i) => (x) => {
    const c = x.c;
    x.g(i.rt); c.op(Op.i32_wrap_i64);
    x.g(i.rb); c.op(Op.i32_wrap_i64).i32(63).op(Op.i32_and).tee(L.s);
    c.op(op, Op.i64_extend_i32_u).i64(0);
    c.get(L.s).i32(32).op(Op.i32_lt_u, Op.select);
    x.setG(i.ra);
    rec(x, i, i.ra);
  };
}

/** sld/srd: n = RB & 127; n < 64 ? RS shifted : 0. */
function shiftD(op: number): Gen {
  return (i) => (x) => {
    const c = x.c;
    x.g(i.rt);
    x.g(i.rb); c.i64(127).op(Op.i64_and).tee(L.t);
    c.op(op).i64(0);
    c.get(L.t).i64(64).op(Op.i64_lt_u, Op.select);
    x.setG(i.ra);
    rec(x, i, i.ra);
  };
}

/** Branch target of an I/B form (constant). */
function target(i: Insn, sf: boolean): number {
  const t = (i.aa ? 0 : i.addr) + i.imm;
  if (!sf) return t >>> 0;
  return t < 0 ? t + TWO64 : t >= TWO64 ? t - TWO64 : t;
}

/** LR <- the address after i (the link). */
function link(x: Ctx, i: Insn): void {
  const next = x.sf ? i.addr + 4 : (i.addr + 4) >>> 0;
  x.c.i64((BigInt(Math.floor(next / TWO32)) << 32n) | BigInt(next % TWO32));
  x.wr(L.lr);
}

const branches: Record<string, Gen> = {
  b: (i, sf) => (x) => {
    if (i.lk) link(x, i);
    x.c.addr(target(i, sf)).set(L.nia);
  },
  bc: (i, sf) => {
    const t = target(i, sf), cond = bcCondition(i);
    if (cond === null) return undefined;
    return (x) => {
      if (cond !== undefined) { cond(x); x.c.op(Op.if, 0x40).addr(t).set(L.nia).op(Op.end); }
      if (i.lk) link(x, i);
      if (cond === undefined) x.c.addr(t).set(L.nia);
    };
  },
};

/**
 * bc's test (i.rt = BO, i.ra = BI): a function emitting its side effect (CTR decremented) and
 * pushing whether the branch is taken (i32); undefined for branch-always, null for the forms
 * without an emitter (a test of both CR and CTR).
 */
function bcCondition(i: Insn): ((x: Ctx) => void) | undefined | null {
  const bo = i.rt;
  if ((bo & 0x14) === 0x14) return undefined;
  if ((bo & 0x14) === 0x04) {
    return (x) => {
      if (x.fused === i.addr) x.c.get(L.cond); // (the field's last writer: fuseBranch)
      else x.crBit(i.ra);
      if ((bo & 8) === 0) x.c.op(Op.i32_eqz);
    };
  }
  if ((bo & 0x14) === 0x10) {
    return (x) => {
      const c = x.c;
      x.rd(L.ctr); c.i64(1).op(Op.i64_sub); x.wr(L.ctr);
      x.rd(L.ctr);
      if (x.sf) c.i64(0).op(Op.i64_ne); else c.op(Op.i32_wrap_i64).i32(0).op(Op.i32_ne);
      if (((bo >>> 1) & 1) === 1) c.op(Op.i32_eqz);
    };
  }
  return null;
}

/**
 * A member's final b or bc without LK, which generate (compile.ts) turns into branches straight
 * to the successor members: the test bc makes (pushing whether it is taken, an i32), `always`
 * for b and branch-always; undefined for anything else (its emitter sets L.nia).
 */
export function directBranch(i: Insn): ((x: Ctx) => void) | 'always' | undefined {
  const mnem = i.row?.mnem;
  if (i.lk || (mnem !== 'b' && mnem !== 'bc')) return undefined;
  const cond = mnem === 'b' ? undefined : bcCondition(i);
  return cond === null ? undefined : cond ?? 'always';
}

/** bclr / bcctr: target from LR / CTR (low 2 bits cleared, read before LK links). */
function branchReg(reg: number): Gen {
  return (i) => {
    const bo = i.rt;
    const always = (bo & 0x14) === 0x14, crOnly = (bo & 0x14) === 0x04;
    if (!always && !crOnly) return undefined;
    return (x) => {
      const c = x.c;
      x.rd(reg);
      if (x.sf) c.i64(-4).op(Op.i64_and);
      else c.op(Op.i32_wrap_i64).i32(-4).op(Op.i32_and, Op.i64_extend_i32_u);
      c.set(L.t);
      if (i.lk) link(x, i);
      if (always) { c.get(L.t).set(L.nia); return; }
      x.crBit(i.ra);
      if ((bo & 8) === 0) c.op(Op.i32_eqz);
      c.op(Op.if, 0x40).get(L.t).set(L.nia).op(Op.end);
    };
  };
}

function addImm(shift: number): Gen {
  return (i) => (x) => {
    const imm = shift ? i.imm << 16 : i.imm;
    if (i.ra === 0) x.c.i64(imm);
    else { x.g(i.ra); x.c.i64(imm).op(Op.i64_add); }
    x.setG(i.rt);
  };
}

// ---- carrying arithmetic, algebraic shifts, multiplies, rotates with insert ----------------
// Temporaries: L.t, L.u, L.q and L.ea (i64; ea is free outside the memory emitters), L.s (i32).

/** Pushes one i64 operand of a carrying add. */
type Operand = (x: Ctx, i: Insn) => void;
const opRa: Operand = (x, i) => { x.g(i.ra); };
const opNotRa: Operand = (x, i) => { x.g(i.ra); x.c.i64(-1).op(Op.i64_xor); };
const opRb: Operand = (x, i) => { x.g(i.rb); };
const opSimm: Operand = (x, i) => { x.c.i64(i.imm); };
const opConst = (v: number): Operand => (x) => { x.c.i64(v); };

/** Pushes XER[CA] as an i64 0 or 1. */
function caIn(x: Ctx): void {
  x.rd(L.xer); x.c.i32(29).op(Op.i32_shr_u).i32(1).op(Op.i32_and, Op.i64_extend_i32_u);
}

/** XER <- XER with CA and CA32 both set to the i32 condition (0/1) on the stack (algebraic shifts). */
function setCaBoth(x: Ctx): void {
  const c = x.c;
  c.set(L.s);
  c.i32(XER_CA | XER_CA32).i32(0).get(L.s).op(Op.select);
  x.rd(L.xer); c.i32(~(XER_CA | XER_CA32)).op(Op.i32_and, Op.i32_or);
  x.wr(L.xer);
}

/**
 * RT <- a + b + carry-in (fxhelpers.arith with ca): the 64-bit sum in both modes; CA32 is the
 * carry out of the low word, CA that carry in 32-bit mode and the carry out of bit 0 in 64-bit
 * mode. `xo`: an XO form (OE forms call the handler; Rc from the word); otherwise a D form, whose
 * OE/Rc positions are immediate bits: `dot` says whether it records (addic.).
 */
function addCarrying(a: Operand, b: Operand, cin: 0 | 1 | 'ca', xo: boolean, dot = false): Gen {
  return (i) => {
    if (xo && i.oe) return undefined;
    const record = xo ? i.rec === 1 : dot;
    return (x) => {
      const c = x.c;
      a(x, i); c.set(L.t);
      b(x, i); c.set(L.u);
      c.get(L.t).get(L.u).op(Op.i64_add);
      if (cin === 1) c.i64(1).op(Op.i64_add);
      else if (cin === 'ca') { caIn(x); c.op(Op.i64_add); }
      c.tee(L.q);
      x.setG(i.rt);
      // The carry out of every bit: majority(a, b, carry in) = (a & b) | ((a | b) & ~sum).
      c.get(L.t).get(L.u).op(Op.i64_and).get(L.t).get(L.u).op(Op.i64_or);
      c.get(L.q).i64(-1).op(Op.i64_xor, Op.i64_and, Op.i64_or).set(L.t);
      x.rd(L.xer); c.i32(~(XER_CA | XER_CA32)).op(Op.i32_and);
      c.get(L.t).i64(31).op(Op.i64_shr_u, Op.i32_wrap_i64).i32(1).op(Op.i32_and); // carry out of the low word
      if (x.sf) {
        c.i32(18).op(Op.i32_shl, Op.i32_or); // CA32 (XER bit 18)
        c.get(L.t).i64(63).op(Op.i64_shr_u, Op.i32_wrap_i64).i32(29).op(Op.i32_shl, Op.i32_or); // CA
      } else {
        c.tee(L.s).i32(18).op(Op.i32_shl, Op.i32_or).get(L.s).i32(29).op(Op.i32_shl, Op.i32_or);
      }
      x.wr(L.xer);
      if (record) { x.used.add(L.gpr + i.rt); cr0(x, L.gpr + i.rt); }
    };
  };
}

/**
 * Algebraic right shifts (fixedpoint.ts srawBy/sradBy): S (local t) is RS's low word
 * sign-extended (word) or RS (doubleword), n (local u) the count: sh, RB & 63 (word) or RB & 127.
 * RA <- S >> min(n, 63), sign-extended to 64 bits; CA = CA32 = S < 0 and 1-bits shifted out
 * (any bit of S below bit n, or n >= 64 for srad).
 */
function shiftAlg(word: boolean, byRb: boolean): Gen {
  return (i) => (x) => {
    const c = x.c;
    if (word) lowWord(x, i.rt, true); else x.g(i.rt);
    c.set(L.t);
    if (byRb) { x.g(i.rb); c.i64(word ? 63 : 127).op(Op.i64_and); } else c.i64(i.sh);
    c.set(L.u);
    if (!word && byRb) c.get(L.u).i64(63).get(L.u).i64(64).op(Op.i64_lt_u, Op.select).set(L.q); // min(n, 63)
    const n = !word && byRb ? L.q : L.u;
    c.get(L.t).get(n).op(Op.i64_shr_s);
    x.setG(i.ra);
    // lost: S & ~(-1 << n) != 0 (a word's S is sign-extended: n >= 32 sees its sign bit)
    c.get(L.t).i64(-1).get(n).op(Op.i64_shl).i64(-1).op(Op.i64_xor, Op.i64_and).i64(0).op(Op.i64_ne);
    if (!word && byRb) c.get(L.u).i64(63).op(Op.i64_gt_u, Op.i32_or);
    c.get(L.t).i64(0).op(Op.i64_lt_s, Op.i32_and);
    setCaBoth(x);
    rec(x, i, i.ra);
  };
}

/** mullw / mulhw / mulhwu: the 64-bit product of the low words (signed or not); high: its high word, zero-extended. */
function mulWord(signed: boolean, high: boolean): Gen {
  return (i) => {
    if (!high && i.oe) return undefined;
    return (x) => {
      lowWord(x, i.ra, signed); lowWord(x, i.rb, signed);
      x.c.op(Op.i64_mul);
      if (high) x.c.i64(32).op(Op.i64_shr_u);
      x.setG(i.rt);
      rec(x, i, i.rt);
    };
  };
}

/**
 * mulhd / mulhdu: the high doubleword of the 128-bit product from 32-bit halves (wasm has no
 * wide multiply): hi = aH*bH + (aL*bH >> 32) + (aH*bL >> 32) + carries of the middle column;
 * signed: minus (a < 0 ? b : 0) and (b < 0 ? a : 0), modulo 2^64 (as fxhelpers.mulhi64).
 */
function mulHighD(signed: boolean): Gen {
  return (i) => (x) => {
    const c = x.c, lo = 0xffffffffn;
    const a = L.t, b = L.u, lh = L.q, hl = L.ea;
    x.g(i.ra); c.set(a);
    x.g(i.rb); c.set(b);
    c.get(a).i64(lo).op(Op.i64_and).get(b).i64(32).op(Op.i64_shr_u, Op.i64_mul).set(lh);
    c.get(a).i64(32).op(Op.i64_shr_u).get(b).i64(lo).op(Op.i64_and, Op.i64_mul).set(hl);
    // middle column: (aL*bL >> 32) + low(lh) + low(hl) < 3 * 2^32
    c.get(a).i64(lo).op(Op.i64_and).get(b).i64(lo).op(Op.i64_and, Op.i64_mul).i64(32).op(Op.i64_shr_u);
    c.get(lh).i64(lo).op(Op.i64_and, Op.i64_add).get(hl).i64(lo).op(Op.i64_and, Op.i64_add).i64(32).op(Op.i64_shr_u);
    c.get(a).i64(32).op(Op.i64_shr_u).get(b).i64(32).op(Op.i64_shr_u, Op.i64_mul, Op.i64_add);
    c.get(lh).i64(32).op(Op.i64_shr_u, Op.i64_add).get(hl).i64(32).op(Op.i64_shr_u, Op.i64_add);
    if (signed) {
      c.get(b).get(a).i64(63).op(Op.i64_shr_s, Op.i64_and, Op.i64_sub);
      c.get(a).get(b).i64(63).op(Op.i64_shr_s, Op.i64_and, Op.i64_sub);
    }
    x.setG(i.rt);
    rec(x, i, i.rt);
  };
}

/**
 * Pushes RS's low word rotated left by SH, or by RB when `byRb` (rotl takes it mod 32), as i64:
 * in both words (ROTL32) when the mask to be applied wraps (mb > me); else the mask (MB..ME) has
 * no bit in the high word, and the rotated word is only zero-extended.
 */
function rotWord(x: Ctx, i: Insn, byRb: boolean): void {
  const c = x.c;
  x.g(i.rt); c.op(Op.i32_wrap_i64);
  if (byRb) { x.g(i.rb); c.op(Op.i32_wrap_i64, Op.i32_rotl); } else if (i.sh !== 0) c.i32(i.sh).op(Op.i32_rotl);
  c.op(Op.i64_extend_i32_u);
  if (i.mb > i.me) c.tee(L.t).i64(32).op(Op.i64_shl).get(L.t).op(Op.i64_or);
}

/** RA <- (rotated & m) | (RA & ~m): rlwimi, rldimi. */
function insert(x: Ctx, i: Insn, m: bigint): void {
  x.c.i64(m).op(Op.i64_and);
  x.g(i.ra); x.c.i64(~m).op(Op.i64_and, Op.i64_or);
  x.setG(i.ra);
  rec(x, i, i.ra);
}

/** rldcl / rldcr: RA <- ROTL64(RS, RB & 63) & mask (rotl takes the count mod 64). */
function rotMds(maskOf: (i: Insn) => bigint): Gen {
  return (i) => (x) => {
    x.g(i.rt); x.g(i.rb); x.c.op(Op.i64_rotl).i64(maskOf(i)).op(Op.i64_and);
    x.setG(i.ra);
    rec(x, i, i.ra);
  };
}

// ---- condition register (isa/cr.ts) ---------------------------------------------------------

/**
 * The CR logical ops: CR bit BT <- f(bit BA, bit BB) (bit n is mask 1 << (31 - n)); `notB`
 * complements bit BB first (crandc, crorc), `invert` the result (crnand, crnor, creqv).
 */
const crLogical = (f: number, invert = false, notB = false): Gen => (i) => (x) => {
  const c = x.c, place = (n: number): number => 3 - (n & 3); // a bit's place in its field
  x.crField(i.rt >>> 2); c.i32(~(1 << place(i.rt))).op(Op.i32_and);
  x.crField(i.ra >>> 2); c.i32(place(i.ra)).op(Op.i32_shr_u);
  x.crField(i.rb >>> 2); c.i32(place(i.rb)).op(Op.i32_shr_u);
  if (notB) c.i32(-1).op(Op.i32_xor);
  c.op(f);
  if (invert) c.i32(-1).op(Op.i32_xor);
  c.i32(1).op(Op.i32_and).i32(place(i.rt)).op(Op.i32_shl, Op.i32_or);
  x.setCrField(i.rt >>> 2);
};

/** mtcrf (mtocrf: exactly one FXM bit, else nothing, as cr.ts): the selected fields <- RS's. */
const mtcrf = (single: boolean): Gen => (i) => (x) => {
  if (single && !oneField(i.x)) return;
  for (let f = 0; f < 8; f++) {
    if ((i.x & (0x80 >> f)) === 0) continue;
    x.g(i.rt); x.c.op(Op.i32_wrap_i64);
    crFieldOf(x.c, f);
    x.setCrField(f);
  }
};

/** mfcr (mfocrf: exactly one FXM bit, that field only, else nothing): RT <- CR, zero-extended. */
const mfcr = (single: boolean): Gen => (i) => (x) => {
  if (single && !oneField(i.x)) return;
  if (single) {
    const f = Math.clz32(i.x) - 24; // (FXM bit 0x80: field 0)
    x.crField(f);
    if (f < 7) x.c.i32(28 - 4 * f).op(Op.i32_shl);
  } else x.rd(L.cr);
  x.c.op(Op.i64_extend_i32_u);
  x.setG(i.rt);
};

/** mcrf: CR field BF <- field BFA. */
const mcrf: Gen = (i) => (x) => {
  x.crField(i.ra >>> 2).setCrField(i.rt >>> 2);
};

const CR_GENS: Record<string, Gen> = {
  crand: crLogical(Op.i32_and), cror: crLogical(Op.i32_or), crxor: crLogical(Op.i32_xor),
  crnand: crLogical(Op.i32_and, true), crnor: crLogical(Op.i32_or, true), creqv: crLogical(Op.i32_xor, true),
  crandc: crLogical(Op.i32_and, false, true), crorc: crLogical(Op.i32_or, false, true),
  mcrf, mtcrf: mtcrf(false), mtocrf: mtcrf(true), mfcr: mfcr(false), mfocrf: mfcr(true),
};

/** Primary opcodes of the rows below that inline.ts's OPCD table does not list (and that are not 31). */
const OWN_OPCD: Record<string, readonly number[]> = {
  mulli: [7], subfic: [8], addic: [12, 13], rlwimi: [20], rlwnm: [23], rldimi: [30], rldcl: [30], rldcr: [30], lhau: [43],
  maddld: [4],
  ...Object.fromEntries(['crand', 'cror', 'crxor', 'crnand', 'crnor', 'creqv', 'crandc', 'crorc', 'mcrf'].map((n) => [n, [19]])),
};

const GENS: Record<string, Gen> = {
  ...branches,
  bclr: branchReg(L.lr),
  bcctr: branchReg(L.ctr),
  addi: addImm(0),
  addis: addImm(16),
  add: arith(Op.i64_add),
  subf: arith(Op.i64_sub, true),
  mulld: arith(Op.i64_mul),
  // maddld (ISA 3.0): RT <- low doubleword of RA * RB + RC
  maddld: (i) => (x) => { x.g(i.ra); x.g(i.rb); x.c.op(Op.i64_mul); x.g(i.rc); x.c.op(Op.i64_add); x.setG(i.rt); },
  ...CR_GENS,
  neg: (i) => (i.oe ? undefined : (x) => {
    x.c.i64(0); x.g(i.ra); x.c.op(Op.i64_sub); x.setG(i.rt); rec(x, i, i.rt);
  }),
  and: logical([Op.i64_and]),
  andc: logical([Op.i64_and], true),
  or: logical([Op.i64_or]),
  orc: logical([Op.i64_or], true),
  xor: logical([Op.i64_xor]),
  nor: logical([Op.i64_or], false, true),
  nand: logical([Op.i64_and], false, true),
  eqv: logical([Op.i64_xor], false, true),
  ori: logImm(Op.i64_or, 0),
  oris: logImm(Op.i64_or, 16),
  xori: logImm(Op.i64_xor, 0),
  xoris: logImm(Op.i64_xor, 16),
  andi: andImm(0),
  andis: andImm(16),
  cntlzw: count(Op.i32_clz, true), cntlzd: count(Op.i64_clz, false),
  cnttzw: count(Op.i32_ctz, true), cnttzd: count(Op.i64_ctz, false),
  popcntd: count(Op.i64_popcnt, false, false),
  // popcntw: each word's count in that word
  popcntw: (i) => (x) => {
    x.g(i.rt); x.c.i64(32).op(Op.i64_shr_u, Op.i64_popcnt).i64(32).op(Op.i64_shl);
    x.g(i.rt); x.c.i64(0xffffffff).op(Op.i64_and, Op.i64_popcnt, Op.i64_or);
    x.setG(i.ra);
  },
  // isel: RT <- CR bit BC (the rc field) ? (RA|0) : RB
  isel: (i) => (x) => {
    if (i.ra === 0) x.c.i64(0); else x.g(i.ra);
    x.g(i.rb);
    x.crBit(i.rc); x.c.op(Op.select);
    x.setG(i.rt);
  },
  // extswsli (ISA 3.0): RA <- EXTS(RS's low word) << SH; Rc: CR0
  extswsli: (i) => (x) => {
    x.g(i.rt); x.c.op(Op.i32_wrap_i64, Op.i64_extend_i32_s).i64(i.sh).op(Op.i64_shl);
    x.setG(i.ra); rec(x, i, i.ra);
  },
  // cmpb: each byte of RA <- 0xff where RS's and RB's bytes are equal, else 0: with x = RS ^ RB,
  // ~(((x & 0x7f..) + 0x7f..) | x | 0x7f..) has the top bit of exactly the zero bytes of x
  // (no carry leaves a byte); shifted down to bit 0 and multiplied by 0xff
  cmpb: (i) => (x) => {
    const c = x.c, m7 = 0x7f7f7f7f7f7f7f7fn;
    x.g(i.rt); x.g(i.rb); c.op(Op.i64_xor).set(L.t);
    c.get(L.t).i64(m7).op(Op.i64_and).i64(m7).op(Op.i64_add).get(L.t).op(Op.i64_or).i64(m7).op(Op.i64_or);
    c.i64(-1).op(Op.i64_xor).i64(7).op(Op.i64_shr_u).i64(0xff).op(Op.i64_mul);
    x.setG(i.ra);
  },
  // setbc/setbcr/setnbc/setnbcr (ISA 3.1): RT <- CR bit BI (the ra field), or its inverse, as 1 or -1, else 0
  ...Object.fromEntries(([['setbc', 0, false], ['setbcr', 1, false], ['setnbc', 0, true], ['setnbcr', 1, true]] as const).map(([n, rev, neg]) => [n, (i: Insn) => (x: Ctx) => {
    if (neg) x.c.i64(0);
    x.crBit(i.ra);
    if (rev) x.c.op(Op.i32_eqz); else x.c.i32(0).op(Op.i32_ne);
    x.c.op(Op.i64_extend_i32_u);
    if (neg) x.c.op(Op.i64_sub);
    x.setG(i.rt);
  }])),
  // brh/brw/brd (ISA 3.1): RA <- RS with the bytes of each halfword, word or the doubleword reversed
  brh: (i) => (x) => { x.g(i.rt); swapLanes(x, 8); x.setG(i.ra); },
  brw: (i) => (x) => { x.g(i.rt); swapLanes(x, 8); swapLanes(x, 16); x.setG(i.ra); },
  brd: (i) => (x) => { x.g(i.rt); bswap64(x); x.setG(i.ra); },
  // the modulos (ISA 3.0): zero for a zero divisor (and for the most negative value modulo -1,
  // which wasm's rem_s gives too), as the handlers; the word forms on the low words
  moduw: modulo(true, false), modsw: modulo(true, true), modud: modulo(false, false), modsd: modulo(false, true),
  // cache hints: no effect, no fault (isa/system.ts)
  dcbt: () => () => {}, dcbtst: () => () => {},
  extsb: exts(Op.i64_extend8_s),
  extsh: exts(Op.i64_extend16_s),
  extsw: exts(Op.i64_extend32_s),
  rlwinm: (i) => (x) => {
    rotWord(x, i, false);
    x.c.i64(mask(i.mb + 32, i.me + 32)).op(Op.i64_and);
    x.setG(i.ra);
    rec(x, i, i.ra);
  },
  rldicl: rotMd((i) => mask(i.mb, 63)),
  rldicr: rotMd((i) => mask(0, i.me)),
  rldic: rotMd((i) => mask(i.mb, 63 - i.sh)),
  slw: shiftW(Op.i32_shl),
  srw: shiftW(Op.i32_shr_u),
  sld: shiftD(Op.i64_shl),
  srd: shiftD(Op.i64_shr_u),
  cmp: compare(true, (x, i, dw) => (dw ? x.g(i.rb) : lowWord(x, i.rb, true))),
  cmpl: compare(false, (x, i, dw) => (dw ? x.g(i.rb) : lowWord(x, i.rb, false))),
  cmpi: compare(true, (x, i) => x.c.i64(i.imm)),
  cmpli: compare(false, (x, i) => x.c.i64(i.ui)),
  mfspr: (i) => (i.spr === 8 || i.spr === 9 ? (x) => { x.rd(i.spr === 8 ? L.lr : L.ctr); x.setG(i.rt); } : undefined),
  mtspr: (i) => (i.spr === 8 || i.spr === 9
    ? (x) => { x.g(i.rt); x.wr(i.spr === 8 ? L.lr : L.ctr); }
    : i.spr === 1 ? (x) => { x.g(i.rt); x.c.op(Op.i32_wrap_i64); x.wr(L.xer); } : undefined),
  lbz: load('u8', 'D', false), lhz: load('u16', 'D', false), lha: load('s16', 'D', false), lwz: load('u32', 'D', false),
  lwa: load('s32', 'D', false), ld: load('u64', 'D', false),
  lbzu: load('u8', 'D', true), lhzu: load('u16', 'D', true), lwzu: load('u32', 'D', true), ldu: load('u64', 'D', true),
  lbzx: load('u8', 'X', false), lhzx: load('u16', 'X', false), lwzx: load('u32', 'X', false), ldx: load('u64', 'X', false),
  lhax: load('s16', 'X', false), lwax: load('s32', 'X', false),
  stb: store(8, 'D', false), sth: store(16, 'D', false), stw: store(32, 'D', false), std: store(64, 'D', false),
  stbu: store(8, 'D', true), sthu: store(16, 'D', true), stwu: store(32, 'D', true), stdu: store(64, 'D', true),
  stbx: store(8, 'X', false), sthx: store(16, 'X', false), stwx: store(32, 'X', false), stdx: store(64, 'X', false),
  lhau: load('s16', 'D', true), // (coremark's hottest remaining handler call)
  lbzux: load('u8', 'X', true), lhzux: load('u16', 'X', true), lhaux: load('s16', 'X', true), lwzux: load('u32', 'X', true),
  lwaux: load('s32', 'X', true), ldux: load('u64', 'X', true),
  stbux: store(8, 'X', true), sthux: store(16, 'X', true), stwux: store(32, 'X', true), stdux: store(64, 'X', true),
  lhbrx: load('u16', 'X', false, true), lwbrx: load('u32', 'X', false, true), ldbrx: load('u64', 'X', false, true),
  sthbrx: store(16, 'X', false, true), stwbrx: store(32, 'X', false, true), stdbrx: store(64, 'X', false, true),
  mulli: (i) => (x) => { x.g(i.ra); x.c.i64(i.imm).op(Op.i64_mul); x.setG(i.rt); },
  // addic is two rows (opcode 12, and 13 recording); the D forms' bit 31 is an immediate bit.
  addic: (i, sf) => addCarrying(opRa, opSimm, 0, false, i.row?.opcd === 13)(i, sf),
  subfic: addCarrying(opNotRa, opSimm, 1, false),
  addc: addCarrying(opRa, opRb, 0, true),
  subfc: addCarrying(opNotRa, opRb, 1, true),
  adde: addCarrying(opRa, opRb, 'ca', true),
  subfe: addCarrying(opNotRa, opRb, 'ca', true),
  addze: addCarrying(opRa, opConst(0), 'ca', true),
  subfze: addCarrying(opNotRa, opConst(0), 'ca', true),
  addme: addCarrying(opRa, opConst(-1), 'ca', true),
  subfme: addCarrying(opNotRa, opConst(-1), 'ca', true),
  srawi: shiftAlg(true, false),
  sraw: shiftAlg(true, true),
  sradi: shiftAlg(false, false),
  srad: shiftAlg(false, true),
  mullw: mulWord(true, false),
  mulhw: mulWord(true, true),
  mulhwu: mulWord(false, true),
  mulhd: mulHighD(true),
  mulhdu: mulHighD(false),
  rlwimi: (i) => (x) => { rotWord(x, i, false); insert(x, i, mask(i.mb + 32, i.me + 32)); },
  rlwnm: (i) => (x) => {
    rotWord(x, i, true); x.c.i64(mask(i.mb + 32, i.me + 32)).op(Op.i64_and);
    x.setG(i.ra);
    rec(x, i, i.ra);
  },
  rldimi: (i) => (x) => {
    x.g(i.rt);
    if (i.sh !== 0) x.c.i64(i.sh).op(Op.i64_rotl);
    insert(x, i, mask(i.mb, 63 - i.sh));
  },
  rldcl: rotMds((i) => mask(i.mb, 63)),
  rldcr: rotMds((i) => mask(0, i.me)),
};

/** The wasm emitter for instruction i in mode sf, or undefined (call its handler). */
export function emitterFor(i: Insn, sf: boolean): Emit | undefined {
  const row = i.row;
  if (!row || row.space === 'spe' || i.len !== 4) return undefined;
  // scalar double floating point (emitfp.ts): the FP rows are 63 unless listed
  const fp = FP_GENS[row.mnem];
  if (fp !== undefined) return row.opcd === (FP_OPCD[row.mnem] ?? 63) ? fp(i, sf) : undefined;
  // VSX (emitvsx.ts): opcode 60 unless listed
  const vsx = VSX_GENS[row.mnem];
  if (vsx !== undefined) return row.opcd === (VSX_OPCD[row.mnem] ?? 60) ? vsx(i, sf) : undefined;
  // VMX (emitvmx.ts, with wasm SIMD): opcode 4 unless listed
  const vmx = VMX_GENS[row.mnem];
  if (vmx !== undefined) return wasmSimd.on && row.opcd === (VMX_OPCD[row.mnem] ?? 4) ? vmx(i, sf) : undefined;
  const gen = GENS[row.mnem];
  if (!gen) return undefined;
  // the opcode check keeps same-named rows of other opcodes (other spaces) out: this file's
  // own rows, then inline.ts's table (the same rows as the JS tier), else 31
  const own = OWN_OPCD[row.mnem];
  if (own ? !own.includes(row.opcd) : row.opcd !== (OPCD[row.mnem] ?? 31)) return undefined;
  return gen(i, sf);
}
