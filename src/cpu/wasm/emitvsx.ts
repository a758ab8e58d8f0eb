// WebAssembly emitters for VSX: the quadword loads and stores (lxvb16x/stxvb16x and lxvl too),
// doubleword and word permutes and logicals, and vector floating point after the JS tier's
// `vlanes` (fpu/inline.ts):
// xv{add,sub,mul}dp and xv{add,sub,mul}sp and the double and single multiply-adds, in every
// rounding mode.
//
// VSR r is 16 bytes at VSR_OFF + 16 r in the register buffer (state.ts: host-endian
// doublewords, dw0 first), read and written there directly, except doubleword 0 of VSRs 0..31:
// that is FPR r, which a region keeps in its f64 local (emitfp.ts), so it is read and written
// through the local. The region's spill and reload (compile.ts) then keep both exact.
//
// Floating point: a vector op never changes FR, FI or FPRF. Lazy mode (round-to-nearest, every
// exception disabled, XX already set) is where a lane changes no FPSCR bit at all: a lane is the
// correctly rounded operation plus a range check. Otherwise (XE clear) a lane also takes its
// error's sign (TwoSum, Dekker's product, the multiply-add kernel) for XX and, under RZ/RP/RM,
// steps toward the exact value (one double ulp; a single lane: fpu/inline.ts's binary32 rule).
// Every lane is computed before anything is written; any lane outside the checked range (NaN,
// infinity, zero or tiny results where they matter, a directed step leaving the normal range)
// or XE set calls the instruction's handler instead, which then does all of it.

import { ENABLES, FX, XE, XX } from '../fpu/fpscr.js';
import type { Insn } from '../insn.js';
import { MAX_D, MAX_S, MIN_NORM, MIN_S } from '../isa/fp.js';
import { ARENA_RD_TOP, ARENA_WR_TOP } from '../memory.js';
import type { Ctx } from './compile.js';
import { Op, SimdOp, uleb } from './encode.js';
import { bswap64, eaLocal, hostAddr, loadBE64, pageEntry, wasmFma, wasmSimd } from './emit.js';
import { permBytes, VT } from './emitvmx.js';
import { A, B, C, dekker, E, fmaKernel, fusedMadd, PE, R, remainder, safe, stepDue, stepSingle, stepUlp, stepUlpIf, T } from './emitfp.js';
import { L, SCR_QW, VSR_OFF } from './layout.js';

type Emit = (x: Ctx, i: Insn) => void;
type Gen = (i: Insn, sf: boolean) => Emit | undefined;

const fpr = (r: number): number => L.fpr + r;
const dwOff = (r: number, k: number): number => VSR_OFF + 16 * r + 8 * k;
const VD0 = L.vd, VD1 = L.vd + 1;
/** Round-to-nearest, every enable clear and XX set: lanes change no FPSCR bit (fpu/inline.ts). */
const LAZY_MASK = (XX | ENABLES | 3) >>> 0;

// ---- register access -------------------------------------------------------------------------

/** Pushes doubleword k of VSR r as i64 bits. */
function getI(x: Ctx, r: number, k: number): void {
  if (r < 32 && k === 0) { x.rd(fpr(r)); x.c.op(Op.i64_reinterpret_f64); } else x.c.i32(0).mem(Op.i64_load, 3, dwOff(r, k));
}

/** Pushes doubleword k of VSR r as f64. */
function getF(x: Ctx, r: number, k: number): void {
  if (r < 32 && k === 0) x.rd(fpr(r)); else x.c.i32(0).mem(Op.f64_load, 3, dwOff(r, k));
}

/** Doubleword k of VSR r <- local l (i64 bits). */
function setI(x: Ctx, r: number, k: number, l: number): void {
  if (r < 32 && k === 0) { x.c.get(l).op(Op.f64_reinterpret_i64); x.wr(fpr(r)); } else x.c.i32(0).get(l).mem(Op.i64_store, 3, dwOff(r, k));
}

/** Doubleword k of VSR r <- local l (f64). */
function setF(x: Ctx, r: number, k: number, l: number): void {
  if (r < 32 && k === 0) { x.c.get(l); x.wr(fpr(r)); } else x.c.i32(0).get(l).mem(Op.f64_store, 3, dwOff(r, k));
}

/** Pushes word j (0 = most significant) of VSR r, zero-extended to i64. */
function wordI(x: Ctx, r: number, j: number): void {
  getI(x, r, j >>> 1);
  if (j & 1) x.c.i64(0xffffffff).op(Op.i64_and); else x.c.i64(32).op(Op.i64_shr_u);
}

/** Pushes word j of VSR r as a binary32 value widened to f64 (exact; a NaN's payload may change). */
function wordF(x: Ctx, r: number, j: number): void {
  wordI(x, r, j);
  x.c.op(Op.i32_wrap_i64, Op.f32_reinterpret_i32, Op.f64_promote_f32);
}

/** What the handler of an instruction writing VSR rt (and maybe the FPSCR) changes among the locals. */
const changes = (rt: number, fpscr: boolean): number[] => [...(rt < 32 ? [fpr(rt)] : []), ...(fpscr ? [L.fs] : [])];
/** The locals holding parts of VSRs rs (doubleword 0 of VSRs 0..31). */
const held = (...rs: number[]): number[] => rs.filter((r) => r < 32).map(fpr);
/** The GPR locals of an access's RA and RB (a field that is not RB names a GPR spilled for nothing). */
const eaRegs = (i: Insn): number[] => [L.gpr + i.ra, L.gpr + i.rb];

// ---- loads and stores ------------------------------------------------------------------------

/**
 * Element orders (vechelpers.ts): q = lxv/lxvx (the quadword in the current byte order:
 * little-endian reverses all 16 bytes), d2 = lxvd2x (two doublewords, each in the current byte
 * order), w4 = lxvw4x (four words, each), ds = lxvdsx (one doubleword to both), b16 =
 * lxvb16x (the 16 bytes in order, big-endian in either mode).
 */
type Order = 'q' | 'd2' | 'w4' | 'ds' | 'b16';

/** Pushes doubleword k of the VSR image of the bytes at host address L.a. */
function loadDw(x: Ctx, o: Order, k: number): void {
  const c = x.c;
  if (o === 'ds') k = 0;
  if (!x.le || o === 'b16') { c.get(L.a); loadBE64(x, 8 * k); return; }
  c.get(L.a).mem(Op.i64_load, 0, o === 'q' ? 8 - 8 * k : 8 * k);
  if (o === 'w4') c.i64(32).op(Op.i64_rotl);
}

/** Stores doubleword k of VSR r to the bytes at host address L.a, in order o (not ds). */
function storeDw(x: Ctx, o: Order, r: number, k: number): void {
  const c = x.c;
  c.get(L.a);
  getI(x, r, k);
  if (!x.le || o === 'b16') { bswap64(x); c.mem(Op.i64_store, 0, 8 * k); return; }
  if (o === 'w4') c.i64(32).op(Op.i64_rotl);
  c.mem(Op.i64_store, 0, o === 'q' ? 8 - 8 * k : 8 * k);
}

/**
 * A quadword that crosses a page (the inline walk's miss, `hostAddr`): both pages in the table
 * at `top`, the address below 4 GiB and the next page not past it, else a branch to `out` (the
 * handler). Leaves L.w = the bytes in the first page (1..n-1), L.pg = their host address and
 * L.xb = the next page's; the access itself goes through SCR_QW.
 */
function crossing(x: Ctx, top: number, n: number, out: number): void {
  const c = x.c;
  if (x.sf) c.get(L.ea).i64(0xffffffff).op(Op.i64_gt_u, Op.br_if, out);
  c.get(L.ea).op(Op.i32_wrap_i64).set(L.a);
  c.i32(0x1000).get(L.a).i32(0xfff).op(Op.i32_and, Op.i32_sub).tee(L.w).i32(n).op(Op.i32_ge_u, Op.br_if, out);
  pageEntry(x, top, L.a, L.pg, out);
  c.get(L.a).get(L.w).op(Op.i32_add).tee(L.xa).op(Op.i32_eqz, Op.br_if, out); // the last page: wraps
  pageEntry(x, top, L.xa, L.xb, out);
  c.get(L.pg).get(L.a).i32(0xfff).op(Op.i32_and, Op.i32_add).set(L.pg);
}

/** Copies the crossing quadword's two parts between their pages and SCR_QW (toScratch: a load). */
function copyParts(x: Ctx, n: number, toScratch: boolean): void {
  const c = x.c;
  const part = (host: () => void, scr: () => void, len: () => void): void => {
    if (toScratch) { scr(); host(); } else { host(); scr(); }
    len(); c.memoryCopy();
  };
  part(() => c.get(L.pg), () => c.i32(SCR_QW), () => c.get(L.w));
  part(() => c.get(L.xb), () => c.i32(SCR_QW).get(L.w).op(Op.i32_add), () => c.i32(n).get(L.w).op(Op.i32_sub));
}

/**
 * A VSR load (DQ form: RA|0 + DQ; X form: RA|0 + RB): inline when the bytes are in one page the
 * read table maps; when they cross into the next page and both are mapped, assembled in
 * SCR_QW first; else the handler (unmapped memory: the fault).
 */
function load(o: Order, dq: boolean): Gen {
  return (i) => (x) => {
    const c = x.c, n = o === 'ds' ? 8 : 16;
    eaLocal(x, i.ra, dq ? i.imm : undefined, i.rb);
    const access = (): void => {
      loadDw(x, o, 0); c.set(VD0);
      if (o === 'ds') c.get(VD0).set(VD1); else { loadDw(x, o, 1); c.set(VD1); }
      setI(x, i.rt, 0, VD0); setI(x, i.rt, 1, VD1);
    };
    // block $done { block $slow { block $cross { inline access; br $done } crossing; br $done } handler }
    c.op(Op.block, 0x40, Op.block, 0x40, Op.block, 0x40);
    hostAddr(x, ARENA_RD_TOP, n);
    c.set(L.a);
    access();
    c.op(Op.br, 2, Op.end);
    crossing(x, ARENA_RD_TOP, n, 0);
    copyParts(x, n, true);
    c.i32(SCR_QW).set(L.a);
    access();
    c.op(Op.br, 1, Op.end);
    x.callHandler(changes(i.rt, false), eaRegs(i));
    c.op(Op.end);
  };
}

/**
 * Pushes the i64 mask of the first k bytes (`top`: the most significant ones) of a doubleword,
 * k = n - off clamped to 0..8, n in local L.w (the shifts by 64 are the cases k = 8 selects).
 */
function keepBytes(x: Ctx, top: boolean, off: number): void {
  const c = x.c, k = L.s;
  c.get(L.w).i32(off).op(Op.i32_sub).tee(k).i32(0).get(k).i32(0).op(Op.i32_gt_s, Op.select).tee(k);
  c.i32(8).get(k).i32(8).op(Op.i32_lt_u, Op.select).set(k);
  c.i64(-1).i64(-1).get(k).op(Op.i64_extend_i32_u).i64(3).op(Op.i64_shl, top ? Op.i64_shr_u : Op.i64_shl);
  c.i64(-1).op(Op.i64_xor).get(k).i32(8).op(Op.i32_eq, Op.select);
}

/**
 * lxvl: the first n bytes at (RA|0) (n = RB's top byte, at most 16) into VSR XT in the
 * quadword's order (big-endian: its bytes 0..n-1; little-endian: 15 down to 16 - n), the rest
 * zero. Inline when the 16 bytes from EA lie in one page the read table maps (those past n are
 * read and dropped); else the handler (n = 0 reads nothing; a fault is for the n bytes alone).
 */
const lxvl: Gen = (i) => (x) => {
  const c = x.c;
  eaLocal(x, i.ra, 0, i.rb);
  x.g(i.rb); c.i64(56).op(Op.i64_shr_u, Op.i32_wrap_i64).set(L.w); // (keepBytes clamps: past 16 is 16)
  c.op(Op.block, 0x40, Op.block, 0x40);
  hostAddr(x, ARENA_RD_TOP, 16);
  c.set(L.a);
  // big-endian: ISA bytes 0..n-1, the top of doubleword 0 then of 1; little-endian: 16-n..15, the bottom of 1 then of 0
  loadDw(x, 'q', 0); keepBytes(x, !x.le, x.le ? 8 : 0); c.op(Op.i64_and).set(VD0);
  loadDw(x, 'q', 1); keepBytes(x, !x.le, x.le ? 0 : 8); c.op(Op.i64_and).set(VD1);
  setI(x, i.rt, 0, VD0); setI(x, i.rt, 1, VD1);
  c.op(Op.br, 1, Op.end);
  x.callHandler(changes(i.rt, false), eaRegs(i));
  c.op(Op.end);
};

/**
 * A VSR store: inline when the 16 bytes are in one page the write table maps (never code, a
 * watched or clean page); when they cross into the next page and both are in the table,
 * assembled in SCR_QW, then copied; else the handler (which checks the whole quadword before
 * writing).
 */
function store(o: Order, dq: boolean): Gen {
  return (i) => (x) => {
    const c = x.c;
    eaLocal(x, i.ra, dq ? i.imm : undefined, i.rb);
    c.op(Op.block, 0x40, Op.block, 0x40, Op.block, 0x40);
    hostAddr(x, ARENA_WR_TOP, 16);
    c.set(L.a);
    storeDw(x, o, i.rt, 0); storeDw(x, o, i.rt, 1);
    c.op(Op.br, 2, Op.end);
    crossing(x, ARENA_WR_TOP, 16, 0);
    c.i32(SCR_QW).set(L.a);
    storeDw(x, o, i.rt, 0); storeDw(x, o, i.rt, 1);
    copyParts(x, 16, false);
    c.op(Op.br, 1, Op.end);
    x.callHandler([], [...eaRegs(i), ...held(i.rt)]);
    c.op(Op.end);
  };
}

// ---- permutes and logicals -------------------------------------------------------------------

/** xxpermdi (xxmrghd, xxmrgld, xxswapd): XT <- XA.dw[DM0], XB.dw[DM1]. */
const xxpermdi: Gen = (i) => (x) => {
  const dm = (i.word >>> 8) & 3;
  getI(x, i.ra, dm >>> 1); x.c.set(VD0);
  getI(x, i.rb, dm & 1); x.c.set(VD1);
  setI(x, i.rt, 0, VD0); setI(x, i.rt, 1, VD1);
};

/** xxl<op>: each doubleword of XT <- op(XA, XB) (`ops` combine the two i64s on the stack). */
function logical(ops: (x: Ctx) => void): Gen {
  return (i) => (x) => {
    for (const k of [0, 1]) { getI(x, i.ra, k); getI(x, i.rb, k); ops(x); x.c.set(L.vd + k); }
    setI(x, i.rt, 0, VD0); setI(x, i.rt, 1, VD1);
  };
}
const NOT = (x: Ctx): void => { x.c.i64(-1).op(Op.i64_xor); };
const notB = (op: number) => (x: Ctx): void => { NOT(x); x.c.op(op); };
const notR = (op: number) => (x: Ctx): void => { x.c.op(op); NOT(x); };

/**
 * The lanes' sign operations (xvabs/xvnabs/xvneg/xvcpsgn, dp and sp): bit operations on each
 * doubleword's sign bits (one, or two for single lanes), XB's magnitudes with XA's signs for
 * cpsgn; no FPSCR effect, NaNs included.
 */
function signOp(kind: 'abs' | 'nabs' | 'neg' | 'cpsgn', sp: boolean): Gen {
  const S = sp ? 0x8000000080000000n : 0x8000000000000000n;
  return (i) => (x) => {
    const c = x.c;
    for (const k of [0, 1]) {
      getI(x, i.rb, k);
      if (kind === 'abs') c.i64(~S).op(Op.i64_and);
      else if (kind === 'nabs') c.i64(S).op(Op.i64_or);
      else if (kind === 'neg') c.i64(S).op(Op.i64_xor);
      else { c.i64(~S).op(Op.i64_and); getI(x, i.ra, k); c.i64(S).op(Op.i64_and, Op.i64_or); }
      c.set(L.vd + k);
    }
    setI(x, i.rt, 0, VD0); setI(x, i.rt, 1, VD1);
  };
}

/** xxsel: XT <- (XA & ~XC) | (XB & XC). */
const xxsel: Gen = (i) => (x) => {
  const c = x.c;
  for (const k of [0, 1]) {
    getI(x, i.ra, k); getI(x, i.rc, k); c.i64(-1).op(Op.i64_xor, Op.i64_and);
    getI(x, i.rb, k); getI(x, i.rc, k); c.op(Op.i64_and, Op.i64_or).set(L.vd + k);
  }
  setI(x, i.rt, 0, VD0); setI(x, i.rt, 1, VD1);
};

/** xxmrghw (lo 0) / xxmrglw (lo 2): XT <- words lo of XA, lo of XB, lo + 1 of XA, lo + 1 of XB. */
const merge = (lo: number): Gen => (i) => (x) => {
  for (const k of [0, 1]) { wordI(x, i.ra, lo + k); x.c.i64(32).op(Op.i64_shl); wordI(x, i.rb, lo + k); x.c.op(Op.i64_or).set(L.vd + k); }
  setI(x, i.rt, 0, VD0); setI(x, i.rt, 1, VD1);
};

/** mtvsrdd (ISA 3.0): XT <- (RA|0) || RB. */
const mtvsrdd: Gen = (i) => (x) => {
  if (i.ra === 0) x.c.i64(0); else x.g(i.ra);
  x.c.set(VD0);
  x.g(i.rb); x.c.set(VD1);
  setI(x, i.rt, 0, VD0); setI(x, i.rt, 1, VD1);
};

/** xxspltib: every byte of XT <- IMM8. */
const xxspltib: Gen = (i) => (x) => {
  x.c.i64(BigInt((i.word >>> 11) & 0xff) * 0x0101010101010101n).set(VD0);
  setI(x, i.rt, 0, VD0); setI(x, i.rt, 1, VD0);
};

/** xxsldwi: XT <- words SHW..SHW+3 of XA || XB. */
const xxsldwi: Gen = (i) => (x) => {
  const s = (i.word >>> 8) & 3;
  const word = (n: number): void => wordI(x, n < 4 ? i.ra : i.rb, n & 3);
  for (const k of [0, 1]) {
    const n = s + 2 * k;
    if ((n & 1) === 0) getI(x, n < 4 ? i.ra : i.rb, (n & 3) >>> 1); // a whole doubleword
    else { word(n); x.c.i64(32).op(Op.i64_shl); word(n + 1); x.c.op(Op.i64_or); }
    x.c.set(L.vd + k);
  }
  setI(x, i.rt, 0, VD0); setI(x, i.rt, 1, VD1);
};

/** Pushes VSR r as a v128 (doubleword 0 of VSRs 0..31 from its FPR local). */
function getQ(x: Ctx, r: number): void {
  x.c.i32(0).simd(SimdOp.v128_load, 4); uleb(x.c.b, VSR_OFF + 16 * r);
  if (r < 32) { getI(x, r, 0); x.c.simd(SimdOp.i64x2_replace_lane, 0); }
}

/** VSR r <- the v128 in local l (doubleword 0 of VSRs 0..31 into its FPR local too). */
function setQ(x: Ctx, r: number, l: number): void {
  x.c.i32(0).get(l).simd(SimdOp.v128_store, 4); uleb(x.c.b, VSR_OFF + 16 * r);
  if (r < 32) { x.c.get(l).simd(SimdOp.i64x2_extract_lane, 0).op(Op.f64_reinterpret_i64); x.wr(fpr(r)); }
}

/** xxperm / xxpermr (wasm SIMD): XT <- bytes of XA || XT selected by XB's (emitvmx.ts permBytes). */
const xxperm = (rev: boolean): Gen => (i) => {
  if (!wasmSimd.on) return undefined;
  return (x) => {
    permBytes(x, () => getQ(x, i.ra), () => getQ(x, i.rt), () => getQ(x, i.rb), rev);
    x.c.set(VT);
    setQ(x, i.rt, VT);
  };
};

/** xxspltw: every word of XT <- word UIM of XB. */
const xxspltw: Gen = (i) => (x) => {
  wordI(x, i.rb, (i.word >>> 16) & 3);
  x.c.tee(VD0).i64(32).op(Op.i64_shl).get(VD0).op(Op.i64_or).set(VD0);
  setI(x, i.rt, 0, VD0); setI(x, i.rt, 1, VD0);
};

// ---- vector floating point -------------------------------------------------------------------

type VOp = 'add' | 'sub' | 'mul' | 'fma' | 'div' | 'sqrt';

/**
 * Lane k's operands into A and B (add/sub: B negated for sub; mul, div: A op B; sqrt: XB in A)
 * or A, C, B for the multiply-adds: a-form XA*XB + XT, m-form XA*XT + XB; kind bit 0 subtracts
 * the addend.
 */
function operands(x: Ctx, i: Insn, op: VOp, aForm: boolean, kind: number, k: number, single: boolean): void {
  const c = x.c;
  const get = (r: number): void => (single ? wordF(x, r, k) : getF(x, r, k));
  if (op === 'sqrt') { get(i.rb); c.set(A); return; }
  get(i.ra); c.set(A);
  if (op === 'fma') {
    get(aForm ? i.rb : i.rt); c.set(C);
    get(aForm ? i.rt : i.rb); if (kind & 1) c.op(Op.f64_neg); c.set(B);
  } else {
    get(i.rb); if (op === 'sub') c.op(Op.f64_neg); c.set(B);
  }
}

/** L.vok &= the i32 on the stack. */
function check(x: Ctx): void {
  x.c.get(L.vok).op(Op.i32_and).set(L.vok);
}

/** Pushes lo < |local l| <= hi (false for NaN); `open`: lo < |l| < hi. */
function inRange(x: Ctx, l: number, lo: number, hi: number, open = false): void {
  x.c.get(l).op(Op.f64_abs).f64(lo).op(Op.f64_gt).get(l).op(Op.f64_abs).f64(hi).op(open ? Op.f64_lt : Op.f64_le, Op.i32_and);
}

/**
 * The lane flags for an instruction: L.vlz (lazy mode) and L.vok (the lanes may be written:
 * lazy mode, or XE clear), L.vix (a lane was inexact) cleared.
 */
function laneFlags(x: Ctx): void {
  const c = x.c;
  x.rd(L.fs); c.i32(LAZY_MASK).op(Op.i32_and).i32(XX).op(Op.i32_eq).tee(L.vlz);
  x.rd(L.fs); c.i32(XE).op(Op.i32_and, Op.i32_eqz, Op.i32_or);
  c.set(L.vok);
  c.i32(0).set(L.vix);
}

/** TwoSum: R <- A + B, E <- its error exactly, (A - (R - T)) + (B - T) with T = R - A (T a temporary). */
function twoSum(x: Ctx): void {
  x.c.get(A).get(B).op(Op.f64_add).set(R);
  x.c.get(R).get(A).op(Op.f64_sub).set(T);
  x.c.get(A).get(R).get(T).op(Op.f64_sub, Op.f64_sub).get(B).get(T).op(Op.f64_sub, Op.f64_add).set(E);
}

/**
 * R <- A / B or sqrt(A); pushes whether the operands and the result are in the safe range
 * (fpu/inline.ts: the remainder that gives the error is then exact; a root's operand positive).
 */
function quotient(x: Ctx, op: 'div' | 'sqrt'): void {
  const c = x.c;
  if (op === 'div') { c.get(A).get(B).op(Op.f64_div).set(R); safe(x, A); safe(x, B); c.op(Op.i32_and); }
  else { c.get(A).op(Op.f64_sqrt).set(R); safe(x, A); c.get(A).f64(0).op(Op.f64_gt, Op.i32_and); }
  safe(x, R); c.op(Op.i32_and);
}

/**
 * A double lane in lazy mode: add/sub/mul/div/sqrt natively, then the lazy range check (a sum
 * below the normal range is exact; a product must be normal; a quotient or root's operands and
 * result safe); the multiply-adds by the host's fused multiply-add (wasmFma) with a normal
 * result (above the normal minimum: the exact value was not tiny; finite: no overflow; a NaN or
 * infinite operand makes it neither), else through the kernel.
 */
function laneLazy(x: Ctx, op: VOp): void {
  const c = x.c;
  if (op === 'fma' && wasmFma.on) {
    fusedMadd(c, A, C, B); c.set(R);
    inRange(x, R, MIN_NORM, MAX_D); check(x);
    return;
  }
  if (op === 'fma') { fmaKernel(x); c.get(L.ok); check(x); return; }
  if (op === 'div' || op === 'sqrt') { quotient(x, op); check(x); return; }
  c.get(A).get(B).op(op === 'mul' ? Op.f64_mul : Op.f64_add).set(R);
  if (op === 'mul') inRange(x, R, MIN_NORM, MAX_D);
  else c.get(R).op(Op.f64_abs).f64(MAX_D).op(Op.f64_le);
  check(x);
}

/**
 * A double lane otherwise (XE clear): R <- the nearest result, E its error's sign (TwoSum,
 * Dekker's product, the kernel), the range checks into L.vok, XX's flag, and under RZ/RP/RM the
 * one-ulp step toward the exact value.
 */
function laneFull(x: Ctx, op: VOp): void {
  const c = x.c;
  switch (op) {
    case 'add': case 'sub':
      // the sum must be normal (a NaN error: r - a overflowed)
      twoSum(x);
      c.get(R).op(Op.f64_abs).f64(MIN_NORM).op(Op.f64_ge).get(R).op(Op.f64_abs).f64(MAX_D).op(Op.f64_le, Op.i32_and);
      c.get(E).get(E).op(Op.f64_eq, Op.i32_and);
      break;
    case 'mul':
      c.get(A).get(B).op(Op.f64_mul).set(R);
      dekker(c, A, B, R);
      c.get(PE).set(E);
      safe(x, A); safe(x, B); c.op(Op.i32_and); safe(x, R); c.op(Op.i32_and);
      break;
    case 'fma':
      fmaKernel(x);
      c.get(L.ok);
      break;
    case 'div': case 'sqrt':
      // E: the sign of the remainder A - R*B (A - R*R), exact in the safe range
      quotient(x, op);
      remainder(x, A, op === 'div' ? B : R, op === 'div');
      break;
  }
  check(x);
  c.get(L.vix).get(E).f64(0).op(Op.f64_ne, Op.i32_or).set(L.vix);
  // the directed step (round-to-nearest stays off this code), without a branch on whether it
  // is due (mispredicted in about half the inexact lanes); a step from a sum at the range's
  // edges might leave it
  x.rdMode(); c.i32(3).op(Op.i32_and, Op.if, 0x40);
  stepDue(x, R, E); c.set(L.due);
  if (op === 'add' || op === 'sub') { inRange(x, R, MIN_NORM, MAX_D, true); c.i32(1).get(L.due).op(Op.select); check(x); }
  stepUlpIf(x, R, E, L.due);
  c.op(Op.end);
}

/**
 * A single lane in lazy mode: add/sub/mul/div/sqrt in double then rounded to binary32 (exact
 * operands: 53 >= 2*24 + 2, so the double rounding is innocuous); the multiply-adds as the sum
 * of the exact product and the addend rounded to odd (singleFma, roundOdd), then to binary32:
 * correct, 53 >= 24 + 2. The binary32 result must be normal (tiny ones and zeros bail).
 */
function laneSLazy(x: Ctx, op: VOp): void {
  const c = x.c;
  if (op === 'fma') {
    singleFma(x);
    roundOdd(x);
  } else if (op === 'sqrt') {
    c.get(A).op(Op.f64_sqrt).set(R);
  } else {
    c.get(A).get(B).op(op === 'mul' ? Op.f64_mul : op === 'div' ? Op.f64_div : Op.f64_add).set(R);
  }
  c.get(R).op(Op.f32_demote_f64, Op.f64_promote_f32).set(R);
  inRange(x, R, MIN_S, MAX_S); check(x);
}

/**
 * A single lane's multiply-add in double: R + E = A*C + B exactly. The product of two binary32
 * values is exact in double (48 bits, far inside its range), and TwoSum's error is exact for any
 * sum that does not overflow (at most 2^257 here). A NaN or infinite operand leaves R a NaN or
 * an infinity, which the binary32 range check after it rejects.
 */
function singleFma(x: Ctx): void {
  x.c.get(A).get(C).op(Op.f64_mul).set(A);
  twoSum(x);
}

/** R <- R rounded to odd at double precision: stepped toward the exact value (E's side) when inexact and even. */
function roundOdd(x: Ctx): void {
  const c = x.c;
  c.get(E).f64(0).op(Op.f64_ne).get(R).op(Op.i64_reinterpret_f64).i64(1).op(Op.i64_and, Op.i64_eqz, Op.i32_and);
  c.op(Op.if, 0x40);
  stepUlp(x, R, E);
  c.op(Op.end);
}

/**
 * A single lane otherwise (XE clear; fpu/inline.ts `finish` for binary32, and isa/fp.ts
 * roundS): R <- the nearest double and E its error's sign (TwoSum; a product of two binary32
 * values is exact; the kernel). Round-to-nearest: as in lazy mode, inexact when E is nonzero or
 * the binary32 result differs from R. RZ/RP/RM: no binary32 value lies strictly between R and
 * the exact value, so the result is g = RN32(R) when g lies on the mode's side of the exact
 * value, else g's binary32 neighbour in the mode's direction; inexact unless g = R and E = 0.
 * R strictly inside the binary32 normal range (so is the exact value) and a normal result,
 * else the handler (overflow, tininess). L.vix collects the inexact flags.
 */
function laneSFull(x: Ctx, op: VOp): void {
  const c = x.c;
  switch (op) {
    case 'add': case 'sub':
      twoSum(x);
      break;
    case 'mul':
      c.get(A).get(B).op(Op.f64_mul).set(R).f64(0).set(E);
      break;
    case 'fma':
      singleFma(x);
      break;
    case 'div':
      // (binary32 operands: the remainder is exact; zeros, infinities and NaNs fail the range check below)
      c.get(A).get(B).op(Op.f64_div).set(R);
      remainder(x, A, B, true);
      break;
    case 'sqrt':
      c.get(A).op(Op.f64_sqrt).set(R);
      remainder(x, A, R, false);
      break;
  }
  x.rdMode(); c.i32(3).op(Op.i32_and, Op.i32_eqz, Op.if, 0x40);
  {
    if (op === 'fma') roundOdd(x);
    c.get(R).op(Op.f32_demote_f64, Op.f64_promote_f32).set(T);
    c.get(L.vix).get(E).f64(0).op(Op.f64_ne).get(T).get(R).op(Op.f64_ne, Op.i32_or, Op.i32_or).set(L.vix);
  }
  c.op(Op.else);
  {
    inRange(x, R, MIN_S, MAX_S, true); check(x);
    c.get(R).op(Op.f32_demote_f64, Op.f64_promote_f32).set(T);
    c.get(T).get(R).op(Op.f64_ne).get(E).f64(0).op(Op.f64_ne, Op.i32_or, Op.if, 0x40);
    // dir (up: 1): RZ toward zero, RP up, RM down
    c.get(R).f64(0).op(Op.f64_lt);
    x.rdMode(); c.i32(3).op(Op.i32_and).i32(2).op(Op.i32_eq);
    x.rdMode(); c.i32(3).op(Op.i32_and).i32(1).op(Op.i32_eq, Op.select).set(L.due);
    stepSingle(x, T, L.due);
    c.i32(1).set(L.vix);
    c.op(Op.end);
  }
  c.op(Op.end);
  c.get(T).set(R);
  inRange(x, R, MIN_S, MAX_S); check(x);
}

/** XT <- the lanes in L.vr + k: two doubles, or four binary32 values (each exact in its double). */
function writeLanes(x: Ctx, rt: number, single: boolean): void {
  const c = x.c;
  if (single) {
    const bits = (k: number): void => { c.get(L.vr + k).op(Op.f32_demote_f64, Op.i32_reinterpret_f32, Op.i64_extend_i32_u); };
    for (const d of [0, 1]) { bits(2 * d); c.i64(32).op(Op.i64_shl); bits(2 * d + 1); c.op(Op.i64_or).set(L.vd + d); }
    setI(x, rt, 0, VD0); setI(x, rt, 1, VD1);
  } else {
    setF(x, rt, 0, L.vr); setF(x, rt, 1, L.vr + 1);
  }
}

/**
 * xv<op>dp / xv<op>sp: every lane into L.vr + k, then XT written (negated for the negating
 * multiply-adds, which round, then negate) and, when a double lane was inexact, XX (FX on its
 * 0->1 change); or the handler.
 */
function vector(op: VOp, single: boolean, aForm = false, kind = 0): Gen {
  return (i) => (x) => {
    const c = x.c, n = single ? 4 : 2;
    laneFlags(x);
    const lanes = (lane: (x: Ctx, op: VOp) => void): void => {
      for (let k = 0; k < n; k++) {
        operands(x, i, op, aForm, kind, k, single);
        lane(x, op);
        c.get(R);
        if (kind & 2) c.op(Op.f64_neg);
        c.set(L.vr + k);
      }
    };
    c.get(L.vlz).op(Op.if, 0x40);
    lanes(single ? laneSLazy : laneLazy);
    c.op(Op.else);
    lanes(single ? laneSFull : laneFull);
    c.op(Op.end);
    writeOrHandler(x, i, [i.ra, i.rb], () => { writeLanes(x, i.rt, single); inexact(x); });
  };
}

/** When a lane was inexact (L.vix) and XX is clear: XX and FX set (a vector op's only status change). */
function inexact(x: Ctx): void {
  const c = x.c;
  c.get(L.vix); x.rd(L.fs); c.i32(XX).op(Op.i32_and, Op.i32_eqz, Op.i32_and, Op.if, 0x40);
  x.rd(L.fs); c.i32(XX | FX).op(Op.i32_or); x.wr(L.fs);
  c.op(Op.end);
}

/**
 * The lanes are written (`write`) when L.vok holds, else the instruction's handler runs on the
 * sources `srcs`: it may change XT and the FPSCR, and CR6 for a record form (`cr`).
 */
function writeOrHandler(x: Ctx, i: Insn, srcs: number[], write: () => void, cr = false): void {
  const c = x.c;
  c.get(L.vok).op(Op.if, 0x40);
  write();
  c.op(Op.else);
  const crs = cr ? [L.cr] : [];
  x.callHandler([...changes(i.rt, true), ...crs], [...held(...srcs, i.rt), L.fs, ...crs]);
  c.op(Op.end);
}

/**
 * Lane k's XA and XB into A and B (doubles; single lanes widened exactly), L.vok cleared when
 * either is a NaN (the handler then: VXSNAN, VXVC, the NaN rules).
 */
function numbers(x: Ctx, i: Insn, k: number, single: boolean): void {
  const c = x.c;
  if (single) { wordF(x, i.ra, k); c.set(A); wordF(x, i.rb, k); c.set(B); } else { getF(x, i.ra, k); c.set(A); getF(x, i.rb, k); c.set(B); }
  c.get(A).get(A).op(Op.f64_eq).get(B).get(B).op(Op.f64_eq, Op.i32_and); check(x);
}

/**
 * xvcmp{eq,gt,ge}{dp,sp}[.] (kind 0 eq, 1 gt, 2 ge), isa/vsxfp.ts vCmp: each lane all ones when
 * the relation holds, else zeros; the record form sets CR6 (8: all lanes, 2: none); the FPSCR
 * stays. A NaN lane: the handler.
 */
function compareV(kind: number, single: boolean): Gen {
  const rel = [Op.f64_eq, Op.f64_gt, Op.f64_ge][kind];
  return (i) => (x) => {
    const c = x.c;
    c.i32(1).set(L.vok);
    const lane = (k: number): void => { numbers(x, i, k, single); c.get(A).get(B).op(rel); };
    for (const d of [0, 1]) {
      if (single) {
        c.i64(0xffffffff00000000n).i64(0); lane(2 * d); c.op(Op.select);
        c.i64(0xffffffff).i64(0); lane(2 * d + 1); c.op(Op.select, Op.i64_or);
      } else {
        c.i64(-1).i64(0); lane(d); c.op(Op.select);
      }
      c.set(L.vd + d);
    }
    writeOrHandler(x, i, [i.ra, i.rb], () => {
      setI(x, i.rt, 0, VD0); setI(x, i.rt, 1, VD1);
      if (!i.rec) return;
      c.i32(8).i32(0).get(VD0).get(VD1).op(Op.i64_and).i64(-1).op(Op.i64_eq, Op.select);
      c.i32(2).i32(0).get(VD0).get(VD1).op(Op.i64_or, Op.i64_eqz, Op.select, Op.i32_or);
      x.setCrField(6);
    }, i.rec === 1);
  };
}

/**
 * xvmax/xvmin dp and sp, isa/vsxfp.ts vMaxMin: wasm's f64.max/f64.min pick as the ISA does for
 * numbers (+0 above -0; single lanes exact in double); a NaN lane: the handler.
 */
function maxMin(max: boolean, single: boolean): Gen {
  return (i) => (x) => {
    const c = x.c, n = single ? 4 : 2;
    c.i32(1).set(L.vok);
    for (let k = 0; k < n; k++) { numbers(x, i, k, single); c.get(A).get(B).op(max ? Op.f64_max : Op.f64_min).set(L.vr + k); }
    writeOrHandler(x, i, [i.ra, i.rb], () => writeLanes(x, i.rt, single));
  };
}

/** xvcvspdp (isa/vsxfp.ts): binary32 words 0 and 2 of XB widened to doubles (exact); a NaN lane: the handler (VXSNAN, the quieting). */
const xvcvspdp: Gen = (i) => (x) => {
  const c = x.c;
  c.i32(1).set(L.vok);
  for (const k of [0, 1]) { wordF(x, i.rb, 2 * k); c.tee(L.vr + k).get(L.vr + k).op(Op.f64_eq); check(x); }
  writeOrHandler(x, i, [i.rb], () => writeLanes(x, i.rt, false));
};

/**
 * xvcvdpsp (isa/vsxfp.ts): each doubleword of XB rounded to binary32, the result in both words of
 * its doubleword. Inline in round-to-nearest (f32.demote: ties to even) for a zero or a value
 * whose binary32 result is normal and finite (|XB| at least 2^-126: tininess is detected before
 * rounding; no overflow), XX and FX as the vector arithmetic sets them; else (NaN, infinity, a
 * tiny or huge value, a directed mode, XE set outside lazy mode) the handler.
 */
const xvcvdpsp: Gen = (i) => (x) => {
  const c = x.c;
  laneFlags(x);
  x.rdMode(); c.i32(3).op(Op.i32_and, Op.i32_eqz); check(x);
  for (const k of [0, 1]) {
    getF(x, i.rb, k); c.tee(A).op(Op.f32_demote_f64, Op.f64_promote_f32).set(R);
    c.get(A).f64(0).op(Op.f64_eq);
    c.get(A).op(Op.f64_abs).f64(MIN_S).op(Op.f64_ge).get(R).op(Op.f64_abs).f64(MAX_S).op(Op.f64_le, Op.i32_and, Op.i32_or);
    check(x);
    c.get(L.vix).get(R).get(A).op(Op.f64_ne, Op.i32_or).set(L.vix);
    c.get(R).op(Op.f32_demote_f64, Op.i32_reinterpret_f32, Op.i64_extend_i32_u).tee(L.vd + k).i64(32).op(Op.i64_shl).get(L.vd + k).op(Op.i64_or).set(L.vd + k);
  }
  writeOrHandler(x, i, [i.rb], () => { setI(x, i.rt, 0, VD0); setI(x, i.rt, 1, VD1); inexact(x); });
};

/**
 * Integers to doubles (isa/vsxfp.ts vcvInt): words 0 and 2 of XB (xvcv[su]xwdp, always exact),
 * or its doublewords (xvcv[su]xddp) when each is below 2^53 in magnitude (exact, no FPSCR
 * change); else the handler, which rounds.
 */
function intToDouble(words: boolean, signed: boolean): Gen {
  return (i) => (x) => {
    const c = x.c;
    if (words) {
      for (const k of [0, 1]) { wordI(x, i.rb, 2 * k); c.op(Op.i32_wrap_i64, signed ? Op.f64_convert_i32_s : Op.f64_convert_i32_u).set(L.vr + k); }
      writeLanes(x, i.rt, false);
      return;
    }
    c.i32(1).set(L.vok);
    for (const k of [0, 1]) {
      getI(x, i.rb, k); c.tee(VD0);
      // (-2^53, 2^53), or [0, 2^53)
      if (signed) c.i64((1n << 53n) - 1n).op(Op.i64_add).i64((1n << 54n) - 1n).op(Op.i64_lt_u); else c.i64(1n << 53n).op(Op.i64_lt_u);
      check(x);
      c.get(VD0).op(signed ? Op.f64_convert_i64_s : Op.f64_convert_i64_u).set(L.vr + k);
    }
    writeOrHandler(x, i, [i.rb], () => writeLanes(x, i.rt, false));
  };
}

/** The eight multiply-add rows of one precision: a/m forms of madd, msub, nmadd, nmsub. */
function multiplyAdds(sfx: 'dp' | 'sp'): Record<string, Gen> {
  const out: Record<string, Gen> = {};
  ['madd', 'msub', 'nmadd', 'nmsub'].forEach((name, kind) => {
    out[`xv${name}a${sfx}`] = vector('fma', sfx === 'sp', true, kind);
    out[`xv${name}m${sfx}`] = vector('fma', sfx === 'sp', false, kind);
  });
  return out;
}

// ---- rows ------------------------------------------------------------------------------------

export const VSX_GENS: Record<string, Gen> = {
  lxv: load('q', true), stxv: store('q', true), lxvx: load('q', false), stxvx: store('q', false),
  lxvd2x: load('d2', false), stxvd2x: store('d2', false), lxvw4x: load('w4', false), stxvw4x: store('w4', false),
  lxvdsx: load('ds', false), lxvb16x: load('b16', false), stxvb16x: store('b16', false), lxvl,
  xxpermdi, xxsldwi, xxspltw, xxperm: xxperm(false), xxpermr: xxperm(true), xxmrghw: merge(0), xxmrglw: merge(2), xxspltib,
  mtvsrdd, xvcvspdp, xvcvdpsp, xvcvsxwdp: intToDouble(true, true), xvcvuxwdp: intToDouble(true, false),
  xvcvsxddp: intToDouble(false, true), xvcvuxddp: intToDouble(false, false),
  xxland: logical((x) => { x.c.op(Op.i64_and); }), xxlandc: logical(notB(Op.i64_and)),
  xxlor: logical((x) => { x.c.op(Op.i64_or); }), xxlorc: logical(notB(Op.i64_or)),
  xxlxor: logical((x) => { x.c.op(Op.i64_xor); }), xxlnor: logical(notR(Op.i64_or)),
  xxlnand: logical(notR(Op.i64_and)), xxleqv: logical(notR(Op.i64_xor)), xxsel,
  xvabsdp: signOp('abs', false), xvnabsdp: signOp('nabs', false), xvnegdp: signOp('neg', false), xvcpsgndp: signOp('cpsgn', false),
  xvabssp: signOp('abs', true), xvnabssp: signOp('nabs', true), xvnegsp: signOp('neg', true), xvcpsgnsp: signOp('cpsgn', true),
  xvadddp: vector('add', false), xvsubdp: vector('sub', false), xvmuldp: vector('mul', false),
  xvaddsp: vector('add', true), xvsubsp: vector('sub', true), xvmulsp: vector('mul', true),
  xvdivdp: vector('div', false), xvsqrtdp: vector('sqrt', false), xvdivsp: vector('div', true), xvsqrtsp: vector('sqrt', true),
  xvcmpeqdp: compareV(0, false), xvcmpgtdp: compareV(1, false), xvcmpgedp: compareV(2, false),
  xvcmpeqsp: compareV(0, true), xvcmpgtsp: compareV(1, true), xvcmpgesp: compareV(2, true),
  xvmaxdp: maxMin(true, false), xvmindp: maxMin(false, false), xvmaxsp: maxMin(true, true), xvminsp: maxMin(false, true),
  ...multiplyAdds('dp'), ...multiplyAdds('sp'),
};

/** Primary opcodes of the rows above: 60 unless listed (a namesake in another table is not the row meant). */
export const VSX_OPCD: Record<string, number> = {
  lxv: 61, stxv: 61, lxvx: 31, stxvx: 31, lxvd2x: 31, stxvd2x: 31, lxvw4x: 31, stxvw4x: 31, lxvdsx: 31, lxvb16x: 31, stxvb16x: 31, lxvl: 31, mtvsrdd: 31,
};
