// The WebAssembly tier: a block (a loop when it branches back to its own start) compiled to one
// wasm function. Guest GPRs live in i64 locals, the CR's eight fields and XER in i32 and LR/CTR
// in i64 locals, FPRs in f64 locals and the FPSCR's low word in an i32 local (emitfp.ts); they are
// loaded from the register buffer (CpuState.buf, which the machine's first wasm compile moves to
// the start of the guest memory's arena, memory.ts: the wasm memory) on entry and written back
// (only those the block writes) on every exit and around every handler call, so the handlers and
// the run loop always see exact state. Every exit (the budget, a member branching out, a fault, a
// store into decoded code) goes through one shared exit block at the end of the function that
// spills once: an exit site only sets the status, pc and count locals and branches there.
//
// Rows with a wasm emitter (emit.ts, emitfp.ts) run inline; every other instruction calls its JS handler
// through an import that sets m.pc/m.nia first, exactly as the interpreter does. Guest loads and
// stores index the arena's page tables inline (emit.ts); the rest (a page not in the table, an
// access crossing a page) calls imported accessors (Memory.read32 etc.): a faulting access returns a sentinel,
// the function leaves through the shared exit with the faulting pc, and the JS side throws the
// GuestFault, so faults are precise. Instruction counts are exact: the function loops only
// while the whole block fits in the caller's budget (`left`) and reports how many instructions
// it completed (the DONE slot), before every handler call too.

import { FEATURE_BIT, unitOf } from '../../features/features.js';
import { FI, FR, FX, STATUS, XE, XX } from '../fpu/fpscr.js';
import type { Insn } from '../insn.js';
import { Flag } from '../isa/table.js';
import { GuestFault } from '../memory.js';
import type { Machine } from '../machine.js';
import { Spr64 } from '../state.js';
import type { Block, BlockFn } from '../translate.js';
import { compileBlock, HOT_BLOCK, MAX_TARGETS } from '../translate.js';
import { Code, F64, I32, module, Op, uleb } from './encode.js';
import { directBranch, emitterFor, type Emit } from './emit.js';
import { classNZ, LAZY_ERROR_LOCALS, LAZY_ERROR_TYPE, lazyError, lazyErrorBody } from './emitfp.js';
import { type Chain, chainOf, SCAN_EVERY } from './chain.js';
import {
  CR_OFF, crFieldOf, CTR_OFF, EXIT, FAULT, FPSCR_LO_OFF, GH, GLO, HANDLER_NIA, L, LOCALS, LR_OFF, MEMBER_EXIT, MEM_IMPORTS, SCR_DONE,
  SCR_ENTRY, SCR_HI, SCR_LEFT, SCR_PC, SCR_TOTAL, SCR_WIDE, VSR_OFF, XER_OFF,
} from './layout.js';

export { SCR_HI };

const byLocal = (a: number, b: number): number => a - b;

/**
 * L.lz <- whether the FPSCR local is in round to nearest with XE clear and XX already set: the
 * rows that leave their rounding error to the settle (emitfp.ts `lazy`) test this local only,
 * so it is computed wherever the FPSCR local changes (Ctx.wr, a load, the settle).
 */
function lazyMode(c: Code): void {
  c.get(L.fs).i32(3 | XE | XX).op(Op.i32_and).i32(XX).op(Op.i32_eq).set(L.lz);
}

/** The buffer offsets of a 64-bit register local's high and low words (a GPR, LR or CTR). */
function halves(l: number): [number, number] {
  if (l === L.lr || l === L.ctr) { const off = l === L.lr ? LR_OFF : CTR_OFF; return [off, off + 4]; }
  return [GH + 4 * (l - L.gpr), GLO + 4 * (l - L.gpr)];
}

/** Pushes the whole CR, put together from its field locals (L.crf). */
function crWhole(c: Code): void {
  c.get(L.crf).i32(28).op(Op.i32_shl);
  for (let f = 1; f < 8; f++) { c.get(L.crf + f); if (f < 7) c.i32(28 - 4 * f).op(Op.i32_shl); c.op(Op.i32_or); }
}

/** The CR field locals <- the whole CR in L.cr. */
function crFields(c: Code): void {
  for (let f = 0; f < 8; f++) { c.get(L.cr); crFieldOf(c, f); c.set(L.crf + f); }
}

/** Stores register locals `ls` to the buffer (in local order). */
function storeLocals(c: Code, ls: Iterable<number>): void {
  for (const l of [...ls].sort(byLocal)) {
    if (l >= L.fpr && l < L.fpr + 32) c.i32(0).get(l).mem(Op.f64_store, 3, VSR_OFF + 16 * (l - L.fpr));
    else if (l === L.fs) c.i32(0).get(l).mem(Op.i32_store, 2, FPSCR_LO_OFF);
    else if (l === L.cr) { c.i32(0); crWhole(c); c.mem(Op.i32_store, 2, CR_OFF); }
    else if (l === L.xer) c.i32(0).get(l).mem(Op.i32_store, 2, XER_OFF);
    else {
      const [hi, lo] = halves(l);
      c.i32(0).get(l).i64(32).op(Op.i64_shr_u).mem(Op.i64_store32, 2, hi);
      c.i32(0).get(l).mem(Op.i64_store32, 2, lo);
    }
  }
}

/**
 * Loads register locals `ls` from the buffer (in local order). A 64-bit register's two words are
 * put together in SCR_WIDE and loaded from there as one value: assembled in locals, V8 keeps
 * the two words and assembles the value again at each use, inside the region's loops too.
 */
function loadLocals(c: Code, ls: Iterable<number>): void {
  const wide: number[] = [];
  const slot = (l: number): number => SCR_WIDE + 8 * (l === L.lr ? 32 : l === L.ctr ? 33 : l - L.gpr);
  for (const l of [...ls].sort(byLocal)) {
    if (l >= L.fpr && l < L.fpr + 32) c.i32(0).mem(Op.f64_load, 3, VSR_OFF + 16 * (l - L.fpr)).set(l);
    else if (l === L.fs) { c.i32(0).mem(Op.i32_load, 2, FPSCR_LO_OFF).set(l); lazyMode(c); }
    else if (l === L.cr) { c.i32(0).mem(Op.i32_load, 2, CR_OFF).set(L.cr); crFields(c); }
    else if (l === L.xer) c.i32(0).mem(Op.i32_load, 2, XER_OFF).set(l);
    else {
      const [hi, lo] = halves(l);
      c.i32(0).i32(0).mem(Op.i64_load32_u, 2, hi).i64(32).op(Op.i64_shl);
      c.i32(0).mem(Op.i64_load32_u, 2, lo).op(Op.i64_or).mem(Op.i64_store, 3, slot(l));
      wide.push(l);
    }
  }
  for (const l of wide) c.i32(0).mem(Op.i64_load, 3, slot(l)).set(l);
}

/**
 * The FPSCR local <- its value with the deferred status written (Ctx.defer): FPRF of the last
 * deferring instruction's result (a normal number or an exact zero), FI and FR from its error
 * (FR: rounded away from zero), XX if any pending instruction was inexact and FX if that set XX;
 * then nothing is pending. (fpu/inline.ts statusD, applied once.) With `lazyFn` (the region has
 * lazily deferring rows, emitfp.ts `lazy`: the index of its lazyErrorBody function), a pending
 * error not computed yet is computed first.
 */
function settleCode(c: Code, lazyFn: number | undefined): void {
  c.get(L.pend).op(Op.if, 0x40);
  if (lazyFn !== undefined) lazyError(c, lazyFn);
  c.get(L.fs).i32(~STATUS).op(Op.i32_and);
  classNZ(c, L.sr); c.op(Op.i32_or);
  c.i32(FI | FR).i32(FI).get(L.sr).f64(0).op(Op.f64_gt).get(L.se).f64(0).op(Op.f64_lt, Op.i32_eq, Op.select);
  c.i32(0).get(L.se).f64(0).op(Op.f64_ne, Op.select, Op.i32_or);
  c.i32(XX).i32(XX | FX).get(L.fs).i32(XX).op(Op.i32_and, Op.select);
  c.i32(0).get(L.six).op(Op.select, Op.i32_or);
  c.set(L.fs);
  lazyMode(c);
  c.i32(0).set(L.pend).i32(0).set(L.six);
  c.op(Op.end);
}

/**
 * Emission context for one region, in one pass: the code, the locals it reads/writes. Where the
 * full spill (every written local) or reload (every used local) goes, only a hole is recorded
 * (`holes`): those sets are known at the end, when `finish` fills the holes.
 */
export class Ctx {
  readonly c = new Code();
  readonly used = new Set<number>();
  readonly written = new Set<number>();
  constructor(
    readonly sf: boolean,
    /** The model has 64-bit compares (ppc64). */
    readonly wide: boolean,
    /** Little-endian data (MSR[LE] when compiled): big-endian accesses byte-swap inline. */
    readonly le: boolean,
  ) {}

  /**
   * Locals written since the buffer last matched the locals on every path here (an
   * unconditional handler call in this member); undefined: unknown (any written local).
   */
  private dirty: Set<number> | undefined;
  /** Code.depth of the current member's top level (generate sets it with `enterMember`). */
  private memberDepth = -1;
  /** Offsets in c.b where the full spill or reload goes. */
  private readonly holes: { at: number; reload: boolean; only?: readonly number[]; settle?: true }[] = [];

  /**
   * Pushes local l (a register local), recording the use. The FPSCR local is settled first (a
   * deferred status written into it): every reader but the rounding-mode and enable tests
   * (`rdMode`) may look at the status bits.
   */
  rd(l: number): this {
    if (l === L.fs) this.settle();
    this.used.add(l);
    if (l === L.cr) crWhole(this.c); else this.c.get(l);
    return this;
  }
  /** Pushes CR field f (0-15). */
  crField(f: number): this { this.used.add(L.cr); this.c.get(L.crf + f); return this; }
  /** Pushes CR bit n, in place in its field (nonzero when set). */
  crBit(n: number): this { this.crField(n >>> 2).c.i32(8 >>> (n & 3)).op(Op.i32_and); return this; }
  /** Pops CR field f (a value 0-15): the rest of the CR is not touched. As a write of the CR local. */
  setCrField(f: number): this {
    this.used.add(L.cr); this.written.add(L.cr); this.dirty?.add(L.cr);
    this.c.set(L.crf + f);
    this.fused = -1;
    return this;
  }
  /** Pushes the FPSCR local for its rounding mode and enables only (a deferred status may be pending). */
  rdMode(): this { this.used.add(L.fs); this.c.get(L.fs); return this; }
  /** Pushes (i32) L.lz: the FPSCR local in round to nearest, XE clear, XX set (lazyMode). */
  rdLazy(): this { this.used.add(L.fs); this.c.get(L.lz); return this; }

  /**
   * Deferred FPSCR status. A double arithmetic row (emitfp.ts commit, no record form) does not
   * write FPRF, FR, FI and XX/FX into the FPSCR local: it leaves its result and error in L.sr /
   * L.se, ORs its inexactness into L.six and sets L.pend. Only the last such instruction's
   * FPRF/FR/FI survive and XX is sticky, so writing the status once when something may look at
   * it (`settle`: before any reader of the FPSCR local, a handler call's spill and the shared
   * exit's) gives the FPSCR the instructions would have left one by one.
   */
  defer(): void {
    this.deferred = true;
    this.defers++;
    this.used.add(L.fs); this.written.add(L.fs); this.dirty?.add(L.fs);
  }
  /** Whether any instruction of the region deferred its status (else settling is no code at all). */
  private deferred = false;
  /** Whether any deferred it lazily, its error computed at the settle (emitfp.ts `lazy`). */
  lazy = false;
  /**
   * Whether the rows that can defer lazily get that path (emitfp.ts `lazy`): when the FPSCR is in
   * round to nearest with XE clear as the region is compiled. The path tests the mode itself;
   * a program running in a directed mode is spared its code and its test (toward zero, cold:
   * fp_bench_nbody 350 -> 377 ms with them).
   */
  lazyFp = false;
  /** The model has ISA 3.0 (the mffs forms with a sub-opcode; before it they are mffs). */
  isa300 = false;
  private defers = 0;
  private settledJoins = -1;
  private settledDefers = -1;

  /** Writes a pending deferred status into the FPSCR local (a hole: code only if the region defers). */
  settle(): void {
    const c = this.c;
    // straight-line code since the last settle, and no deferral since: nothing can be pending
    if (this.settledJoins === c.joins && this.settledDefers === this.defers) return;
    this.settledJoins = c.joins;
    this.settledDefers = this.defers;
    this.holes.push({ at: c.b.length, reload: false, settle: true });
  }
  /** Pops into local l (a register local), recording the write. */
  wr(l: number): this {
    this.used.add(l); this.written.add(l); this.dirty?.add(l); this.c.set(l);
    if (l === L.cr) { crFields(this.c); this.fused = -1; }
    if (l === L.fs) lazyMode(this.c);
    return this;
  }
  g(r: number): this { return this.rd(L.gpr + r); }
  setG(r: number): this { return this.wr(L.gpr + r); }

  /** A member's code starts here (entered from anywhere: what the buffer holds is unknown). */
  enterMember(): void {
    this.dirty = undefined;
    this.memberDepth = this.c.depth;
  }

  /** Writes the region's written register locals (those among `only`) back to the buffer (a hole until finish). */
  spill(only?: readonly number[]): void {
    this.holes.push({ at: this.c.b.length, reload: false, only });
  }

  /** The body's bytes with the holes filled, after `prefix` (one copy of each byte). */
  finish(prefix: readonly number[]): Uint8Array {
    const spill = new Code(), reload = new Code(), settle = new Code();
    storeLocals(spill, this.written);
    loadLocals(reload, this.used);
    // (the error function follows the region's: after the imports, the handlers' included)
    if (this.deferred) settleCode(settle, this.lazy ? MEM_IMPORTS.length + this.helpers.length + 1 : undefined);
    const fill = this.holes.map((h): readonly number[] => {
      if (h.settle) return settle.b;
      if (h.only === undefined) return h.reload ? reload.b : spill.b;
      const part = new Code();
      storeLocals(part, h.only.filter((l) => this.written.has(l)));
      return part.b;
    });
    const b = Uint8Array.from(this.c.b);
    const out = new Uint8Array(prefix.length + b.length + fill.reduce((n, f) => n + f.length, 0));
    out.set(prefix);
    let at = prefix.length, from = 0;
    this.holes.forEach((h, k) => {
      out.set(b.subarray(from, h.at), at); at += h.at - from;
      out.set(fill[k], at); at += fill[k].length;
      from = h.at;
    });
    out.set(b.subarray(from), at);
    return out;
  }

  /** Loads register locals `ls` from the buffer. */
  load(ls: Iterable<number>): void {
    loadLocals(this.c, ls);
  }

  /** Index of the instruction being emitted in its block (for exact counts on exits), and the instruction. */
  k = 0;
  insn!: Insn;
  /** The block's last instruction when it comes after the one being emitted (a compare may fuse with it: emit.ts fuseBranch). */
  lastNext: Insn | undefined;
  /**
   * The address of the bc whose condition a compare left in L.cond (-1: none): cleared by any
   * later write of the CR local and by a handler call (which may change the CR).
   */
  fused = -1;
  /** Index of that block in the region, and whether the instruction ends it (generate sets them). */
  j = 0;
  last = false;
  /** The handler imports the body calls, in import order (bail-outs included). */
  readonly helpers: Helper[] = [];

  /**
   * Calls the handler of the instruction being emitted, as the interpreter would run it: spill,
   * report the count, call (the import sets pc/nia), reload. The call returns m.nia; -1 when
   * the run must stop after it (interrupt, decoded code written); -2 when the handler threw (the
   * import keeps the exception: the function leaves as a fault at this instruction and the JS
   * side rethrows it).
   * An emitter may call this inside a wasm `if` (its bail-out: the import list gets the
   * instruction's handler either way), with `changes` the only locals that handler can change
   * (reloaded after it instead of every register local the region uses). With `reads` too, the
   * only locals it reads, just those and `changes` are spilled before the call (the buffer then
   * holds what it changes on every path, a throw after writing included: an enabled FP
   * exception writes its result, then traps), and leaving after it (-1, -2) goes through the
   * shared exit, which spills the rest. Otherwise every local is spilled.
   */
  callHandler(changes?: readonly number[], reads?: readonly number[]): void {
    const c = this.c, k = this.k, i = this.insn;
    this.settle();
    this.fused = -1;
    const f = MEM_IMPORTS.length + this.helpers.length;
    this.helpers.push({ j: this.j, k });
    const partial = reads !== undefined && changes !== undefined ? [...new Set([...reads, ...changes])] : undefined;
    // Only what was written since the last unconditional call in this member, if there was one.
    if (partial !== undefined) {
      if (this.dirty === undefined) this.spill(partial);
      else storeLocals(c, partial.filter((l) => this.dirty!.has(l)));
    } else if (this.dirty === undefined) this.spill();
    else storeLocals(c, this.dirty);
    this.flushDone(k);
    c.get(L.left).i32(k).op(Op.i32_sub).set(L.base); // (the block's first k counted: the rest from here)
    c.call(f).tee(L.v).f64(0).op(Op.f64_lt, Op.if, 0x40);
    if (partial === undefined) {
      // everything is in the buffer: return from here
      c.get(L.v).f64(-2).op(Op.f64_eq, Op.if, 0x40);
      c.i32(0).f64(i.addr).mem(Op.f64_store, 3, SCR_PC);
      this.flushDone(k);
      c.i32(FAULT).op(Op.return, Op.end);
      this.flushDone(k + 1);
      c.i32(HANDLER_NIA).op(Op.return);
    } else {
      this.load(changes!);
      c.get(L.v).f64(-2).op(Op.f64_eq, Op.if, 0x40);
      this.exitVia(FAULT, i.addr, k);
      c.op(Op.end);
      this.exitVia(HANDLER_NIA, i.addr, k + 1);
    }
    c.op(Op.end);
    if (changes !== undefined) this.load(changes);
    else this.holes.push({ at: c.b.length, reload: true });
    // After a full spill and call on every path, the buffer and the locals agree.
    if (partial === undefined && c.depth === this.memberDepth) this.dirty = new Set();
    if (this.last) c.get(L.v).truncSatU64().set(L.nia);
  }

  /**
   * Stores the completed-instruction count (plus `extra`) for the JS side: L.base less the
   * budget left (a member takes its count off `left` as it completes, and L.base is where
   * `left` stood when the count was last zero).
   */
  flushDone(extra = 0): void {
    this.c.i32(0).get(L.base).get(L.left).op(Op.i32_sub);
    if (extra) this.c.i32(extra).op(Op.i32_add);
    this.c.mem(Op.i32_store, 2, SCR_DONE);
  }

  /**
   * Code depth (Code.depth) just inside the region's shared exit block (generate sets it): a
   * `br` there spills, stores L.nia as the pc and the count, and returns L.s, so an exit site
   * only sets those locals instead of repeating the spill.
   */
  exitDepth = -1;

  /** Leaves through the shared exit with status `status`, pc `pc` and the count plus `extra`. */
  private exitVia(status: number, pc: number, extra: number): void {
    const c = this.c;
    if (this.exitDepth < 0 || c.depth < this.exitDepth) throw new Error('wasm: exit site outside the exit block');
    if (extra) c.get(L.base).i32(extra).op(Op.i32_add).set(L.base);
    c.addr(pc).set(L.nia).i32(status).set(L.s);
    br(c, c.depth - this.exitDepth);
  }

  /**
   * After a memory accessor call that left its fault test (i32) on the stack: on a fault, leave
   * with status FAULT, pc `a` and the count of the instructions before it.
   */
  faultExit(a: number): void {
    const c = this.c;
    c.op(Op.if, 0x40);
    this.exitVia(FAULT, a, this.k);
    c.op(Op.end);
  }

  /**
   * After a store accessor call (status on the stack: 0 done, 1 fault, 2 done but it wrote
   * decoded code): a fault as faultExit; a code write ends the region after this instruction.
   */
  storeExit(i: Insn, after?: () => void): void {
    const c = this.c;
    c.tee(L.s).op(Op.if, 0x40);
    c.get(L.s).i32(1).op(Op.i32_eq, Op.if, 0x40);
    this.exitVia(FAULT, i.addr, this.k);
    c.op(Op.end);
    // the store is done: the rest of the instruction (an update form's RA) before leaving
    after?.();
    this.exitVia(EXIT, this.sf ? i.addr + 4 : (i.addr + 4) >>> 0, this.k + 1);
    c.op(Op.end);
  }
}

/**
 * The emitters usable for instruction i now (its feature already used, or a row the kernel
 * emulates: it runs on every model and records no use, Machine.decodeWord), else undefined.
 */
function emitter(i: Insn, used: Uint8Array, sf: boolean): Emit | undefined {
  const row = i.row;
  if (row === undefined) return undefined;
  const everywhere = ((row.flags ?? 0) & Flag.KERNEL_EMU) !== 0;
  if (!everywhere && (used[FEATURE_BIT[row.feature]] !== 1 || (row.uses && used[FEATURE_BIT[row.uses]] !== 1))) return undefined;
  return emitterFor(i, sf);
}

/** Addresses control may pass to after block b (statically known), for linking a region. */
function successors(b: Block, sf: boolean): number[] {
  const i = b.insns[b.n - 1];
  const next = sf ? i.addr + i.len : (i.addr + i.len) >>> 0;
  const mnem = i.row?.mnem;
  if (mnem === 'b' || mnem === 'bc') {
    const t0 = (i.aa ? 0 : i.addr) + i.imm;
    const t = !sf ? t0 >>> 0 : t0 < 0 ? t0 + 2 ** 64 : t0;
    return mnem === 'b' ? [t] : [t, next];
  }
  if (mnem === 'bclr' || mnem === 'bcctr' || mnem === 'bctar') return [];
  return [next];
}

/**
 * Whether the address after block b is one of successors(b) whenever the block completes: b/bc,
 * or a block cut short of a branch (size, page end). Other members (an indirect branch, a
 * handler that may redirect: sc, rfid, traps) look the address up among all members instead.
 */
function staticExit(b: Block): boolean {
  const i = b.insns[b.n - 1];
  const mnem = i.row?.mnem;
  return mnem === 'b' || mnem === 'bc' || i.row === undefined || ((i.row.flags ?? 0) & Flag.END) === 0;
}

/**
 * Addresses gather() follows from b: its static successors, the return point of a call (so a
 * call and its return stay in one region) and an indirect branch's observed targets.
 */
function gatherSuccessors(b: Block, sf: boolean): number[] {
  const out = successors(b, sf);
  const i = b.insns[b.n - 1];
  const mnem = i.row?.mnem;
  const reg = mnem === 'bclr' || mnem === 'bcctr' || mnem === 'bctar';
  if (i.lk && (mnem === 'b' || reg)) out.push(sf ? i.addr + i.len : (i.addr + i.len) >>> 0);
  if (reg && b.targets !== undefined) out.push(...b.targets);
  return out;
}

/**
 * Whether control can come back to a member without leaving the region: a member ending in an
 * indirect branch (the member lookup may pick any member) or a cycle of static successors.
 */
function mayLoop(members: Block[], sf: boolean): boolean {
  if (members.some((s) => !staticExit(s))) return true;
  const index = new Map(members.map((s, j) => [s.addr, j]));
  const state = new Uint8Array(members.length); // 0 new, 1 on the DFS path, 2 done
  const cycle = (j: number): boolean => {
    state[j] = 1;
    for (const a of successors(members[j], sf)) {
      const t = index.get(a);
      if (t !== undefined && (state[t] === 1 || (state[t] === 0 && cycle(t)))) return true;
    }
    state[j] = 2;
    return false;
  };
  return members.some((_, j) => state[j] === 0 && cycle(j));
}

/**
 * The order members' code is laid out in: reverse postorder of the static successor edges from
 * the head (then from each member not reached, in member order), a block's fall-through
 * successor visited last so that it comes next. Every edge but a loop's back edge then goes
 * forward, and a forward branch is a `br` straight to its target's code (generate), not a round
 * of the dispatch's br_table.
 */
function layout(members: Block[], sf: boolean): number[] {
  const index = new Map(members.map((s, j) => [s.addr, j]));
  const seen = new Uint8Array(members.length);
  const order: number[] = [];
  const visit = (j: number, post: number[]): void => {
    seen[j] = 1;
    for (const a of successors(members[j], sf)) {
      const t = index.get(a);
      if (t !== undefined && !seen[t]) visit(t, post);
    }
    post.push(j);
  };
  for (let j = 0; j < members.length; j++) {
    if (seen[j]) continue;
    const post: number[] = [];
    visit(j, post);
    order.push(...post.reverse());
  }
  return order;
}

/**
 * Most blocks in one region, and most instructions; PPCEMU_TIER=wasm, which compiles a region
 * at every block's first run, takes fewer (compile time; the dispatch is the same).
 */
const MAX_MEMBERS = Number(process.env.PPCEMU_WASM_MEMBERS ?? 32), MAX_INSNS = Number(process.env.PPCEMU_WASM_INSNS ?? 800);
const FORCED_MEMBERS = 4, FORCED_INSNS = 100;
/** Blocks a region may take past MAX_MEMBERS: small regions the chain kept entering (mergeEntered). */
const TAKEN = 8;

/**
 * Runs after which a block not compiled yet may join a region (`auto`). Half HOT_BLOCK: blocks
 * a region keeps leaving to (a loop's exit path, a callee) join it at its next gathering instead
 * of being interpreted until they reach HOT_WASM as heads of their own (with MAX_RETRIES 3 -> 8,
 * in-process minima: coremark 69 -> 65 ms, vm 43 -> 38.5, sort 46 -> 43.6; ppc64 and ppc32 alike).
 */
export const HOT_MEMBER = HOT_BLOCK / 2;

/**
 * Whether a valid block s may join a region now (`auto`): hot, and no FP/vector row without an
 * emitter (with `known`, that second test is made once per block: handlerCalls builds emitters).
 */
function hotMember(s: Block, m: Machine, known?: Map<Block, boolean>): boolean {
  if (s.fn === undefined && s.hits < HOT_MEMBER) return false;
  let ok = known?.get(s);
  if (ok === undefined) {
    ok = handlerCalls(s, m) !== Infinity;
    known?.set(s, ok);
  }
  return ok;
}

/**
 * The region headed by b: b and the blocks reachable from it (gatherSuccessors), hottest first
 * (the most runs so far; ties in the order found). `build`: decode successors not built yet
 * (PPCEMU_TIER=wasm); otherwise only blocks that are hot already are taken.
 */
function gather(b: Block, m: Machine, sf: boolean, build: boolean, own?: Set<Block>): Block[] {
  const members = [b];
  const seen = new Set([b.addr]);
  const maxMembers = build ? FORCED_MEMBERS : MAX_MEMBERS, maxInsns = build ? FORCED_INSNS : MAX_INSNS;
  let insns = b.n;
  const frontier: Block[] = [];
  const reach = (from: Block) => {
    for (const a of gatherSuccessors(from, sf)) {
      if (seen.has(a)) continue;
      seen.add(a);
      const s = m.blockFor(a, build);
      if (s === undefined || !s.valid || s.wide !== undefined) continue;
      if (!build && !hotMember(s, m)) continue;
      // A block of another live region: that whole region joins (it is then replaced:
      // compileWasmBlock), or none of it (reached through the chain: chain.ts).
      const other = build || own?.has(s) ? undefined : regionOf(s, m);
      if (other !== undefined) { absorb(other); continue; }
      frontier.push(s);
    }
  };
  const absorb = (r: readonly Block[]): void => {
    const add = r.filter((t) => !members.includes(t));
    if (members.length + add.length > maxMembers || insns + add.reduce((n, t) => n + t.n, 0) > maxInsns) return;
    for (const t of add) { members.push(t); insns += t.n; seen.add(t.addr); }
    for (const t of add) reach(t);
  };
  reach(b);
  while (frontier.length > 0 && members.length < maxMembers) {
    let best = 0;
    for (let k = 1; k < frontier.length; k++) if (frontier[k].hits > frontier[best].hits) best = k;
    const s = frontier.splice(best, 1)[0];
    if (insns + s.n > maxInsns) continue;
    members.push(s);
    insns += s.n;
    reach(s);
  }
  return members;
}

/**
 * The member lookup after an indirect exit: buckets of member indices by address bits 2 and up
 * (a power-of-two count, the fewest that keeps every bucket to one member where possible), so
 * the code is a br_table and one or two compares.
 */
function buckets(members: Block[]): number[][] {
  let best: number[][] = [];
  let worst = Infinity;
  for (let size = 1; size <= 4 * members.length || size === 1; size *= 2) {
    const bs: number[][] = Array.from({ length: size }, () => []);
    members.forEach((b, j) => bs[Math.floor(b.addr / 4) % size].push(j));
    const w = Math.max(...bs.map((x) => x.length));
    if (w < worst) { best = bs; worst = w; }
    if (w === 1) break;
  }
  return best;
}

interface Helper { j: number; k: number }

/** br to the enclosing label `depth` (a LEB128 index: regions nest more than 127 blocks). */
function br(c: Code, depth: number): Code {
  c.op(Op.br);
  uleb(c.b, depth);
  return c;
}

/** Generates the function body for the region `members` and the handlers it imports. */
function generate(members: Block[], sf: boolean, m: Machine): { code: Uint8Array; helpers: Helper[]; lazy: boolean } {
  const body = new Ctx(sf, m.has[FEATURE_BIT.ppc64] === 1, m.mem.le);
  body.lazyFp = (m.s64[2 * Spr64.FPSCR + 1] & (3 | XE)) === 0;
  body.isa300 = m.has[FEATURE_BIT.isa300] === 1;
  const c = body.c;
  const K = members.length;
  const index = new Map(members.map((b, j) => [b.addr, j]));
  // member order[p]'s code comes p-th (layout); pos[j]: where member j's comes
  const order = layout(members, sf);
  const pos = new Array<number>(K);
  order.forEach((j, p) => { pos[j] = p; });
  // loop $dispatch { block $exit { block_{K-1} { ... block_0 { [lookup] br_table cur }
  //   member order[0] } ... member order[K-1] } exit }
  c.op(Op.loop, 0x40, Op.block, 0x40);
  body.exitDepth = c.depth;
  const d0 = c.depth;
  for (let j = 0; j < K; j++) c.op(Op.block, 0x40);
  // (member t's code follows the end of the block at depth d0 + K - pos[t])
  const toMember = (t: number): number => c.depth - (d0 + K - pos[t]);
  // After an indirect exit (a member ending in bclr, bcctr, a handler that may redirect: cur =
  // K, nia set), nia is looked up among the members here, inside every member's block, so a
  // match branches straight to that member's code: buckets of member indices by address bits 2
  // and up (a power-of-two count, the fewest that keeps every bucket to one member where
  // possible), a br_table and one or two compares; no match leaves with nia (the status the
  // member set).
  const lookup = members.some((b) => !staticExit(b));
  if (lookup) {
    c.get(L.cur).i32(K).op(Op.i32_eq, Op.if, 0x40);
    // block_{S-1} { ... block_0 { br_table bucket(nia) } bucket 0 } ... bucket S-1
    const bs = buckets(members), S = bs.length;
    for (let s = 0; s < S; s++) c.op(Op.block, 0x40);
    if (S > 1) {
      c.get(L.nia).op(Op.i32_wrap_i64).i32(2).op(Op.i32_shr_u).i32(S - 1).op(Op.i32_and, Op.br_table);
      uleb(c.b, S - 1);
      for (let s = 0; s < S; s++) uleb(c.b, s);
    }
    bs.forEach((bucket) => {
      c.op(Op.end);
      for (const t of bucket) {
        // (cur need not name the member: every branch back to the dispatch sets it first)
        c.get(L.nia).addr(members[t].addr).op(Op.i64_eq, Op.if, 0x40);
        br(c, toMember(t)).op(Op.end);
      }
      br(c, c.depth - body.exitDepth); // not a member: leave
    });
    c.op(Op.end);
  }
  c.get(L.cur).op(Op.br_table);
  uleb(c.b, K - 1);
  for (let j = 0; j < K; j++) uleb(c.b, pos[j]);
  order.forEach((j, p) => {
    const b = members[j];
    c.op(Op.end);
    // A member that branches to itself (a tight loop) runs inside a loop of its own: its
    // back edge is a br to that loop, not a round of the dispatch.
    const self = successors(b, sf).includes(b.addr) ? 1 : 0;
    if (self) c.op(Op.loop, 0x40);
    body.enterMember();
    const toExit = K - 1 - p + self, toLoop = K - p + self;
    // to member t's code from `depth` levels inside this member: laid out later, out of the
    // blocks in between; else (a back edge) through the dispatch
    const toMemberCode = (t: number, depth: number): void => {
      if (pos[t] > p) br(c, pos[t] - p - 1 + self + depth);
      else { c.i32(t).set(L.cur); br(c, toLoop + depth); }
    };
    const n = b.n;
    // The whole block must fit in the budget, else leave with nia = its address.
    c.get(L.left).i32(n).op(Op.i32_lt_u, Op.if, 0x40).addr(b.addr).set(L.nia).i32(EXIT).set(L.s);
    br(c, toExit + 1).op(Op.end);
    // A final b/bc goes straight to its successors below (bc's test pushed here), no nia compared.
    const lastI = b.insns[n - 1];
    const direct = emitter(lastI, m.used, sf) !== undefined ? directBranch(lastI) : undefined;
    b.insns.forEach((i, k) => {
      body.k = k;
      body.insn = i;
      body.j = j;
      body.last = k === n - 1;
      body.lastNext = k < n - 1 ? b.insns[n - 1] : undefined;
      if (k === 0) body.fused = -1;
      if (body.last && direct !== undefined) { if (direct !== 'always') direct(body); return; }
      const next = sf ? i.addr + i.len : (i.addr + i.len) >>> 0;
      if (body.last) c.addr(next).set(L.nia);
      const e = emitter(i, m.used, sf);
      if (e !== undefined) e(body, i);
      else body.callHandler();
    });
    c.get(L.left).i32(n).op(Op.i32_sub).set(L.left);
    if (direct !== undefined) {
      // to address a from `depth` levels inside the member: its own loop, the next member's code
      // (which follows: falling out of the if reaches it), a later member's code (a br out of
      // the blocks between), the dispatch, or out of the region with nia = a
      const go = (a: number, depth: number): void => {
        const t = index.get(a);
        if (t === j) br(c, depth);
        else if (t !== undefined && pos[t] === p + 1) return;
        else if (t !== undefined) toMemberCode(t, depth);
        else { c.addr(a).set(L.nia).i32(MEMBER_EXIT + j).set(L.s); br(c, toExit + depth); }
      };
      const [taken, notTaken] = successors(b, sf);
      if (direct === 'always') go(taken, 0);
      else { c.op(Op.if, 0x40); go(taken, 1); c.op(Op.else); go(notTaken, 1); c.op(Op.end); }
      if (self) c.op(Op.end);
      return;
    }
    // A successor that is the next member is reached by falling into its code, which follows
    // (no dispatch); the others through the dispatch loop.
    let fall: number | undefined;
    for (const a of successors(b, sf)) {
      const t = index.get(a);
      if (t === undefined) continue;
      if (pos[t] === p + 1 && fall === undefined) { fall = a; continue; }
      c.get(L.nia).addr(a).op(Op.i64_eq, Op.if, 0x40);
      if (t === j) br(c, 1); // (its own loop)
      else toMemberCode(t, 1);
      c.op(Op.end);
    }
    c.i32(MEMBER_EXIT + j).set(L.s); // (the status if nia is not a member)
    // static exits leave; the others go to the lookup (the dispatch with cur = K)
    const out = (depth: number): void => {
      if (staticExit(b)) br(c, toExit + depth);
      else { c.i32(K).set(L.cur); br(c, toLoop + depth); }
    };
    if (fall === undefined) out(0);
    else {
      c.get(L.nia).addr(fall).op(Op.i64_ne, Op.if, 0x40);
      out(1);
      c.op(Op.end);
    }
    if (self) c.op(Op.end);
  });
  c.op(Op.end); // $exit: leave with nia
  body.settle();
  body.spill();
  c.i32(0).get(L.nia).op(Op.f64_convert_i64_u).mem(Op.f64_store, 3, SCR_PC);
  body.flushDone();
  c.i32(0).get(L.left).mem(Op.i32_store, 2, SCR_LEFT); // (the budget for a region chained to)
  c.get(L.s).op(Op.return, Op.end, 0x00 /* unreachable */);
  // Prologue: load every register local the body uses; the member to start at (compileWasmBlock's entry).
  const prologue = new Code();
  loadLocals(prologue, body.used);
  prologue.get(L.left).set(L.base);
  prologue.i32(0).mem(Op.i32_load, 2, SCR_ENTRY).set(L.cur);
  return { code: body.finish(prologue.b), helpers: body.helpers, lazy: body.lazy };
}

/**
 * Runs of a block worth a wasm region (`auto`, wasmWorthy) before it becomes one, straight from
 * the interpreter (Machine.translateNow). Earlier (at HOT_BLOCK), the region of a loop's first
 * hot block lacked the blocks not hot yet, and those became heads of regions of their own:
 * ppc64le bench_vm compiled 21 regions (254 KB, 173 ms) instead of 7 (122 KB, 75 ms).
 */
export const HOT_WASM = 8000;

/**
 * HOT_WASM for a block with a floating-point or vector row: HOT_BLOCK, its first decision point.
 * The interpreter runs those rows' handlers at 15-20 ns each, so waiting costs more than an
 * incomplete first region (gathered again as its loop's other blocks get hot): in-process
 * minima, fp_bench_vsx ppc64 58.5 -> 51.5 ms, ppc32 59 -> 56, fp_bench_matmul 20 -> 19;
 * fp_bench_nbody and smallpt (whose hot FP blocks are sparse: HOT_COLD decides) unchanged.
 */
export const HOT_WASM_FP = HOT_BLOCK;

/** Whether block b has a floating-point or vector row (a unit the feature tracking names). */
export function hasUnitRow(b: Block): boolean {
  return b.insns.some((i) => i.row !== undefined && unitOf(i.row.feature) !== undefined);
}

/**
 * Whether a block gains from wasm (`auto`): a handler call costs a wasm-to-JS transition and a
 * spill and reload of the registers around it, so only blocks where most instructions have an
 * emitter are compiled, and none with a floating-point or vector instruction lacking one (the
 * JS tier generates those inline, fpu/inline.ts: fp_bench_matmul ran 28 MIPS as wasm regions
 * calling them, 39 in the JS tier; fp_bench_nbody 15 and 30). A region takes no such block as a
 * member either.
 */
export function wasmWorthy(b: Block, m: Machine): boolean {
  return handlerCalls(b, m) * WORTHY_RATIO <= b.n;
}

/**
 * The instructions of b (its branch aside) a wasm region would call handlers for; Infinity for
 * FP/vector ones without an emitter (most scalar FP and the common VSX rows have them,
 * emitfp.ts and emitvsx.ts; their bail-outs, rare, are not counted).
 */
function handlerCalls(b: Block, m: Machine): number {
  let calls = 0;
  for (let k = 0; k < b.n - 1; k++) {
    const i = b.insns[k];
    if (emitter(i, m.used, m.sf) !== undefined) continue;
    if (i.row !== undefined && unitOf(i.row.feature) !== undefined) return Infinity;
    calls++;
  }
  return calls;
}
const WORTHY_RATIO = 4;

const DEBUG = process.env.PPCEMU_WASM_DEBUG === '1';
/** In `auto`, a region's first PROBE_CALLS entries decide whether it stays (MIN_RUN instructions per entry on average). */
const PROBE_CALLS = 1000;
const MIN_RUN = Number(process.env.PPCEMU_WASM_MINRUN ?? 30);
/**
 * In `auto`, a region is gathered again (compileWasmBlock's retry, at most MAX_RETRIES times)
 * when its probe rejects it, or when it was left REGATHER_EXITS times for blocks that could
 * join it (hot, in no live region). Exits into other regions do not count (the chain connects
 * them, chain.ts), nor do exits to blocks that cannot join (counting every exit, and rebuilding
 * regions that then lost members, made smallpt compile 105 regions of 3,308 members instead of
 * 19 of 368). Gathering takes a reachable live region whole, replacing it, or none of it.
 */
const MAX_RETRIES = 8, REGATHER_EXITS = 1000;

/**
 * Statistics (bench and tests): blocks compiled, time spent compiling (ms), memory accesses that
 * took the accessor calls (slow), handler calls made from regions (calls), calls of region
 * functions and the instructions they ran.
 */
export const wasmStats = { blocks: 0, members: 0, ms: 0, bytes: 0, slow: 0, calls: 0, entries: 0, memberEntries: 0, chained: 0, insns: 0 };
/** PPCEMU_WASM_DEBUG: the handler calls regions made, by mnemonic (what to give an emitter next). */
const callsBy: Record<string, number> = {};
if (DEBUG) {
  process.on('exit', () => {
    const w = wasmStats;
    console.error(`wasm: ${w.blocks} regions (${w.members} members, ${w.bytes} bytes, ${w.ms.toFixed(1)} ms), ` +
      `${w.calls} handler calls ${JSON.stringify(callsBy)}, ${w.entries} entries (${w.memberEntries} at a member, ${w.chained} chained), ${w.insns} insns (${(w.insns / Math.max(1, w.entries)).toFixed(1)}/entry)`);
  });
}

/**
 * Compiles block b for machine m in mode sf to a BlockFn running it as wasm. A call in the other
 * mode (MSR[SF] changed) runs the JS tier's translation instead. `fallback` (auto): what the
 * block runs as instead when the region's first PROBE_CALLS entries show it does not pay.
 */
export function compileWasmBlock(b: Block, m: Machine, sf: boolean, fallback?: BlockFn, retries = 0, given?: Block[]): BlockFn {
  // Prefixed (8-byte) instructions keep the JS tier (the icount arithmetic of a block with them).
  if (b.wide !== undefined) return compileBlock(b, sf, m.used);
  // auto: a member of a region in use (its head runs it, every member valid, the same mode)
  // enters that region at itself instead of heading a new one: one region serves a loop nest,
  // or a large function, whichever of its blocks control comes in by. (The forced tier keeps a
  // region per block: its tests count regions and entries.)
  if (fallback !== undefined && retries === 0) {
    const r = regionsOf(m).get(b.addr);
    if (r !== undefined && r.block === b && r.live() && r.sf === sf) return r.enter;
  }
  const t0 = performance.now();
  const members = given ?? gather(b, m, sf, m.tier === 'wasm');
  // auto: a region that cannot loop runs at most its members' instructions per entry; under the
  // probe's MIN_RUN it would be dropped after PROBE_CALLS entries anyway. Not compiling it also
  // keeps a machine whose only such blocks are small out of the arena: the move of the registers
  // makes V8 deoptimise every JS function that had the old views as constants (fp_bench_vsx,
  // whose loops are JS: 4 one-block regions of 4 instructions cost it 23-31 %).
  // Unless it leads into a live region: then the chain carries on there, and the region saves
  // two passes through JS per run (a block between two members of a full region, which cannot
  // take it: lz4's compressor made 10 M such round trips, a third of its time).
  const small = !mayLoop(members, sf) && members.reduce((n, s) => n + s.n, 0) < MIN_RUN;
  if (fallback !== undefined && small && !leadsToRegion(members, m, sf)) return fallback;
  // The pages and the registers move into the memory the region indexes (once per machine).
  const arena = m.mem.useArena();
  if (!(m.st.buf instanceof SharedArrayBuffer)) m.registersToArena(arena.buf);
  const { code, helpers, lazy } = generate(members, sf, m);
  const imports = [...MEM_IMPORTS, ...helpers.map((h) => ({ name: `h${h.j}_${h.k}`, type: { params: [], results: [F64] } }))];
  const extra = lazy ? { type: LAZY_ERROR_TYPE, locals: LAZY_ERROR_LOCALS, body: lazyErrorBody() } : undefined;
  const bytes = module(imports, { params: [I32], results: [I32] }, LOCALS, code, false, extra);
  const t1 = performance.now();
  const mod = new WebAssembly.Module(bytes);
  if (DEBUG) {
    console.error(`wasm ${b.addr.toString(16)} blocks ${members.map((mb) => `${mb.addr.toString(16)}/${mb.n}`).join(' ')} ` +
      `calls: ${helpers.map((h) => members[h.j].insns[h.k].row?.mnem ?? '?').join(' ')} ` +
      `(${bytes.length} bytes, generate ${(t1 - t0).toFixed(1)} ms, module ${(performance.now() - t1).toFixed(1)} ms)`);
  }

  const mem = m.mem;
  // Views on the arena (a shared memory: they stay valid when it grows).
  const done = new Int32Array(arena.buf, SCR_DONE, 1);
  const total = new Int32Array(arena.buf, SCR_TOTAL, 1);
  const hi = new Uint32Array(arena.buf, SCR_HI, 1);
  const pcSlot = new Float64Array(arena.buf, SCR_PC, 1);
  /** The exception of a faulting access or handler, thrown again once the region has left. */
  let pending: unknown;
  const fault = (e: unknown): number => {
    if (!(e instanceof GuestFault)) throw e;
    pending = e;
    return -1;
  };
  // Stores report 2 when they wrote decoded code (the region may be stale from there on).
  const wrote = (epoch: number) => (mem.codeEpoch !== epoch ? 2 : 0);
  const f: Record<string, (...a: number[]) => number> = {
    r8: (ea) => { wasmStats.slow++; try { return mem.read8(ea); } catch (e) { return fault(e); } },
    r16: (ea) => { wasmStats.slow++; try { return mem.read16(ea); } catch (e) { return fault(e); } },
    r32: (ea) => { wasmStats.slow++; try { return mem.read32(ea); } catch (e) { return fault(e); } },
    r64: (ea) => { wasmStats.slow++; try { const lo = mem.read64(ea); hi[0] = mem.hi; return lo; } catch (e) { return fault(e); } },
    w8: (ea, v) => { wasmStats.slow++; const e0 = mem.codeEpoch; try { mem.write8(ea, v & 0xff); return wrote(e0); } catch (e) { return -fault(e); } },
    w16: (ea, v) => { wasmStats.slow++; const e0 = mem.codeEpoch; try { mem.write16(ea, v & 0xffff); return wrote(e0); } catch (e) { return -fault(e); } },
    w32: (ea, v) => { wasmStats.slow++; const e0 = mem.codeEpoch; try { mem.write32(ea, v >>> 0); return wrote(e0); } catch (e) { return -fault(e); } },
    w64: (ea, h, l) => { wasmStats.slow++; const e0 = mem.codeEpoch; try { mem.write64(ea, h >>> 0, l >>> 0); return wrote(e0); } catch (e) { return -fault(e); } },
  };
  for (const { j, k } of helpers) {
    const i = members[j].insns[k];
    const a = i.addr, next = sf ? a + i.len : (a + i.len) >>> 0, mnem = i.row?.mnem ?? '?';
    f[`h${j}_${k}`] = () => {
      wasmStats.calls++;
      if (DEBUG) callsBy[mnem] = (callsBy[mnem] ?? 0) + 1;
      m.icBase += done[0] + total[0]; // (total: the regions run before this one in a chain)
      total[0] = 0;
      m.pc = a;
      m.icount = m.icBase; // anchors icount at this instruction (blockPc = a)
      m.nia = next;
      const e0 = mem.codeEpoch;
      // (a throw leaves through the region's exit, which writes the registers back first)
      try { i.h(m, i); } catch (e) { pending = e; return -2; }
      // Leave after this instruction if the loop must stop, decoded code was dropped (a write
      // to it, mprotect/munmap, an MSR[LE] change) or the mode changed.
      return m.interruptRequested || mem.codeEpoch !== e0 || m.sf !== sf ? -1 : m.nia;
    };
  }
  const inst = new WebAssembly.Instance(mod, { m: { mem: arena.memory }, f });
  const chain = chainOf(m, arena);
  const idx = chain.add(inst.exports.run, (mm, s) => afterRun(mm, s), { members, sf, small, live: () => live(), take: (mm, t) => retry(mm, t) });
  wasmStats.blocks++;
  wasmStats.members += members.length;
  wasmStats.bytes += bytes.length;
  wasmStats.ms += performance.now() - t0;

  let other: BlockFn | undefined;
  let calls = 0, ran = 0;
  /**
   * auto: gathers the region again and, if that adds members (blocks hot since it was made,
   * targets seen since), compiles it anew (b.fn), at most MAX_RETRIES times. Whether it did.
   */
  const retry = (mm: Machine, take?: readonly Block[]): boolean => {
    if (fallback === undefined || b.fn !== fn) return false;
    let now: Block[];
    if (take !== undefined) {
      // every member and the blocks of `take`, not chosen again (a new choice would trade some
      // members for blocks hot since, and those left out would head regions of their own)
      const add = take.filter((s) => !members.includes(s) && s.valid);
      if (add.length === 0 || members.length + add.length > MAX_MEMBERS + TAKEN) return false;
      now = [...members, ...add];
    } else {
      if (retries >= MAX_RETRIES) return false;
      const had = new Set(members);
      now = gather(b, mm, sf, false, had);
      // only a region that keeps every member and adds some (one that lost members would leave
      // them to head regions of their own, each gathering again)
      const kept = new Set(now);
      if (now.every((s) => had.has(s)) || !members.every((s) => kept.has(s))) return false;
    }
    if (DEBUG) console.error(`wasm ${b.addr.toString(16)} gathered again${take !== undefined ? `, taking ${take[0].addr.toString(16)}` : ''}`);
    chain.clear();
    b.fn = compileWasmBlock(b, mm, sf, fallback, retries + 1, take !== undefined ? now : undefined);
    return true;
  };
  let exits = 0;
  /** Exit targets, and whether their rows could join a region (hotMember's `known`). */
  const joinable = new Map<Block, boolean>();
  /**
   * Member j branched to nia, outside the region and not into another region (the chain takes
   * those): an indirect branch's new target is recorded, and after REGATHER_EXITS exits to blocks
   * that could join (hot, in no live region) the region is gathered again (the rest of a loop
   * nest, a dispatch loop's handlers: hot only after it was made).
   */
  const exited = (mm: Machine, j: number, nia: number): void => {
    const ts = members[j].targets;
    if (ts !== undefined && ts.length < MAX_TARGETS && !ts.includes(nia)) ts.push(nia);
    const t = mm.blockFor(nia, false);
    if (t === undefined || !t.valid || t.wide !== undefined || (inLiveGen === chain.gen && inLive.has(t))) return;
    if (!hotMember(t, mm, joinable)) return;
    if (inRegion(t, mm)) {
      if (inLiveGen !== chain.gen) { inLive.clear(); inLiveGen = chain.gen; }
      inLive.add(t);
      return;
    }
    if (++exits >= REGATHER_EXITS) { exits = 0; retry(mm); }
  };
  /**
   * Exit targets seen in a live region under chain generation inLiveGen: a region stops being
   * live only where the chain is cleared (a head's function replaced, blocks dropped), so until
   * then an exit there needs no lookup (SQLite: most of its exits go to other regions' members).
   */
  const inLive = new Set<Block>();
  let inLiveGen = -1;
  const le = mem.le;
  /** The chain's generation this region's entries went in under (chain.ts; none yet). */
  let linked = -1;
  /** Puts the region's entries into the chain's table: its head, and the members it is the latest region of. */
  const link = (): void => {
    linked = chain.gen;
    chain.put(b.addr, idx, 0, sf);
    members.forEach((s, j) => { if (j > 0 && regions.get(s.addr)?.live === live) chain.put(s.addr, idx, j, sf); });
  };
  /** Runs the region (and those it chains to) from member j; the status. */
  const enter = (mm: Machine, j: number, left: number): number => {
    if (linked !== chain.gen) link();
    const i0 = mm.icBase;
    const s = chain.run(idx, j, left, sf);
    mm.icBase += done[0];
    wasmStats.entries += 1 + chain.chained;
    wasmStats.chained += chain.chained;
    wasmStats.insns += mm.icBase - i0;
    if (fallback !== undefined && (chain.since += chain.chained) >= SCAN_EVERY) { chain.since = 0; mergeEntered(mm, chain); }
    return s;
  };
  /** After a run that ended here: the next pc, a member's exit (its targets) or the fault, thrown again. */
  const afterRun = (mm: Machine, s: number): void => {
    if (s >= MEMBER_EXIT) exited(mm, s - MEMBER_EXIT, (mm.nia = pcSlot[0]));
    else if (s === EXIT) mm.nia = pcSlot[0];
    else if (s === FAULT) {
      mm.pc = pcSlot[0];
      mm.icount = mm.icBase;
      const e = pending;
      pending = undefined;
      throw e;
    }
    // HANDLER_NIA: the handler left m.nia.
  };
  const fn: BlockFn = (mm, left) => {
    if (mm.sf !== sf) { (other ??= compileBlock(b, mm.sf, mm.used))(mm, left); return; }
    // (An MSR[LE] change drops every block; this only guards the byte order compiled in.)
    if (mm.mem.le !== le) { compileBlock(b, mm.sf, mm.used)(mm, left); return; }
    if (!live()) { chain.clear(); (b.fn = compileBlock(b, sf, mm.used))(mm, left); return; } // stale region
    const i0 = mm.icBase;
    const s = enter(mm, 0, left);
    if (fallback !== undefined && calls < PROBE_CALLS) {
      ran += mm.icBase - i0;
      if (++calls === PROBE_CALLS) {
        // Entering and leaving costs a register load and spill: a region left after a few
        // instructions on average (the regions it chains to included) is slower than the JS
        // tier, unless gathering it again gives it more to run.
        if (ran < PROBE_CALLS * MIN_RUN && b.fn === fn && !retry(mm)) { // (b.fn: not replaced meanwhile, mergeEntered)
          chain.clear();
          b.fn = fallback;
          // Asked again (Machine.blockLoop) once it ran as often again: its successors and
          // targets may be hot by then (a dispatch whose handlers are many, each cold yet).
          b.next = 2 * b.hits;
        }
        if (DEBUG) console.error(`wasm ${b.addr.toString(16)} ${(ran / PROBE_CALLS).toFixed(1)} insns/entry`);
      }
    }
    chain.last(mm, s);
  };
  /** Member j's function: the region entered at member j (no probe: the head's decides). */
  const memberFn = (j: number): BlockFn => {
    const e = members[j];
    let otherE: BlockFn | undefined;
    return (mm, left) => {
      if (mm.sf !== sf) { (otherE ??= compileBlock(e, mm.sf, mm.used))(mm, left); return; }
      if (mm.mem.le !== le) { compileBlock(e, mm.sf, mm.used)(mm, left); return; }
      // the region was dropped (its probe) or lost a member: a region again (the new
      // one's entry, or one of its own), its JS translation if that region's probe rejects it
      if (!live()) {
        const js: BlockFn = (m2, l2) => (e.fn = compileBlock(e, m2.sf, m2.used))(m2, l2);
        (e.fn = compileWasmBlock(e, mm, sf, js))(mm, left);
        return;
      }
      wasmStats.memberEntries++;
      chain.last(mm, enter(mm, j, left));
    };
  };
  /**
   * The region is in use: its head still runs it and no member was dropped (code written,
   * unmapped). The members are looked at again only when blocks were dropped since they were
   * last seen valid (Machine.blocksDropped; -1: not yet).
   */
  let liveAt = -1;
  const live = (): boolean => {
    if (b.fn !== fn) return false;
    if (liveAt === m.blocksDropped) return true; // (a dropped block never comes back)
    if (!members.every((s) => s.valid)) return false;
    liveAt = m.blocksDropped;
    return true;
  };
  const regions = regionsOf(m);
  members.forEach((s, j) => {
    if (j === 0) return;
    const enter = memberFn(j);
    // auto: the head of a region this one took whole (gather) is now entered here (that region
    // is no longer live). (The forced tier's regions overlap: a region per block.)
    if (fallback !== undefined && s.fn !== undefined && HEADS.get(s.fn)?.live() === true) { s.fn = enter; chain.clear(); }
    regions.set(s.addr, { block: s, sf, live, members, enter });
  });
  HEADS.set(fn, { live, members });
  return fn;
}

/** A live region's test and members. */
interface Region { live: () => boolean; members: readonly Block[] }
/** Region functions (compileWasmBlock's head functions) and their regions. */
const HEADS = new WeakMap<BlockFn, Region>();

/** The members of the live region block s is in (its head, or a member entry), if any. */
function regionOf(s: Block, m: Machine): readonly Block[] | undefined {
  const h = s.fn !== undefined ? HEADS.get(s.fn) : undefined;
  if (h !== undefined && h.live()) return h.members;
  const r = regionsOf(m).get(s.addr);
  return r !== undefined && r.block === s && r.live() ? r.members : undefined;
}

/** Whether a static successor of one of `members` is a block of a live region compiled for mode sf (the chain can enter it). */
function leadsToRegion(members: Block[], m: Machine, sf: boolean): boolean {
  const own = new Set(members.map((s) => s.addr));
  return members.some((s) => successors(s, sf).some((a) => {
    if (own.has(a)) return false;
    const t = m.blockFor(a, false);
    if (t === undefined) return false;
    const r = regionsOf(m).get(a);
    return regionOf(t, m) !== undefined && (r === undefined || r.sf === sf);
  }));
}

/**
 * auto, every SCAN_EVERY transfers between regions: a small region (it cannot loop, and has
 * fewer instructions than the probe asks for) the chain entered at its head SCAN_EVERY / 8
 * times or more since the last look joins a live region that leads into it (a member's
 * successor), if that one has room (MAX_MEMBERS + TAKEN): a block hot only after the region
 * of its loop was made, and that region full by then, would otherwise cost two transfers per
 * pass (lz4's HC match finder, -O3 for POWER8: 21.5 M transfers through two 2-instruction
 * blocks; 1.7 M once they joined, 1.50 -> 1.15 s).
 */
function mergeEntered(m: Machine, chain: Chain): void {
  for (const { idx, member, addr } of chain.hot(SCAN_EVERY / 8)) {
    const x = chain.regions[idx];
    if (member !== 0 || !x.small || !x.live()) continue;
    for (const r of chain.regions) {
      if (r === x || r.sf !== x.sf || !r.live() || !r.members.some((s) => gatherSuccessors(s, r.sf).includes(addr))) continue;
      if (r.take(m, x.members)) break;
    }
  }
}

/** Whether block s is in a live region already. */
function inRegion(s: Block, m: Machine): boolean {
  return regionOf(s, m) !== undefined;
}

/** A region's entry at one of its members (compileWasmBlock). */
interface MemberEntry extends Region { block: Block; sf: boolean; enter: BlockFn }
const REGIONS = new WeakMap<Machine, Map<number, MemberEntry>>();
/** The member entries of machine m's regions, by block address (the latest region to take a block). */
function regionsOf(m: Machine): Map<number, MemberEntry> {
  let r = REGIONS.get(m);
  if (r === undefined) REGIONS.set(m, (r = new Map()));
  return r;
}
