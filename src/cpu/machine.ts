// The machine: register state, memory, CPU model, the decoded-instruction cache and the
// interpreter loop. No static mutable state: any number of machines can exist at once.

import { FEATURE_BIT, type Feature, unitOf, type Unit } from '../features/features.js';
import type { CpuModel } from '../features/models.js';
import { DecodeTable } from './decode.js';
import { Insn } from './insn.js';
import { ALL_ROWS } from './isa/index.js';
import type { Row } from './isa/table.js';
import { GuestFault, Memory, PAGE_SHIFT } from './memory.js';
import { Rng } from './rng.js';
import { CpuState, Spr32, Spr64 } from './state.js';

export const SIGILL = 4;
export const SIGTRAP = 5;
export const SIGFPE = 8;
export const ILL_ILLOPC = 1;
export const ILL_PRVOPC = 5;
export const TRAP_BRKPT = 1;

const TWO32 = 4294967296;
const LOW_PAGES = 1 << (32 - PAGE_SHIFT);
const SLOTS = 1 << (PAGE_SHIFT - 2);

/** The instruction table, decoded once per process (immutable, shared by all machines). */
let sharedTable: DecodeTable | undefined;
export function decodeTable(): DecodeTable {
  return (sharedTable ??= new DecodeTable(ALL_ROWS));
}

/** The operating-system side of the machine (src/linux implements it). */
export interface Os {
  /** `sc` (or `scv` when scv is true) executed; m.nia is the address after it. May throw ProcessExit. */
  syscall(m: Machine, scv: boolean): void;
  /** A synchronous fault at m.pc: set up a handler frame (updating m.pc) or throw ProcessExit. */
  fault(m: Machine, f: GuestFault): void;
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
  readonly gh = this.st.gprHi;
  readonly gl = this.st.gprLo;
  readonly s32 = this.st.spr32;
  readonly s64 = this.st.spr64;

  /** Address of the current instruction and of the next one (handlers set nia to branch). */
  pc = 0;
  nia = 0;
  /** Instructions completed so far. */
  icount = 0;
  /** 64-bit mode (MSR[SF]); derived from MSR when it changes. */
  sf = false;
  /** Set by a host-side event (e.g. SIGUSR1) to stop the loop at the next boundary. */
  interruptRequested = false;

  /** Features this model has, and features the program has executed (by feature bit). */
  readonly has: Uint8Array;
  readonly used = new Uint8Array(64);

  os: Os | undefined;
  /** Deterministic random source (darn, AT_RANDOM, getrandom); reseeded by the OS layer. */
  rng = new Rng(0);
  /** Optional per-instruction observer (--trace). */
  tracer: ((m: Machine, i: Insn) => void) | undefined;

  private readonly table = decodeTable();
  private readonly icache: (Insn[] | undefined)[] = new Array(LOW_PAGES);
  private readonly icacheHigh = new Map<number, Insn[]>();
  private readonly stub: Insn;
  private readonly spe: boolean;

  constructor(readonly model: CpuModel) {
    this.has = new Uint8Array(64);
    for (const f of model.features) this.has[FEATURE_BIT[f]] = 1;
    this.spe = model.features.has('spe');
    this.s32[Spr32.PVR] = model.pvr >>> 0;
    this.stub = new Insn(0, 0, (m) => m.decodeHere(), undefined);
    this.mem.onCodeWrite = (p) => { this.icache[p] = undefined; };
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

  flushDecoded(): void {
    this.icache.fill(undefined);
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
    const row = this.table.lookup(word, this.spe);
    if (!row) return new Insn(word, addr, unimplemented, undefined);
    const bit = FEATURE_BIT[row.feature];
    if (!this.has[bit]) return new Insn(word, addr, missingFeature, row);
    const insn = new Insn(word, addr, row.h, row);
    if (!this.used[bit]) insn.h = firstUse;
    return insn;
  }

  /** The stub's handler: decode the instruction at the current pc, cache it, run it. */
  private decodeHere(): void {
    const pc = this.pc;
    const insn = this.decodeWord(this.mem.fetch32(pc), pc);
    this.pageFor(pc)[(pc >>> 2) & (SLOTS - 1)] = insn;
    insn.h(this, insn);
  }

  private pageFor(pc: number): Insn[] {
    const p = Math.floor(pc / (1 << PAGE_SHIFT));
    let page = p < LOW_PAGES ? this.icache[p] : this.icacheHigh.get(p);
    if (page) return page;
    if (!this.mem.executable(pc)) this.mem.fetch32(pc); // throws the fetch fault
    page = new Array<Insn>(SLOTS).fill(this.stub);
    if (p < LOW_PAGES) this.icache[p] = page;
    else this.icacheHigh.set(p, page);
    this.mem.markCode(p);
    return page;
  }

  /** The decoded instruction at addr (for tracing and disassembly of live code). */
  insnAt(addr: number): Insn {
    return this.decodeWord(this.mem.fetch32(addr), addr);
  }

  // ---- the interpreter loop -----------------------------------------------------------------

  /** Runs until icount reaches `limit`, the process exits, or an interrupt is requested. */
  run(limit: number): StopReason {
    for (;;) {
      try {
        if (this.tracer) this.loopTraced(limit);
        else this.loop(limit);
        if (this.interruptRequested) {
          this.interruptRequested = false;
          return { kind: 'interrupt' };
        }
        return { kind: 'limit' };
      } catch (e) {
        if (e instanceof ProcessExit) return { kind: 'exit', status: e.status, signo: e.signo };
        if (!(e instanceof GuestFault) || !this.os) throw e;
        this.nia = this.pc;
        try {
          this.os.fault(this, e); // sets up a handler frame or throws ProcessExit
        } catch (e2) {
          if (e2 instanceof ProcessExit) return { kind: 'exit', status: e2.status, signo: e2.signo };
          throw e2;
        }
      }
    }
  }

  private loop(limit: number): void {
    let pc = this.pc;
    while (this.icount < limit && !this.interruptRequested) {
      let page = pc < TWO32 ? this.icache[pc >>> PAGE_SHIFT] : this.icacheHigh.get(Math.floor(pc / 4096));
      if (page === undefined) page = this.pageFor(pc);
      const insn = page[(pc >>> 2) & (SLOTS - 1)];
      this.pc = pc;
      this.nia = this.sf ? pc + 4 : (pc + 4) >>> 0;
      insn.h(this, insn);
      pc = this.nia;
      this.icount++;
    }
    this.pc = pc;
  }

  private loopTraced(limit: number): void {
    while (this.icount < limit && !this.interruptRequested) {
      const pc = this.pc;
      const page = this.pageFor(pc);
      let insn = page[(pc >>> 2) & (SLOTS - 1)];
      if (insn === this.stub) insn = page[(pc >>> 2) & (SLOTS - 1)] = this.decodeWord(this.mem.fetch32(pc), pc);
      this.tracer!(this, insn);
      this.nia = this.sf ? pc + 4 : (pc + 4) >>> 0;
      insn.h(this, insn);
      this.pc = this.nia;
      this.icount++;
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

function unimplemented(m: Machine, i: Insn): void {
  const w = i.word.toString(16).padStart(8, '0');
  throw new GuestFault(SIGILL, ILL_ILLOPC, m.pc,
    `illegal or unimplemented instruction 0x${w} at 0x${m.pc.toString(16)}`);
}

function missingFeature(m: Machine, i: Insn): void {
  throw new GuestFault(SIGILL, ILL_ILLOPC, m.pc,
    `${i.row!.mnem} at 0x${m.pc.toString(16)} needs ${i.row!.feature}, which ${m.model.name} lacks`);
}

/** First execution of a row's instruction at this address: record the feature as used. */
function firstUse(m: Machine, i: Insn): void {
  const row = i.row as Row;
  m.used[FEATURE_BIT[row.feature]] = 1;
  i.h = row.h;
  row.h(m, i);
}
