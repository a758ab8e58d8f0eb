// Region chaining: control passes from one wasm region to another without going back to JS.
//
// A region that branches to an address outside itself returns MEMBER_EXIT + j with the address
// in SCR_PC (compile.ts). Entered from JS, a region runs under a small wasm trampoline (one per
// machine and mode) that looks that address up in an entry table in the arena (ARENA_CHAIN: a
// direct-mapped hash of guest address -> table index of a region and the member to enter it at)
// and, on a hit, calls that region through a shared funcref table (call_indirect), with the
// budget the first one left (SCR_LEFT). Each region spills its registers on leaving and loads
// them on entry, so the buffer holds exact state at every transfer, as when JS is in between.
//
// The trampoline counts the transfers into each entry (ARENA_CHAIN_HITS); compile.ts looks at
// the counts every SCAN_EVERY transfers and merges a small region the chain keeps entering into
// the region that leads into it (a block hot only after that region was made, which was full).
//
// Counts stay exact: the trampoline adds each region's count (SCR_DONE) to SCR_TOTAL, which a
// handler call from a later region adds to the machine's count first (compile.ts), and returns
// with SCR_DONE = the whole count and SCR_NEXT = the index of the last region run, whose JS side
// then handles its status (a fault, a handler's nia, an exit: Chain.last).
//
// The table holds only entries JS would take too (Machine.blockLoop, compileWasmBlock): a
// region whose head still runs it, every member valid, compiled for the mode (sf) the
// trampoline runs in (an MSR[SF] or MSR[LE] change leaves a region first). It is cleared
// whenever blocks are dropped (code written, unmapped, a breakpoint set, MSR[LE] changed) or a
// region is replaced; regions put their entries back when next entered from JS.

import type { Machine } from '../machine.js';
import { ARENA_CHAIN, ARENA_CHAIN_BYTES, ARENA_CHAIN_HITS, type Arena } from '../memory.js';
import type { Block } from '../translate.js';
import { Code, F64, I32, module, Op, VOID } from './encode.js';
import { MEMBER_EXIT, SCR_CHAINED, SCR_DONE, SCR_ENTRY, SCR_LEFT, SCR_NEXT, SCR_PC, SCR_TOTAL } from './layout.js';

/** Entries of the table: 16 bytes each (f64 address, i32 region index + 1, i32 member | sf << 31). */
const SLOTS = ARENA_CHAIN_BYTES / 16;

/** The JS side of a region in the chain: handles the status of a run that ended in it. */
export type AfterRun = (m: Machine, status: number) => void;

/** A region in the chain, as compile.ts sees it (for merging small regions into others). */
export interface ChainRegion {
  readonly members: readonly Block[];
  readonly sf: boolean;
  /** It cannot loop and has fewer instructions than a region's probe asks for. */
  readonly small: boolean;
  /** Its head still runs it and every member is valid. */
  live(): boolean;
  /** Compiles it anew with the blocks `take` added (if there is room); whether it did. */
  take(m: Machine, take: readonly Block[]): boolean;
}

/** Transfers between scans of the entries' counts (Chain.hot). */
export const SCAN_EVERY = 1 << 19;

/** The trampoline (sf: the mode its regions are compiled for; a constant in its code). */
function trampoline(sf: boolean): Uint8Array<ArrayBuffer> {
  const left = 0, s = 1, slot = 2, e = 3, idx = 4, nia = 5, hit = 6;
  const c = new Code();
  c.op(Op.loop, VOID);
  c.get(left).i32(0).mem(Op.i32_load, 2, SCR_NEXT).callIndirect(0).set(s);
  c.i32(0).i32(0).mem(Op.i32_load, 2, SCR_TOTAL).i32(0).mem(Op.i32_load, 2, SCR_DONE).op(Op.i32_add).mem(Op.i32_store, 2, SCR_TOTAL);
  c.op(Op.block, VOID);
  c.get(s).i32(MEMBER_EXIT).op(Op.i32_lt_u, Op.br_if, 0);
  // the entry for the address: same address, same mode, a region
  c.i32(0).mem(Op.f64_load, 3, SCR_PC).tee(nia).truncSatU64().op(Op.i32_wrap_i64);
  c.i32(2).op(Op.i32_shr_u).i32(SLOTS - 1).op(Op.i32_and).i32(4).op(Op.i32_shl).tee(slot);
  c.mem(Op.f64_load, 3, ARENA_CHAIN).get(nia).op(Op.f64_ne, Op.br_if, 0);
  c.get(slot).mem(Op.i32_load, 2, ARENA_CHAIN + 12).tee(e).i32(31).op(Op.i32_shr_u).i32(sf ? 1 : 0).op(Op.i32_ne, Op.br_if, 0);
  c.get(slot).mem(Op.i32_load, 2, ARENA_CHAIN + 8).tee(idx).op(Op.i32_eqz, Op.br_if, 0);
  c.i32(0).get(idx).i32(1).op(Op.i32_sub).mem(Op.i32_store, 2, SCR_NEXT);
  c.i32(0).get(e).i32(0x7fffffff).op(Op.i32_and).mem(Op.i32_store, 2, SCR_ENTRY);
  c.i32(0).mem(Op.i32_load, 2, SCR_LEFT).set(left);
  c.i32(0).i32(0).mem(Op.i32_load, 2, SCR_CHAINED).i32(1).op(Op.i32_add).mem(Op.i32_store, 2, SCR_CHAINED);
  c.get(slot).i32(2).op(Op.i32_shr_u).tee(hit).get(hit).mem(Op.i32_load, 2, ARENA_CHAIN_HITS).i32(1).op(Op.i32_add).mem(Op.i32_store, 2, ARENA_CHAIN_HITS);
  c.op(Op.br, 1, Op.end, Op.end);
  c.i32(0).i32(0).mem(Op.i32_load, 2, SCR_TOTAL).mem(Op.i32_store, 2, SCR_DONE);
  c.get(s);
  return module([], { params: [I32], results: [I32] }, [I32, I32, I32, I32, F64, I32], Uint8Array.from(c.b), true);
}

/** A machine's chain: the funcref table of its regions, the entry table, the trampolines. */
export class Chain {
  readonly table = new WebAssembly.Table({ element: 'anyfunc', initial: 16 });
  /** By table index: the region's JS side, and the region. */
  private readonly after: AfterRun[] = [];
  readonly regions: ChainRegion[] = [];
  /** Transfers since the counts were last looked at (compile.ts). */
  since = 0;
  /** Bumped by every clear: a region whose entries went in under an older one puts them back. */
  gen = 0;
  private readonly go: [(left: number) => number, (left: number) => number];
  /** Words of the arena from 0 to the table's end (the scratch slots and the table). */
  private readonly i32: Int32Array;
  /** The table as doubles (each slot's address). */
  private readonly f64: Float64Array;
  /** The transfers into each entry. */
  private readonly hits: Int32Array;
  constructor(readonly arena: Arena) {
    const imports = { m: { mem: arena.memory, tab: this.table } };
    const run = (sf: boolean) => new WebAssembly.Instance(new WebAssembly.Module(trampoline(sf)), imports).exports.run as (left: number) => number;
    this.go = [run(false), run(true)];
    // (views on the arena's first buffer stay valid when it grows: shared memory)
    this.i32 = new Int32Array(arena.buf, 0, (ARENA_CHAIN + ARENA_CHAIN_BYTES) >> 2);
    this.f64 = new Float64Array(arena.buf, ARENA_CHAIN, ARENA_CHAIN_BYTES >> 3);
    this.hits = new Int32Array(arena.buf, ARENA_CHAIN_HITS, SLOTS);
  }

  /** Adds a region's exported function; its table index. */
  add(run: WebAssembly.ExportValue, after: AfterRun, region: ChainRegion): number {
    const idx = this.after.length;
    if (idx >= this.table.length) this.table.grow(this.table.length);
    this.table.set(idx, run as (left: number) => number);
    this.after.push(after);
    this.regions.push(region);
    return idx;
  }

  /**
   * Region `idx` is entered at its member `member` for a branch to `addr` (in mode sf). A head
   * entry (member 0) for the same address is kept: as Machine.blockLoop runs a block that heads a
   * region by its own region.
   */
  put(addr: number, idx: number, member: number, sf: boolean): void {
    const k = ((addr % 0x100000000) >>> 2) & (SLOTS - 1);
    const w = this.i32, at = (ARENA_CHAIN >> 2) + 4 * k;
    if (member !== 0 && this.f64[2 * k] === addr && w[at + 2] !== 0 && (w[at + 3] & 0x7fffffff) === 0) return;
    this.f64[2 * k] = addr;
    w[at + 2] = idx + 1;
    w[at + 3] = member | (sf ? 0x80000000 : 0);
  }

  /** Forgets every entry (a region was replaced or blocks were dropped). */
  clear(): void {
    this.i32.fill(0, ARENA_CHAIN >> 2);
    this.hits.fill(0);
    this.gen++;
  }

  /**
   * The entries transfers went into `min` times or more since the last call (region index,
   * member, address), the most entered first; the counts start again from zero.
   */
  hot(min: number): { idx: number; member: number; addr: number }[] {
    const out: { idx: number; member: number; addr: number; n: number }[] = [];
    const w = this.i32, h = this.hits;
    for (let k = 0; k < SLOTS; k++) {
      const at = (ARENA_CHAIN >> 2) + 4 * k;
      if (h[k] >= min && w[at + 2] !== 0) out.push({ idx: w[at + 2] - 1, member: w[at + 3] & 0x7fffffff, addr: this.f64[2 * k], n: h[k] });
    }
    h.fill(0);
    return out.sort((a, b) => b.n - a.n);
  }

  /**
   * Runs region idx from member `entry` with budget `left`, then the regions it chains to. The
   * status is the last one's; SCR_DONE holds the count of all, and `chained` how many entries
   * the trampoline made.
   */
  run(idx: number, entry: number, left: number, sf: boolean): number {
    const w = this.i32;
    w[SCR_NEXT >> 2] = idx;
    w[SCR_ENTRY >> 2] = entry;
    w[SCR_TOTAL >> 2] = 0;
    w[SCR_CHAINED >> 2] = 0;
    return this.go[sf ? 1 : 0](left > 0x7fffffff ? 0x7fffffff : left);
  }

  get chained(): number { return this.i32[SCR_CHAINED >> 2]; }

  /** The status of the last run, handled by the region it ended in. */
  last(m: Machine, status: number): void {
    callAfter(this.after[this.i32[SCR_NEXT >> 2]], m, status);
  }
}

/**
 * Calls a region's JS side. Each region has its own closure: this site is made to see two at load
 * time, so that V8 never optimises it for one region's closure (and throws that code away at the
 * next region's; see machine.ts callBlockFn).
 */
function callAfter(f: AfterRun, m: Machine, status: number): void {
  f(m, status);
}
const noAfter: AfterRun[] = [() => {}, () => {}];
for (let k = 0; k < 32; k++) callAfter(noAfter[k & 1], undefined as unknown as Machine, 0);

const CHAINS = new WeakMap<Machine, Chain>();

/** Machine m's chain on arena `arena` (a new one for a new arena). */
export function chainOf(m: Machine, arena: Arena): Chain {
  let ch = CHAINS.get(m);
  if (ch === undefined || ch.arena !== arena) {
    const fresh = new Chain(arena);
    fresh.clear();
    m.onBlocksDropped = () => fresh.clear();
    CHAINS.set(m, (ch = fresh));
  }
  return ch;
}
