// The records: each is ONE description (a sequence of codec field operations) used to save, to
// size and to load it, plus its version and the rule deciding whether it is present.
// Stored values are architected: 64-bit registers as 64-bit integers, CR/XER as their 32-bit
// values, VSRs as two doublewords (ISA doubleword 0 first), page contents as guest bytes.

import { CLOCK_MODES } from '../cpu/clock.js';
import { DBCR0_DAC, DBCR0_IAC, DEBUG64_CIABR, DEBUG64_DAWR1, DEBUG64_DAWRX1 } from '../cpu/debugregs.js';
import { type Machine } from '../cpu/machine.js';
import { PAGE_SIZE } from '../cpu/memory.js';
import { Spr32, Spr64 } from '../cpu/state.js';
import { NSIG } from '../linux/abi.js';
import type { FileKind, OpenFile, Pipe, StdStreams } from '../linux/files.js';
import { F_RDLCK, F_WRLCK, fileKey } from '../linux/locks.js';
import { LinuxProcess, PID, type SigAction } from '../linux/process.js';
import type { SigInfo } from '../linux/signals.js';
import { type PendingSignal, Thread, type Wait } from '../linux/threads.js';
import { Codec } from './codec.js';
import { Bit, type Header, MODE_LE, MODE_PROC64, MODE_SF, recordLabel, UNIT_BITS } from './format.js';

/** Everything a description may need, in either direction. */
export interface Ctx {
  m: Machine;
  /** The process: given when saving; created by the PROCESS description when loading. */
  proc: LinuxProcess | undefined;
  header?: Header;
  // ---- loading --------------------------------------------------------------------------
  streams?: StdStreams;
  strace?: boolean;
  /** --fs-root given at restore (overrides the image's). */
  fsRoot?: string;
  /** --sysroot given at restore (overrides the image's). */
  sysroot?: string;
  /** The fs root recorded in the image ('' when none). */
  imageFsRoot?: string;
  /** Host files to reopen once the image is accepted. */
  hostFiles: OpenFile[];
  /** Record locks to set once the host files are reopened (record LOCKS; `end` Infinity: to the end of the file). */
  locks?: { fd: number; ofd: boolean; type: number; start: number; end: number }[];
  // ---- both -----------------------------------------------------------------------------
  /** Loading: the version of the record being read (a description may read older versions). */
  version?: number;
  /** Book E debug: number of IACs / DACs in the record (saving: computed; loading: read). */
  niac: number;
  ndac: number;
  // ---- saving caches (computed once, shared by the measure and write passes) ---------------
  mappings?: [addr: number, len: number, prot: number][];
  pages?: number[];
  // ---- incremental images ------------------------------------------------------------------
  /** The parent image (saving: given; loading: read from record PARENT). */
  parent?: ParentRef;
  /** Saving an incremental image: the pages written, mapped or unmapped since the parent. */
  dirty?: ReadonlySet<number>;
  // ---- loading: what the other threads' records hold (for the target checks) --------------------
  /** Record bits present in any thread other than the running one. */
  threadBits?: Set<number>;
}

/** What an incremental image records of its parent, and the pages it zeroes. */
export interface ParentRef {
  /** The parent's file name, relative to the child's directory. */
  name: string;
  /** The parent file's size and CRC32: its identity. */
  size: number;
  crc: number;
  /** Pages mapped and all zero here that the parent chain may hold contents for. */
  zeroPages: number[];
}

export interface RecordDesc {
  bit: Bit;
  name: string;
  version: number;
  /** Older versions this description still reads (it sees x.version). */
  reads?: readonly number[];
  /** Older versions it no longer reads, with the reason a restore would be wrong. */
  refuses?: Readonly<Record<number, string>>;
  /** Deflate the payload when compression is requested. */
  compressible: boolean;
  present(x: Ctx): boolean;
  describe(c: Codec, x: Ctx): void;
  /** Loading an image without this record: give its registers their exec-time values. */
  absent?(x: Ctx): void;
  /** A thread's record (registers): every thread has its own set (the others' in THREADS). */
  perThread?: boolean;
}

/** VSCR at exec: NJ set, as Linux's start_thread (and src/linux/loader.ts) leave it. */
export const VSCR_AT_EXEC = 0x00010000;

// ---- CORE -----------------------------------------------------------------------------------

/** Upper halves as a 32-bit CPU holds them: zero. */
const NO_UPPER = new Uint32Array(1);

function core(c: Codec, x: Ctx): void {
  const m = x.m;
  // A 32-bit model's registers are 32 bits wide: the upper halves the emulator computes anyway
  // (invisible in 32-bit mode, cleared by a restore on a 32-bit model) are saved as zero, so an
  // image does not depend on whether the process was restored on the way.
  const narrow = c.writing && m.model.bits === 32;
  const pair = (a: Uint32Array, hi: number, lo: number) => c.pairAt(narrow ? NO_UPPER : a, narrow ? 0 : hi, a, lo);
  for (let i = 0; i < 32; i++) c.pairAt(narrow ? NO_UPPER : m.gh, narrow ? 0 : i, m.gl, i);
  const nia = c.u64n(m.pc);
  const msr = c.u64(m.st.getSpr64(Spr64.MSR));
  c.u32At(m.s32, Spr32.CR);
  c.u32At(m.s32, Spr32.XER);
  for (const r of [Spr64.LR, Spr64.CTR, Spr64.TAR, Spr64.PPR, Spr64.DSCR, Spr64.SPRG3]) pair(m.s64, 2 * r, 2 * r + 1);
  c.u32At(m.s32, Spr32.USPRG0);
  // the reservation (lwarx/ldarx ... stwcx./stdcx.)
  c.u32At(m.s32, Spr32.RESVALID);
  c.u32At(m.s32, Spr32.RESSIZE);
  pair(m.s64, 2 * Spr64.RESADDR, 2 * Spr64.RESADDR + 1);
  const icount = c.u64n(m.icount);
  if (c.reading) {
    if (nia % 4) c.fail(`NIA 0x${nia.toString(16)} is not word-aligned`);
    const h = x.header;
    if (h) {
      if ((((msr >> 63n) & 1n) === 1n) !== ((h.mode & MODE_SF) !== 0)) c.fail('MSR[SF] contradicts the header mode');
      if (((msr & 1n) === 1n) !== ((h.mode & MODE_LE) !== 0)) c.fail('MSR[LE] contradicts the header mode');
      if (icount !== h.icount) c.fail(`instruction count ${icount} contradicts the header's ${h.icount}`);
    }
    m.setMsr(Number(msr >> 32n), Number(msr & 0xffffffffn));
    m.pc = m.nia = nia;
    m.st.setSpr64(Spr64.NIA, BigInt(nia));
    m.icount = icount; // after pc: the counter anchors at the current pc
  }
}

// ---- units ----------------------------------------------------------------------------------

function fp(c: Codec, x: Ctx): void {
  const v = x.m.st.vsrU64;
  for (let i = 0; i < 32; i++) c.u64At(v, 2 * i); // FPR i = doubleword 0 of VSR i
  c.spr64At(x.m.s64, Spr64.FPSCR);
}

function vmx(c: Codec, x: Ctx): void {
  const v = x.m.st.vsrU64;
  for (let i = 32; i < 64; i++) { c.u64At(v, 2 * i); c.u64At(v, 2 * i + 1); } // VR i = VSR 32+i
  c.u32At(x.m.s32, Spr32.VSCR);
  c.u32At(x.m.s32, Spr32.VRSAVE);
}

function vsx(c: Codec, x: Ctx): void {
  const v = x.m.st.vsrU64;
  for (let i = 0; i < 32; i++) c.u64At(v, 2 * i + 1); // doubleword 1 of VSR 0..31 (NT_PPC_VSX)
}

function spe(c: Codec, x: Ctx): void {
  for (let i = 0; i < 32; i++) c.u32At(x.m.st.speHi, i);
  c.spr64At(x.m.s64, Spr64.ACC);
  c.u32At(x.m.s32, Spr32.SPEFSCR);
}

/** Why a record of version v cannot be read by this description, or undefined when it can. */
export function versionProblem(r: RecordDesc, v: number): string | undefined {
  if (v === r.version || r.reads?.includes(v)) return undefined;
  return `version ${v} is not supported (this ppcemu reads version ${r.version}; ` +
    (v > r.version ? 'the image may come from a newer ppcemu)' : `an older ppcemu wrote it${r.refuses?.[v] ? `: ${r.refuses[v]}` : ''})`);
}

/** DABR, DABRX, DAWR0, DAWRX0; version 2 adds CIABR, DAWR1, DAWRX1 (ISA 2.07 / 3.1 Book III-S). */
function dabr(c: Codec, x: Ctx): void {
  for (const r of [Spr64.DABR, Spr64.DABRX, Spr64.DAWR0, Spr64.DAWRX0]) c.spr64At(x.m.s64, r);
  if (c.reading && x.version === 1) return;
  for (const i of [DEBUG64_CIABR, DEBUG64_DAWR1, DEBUG64_DAWRX1]) c.spr64At(x.m.st.debug64, i);
}

// ---- TM (transactional-memory SPRs) and HASHKEY (the ROP-protection key) --------------------------

function tm(c: Codec, x: Ctx): void {
  for (const r of [Spr64.TFHAR, Spr64.TFIAR, Spr64.TEXASR]) c.spr64At(x.m.s64, r);
}
function hashKey(c: Codec, x: Ctx): void {
  c.spr64At(x.m.s64, Spr64.HASHKEYR);
}

export const IAC_MAX = 4;
export const DAC_MAX = 2;

/** How many IACs / DACs are in use: up to the highest one armed in DBCR0 or holding a value. */
export function armedDebug(m: Machine): { niac: number; ndac: number } {
  const dbcr0 = m.s32[Spr32.DBCR0];
  let niac = 0, ndac = 0;
  for (let i = 0; i < IAC_MAX; i++) if (dbcr0 & DBCR0_IAC[i] || m.st.debug64[2 * i] || m.st.debug64[2 * i + 1]) niac = i + 1;
  for (let i = 0; i < DAC_MAX; i++) {
    const k = IAC_MAX + i;
    if (dbcr0 & DBCR0_DAC[i] || m.st.debug64[2 * k] || m.st.debug64[2 * k + 1]) ndac = i + 1;
  }
  return { niac, ndac };
}

function bookeDebug(c: Codec, x: Ctx): void {
  const m = x.m;
  x.niac = c.u32(x.niac);
  x.ndac = c.u32(x.ndac);
  if (c.reading && (x.niac > IAC_MAX || x.ndac > DAC_MAX)) {
    c.fail(`${x.niac} IACs and ${x.ndac} DACs exceed this ppcemu's ${IAC_MAX} and ${DAC_MAX}`);
  }
  for (let i = 0; i < x.niac; i++) c.spr64At(m.st.debug64, i);
  for (let i = 0; i < x.ndac; i++) c.spr64At(m.st.debug64, IAC_MAX + i);
  for (const r of [Spr32.DBCR0, Spr32.DBCR1, Spr32.DBCR2, Spr32.DBSR]) c.u32At(m.s32, r);
}

// ---- MEMORY ---------------------------------------------------------------------------------

const ZERO_PAGE = Buffer.alloc(PAGE_SIZE);
/** Largest guest address + 1 (as the memory and the OS layer use it). */
const ADDR_LIMIT = 2 ** 47;

/** Whether a page is all zero (a non-zero page usually shows it in its first bytes). */
function isZero(d: Uint8Array): boolean {
  for (let i = 0; i < 64; i++) if (d[i] !== 0) return false;
  return ZERO_PAGE.equals(Buffer.from(d.buffer, d.byteOffset, PAGE_SIZE));
}

/**
 * Mappings (maximal runs of pages with the same permissions) and the pages to store, once: the
 * non-zero pages, or in an incremental image the non-zero dirty ones (the dirty zero pages go to
 * record PARENT, the others come from the parent chain).
 */
function prepareMemory(x: Ctx): void {
  if (x.mappings) return;
  const mem = x.m.mem;
  const maps: [number, number, number][] = [];
  const pages: number[] = [];
  const dirty = x.dirty;
  let runStart = -1, runEnd = -1, runProt = -1;
  for (const p of mem.mappedPages()) {
    const prot = mem.pageProt(p);
    if (p === runEnd && prot === runProt) runEnd++;
    else {
      if (runStart >= 0) maps.push([runStart * PAGE_SIZE, (runEnd - runStart) * PAGE_SIZE, runProt]);
      runStart = p; runEnd = p + 1; runProt = prot;
    }
    if (dirty && !dirty.has(p)) continue;
    const d = mem.pageData(p);
    if (d && !isZero(d)) pages.push(p);
    else if (dirty) x.parent!.zeroPages.push(p);
  }
  if (runStart >= 0) maps.push([runStart * PAGE_SIZE, (runEnd - runStart) * PAGE_SIZE, runProt]);
  x.mappings = maps;
  x.pages = pages;
}

function memory(c: Codec, x: Ctx): void {
  const mem = x.m.mem;
  if (!c.reading) prepareMemory(x);
  const pageSize = c.u32(PAGE_SIZE);
  if (pageSize !== PAGE_SIZE) c.fail(`page size ${pageSize} is not ${PAGE_SIZE}`);
  let prevEnd = 0;
  c.list(x.mappings ?? [], (r) => {
    const addr = c.u64n(r?.[0] ?? 0), len = c.u64n(r?.[1] ?? 0), prot = c.u32(r?.[2] ?? 0);
    if (c.reading) {
      if (addr % PAGE_SIZE || len % PAGE_SIZE || len === 0) c.fail(`mapping 0x${addr.toString(16)}+0x${len.toString(16)} is not page-aligned`);
      if (addr < prevEnd) c.fail(`mapping at 0x${addr.toString(16)} overlaps or precedes the previous one (ends 0x${prevEnd.toString(16)})`);
      if (addr + len > ADDR_LIMIT) c.fail(`mapping at 0x${addr.toString(16)} extends beyond the address space`);
      if (prot > 7) c.fail(`mapping at 0x${addr.toString(16)} has invalid permissions ${prot}`);
      prevEnd = addr + len;
      mem.map(addr, len, prot);
    }
    return [addr, len, prot] as [number, number, number];
  });
  let prev = -1;
  const pages = c.list(x.pages ?? [], (p) => {
    const n = c.u64n(p ?? 0);
    if (c.reading) {
      if (n <= prev) c.fail(`page 0x${n.toString(16)} is out of order`);
      if (!mem.isMapped(n * PAGE_SIZE)) c.fail(`page at 0x${(n * PAGE_SIZE).toString(16)} lies outside every mapping`);
      prev = n;
    }
    return n;
  });
  if (c.reading && pages.length * PAGE_SIZE > c.left) c.fail(`${pages.length} pages need more bytes than the record holds`);
  // the pages' contents, back to back: read as one block; written page by page
  if (c.writing) for (const p of pages) c.bytes(mem.pageData(p), PAGE_SIZE);
  else {
    x.pages = pages;
    const all = c.bytes(undefined, pages.length * PAGE_SIZE);
    // (a running checksum, restore's: taken as the pages are copied)
    const base = c.pos - pages.length * PAGE_SIZE;
    if (c.reading) mem.setPagesData(pages, all, (end) => c.checksumTo(base + end));
  }
}

// ---- PROCESS --------------------------------------------------------------------------------

// (v5 added the devices, 7..11; v4's kinds and layout are the same, so v4 is read too)
const FILE_KINDS: readonly FileKind[] = [
  'stdin', 'stdout', 'stderr', 'pipe-r', 'pipe-w', 'memfd', 'host', 'dev-null', 'dev-zero', 'dev-full', 'dev-random', 'dev-urandom',
];
const NONE = 0xffffffff;
const EMPTY = new Uint8Array(0);

function unique<T>(xs: (T | undefined)[]): T[] {
  const out: T[] = [];
  for (const v of xs) if (v !== undefined && !out.includes(v)) out.push(v);
  return out;
}

function sigInfo(c: Codec, i: SigInfo | undefined): SigInfo {
  const has = c.u8v(i ? (i.errno !== undefined ? 1 : 0) | (i.addr !== undefined ? 2 : 0) |
    (i.pid !== undefined ? 4 : 0) | (i.uid !== undefined ? 8 : 0) : 0);
  const out: SigInfo = { signo: c.u32(i?.signo ?? 0), code: c.i32(i?.code ?? 0) };
  if (has & 1) out.errno = c.i32(i?.errno ?? 0);
  if (has & 2) out.addr = c.u64n(i?.addr ?? 0);
  if (has & 4) out.pid = c.u32(i?.pid ?? 0);
  if (has & 8) out.uid = c.u32(i?.uid ?? 0);
  if (c.reading && (has & ~15 || out.signo < 1 || out.signo > NSIG)) c.fail(`invalid pending signal ${out.signo}`);
  return out;
}

function pendingList(c: Codec, list: PendingSignal[]): PendingSignal[] {
  return c.list(list, (q) => {
    const signo = c.u32(q?.signo ?? 0);
    return { signo, info: sigInfo(c, q?.info) };
  }, 4096);
}

function processRecord(c: Codec, x: Ctx): void {
  const m = x.m;
  const cfg = x.proc?.cfg;
  const is64 = c.u8v(cfg?.is64 ? 1 : 0);
  const pageSize = c.u32(cfg?.pageSize ?? 0);
  const abiVersion = c.u32(cfg?.abiVersion ?? 0);
  const execPath = c.str(cfg?.execPath ?? '');
  const fsRoot = c.str(cfg?.fsRoot ?? '');
  const sysroot = c.str(cfg?.sysroot ?? '');
  const clock = c.u8v(CLOCK_MODES.indexOf(cfg?.clock ?? 'det')); // v3: 1 = host time, not deterministic
  const pid = c.u32(PID);
  if (c.reading) {
    if (is64 > 1) c.fail(`invalid process class ${is64}`);
    if (pageSize !== 4096 && pageSize !== 65536) c.fail(`invalid process page size ${pageSize}`);
    if (abiVersion > 2) c.fail(`invalid ABI version ${abiVersion}`);
    if (clock >= CLOCK_MODES.length) c.fail(`invalid clock mode ${clock}`);
    if (pid !== PID) c.fail(`pid ${pid} differs from ppcemu's ${PID}`);
    if (x.header && ((x.header.mode & MODE_PROC64) !== 0) !== (is64 === 1)) {
      c.fail('the process class contradicts the header');
    }
    x.imageFsRoot = fsRoot;
    x.proc = new LinuxProcess(m, {
      is64: is64 === 1, pageSize, abiVersion, execPath, fsRoot: x.fsRoot ?? (fsRoot || undefined),
      sysroot: x.sysroot ?? (sysroot || undefined),
      clock: CLOCK_MODES[clock], strace: x.strace ?? false,
      streams: x.streams ?? { stdin: () => undefined, stdout: () => {}, stderr: () => {} },
    });
  }
  const p = x.proc!;
  p.brkStart = c.u64n(p.brkStart);
  p.brk = c.u64n(p.brk);
  if (c.reading && p.brk < p.brkStart) c.fail(`brk 0x${p.brk.toString(16)} lies below its start`);
  const t = p.thread; // the running thread's part (other threads: record THREADS)
  t.clearTid = c.u64n(t.clearTid);
  t.robustList = c.u64n(t.robustList); // v4: set_robust_list's head (0: none)
  p.sleptNs = c.u64(p.sleptNs); // the virtual clock (with CORE's instruction count)
  p.files.cwd = c.str(p.files.cwd);
  if (c.reading && !p.files.cwd.startsWith('/')) c.fail(`working directory '${p.files.cwd}' is not absolute`);
  p.files.umask = c.u32(p.files.umask);
  if (c.reading && p.files.umask > 0o777) c.fail(`invalid umask 0${p.files.umask.toString(8)}`);
  m.rng.state = c.u64(m.rng.state);
  if (c.reading && m.rng.state === 0n) c.fail('random-generator state is zero');
  p.argv = c.list(p.argv, (s) => c.str(s ?? ''));
  p.env = c.list(p.env, (s) => c.str(s ?? ''));
  p.auxv = c.list(p.auxv, (e) => [c.u64n(e?.[0] ?? 0), c.u64n(e?.[1] ?? 0)] as [number, number], 1024);

  // signals: dispositions 1..NSIG, blocked mask, pending queue, alternate stack
  const nsig = c.u32(NSIG);
  if (nsig !== NSIG) c.fail(`${nsig} signals, expected ${NSIG}`);
  for (let s = 1; s <= NSIG; s++) {
    const a = p.actions[s];
    p.actions[s] = { handler: c.u64n(a.handler), flags: c.u32(a.flags), mask: c.u64(a.mask) } satisfies SigAction;
  }
  t.blocked = c.u64(t.blocked);
  p.pending = pendingList(c, p.pending);
  t.altStack = { sp: c.u64n(t.altStack.sp), flags: c.u32(t.altStack.flags), size: c.u64n(t.altStack.size) };

  // file descriptors: pipes, memfds, open file descriptions, then the descriptor table
  const fdt = c.reading ? [] : p.fds.fds;
  const files = unique(fdt);
  const pipes = unique(files.map((f) => f.pipe));
  const mems = unique(files.map((f) => f.mem));
  const pipeList: Pipe[] = c.list(pipes, (q) => ({
    readers: c.u32(q?.readers ?? 0), writers: c.u32(q?.writers ?? 0),
    data: c.reading ? Array.from(c.blob(EMPTY)) : (c.blob(Uint8Array.from(q!.data)), q!.data),
  }), 1024);
  const memList = c.list(mems, (q) => {
    const name = c.str(q?.name ?? '');
    const size = c.u64n(q?.size ?? 0);
    if (c.reading && size > c.left) c.fail(`memfd '${name}' of ${size} bytes overruns the record`);
    const data = c.bytes(q?.data, size);
    return { name, size, data: c.reading ? Uint8Array.from(data) : data };
  }, 1024);
  const fileList = c.list(files, (f, i) => {
    const kind = c.u8v(f ? FILE_KINDS.indexOf(f.kind) : 0);
    const flags = c.u32(f?.flags ?? 0);
    const pos = c.u64n(f?.pos ?? 0);
    const refs = c.u32(f?.refs ?? 0);
    const pipe = c.u32(f?.pipe ? pipes.indexOf(f.pipe) : NONE);
    const mem = c.u32(f?.mem ? mems.indexOf(f.mem) : NONE);
    const hasHost = c.u8v(f?.host ? 1 : 0);
    const guestPath = hasHost ? c.str(f?.host?.guestPath ?? '') : '';
    const isDir = hasHost ? c.u8v(f?.host?.isDir ? 1 : 0) : 0;
    if (!c.reading) return f!;
    if (kind >= FILE_KINDS.length) c.fail(`open file ${i} has invalid kind ${kind}`);
    if (refs < 1 || refs > 1024) c.fail(`open file ${i} has invalid reference count ${refs}`);
    const k = FILE_KINDS[kind];
    const wantPipe = k === 'pipe-r' || k === 'pipe-w', wantMem = k === 'memfd', wantHost = k === 'host';
    if (wantPipe !== (pipe !== NONE) || (pipe !== NONE && pipe >= pipeList.length)) c.fail(`open file ${i} has an invalid pipe reference`);
    if (wantMem !== (mem !== NONE) || (mem !== NONE && mem >= memList.length)) c.fail(`open file ${i} has an invalid memfd reference`);
    if (wantHost !== (hasHost === 1)) c.fail(`open file ${i} has an invalid host-file part`);
    const out: OpenFile = { kind: k, flags, pos, refs };
    if (wantPipe) out.pipe = pipeList[pipe];
    if (wantMem) out.mem = memList[mem];
    if (wantHost) {
      out.host = { fd: -1, path: '', guestPath, isDir: isDir === 1, readOnly: false }; // set when reopened
      x.hostFiles.push(out);
    }
    return out;
  }, 1024);
  // per descriptor: 1 + the open file's index (0: closed), bit 31 = FD_CLOEXEC
  const table = c.list(fdt.map((f, fd) => (f ? (files.indexOf(f) + 1 + (p.fds.cloexec[fd] ? CLOEXEC_BIT : 0)) : 0)), (v) => c.u32(v ?? 0), 1024);
  if (c.reading) {
    const fds = p.fds.fds;
    fds.length = 0;
    p.fds.cloexec.length = 0;
    table.forEach((v, fd) => {
      const i = (v & ~CLOEXEC_BIT) >>> 0;
      if (i > fileList.length || (v !== 0 && i === 0)) c.fail(`descriptor ${fd} refers to open file ${i - 1}, which does not exist`);
      fds[fd] = i ? fileList[i - 1] : undefined;
      p.fds.cloexec[fd] = (v & CLOEXEC_BIT) !== 0;
    });
  }
}

const CLOEXEC_BIT = 0x80000000;

// ---- COPYBUF (the copy-paste buffer) -----------------------------------------------------------

/** The running thread's copy-paste buffer, between a `copy` and the `paste.` that ends the
 *  sequence: the 128 bytes copy read. No other thread has one (a thread switch drops it). */
function copyBuf(c: Codec, x: Ctx): void {
  const b = c.bytes(x.m.copyBuf, 128);
  if (c.reading) x.m.copyBuf = b.slice();
}

// ---- LOCKS (fcntl record locks) ----------------------------------------------------------------

/**
 * The process's record locks (linux/locks.ts): per lock a descriptor naming its file (an OFD
 * lock's: one naming its open file description), whether it is an OFD lock, its type (0 read, 1
 * write) and range (length 0: to the end of the file and beyond). An image is taken only while
 * one process exists, so every lock is its own; they are set again once the files are reopened.
 */
function locksRecord(c: Codec, x: Ctx): void {
  const p = x.proc!, fds = p.fds.fds;
  const saved = c.reading ? [] : p.locks.list().map(({ key, lock }) => {
    const ofd = typeof lock.owner !== 'number';
    const fd = ofd ? fds.indexOf(lock.owner as OpenFile) : fds.findIndex((f) => f !== undefined && fileKey(f) === key);
    if (fd < 0) throw new Error(`a record lock with no descriptor of its file`); // (closing the last one drops it)
    return { fd, ofd, type: lock.type as number, start: lock.start, end: lock.end };
  });
  const list = c.list(saved, (e) => {
    const fd = c.u32(e?.fd ?? 0), ofd = c.u8v(e?.ofd ? 1 : 0), type = c.u8v(e?.type ?? 0);
    const start = c.u64n(e?.start ?? 0), len = c.u64n(e ? (e.end === Infinity ? 0 : e.end - e.start) : 0);
    if (c.reading) {
      if (fds[fd] === undefined) c.fail(`a record lock on descriptor ${fd}, which is not open`);
      if (ofd > 1 || (type !== F_RDLCK && type !== F_WRLCK)) c.fail(`invalid record lock (kind ${ofd}, type ${type})`);
    }
    return { fd, ofd: ofd === 1, type, start, end: len === 0 ? Infinity : start + len };
  }, 1 << 16);
  if (c.reading) x.locks = list;
}

// ---- PARENT (incremental images) -------------------------------------------------------------

function parentRecord(c: Codec, x: Ctx): void {
  if (c.writing) prepareMemory(x); // fills the zero-page list
  const p = x.parent;
  const name = c.str(p?.name ?? '');
  const size = c.u64n(p?.size ?? 0);
  const crc = c.u32(p?.crc ?? 0);
  let prev = -1;
  const zeroPages = c.list(p?.zeroPages ?? [], (v) => {
    const n = c.u64n(v ?? 0);
    if (c.reading) {
      if (n <= prev) c.fail(`zero page 0x${n.toString(16)} is out of order`);
      if (!x.m.mem.isMapped(n * PAGE_SIZE)) c.fail(`zero page at 0x${(n * PAGE_SIZE).toString(16)} lies outside every mapping`);
      prev = n;
    }
    return n;
  });
  if (c.reading) {
    if (name === '') c.fail('the parent image has no name');
    x.parent = { name, size, crc, zeroPages };
  }
}

// ---- THREADS --------------------------------------------------------------------------------

const MAX_THREADS = 4096;
const WAIT_KINDS = [undefined, 'futex', 'sleep', 'io', 'sigwait', 'sigsuspend'] as const;

/** Whether the process needs record THREADS: anything a lone initial thread would not have. */
function hasThreads(x: Ctx): boolean {
  const ts = x.proc!.threads;
  return ts.many || ts.cur.tid !== PID || ts.nextTid !== PID + 1 || ts.cur.pending.length > 0;
}

/** A thread's wait state (undefined: runnable). */
function waitState(c: Codec, w: Wait | undefined): Wait | undefined {
  // a process with children is never saved (processRecord), so no thread waits for one
  if (w?.kind === 'child' || w?.kind === 'vfork') c.fail(`a thread waits for a child process`);
  const kind = c.u8v(w ? WAIT_KINDS.indexOf(w.kind as (typeof WAIT_KINDS)[number]) : 0);
  const scv = c.u8v(w?.scv ? 1 : 0);
  const addr = c.u64n(w?.addr ?? 0);
  const bitset = c.u32(w?.bitset ?? 0);
  const hasDeadline = c.u8v(w?.deadline !== undefined ? 1 : 0);
  const deadline = c.u64(w?.deadline ?? 0n);
  const sigset = c.u64(w?.sigset ?? 0n);
  if (!c.reading) return w;
  if (kind >= WAIT_KINDS.length || scv > 1 || hasDeadline > 1) c.fail(`invalid wait state (kind ${kind})`);
  if (kind === 0) return undefined;
  const out: Wait = { kind: WAIT_KINDS[kind]!, addr, bitset, deadline: hasDeadline ? deadline : undefined, scv: scv === 1 };
  if (out.kind === 'sigwait') out.sigset = sigset;
  if (out.kind === 'futex' && (addr % 4 || bitset === 0)) c.fail(`invalid futex wait at 0x${addr.toString(16)}`);
  if (out.kind === 'sleep' && out.deadline === undefined) c.fail('a sleep without a deadline');
  return out;
}

/**
 * One thread's registers: a bitmask of its records, then each record (version, length, payload),
 * described by the same descriptions as the top-level records, with the thread's registers in
 * the machine.
 */
function threadRecords(c: Codec, x: Ctx, t: Thread): void {
  const ts = x.proc!.threads;
  const per = RECORDS.filter((r) => r.perThread);
  ts.withThread(t, () => {
    const tx: Ctx = { ...x, niac: 0, ndac: 0 };
    let mask = 0n;
    if (!c.reading) for (const r of per) if (r.present(tx)) mask |= 1n << BigInt(r.bit);
    mask = c.u64(mask);
    for (const r of per) {
      const has = (mask >> BigInt(r.bit)) & 1n;
      if (!has) {
        if (c.reading) r.absent?.(tx);
        continue;
      }
      const label = `${recordLabel(r.bit)} of thread ${t.tid}`;
      const version = c.u16(r.version);
      const problem = c.reading ? versionProblem(r, version) : undefined;
      if (problem) c.fail(`${label}: ${problem}`);
      tx.version = version;
      let len = 0;
      if (!c.reading) {
        const mc = new Codec('measure', undefined, c.le, label);
        r.describe(mc, { ...tx });
        len = mc.pos;
      }
      len = c.u64n(len);
      const start = c.pos;
      r.describe(c, tx);
      if (c.reading && c.pos - start !== len) c.fail(`${label} holds ${c.pos - start} bytes, not ${len}`);
      if (c.reading) x.threadBits!.add(r.bit);
    }
    if (c.reading) {
      if (mask & ~per.reduce((s, r) => s | (1n << BigInt(r.bit)), 0n)) c.fail(`thread ${t.tid} has unknown record bits 0x${mask.toString(16)}`);
      if (!(mask & 1n)) c.fail(`thread ${t.tid} has no record CORE`);
      x.niac = Math.max(x.niac, tx.niac);
      x.ndac = Math.max(x.ndac, tx.ndac);
      // the unit records follow the process's use of the units, as at the top level
      const units = x.header?.usedUnits ?? 0;
      const want: [Bit, number][] = [[Bit.FP, UNIT_BITS.fp | UNIT_BITS.vsx], [Bit.VMX, UNIT_BITS.vmx | UNIT_BITS.vsx],
        [Bit.VSX, UNIT_BITS.vsx], [Bit.SPE, UNIT_BITS.spe]];
      for (const [bit, u] of want) {
        if ((((mask >> BigInt(bit)) & 1n) === 1n) !== ((units & u) !== 0)) {
          c.fail(`thread ${t.tid}: ${recordLabel(bit)} ${units & u ? 'is missing' : 'is present'} but the used units say otherwise`);
        }
      }
    }
  });
}

/**
 * Threads other than the running one (whose registers are the top-level records and whose
 * mask, alternate stack and clear-tid address are in PROCESS): scheduler state, then per thread
 * its own state and records.
 */
function threadsRecord(c: Codec, x: Ctx): void {
  const p = x.proc!, ts = p.threads;
  if (c.writing && (ts.resched || ts.cur.wait)) c.fail('the running thread is blocked (checkpoint between runProcess calls)');
  const nextTid = c.u32(ts.nextTid);
  const sliceEnd = c.u64n(ts.sliceEnd);
  const runTid = c.u32(ts.cur.tid);
  const runPending = pendingList(c, ts.cur.pending);
  const others = ts.list.filter((t) => t !== ts.cur);
  const queue = c.list(ts.futexQueue.map((t) => t.tid), (v) => c.u32(v ?? 0), MAX_THREADS);
  x.threadBits = new Set();
  let prevTid = 0;
  const threads = c.list(others, (o) => {
    const t = c.reading ? new Thread(c.u32(0)) : (c.u32(o!.tid), o!);
    if (c.reading) {
      if (t.tid <= prevTid || t.tid >= nextTid || t.tid === runTid) c.fail(`thread ${t.tid} is out of order or has an invalid tid`);
      prevTid = t.tid;
    }
    t.clearTid = c.u64n(t.clearTid);
    t.robustList = c.u64n(t.robustList); // v2
    t.blocked = c.u64(t.blocked);
    t.altStack = { sp: c.u64n(t.altStack.sp), flags: c.u32(t.altStack.flags), size: c.u64n(t.altStack.size) };
    t.pending = pendingList(c, t.pending);
    t.wait = waitState(c, t.wait);
    // v2: the mask rt_sigsuspend restores (flag, mask)
    const hasSaved = c.u8v(t.savedMask !== undefined ? 1 : 0);
    const saved = c.u64(t.savedMask ?? 0n);
    if (c.reading) {
      if (hasSaved > 1 || (hasSaved === 1) !== (t.wait?.kind === 'sigsuspend')) c.fail(`thread ${t.tid}: a saved mask exactly when it waits in sigsuspend`);
      t.savedMask = hasSaved ? saved : undefined;
    }
    threadRecords(c, x, t);
    return t;
  }, MAX_THREADS);
  if (!c.reading) return;
  if (runTid === 0 || runTid >= nextTid) c.fail(`running thread ${runTid} has an invalid tid`);
  const run = new Thread(runTid);
  const main = ts.cur; // created with PROCESS, holding the running thread's part
  run.clearTid = main.clearTid;
  run.robustList = main.robustList;
  run.blocked = main.blocked;
  run.altStack = main.altStack;
  run.pending = runPending;
  const all = [run, ...threads].sort((a, b) => a.tid - b.tid);
  const waiting = threads.filter((t) => t.wait?.kind === 'futex');
  const fq = queue.map((tid) => waiting.find((t) => t.tid === tid));
  if (fq.some((t) => !t) || new Set(fq).size !== fq.length || fq.length !== waiting.length) {
    c.fail('the futex queue does not list exactly the threads waiting on futexes');
  }
  ts.restore(all, run, nextTid, sliceEnd, fq as Thread[]);
}

// ---- the table ------------------------------------------------------------------------------

function uses(x: Ctx, unit: 'fp' | 'vmx' | 'vsx' | 'spe'): boolean {
  return x.m.usedUnits().has(unit);
}

function nonZero(a: Uint32Array, regs: number[]): boolean {
  return regs.some((r) => a[2 * r] !== 0 || a[2 * r + 1] !== 0);
}

export const RECORDS: readonly RecordDesc[] = [
  { bit: Bit.CORE, name: 'CORE', version: 1, compressible: false, perThread: true, present: () => true, describe: core },
  { bit: Bit.FP, name: 'FP', version: 1, compressible: false, perThread: true, present: (x) => uses(x, 'fp') || uses(x, 'vsx'), describe: fp },
  { bit: Bit.VMX, name: 'VMX', version: 1, compressible: false, perThread: true, present: (x) => uses(x, 'vmx') || uses(x, 'vsx'), describe: vmx,
    absent: (x) => { x.m.s32[Spr32.VSCR] = VSCR_AT_EXEC; } },
  { bit: Bit.VSX, name: 'VSX', version: 1, compressible: false, perThread: true, present: (x) => uses(x, 'vsx'), describe: vsx },
  { bit: Bit.SPE, name: 'SPE', version: 1, compressible: false, perThread: true, present: (x) => uses(x, 'spe'), describe: spe },
  {
    bit: Bit.DABR, name: 'DABR', version: 2, reads: [1], compressible: false, perThread: true, describe: dabr,
    present: (x) => nonZero(x.m.s64, [Spr64.DABR, Spr64.DABRX, Spr64.DAWR0, Spr64.DAWRX0]) ||
      nonZero(x.m.st.debug64, [DEBUG64_CIABR, DEBUG64_DAWR1, DEBUG64_DAWRX1]),
  },
  {
    bit: Bit.BOOKE_DEBUG, name: 'BOOKE_DEBUG', version: 1, compressible: false, perThread: true, describe: bookeDebug,
    present: (x) => {
      const { niac, ndac } = armedDebug(x.m);
      x.niac = niac;
      x.ndac = ndac;
      const s = x.m.s32;
      return niac + ndac > 0 || (s[Spr32.DBCR0] | s[Spr32.DBCR1] | s[Spr32.DBCR2] | s[Spr32.DBSR]) !== 0;
    },
  },
  { bit: Bit.MEMORY, name: 'MEMORY', version: 1, compressible: true, present: () => true, describe: memory },
  { bit: Bit.PROCESS, name: 'PROCESS', version: 5, reads: [4], compressible: false, present: () => true, describe: processRecord },
  { bit: Bit.PARENT, name: 'PARENT', version: 1, compressible: false, present: (x) => x.parent !== undefined, describe: parentRecord },
  { bit: Bit.THREADS, name: 'THREADS', version: 2, compressible: false, present: hasThreads, describe: threadsRecord },
  // TM and HASHKEY are a thread's registers: each thread's in THREADS (v2), the running one's here
  {
    bit: Bit.TM, name: 'TM', version: 1, compressible: false, perThread: true, describe: tm,
    present: (x) => nonZero(x.m.s64, [Spr64.TFHAR, Spr64.TFIAR, Spr64.TEXASR]),
  },
  {
    // v2: the key of the ISA's HashDigest (v1: an earlier keyed mix, whose hashes on the stack
    // would fail hashchk after a restore)
    bit: Bit.HASHKEY, name: 'HASHKEY', version: 2, compressible: false, perThread: true, describe: hashKey,
    refuses: { 1: 'its hashst values were made by an earlier hash function, and hashchk would reject them' },
    present: (x) => nonZero(x.m.s64, [Spr64.HASHKEYR]),
  },
  { bit: Bit.LOCKS, name: 'LOCKS', version: 1, compressible: false, present: (x) => !x.proc!.locks.empty, describe: locksRecord },
  { bit: Bit.COPYBUF, name: 'COPYBUF', version: 1, compressible: false, present: (x) => x.m.copyBuf !== undefined, describe: copyBuf },
];
