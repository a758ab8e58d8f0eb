// WebAssembly emitters for scalar floating point: FPR loads/stores (lfd/stfd, lfs/stfs), register
// moves, the arithmetic fadd/fsub/fmul/fdiv/fsqrt and the four multiply-adds in double and single
// precision, frsp (record forms too: CR1 from the FPSCR) and the compares fcmpu/fcmpo.
// FPRs live in f64 locals (L.fpr + r: doubleword 0 of VSR r) and the FPSCR's low word in the
// i32 local L.fs, loaded and spilled like the GPR locals (compile.ts Ctx).
//
// The arithmetic reproduces the JS tier's inline fast path (../fpu/inline.ts: `arith`, `finish`
// and `fmaInline`, XE clear) operation for operation: the host's double
// result r, the sign of its rounding error from the same error-free transformation (TwoSum,
// Dekker's product, the division remainder, the fused kernel with its round-to-odd step), the
// same range checks, the same one-ulp step toward the exact value in the directed modes, and the
// FPSCR written as its statusD does. Anything else (XE set, an operand or result outside the
// checked range: NaN, infinity, zero, tiny, huge; a directed step leaving the normal range) calls
// the instruction's handler before anything is written (Ctx.callHandler). A single-precision
// form rounds the kernel's double once more, as isa/fp.ts roundS does (commitS): its rare cases
// (a binary32 midpoint with an error, tiny or huge results) are the handler's too.
// wasm's f64 arithmetic is IEEE binary64 round-to-nearest like JS's, and moves (local copies,
// f64.neg/abs/copysign, reinterpretations, loads and stores) keep every bit, NaN payloads too.

import type { Insn } from '../insn.js';
import { MAX_D, MAX_S, MIN_NORM, MIN_S } from '../isa/fp.js';
import { C_NINF, C_NNORM, C_NZERO, C_PINF, C_PNORM, C_PZERO, C_QNAN, ENABLES, EXC_ALL, FEX, FI, FPCC, FR, FX, NI, STATUS, VX, VX_ALL, XE, XX } from '../fpu/fpscr.js';
import type { Ctx } from './compile.js';
import { Code, F64, type FuncType, I32, Op, SimdOp } from './encode.js';
import { eaLocal, type Gen, loadAt, storeAt, wasmFma } from './emit.js';
import { FPSCR_LO_OFF, HOST_FMA, L, VSR_OFF } from './layout.js';

const SAFE_LO = 1.0020841800044864e-289; // 2^-960, as isa/fp.ts and fpu/inline.ts
const SAFE_HI = 2.6153245263757307e299; // 2^995
const SPLIT = 134217729; // 2^27 + 1
const NOT_STATUS = ~STATUS;

/** f64 temporaries (L.ft ..): operands, result and error, and the transformations' parts. */
export const A = L.ft, B = L.ft + 1, C = L.ft + 2, R = L.ft + 3, E = L.ft + 4, T = L.ft + 5;
const AH = L.ft + 6, AL = L.ft + 7, BH = L.ft + 8, BL = L.ft + 9, P = L.ft + 10;
export const PE = L.ft + 11;
const TH = L.ft + 12, TL = L.ft + 13, V = L.ft + 14, VE = L.ft + 15, D = L.ft + 16, BB = L.ft + 17;
const S = L.ft + 18, SE = L.ft + 19;

const fpr = (r: number): number => L.fpr + r;

// ---- arithmetic ------------------------------------------------------------------------------

/** Pushes FPRF's class (i32) of the normal or zero double in local l. */
export function classNZ(c: Code, l: number): void {
  c.i32(C_PNORM).i32(C_NNORM).get(l).f64(0).op(Op.f64_gt, Op.select);
  c.i32(C_NZERO).i32(C_PZERO).get(l).op(Op.i64_reinterpret_f64).i64(0).op(Op.i64_lt_s, Op.select);
  c.get(l).f64(0).op(Op.f64_ne, Op.select);
}

/** Pushes (i32) whether local l is finite (false for NaN). */
function finite(c: Code, l: number): void {
  c.get(l).op(Op.f64_abs).f64(Infinity).op(Op.f64_lt);
}

/** dst <- a op b (locals). */
function bin(x: Ctx, op: number, a: number, b: number, dst: number): void {
  x.c.get(a).get(b).op(op).set(dst);
}

/** Pushes fpu/inline.ts `safe` of |l| as an i32: 2^-960 < |l| < 2^995 (false for NaN). */
export function safe(x: Ctx, l: number): void {
  x.c.get(l).op(Op.f64_abs).f64(SAFE_LO).op(Op.f64_gt);
  x.c.get(l).op(Op.f64_abs).f64(SAFE_HI).op(Op.f64_lt, Op.i32_and);
}

/** Dekker's temporaries (f64 locals): a split factor, the halves, the error. */
interface DekkerTmp { t: number; ah: number; al: number; bh: number; bl: number; pe: number }
const KERNEL_TMP: DekkerTmp = { t: T, ah: AH, al: AL, bh: BH, bl: BL, pe: PE };

/**
 * Dekker's product (fpu/inline.ts `dekker`): PE (k.pe) <- the error of p = a*b (p in local p),
 * with the same splitting and summation order. With the host's fused multiply-add (wasmFma) it
 * is one operation, RN(a*b - p): exact wherever Dekker's is (p = RN(a*b) above 2^-960, so the
 * error's lowest bit is above the subnormal range and it is a double).
 */
export function dekker(c: Code, a: number, b: number, p: number, k = KERNEL_TMP): void {
  if (wasmFma.on) {
    c.get(p).op(Op.f64_neg).set(k.t);
    fusedMadd(c, a, b, k.t); c.set(k.pe);
    return;
  }
  c.f64(SPLIT).get(a).op(Op.f64_mul).set(k.t);
  c.get(k.t).get(k.t).get(a).op(Op.f64_sub, Op.f64_sub).set(k.ah);
  c.get(a).get(k.ah).op(Op.f64_sub).set(k.al);
  c.f64(SPLIT).get(b).op(Op.f64_mul).set(k.t);
  c.get(k.t).get(k.t).get(b).op(Op.f64_sub, Op.f64_sub).set(k.bh);
  c.get(b).get(k.bh).op(Op.f64_sub).set(k.bl);
  // ((ah*bh - p) + ah*bl + al*bh) + al*bl
  c.get(k.ah).get(k.bh).op(Op.f64_mul).get(p).op(Op.f64_sub);
  c.get(k.ah).get(k.bl).op(Op.f64_mul, Op.f64_add);
  c.get(k.al).get(k.bh).op(Op.f64_mul, Op.f64_add);
  c.get(k.al).get(k.bl).op(Op.f64_mul, Op.f64_add).set(k.pe);
}

/**
 * E <- the error of a quotient R = RN(a/b), or of a square root (b == R, a the operand): the
 * remainder a - R*b exactly (Dekker), signed as the exact value minus R.
 */
export function remainder(x: Ctx, a: number, b: number, div: boolean): void {
  const c = x.c;
  bin(x, Op.f64_mul, R, b, P);
  dekker(c, R, b, P);
  c.get(a).get(P).op(Op.f64_sub).get(PE).op(Op.f64_sub);
  // sign(exact - r) = sign(rem) * sign(b)
  if (div) c.tee(T).get(T).op(Op.f64_neg).get(b).f64(0).op(Op.f64_gt, Op.select);
  c.set(E);
}

/**
 * The commit with the kernel's checks (an i32 on the stack), fpu/inline.ts `finish` for a
 * double: with the checks passed and XE clear, the nearest result R (error sign E) is the result
 * in round-to-nearest, and in RZ/RP/RM when E says the mode rounds to R's side of the exact
 * value; otherwise R steps one ulp toward the exact value and E flips (`okDir`, an i32 pusher:
 * whether that step stays inside the normal range; else the handler). Then FRT <- R (negated for
 * the negating multiply-adds, which round, then negate) and the FPSCR as statusD(R, E): FPRF of a
 * normal, and when inexact FI, FR (the magnitude rounded up), XX and FX on XX's 0->1 change.
 * Anything else calls the handler before anything is written.
 */
function commit(x: Ctx, r: Regs, neg: boolean, okDir?: () => void, exact?: () => void): void {
  const c = x.c;
  x.rdMode(); c.i32(XE).op(Op.i32_and, Op.i32_eqz, Op.i32_and);
  stepDue(x, R, E); c.tee(L.due);
  if (okDir !== undefined) {
    // go = ok && (!due || okDir)
    c.op(Op.i32_eqz); okDir(); c.op(Op.i32_or, Op.i32_and);
  } else c.op(Op.drop);
  c.op(Op.if, 0x40);
  // the directed step: one ulp toward the exact value (R's magnitude up when E has its sign),
  // E flipping. Round-to-nearest stays off this code (a predictable branch); in the directed
  // modes it has no branch on whether the step is due, which mispredicted in about half the
  // inexact results (fp_bench_nbody toward zero 139 -> 111 ms)
  x.rdMode(); c.i32(3).op(Op.i32_and, Op.if, 0x40);
  stepUlpIf(x, R, E, L.due);
  c.get(E).i32(1).get(L.due).i32(1).op(Op.i32_shl, Op.i32_sub, Op.f64_convert_i32_s, Op.f64_mul).set(E);
  c.op(Op.end);
  if (neg) { c.get(R).op(Op.f64_neg).set(R); c.get(E).op(Op.f64_neg).set(E); }
  setT(x, r, R);
  if (!r.rec) {
    // the status is deferred (Ctx.defer): written once when something may look at it
    c.get(R).set(L.sr).get(E).set(L.se);
    c.get(L.six).get(E).f64(0).op(Op.f64_ne, Op.i32_or).set(L.six);
    c.i32(1).set(L.pend);
    x.defer();
  } else {
    x.rd(L.fs); c.i32(NOT_STATUS).op(Op.i32_and);
    classNZ(c, R); c.op(Op.i32_or);
    // inexact (E != 0): FI|FR when the error points toward zero from R, else FI; XX, FX on 0->1
    c.i32(FI | FR | XX).i32(FI | XX);
    c.get(R).f64(0).op(Op.f64_gt).get(E).f64(0).op(Op.f64_lt, Op.i32_eq, Op.select);
    x.rd(L.fs); c.i32(-1).op(Op.i32_xor).i32(XX).op(Op.i32_and).i32(6).op(Op.i32_shl, Op.i32_or);
    c.i32(0).get(E).f64(0).op(Op.f64_ne, Op.select, Op.i32_or);
    x.wr(L.fs);
    cr1(x);
  }
  c.op(Op.else);
  if (exact !== undefined && !r.rec) {
    // off the common path: an exact result the checks leave out (`exact`, an i32 pusher: a zero
    // product or quotient, x - x, a multiply-add whose product is an exact zero): R itself in
    // every mode (the caller's condition says where), FPRF its class, FR and FI clear
    exact();
    c.op(Op.if, 0x40);
    if (neg) c.get(R).op(Op.f64_neg).set(R);
    setT(x, r, R);
    c.get(R).set(L.sr).f64(0).set(L.se).i32(1).set(L.pend);
    x.defer();
    c.op(Op.else);
    x.callHandler(changesR(r), operandsR(r));
    c.op(Op.end);
  } else x.callHandler(changesR(r), operandsR(r));
  c.op(Op.end);
}

/** The record forms' CR1 <- FPSCR[FX, FEX, VX, OX] (isa/fp.ts cr1), from the FPSCR local. */
function cr1(x: Ctx): void {
  const c = x.c;
  x.rd(L.fs); c.i32(28).op(Op.i32_shr_u);
  x.setCrField(1);
}

/** What an f* row's handler can change: FRT, the FPSCR and, for a record form, CR (CR1). */
const changes = (i: Insn): number[] => changesR(F_REGS(i));

/**
 * An arithmetic row's registers as VSR numbers (FPR n is VSR n): target and operands (the
 * kernels compute a*c + b, a + b, a / b, sqrt b), whether it is a record form, and whether it is
 * a VSX scalar form (xs*: any of VSRs 0..63; doubleword 1 of the target becomes 0, as the
 * handlers leave it).
 */
interface Regs { t: number; a: number; b: number; c: number; rec: boolean; vsx: boolean }
type Pick = (i: Insn) => Regs;
/** The f* forms: FRT, FRA, FRB, FRC. */
const F_REGS: Pick = (i) => ({ t: i.rt, a: i.ra, b: i.rb, c: i.rc, rec: i.rec === 1, vsx: false });
/** The xs* XX3 and XX2 forms: XT <- XA op XB (a product's second factor is XB), XT <- op XB. */
const XS_REGS: Pick = (i) => ({ t: i.rt, a: i.ra, b: i.rb, c: i.rb, rec: false, vsx: true });
/** The xs multiply-adds: 'a' forms XT <- XA*XB + XT, 'm' forms XT <- XA*XT + XB (isa/vsxfp.ts sMadd). */
const XS_MADD_A: Pick = (i) => ({ t: i.rt, a: i.ra, b: i.rt, c: i.rb, rec: false, vsx: true });
const XS_MADD_M: Pick = (i) => ({ t: i.rt, a: i.ra, b: i.rb, c: i.rt, rec: false, vsx: true });

/** Pushes VSR v's doubleword 0 as f64: FPR v's local, or the register buffer (VSRs 32..63). */
function rdV(x: Ctx, v: number): void {
  if (v < 32) x.rd(fpr(v)); else x.c.i32(0).mem(Op.f64_load, 3, VSR_OFF + 16 * v);
}

/** The target's doubleword 0 <- local l; a VSX scalar form's doubleword 1 <- 0. */
function setT(x: Ctx, r: Regs, l: number): void {
  const c = x.c;
  if (r.t < 32) { c.get(l); x.wr(fpr(r.t)); } else c.i32(0).get(l).mem(Op.f64_store, 3, VSR_OFF + 16 * r.t);
  if (r.vsx) c.i32(0).i64(0).mem(Op.i64_store, 3, VSR_OFF + 16 * r.t + 8);
}

/** What an arithmetic row's handler can change among the locals: FRT (VSRs 0..31), the FPSCR, CR for a record form. */
const changesR = (r: Regs): number[] => [...(r.t < 32 ? [fpr(r.t)] : []), L.fs, ...(r.rec ? [L.cr] : [])];
/** What it reads among the locals: its operands held in locals and the FPSCR. */
const operandsR = (r: Regs): number[] => [...new Set([r.a, r.b, r.c].filter((v) => v < 32).map(fpr)), L.fs];
/** What an f* row's handler reads among the locals: its operand fields' FPRs and the FPSCR. */
const operands = (i: Insn): number[] => operandsR(F_REGS(i));

/** roundS's range for a directed step: f's binary32 neighbours stay normal and finite. */
const DIR_LO = 2.4e-38, DIR_HI = 3.4e38;
/** The binary32 result f (an f64 temporary free once a kernel has set R and E). */
const FF = L.ft + 14;

/**
 * The binary32 commit (isa/fp.ts roundS and finishFast; fpu/inline.ts `finish` for a single),
 * the kernel's checks (an i32) on the stack: with them passed and XE clear, f = RN32(R)
 * (f32.demote_f64: ties to even, as Math.fround) must be finite and at most FLT_MAX, and |R|
 * above FLT_MIN (tininess is detected before rounding: an R at or under FLT_MIN, frsp's
 * 0x380fffffffffffff too, is the handler's). Exact when E == 0 and f == R. Otherwise, in
 * round-to-nearest f is the result unless R is a binary32 midpoint with E != 0 (E would decide:
 * the handler); in RZ/RP/RM no binary32 value lies strictly between R and the exact value x
 * (within half a double ulp of it), so the result is f when f lies on the mode's side of x, else
 * f's binary32 neighbour that way (f inside 2.4e-38..3.4e38, else the handler). FRT <- the
 * result (negated after rounding for fnmadds/fnmsubs) and the FPSCR: FPRF, and when inexact FI,
 * FR (the magnitude rounded up), XX and FX on XX's 0->1 change; a record form's CR1 after.
 */
function commitS(x: Ctx, r: Regs, neg: boolean): void {
  const c = x.c;
  x.rd(L.fs); c.i32(XE).op(Op.i32_and, Op.i32_eqz, Op.i32_and);
  c.get(R).op(Op.f64_abs).f64(MIN_S).op(Op.f64_gt, Op.i32_and);
  c.get(R).op(Op.f32_demote_f64, Op.f64_promote_f32).tee(FF).op(Op.f64_abs).f64(MAX_S).op(Op.f64_le, Op.i32_and);
  // exact (kept in L.due), or nearest: E == 0 or R not a binary32 midpoint; directed: f in the step's range
  c.get(E).f64(0).op(Op.f64_eq).get(FF).get(R).op(Op.f64_eq, Op.i32_and).tee(L.due);
  c.get(E).f64(0).op(Op.f64_eq);
  c.get(R).op(Op.i64_reinterpret_f64).i64(0x1fffffff).op(Op.i64_and).i64(0x10000000).op(Op.i64_ne, Op.i32_or);
  c.get(FF).op(Op.f64_abs).f64(DIR_LO).op(Op.f64_gt).get(FF).op(Op.f64_abs).f64(DIR_HI).op(Op.f64_lt, Op.i32_and);
  x.rd(L.fs); c.i32(3).op(Op.i32_and, Op.i32_eqz, Op.select, Op.i32_or, Op.i32_and);
  c.op(Op.if, 0x40);
  // directed and inexact: L.ok <- the direction (1 up: RP, or RZ of a negative R)
  x.rd(L.fs); c.i32(3).op(Op.i32_and).i32(0).op(Op.i32_ne).get(L.due).op(Op.i32_eqz, Op.i32_and, Op.if, 0x40);
  x.rd(L.fs); c.i32(3).op(Op.i32_and).i32(2).op(Op.i32_eq);
  x.rd(L.fs); c.i32(3).op(Op.i32_and).i32(1).op(Op.i32_eq).get(R).f64(0).op(Op.f64_lt, Op.i32_and, Op.i32_or).set(L.ok);
  stepSingle(x, FF, L.ok);
  // FR: rounded up, with a positive result (or down, with a negative one)
  c.get(L.ok).get(FF).f64(0).op(Op.f64_gt, Op.i32_eq).set(L.ok);
  c.op(Op.else);
  // nearest (or exact): FR when |f| > |R|, or when f == R and the error points toward zero
  c.get(FF).op(Op.f64_abs).get(R).op(Op.f64_abs).op(Op.f64_gt);
  c.get(R).f64(0).op(Op.f64_gt).get(E).f64(0).op(Op.f64_lt, Op.i32_eq);
  c.get(FF).get(R).op(Op.f64_ne, Op.select).set(L.ok);
  c.op(Op.end);
  if (neg) c.get(FF).op(Op.f64_neg).set(FF);
  setT(x, r, FF);
  x.rd(L.fs); c.i32(NOT_STATUS).op(Op.i32_and);
  c.i32(C_PNORM).i32(C_NNORM).get(FF).f64(0).op(Op.f64_gt, Op.select, Op.i32_or);
  c.i32(FI | FR | XX).i32(FI | XX).get(L.ok).op(Op.select);
  x.rd(L.fs); c.i32(-1).op(Op.i32_xor).i32(XX).op(Op.i32_and).i32(6).op(Op.i32_shl, Op.i32_or);
  c.i32(0).get(L.due).op(Op.i32_eqz, Op.select, Op.i32_or);
  x.wr(L.fs);
  if (r.rec) cr1(x);
  c.op(Op.else);
  x.callHandler(changesR(r), operandsR(r));
  c.op(Op.end);
}

/** Kinds of a lazily deferred error (L.lk; `lazyError` computes it); LAZY_SINGLE added: a binary32 result. */
const LAZY_ADD = 1, LAZY_MUL = 2, LAZY_DIV = 3, LAZY_SQRT = 4, LAZY_FMA = 5, LAZY_SINGLE = 8;

/** Pushes RN(a*b + c) of f64 locals a, b, c by the host's fused multiply-add (layout.ts HOST_FMA; relaxed SIMD, lane 0). */
export function fusedMadd(c: Code, a: number, b: number, addend: number): void {
  c.get(a).simd(SimdOp.f64x2_splat).get(b).simd(SimdOp.f64x2_splat).get(addend).simd(SimdOp.f64x2_splat);
  c.simd(SimdOp.f64x2_relaxed_madd).simd(SimdOp.f64x2_extract_lane, 0);
}

/**
 * An arithmetic row whose rounding error need not be known now. In round to nearest with
 * XE clear, a non-record double result R that passes the kernel's range checks without the error
 * (`range`, an i32 pusher) is exactly the host's, and the error decides only FR and FI, and XX
 * with FX. XX is sticky: once it is set in the FPSCR local (L.lz, which also says the mode:
 * compile.ts lazyMode), this instruction's inexactness changes nothing there, and FR/FI survive
 * only if it is the last deferring instruction before the status is settled (Ctx.defer). So it
 * writes FRT <- R, defers with the operands kept (L.la, L.lb: A and `b`) and its kind, and the
 * error is computed at the settle from them (`lazyError`), when it is still the pending one: one
 * native operation instead of its error-free transformation (TwoSum, Dekker, a remainder), round
 * to nearest's usual case once a settle has written XX (the region entered with it set, or a
 * handler called); a single-precision row's binary32 result under singleLazy's conditions too.
 * Otherwise, and for record forms, the `eager` code (the kernel's error, the checks and the
 * commit), which finds the range check in L.ok. R is already
 * in its local. (The test is one local, kept up to date where the FPSCR local changes:
 * computing it from the FPSCR local and a pending inexact result, L.six, before every such row
 * cost the directed modes, where it never holds, 18 % in fp_bench_nbody.)
 */
function lazy(x: Ctx, r: Regs, single: boolean, kind: number, b: number, range: () => void, eager: () => void): void {
  const c = x.c;
  range(); c.set(L.ok);
  if (r.rec || !x.lazyFp) { eager(); return; }
  x.rdLazy(); c.get(L.ok).op(Op.i32_and);
  // A binary32 result FF = RN32(R) (commitS's checks): R above FLT_MIN (no tininess), FF finite,
  // and R not a binary32 midpoint, where the double rounding could differ from one rounding and
  // R's error must decide now. The settle's error is then FF's: R - FF when they differ (the
  // exact value is within half a double ulp of R), else R's own.
  if (single) singleLazy(x);
  c.op(Op.i32_eqz, Op.if, 0x40);
  eager();
  c.op(Op.else);
  pendLazy(x, r, single ? FF : R, single ? kind | LAZY_SINGLE : kind, b);
  c.op(Op.end);
}

/**
 * FRT <- the result in local `res`, left pending for the settle with its operands (A, `b`, and
 * a multiply-add's C) and kind: the error is computed there (`lazyError`) if it is still the
 * pending one. (A NaN error marks the pending status as lazy: an eager commit's error is never NaN.)
 */
function pendLazy(x: Ctx, r: Regs, res: number, kind: number, b: number, third?: number): void {
  const c = x.c;
  setT(x, r, res);
  c.get(res).set(L.sr).f64(NaN).set(L.se).get(A).set(L.la).get(b).set(L.lb);
  if (third !== undefined) c.get(third).set(L.lc);
  c.i32(kind).set(L.lk).i32(1).set(L.pend);
  x.defer();
  x.lazy = true;
}

/**
 * ANDs into the i32 on the stack whether a binary32 result may be deferred, FF <- RN32(R): R
 * above FLT_MIN (no tininess), FF finite, R not a binary32 midpoint (commitS's checks).
 */
function singleLazy(x: Ctx): void {
  const c = x.c;
  c.get(R).op(Op.f32_demote_f64, Op.f64_promote_f32).tee(FF).op(Op.f64_abs).f64(MAX_S).op(Op.f64_le, Op.i32_and);
  c.get(R).op(Op.f64_abs).f64(MIN_S).op(Op.f64_gt, Op.i32_and);
  c.get(R).op(Op.i64_reinterpret_f64).i64(0x1fffffff).op(Op.i64_and).i64(0x10000000).op(Op.i64_ne, Op.i32_and);
}

/**
 * lazyError's function: parameters kind, a, b, R and a multiply-add's third operand c; f64
 * temporaries (the Dekker parts after three operand slots, then a binary32 result).
 */
export const LAZY_ERROR_TYPE: FuncType = { params: [I32, F64, F64, F64, F64], results: [F64] };
export const LAZY_ERROR_LOCALS: number[] = Array<number>(10).fill(F64);
const LK = 0, LA = 1, LB = 2, LR = 3, LC = 4, LX1 = 5, LX2 = 6, LP = 7, LFF = 14;
const ERROR_TMP: DekkerTmp = { t: 8, ah: 9, al: 10, bh: 11, bl: 12, pe: 13 };
let lazyErrorCode: Uint8Array | undefined;

/**
 * The body of a region's second function (compile.ts), which its settles call when the pending
 * status was deferred lazily (L.se NaN): the error of R from the kept operands (kind, a, b), as
 * the eager kernels compute it. A sum's from Fast2Sum on the operands ordered by magnitude (the
 * exact error, as TwoSum's, without TwoSum's overflow of r - a); a product's from Dekker on its
 * factors; a quotient's and a square root's from the remainder a - R*b (b = R for the root) by
 * Dekker, the quotient's signed by b. (One function: inline at every settle, in every FP row's
 * bail-out, it grew fp_bench_nbody's regions by a third.)
 */
export function lazyErrorBody(): Uint8Array {
  if (lazyErrorCode !== undefined) return lazyErrorCode;
  const c = new Code(), k = ERROR_TMP;
  // A binary32 result (LAZY_SINGLE): LFF <- it, R <- the double result the operation gives
  // (a op b, or sqrt a), whose error follows; else LFF is NaN.
  c.f64(NaN).set(LFF);
  c.get(LK).i32(LAZY_SINGLE).op(Op.i32_and, Op.if, 0x40);
  {
    c.get(LR).set(LFF);
    c.get(LK).i32(LAZY_SINGLE - 1).op(Op.i32_and).set(LK);
    c.get(LA).get(LB).op(Op.f64_add).set(LR);
    c.get(LA).get(LB).op(Op.f64_mul).get(LR).get(LK).i32(LAZY_MUL).op(Op.i32_eq, Op.select).set(LR);
    c.get(LA).get(LB).op(Op.f64_div).get(LR).get(LK).i32(LAZY_DIV).op(Op.i32_eq, Op.select).set(LR);
    c.get(LA).op(Op.f64_sqrt).get(LR).get(LK).i32(LAZY_SQRT).op(Op.i32_eq, Op.select).set(LR);
    if (HOST_FMA) { fusedMadd(c, LA, LC, LB); c.get(LR).get(LK).i32(LAZY_FMA).op(Op.i32_eq, Op.select).set(LR); }
  }
  c.op(Op.end);
  // A multiply-add (a*c + b, deferred only where the host has a fused multiply-add): Boldo and
  // Muller's ErrFma, a*c + b = R + r2 + r3 exactly (no underflow or overflow: the operands, the
  // product and R were in the safe range), the error being r2 + r3, whose rounding keeps its sign.
  if (HOST_FMA) {
    const U1 = LX1, U2 = LX2, SA = LP, Z = k.t, B1 = k.ah, G = k.al, TT = k.bh;
    c.get(LK).i32(LAZY_FMA).op(Op.i32_eq, Op.if, F64);
    c.get(LA).get(LC).op(Op.f64_mul).set(U1);
    c.get(U1).op(Op.f64_neg).set(TT);
    fusedMadd(c, LA, LC, TT); c.set(U2); // a*c - u1, exact
    // (al, z) = TwoSum(b, u2)
    c.get(LB).get(U2).op(Op.f64_add).tee(SA).get(LB).op(Op.f64_sub).set(TT);
    c.get(LB).get(SA).get(TT).op(Op.f64_sub, Op.f64_sub).get(U2).get(TT).op(Op.f64_sub, Op.f64_add).set(Z);
    // (b1, g) = TwoSum(u1, al); g <- (b1 - R) + g
    c.get(U1).get(SA).op(Op.f64_add).tee(B1).get(U1).op(Op.f64_sub).set(TT);
    c.get(U1).get(B1).get(TT).op(Op.f64_sub, Op.f64_sub).get(SA).get(TT).op(Op.f64_sub, Op.f64_add).set(G);
    c.get(B1).get(LR).op(Op.f64_sub).get(G).op(Op.f64_add).set(G);
    // (r2, r3) = Fast2Sum(g, z): r2 + r3
    c.get(G).get(Z).op(Op.f64_add).tee(TT).get(Z).get(TT).get(G).op(Op.f64_sub, Op.f64_sub, Op.f64_add);
    c.op(Op.else);
  }
  c.get(LK).i32(LAZY_ADD).op(Op.i32_eq, Op.if, F64);
  {
    // big, small <- a, b by magnitude; error = small - (R - big)
    const bigFirst = (): void => { c.get(LA).op(Op.f64_abs).get(LB).op(Op.f64_abs).op(Op.f64_ge); };
    c.get(LA).get(LB); bigFirst(); c.op(Op.select).set(LX1);
    c.get(LB).get(LA); bigFirst(); c.op(Op.select).set(LX2);
    c.get(LX2).get(LR).get(LX1).op(Op.f64_sub, Op.f64_sub);
  }
  c.op(Op.else);
  {
    // x1 * x2 = p + pe: the factors (mul), or R * b (div; b = R for the root)
    c.get(LA).get(LR).get(LK).i32(LAZY_MUL).op(Op.i32_eq, Op.select).set(LX1);
    c.get(LR).get(LB).get(LK).i32(LAZY_SQRT).op(Op.i32_eq, Op.select).set(LX2);
    c.get(LR).get(LX1).get(LX2).op(Op.f64_mul).get(LK).i32(LAZY_MUL).op(Op.i32_eq, Op.select).set(LP);
    dekker(c, LX1, LX2, LP, k);
    // mul: pe; div: the remainder (a - p) - pe signed by b; sqrt: the remainder
    c.get(k.pe);
    c.get(LA).get(LP).op(Op.f64_sub).get(k.pe).op(Op.f64_sub).set(k.t);
    c.get(k.t).get(k.t).op(Op.f64_neg).get(LB).f64(0).op(Op.f64_gt, Op.select);
    c.get(k.t).get(LK).i32(LAZY_DIV).op(Op.i32_eq, Op.select);
    c.get(LK).i32(LAZY_MUL).op(Op.i32_eq, Op.select);
  }
  c.op(Op.end);
  if (HOST_FMA) c.op(Op.end);
  // a binary32 result that differs from R: the error's sign is R - FF's
  c.set(LX1).get(LR).get(LFF).op(Op.f64_sub).get(LX1).get(LFF).get(LR).op(Op.f64_ne).get(LFF).get(LFF).op(Op.f64_eq, Op.i32_and, Op.select);
  return (lazyErrorCode = Uint8Array.from(c.b));
}

/** Inside a settle (compile.ts settleCode): L.se <- the pending error when deferred lazily (function `fn`: lazyErrorBody). */
export function lazyError(c: Code, fn: number): void {
  c.get(L.se).get(L.se).op(Op.f64_ne, Op.if, 0x40);
  c.get(L.lk).get(L.la).get(L.lb).get(L.sr).get(L.lc).call(fn).set(L.se);
  c.op(Op.end);
}

/** The commit of a kernel result: binary64 (commit) or binary32 (commitS). */
function finish(x: Ctx, r: Regs, single: boolean, neg: boolean, okDir?: () => void, exact?: () => void): void {
  if (single) commitS(x, r, neg); else commit(x, r, neg, okDir, exact);
}

/** fadd/fsub: TwoSum; the sum must be a normal double (a NaN error: r - a overflowed). */
function addSub(sub: boolean, single: boolean, pick = F_REGS): Gen {
  return (i) => (x) => {
    const c = x.c, r = pick(i);
    rdV(x, r.a); c.set(A);
    rdV(x, r.b); if (sub) c.op(Op.f64_neg); c.set(B);
    bin(x, Op.f64_add, A, B, R);
    c.get(R).op(Op.f64_abs).set(T);
    // (lazily: the sum normal; its error at the settle comes from Fast2Sum, which cannot overflow)
    const range = (): void => { c.get(T).f64(MIN_NORM).op(Op.f64_ge).get(T).f64(MAX_D).op(Op.f64_le, Op.i32_and); };
    lazy(x, r, single, LAZY_ADD, B, range, () => {
      bin(x, Op.f64_sub, R, A, BB);
      // e = (a - (r - bb)) + (b - bb)
      c.get(A).get(R).get(BB).op(Op.f64_sub, Op.f64_sub).get(B).get(BB).op(Op.f64_sub, Op.f64_add).set(E);
      c.get(L.ok).get(E).get(E).op(Op.f64_eq, Op.i32_and);
      // a directed step from a sum at the range's edges might leave it; an exact zero (x - x,
      // 0 + 0: a zero sum of doubles is exact) in round-to-nearest, where the host's sign rules
      // are the ISA's (round toward -infinity gives x - x = -0), is the exact alternative
      finish(x, r, single, false, () => { c.get(T).f64(MIN_NORM).op(Op.f64_gt).get(T).f64(MAX_D).op(Op.f64_lt, Op.i32_and); },
        () => { c.get(R).f64(0).op(Op.f64_eq); x.rdMode(); c.i32(3).op(Op.i32_and, Op.i32_eqz, Op.i32_and); });
    });
  };
}

/** fmul (FRA * FRC): Dekker's product; operands and product inside the safe range. */
const mul = (single: boolean, pick = F_REGS): Gen => (i) => (x) => {
  const c = x.c, r = pick(i);
  rdV(x, r.a); c.set(A);
  rdV(x, r.c); c.set(C);
  bin(x, Op.f64_mul, A, C, R);
  // operands and product in the safe range
  const range = (): void => { safe(x, A); safe(x, C); c.op(Op.i32_and); safe(x, R); c.op(Op.i32_and); };
  lazy(x, r, single, LAZY_MUL, C, range, () => {
    dekker(c, A, C, R);
    c.get(PE).set(E);
    // else a zero factor and a finite other one: an exact ±0
    c.get(L.ok);
    finish(x, r, single, false, undefined, () => zeroFactor(x));
  });
};

/** Pushes (i32) whether A or C is zero and both are finite: their product is an exact ±0. */
function zeroFactor(x: Ctx): void {
  const c = x.c;
  c.get(A).f64(0).op(Op.f64_eq).get(C).f64(0).op(Op.f64_eq, Op.i32_or); finite(c, A); finite(c, C); c.op(Op.i32_and, Op.i32_and);
}

/** fdiv: rem = a - r*b exactly (Dekker); sign(exact - r) = sign(rem) * sign(b). */
const div = (single: boolean, pick = F_REGS): Gen => (i) => (x) => {
  const c = x.c, r = pick(i);
  rdV(x, r.a); c.set(A);
  rdV(x, r.b); c.set(B);
  bin(x, Op.f64_div, A, B, R);
  // operands and quotient in the safe range
  const range = (): void => { safe(x, A); safe(x, B); c.op(Op.i32_and); safe(x, R); c.op(Op.i32_and); };
  lazy(x, r, single, LAZY_DIV, B, range, () => {
    remainder(x, A, B, true);
    // else 0 / a safe divisor: an exact ±0
    c.get(L.ok);
    finish(x, r, single, false, undefined, () => { c.get(A).f64(0).op(Op.f64_eq); safe(x, B); c.op(Op.i32_and); });
  });
};

/** fsqrt: the remainder a - r*r exactly (Dekker); the operand inside the safe range (so positive). */
const sqrt = (single: boolean, pick = F_REGS): Gen => (i) => (x) => {
  const c = x.c, r = pick(i);
  rdV(x, r.b); c.set(A);
  c.get(A).op(Op.f64_sqrt).set(R);
  const range = (): void => { c.get(A).f64(SAFE_LO).op(Op.f64_gt).get(A).f64(SAFE_HI).op(Op.f64_lt, Op.i32_and); };
  lazy(x, r, single, LAZY_SQRT, A, range, () => {
    remainder(x, A, R, false);
    c.get(L.ok);
    finish(x, r, single, false);
  });
};

/** frsp: isa/fp.ts frsp rounds FRB itself (error 0) to binary32: the binary32 commit. */
const frsp = (pick = F_REGS): Gen => (i) => (x) => {
  const r = pick(i);
  rdV(x, r.b); x.c.set(R).f64(0).set(E).i32(1);
  commitS(x, r, false);
};

/**
 * fcmpu/fcmpo of two numbers (isa/fp.ts fcmp): CR field BF and FPSCR[FPCC] <- 8 (less), 4
 * (greater) or 2 (equal), then the FPSCR's VX and FEX recomputed (commit's summarize). A NaN
 * operand (VXSNAN/VXVC, maybe a trap) calls the handler.
 */
const fcmp = (vsx: boolean): Gen => (i) => (x) => {
  // (xscmpudp/xscmpodp: BF in the XX3 form's T field, its TX bit not part of it; VSR operands)
  const c = x.c, bf = vsx ? (i.rt & 31) >>> 2 : i.rt >>> 2;
  rdV(x, i.ra); c.set(A);
  rdV(x, i.rb); c.set(B);
  c.i32(8).i32(4).i32(2).get(A).get(B).op(Op.f64_gt, Op.select).get(A).get(B).op(Op.f64_lt, Op.select).set(L.due);
  c.get(A).get(A).op(Op.f64_eq).get(B).get(B).op(Op.f64_eq, Op.i32_and, Op.if, 0x40);
  c.get(L.due); x.setCrField(bf);
  x.rd(L.fs); c.i32(~(FPCC | VX | FEX)).op(Op.i32_and).get(L.due).i32(12).op(Op.i32_shl, Op.i32_or).tee(L.ok);
  // VX if any invalid-operation cause is set, then FEX if an exception bit meets its enable
  c.i32(VX).i32(0).get(L.ok).i32(VX_ALL).op(Op.i32_and, Op.select, Op.i32_or).tee(L.ok);
  c.i32(FEX).i32(0).get(L.ok).i32(22).op(Op.i32_shr_u).get(L.ok).op(Op.i32_and).i32(0xf8).op(Op.i32_and, Op.select, Op.i32_or);
  x.wr(L.fs);
  c.op(Op.else);
  x.callHandler([L.cr, L.fs], [...[i.ra, i.rb].filter((v) => v < 32).map(fpr), L.cr, L.fs]);
  c.op(Op.end);
};

/**
 * The multiply-adds: fpu/inline.ts fmaInline (isa/fp.ts fmaK). kind bit 0 subtracts FRB, bit 1
 * negates the rounded result. p + pe = a*c (Dekker); th + tl = p + b (TwoSum); when pe is
 * nonzero, Boldo-Melquiond: RN(th + RO(tl + pe)), the round-to-odd step on the bits of v.
 */
function fma(kind: number, single: boolean, pick = F_REGS): Gen {
  return (i) => (x) => {
    const c = x.c, r = pick(i), neg = (kind & 2) !== 0;
    rdV(x, r.a); c.set(A);
    rdV(x, r.c); c.set(C);
    rdV(x, r.b); if (kind & 1) c.op(Op.f64_neg); c.set(B);
    const eager = (): void => {
      fmaKernel(x);
      c.get(L.ok);
      finish(x, r, single, neg, undefined, () => fmaExact(x));
    };
    if (r.rec || !x.lazyFp || !wasmFma.on) { eager(); return; }
    // Lazily (see `lazy`), with the host's fused multiply-add: R <- RN(A*C + B), and with the
    // operands, the product and R in the safe range (the kernel's checks: no tininess, overflow,
    // NaN or infinity; the settle's ErrFma exact) FRT <- R (negated: -RN(x) = RN(-x) in round
    // to nearest, so the error is kept for -A*C - B). A binary32 result FF = RN32(R) under
    // `lazy`'s conditions (normal, R not a binary32 midpoint: then RN32(R) is the value rounded
    // once).
    fusedMadd(c, A, C, B); c.set(R);
    x.rdLazy();
    safe(x, A); safe(x, C); c.op(Op.i32_and, Op.i32_and);
    c.get(A).get(C).op(Op.f64_mul).set(P); safe(x, P); c.op(Op.i32_and);
    c.get(B).f64(0).op(Op.f64_eq); safe(x, B); c.op(Op.i32_or, Op.i32_and);
    safe(x, R); c.op(Op.i32_and);
    if (single) singleLazy(x);
    c.op(Op.i32_eqz, Op.if, 0x40);
    eager();
    c.op(Op.else);
    const res = single ? FF : R;
    if (neg) { c.get(res).op(Op.f64_neg).set(res).get(A).op(Op.f64_neg).set(A).get(B).op(Op.f64_neg).set(B); }
    pendLazy(x, r, res, single ? LAZY_FMA | LAZY_SINGLE : LAZY_FMA, B, C);
    c.op(Op.end);
  };
}

/**
 * The multiply-adds' exact results off the kernel's path, pushed as an i32 (whether it applies)
 * with R set: a zero product (a zero factor, both finite) with an addend that is zero or safe,
 * or a product and addend that cancel exactly (the kernel's R is 0 with every operand safe).
 * R <- P + B (B itself when nonzero: the kernel's R is not, when Dekker's split of a huge factor
 * overflowed), by IEEE's rule for an exact zero sum: the zeros' sign when alike, else +0, but -0
 * when rounding toward -infinity, computed there as -((-P) + (-B)).
 */
function fmaExact(x: Ctx): void {
  const c = x.c;
  zeroFactor(x); safe(x, B); c.get(B).f64(0).op(Op.f64_eq, Op.i32_or, Op.i32_and);
  c.get(R).f64(0).op(Op.f64_eq); safe(x, A); safe(x, C); safe(x, P); safe(x, B);
  c.op(Op.i32_and, Op.i32_and, Op.i32_and, Op.i32_and, Op.i32_or).set(L.ok);
  c.get(P).op(Op.f64_neg).get(B).op(Op.f64_neg).op(Op.f64_add, Op.f64_neg);
  c.get(P).get(B).op(Op.f64_add);
  x.rdMode(); c.i32(3).op(Op.i32_and).i32(3).op(Op.i32_eq, Op.select).set(R);
  c.get(L.ok);
}

/**
 * The multiply-add kernel on the temporaries A, C, B: R <- RN(A*C + B), E a number with the sign
 * of the exact value minus R (0 when exact), L.ok (i32) whether fmaK would not bail (A, C, the
 * product and R safe, B zero or safe).
 */
export function fmaKernel(x: Ctx): void {
  const c = x.c;
  bin(x, Op.f64_mul, A, C, P);
  // ok: a, c, p safe, b zero or safe (kept in L.ok while the kernel runs)
  safe(x, A); safe(x, C); c.op(Op.i32_and); safe(x, P); c.op(Op.i32_and);
  c.get(B).f64(0).op(Op.f64_eq); safe(x, B); c.op(Op.i32_or, Op.i32_and).set(L.ok);
  dekker(c, A, C, P);
  bin(x, Op.f64_add, P, B, TH);
  bin(x, Op.f64_sub, TH, P, BB);
  // tl = (p - (th - bb)) + (b - bb)
  c.get(P).get(TH).get(BB).op(Op.f64_sub, Op.f64_sub).get(B).get(BB).op(Op.f64_sub, Op.f64_add).set(TL);
  c.get(PE).f64(0).op(Op.f64_eq, Op.if, 0x40);
  c.get(TH).set(R).get(TL).set(E);
  c.op(Op.else);
  {
    bin(x, Op.f64_add, TL, PE, V);
    bin(x, Op.f64_sub, V, TL, BB); // bv
    // ve = (tl - (v - bv)) + (pe - bv)
    c.get(TL).get(V).get(BB).op(Op.f64_sub, Op.f64_sub).get(PE).get(BB).op(Op.f64_sub, Op.f64_add).tee(VE).set(D);
    // round to odd: an even v steps one ulp toward the exact value (ve's side), d flips
    c.get(VE).f64(0).op(Op.f64_ne).get(V).op(Op.i64_reinterpret_f64).i64(1).op(Op.i64_and, Op.i64_eqz, Op.i32_and);
    c.op(Op.if, 0x40);
    stepUlp(x, V, VE);
    c.get(VE).op(Op.f64_neg).set(D);
    c.op(Op.end);
    bin(x, Op.f64_add, TH, V, S);
    bin(x, Op.f64_sub, S, TH, BB); // bs
    // se = (th - (s - bs)) + (v - bs)
    c.get(TH).get(S).get(BB).op(Op.f64_sub, Op.f64_sub).get(V).get(BB).op(Op.f64_sub, Op.f64_add).set(SE);
    c.get(S).set(R);
    c.get(SE).get(D).get(SE).f64(0).op(Op.f64_ne, Op.select).set(E);
  }
  c.op(Op.end);
  c.get(L.ok); safe(x, R); c.op(Op.i32_and).set(L.ok);
}

/**
 * Pushes (i32) whether, in the FPSCR's rounding mode, the nearest result in local q with error
 * sign in local d must step one ulp toward the exact value: rm != 0 && d != 0 && (rm == RZ ?
 * (q > 0) == (d < 0) : rm == RP ? d > 0 : d < 0).
 */
export function stepDue(x: Ctx, q: number, d: number): void {
  const c = x.c;
  // (round-to-nearest, the usual mode, branches past the rest)
  x.rdMode(); c.i32(3).op(Op.i32_and, Op.if, I32);
  c.get(q).f64(0).op(Op.f64_gt).get(d).f64(0).op(Op.f64_lt, Op.i32_eq);
  c.get(d).f64(0).op(Op.f64_gt).get(d).f64(0).op(Op.f64_lt);
  x.rdMode(); c.i32(3).op(Op.i32_and).i32(2).op(Op.i32_eq, Op.select);
  x.rdMode(); c.i32(3).op(Op.i32_and).i32(1).op(Op.i32_eq, Op.select);
  c.get(d).f64(0).op(Op.f64_ne, Op.i32_and);
  c.op(Op.else).i32(0).op(Op.end);
}

/**
 * Binary32 directed rounding (isa/fp.ts roundS): local g (f64 holding RN32 of the nearest double
 * R, error sign E) <- its binary32 neighbour in direction `dir` (an i32 local: 1 up, 0 down) when
 * g lies on the other side of the exact value (above it: g > R, or g == R with E negative). No
 * binary32 value lies strictly between R and the exact value, so that is the directed result.
 */
export function stepSingle(x: Ctx, g: number, dir: number): void {
  const c = x.c;
  c.get(g).get(R).op(Op.f64_gt).get(E).f64(0).op(Op.f64_lt).get(g).get(R).op(Op.f64_ne, Op.select);
  c.get(dir).op(Op.i32_ne, Op.if, 0x40);
  // one binary32 ulp toward dir: the magnitude grows when dir has g's sign
  c.get(g).op(Op.f32_demote_f64, Op.i32_reinterpret_f32).i32(1).i32(-1);
  c.get(g).f64(0).op(Op.f64_gt).get(dir).op(Op.i32_eq, Op.select, Op.i32_add);
  c.op(Op.f32_reinterpret_i32, Op.f64_promote_f32).set(g);
  c.op(Op.end);
}

/**
 * Local q (f64) <- its neighbour one ulp toward the side local d's sign points to (q, d nonzero)
 * when the i32 local `due` is 1, else q itself, without a branch.
 */
export function stepUlpIf(x: Ctx, q: number, d: number, due: number): void {
  x.c.get(q).op(Op.i64_reinterpret_f64);
  ulp(x, q, d);
  x.c.i64(0).get(due).op(Op.select, Op.i64_add, Op.f64_reinterpret_i64).set(q);
}

/** Local q (f64) <- its neighbour one ulp toward the side local d's sign points to (q, d nonzero). */
export function stepUlp(x: Ctx, q: number, d: number): void {
  x.c.get(q).op(Op.i64_reinterpret_f64);
  ulp(x, q, d);
  x.c.op(Op.i64_add, Op.f64_reinterpret_i64).set(q);
}

/** Pushes (i64) the step of q's bits one ulp toward d's side: +1 when they have one sign, else -1. */
function ulp(x: Ctx, q: number, d: number): void {
  x.c.i64(1).i64(-1).get(q).f64(0).op(Op.f64_gt).get(d).f64(0).op(Op.f64_gt, Op.i32_eq, Op.select);
}


// ---- conversions ---------------------------------------------------------------------------

/**
 * fcti[w|d][u][z] (isa/fp.ts fcti): FRB rounded to an integer in the mode (roundToInt; the z
 * forms toward zero: f64.nearest is ties-to-even) and, when inside the word's or doubleword's
 * range (signed or unsigned) and XE clear, FRT <- its 64-bit two's complement (a signed word
 * sign-extended, as the handler writes it), FPRF kept, FR/FI <- rounded up in magnitude /
 * inexact, XX (FX on its 0->1 change), VX and FEX recomputed (commit's summarize). NaN,
 * out of range (VXCVI) or XE: the handler.
 */
function fcti(dword: boolean, z: boolean, unsigned = false): Gen {
  const lim = dword ? 9223372036854775808 : 2147483648;
  // [lo, hi): the range, -0 included (it converts to 0)
  const lo = unsigned ? 0 : -lim, hi = unsigned ? 2 * lim : lim;
  return (i) => (x) => {
    const c = x.c;
    x.rd(fpr(i.rb)); c.set(A);
    if (z) c.get(A).op(Op.f64_trunc);
    else {
      // rm: 0 nearest, 1 toward zero, 2 up, 3 down
      c.get(A).op(Op.f64_trunc).get(A).op(Op.f64_nearest); x.rd(L.fs); c.i32(3).op(Op.i32_and).i32(1).op(Op.i32_eq, Op.select);
      c.get(A).op(Op.f64_ceil).get(A).op(Op.f64_floor); x.rd(L.fs); c.i32(3).op(Op.i32_and).i32(2).op(Op.i32_eq, Op.select);
      x.rd(L.fs); c.i32(3).op(Op.i32_and).i32(2).op(Op.i32_lt_u, Op.select);
    }
    c.set(R);
    c.get(R).f64(lo).op(Op.f64_ge).get(R).f64(hi).op(Op.f64_lt, Op.i32_and);
    x.rd(L.fs); c.i32(XE).op(Op.i32_and, Op.i32_eqz, Op.i32_and, Op.if, 0x40);
    c.get(R).op(unsigned ? Op.i64_trunc_f64_u : Op.i64_trunc_f64_s, Op.f64_reinterpret_i64); x.wr(fpr(i.rt));
    x.rd(L.fs); c.i32(~(FR | FI)).op(Op.i32_and);
    c.i32(FI | FR | XX).i32(FI | XX).get(R).op(Op.f64_abs).get(A).op(Op.f64_abs).op(Op.f64_gt, Op.select);
    x.rd(L.fs); c.i32(-1).op(Op.i32_xor).i32(XX).op(Op.i32_and).i32(6).op(Op.i32_shl, Op.i32_or);
    c.i32(0).get(R).get(A).op(Op.f64_ne, Op.select, Op.i32_or);
    summarize(x);
    x.wr(L.fs);
    if (i.rec) cr1(x);
    c.op(Op.else);
    x.callHandler(changes(i), operands(i));
    c.op(Op.end);
  };
}

/** Recomputes VX and FEX of the FPSCR word on the stack (fpscr.ts summarize; L.ok a temporary). */
function summarize(x: Ctx): void {
  const c = x.c;
  c.i32(~(VX | FEX)).op(Op.i32_and).tee(L.ok);
  c.i32(VX).i32(0).get(L.ok).i32(VX_ALL).op(Op.i32_and, Op.select, Op.i32_or).tee(L.ok);
  c.i32(FEX).i32(0).get(L.ok).i32(22).op(Op.i32_shr_u).get(L.ok).op(Op.i32_and).i32(0xf8).op(Op.i32_and, Op.select, Op.i32_or);
}

/**
 * fcfid/fcfidu/fcfids/fcfidus (isa/fp.ts fcfid): FRB's doubleword as a signed or unsigned
 * integer; under 2^53 in magnitude (2^24 for the single forms) it converts exactly: FRT <- it,
 * FPRF (a zero is +0), FR/FI cleared. Larger ones round: the handler.
 */
function fcfid(unsigned: boolean, single: boolean): Gen {
  const lim = single ? 0x1000000n : 0x20000000000000n;
  return (i) => (x) => {
    const c = x.c;
    x.rd(fpr(i.rb)); c.op(Op.i64_reinterpret_f64).tee(L.t);
    // |v| < lim: v + lim - 1 below 2 lim - 1 unsigned; unsigned v: v < lim
    if (unsigned) c.i64(lim).op(Op.i64_lt_u);
    else c.i64(lim - 1n).op(Op.i64_add).i64(2n * lim - 1n).op(Op.i64_lt_u);
    c.op(Op.if, 0x40);
    c.get(L.t).op(unsigned ? Op.f64_convert_i64_u : Op.f64_convert_i64_s).tee(R); x.wr(fpr(i.rt));
    x.rd(L.fs); c.i32(NOT_STATUS).op(Op.i32_and);
    c.i32(C_PNORM).i32(C_NNORM).i32(C_PZERO).get(R).f64(0).op(Op.f64_lt, Op.select).get(R).f64(0).op(Op.f64_gt, Op.select, Op.i32_or);
    x.wr(L.fs);
    if (i.rec) cr1(x);
    c.op(Op.else);
    x.callHandler(changes(i), operands(i));
    c.op(Op.end);
  };
}

/** fsel: FRT <- FRC when FRA >= 0 (-0 too), else FRB (a NaN FRA too); bits kept, no FPSCR change. */
const fsel: Gen = (i) => (x) => {
  x.rd(fpr(i.rc)); x.rd(fpr(i.rb)); x.rd(fpr(i.ra)); x.c.f64(0).op(Op.f64_ge, Op.select);
  x.wr(fpr(i.rt));
  if (i.rec) cr1(x);
};

// ---- FPSCR moves ------------------------------------------------------------------------------

/** The FPSCR's high word (DRN) lives only in the register buffer: mffs reads it, mtfsf writes it there. */
const FPSCR_HI_OFF = FPSCR_LO_OFF - 4;

/**
 * FPSCR <- the word on the stack, as isa/fp.ts storeFpscr does it (reserved bit 52 cleared, VX
 * and FEX recomputed), after `hi` (the high word's write, if any); a record form's CR1 after.
 * FEX turning on (SIGFPE when MSR[FE] is set) is the handler's, before anything is written.
 */
function setFpscr(x: Ctx, i: Insn, hi?: () => void): void {
  const c = x.c;
  c.i32(~0x800).op(Op.i32_and);
  summarize(x);
  c.tee(L.due);
  x.rd(L.fs); c.i32(-1).op(Op.i32_xor, Op.i32_and).i32(FEX).op(Op.i32_and, Op.i32_eqz, Op.if, 0x40);
  hi?.();
  c.get(L.due); x.wr(L.fs);
  if (i.rec) cr1(x);
  c.op(Op.else);
  x.callHandler(i.rec ? [L.fs, L.cr] : [L.fs], operands(i));
  c.op(Op.end);
}

/**
 * mtfsf (isa/fp.ts mtfsf): the FLM nibbles (all with L) of FRB's low word into the FPSCR; with
 * L, or W and FLM's last bit, FRB's high word's DRN bits into the high word.
 */
const mtfsf: Gen = (i) => (x) => {
  const c = x.c, w = i.word;
  const L1 = (w >>> 25) & 1, W = (w >>> 16) & 1, flm = (w >>> 17) & 0xff;
  let mHi = 0, mLo = 0;
  if (L1) { mHi = -1; mLo = -1; }
  else {
    for (let k = 0; k < 8; k++) {
      if (!(flm & (0x80 >>> k))) continue;
      const nib = (0xf0000000 >>> (4 * k)) | 0;
      if (W) mHi |= nib; else mLo |= nib;
    }
  }
  mHi &= 7; // DRN
  x.rd(L.fs); c.i32(~mLo).op(Op.i32_and);
  x.rd(fpr(i.rb)); c.op(Op.i64_reinterpret_f64, Op.i32_wrap_i64).i32(mLo).op(Op.i32_and, Op.i32_or);
  setFpscr(x, i, mHi === 0 ? undefined : () => {
    c.i32(0).i32(0).mem(Op.i32_load, 2, FPSCR_HI_OFF).i32(~mHi).op(Op.i32_and);
    x.rd(fpr(i.rb)); c.op(Op.i64_reinterpret_f64).i64(32).op(Op.i64_shr_u, Op.i32_wrap_i64).i32(mHi).op(Op.i32_and, Op.i32_or);
    c.mem(Op.i32_store, 2, FPSCR_HI_OFF);
  });
};

/** mtfsfi (W = 0): field BF of the FPSCR <- U. W = 1 (the high word) declines. */
const mtfsfi: Gen = (i) => {
  const w = i.word, bf = (w >>> 23) & 7, u = (w >>> 12) & 0xf, sh = 28 - 4 * bf;
  if ((w >>> 16) & 1) return undefined;
  return (x) => {
    x.rd(L.fs); x.c.i32(~(0xf << sh)).op(Op.i32_and).i32(u << sh).op(Op.i32_or);
    setFpscr(x, i);
  };
};

/** mtfsb0/mtfsb1: FPSCR bit BT cleared / set (an exception bit set from 0 sets FX too). */
function mtfsb(set: boolean): Gen {
  return (i) => (x) => {
    const c = x.c, msk = (1 << (31 - i.rt)) | 0;
    x.rd(L.fs);
    if (!set) c.i32(~msk).op(Op.i32_and);
    else if (msk & EXC_ALL & ~FX) {
      // FX when the bit goes from 0 to 1
      c.i32(msk).i32(msk | FX); x.rd(L.fs); c.i32(msk).op(Op.i32_and, Op.select, Op.i32_or);
    } else c.i32(msk).op(Op.i32_or);
    setFpscr(x, i);
  };
}

/** mffs: FRT <- the FPSCR (the high word from the register buffer). */
const mffs: Gen = (i) => (x) => {
  const c = x.c;
  c.i32(0).mem(Op.i64_load32_u, 2, FPSCR_HI_OFF).i64(32).op(Op.i64_shl);
  x.rd(L.fs); c.op(Op.i64_extend_i32_u, Op.i64_or, Op.f64_reinterpret_i64);
  x.wr(fpr(i.rt));
  if (i.rec) cr1(x);
};

/**
 * mffsl, mffscrn FRB, mffscrni RM (isa/fp.ts mffsX, ISA 3.0): FRT <- the FPSCR's DRN and its
 * control bits (the enables, NI, RN; mffsl the status bits too), then (mffscrn[i]) RN <- FRB's
 * low two bits or the immediate. A model before ISA 3.0 ignores the sub-opcode: mffs.
 */
const mffsX = (sub: 22 | 23 | 24): Gen => (i) => (x) => {
  if (!x.isa300) { mffs(i, false)!(x, i); return; }
  const c = x.c;
  c.i32(0).mem(Op.i64_load32_u, 2, FPSCR_HI_OFF).i64(7).op(Op.i64_and).i64(32).op(Op.i64_shl);
  x.rd(L.fs); c.i32(ENABLES | NI | 3 | (sub === 24 ? STATUS : 0)).op(Op.i32_and, Op.i64_extend_i32_u, Op.i64_or, Op.f64_reinterpret_i64);
  // (RN's source read before FRT is written: FRB may be FRT)
  if (sub === 22) { x.rd(fpr(i.rb)); c.op(Op.i64_reinterpret_f64, Op.i32_wrap_i64).i32(3).op(Op.i32_and).set(L.due); }
  x.wr(fpr(i.rt));
  if (sub === 24) return;
  x.rd(L.fs); c.i32(~3).op(Op.i32_and);
  if (sub === 22) c.get(L.due); else c.i32((i.word >>> 11) & 3);
  c.op(Op.i32_or); x.wr(L.fs);
};

// ---- VSX scalar conversions naming FPRs ------------------------------------------------------
//
// XX2 forms on VSRs 0..31 (a VSR 32..63 declines): doubleword 0 is the FPR local, doubleword 1
// lives only in the register buffer, so its zeroing is a store there.

/** VSR r's doubleword 1 <- 0 (in the register buffer: no local holds it). */
function zeroDw1(x: Ctx, r: number): void {
  x.c.i32(0).i64(0).mem(Op.i64_store, 3, VSR_OFF + 16 * r + 8);
}

/** Pushes word 0 of VSR r (the FPR's high word) as an i32. */
function word0(x: Ctx, r: number): void {
  x.rd(fpr(r)); x.c.op(Op.i64_reinterpret_f64).i64(32).op(Op.i64_shr_u, Op.i32_wrap_i64);
}

/** xscvspdpn (vsx.ts): word 0 as binary32 to doubleword 0, exactly, an SNaN kept (sp2dp); doubleword 1 <- 0. */
const xscvspdpn: Gen = (i) => (i.rt >= 32 || i.rb >= 32 ? undefined : (x) => {
  word0(x, i.rb); toDouble(x); x.wr(fpr(i.rt));
  zeroDw1(x, i.rt);
});

/** xscvdpspn (vsx.ts): doubleword 0 truncated to binary32 (dp2sp) in words 0 and 1; doubleword 1 <- 0. */
const xscvdpspn: Gen = (i) => (i.rt >= 32 || i.rb >= 32 ? undefined : (x) => {
  const c = x.c;
  toSingleBits(x, i.rb, true);
  c.get(L.ok).op(Op.i64_extend_i32_u).i64(32).op(Op.i64_shl).get(L.ok).op(Op.i64_extend_i32_u, Op.i64_or, Op.f64_reinterpret_i64);
  x.wr(fpr(i.rt));
  zeroDw1(x, i.rt);
});

/**
 * xscvspdp (vsxfp.ts): as xscvspdpn, and FR/FI cleared, FPRF <- the double's class (a binary32
 * subnormal is a double normal). A signaling NaN (quieted, VXSNAN, maybe a trap): the handler.
 */
const xscvspdp: Gen = (i) => (i.rt >= 32 || i.rb >= 32 ? undefined : (x) => {
  const c = x.c;
  word0(x, i.rb); c.tee(L.w);
  c.i32(0x7fc00000).op(Op.i32_and).i32(0x7f800000).op(Op.i32_eq).get(L.w).i32(0x3fffff).op(Op.i32_and).i32(0).op(Op.i32_ne, Op.i32_and, Op.i32_eqz);
  c.op(Op.if, 0x40);
  c.get(L.w); toDouble(x); x.wr(fpr(i.rt));
  zeroDw1(x, i.rt);
  x.rd(L.fs); c.i32(NOT_STATUS).op(Op.i32_and);
  // infinity / QNaN, else zero / normal, by sign
  c.i32(C_QNAN).i32(C_NINF).i32(C_PINF).get(L.w).i32(0).op(Op.i32_lt_s, Op.select).get(L.w).i32(0x7fffff).op(Op.i32_and, Op.select);
  c.i32(C_NZERO).i32(C_PZERO).get(L.w).i32(0).op(Op.i32_lt_s, Op.select);
  c.i32(C_NNORM).i32(C_PNORM).get(L.w).i32(0).op(Op.i32_lt_s, Op.select);
  c.get(L.w).i32(0x7fffffff).op(Op.i32_and, Op.i32_eqz, Op.select);
  c.get(L.w).i32(0x7f800000).op(Op.i32_and).i32(0x7f800000).op(Op.i32_eq, Op.select, Op.i32_or);
  x.wr(L.fs);
  c.op(Op.else);
  x.callHandler([fpr(i.rt), L.fs], [fpr(i.rb), L.fs]);
  c.op(Op.end);
});

// ---- moves -----------------------------------------------------------------------------------

/** fmr/fneg/fabs/fnabs/fcpsgn: bit operations on the sign; a record form's CR1 from the FPSCR. */
function move(ops: number[], withA = false): Gen {
  return (i) => (x) => {
    x.rd(fpr(i.rb));
    if (withA) x.rd(fpr(i.ra));
    x.c.op(...ops);
    x.wr(fpr(i.rt));
    if (i.rec) cr1(x);
  };
}

// ---- loads and stores ------------------------------------------------------------------------

/**
 * An FPR load or store, D form (RA|0 + D) or X form (RA|0 + RB): the address into L.ea, `access`
 * (the instruction's own part), then the update forms' RA write (after the access, so a fault
 * leaves RA unchanged). An update form with RA = 0 is invalid: the handler decides.
 */
function fpAccess(form: 'D' | 'X', update: boolean, access: (x: Ctx, i: Insn, after?: () => void) => void): Gen {
  return (i) => {
    if (update && i.ra === 0) return undefined;
    return (x) => {
      eaLocal(x, i.ra, form === 'D' ? i.imm : undefined, i.rb);
      // (a store passes the update on to storeAt: also done before leaving after a store into decoded code)
      const upd = update ? () => updateRa(x, i, form) : undefined;
      access(x, i, upd);
      upd?.();
    };
  };
}

/** lfd[u][x]: the doubleword's bits into FPR rt. */
const lfd = (form: 'D' | 'X', update: boolean): Gen => fpAccess(form, update, (x, i) => {
  loadAt(x, 'u64', i.addr);
  x.c.op(Op.f64_reinterpret_i64);
  x.wr(fpr(i.rt));
});

/** stfd[u][x]: FPR rs's bits to the doubleword. */
const stfd = (form: 'D' | 'X', update: boolean): Gen => fpAccess(form, update, (x, i, after) => {
  storeAt(x, 64, () => { x.rd(fpr(i.rt)); x.c.op(Op.i64_reinterpret_f64); }, i, after);
});

/** lfs[u][x]: the word as binary32 into FPR rt (isa/fp.ts singleToDouble: toDouble). */
const lfs = (form: 'D' | 'X', update: boolean): Gen => fpAccess(form, update, (x, i) => {
  loadWord(x, i);
  toDouble(x);
  x.wr(fpr(i.rt));
});

/**
 * The binary32 word on the stack (an i32, kept in L.w) as a double (isa/fp.ts singleToDouble,
 * vechelpers sp2dp): a finite word converts exactly through f64.promote_f32; an infinity or
 * NaN (whose promotion may change a NaN's bits, quiet an SNaN) is built from its bits: sign,
 * the all-ones exponent, the fraction in the top 23 bits.
 */
function toDouble(x: Ctx): void {
  const c = x.c;
  c.tee(L.w).i32(0x7f800000).op(Op.i32_and).i32(0x7f800000).op(Op.i32_ne, Op.if, F64);
  c.get(L.w).op(Op.f32_reinterpret_i32, Op.f64_promote_f32);
  c.op(Op.else);
  c.get(L.w).op(Op.i64_extend_i32_u).i64(32).op(Op.i64_shl).i64(0x8000000000000000n).op(Op.i64_and);
  c.get(L.w).op(Op.i64_extend_i32_u).i64(0x7fffff).op(Op.i64_and).i64(29).op(Op.i64_shl, Op.i64_or);
  c.i64(0x7ff0000000000000n).op(Op.i64_or, Op.f64_reinterpret_i64);
  c.op(Op.end);
}

/**
 * L.ok <- FPR r as a binary32 word without rounding (isa/fp.ts doubleToSingle, the ISA's stfs
 * algorithm; L.due, L.t temporaries): an exponent above 896 (binary32's normal range and
 * beyond, infinities, NaNs) or a zero keeps the sign, the exponent's top bit and its low 7 bits
 * and the fraction's top 23 bits; otherwise the sign and the significand shifted right to the
 * exponent -126 (truncated: an exponent under 874 leaves only the sign). `ns`: vechelpers dp2sp
 * (xscvdpspn), which takes a double denormal's bits as the first case does.
 */
function toSingleBits(x: Ctx, r: number, ns = false): void {
  const c = x.c;
  x.rd(fpr(r)); c.op(Op.i64_reinterpret_f64).tee(L.t);
  c.i64(52).op(Op.i64_shr_u, Op.i32_wrap_i64).i32(0x7ff).op(Op.i32_and).tee(L.due);
  c.i32(896).op(Op.i32_gt_u);
  if (ns) c.get(L.due).op(Op.i32_eqz, Op.i32_or);
  else c.get(L.t).i64(0x7fffffffffffffffn).op(Op.i64_and, Op.i64_eqz, Op.i32_or);
  c.op(Op.if, I32);
  c.get(L.t).i64(32).op(Op.i64_shr_u).i64(0xc0000000).op(Op.i64_and);
  c.get(L.t).i64(29).op(Op.i64_shr_u).i64(0x3fffffff).op(Op.i64_and, Op.i64_or, Op.i32_wrap_i64);
  c.op(Op.else);
  c.get(L.t).i64(32).op(Op.i64_shr_u, Op.i32_wrap_i64).i32(0x80000000 | 0).op(Op.i32_and);
  c.get(L.t).i64(0xfffffffffffffn).op(Op.i64_and).i64(0x10000000000000n).op(Op.i64_or);
  c.i32(926).get(L.due).op(Op.i32_sub, Op.i64_extend_i32_u, Op.i64_shr_u, Op.i32_wrap_i64);
  c.i32(0).get(L.due).i32(874).op(Op.i32_ge_u, Op.select, Op.i32_or);
  c.op(Op.end).set(L.ok);
}

/** stfs[u][x]: FPR rs as a binary32 word without rounding (toSingleBits). */
const stfs = (form: 'D' | 'X', update: boolean): Gen => fpAccess(form, update, (x, i, after) => {
  toSingleBits(x, i.rt);
  storeWord(x, i, after);
});

/** lfiwax/lfiwzx: the word, sign- or zero-extended, as FPR rt's bits. */
function lfiw(signed: boolean): Gen {
  return (i) => (x) => {
    eaLocal(x, i.ra, undefined, i.rb);
    loadWord(x, i);
    x.c.op(signed ? Op.i64_extend_i32_s : Op.i64_extend_i32_u, Op.f64_reinterpret_i64);
    x.wr(fpr(i.rt));
  };
}

/** stfiwx: FPR rs's low word. */
const stfiw: Gen = (i) => (x) => {
  eaLocal(x, i.ra, undefined, i.rb);
  x.rd(fpr(i.rt)); x.c.op(Op.i64_reinterpret_f64, Op.i32_wrap_i64).set(L.ok);
  storeWord(x, i);
};

/** Pushes the guest word at L.ea (i32): the inline access, else the accessor (a fault leaves the region). */
function loadWord(x: Ctx, i: Insn): void {
  loadAt(x, 'u32', i.addr);
  x.c.op(Op.i32_wrap_i64);
}

/** Stores the word in L.ok at L.ea (storeAt: inline, else the accessor). */
function storeWord(x: Ctx, i: Insn, after?: () => void): void {
  storeAt(x, 32, () => { x.c.get(L.ok).op(Op.i64_extend_i32_u); }, i, after);
}

/** The update forms' RA <- RA + D / RA + RB (64-bit in both modes, as helpers.updateD/updateX), after the access. */
function updateRa(x: Ctx, i: Insn, form: 'D' | 'X'): void {
  x.g(i.ra);
  if (form === 'D') x.c.i64(i.imm); else x.g(i.rb);
  x.c.op(Op.i64_add);
  x.setG(i.ra);
}

// ---- VSX scalar moves, loads and stores (isa/vsx.ts) -----------------------------------------

/** Pushes doubleword 0 of VSR v as i64 bits. */
function dw0I(x: Ctx, v: number): void {
  if (v < 32) { x.rd(fpr(v)); x.c.op(Op.i64_reinterpret_f64); } else x.c.i32(0).mem(Op.i64_load, 3, VSR_OFF + 16 * v);
}

/** Doubleword 0 of VSR v <- the i64 on the stack (kept in L.q); `zero1`: doubleword 1 <- 0. */
function setDw0I(x: Ctx, v: number, zero1: boolean): void {
  const c = x.c;
  if (v < 32) { c.op(Op.f64_reinterpret_i64); x.wr(fpr(v)); } else c.set(L.q).i32(0).get(L.q).mem(Op.i64_store, 3, VSR_OFF + 16 * v);
  if (zero1) c.i32(0).i64(0).mem(Op.i64_store, 3, VSR_OFF + 16 * v + 8);
}

/** lxsd (DS form, VR rt: VSR 32 + rt; doubleword 1 <- 0) and lxsdx (any VSR; doubleword 1 kept, as QEMU). */
const lxsd = (form: 'D' | 'X'): Gen => fpAccess(form, false, (x, i) => {
  loadAt(x, 'u64', i.addr);
  setDw0I(x, form === 'D' ? 32 + i.rt : i.rt, form === 'D');
});

/** lxsibzx/lxsihzx/lxsiwzx/lxsiwax: the byte, halfword or word, zero- or sign-extended, as doubleword 0 of any VSR, doubleword 1 <- 0 (isa/vsx.ts). */
const lxsi = (kind: 'u8' | 'u16' | 'u32' | 's32'): Gen => fpAccess('X', false, (x, i) => {
  loadAt(x, kind, i.addr);
  setDw0I(x, i.rt, true);
});

/** stxsd (VR rs) and stxsdx (any VSR): doubleword 0 to memory. */
const stxsd = (form: 'D' | 'X'): Gen => fpAccess(form, false, (x, i) => {
  storeAt(x, 64, () => dw0I(x, form === 'D' ? 32 + i.rt : i.rt), i);
});

/** xsabsdp/xsnabsdp/xsnegdp/xscpsgndp: doubleword 0 of XB with its sign changed (bit-exact f64 ops, NaNs too), doubleword 1 <- 0. */
function xsSign(ops: number[], withA = false): Gen {
  return (i) => (x) => {
    rdV(x, i.rb);
    if (withA) rdV(x, i.ra);
    x.c.op(...ops).set(R);
    setT(x, { t: i.rt, a: i.ra, b: i.rb, c: i.rb, rec: false, vsx: true }, R);
  };
}

/**
 * xsmaxcdp/xsmincdp (isa/vsxfp.ts xsmaxminc) of two non-NaN operands: XA when XB <= XA (max) /
 * XA < XB (min), else XB, doubleword 1 <- 0, no FPSCR change; a NaN operand: the handler.
 */
const xsMaxMinC = (max: boolean): Gen => (i) => (x) => {
  const c = x.c, r: Regs = { t: i.rt, a: i.ra, b: i.rb, c: i.rb, rec: false, vsx: true };
  rdV(x, i.ra); c.set(A);
  rdV(x, i.rb); c.set(B);
  c.get(A).get(A).op(Op.f64_eq).get(B).get(B).op(Op.f64_eq, Op.i32_and, Op.if, 0x40);
  c.get(A).get(B);
  if (max) c.get(B).get(A).op(Op.f64_le); else c.get(A).get(B).op(Op.f64_lt);
  c.op(Op.select).set(R);
  setT(x, r, R);
  c.op(Op.else);
  x.callHandler(changesR(r), operandsR(r));
  c.op(Op.end);
};

/** mtvsrd/mtvsrwz/mtvsrwa: doubleword 0 of XT <- RA (its low word zero- or sign-extended); doubleword 1 kept. */
const mtvsr = (ext: 'd' | 'wz' | 'wa'): Gen => (i) => (x) => {
  x.g(i.ra);
  if (ext === 'wz') x.c.i64(0xffffffff).op(Op.i64_and);
  else if (ext === 'wa') x.c.op(Op.i64_extend32_s);
  setDw0I(x, i.rt, false);
};

/** mfvsrd/mfvsrwz: RA <- doubleword 0 of XS (its low word, zero-extended). */
const mfvsr = (wz: boolean): Gen => (i) => (x) => {
  dw0I(x, i.rt);
  if (wz) x.c.i64(0xffffffff).op(Op.i64_and);
  x.setG(i.ra);
};

// ---- rows ------------------------------------------------------------------------------------

export const FP_GENS: Record<string, Gen> = {
  lfd: lfd('D', false), lfdu: lfd('D', true), lfdx: lfd('X', false), lfdux: lfd('X', true),
  stfd: stfd('D', false), stfdu: stfd('D', true), stfdx: stfd('X', false), stfdux: stfd('X', true),
  lfs: lfs('D', false), lfsu: lfs('D', true), lfsx: lfs('X', false), lfsux: lfs('X', true),
  stfs: stfs('D', false), stfsu: stfs('D', true), stfsx: stfs('X', false), stfsux: stfs('X', true),
  fmr: move([]), fneg: move([Op.f64_neg]), fabs: move([Op.f64_abs]), fnabs: move([Op.f64_abs, Op.f64_neg]),
  fcpsgn: move([Op.f64_copysign], true), // copysign(FRB, FRA): FRB's magnitude, FRA's sign
  // GPR <-> VSR moves (mffprd/mtfprd name an FPR: VSR 0..31)
  mfvsrd: mfvsr(false), mfvsrwz: mfvsr(true), mtvsrd: mtvsr('d'), mtvsrwz: mtvsr('wz'), mtvsrwa: mtvsr('wa'),
  fadd: addSub(false, false), fsub: addSub(true, false), fmul: mul(false), fdiv: div(false), fsqrt: sqrt(false),
  fcmpu: fcmp(false), fcmpo: fcmp(false),
  fmadd: fma(0, false), fmsub: fma(1, false), fnmadd: fma(2, false), fnmsub: fma(3, false),
  fadds: addSub(false, true), fsubs: addSub(true, true), fmuls: mul(true), fdivs: div(true), fsqrts: sqrt(true),
  fmadds: fma(0, true), fmsubs: fma(1, true), fnmadds: fma(2, true), fnmsubs: fma(3, true),
  frsp: frsp(),
  fctiw: fcti(false, false), fctiwz: fcti(false, true), fctid: fcti(true, false), fctidz: fcti(true, true),
  fctiwu: fcti(false, false, true), fctiwuz: fcti(false, true, true), fctidu: fcti(true, false, true), fctiduz: fcti(true, true, true),
  fcfid: fcfid(false, false), fcfidu: fcfid(true, false), fcfids: fcfid(false, true), fcfidus: fcfid(true, true),
  fsel, mffs, mtfsf, mtfsfi, mtfsb0: mtfsb(false), mtfsb1: mtfsb(true),
  mffscrn: mffsX(22), mffscrni: mffsX(23), mffsl: mffsX(24),
  lfiwax: lfiw(true), lfiwzx: lfiw(false), stfiwx: stfiw,
  xscvspdpn, xscvdpspn, xscvspdp,
  lxsd: lxsd('D'), lxsdx: lxsd('X'), stxsd: stxsd('D'), stxsdx: stxsd('X'),
  lxsibzx: lxsi('u8'), lxsihzx: lxsi('u16'), lxsiwzx: lxsi('u32'), lxsiwax: lxsi('s32'),
  xsabsdp: xsSign([Op.f64_abs]), xsnabsdp: xsSign([Op.f64_abs, Op.f64_neg]), xsnegdp: xsSign([Op.f64_neg]),
  xscpsgndp: xsSign([Op.f64_copysign], true), // copysign(XB, XA): XB's magnitude, XA's sign
  xscmpudp: fcmp(true), xscmpodp: fcmp(true), xsmaxcdp: xsMaxMinC(true), xsmincdp: xsMaxMinC(false),
  // VSX scalar forms (any of VSRs 0..63; the target's doubleword 1 <- 0): the same kernels and commits
  xsadddp: addSub(false, false, XS_REGS), xssubdp: addSub(true, false, XS_REGS), xsmuldp: mul(false, XS_REGS),
  xsdivdp: div(false, XS_REGS), xssqrtdp: sqrt(false, XS_REGS),
  xsaddsp: addSub(false, true, XS_REGS), xssubsp: addSub(true, true, XS_REGS), xsmulsp: mul(true, XS_REGS),
  xsdivsp: div(true, XS_REGS), xssqrtsp: sqrt(true, XS_REGS), xsrsp: frsp(XS_REGS),
  ...Object.fromEntries((['madd', 'msub', 'nmadd', 'nmsub'] as const).flatMap((n, kind) => [
    [`xs${n}adp`, fma(kind, false, XS_MADD_A)], [`xs${n}mdp`, fma(kind, false, XS_MADD_M)],
    [`xs${n}asp`, fma(kind, true, XS_MADD_A)], [`xs${n}msp`, fma(kind, true, XS_MADD_M)],
  ])),
};

/** Primary opcodes of the rows above (a namesake in another table is not the row meant). */
export const FP_OPCD: Record<string, number> = {
  lfd: 50, lfdu: 51, stfd: 54, stfdu: 55, lfdx: 31, lfdux: 31, stfdx: 31, stfdux: 31,
  mfvsrd: 31, mtvsrd: 31, mfvsrwz: 31, mtvsrwz: 31, mtvsrwa: 31, lxsd: 57, stxsd: 61, lxsdx: 31, stxsdx: 31,
  lxsibzx: 31, lxsihzx: 31, lxsiwzx: 31, lxsiwax: 31,
  lfs: 48, lfsu: 49, stfs: 52, stfsu: 53, lfsx: 31, lfsux: 31, stfsx: 31, stfsux: 31,
  fadds: 59, fsubs: 59, fmuls: 59, fdivs: 59, fsqrts: 59, fmadds: 59, fmsubs: 59, fnmadds: 59, fnmsubs: 59,
  fcfids: 59, fcfidus: 59, lfiwax: 31, lfiwzx: 31, stfiwx: 31,
  xscvspdpn: 60, xscvdpspn: 60, xscvspdp: 60,
  ...Object.fromEntries(['xsadddp', 'xssubdp', 'xsmuldp', 'xsdivdp', 'xssqrtdp', 'xsaddsp', 'xssubsp', 'xsmulsp', 'xsdivsp',
    'xssqrtsp', 'xsrsp', 'xsabsdp', 'xsnabsdp', 'xsnegdp', 'xscpsgndp', 'xscmpudp', 'xscmpodp', 'xsmaxcdp', 'xsmincdp'].map((n) => [n, 60])),
  ...Object.fromEntries(['madd', 'msub', 'nmadd', 'nmsub'].flatMap((n) => ['adp', 'mdp', 'asp', 'msp'].map((f) => [`xs${n}${f}`, 60]))),
};
