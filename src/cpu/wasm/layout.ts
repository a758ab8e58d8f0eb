// Shared constants of the wasm tier: scratch slots, local numbering and the memory imports.

import { setFlagsFromString } from 'node:v8';
import { Spr32, Spr64, STATE_BYTES, STATE_OFFSETS } from '../state.js';
import { Code, F64, type FuncType, I32, I64, module, Op, SimdOp, V128 } from './encode.js';

/**
 * Scratch slots after the register state (same wasm page): next/faulting pc, count, r64's high
 * word, 16 bytes where a quadword crossing a page is assembled (emitvsx.ts), the member a
 * region is entered at (compile.ts), and the chaining trampoline's (chain.ts): the table index
 * of the region to call (then: of the last one called), the budget a region left, the count of
 * the regions run before the current one (not yet added to the machine's), chained entries.
 */
export const SCR_PC = STATE_BYTES, SCR_DONE = STATE_BYTES + 8, SCR_HI = STATE_BYTES + 12, SCR_QW = STATE_BYTES + 16;
export const SCR_ENTRY = STATE_BYTES + 32, SCR_NEXT = STATE_BYTES + 36, SCR_LEFT = STATE_BYTES + 40;
export const SCR_TOTAL = STATE_BYTES + 44, SCR_CHAINED = STATE_BYTES + 48;
/**
 * 34 doublewords where a region's entry (and a reload) assembles each 64-bit register from its
 * two words before loading it as one value (compile.ts loadLocals): GPRs 0-31, LR, CTR.
 */
export const SCR_WIDE = STATE_BYTES + 64;

/**
 * Status a region function returns: fell out of the loop (the budget; pc in SCR_PC), fault (pc in
 * SCR_PC), m.nia set by a handler; MEMBER_EXIT + j: member j completed and branched to pc (in
 * SCR_PC), an address outside the region (chain.ts may continue there in another region).
 */
export const EXIT = 0, FAULT = 1, HANDLER_NIA = 2, MEMBER_EXIT = 3;

/** Local numbering (local 0 is the `left` parameter). */
export const L = {
  left: 0, gpr: 1, cr: 33, xer: 34, lr: 35, ctr: 36, base: 37, cur: 38, nia: 39,
  t: 40, u: 41, v: 42, s: 43,
  /** Guest memory accesses (emit.ts): effective address, its low word, host page, swap temporaries. */
  ea: 44, a: 45, pg: 46, w: 47, q: 48,
  /**
   * Floating point (emitfp.ts): FPRs 0..31 as f64 (doubleword 0 of VSRs 0..31), the FPSCR's low
   * word, FT_N f64 temporaries for the arithmetic, two i32 conditions.
   */
  fpr: 49, fs: 81, ft: 82, ok: 102, due: 103,
  /**
   * Vectors (emitvsx.ts): four f64 lane results, two i64 doublewords; i32s: the lanes' combined
   * checks, their inexact flags, whether the FPSCR lets lanes change nothing (lazy mode).
   */
  vr: 104, vd: 108, vok: 110, vix: 111, vlz: 112,
  /**
   * Deferred FPSCR status (compile.ts Ctx.settle): the last deferring instruction's result and
   * error (f64), whether a status is pending and whether any pending instruction was inexact (i32).
   */
  sr: 113, se: 114, pend: 115, six: 116,
  /** A quadword crossing a page (emitvsx.ts): the next page's first address and its host address. */
  xa: 117, xb: 118,
  /**
   * A lazily deferred status (emitfp.ts `lazy`): the operands of the last deferring instruction
   * when it left its error to be computed at the settle (f64), its kind (i32); whether the FPSCR
   * local is in round to nearest with XE clear and XX set (i32), the condition of that path:
   * computed wherever that local is written or loaded (compile.ts lazyMode).
   */
  la: 119, lb: 120, lk: 121, lz: 122,
  /** A compare's result bit for the bc that ends its member (emit.ts fuseBranch). */
  cond: 123,
  /**
   * The CR's eight fields, each its own i32 local (0-15): a compare writes its field with no
   * read-modify-write of the whole CR (compile.ts Ctx.setCrField). L.cr is then only a temporary
   * for the whole CR (Ctx.rd puts it together, Ctx.wr takes it apart, the spill and load too).
   */
  crf: 124,
  /** The third operand of a lazily deferred multiply-add (emitfp.ts `fma`, with L.la and L.lb). */
  lc: 132,
  /** Seven v128 temporaries (emitvmx.ts), declared only where the host's wasm has SIMD (HOST_SIMD). */
  va: 133,
} as const;

/** CR field f (0-15) of the whole CR (an i32) on the stack: shifted down, the fields below it masked off. */
export function crFieldOf(c: Code, f: number): void {
  if (f < 7) c.i32(28 - 4 * f).op(Op.i32_shr_u);
  if (f > 0) c.i32(15).op(Op.i32_and);
}

/** Whether this host's wasm has SIMD: a function with a v128 local validates. */
export const HOST_SIMD = WebAssembly.validate(module([], { params: [], results: [] }, [V128], new Uint8Array()));
/**
 * Whether this host's wasm has a fused multiply-add: relaxed SIMD's f64x2.relaxed_madd giving
 * a*b + c rounded once. V8 emits the CPU's FMA instruction for it where the CPU has one, in
 * Liftoff and TurboFan alike (the same macro-assembler routine), else a multiply and an add;
 * the probe tells them apart (its operands give 2^-60 fused, 0 unfused), so a region uses it
 * only where it is exact and every host gets the same results. Node 20 has relaxed SIMD behind
 * a V8 flag, set here before any region is compiled; later versions have it on.
 */
export const HOST_FMA = HOST_SIMD && probeFma();

function probeFma(): boolean {
  const c = new Code();
  for (let k = 0; k < 3; k++) c.get(k).simd(SimdOp.f64x2_splat);
  c.simd(SimdOp.f64x2_relaxed_madd).simd(SimdOp.f64x2_extract_lane, 0);
  const bytes = module([], { params: [F64, F64, F64], results: [F64] }, [], Uint8Array.from(c.b));
  try {
    if (!WebAssembly.validate(bytes)) setFlagsFromString('--experimental-wasm-relaxed-simd');
    const mem = new WebAssembly.Memory({ initial: 1, maximum: 1, shared: true });
    const run = new WebAssembly.Instance(new WebAssembly.Module(bytes), { m: { mem } }).exports.run as (a: number, b: number, c: number) => number;
    const a = 1 + 2 ** -30;
    return run(a, a, -(1 + 2 ** -29)) === 2 ** -60;
  } catch {
    return false;
  }
}

/** How many f64 temporaries (L.ft + 0 .. L.ft + FT_N - 1). */
export const FT_N = 20;
export const LOCALS = [
  ...Array<number>(32).fill(I64), I32, I32, I64, I64, I32, I32, I64, I64, I64, F64, I32, I64, I32, I32, I32, I64,
  ...Array<number>(32).fill(F64), I32, ...Array<number>(FT_N).fill(F64), I32, I32,
  F64, F64, F64, F64, I64, I64, I32, I32, I32,
  F64, F64, I32, I32,
  I32, I32,
  F64, F64, I32, I32,
  I32,
  ...Array<number>(8).fill(I32),
  F64,
  ...(HOST_SIMD ? Array<number>(7).fill(V128) : []),
];

export const GH = STATE_OFFSETS.gprHi, GLO = STATE_OFFSETS.gprLo;
export const CR_OFF = STATE_OFFSETS.spr32 + 4 * Spr32.CR, XER_OFF = STATE_OFFSETS.spr32 + 4 * Spr32.XER;
export const LR_OFF = STATE_OFFSETS.spr64 + 8 * Spr64.LR, CTR_OFF = STATE_OFFSETS.spr64 + 8 * Spr64.CTR;
/** FPR r (a host-endian double) at VSR_OFF + 16 * r; the FPSCR's low word (m.s64[2 * FPSCR + 1]). */
export const VSR_OFF = STATE_OFFSETS.vsr, FPSCR_LO_OFF = STATE_OFFSETS.spr64 + 8 * Spr64.FPSCR + 4;

/** Memory accessor imports, in this order (function indices 0..7). */
export const MEM_IMPORTS: { name: string; type: FuncType }[] = [
  { name: 'r8', type: { params: [F64], results: [F64] } },
  { name: 'r16', type: { params: [F64], results: [F64] } },
  { name: 'r32', type: { params: [F64], results: [F64] } },
  { name: 'r64', type: { params: [F64], results: [F64] } },
  { name: 'w8', type: { params: [F64, I32], results: [I32] } },
  { name: 'w16', type: { params: [F64, I32], results: [I32] } },
  { name: 'w32', type: { params: [F64, I32], results: [I32] } },
  { name: 'w64', type: { params: [F64, I32, I32], results: [I32] } },
];
export const FN = { r8: 0, r16: 1, r32: 2, r64: 3, w8: 4, w16: 5, w32: 6, w64: 7 } as const;
