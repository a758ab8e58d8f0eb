// The machine: register state, memory, CPU model, the decoded-instruction cache and the
// interpreter loop. No static mutable state: any number of machines can exist at once.

import { FEATURE_BIT, type Feature, unitOf, type Unit } from '../features/features.js';
import type { CpuModel } from '../features/models.js';
import { altSpaceOf, DecodeTable } from './decode.js';
import { Insn } from './insn.js';
import { ALL_ROWS } from './isa/index.js';
import { type AltSpace, Flag, type Row } from './isa/table.js';
import { type Block, type BlockFn, compileBlock, HOT_BLOCK, HOT_COLD, HOT_SPAN, MAX_BLOCK, MAX_TARGETS } from './translate.js';
import { compileWasmBlock, hasUnitRow, HOT_WASM, HOT_WASM_FP, wasmWorthy } from './wasm/compile.js';
import { GuestFault, Memory, PAGE_SHIFT } from './memory.js';
import { type Dir, DIRS, dirGet, dirSet } from './pagetable.js';
import { Rng } from './rng.js';
import { CpuState, Spr32, Spr64 } from './state.js';

/** Guest signals and si_codes the handlers raise (Linux's values; SIGSEGV's are in memory.ts). */
export const SIGILL = 4;
export const SIGTRAP = 5;
export const SIGBUS = 7;
export const SIGFPE = 8;
export const ILL_ILLOPC = 1;
export const ILL_ILLOPN = 2;
export const ILL_PRVOPC = 5;
export const BUS_ADRALN = 1;
export const TRAP_BRKPT = 1;
export const TRAP_HWBKPT = 4;

const TWO32 = 4294967296;
const ISA310 = FEATURE_BIT.isa310;
const LOW_PAGES = 1 << (32 - PAGE_SHIFT);
const SLOTS = 1 << (PAGE_SHIFT - 2);

/**
 * The instruction table, built once per process (immutable, shared by all machines). Its
 * collision check is left to the test suite (test/unit/decode.test.ts): start-up does not pay it.
 */
let sharedTable: DecodeTable | undefined;
export function decodeTable(): DecodeTable {
  return (sharedTable ??= new DecodeTable(ALL_ROWS, { check: false }));
}

/**
 * Execution tier: `auto` interprets a block until it has run HOT_BLOCK times densely (or HOT_COLD
 * in all), translates it, and makes hot translated blocks wasm regions; `interp` never
 * translates; `jit` translates every block before its first execution; `wasm` compiles a region
 * at every block's first execution. The default comes from
 * the PPCEMU_TIER environment variable (the CLI rejects other values).
 */
export type Tier = 'auto' | 'interp' | 'jit' | 'wasm';
export const TIERS: readonly Tier[] = ['auto', 'interp', 'jit', 'wasm'];
export function envTier(): Tier {
  const t = process.env.PPCEMU_TIER;
  return t === 'interp' || t === 'jit' || t === 'wasm' ? t : 'auto';
}

/** The operating-system side of the machine (src/linux implements it). */
export interface Os {
  /** `sc` (or `scv` when scv is true) executed; m.nia is the address after it. May throw ProcessExit. */
  syscall(m: Machine, scv: boolean): void;
  /** A synchronous fault at m.pc: set up a handler frame (updating m.pc) or throw ProcessExit. */
  fault(m: Machine, f: GuestFault): void;
  /** Guest time spent in sleeps (nanosleep), which the time base counts too. */
  readonly sleptNs?: bigint;
}

/** Thrown by the OS layer when the guest process ends. */
export class ProcessExit {
  constructor(
    /** Exit status as a shell reports it (128+signo for a fatal signal). */
    readonly status: number,
    readonly signo = 0,
  ) {}
}

export type StopReason =
  | { kind: 'limit' }
  | { kind: 'exit'; status: number; signo: number }
  | { kind: 'interrupt' };

export class Machine {
  readonly st = new CpuState();
  readonly mem = new Memory();
  /** GPR halves, CR/XER etc. and 64-bit SPR pairs: the hot handlers' views. */
  gh = this.st.gprHi;
  gl = this.st.gprLo;
  s32 = this.st.spr32;
  s64 = this.st.spr64;

  /** @internal (wasm tier, once) Moves the registers into the memory's arena; the views above follow. */
  registersToArena(buf: ArrayBufferLike): void {
    this.st.moveTo(buf);
    this.gh = this.st.gprHi; this.gl = this.st.gprLo; this.s32 = this.st.spr32; this.s64 = this.st.spr64;
  }

  /** Address of the current instruction and of the next one (handlers set nia to branch). */
  pc = 0;
  nia = 0;
  /**
   * Instruction counting: while a block runs, `icount` is derived from the block's base count
   * and how far into the block `pc` is, so handlers (mftb, system calls) always see the exact
   * number of instructions completed before the current one.
   */
  /** @internal Count at the start of the current block (translated blocks advance it). */
  icBase = 0;
  private blockPc = 0;
  /** Addresses of the prefixed (8-byte) instructions of the running block, if it has any. */
  private blockWide: number[] | undefined;
  get icount(): number {
    if (!this.running) return this.icBase;
    let n = Math.floor((this.pc - this.blockPc) / 4);
    const w = this.blockWide;
    if (w !== undefined) for (const a of w) if (a >= this.blockPc && a < this.pc) n--; // 8 bytes, 1 insn
    return this.icBase + n;
  }
  set icount(v: number) { this.icBase = v; this.blockPc = this.pc; this.blockWide = undefined; }
  /** Inside run(): pc moves with execution (outside, assigning pc leaves icount alone). */
  private running = false;
  /** 64-bit mode (MSR[SF]); derived from MSR when it changes. */
  sf = false;
  /** Set by a host-side event (e.g. SIGUSR1) to stop the loop at the next boundary. */
  interruptRequested = false;

  /** Features this model has, and features the program has executed (by feature bit). */
  readonly has: Uint8Array;
  readonly used = new Uint8Array(64);

  os: Os | undefined;
  /** The running thread's copy-paste buffer: the 128-byte block the last `copy` read, until a
   *  `paste.` or `cpabort` ends the sequence or a thread switch drops it (as Linux's cp_abort on
   *  every context switch). Checkpoint record COPYBUF. */
  copyBuf: Uint8Array | undefined = undefined;
  /** Deterministic random source (darn, AT_RANDOM, getrandom); reseeded by the OS layer. */
  rng = new Rng(0);
  /** Which tiers run the code (--trace always steps one instruction at a time). */
  tier: Tier = envTier();
  /** Optional per-instruction observer (--trace). */
  tracer: ((m: Machine, i: Insn) => void) | undefined;
  /**
   * Debugger hook (src/gdb), set with setBreakpoints: the loop stops, as for an interrupt, before
   * an instruction at one of the breakpoint addresses when this returns true for it.
   */
  breakBefore: ((pc: number) => boolean) | undefined;
  /** The breakpoint addresses (see setBreakpoints); undefined when there are none. */
  private breakAt: Set<number> | undefined;

  private readonly table = decodeTable();
  private readonly icache: (Dir<(Insn | undefined)[]> | undefined)[] = new Array(DIRS);
  private readonly icacheHigh = new Map<number, (Insn | undefined)[]>();
  /** Basic blocks by start address (pages below 4 GiB only; others are rebuilt each time). */
  private readonly blocks: (Dir<Block[]> | undefined)[] = new Array(DIRS);
  /** The alternate opcode space this model's decoder looks up first (SPE, 4xx MAC). */
  private readonly alt: AltSpace | undefined;

  constructor(readonly model: CpuModel) {
    this.has = new Uint8Array(64);
    for (const f of model.features) this.has[FEATURE_BIT[f]] = 1;
    this.alt = altSpaceOf(model.features);
    this.s32[Spr32.PVR] = model.pvr >>> 0;
    this.mem.onCodeWrite = (p) => this.dropCode(p);
    // Stored a second time (the first value was the same views), so that V8 treats the fields as
    // mutable from the start: registersToArena then invalidates no optimised code (see CpuState).
    this.gh = this.gl = this.s32 = this.s64 = new Uint32Array(0);
    this.gh = this.st.gprHi; this.gl = this.st.gprLo; this.s32 = this.st.spr32; this.s64 = this.st.spr64;
  }

  // ---- mode -------------------------------------------------------------------------------

  /** Sets MSR and the modes derived from it (SF, LE). */
  setMsr(hi: number, lo: number): void {
    this.s64[2 * Spr64.MSR] = hi >>> 0;
    this.s64[2 * Spr64.MSR + 1] = lo >>> 0;
    this.sf = (hi & 0x80000000) !== 0;
    const le = (lo & 1) !== 0;
    if (le !== this.mem.le) {
      this.mem.le = le;
      this.flushDecoded();
    }
  }

  /** @internal Called when blocks were dropped (the wasm tier's chain forgets its entries, wasm/chain.ts). */
  onBlocksDropped: (() => void) | undefined;
  /** @internal How many times blocks were dropped (a region whose members were all valid at the same count still is). */
  blocksDropped = 0;

  /** Forgets the decoded instructions and blocks of page p (its code was written). */
  private dropCode(p: number): void {
    if (p >= LOW_PAGES) { this.icacheHigh.delete(p); return; } // (no blocks are kept there)
    this.blocksDropped++;
    this.onBlocksDropped?.();
    for (const b of dirGet(this.blocks, p) ?? []) if (b) b.valid = false;
    dirSet(this.icache, p, undefined);
    dirSet(this.blocks, p, undefined);
  }

  // ---- debugger breakpoints: only the blocks at them pay ----------------------------------------

  /**
   * Sets the instruction addresses where `hook` is asked whether to stop. Blocks are built to end
   * before any of them, and a block starting at one runs interpreted, after the check; every
   * other block runs in its usual tier. Blocks of the pages whose breakpoints changed are
   * dropped (and so are their translations), to be rebuilt accordingly.
   */
  setBreakpoints(addrs: Iterable<number>, hook: ((pc: number) => boolean) | undefined): void {
    const next = new Set(addrs);
    const old = this.breakAt ?? new Set<number>();
    const pages = new Set<number>();
    for (const a of next) if (!old.has(a)) pages.add(Math.floor(a / (1 << PAGE_SHIFT)));
    for (const a of old) if (!next.has(a)) pages.add(Math.floor(a / (1 << PAGE_SHIFT)));
    for (const p of pages) this.dropBlocks(p);
    this.breakAt = next.size ? next : undefined;
    this.breakBefore = next.size ? hook : undefined;
  }

  /** Forgets the blocks of page p (its decoded instructions stay). */
  private dropBlocks(p: number): void {
    if (p >= LOW_PAGES) return;
    this.blocksDropped++;
    this.onBlocksDropped?.();
    for (const b of dirGet(this.blocks, p) ?? []) if (b) b.valid = false;
    dirSet(this.blocks, p, undefined);
  }

  flushDecoded(): void {
    this.mem.codeEpoch++; // running wasm regions leave (wasm/compile.ts)
    this.blocksDropped++;
    this.onBlocksDropped?.();
    for (let d = 0; d < this.blocks.length; d++) {
      const dir = this.blocks[d];
      if (dir === undefined) continue;
      for (let p = 0; p < dir.length; p++) {
        const page = dir[p];
        if (page !== undefined) for (let k = 0; k < page.length; k++) if (page[k] !== undefined) page[k].valid = false;
      }
    }
    this.icache.fill(undefined);
    this.blocks.fill(undefined);
    this.icacheHigh.clear();
  }

  /** Units (FP, VMX, VSX, SPE) the program has used so far. */
  usedUnits(): Set<Unit> {
    const out = new Set<Unit>();
    for (const f of this.usedFeatures()) {
      const u = unitOf(f);
      if (u) out.add(u);
    }
    return out;
  }

  usedFeatures(): Feature[] {
    return (Object.keys(FEATURE_BIT) as Feature[]).filter((f) => this.used[FEATURE_BIT[f]]);
  }

  // ---- decoding -----------------------------------------------------------------------------

  /** Decodes one word at `addr` for this machine's model (features gate the row). */
  decodeWord(word: number, addr: number): Insn {
    const row = this.table.lookup(word, this.alt);
    if (!row) return new Insn(word, addr, unimplemented, undefined);
    const bit = FEATURE_BIT[row.feature];
    if ((row.flags ?? 0) & Flag.KERNEL_EMU) return new Insn(word, addr, row.h, row); // runs everywhere
    if (!this.has[bit]) {
      const legacy = row.legacy && (!row.legacyOn || this.has[FEATURE_BIT[row.legacyOn]]) ? row.legacy : undefined;
      return new Insn(word, addr, legacy ?? missingFeature, row);
    }
    const insn = new Insn(word, addr, row.h, row);
    if (!this.used[bit] || (row.uses && !this.used[FEATURE_BIT[row.uses]])) insn.h = firstUse;
    return insn;
  }

  /** Decodes the instruction at `addr` (fetching it; a prefixed one with its suffix). */
  private decodeAt(addr: number): Insn {
    const word = this.mem.fetch32(addr);
    if (word >>> 26 !== 1 || !this.has[ISA310]) return this.decodeWord(word, addr);
    // A prefix in the last word of a 64-byte block: alignment interrupt (the suffix is never
    // fetched, so it is always on the prefix's page).
    if ((addr & 63) === 60) return new Insn(word, addr, misalignedPrefix, undefined);
    return this.decodePrefixed(word, this.mem.fetch32(addr + 4), addr);
  }

  /** Decodes a prefixed instruction (prefix word, suffix word) at `addr`, as one 8-byte Insn. */
  decodePrefixed(prefix: number, suffix: number, addr: number): Insn {
    const row = this.table.lookupPrefixed(prefix, suffix);
    if (!row) return new Insn(suffix, addr, unimplemented, undefined, prefix);
    const bit = FEATURE_BIT[row.feature];
    if (!this.has[bit]) return new Insn(suffix, addr, missingFeature, row, prefix);
    const insn = new Insn(suffix, addr, row.h, row, prefix);
    // R=1 with RA != 0 is an invalid form.
    if (insn.aa && ((suffix >>> 16) & 31) !== 0) insn.h = invalidPrefixed;
    else if (!this.used[bit] || (row.uses && !this.used[FEATURE_BIT[row.uses]])) insn.h = firstUse;
    return insn;
  }

  /** The decoded-instruction slots of pc's page (undefined until decoded); may fault (fetch). */
  private pageFor(pc: number): (Insn | undefined)[] {
    const p = Math.floor(pc / (1 << PAGE_SHIFT));
    let page = p < LOW_PAGES ? dirGet(this.icache, p) : this.icacheHigh.get(p);
    if (page) return page;
    if (!this.mem.executable(pc)) this.mem.fetch32(pc); // throws the fetch fault
    page = new Array<Insn | undefined>(SLOTS);
    if (p < LOW_PAGES) dirSet(this.icache, p, page);
    else this.icacheHigh.set(p, page);
    this.mem.markCode(p);
    return page;
  }

  // ---- execution: basic blocks, interpreted first, translated to JS when hot ---------------

  /** Runs until icount reaches `limit`, the process exits, or an interrupt is requested. */
  run(limit: number): StopReason {
    this.blockPc = this.pc;
    this.running = true;
    try {
      return this.runLoop(limit);
    } finally {
      this.running = false;
    }
  }

  private runLoop(limit: number): StopReason {
    for (;;) {
      try {
        if (this.tracer) this.stepLoop(limit);
        else this.blockLoop(limit);
        this.pc = this.nia;
        this.icount = this.icBase; // re-anchor at the stop point
        if (this.interruptRequested) {
          this.interruptRequested = false;
          return { kind: 'interrupt' };
        }
        return { kind: 'limit' };
      } catch (e) {
        // The faulting instruction is m.pc; instructions before it in its block completed.
        this.icount = this.icount;
        if (e instanceof ProcessExit) return { kind: 'exit', status: e.status, signo: e.signo };
        if (!(e instanceof GuestFault) || !this.os) throw e;
        this.nia = this.pc;
        try {
          this.os.fault(this, e); // sets up a handler frame (m.nia) or throws ProcessExit
        } catch (e2) {
          if (e2 instanceof ProcessExit) return { kind: 'exit', status: e2.status, signo: e2.signo };
          throw e2;
        }
      }
    }
  }

  /** The block starting at pc, built on first use (blocks above 4 GiB are not cached). */
  private blockAt(pc: number): Block {
    const p = pc < TWO32 ? pc >>> PAGE_SHIFT : -1;
    let blocks = p >= 0 ? dirGet(this.blocks, p) : undefined;
    let b = blocks !== undefined ? blocks[(pc >>> 2) & (SLOTS - 1)] : undefined;
    if (b === undefined) {
      b = this.buildBlock(pc);
      if (p >= 0) {
        if (blocks === undefined) dirSet(this.blocks, p, (blocks = new Array<Block>(SLOTS)));
        blocks[(pc >>> 2) & (SLOTS - 1)] = b;
      }
    }
    return b;
  }

  /**
   * @internal (wasm regions) The cached valid block at pc, or with `build` a block built now
   * (undefined when it cannot be decoded, or when it starts at a debugger breakpoint: such a
   * block runs from the loop, after the check, never inside a region).
   */
  blockFor(pc: number, build: boolean): Block | undefined {
    if (!(pc >= 0 && pc < TWO32)) return undefined;
    if (this.breakAt?.has(pc)) return undefined;
    const b = dirGet(this.blocks, pc >>> PAGE_SHIFT)?.[(pc >>> 2) & (SLOTS - 1)];
    if (b !== undefined || !build) return b;
    try { return this.blockAt(pc); } catch (e) { if (e instanceof GuestFault) return undefined; throw e; }
  }

  private blockLoop(limit: number): void {
    // auto: an interpreted block is compiled at a decision point (translateNow), to a wasm region
    // or JS (compileHot; see docs/ARCHITECTURE.md, Tiers).
    const auto = this.tier === 'auto';
    const hot = this.tier === 'interp' ? Infinity : 0; // (the forced tiers)
    let pc = this.nia = this.pc;
    let prev: Block | undefined;
    let b: Block | undefined;
    while (!this.interruptRequested) {
      const left = limit - this.icBase;
      if (left <= 0) break;
      // a debugger's breakpoint: asked first; its block then runs interpreted (once through)
      const atBreak = this.breakAt !== undefined && this.breakAt.has(pc);
      if (atBreak && this.breakBefore?.(pc)) { this.interruptRequested = true; break; }
      if (b === undefined) {
        b = this.blockAt(pc); // may fault (fetch): this.pc is already pc
        if (prev !== undefined) {
          // Remember the successor in the predecessor's two-entry cache (taken / fall-through).
          if (prev.succ0 === undefined || prev.succAddr0 === pc) { prev.succ0 = b; prev.succAddr0 = pc; }
          else { prev.succ1 = b; prev.succAddr1 = pc; }
          // An indirect branch's targets (each first seen here, as a miss): regions follow them.
          const ts = prev.targets;
          if (ts !== undefined && ts.length < MAX_TARGETS && !ts.includes(pc)) ts.push(pc);
        }
      }
      this.blockPc = pc;
      this.blockWide = b.wide;
      if (b.n > left) {
        this.interpret(b, left); // the limit falls inside the block: its first `left` instructions
        this.icBase += left;
      } else if (atBreak) {
        this.interpret(b, b.n);
        this.icBase += b.n;
      } else if (b.fn !== undefined) {
        // auto: a block whose region its probe sent back to JS is asked again at b.next runs
        // (compile.ts). Compiled blocks go on counting runs (a self-loop each iteration it ran
        // in its function) so that regions take the hottest blocks first (gather).
        if (b.hits >= b.next) { b.next = Infinity; b.fn = compileWasmBlock(b, this, this.sf, b.fn); }
        const ic = this.icBase;
        callBlockFn(b.fn, this, left);
        b.hits += this.icBase - ic > b.n ? ((this.icBase - ic) / b.n) | 0 : 1;
      } else if (auto ? b.hits === b.next && this.translateNow(b) : b.hits >= hot) {
        callBlockFn((b.fn = this.compileHot(b)), this, left);
      } else {
        this.interpret(b, b.n);
        this.icBase += b.n;
        b.hits++;
      }
      pc = this.nia;
      this.pc = pc;
      this.blockPc = pc;
      prev = b;
      b = pc === prev.succAddr0 ? prev.succ0 : pc === prev.succAddr1 ? prev.succ1 : undefined;
      if (b !== undefined && !b.valid) b = undefined;
    }
  }

  /**
   * auto, at a block's decision point (b.next runs): whether to compile it now (compileHot). A
   * block is compiled once it ran HOT_BLOCK times densely (those runs within HOT_SPAN instructions
   * of the whole machine), or HOT_COLD times in all: compiling costs a few ms per block (a new JS
   * function starts in V8's bytecode interpreter, slower than ppcemu's, until V8 optimises it),
   * which only a block that keeps running often repays. Otherwise the next decision point is
   * HOT_BLOCK runs later. A block worth a wasm region becomes one at HOT_WASM runs at the
   * earliest: by then the blocks of its loop are hot too and join its region (HOT_WASM_FP, its
   * first decision point, for a block with an FP or vector row, slow to interpret).
   */
  private translateNow(b: Block): boolean {
    if (b.region) return true; // it waited for HOT_WASM runs
    const dense = this.icBase - b.mark < HOT_SPAN;
    if (!dense && b.hits < HOT_COLD) {
      b.mark = this.icBase;
      b.next = b.hits + HOT_BLOCK;
      return false;
    }
    // Worth a region: a wasm region (compileHot), after HOT_WASM runs (HOT_WASM_FP with a
    // floating-point or vector row), interpreted.
    if (wasmWorthy(b, this)) {
      b.region = true;
      const hot = hasUnitRow(b) ? HOT_WASM_FP : HOT_WASM;
      if (b.hits < hot) { b.next = hot; return false; }
    }
    return true;
  }

  /**
   * The function block b runs as from its decision point on. `auto`: a wasm region when
   * translateNow chose one (b.region), else its JS translation. A region goes straight from the
   * interpreter: a JS function first would run in V8's bytecode interpreter until V8 optimises
   * it (100-230 ms of background compilation for a large floating-point block), for nothing once
   * the region replaces it. The JS translation is made only if the region's probe rejects it.
   */
  private compileHot(b: Block): BlockFn {
    const sf = this.sf;
    b.next = Infinity;
    if (this.tier === 'wasm') return compileWasmBlock(b, this, sf);
    if (this.tier === 'auto' && b.region) {
      return compileWasmBlock(b, this, sf, (m, left) => (b.fn = compileBlock(b, sf, m.used))(m, left));
    }
    return compileBlock(b, sf, this.used);
  }

  /**
   * Interprets the first `end` instructions of a block (all of them, or fewer when the
   * instruction limit falls inside it). Only the last can change the flow (a block ends after a
   * Flag.END row); a fault throws out with m.pc at the faulting instruction.
   */
  private interpret(b: Block, end: number): void {
    const insns = b.insns, last = end - 1;
    // Before the last: no Flag.END row (a block ends after one), so no instruction here branches
    // or reads m.nia (rows that read the next address take it from i.addr); m.pc is kept for
    // faults and icount. A pure instruction reads neither: no bookkeeping at all.
    for (let k = 0; k < last; k++) {
      const i = insns[k];
      if (!i.pure) this.pc = i.addr;
      i.h(this, i);
    }
    const i = insns[last];
    const next = this.sf ? i.addr + i.len : (i.addr + i.len) >>> 0;
    this.pc = i.addr;
    this.nia = next;
    i.h(this, i);
  }

  /** Decodes a basic block starting at pc: up to a branch, a page end or MAX_BLOCK insns. */
  private buildBlock(pc: number): Block {
    const page = this.pageFor(pc);
    const insns: Insn[] = [];
    let wide: number[] | undefined;
    let a = pc;
    for (let k = 0; k < MAX_BLOCK; k++) {
      if (k > 0 && this.breakAt?.has(a)) break; // a breakpoint starts the next block
      const slot = (a >>> 2) & (SLOTS - 1);
      let i = page[slot];
      if (i === undefined) i = page[slot] = this.decodeAt(a);
      insns.push(i);
      if (i.len !== 4) (wide ??= []).push(a);
      if (!i.row || (i.row.flags ?? 0) & Flag.END || i.h === missingFeature) break;
      a += i.len;
      if (slot + i.len / 4 >= SLOTS) break; // the page ends
    }
    const mnem = insns[insns.length - 1].row?.mnem;
    const indirect = mnem === 'bclr' || mnem === 'bcctr' || mnem === 'bctar';
    return {
      addr: pc, insns, n: insns.length, hits: 0, next: HOT_BLOCK, mark: this.icBase, region: false, fn: undefined, valid: true, wide,
      succAddr0: -1, succ0: undefined, succAddr1: -1, succ1: undefined, targets: indirect ? [] : undefined,
    };
  }

  /** One instruction at a time (tracing, debugging). */
  private stepLoop(limit: number): void {
    this.nia = this.pc;
    this.blockWide = undefined;
    while (this.icBase < limit && !this.interruptRequested) {
      const pc = this.nia;
      this.pc = this.blockPc = pc;
      if (this.breakBefore?.(pc)) { this.interruptRequested = true; break; }
      const page = this.pageFor(pc);
      let insn = page[(pc >>> 2) & (SLOTS - 1)];
      if (insn === undefined) insn = page[(pc >>> 2) & (SLOTS - 1)] = this.decodeAt(pc);
      this.tracer?.(this, insn);
      this.nia = this.sf ? pc + insn.len : (pc + insn.len) >>> 0;
      insn.h(this, insn);
      this.icBase++;
      this.blockPc = this.pc = this.nia;
    }
  }

  // ---- register helpers used across handler files -------------------------------------------

  /** CR field `bf` (0..7) set to the 4-bit value v. */
  setCrField(bf: number, v: number): void {
    const sh = 28 - 4 * bf;
    this.s32[Spr32.CR] = (this.s32[Spr32.CR] & ~(0xf << sh)) | ((v & 0xf) << sh);
  }

  getCrField(bf: number): number {
    return (this.s32[Spr32.CR] >>> (28 - 4 * bf)) & 0xf;
  }

  /** XER[SO] as 0/1. */
  get so(): number { return this.s32[Spr32.XER] >>> 31; }
}

/**
 * Runs a compiled block's function (its JS translation or its region's entry). Every block has
 * its own, so this call site sees many targets; it is made to see two at load time (called often
 * enough for V8 to keep feedback: it allocates a function's feedback after a few calls), before
 * V8 optimises the run loop, so that V8 never compiles the loop for one target (or one
 * closure's feedback) and then throws that code away at the next block's function.
 */
function callBlockFn(fn: BlockFn, m: Machine, left: number): void {
  fn(m, left);
}
const noFns: BlockFn[] = [() => {}, () => {}];
for (let k = 0; k < 32; k++) callBlockFn(noFns[k & 1], undefined as unknown as Machine, 0);

function unimplemented(m: Machine, i: Insn): void {
  const hex8 = (v: number) => v.toString(16).padStart(8, '0');
  const w = i.prefix ? `${hex8(i.prefix)} ${hex8(i.word)}` : hex8(i.word);
  throw new GuestFault(SIGILL, ILL_ILLOPC, m.pc,
    `illegal or unimplemented instruction 0x${w} at 0x${m.pc.toString(16)}`, true);
}

function missingFeature(m: Machine, i: Insn): void {
  throw new GuestFault(SIGILL, ILL_ILLOPC, m.pc,
    `${i.row!.mnem} at 0x${m.pc.toString(16)} needs ${i.row!.feature}, which ${m.model.name} lacks`);
}

/** A prefix at the last word of a 64-byte block: alignment interrupt (SIGBUS, as QEMU). */
function misalignedPrefix(m: Machine, i: Insn): void {
  throw new GuestFault(SIGBUS, BUS_ADRALN, m.pc,
    `prefixed instruction 0x${i.word.toString(16).padStart(8, '0')} crosses a 64-byte boundary at 0x${m.pc.toString(16)}`);
}

/** A prefixed load/store or paddi with R=1 and RA != 0. */
function invalidPrefixed(m: Machine, i: Insn): void {
  throw new GuestFault(SIGILL, ILL_ILLOPC, m.pc, `invalid form of ${i.row!.mnem} (R=1, RA!=0) at 0x${m.pc.toString(16)}`);
}

/** First execution of a row's instruction at this address: record the feature as used. */
function firstUse(m: Machine, i: Insn): void {
  const row = i.row as Row;
  m.used[FEATURE_BIT[row.feature]] = 1;
  if (row.uses) m.used[FEATURE_BIT[row.uses]] = 1;
  i.h = row.h;
  row.h(m, i);
}
