// Sparse guest address space in 4 KiB pages with R/W/X permissions and per-access endianness.
//
// Effective addresses are JS numbers (exact below 2^53; the guest never has anything mapped
// above 2^47, so anything larger simply faults). Pages below 4 GiB live in two-level tables
// (1024 directories of 1024 pages, created on first use, so a new Memory costs almost nothing);
// `rd`, `wr` and `ex` hold a page's DataView only while that access is allowed, so the fast path
// needs no separate permission check. Pages above 4 GiB go through a Map.
// Mapped pages never touched are backed by one shared zero page (read-only) until written.
//
// Once the wasm tier compiles its first region for the machine (useArena), page storage lives in
// an arena, a shared WebAssembly.Memory (see `Arena` below and docs/ARCHITECTURE.md, "Guest
// memory and the arena"), which also holds the machine's register file and two flat page
// tables (read, write) that compiled regions index inline. Growing a shared memory never detaches its
// buffer, so no view on it (page DataViews, the registers' typed arrays) ever goes stale.

export const PAGE_SIZE = 1 << PAGE_SHIFT;
const PAGE_MASK = PAGE_SIZE - 1;
const LOW_PAGES = 1 << (32 - PAGE_SHIFT);
const TWO32 = 4294967296;

export const PROT_READ = 1;
export const PROT_WRITE = 2;
export const PROT_EXEC = 4;
const MAPPED = 8;

export const SIGSEGV = 11;
export const SEGV_MAPERR = 1;
export const SEGV_ACCERR = 2;

/** A synchronous guest exception raised by a handler; the run loop turns it into a signal. */
export class GuestFault {
  constructor(
    readonly signo: number,
    readonly code: number,
    readonly addr: number,
    readonly message = '',
    /** Print the message even when the guest handles the signal (unimplemented instructions). */
    readonly report = false,
  ) {}
}

import { type Dir, DIR_MASK, DIR_SHIFT, DIRS, dirGet, dirSet, PAGE_SHIFT } from './pagetable.js';

export { PAGE_SHIFT };

/**
 * Arena layout (byte offsets in the wasm memory). The register file (CpuState) is at 0, so 0 never
 * names a page and a table entry of 0 means "not here: take the slow path". The read and write
 * tables are flat: one 32-bit entry per 4 KiB page below 4 GiB (4 MiB each, at 4 MiB-aligned
 * offsets), the arena offset of that page's storage: a region's access costs one table load (a
 * two-level table cost two dependent ones). Table pages never written cost no host memory.
 */
export const ARENA_STATE = 0, ARENA_ZERO = 0x1000;
/** The wasm regions' entry table (wasm/chain.ts), ARENA_CHAIN_BYTES long. */
export const ARENA_CHAIN = 0x100000, ARENA_CHAIN_BYTES = 0x40000;
export const ARENA_RD_TOP = 0x400000, ARENA_WR_TOP = 0x800000;
/**
 * The regions' page caches (wasm/emit.ts hostAddr): ARENA_PAGE_CACHE_SLOTS slots of 16 bytes, each
 * a page of the read table a load site reached last: the guest page's address (i64; 2^63:
 * empty) and the host address of the page less the guest one (i32, wrapped). ARENA_PAGE_CACHED
 * (i32) is set when a slot is filled; any change to a table empties them all (Arena.setEntry).
 */
export const ARENA_PAGE_CACHE = 0x12000, ARENA_PAGE_CACHE_SLOTS = 256, ARENA_PAGE_CACHED = 0x13000;
/** Transfers into each entry of the chain's table (i32 per entry, wasm/chain.ts). */
export const ARENA_CHAIN_HITS = 0x140000;
/** Then the pages. */
const ARENA_FIRST = 0xc00000;
/** Wasm pages (64 KiB) the arena may grow to: 4 GiB, the most a 32-bit offset reaches. */
const ARENA_MAX = 65536;
const WASM_PAGE = 65536;

/**
 * The page pool in a shared WebAssembly.Memory: fresh pages from a bump pointer (the memory grows
 * by doubling, reserved up front by the engine, so growth copies nothing), freed pages on a free
 * list. When it cannot grow any further, `alloc` returns -1 and the caller uses a plain
 * ArrayBuffer page (an overflow page: JS accessors as ever, never in the wasm tables).
 */
export class Arena {
  readonly memory: WebAssembly.Memory;
  /** The current buffer (a new SharedArrayBuffer object after each growth; older ones stay valid). */
  buf: SharedArrayBuffer;
  /** Words of `buf`, for the table writes. */
  private w32: Int32Array;
  private next = ARENA_FIRST;
  private free: number[] = [];
  constructor() {
    let max = ARENA_MAX;
    for (;;) {
      try { this.memory = new WebAssembly.Memory({ initial: Math.ceil(ARENA_FIRST / WASM_PAGE), maximum: max, shared: true }); break; } catch (e) {
        if (max <= 256) throw e; // (a host that cannot reserve even 16 MiB)
        max >>= 2;
      }
    }
    this.buf = this.memory.buffer as unknown as SharedArrayBuffer;
    this.w32 = new Int32Array(this.buf);
    this.emptyCaches();
  }

  /** A zeroed page's offset (`zero` false: contents undefined, the caller overwrites it), or -1. */
  alloc(zero = true): number {
    const f = this.free.pop();
    if (f !== undefined) {
      if (zero) new Uint8Array(this.buf, f, PAGE_SIZE).fill(0);
      return f;
    }
    if (this.next + PAGE_SIZE > this.buf.byteLength && !this.grow(PAGE_SIZE)) return -1;
    const off = this.next;
    this.next += PAGE_SIZE;
    return off;
  }

  /** `n` fresh pages back to back (bulk restore), or -1 when the arena cannot hold them. */
  allocRun(n: number): number {
    if (this.next + n * PAGE_SIZE > this.buf.byteLength && !this.grow(n * PAGE_SIZE)) return -1;
    const off = this.next;
    this.next += n * PAGE_SIZE;
    return off;
  }

  release(off: number): void { this.free.push(off); }

  /** Grows so that `bytes` more fit past the bump pointer: at least doubling, within the maximum. */
  private grow(bytes: number): boolean {
    const have = this.buf.byteLength / WASM_PAGE;
    const need = Math.ceil((this.next + bytes) / WASM_PAGE);
    const want = Math.max(need, have * 2);
    try {
      this.memory.grow(want - have);
    } catch {
      if (need === want) return false;
      try { this.memory.grow(need - have); } catch { return false; } // the doubling did not fit
    }
    this.buf = this.memory.buffer as unknown as SharedArrayBuffer;
    this.w32 = new Int32Array(this.buf);
    return true;
  }

  /** Sets page p's entry in the table at `top` (ARENA_RD_TOP / ARENA_WR_TOP) to `off` (0: none). */
  setEntry(top: number, p: number, off: number): void {
    this.w32[(top >> 2) + p] = off;
    if (this.w32[ARENA_PAGE_CACHED >> 2] !== 0) this.emptyCaches();
  }

  /** Clears every entry of the table at `top`. */
  clear(top: number): void {
    this.w32.fill(0, top >> 2, (top >> 2) + LOW_PAGES);
    if (this.w32[ARENA_PAGE_CACHED >> 2] !== 0) this.emptyCaches();
  }

  /**
   * Empties the page caches, which the tables just changed under. (Only JS changes the tables:
   * between region runs or in a region's call out, after which its next access reads the cache
   * anew.)
   */
  private emptyCaches(): void {
    // (2^63 as the page: an address below 2^32 less it is 2^63 and up, never in the page)
    for (let k = ARENA_PAGE_CACHE >> 2; k < (ARENA_PAGE_CACHE >> 2) + 4 * ARENA_PAGE_CACHE_SLOTS; k += 4) this.w32[k + 1] = -0x80000000;
    this.w32[ARENA_PAGE_CACHED >> 2] = 0;
  }
}

/** Pages per buffer in setPagesData before the arena is in use: 64 KiB buffers come from the recycled heap, not fresh memory. */
const BULK_PAGES = 16;

const ZERO_PAGE = new Uint8Array(PAGE_SIZE);
const ZERO_DV = new DataView(ZERO_PAGE.buffer);

interface HighPage { perm: number; data: Uint8Array | undefined }

/** Pages per chunk of a PageBytes table (16 MiB of address space). */
const BYTES_CHUNK = 4096;
const ZERO_CHUNK = new Uint8Array(BYTES_CHUNK);

/**
 * One byte per page below 4 GiB, kept in chunks made on the first non-zero write: a new Memory
 * (every process, fork, exec and restore) zeroes no 1 MiB array (two of them cost a restore of
 * 1 MiB of memory a third of its time, with the collections they caused).
 */
class PageBytes {
  readonly chunks: (Uint8Array | undefined)[] = new Array(LOW_PAGES / BYTES_CHUNK);
  get(p: number): number {
    const c = this.chunks[(p / BYTES_CHUNK) | 0];
    return c === undefined ? 0 : c[p % BYTES_CHUNK];
  }
  set(p: number, v: number): void {
    const k = (p / BYTES_CHUNK) | 0;
    let c = this.chunks[k];
    if (c === undefined) {
      if (v === 0) return;
      c = this.chunks[k] = new Uint8Array(BYTES_CHUNK);
    }
    c[p % BYTES_CHUNK] = v;
  }
}

/** The DataView for the page holding ea (< 4 GiB) in table `top`, if any. */
function pageView(top: (Dir<DataView> | undefined)[], ea: number): DataView | undefined {
  const d = top[ea >>> (PAGE_SHIFT + DIR_SHIFT)];
  return d === undefined ? undefined : d[(ea >>> PAGE_SHIFT) & DIR_MASK];
}

export class Memory {
  /** Little-endian data accesses (MSR[LE]). */
  le = false;
  /**
   * The pages' storage, the wasm page tables and the registers' copy the regions use, made by
   * `useArena` when the wasm tier compiles its first region for this memory. Until then pages are
   * plain ArrayBuffers as they always were: a fork child or a restored process that never runs
   * hot code pays nothing for it (a shared wasm memory costs more to create and collect, and its
   * fresh pages a host page fault each, where small heap buffers come from recycled memory).
   */
  arena: Arena | undefined;
  private readonly rd: (Dir<DataView> | undefined)[] = new Array(DIRS);
  private readonly wr: (Dir<DataView> | undefined)[] = new Array(DIRS);
  private readonly ex: (Dir<DataView> | undefined)[] = new Array(DIRS);
  private readonly data: (Dir<Uint8Array> | undefined)[] = new Array(DIRS);
  private readonly perm = new PageBytes();
  private readonly high = new Map<number, HighPage>();
  /** Pages whose instructions are cached decoded; a write to one calls onCodeWrite first. */
  private readonly code = new PageBytes();
  private readonly highCode = new Set<number>();
  onCodeWrite: (page: number) => void = () => {};
  /** Counts invalidations of decoded code (compiled regions check it around stores). */
  codeEpoch = 0;
  /** Number of pages with their own (non-zero-page) storage. */
  touchedPages = 0;
  /**
   * Data watch (debugger): pages whose reads (bit 0) / writes (bit 1) leave the fast path, and the
   * callback the slow path calls before such an access (it may throw a GuestFault, which stops
   * the access before anything changes). Unarmed, the fast paths are unchanged.
   */
  private watched = new Map<number, number>();
  private onWatch: ((ea: number, n: number, write: boolean) => void) | undefined;
  /**
   * Dirty-page tracking (incremental checkpoints), like Linux's soft-dirty bits: while on, a page
   * gets its fast write view only once it is in the set, so its first write after trackDirty()
   * takes the slow path, which records it. Off (undefined), nothing changes.
   */
  private dirty: Set<number> | undefined;

  // ---- mapping ----------------------------------------------------------------------------

  /** Maps [addr, addr+len) with `prot` (page-aligned); existing contents are discarded (zeroed). */
  map(addr: number, len: number, prot: number): void {
    for (let p = addr / PAGE_SIZE, end = (addr + len) / PAGE_SIZE; p < end; p++) {
      this.dropPage(p);
      this.dirty?.add(p);
      this.setPage(p, prot | MAPPED, undefined);
    }
  }

  unmap(addr: number, len: number): void {
    for (let p = addr / PAGE_SIZE, end = (addr + len) / PAGE_SIZE; p < end; p++) {
      this.dirty?.add(p);
      this.dropPage(p);
    }
  }

  /** Changes permissions of mapped pages; returns false if any page in the range is unmapped. */
  protect(addr: number, len: number, prot: number): boolean {
    const first = addr / PAGE_SIZE, end = (addr + len) / PAGE_SIZE;
    for (let p = first; p < end; p++) if (!(this.pagePerm(p) & MAPPED)) return false;
    for (let p = first; p < end; p++) this.setPage(p, prot | MAPPED, this.pageData(p));
    return true;
  }

  isMapped(addr: number): boolean {
    return (this.pagePerm(Math.floor(addr / PAGE_SIZE)) & MAPPED) !== 0;
  }

  /** True when every page of [addr, addr+len) is unmapped. */
  isFree(addr: number, len: number): boolean {
    for (let p = addr / PAGE_SIZE, end = (addr + len) / PAGE_SIZE; p < end; p++) {
      if (this.pagePerm(p) & MAPPED) return false;
    }
    return true;
  }

  pageProt(pageNo: number): number { return this.pagePerm(pageNo) & 7; }

  /** Starts (or restarts) dirty-page tracking with an empty set. */
  trackDirty(): void {
    this.dirty = new Set();
    for (const d of this.wr) d?.fill(undefined);
    this.arena?.clear(ARENA_WR_TOP);
  }

  /** Pages written, mapped or unmapped since trackDirty(); undefined when not tracking. */
  dirtyPages(): ReadonlySet<number> | undefined {
    return this.dirty;
  }

  /** Arms the data watch on `pages` (page -> 1 read | 2 write) with `cb`; an empty map disarms. */
  setWatch(pages: ReadonlyMap<number, number>, cb: (ea: number, n: number, write: boolean) => void): void {
    const before = [...this.watched.keys()];
    this.watched = new Map(pages);
    this.onWatch = pages.size ? cb : undefined;
    for (const p of new Set([...before, ...pages.keys()])) {
      if (p < LOW_PAGES && this.perm.get(p) & MAPPED) this.setPage(p, this.perm.get(p), this.pageData(p));
    }
  }

  /** Mapped page numbers in ascending order. */
  *mappedPages(): Generator<number> {
    // (16 MiB stretches never mapped have no chunk; emptied ones are skipped by one native compare)
    for (let k = 0; k < this.perm.chunks.length; k++) {
      const c = this.perm.chunks[k];
      if (c === undefined || Buffer.compare(c, ZERO_CHUNK) === 0) continue;
      for (let i = 0; i < BYTES_CHUNK; i++) if (c[i] & MAPPED) yield k * BYTES_CHUNK + i;
    }
    for (const p of [...this.high.keys()].sort((a, b) => a - b)) yield p;
  }

  /** A page's own storage, or undefined while it is still the shared zero page. */
  pageData(p: number): Uint8Array | undefined {
    return p < LOW_PAGES ? dirGet(this.data, p) : this.high.get(p)?.data;
  }

  /** Installs contents for a mapped page (checkpoint restore, fork, mremap); copies `bytes`. */
  setPageData(p: number, bytes: Uint8Array): void {
    let d = this.pageData(p);
    if (!d) { d = this.newPage(false); this.touchedPages++; }
    d.set(bytes);
    this.setPage(p, this.pagePerm(p), d);
  }

  /**
   * Installs contents for many mapped pages at once (checkpoint restore): `bytes` holds them back
   * to back in the order of `pages`. Pages without storage yet get one run of fresh arena pages
   * and one copy; the rest are copied into their storage. `copied(end)` is told, every
   * BULK_PAGES pages and at the end, that bytes[0, end) were copied.
   */
  setPagesData(pages: readonly number[], bytes: Uint8Array, copied?: (end: number) => void): void {
    if (this.arena === undefined) {
      let all = bytes;
      for (let i = 0; i < pages.length; i++) {
        const k = i % BULK_PAGES;
        if (k === 0) {
          if (i > 0) copied?.(i * PAGE_SIZE);
          all = bytes.slice(i * PAGE_SIZE, Math.min(pages.length, i + BULK_PAGES) * PAGE_SIZE);
        }
        const p = pages[i];
        if (!this.pageData(p)) this.touchedPages++;
        this.setPage(p, this.pagePerm(p), all.subarray(k * PAGE_SIZE, (k + 1) * PAGE_SIZE));
      }
      copied?.(pages.length * PAGE_SIZE);
      return;
    }
    let fresh = 0;
    for (const p of pages) if (!this.pageData(p)) fresh++;
    const arena = this.arena;
    const run = fresh ? arena.allocRun(fresh) : -1;
    const dst = run >= 0 ? new Uint8Array(arena.buf, run, fresh * PAGE_SIZE) : undefined;
    let k = 0;
    for (let i = 0; i < pages.length; i++) {
      const p = pages[i];
      const src = bytes.subarray(i * PAGE_SIZE, (i + 1) * PAGE_SIZE);
      let d = this.pageData(p);
      if (d) d.set(src);
      else {
        if (dst !== undefined) { d = dst.subarray(k * PAGE_SIZE, (k + 1) * PAGE_SIZE); k++; d.set(src); } else {
          d = this.newPage(false);
          d.set(src);
        }
        this.touchedPages++;
      }
      this.setPage(p, this.pagePerm(p), d);
      if ((i + 1) % BULK_PAGES === 0) copied?.((i + 1) * PAGE_SIZE);
    }
    copied?.(pages.length * PAGE_SIZE);
  }

  /** Storage for one page: an arena page (a plain one before useArena, or when the arena is full). */
  private newPage(zero = true): Uint8Array {
    const arena = this.arena;
    const off = arena !== undefined ? arena.alloc(zero) : -1;
    return off >= 0 ? new Uint8Array(arena!.buf, off, PAGE_SIZE) : new Uint8Array(PAGE_SIZE);
  }

  /** Gives an arena page back (overflow pages are left to the collector). */
  private freePage(d: Uint8Array): void {
    if (d.buffer instanceof SharedArrayBuffer) this.arena?.release(d.byteOffset);
  }

  private pagePerm(p: number): number {
    return p < LOW_PAGES ? this.perm.get(p) : (this.high.get(p)?.perm ?? 0);
  }

  private dropPage(p: number): void {
    const old = this.pageData(p);
    if (old) { this.touchedPages--; this.freePage(old); }
    if (p < LOW_PAGES) {
      if (this.code.get(p)) this.invalidateCode(p);
      dirSet(this.rd, p, undefined); dirSet(this.wr, p, undefined);
      dirSet(this.ex, p, undefined); dirSet(this.data, p, undefined);
      this.arena?.setEntry(ARENA_RD_TOP, p, 0);
      this.arena?.setEntry(ARENA_WR_TOP, p, 0);
      this.perm.set(p, 0);
    } else {
      if (this.highCode.has(p)) this.invalidateCode(p);
      this.high.delete(p);
    }
  }

  /**
   * Moves every page's storage into the arena (the wasm tier calls it before compiling its first
   * region here; later pages are allocated there). Decoded code stays valid: the bytes do not
   * change, only where they live.
   */
  useArena(): Arena {
    if (this.arena !== undefined) return this.arena;
    const arena = this.arena = new Arena();
    for (const p of this.mappedPages()) {
      let d = this.pageData(p);
      if (d === undefined && p < LOW_PAGES) {
        // a zero-backed page (most of a stack): its JS views stay; the read table gets the zero
        // page, the write table nothing (its first write takes the slow path, as ever)
        const watch = this.watched.size ? (this.watched.get(p) ?? 0) : 0;
        if (this.perm.get(p) & PROT_READ && !(watch & 1)) arena.setEntry(ARENA_RD_TOP, p, ARENA_ZERO);
        continue;
      }
      const off = d ? arena.alloc(false) : -1;
      if (d && off >= 0) { // (else: the arena is full, the page stays plain, on the slow path)
        const old = d;
        d = new Uint8Array(arena.buf, off, PAGE_SIZE);
        d.set(old);
      }
      if (p >= LOW_PAGES) this.high.get(p)!.data = d;
      else this.installPage(p, this.perm.get(p), d); // (the tables get every page, zero-backed ones too)
    }
    return arena;
  }

  private setPage(p: number, perm: number, data: Uint8Array | undefined): void {
    if (p >= LOW_PAGES) {
      if (this.highCode.has(p)) this.invalidateCode(p);
      this.high.set(p, { perm, data });
      return;
    }
    if (this.code.get(p)) this.invalidateCode(p);
    this.installPage(p, perm, data);
  }

  /** Sets page p's storage, permissions and fast-path entries (JS views, wasm tables). */
  private installPage(p: number, perm: number, data: Uint8Array | undefined): void {
    const dv = data ? new DataView(data.buffer, data.byteOffset, PAGE_SIZE) : ZERO_DV;
    const watch = this.watched.size ? (this.watched.get(p) ?? 0) : 0;
    dirSet(this.data, p, data);
    this.perm.set(p, perm);
    dirSet(this.rd, p, perm & PROT_READ && !(watch & 1) ? dv : undefined);
    dirSet(this.ex, p, perm & PROT_EXEC ? dv : undefined);
    // Writes to a zero-backed page take the slow path, which gives it storage (and marks it dirty).
    const clean = this.dirty !== undefined && !this.dirty.has(p);
    const writable = perm & PROT_WRITE && data && !(watch & 2) && !clean && !this.code.get(p);
    dirSet(this.wr, p, writable ? dv : undefined);
    // The wasm tables mirror rd/wr for arena pages (overflow pages are left to the slow path).
    const inArena = data !== undefined && data.buffer instanceof SharedArrayBuffer;
    if (this.arena === undefined) return;
    this.arena.setEntry(ARENA_RD_TOP, p, !(perm & PROT_READ) || watch & 1 ? 0 : !data ? ARENA_ZERO : inArena ? data.byteOffset : 0);
    this.arena.setEntry(ARENA_WR_TOP, p, writable && inArena ? data.byteOffset : 0);
  }

  private isCode(p: number): boolean {
    return p < LOW_PAGES ? this.code.get(p) === 1 : this.highCode.has(p);
  }

  private invalidateCode(p: number): void {
    this.codeEpoch++;
    if (p < LOW_PAGES) this.code.set(p, 0);
    else this.highCode.delete(p);
    this.onCodeWrite(p);
  }

  /** Called by the decoder when it caches instructions of page p: writes must now tell it. */
  markCode(p: number): void {
    if (p >= LOW_PAGES) { this.highCode.add(p); return; } // written through the slow path anyway
    this.code.set(p, 1);
    dirSet(this.wr, p, undefined);
    this.arena?.setEntry(ARENA_WR_TOP, p, 0);
  }

  /** Page storage for a write at page p, allocating it and handling code pages; or a fault. */
  private writablePage(p: number, ea: number): Uint8Array {
    const perm = this.pagePerm(p);
    if (!(perm & MAPPED)) throw new GuestFault(SIGSEGV, SEGV_MAPERR, ea);
    if (!(perm & PROT_WRITE)) throw new GuestFault(SIGSEGV, SEGV_ACCERR, ea);
    let d = this.pageData(p);
    if (this.isCode(p)) this.invalidateCode(p);
    this.dirty?.add(p);
    if (!d) {
      d = this.newPage();
      this.touchedPages++;
    }
    this.setPage(p, perm, d);
    return d;
  }

  private readablePage(p: number, ea: number, exec: boolean): Uint8Array {
    const perm = this.pagePerm(p);
    if (!(perm & MAPPED)) throw new GuestFault(SIGSEGV, SEGV_MAPERR, ea);
    if (!(perm & (exec ? PROT_EXEC : PROT_READ))) throw new GuestFault(SIGSEGV, SEGV_ACCERR, ea);
    return this.pageData(p) ?? ZERO_PAGE;
  }

  private static pageOf(ea: number): number {
    if (!(ea >= 0 && ea < 2 ** 53)) throw new GuestFault(SIGSEGV, SEGV_MAPERR, ea);
    return Math.floor(ea / PAGE_SIZE);
  }

  // ---- byte-granular slow paths -------------------------------------------------------------

  /** Reads `n` bytes at ea into a big-endian-ordered number (n <= 4), honouring `le`. */
  private slowRead(ea: number, n: number, exec = false): number {
    if (!exec) this.checkReadable(ea, n); // the fault names the lowest bad byte, as the DAR does
    let v = 0;
    for (let k = 0; k < n; k++) {
      const a = ea + (this.le ? n - 1 - k : k);
      const b = this.readablePage(Memory.pageOf(a), a, exec)[a & PAGE_MASK];
      v = v * 256 + b;
    }
    return v;
  }

  private slowWrite(ea: number, n: number, v: number): void {
    this.checkWritable(ea, n); // a faulting write changes nothing
    for (let k = n - 1; k >= 0; k--) {
      const a = ea + (this.le ? n - 1 - k : k);
      this.writablePage(Memory.pageOf(a), a)[a & PAGE_MASK] = v & 0xff;
      v = Math.floor(v / 256);
    }
  }

  // ---- data accesses (hot) ------------------------------------------------------------------

  read8(ea: number): number {
    if (ea < TWO32) {
      const dv = pageView(this.rd, ea);
      if (dv !== undefined) return dv.getUint8(ea & PAGE_MASK);
    }
    return this.slowRead(ea, 1);
  }

  read16(ea: number): number {
    if (ea < TWO32) {
      const dv = pageView(this.rd, ea);
      const o = ea & PAGE_MASK;
      if (dv !== undefined && o <= PAGE_SIZE - 2) return dv.getUint16(o, this.le);
    }
    return this.slowRead(ea, 2);
  }

  read32(ea: number): number {
    if (ea < TWO32) {
      const dv = pageView(this.rd, ea);
      const o = ea & PAGE_MASK;
      if (dv !== undefined && o <= PAGE_SIZE - 4) return dv.getUint32(o, this.le);
    }
    return this.slowRead(ea, 4) >>> 0;
  }

  /** Upper half of the last read64. */
  hi = 0;
  /** Reads a doubleword; returns the low half, the high half is left in `this.hi`. */
  read64(ea: number): number {
    if (ea < TWO32) {
      const dv = pageView(this.rd, ea);
      const o = ea & PAGE_MASK;
      if (dv !== undefined && o <= PAGE_SIZE - 8) {
        if (this.le) {
          this.hi = dv.getUint32(o + 4, true);
          return dv.getUint32(o, true);
        }
        this.hi = dv.getUint32(o, false);
        return dv.getUint32(o + 4, false);
      }
    }
    const a = this.slowRead(this.le ? ea + 4 : ea, 4) >>> 0;
    const b = this.slowRead(this.le ? ea : ea + 4, 4) >>> 0;
    this.hi = a;
    return b;
  }

  write8(ea: number, v: number): void {
    if (ea < TWO32) {
      const dv = pageView(this.wr, ea);
      if (dv !== undefined) { dv.setUint8(ea & PAGE_MASK, v); return; }
    }
    this.slowWrite(ea, 1, v & 0xff);
  }

  write16(ea: number, v: number): void {
    if (ea < TWO32) {
      const dv = pageView(this.wr, ea);
      const o = ea & PAGE_MASK;
      if (dv !== undefined && o <= PAGE_SIZE - 2) { dv.setUint16(o, v, this.le); return; }
    }
    this.slowWrite(ea, 2, v & 0xffff);
  }

  write32(ea: number, v: number): void {
    if (ea < TWO32) {
      const dv = pageView(this.wr, ea);
      const o = ea & PAGE_MASK;
      if (dv !== undefined && o <= PAGE_SIZE - 4) { dv.setUint32(o, v, this.le); return; }
    }
    this.slowWrite(ea, 4, v >>> 0);
  }

  write64(ea: number, hi: number, lo: number): void {
    if (ea < TWO32) {
      const dv = pageView(this.wr, ea);
      const o = ea & PAGE_MASK;
      if (dv !== undefined && o <= PAGE_SIZE - 8) {
        if (this.le) { dv.setUint32(o, lo, true); dv.setUint32(o + 4, hi, true); }
        else { dv.setUint32(o, hi, false); dv.setUint32(o + 4, lo, false); }
        return;
      }
    }
    // Probe both words before writing either so a fault leaves memory unchanged.
    this.checkWritable(ea, 8);
    if (this.le) { this.slowWrite(ea, 4, lo >>> 0); this.slowWrite(ea + 4, 4, hi >>> 0); }
    else { this.slowWrite(ea, 4, hi >>> 0); this.slowWrite(ea + 4, 4, lo >>> 0); }
  }

  /** Throws the fault a write of n bytes at ea would take, if any (a data watch's included). */
  checkWritable(ea: number, n: number): void {
    for (let k = 0; k < n; k++) {
      const a = ea + k;
      const p = Memory.pageOf(a);
      const perm = this.pagePerm(p);
      if (!(perm & MAPPED)) throw new GuestFault(SIGSEGV, SEGV_MAPERR, a);
      if (!(perm & PROT_WRITE)) throw new GuestFault(SIGSEGV, SEGV_ACCERR, a);
    }
    this.onWatch?.(ea, n, true);
  }

  /** Throws the fault a read of n bytes at ea would take, if any (a data watch's included). */
  checkReadable(ea: number, n: number): void {
    for (let k = 0; k < n; k++) this.readablePage(Memory.pageOf(ea + k), ea + k, false);
    this.onWatch?.(ea, n, false);
  }

  /** Instruction fetch: the 32-bit word at ea (4-aligned), in the current byte order. */
  fetch32(ea: number): number {
    if (ea < TWO32) {
      const dv = pageView(this.ex, ea);
      if (dv !== undefined) return dv.getUint32(ea & PAGE_MASK, this.le);
    }
    return this.slowRead(ea, 4, true) >>> 0;
  }

  /** Whether the page holding ea may be executed (for the decoder's page cache). */
  executable(ea: number): boolean {
    return ea < TWO32 ? pageView(this.ex, ea) !== undefined
      : ((this.high.get(Math.floor(ea / PAGE_SIZE))?.perm ?? 0) & PROT_EXEC) !== 0;
  }

  // ---- bulk host-side helpers (loader, syscalls) ---------------------------------------------

  /** Copies guest bytes out, ignoring permissions except mapping; faults on unmapped. */
  readBytes(ea: number, len: number): Uint8Array {
    const out = new Uint8Array(len);
    let done = 0;
    while (done < len) {
      const a = ea + done;
      const p = Memory.pageOf(a);
      if (!(this.pagePerm(p) & MAPPED)) throw new GuestFault(SIGSEGV, SEGV_MAPERR, a);
      const src = this.pageData(p) ?? ZERO_PAGE;
      const o = a & PAGE_MASK;
      const n = Math.min(len - done, PAGE_SIZE - o);
      out.set(src.subarray(o, o + n), done);
      done += n;
    }
    return out;
  }

  /** Copies bytes in; `force` ignores write protection (the loader filling read-only text). */
  writeBytes(ea: number, bytes: Uint8Array, force = false): void {
    let done = 0;
    while (done < bytes.length) {
      const a = ea + done;
      const p = Memory.pageOf(a);
      const perm = this.pagePerm(p);
      if (!(perm & MAPPED)) throw new GuestFault(SIGSEGV, SEGV_MAPERR, a);
      if (!force && !(perm & PROT_WRITE)) throw new GuestFault(SIGSEGV, SEGV_ACCERR, a);
      this.dirty?.add(p);
      let d = this.pageData(p);
      if (!d) {
        d = this.newPage();
        this.touchedPages++;
        this.setPage(p, perm, d);
      } else if (this.isCode(p)) {
        this.invalidateCode(p);
        this.setPage(p, perm, d);
      }
      const o = a & PAGE_MASK;
      const n = Math.min(bytes.length - done, PAGE_SIZE - o);
      d.set(bytes.subarray(done, done + n), o);
      done += n;
    }
  }

  /** Reads a NUL-terminated string (at most max bytes). */
  readCString(ea: number, max = 4096): string {
    const bytes: number[] = [];
    for (let i = 0; i < max; i++) {
      const b = this.readBytes(ea + i, 1)[0];
      if (b === 0) break;
      bytes.push(b);
    }
    return Buffer.from(bytes).toString('latin1');
  }
}
