// Sparse guest address space in 4 KiB pages with R/W/X permissions and per-access endianness.
//
// Effective addresses are JS numbers (exact below 2^53; the guest never has anything mapped
// above 2^47, so anything larger simply faults). Pages below 4 GiB live in two-level tables
// (1024 directories of 1024 pages, created on first use, so a new Memory costs almost nothing);
// `rd`, `wr` and `ex` hold a page's DataView only while that access is allowed, so the fast path
// needs no separate permission check. Pages above 4 GiB go through a Map.
// Mapped pages never touched are backed by one shared zero page (read-only) until written.

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

const ZERO_PAGE = new Uint8Array(PAGE_SIZE);
/** Pages per buffer in setPagesData: 64 KiB buffers come from the recycled heap, not fresh memory. */
const BULK_PAGES = 16;
const ZERO_DV = new DataView(ZERO_PAGE.buffer);

interface HighPage { perm: number; data: Uint8Array | undefined }

/** The DataView for the page holding ea (< 4 GiB) in table `top`, if any. */
function pageView(top: (Dir<DataView> | undefined)[], ea: number): DataView | undefined {
  const d = top[ea >>> (PAGE_SHIFT + DIR_SHIFT)];
  return d === undefined ? undefined : d[(ea >>> PAGE_SHIFT) & DIR_MASK];
}

export class Memory {
  /** Little-endian data accesses (MSR[LE]). */
  le = false;
  private readonly rd: (Dir<DataView> | undefined)[] = new Array(DIRS);
  private readonly wr: (Dir<DataView> | undefined)[] = new Array(DIRS);
  private readonly ex: (Dir<DataView> | undefined)[] = new Array(DIRS);
  private readonly data: (Dir<Uint8Array> | undefined)[] = new Array(DIRS);
  private readonly perm = new Uint8Array(LOW_PAGES);
  private readonly high = new Map<number, HighPage>();
  /** Pages whose instructions are cached decoded; a write to one calls onCodeWrite first. */
  private readonly code = new Uint8Array(LOW_PAGES);
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
      if (p < LOW_PAGES && this.perm[p] & MAPPED) this.setPage(p, this.perm[p], this.pageData(p));
    }
  }

  /** Mapped page numbers in ascending order. */
  *mappedPages(): Generator<number> {
    const perm = this.perm; // skip unmapped 16 MiB stretches with one native compare each
    for (let c = 0; c < LOW_PAGES; c += PAGE_SIZE) {
      if (Buffer.compare(perm.subarray(c, c + PAGE_SIZE), ZERO_PAGE) === 0) continue;
      for (let p = c; p < c + PAGE_SIZE; p++) if (perm[p] & MAPPED) yield p;
    }
    for (const p of [...this.high.keys()].sort((a, b) => a - b)) yield p;
  }

  /** A page's own storage, or undefined while it is still the shared zero page. */
  pageData(p: number): Uint8Array | undefined {
    return p < LOW_PAGES ? dirGet(this.data, p) : this.high.get(p)?.data;
  }

  /** Installs contents for a mapped page (checkpoint restore); copies `bytes`. */
  setPageData(p: number, bytes: Uint8Array): void {
    const d = new Uint8Array(PAGE_SIZE);
    d.set(bytes);
    if (!this.pageData(p)) this.touchedPages++;
    this.setPage(p, this.pagePerm(p), d);
  }

  /**
   * Installs contents for many mapped pages at once (checkpoint restore): `bytes` holds them back
   * to back in the order of `pages`. One copy, into buffers of BULK_PAGES pages whose subarrays
   * become the pages' storage (one allocation per 16 pages, not per page).
   */
  setPagesData(pages: readonly number[], bytes: Uint8Array): void {
    let all = bytes;
    for (let i = 0; i < pages.length; i++) {
      const k = i % BULK_PAGES;
      if (k === 0) all = bytes.slice(i * PAGE_SIZE, Math.min(pages.length, i + BULK_PAGES) * PAGE_SIZE);
      const p = pages[i];
      if (!this.pageData(p)) this.touchedPages++;
      this.setPage(p, this.pagePerm(p), all.subarray(k * PAGE_SIZE, (k + 1) * PAGE_SIZE));
    }
  }

  private pagePerm(p: number): number {
    return p < LOW_PAGES ? this.perm[p] : (this.high.get(p)?.perm ?? 0);
  }

  private dropPage(p: number): void {
    if (this.pageData(p)) this.touchedPages--;
    if (p < LOW_PAGES) {
      if (this.code[p]) this.invalidateCode(p);
      dirSet(this.rd, p, undefined); dirSet(this.wr, p, undefined);
      dirSet(this.ex, p, undefined); dirSet(this.data, p, undefined);
      this.perm[p] = 0;
    } else {
      if (this.highCode.has(p)) this.invalidateCode(p);
      this.high.delete(p);
    }
  }

  private setPage(p: number, perm: number, data: Uint8Array | undefined): void {
    if (p >= LOW_PAGES) {
      if (this.highCode.has(p)) this.invalidateCode(p);
      this.high.set(p, { perm, data });
      return;
    }
    if (this.code[p]) this.invalidateCode(p);
    const dv = data ? new DataView(data.buffer, data.byteOffset, PAGE_SIZE) : ZERO_DV;
    const watch = this.watched.size ? (this.watched.get(p) ?? 0) : 0;
    dirSet(this.data, p, data);
    this.perm[p] = perm;
    dirSet(this.rd, p, perm & PROT_READ && !(watch & 1) ? dv : undefined);
    dirSet(this.ex, p, perm & PROT_EXEC ? dv : undefined);
    // Writes to a zero-backed page take the slow path, which gives it storage (and marks it dirty).
    const clean = this.dirty !== undefined && !this.dirty.has(p);
    dirSet(this.wr, p, perm & PROT_WRITE && data && !(watch & 2) && !clean ? dv : undefined);
  }

  private isCode(p: number): boolean {
    return p < LOW_PAGES ? this.code[p] === 1 : this.highCode.has(p);
  }

  private invalidateCode(p: number): void {
    this.codeEpoch++;
    if (p < LOW_PAGES) this.code[p] = 0;
    else this.highCode.delete(p);
    this.onCodeWrite(p);
  }

  /** Called by the decoder when it caches instructions of page p: writes must now tell it. */
  markCode(p: number): void {
    if (p >= LOW_PAGES) { this.highCode.add(p); return; } // written through the slow path anyway
    this.code[p] = 1;
    dirSet(this.wr, p, undefined);
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
      d = new Uint8Array(PAGE_SIZE);
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
        d = new Uint8Array(PAGE_SIZE);
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
