// A Linux user-mode process around a Machine: memory layout (brk, mmap), file descriptors,
// signals, the virtual clock, and the system call table. Implements the machine's Os interface.

import * as fs from 'node:fs';
import { posix } from 'node:path';
import { type ClockMode, EPOCH_SECONDS, guestNanos, hostNanos, hostSleep, isCpuTimeClock, isRealtimeClock, uptimeNs } from '../cpu/clock.js';
import { Machine, ProcessExit, type Os } from '../cpu/machine.js';
import { Rng } from '../cpu/rng.js';
import { GuestFault, PAGE_SIZE } from '../cpu/memory.js';
import { copyState, type CpuState, Spr32, Spr64 } from '../cpu/state.js';
import {
  AT_EACCESS, AT_EMPTY_PATH, AT_FDCWD, AT_NO_AUTOMOUNT, AT_REMOVEDIR, AT_SYMLINK_FOLLOW, AT_SYMLINK_NOFOLLOW,
  CLD, DEFAULT_IGNORE, E, MAP_ANONYMOUS, MAP_FIXED, MAP_FIXED_NOREPLACE, MREMAP_MAYMOVE,
  NR, NSIG, O_ACCMODE, O_APPEND, O_CLOEXEC, O_CREAT, O_DIRECTORY, O_EXCL, O_NOCTTY, O_NONBLOCK, O_PATH, O_TRUNC,
  PR_GET_FPEXC, PR_SET_FPEXC, SA_NODEFER, SA_ONSTACK, SA_RESETHAND, SIG, SIG_DFL, SIG_IGN,
  SI_TKILL, SI_USER, SS_DISABLE, SS_ONSTACK, SYSCALL_ARGS, SYSCALL_NAMES, UTIME_NOW, UTIME_OMIT,
} from './abi.js';
import { DEVICES, deviceEntry, type DeviceKind, FdTable, isDevice, type OpenFile, type StdStreams } from './files.js';
import { F_RDLCK, F_UNLCK, F_WRLCK, fileKey, RecordLocks } from './locks.js';
import { fileStat, type FileStat, GuestFs, host, hostDo, inodeOf, timesOr } from './fs.js';
import { GuestView } from './guestmem.js';
import { readMask, restoreFrame, setupFrame, type SigInfo, writeMask, writeSigInfo } from './signals.js';
import { CLONE, NO_RETURN, type PendingSignal, type Thread, Threads } from './threads.js';
import { ElfError, parseElf } from './elf.js';
import { loadImage, processConfig } from './loader.js';
import { findInterp } from './run.js';
import { type System, systemOf, waitStatus } from './system.js';

export const PID = 4242;
export const UID = 1000;
export const GID = 1000;

export interface SigAction { handler: number; flags: number; mask: bigint }
type StatKind = 'stat' | 'stat64' | 'stat32' | 'statx';

export interface ProcessConfig {
  is64: boolean;
  /** Process page size (AT_PAGESZ): 64 KiB on 64-bit kernels, 4 KiB on 32-bit ones. */
  pageSize: number;
  abiVersion: number;
  fsRoot: string | undefined;
  /** Read-only directory searched for guest paths missing under fsRoot (qemu's -L). */
  sysroot?: string;
  /** `det` (default): time derives from the instruction count; `host`: the time calls follow the host. */
  clock?: ClockMode;
  strace: boolean;
  execPath: string;
  streams: StdStreams;
}

/** Where things go in the guest address space (all below 4 GiB, so the fast paths apply). */
export const STACK_TOP = 0xc0000000;
export const STACK_SIZE = 8 * 1024 * 1024;
export const MMAP_BASE = 0xb0000000;
export const VDSO_BASE = 0xc0100000;

/** Calls a 64-bit kernel does not have (a 64-bit process gets ENOSYS). */
const ONLY_32BIT = new Set<number>([NR.truncate64, NR.ftruncate64, NR.stat64, NR.lstat64, NR.fstat64]);

const SIGRETURN_TRAMPOLINE = [0x380000ac, 0x44000002]; // li r0,172 ; sc
const UNBLOCKABLE = (1n << BigInt(SIG.KILL - 1)) | (1n << BigInt(SIG.STOP - 1));

/** fork's clone flags beyond the exit signal (the low byte). */
const FORK_FLAGS = CLONE.CHILD_SETTID | CLONE.CHILD_CLEARTID | CLONE.PARENT_SETTID | CLONE.SETTLS | CLONE.DETACHED;
/** vfork's: the child runs in the parent's memory until it execs or exits. */
const VFORK_FLAGS = FORK_FLAGS | CLONE.VM | CLONE.VFORK;
const WNOHANG = 1, WEXITED = 4, WNOWAIT = 0x1000000;
const WAIT_OPTIONS = WNOHANG | 2 | 8 | 0x40000000 | 0x80000000 | 0x20000000; // WUNTRACED, WCONTINUED, __WNOTHREAD/__WALL/__WCLONE

/**
 * The buffer a host read goes through (its bytes are copied into guest memory at once): one,
 * grown as needed up to SCRATCH_KEEP, instead of a zeroed one per read (xxhsum hashing a 32 MiB
 * file, read 64 KiB at a time, spent a seventh of its run allocating and collecting them).
 */
let scratchBuf = Buffer.allocUnsafe(0);
const SCRATCH_KEEP = 1 << 20;
function scratch(n: number): Buffer {
  if (n > SCRATCH_KEEP) return Buffer.allocUnsafe(n);
  if (scratchBuf.length < n) scratchBuf = Buffer.allocUnsafe(Math.max(n, 1 << 16));
  return scratchBuf.subarray(0, n);
}

export class LinuxProcess implements Os {
  /** The machine running the process (a new one after execve; a vfork child's is its parent's). */
  m: Machine;
  g: GuestView;
  fds = new FdTable();
  /** fcntl's record locks, one table for every process of the run (fork passes it on). */
  locks = new RecordLocks();
  /** Paths, the working directory and the umask: the guest's view of the file system. */
  files: GuestFs;
  actions: SigAction[] = Array.from({ length: NSIG + 1 }, () => ({ handler: SIG_DFL, flags: 0, mask: 0n }));
  /** Process-directed pending signals (kill); each thread has its own queue too. */
  pending: PendingSignal[] = [];
  threads: Threads;
  /** Process and session ids; the parent (undefined: the root process, or orphaned). */
  readonly pid: number;
  pgid: number;
  sid: number;
  readonly uid = UID;
  parent: LinuxProcess | undefined;
  /** Children not yet reaped (live ones and zombies), in creation order. */
  children: LinuxProcess[] = [];
  /** Set when the process ended and until its parent reaps it. */
  zombie: { status: number; signo: number } | undefined;
  /** The signal the parent gets when this process ends (clone's low byte; SIGCHLD for fork). */
  exitSignal = 0;
  /** vfork: the child using this process's machine while it waits / the parent waiting. */
  vforkChild: LinuxProcess | undefined;
  vforkParent: LinuxProcess | undefined;
  /** The processes of the run, once one forks (system.ts). */
  sys: System | undefined;
  brkStart = 0;
  brk = 0;
  /** Virtual nanoseconds skipped while every thread was waiting (sleeps, futex timeouts). */
  sleptNs = 0n;
  /** Recorded at exec for checkpoints (PROCESS record). */
  argv: string[] = [];
  env: string[] = [];
  auxv: [number, number][] = [];
  stdinBuf: Uint8Array | undefined;
  /**
   * The file the process runs (loadImage), which an execve of /proc/self/exe runs again (BusyBox
   * runs its applets so). A restored process has none: it reads cfg.execPath under the root.
   */
  exe: Uint8Array | undefined;

  constructor(m: Machine, public cfg: ProcessConfig, pid = PID) {
    this.m = m;
    this.pid = this.pgid = this.sid = pid;
    this.threads = new Threads(this, pid);
    this.g = new GuestView(m, cfg.is64);
    this.files = new GuestFs(cfg.fsRoot, cfg.sysroot, cfg.is64);
    m.os = this;
  }

  /** The next tid (or pid, once the run has several processes). */
  allocId(): number {
    return this.sys ? this.sys.allocId() : this.threads.nextTid++;
  }

  get ppid(): number {
    return this.parent ? this.parent.pid : this.pid === PID ? PID - 1 : 1;
  }

  get trampoline(): number { return VDSO_BASE; }

  /** The running thread. */
  get thread(): Thread { return this.threads.cur; }

  /** Maps the page holding the signal-return trampoline (the kernel's vDSO provides it). */
  mapTrampoline(): void {
    this.m.mem.map(VDSO_BASE, PAGE_SIZE, 5);
    const b = new Uint8Array(8);
    const dv = new DataView(b.buffer);
    SIGRETURN_TRAMPOLINE.forEach((w, k) => dv.setUint32(4 * k, w, this.m.mem.le));
    this.m.mem.writeBytes(VDSO_BASE, b, true);
  }

  // ---- the Os interface ---------------------------------------------------------------------

  syscall(m: Machine, scv: boolean): void {
    const nr = m.gl[0];
    const args = [3, 4, 5, 6, 7, 8].map((r) => this.arg(r));
    // the arguments as the call found them (execve replaces the memory they are in)
    const argText = this.cfg.strace ? this.traceArgs(nr, args) : '';
    let ret: number;
    try {
      ret = this.dispatch(nr, args, scv);
    } catch (e) {
      if (e instanceof ProcessExit && this.cfg.strace) this.trace(nr, argText, undefined);
      if (e instanceof GuestFault) ret = -E.FAULT;
      else if (e instanceof RangeError) ret = -E.INVAL; // a length no buffer can have
      else throw e;
    }
    // (a vfork parent's call returns the child's pid; the 0 in the machine is the child's)
    if (this.cfg.strace) this.trace(nr, argText, m.os !== this && this.vforkChild ? this.vforkChild.pid : ret);
    if (ret === NO_RETURN) return; // blocked or exited: another thread runs next
    if (m.os !== this) { // vfork: the machine now runs the child, whose call returns 0
      this.setResult(ret, scv);
      return;
    }
    if (nr === NR.rt_sigreturn && ret === 0) {
      this.deliverPending();
      return;
    }
    this.setResult(ret, scv);
    this.deliverPending();
  }

  fault(m: Machine, f: GuestFault): void {
    const info: SigInfo = { signo: f.signo, code: f.code, addr: f.addr };
    const act = this.actions[f.signo];
    const blocked = (this.thread.blocked >> BigInt(f.signo - 1)) & 1n;
    const fatal = act.handler === SIG_DFL || act.handler === SIG_IGN || blocked !== 0n;
    if (f.message && (fatal || f.report)) this.cfg.streams.stderr(Buffer.from(`ppcemu: ${f.message}\n`));
    if (fatal) {
      // A synchronous fault that cannot be handled kills the process (force_sig semantics).
      throw new ProcessExit(128 + f.signo, f.signo);
    }
    this.deliver(f.signo, info, m.pc);
  }

  // ---- system-call plumbing -----------------------------------------------------------------

  /**
   * Argument register r as a number of the process's width. A 64-bit value with its top bit set
   * comes out negative (exact for small negatives like AT_FDCWD or an lseek offset of -2); such a
   * value used as an address or size is invalid anyway and gets EFAULT or EINVAL.
   */
  private arg(r: number): number {
    if (!(this.cfg.is64 && this.m.sf)) return this.m.gl[r];
    const hi = this.m.gh[r];
    return (hi | 0) * 4294967296 + this.m.gl[r];
  }

  /** A system call's result into r3 and CR0[SO] of `st` (the running thread's: the machine's). */
  setResult(ret: number, scv: boolean, st: CpuState = this.m.st): void {
    const s32 = st.spr32, gh = st.gprHi, gl = st.gprLo;
    const cr = s32[Spr32.CR];
    if (ret < 0 && ret > -4096 && !scv) {
      s32[Spr32.CR] = cr | 0x10000000; // CR0[SO]
      gh[3] = 0;
      gl[3] = -ret;
      return;
    }
    if (!scv) s32[Spr32.CR] = cr & ~0x10000000;
    if (ret < 0) {
      gh[3] = this.cfg.is64 ? 0xffffffff : 0;
      gl[3] = ret >>> 0;
    } else {
      gh[3] = Math.floor(ret / 4294967296) >>> 0;
      gl[3] = ret >>> 0;
    }
  }

  /** A call's arguments as --strace prints them. */
  private traceArgs(nr: number, args: number[]): string {
    const spec = SYSCALL_ARGS[nr] ?? 'xxxxxx';
    const hex = (v: number) => (v < 0 ? '-0x' + (-v).toString(16) : '0x' + v.toString(16));
    return [...spec].map((kind, k) => {
      const v = args[k];
      if (kind === 'd') return String(this.cfg.is64 ? v : v | 0);
      if (kind === 'u') return String(v);
      if (kind === 's') {
        try { return JSON.stringify(this.g.cstring(v, 256)); } catch { return hex(v); }
      }
      return hex(v);
    }).join(',');
  }

  /** One --strace line; `ret` undefined for a call that does not return (exit). */
  private trace(nr: number, a: string, ret: number | undefined): void {
    const name = SYSCALL_NAMES[nr] ?? `syscall_${nr}`;
    const r = ret === undefined || ret === NO_RETURN ? '?' : ret < 0 && ret > -4096 ? `-1 errno=${-ret}` : `${ret}`;
    this.cfg.streams.stderr(Buffer.from(`${this.thread.tid} ${name}(${a}) = ${r}\n`));
  }

  private unknown(nr: number): number {
    if (this.cfg.strace) this.cfg.streams.stderr(Buffer.from(`ppcemu: unknown system call ${nr}\n`));
    return -E.NOSYS;
  }

  private dispatch(nr: number, a: number[], scv: boolean): number {
    const g = this.g;
    const s32 = (v: number) => v | 0;
    if (this.cfg.is64 && ONLY_32BIT.has(nr)) return this.unknown(nr);
    switch (nr) {
      case NR.exit: return this.threads.exitThread(a[0]);
      case NR.exit_group: throw new ProcessExit(a[0] & 0xff);
      case NR.clone: return this.clone(a[0] >>> 0, a[1], a[2], a[3], a[4], scv);
      case NR.clone3: return -E.NOSYS; // glibc falls back to clone
      case NR.fork: return this.clone(SIG.CHLD, 0, 0, 0, 0, scv);
      case NR.vfork: return this.clone(CLONE.VM | CLONE.VFORK | SIG.CHLD, 0, 0, 0, 0, scv);
      case NR.execve: return this.execve(a[0], a[1], a[2]);
      case NR.wait4: return this.wait4(s32(a[0]), a[1], a[2], a[3]);
      case NR.waitpid: return this.wait4(s32(a[0]), a[1], a[2], 0);
      case NR.waitid: return this.waitid(a[0], s32(a[1]), a[2], a[3], a[4]);
      case NR.setsid: {
        if (this.processes().some((p) => p.pgid === this.pid)) return -E.PERM;
        this.sid = this.pgid = this.pid;
        return this.pid;
      }
      case NR.getsid: case NR.getpgid: {
        const p = s32(a[0]) === 0 ? this : this.processes().find((q) => q.pid === s32(a[0]));
        if (!p) return -E.SRCH;
        return nr === NR.getsid ? p.sid : p.pgid;
      }
      case NR.setpgid: return this.setpgid(s32(a[0]), s32(a[1]));
      case NR.read: return this.read(s32(a[0]), a[1], a[2], true);
      case NR.write: return this.write(s32(a[0]), g.bytes(a[1], a[2]));
      case NR.pread64: case NR.pwrite64: return this.pio(nr, s32(a[0]), a[1], a[2], this.cfg.is64 ? a[3] : a[4] * 4294967296 + a[5]);
      case NR.readv: case NR.writev: return this.iov(nr, s32(a[0]), a[1], a[2]);
      case NR.brk: return this.doBrk(a[0]);
      case NR.mmap: return this.mmap(a[0], a[1], a[2], a[3], s32(a[4]), a[5]);
      case NR.mmap2: return this.mmap(a[0], a[1], a[2], a[3], s32(a[4]), a[5] * 4096);
      case NR.munmap: return this.munmap(a[0], a[1]);
      case NR.mprotect: return this.mprotect(a[0], a[1], a[2]);
      case NR.mremap: return this.mremap(a[0], a[1], a[2], a[3]);
      case NR.madvise: return 0;
      case NR.uname: return this.uname(a[0]);
      case NR.set_tid_address: this.thread.clearTid = a[0]; return this.thread.tid;
      // the robust futex list, walked when the thread exits (threads.ts)
      case NR.set_robust_list: {
        if (a[1] !== 3 * g.wordSize) return -E.INVAL;
        this.thread.robustList = a[0];
        return 0;
      }
      case NR.rseq: return -E.NOSYS;
      case NR.getpid: return this.pid;
      case NR.gettid: return this.thread.tid;
      case NR.getppid: return this.ppid;
      case NR.getuid: case NR.geteuid: return UID;
      case NR.getgid: case NR.getegid: return GID;
      case NR.getpgrp: return this.pgid;
      case NR.getrlimit: case NR.ugetrlimit: return this.getrlimit(a[0], a[1], false);
      case NR.prlimit64: return a[3] ? this.getrlimit(a[1], a[3], true) : 0;
      case NR.setrlimit: return 0;
      case NR.clock_gettime: return this.clockGettime(a[0], a[1], this.cfg.is64);
      case NR.clock_gettime64: return this.clockGettime(a[0], a[1], true);
      case NR.clock_getres: case NR.clock_getres_time64: {
        if (a[1]) this.writeTimespec(a[1], 0n, 1n, nr === NR.clock_getres_time64 || this.cfg.is64);
        return 0;
      }
      case NR.gettimeofday: {
        const ns = this.nowNs(0);
        if (a[0]) { g.wword(a[0], ns / 1_000_000_000n); g.wword(a[0] + g.wordSize, (ns % 1_000_000_000n) / 1000n); }
        return 0;
      }
      case NR.time: {
        const t = Number(this.nowNs(0) / 1_000_000_000n);
        if (a[0]) g.wword(a[0], t);
        return t;
      }
      case NR.nanosleep: return this.sleep(1, 0, a[0], this.cfg.is64, scv);
      case NR.clock_nanosleep: return this.sleep(a[0], a[1], a[2], this.cfg.is64, scv);
      case NR.clock_nanosleep_time64: return this.sleep(a[0], a[1], a[2], true, scv);
      case NR.sched_yield: return this.threads.yield();
      case NR.getrandom: {
        const b = new Uint8Array(a[1]);
        this.m.rng.fill(b);
        g.writeBytes(a[0], b);
        return a[1];
      }
      case NR.rt_sigaction: return this.sigaction(a[0], a[1], a[2]);
      case NR.rt_sigprocmask: return this.sigprocmask(a[0], a[1], a[2]);
      case NR.rt_sigpending: {
        const all = [...this.thread.pending, ...this.pending];
        writeMask(g, a[0], all.reduce((mk, p) => mk | (1n << BigInt(p.signo - 1)), 0n) & this.thread.blocked);
        return 0;
      }
      case NR.sigaltstack: return this.sigaltstack(a[0], a[1]);
      case NR.rt_sigreturn: return this.sigreturn();
      case NR.kill: return this.killPid(s32(a[0]), s32(a[1]));
      case NR.tkill: return this.kill(s32(a[0]), s32(a[1]), SI_TKILL);
      case NR.tgkill: {
        const p = this.processes().find((q) => q.pid === s32(a[0]));
        return p ? p.kill(s32(a[1]), s32(a[2]), SI_TKILL, this.pid) : -E.SRCH;
      }
      case NR.ioctl: return this.ioctl(s32(a[0]), a[1]);
      case NR.stat: case NR.lstat: case NR.stat64: case NR.lstat64:
        return this.statAt(AT_FDCWD, a[0], nr === NR.lstat || nr === NR.lstat64 ? AT_SYMLINK_NOFOLLOW : 0, a[1], this.statKind(nr));
      case NR.fstat: case NR.fstat64: return this.fstat(s32(a[0]), a[1], this.statKind(nr));
      case NR.fstatat: return this.statAt(s32(a[0]), a[1], a[3], a[2], this.statKind(nr));
      case NR.statx: return this.statAt(s32(a[0]), a[1], a[2], a[4], 'statx');
      case NR.readlinkat: return this.readlink(s32(a[0]), a[1], a[2], a[3]);
      case NR.readlink: return this.readlink(AT_FDCWD, a[0], a[1], a[2]);
      case NR.fcntl: case NR.fcntl64: return this.fcntl(s32(a[0]), a[1], a[2]);
      case NR.dup: return this.fds.dup(s32(a[0]), undefined);
      case NR.dup2: { const r = this.fds.dup(s32(a[0]), s32(a[1])); this.wakeIo(); return r; }
      case NR.dup3: {
        if (s32(a[0]) === s32(a[1]) || a[2] & ~O_CLOEXEC) return -E.INVAL;
        const r = this.fds.dup(s32(a[0]), s32(a[1]), (a[2] & O_CLOEXEC) !== 0);
        this.wakeIo(); // a descriptor it replaced may have been a pipe's last writer
        return r;
      }
      case NR.pipe: case NR.pipe2: return this.pipe(a[0], nr === NR.pipe2 ? a[1] : 0);
      case NR.memfd_create: {
        const f: OpenFile = { kind: 'memfd', flags: 2, pos: 0, refs: 1, mem: { data: new Uint8Array(0), size: 0, name: g.cstring(a[0]) } };
        return this.fds.alloc(f, 0, (a[1] & 1) !== 0); // MFD_CLOEXEC
      }
      case NR.open: return this.open(AT_FDCWD, a[0], a[1], a[2]);
      case NR.openat: return this.open(s32(a[0]), a[1], a[2], a[3]);
      case NR.creat: return this.open(AT_FDCWD, a[0], 1 | O_CREAT | O_TRUNC, a[1]);
      case NR.close: {
        const r = this.fds.close(s32(a[0]));
        this.wakeIo(); // the last writer of a pipe may have gone: readers see the end
        return r;
      }
      case NR.lseek: return this.lseek(s32(a[0]), this.cfg.is64 ? a[1] : s32(a[1]), a[2]);
      case NR._llseek: {
        const r = this.lseek(s32(a[0]), a[1] * 4294967296 + a[2], a[4]);
        if (r >= 0) g.w64(a[3], r);
        return r < 0 ? r : 0;
      }
      case NR.getdents64: return this.getdents(s32(a[0]), a[1], a[2]);
      case NR.access: return this.access(AT_FDCWD, a[0], a[1], 0);
      case NR.faccessat: return this.access(s32(a[0]), a[1], a[2], 0);
      case NR.faccessat2: return this.access(s32(a[0]), a[1], a[2], a[3]);
      case NR.getcwd: {
        const cwd = Buffer.from(this.files.cwd + '\0');
        if (a[1] < cwd.length) return -E.RANGE;
        g.writeBytes(a[0], cwd);
        return cwd.length;
      }
      case NR.chdir: return this.atPath(AT_FDCWD, a[0], (base, p) => this.chdir(this.files.dir(base, p)));
      case NR.fchdir: {
        const f = this.fds.get(s32(a[0]));
        if (!f) return -E.BADF;
        return this.chdir(f.host?.isDir ? f.host.guestPath : -E.NOTDIR);
      }
      case NR.umask: { const old = this.files.umask; this.files.umask = a[0] & 0o777; return old; }
      case NR.mkdir: return this.atPath(AT_FDCWD, a[0], (base, p) => this.files.mkdir(base, p, a[1]));
      case NR.mkdirat: return this.atPath(s32(a[0]), a[1], (base, p) => this.files.mkdir(base, p, a[2]));
      case NR.rmdir: return this.atPath(AT_FDCWD, a[0], (base, p) => this.files.remove(base, p, true));
      case NR.unlink: return this.atPath(AT_FDCWD, a[0], (base, p) => this.files.remove(base, p, false));
      case NR.unlinkat:
        if (a[2] & ~AT_REMOVEDIR) return -E.INVAL;
        return this.atPath(s32(a[0]), a[1], (base, p) => this.files.remove(base, p, (a[2] & AT_REMOVEDIR) !== 0));
      case NR.rename: return this.twoPaths(AT_FDCWD, a[0], AT_FDCWD, a[1], (b1, p1, b2, p2) => this.files.rename(b1, p1, b2, p2, 0));
      case NR.renameat: case NR.renameat2:
        return this.twoPaths(s32(a[0]), a[1], s32(a[2]), a[3], (b1, p1, b2, p2) => this.files.rename(b1, p1, b2, p2, nr === NR.renameat2 ? a[4] : 0));
      case NR.link: return this.twoPaths(AT_FDCWD, a[0], AT_FDCWD, a[1], (b1, p1, b2, p2) => this.files.link(b1, p1, b2, p2, false));
      case NR.linkat:
        if (a[4] & ~AT_SYMLINK_FOLLOW) return -E.INVAL;
        return this.twoPaths(s32(a[0]), a[1], s32(a[2]), a[3], (b1, p1, b2, p2) => this.files.link(b1, p1, b2, p2, (a[4] & AT_SYMLINK_FOLLOW) !== 0));
      case NR.symlink: return this.atPath(AT_FDCWD, a[1], (base, p) => this.files.symlink(this.path(a[0]), base, p));
      case NR.symlinkat: return this.atPath(s32(a[1]), a[2], (base, p) => this.files.symlink(this.path(a[0]), base, p));
      case NR.chmod: return this.atPath(AT_FDCWD, a[0], (base, p) => this.files.chmod(base, p, a[1], true));
      case NR.fchmodat: return this.atPath(s32(a[0]), a[1], (base, p) => this.files.chmod(base, p, a[2], true));
      case NR.fchmod: {
        const f = this.fds.get(s32(a[0]));
        if (!f || f.flags & O_PATH) return -E.BADF;
        if (!f.host) return -E.INVAL;
        const h = f.host;
        return h.readOnly ? -E.ROFS : hostDo(() => fs.fchmodSync(h.fd, a[1] & 0o7777));
      }
      case NR.chown: return this.chown(AT_FDCWD, a[0], a[1], a[2], 0);
      case NR.lchown: return this.chown(AT_FDCWD, a[0], a[1], a[2], AT_SYMLINK_NOFOLLOW);
      case NR.fchownat: return this.chown(s32(a[0]), a[1], a[2], a[3], a[4]);
      case NR.fchown: return this.chown(s32(a[0]), 0, a[1], a[2], AT_EMPTY_PATH);
      case NR.utimensat: return this.utimens(s32(a[0]), a[1], a[2], a[3], this.cfg.is64 ? 'ts64' : 'ts32');
      case NR.utimensat_time64: return this.utimens(s32(a[0]), a[1], a[2], a[3], 'ts64');
      case NR.utimes: return this.utimens(AT_FDCWD, a[0], a[1], 0, 'timeval');
      case NR.futimesat: return this.utimens(s32(a[0]), a[1], a[2], 0, 'timeval');
      case NR.utime: return this.utimens(AT_FDCWD, a[0], a[1], 0, 'utimbuf');
      case NR.truncate: return this.atPath(AT_FDCWD, a[0], (base, p) => this.files.truncate(base, p, this.cfg.is64 ? a[1] : s32(a[1])));
      case NR.truncate64: return this.atPath(AT_FDCWD, a[0], (base, p) => this.files.truncate(base, p, (a[2] | 0) * 4294967296 + a[3]));
      case NR.ftruncate: return this.ftruncate(s32(a[0]), this.cfg.is64 ? a[1] : s32(a[1]));
      case NR.ftruncate64: return this.ftruncate(s32(a[0]), (a[2] | 0) * 4294967296 + a[3]);
      case NR.fsync: case NR.fdatasync: {
        const f = this.fds.get(s32(a[0]));
        if (!f) return -E.BADF;
        if (f.kind !== 'host' && f.kind !== 'memfd') return -E.INVAL;
        return f.host ? hostDo(() => fs.fsyncSync(f.host!.fd)) : 0;
      }
      case NR.sync: return 0;
      case NR.syncfs: return this.fds.get(s32(a[0])) ? 0 : -E.BADF;
      case NR.futex: case NR.futex_time64:
        return this.threads.futex(a[0], a[1], a[2], a[3], a[4], a[5], nr === NR.futex_time64 || this.cfg.is64, scv);
      case NR.sched_getaffinity: {
        const n = this.cfg.is64 ? 8 : 4;
        if (a[1] < n) return -E.INVAL;
        g.writeBytes(a[2], new Uint8Array(n));
        g.w8(a[2] + (this.m.mem.le ? 0 : n - 1), 1);
        return n;
      }
      case NR.prctl: return this.prctl(a[0], a[1]);
      case NR.times: {
        if (a[0]) g.writeBytes(a[0], new Uint8Array(4 * g.wordSize));
        return Number(this.nowNs(1) / 10_000_000n);
      }
      case NR.getrusage: g.writeBytes(a[1], new Uint8Array(g.is64 ? 144 : 72)); return 0;
      case NR.sysinfo: g.writeBytes(a[0], new Uint8Array(g.is64 ? 112 : 64)); return 0;
      case NR.rt_sigsuspend: return this.sigsuspend(a[0], a[1], scv);
      case NR.rt_sigtimedwait: case NR.rt_sigtimedwait_time64:
        return this.sigtimedwait(a[0], a[1], a[2], nr === NR.rt_sigtimedwait_time64 || this.cfg.is64, scv);
      default: return this.unknown(nr);
    }
  }

  // ---- files ----------------------------------------------------------------------------------

  /** read(); `mayBlock`: an empty pipe with writers blocks the thread (else EAGAIN). */
  private read(fd: number, buf: number, count: number, mayBlock: boolean): number {
    const f = this.fds.get(fd);
    if (!f || (f.flags & O_ACCMODE) === 1 || f.flags & O_PATH) return -E.BADF;
    let data: Uint8Array;
    switch (f.kind) {
      case 'stdin': {
        this.stdinBuf ??= this.cfg.streams.stdin() ?? new Uint8Array(0);
        data = this.stdinBuf.subarray(f.pos, f.pos + count);
        f.pos += data.length;
        break;
      }
      case 'pipe-r': {
        const p = f.pipe!;
        if (p.data.length === 0 && p.writers > 0 && count > 0) {
          return mayBlock && !(f.flags & O_NONBLOCK) ? this.threads.waitIo() : -E.AGAIN;
        }
        data = Uint8Array.from(p.data.splice(0, count));
        break;
      }
      case 'memfd': {
        const mm = f.mem!;
        data = mm.data.subarray(f.pos, Math.min(mm.size, f.pos + count));
        f.pos += data.length;
        break;
      }
      case 'dev-null': return 0;
      case 'dev-zero': case 'dev-full': data = new Uint8Array(Math.min(count, 1 << 24)); break;
      case 'dev-random': case 'dev-urandom': data = new Uint8Array(Math.min(count, 1 << 24)); this.m.rng.fill(data); break;
      case 'host': {
        if (f.host!.isDir) return -E.ISDIR;
        const b = scratch(Math.min(count, 1 << 24));
        const n = host(() => fs.readSync(f.host!.fd, b, 0, b.length, f.pos));
        if (n < 0) return n;
        f.pos += n;
        data = b.subarray(0, n);
        break;
      }
      default: return -E.BADF;
    }
    if (data.length) this.g.writeBytes(buf, data);
    return data.length;
  }

  private write(fd: number, data: Uint8Array): number {
    const f = this.fds.get(fd);
    if (!f || (f.flags & O_ACCMODE) === 0 && f.kind !== 'stdout' && f.kind !== 'stderr' || f.flags & O_PATH) return -E.BADF;
    switch (f.kind) {
      case 'stdout': this.cfg.streams.stdout(data); return data.length;
      case 'stderr': this.cfg.streams.stderr(data); return data.length;
      case 'pipe-w': {
        if (f.pipe!.readers === 0) { this.thread.pending.push({ signo: SIG.PIPE, info: { signo: SIG.PIPE, code: 0 } }); return -E.PIPE; }
        for (const b of data) f.pipe!.data.push(b);
        this.wakeIo();
        return data.length;
      }
      case 'memfd': {
        const mm = f.mem!;
        const pos = f.flags & O_APPEND ? mm.size : f.pos;
        if (pos + data.length > mm.data.length) {
          const nd = new Uint8Array(Math.max(pos + data.length, mm.data.length * 2));
          nd.set(mm.data);
          mm.data = nd;
        }
        mm.data.set(data, pos);
        mm.size = Math.max(mm.size, pos + data.length);
        f.pos = pos + data.length;
        return data.length;
      }
      case 'dev-full': return -E.NOSPC;
      case 'dev-null': case 'dev-zero': case 'dev-random': case 'dev-urandom': return data.length;
      case 'host': {
        // O_APPEND: every write goes to the current end of the file (the host descriptor is not
        // opened in append mode, so the position is explicit), and the offset follows it.
        const h = f.host!;
        const at = f.flags & O_APPEND ? fs.fstatSync(h.fd).size : f.pos;
        const n = host(() => fs.writeSync(h.fd, data, 0, data.length, at));
        if (n >= 0) f.pos = at + n;
        return n;
      }
      default: return -E.BADF;
    }
  }

  private pio(nr: number, fd: number, buf: number, count: number, off: number): number {
    const f = this.fds.get(fd);
    if (!f) return -E.BADF;
    if (f.kind !== 'memfd' && f.kind !== 'host' && !isDevice(f.kind)) return -E.SPIPE;
    const saved = f.pos;
    f.pos = off;
    const r = nr === NR.pread64 ? this.read(fd, buf, count, false) : this.write(fd, this.g.bytes(buf, count));
    f.pos = saved;
    return r;
  }

  private iov(nr: number, fd: number, iov: number, cnt: number): number {
    const g = this.g, ws = g.wordSize;
    if (cnt > 1024) return -E.INVAL;
    let total = 0;
    for (let k = 0; k < cnt; k++) {
      const base = g.word(iov + 2 * ws * k), len = g.word(iov + 2 * ws * k + ws);
      if (len === 0) continue;
      const r = nr === NR.writev ? this.write(fd, g.bytes(base, len)) : this.read(fd, base, len, total === 0);
      if (r < 0) return total || r;
      total += r;
      if (r < len) break;
    }
    return total;
  }

  /** A path argument: the guest's bytes, read as UTF-8 (as the host names files). */
  private path(addr: number): string {
    return Buffer.from(this.g.cstring(addr, 4096), 'latin1').toString('utf8');
  }

  /** The directory a relative path starts from: the working directory or dirfd's directory. */
  private base(dirfd: number, p: string): string | number {
    if (p.startsWith('/') || dirfd === AT_FDCWD) return this.files.cwd;
    const f = this.fds.get(dirfd);
    if (!f) return -E.BADF;
    return f.host?.isDir ? f.host.guestPath : -E.NOTDIR;
  }

  /** Calls fn with a *at call's starting directory and path. */
  private atPath(dirfd: number, pathAddr: number, fn: (base: string, p: string) => number): number {
    const p = this.path(pathAddr);
    if (p === '') return -E.NOENT;
    const base = this.base(dirfd, p);
    return typeof base === 'number' ? base : fn(base, p);
  }

  private twoPaths(fd1: number, p1: number, fd2: number, p2: number,
    fn: (b1: string, p1: string, b2: string, p2: string) => number): number {
    return this.atPath(fd1, p1, (b1, q1) => this.atPath(fd2, p2, (b2, q2) => fn(b1, q1, b2, q2)));
  }

  /**
   * A path call on `pathAddr` from `dirfd`, or on the descriptor itself when the path is NULL or
   * empty and `empty` allows it (AT_EMPTY_PATH, futimens): `onFd` then gets its open file.
   */
  private pathOrFd(dirfd: number, pathAddr: number, empty: boolean, onFd: (f: OpenFile) => number,
    onPath: (base: string, p: string) => number): number {
    if (empty && (pathAddr === 0 || this.g.bytes(pathAddr, 1)[0] === 0)) {
      const f = this.fds.get(dirfd);
      return f ? onFd(f) : -E.BADF;
    }
    return this.atPath(dirfd, pathAddr, onPath);
  }

  /**
   * chown, lchown, fchown, fchownat: the guest runs as an unprivileged user (UID, GID), so only
   * "changes" to its own user and group (or -1, none) succeed, and they change nothing on the host.
   */
  private chown(dirfd: number, pathAddr: number, owner: number, group: number, flags: number): number {
    if (flags & ~(AT_SYMLINK_NOFOLLOW | AT_EMPTY_PATH)) return -E.INVAL;
    const keep = (v: number, own: number) => (v >>> 0) === 0xffffffff || (v >>> 0) === own;
    const change = !keep(owner, UID) || !keep(group, GID);
    return this.pathOrFd(dirfd, pathAddr, (flags & AT_EMPTY_PATH) !== 0,
      (f) => (f.host?.readOnly ? -E.ROFS : change ? -E.PERM : 0),
      (base, p) => this.files.chown(base, p, (flags & AT_SYMLINK_NOFOLLOW) === 0, change));
  }

  /**
   * utimensat (its 64-bit time form on ppc32), futimens (a NULL path), utimes, futimesat, utime:
   * `times` holds the access then the modification time as timespecs (of the process's width,
   * or 64-bit), timevals or a utimbuf; NULL, or a timespec's UTIME_NOW, is the guest's
   * CLOCK_REALTIME, UTIME_OMIT keeps the time as it is.
   */
  private utimens(dirfd: number, pathAddr: number, times: number, flags: number, kind: 'ts32' | 'ts64' | 'timeval' | 'utimbuf'): number {
    if (flags & ~AT_SYMLINK_NOFOLLOW) return -E.INVAL;
    const g = this.g, wide = kind === 'ts64' || (kind !== 'ts32' && this.cfg.is64), size = wide ? 8 : 4;
    const now = Number(this.nowNs(0)) / 1e9;
    const word = (a: number) => (wide ? Number(BigInt.asIntN(64, g.u64(a))) : g.s32(a));
    const at: (number | undefined)[] = [now, now];
    if (times !== 0) {
      for (const k of [0, 1]) {
        if (kind === 'utimbuf') { at[k] = word(times + k * size); continue; }
        const sec = word(times + 2 * k * size), frac = word(times + (2 * k + 1) * size);
        if (kind === 'timeval') {
          if (frac < 0 || frac >= 1_000_000) return -E.INVAL;
          at[k] = sec + frac / 1e6;
        } else if (frac === UTIME_OMIT) at[k] = undefined;
        else if (frac !== UTIME_NOW) {
          if (frac < 0 || frac >= 1_000_000_000) return -E.INVAL;
          at[k] = sec + frac / 1e9;
        }
      }
    }
    if (at[0] === undefined && at[1] === undefined) return 0;
    return this.pathOrFd(dirfd, pathAddr, kind === 'ts32' || kind === 'ts64', (f) => {
      if (!f.host) return 0; // (a pipe's or memfd's times are not kept)
      if (f.host.readOnly) return -E.ROFS;
      const [a, m] = timesOr(fs.fstatSync(f.host.fd, { bigint: true }), at[0], at[1]);
      return hostDo(() => fs.futimesSync(f.host!.fd, a, m));
    }, (base, p) => this.files.utimes(base, p, (flags & AT_SYMLINK_NOFOLLOW) === 0, at[0], at[1]));
  }

  private chdir(dir: string | number): number {
    if (typeof dir === 'number') return dir;
    this.files.cwd = dir;
    return 0;
  }

  /** The device (files.ts DEVICES) a guest path names, if any. */
  private deviceAt(base: string, p: string): DeviceKind | undefined {
    return (DEVICES as Record<string, { kind: DeviceKind } | undefined>)[posix.resolve(base, p)]?.kind;
  }

  /**
   * The descriptor a guest path names through Linux's links to the process's own descriptors:
   * /dev/stdin, /dev/stdout, /dev/stderr, /dev/fd/N, /proc/self/fd/N (/proc/PID/fd/N), if any.
   */
  private fdLinkAt(base: string, p: string): number | undefined {
    const full = posix.resolve(base, p);
    const std = ['/dev/stdin', '/dev/stdout', '/dev/stderr'].indexOf(full);
    if (std >= 0) return std;
    const m = /^\/(?:dev\/fd|proc\/(?:self|(\d+))\/fd)\/(\d+)$/.exec(full);
    return m && (m[1] === undefined || Number(m[1]) === this.pid) ? Number(m[2]) : undefined;
  }

  /**
   * open() of a descriptor's link (fdLinkAt): as Linux, a new open file description of what the
   * descriptor names, with the flags asked for: a host file or memfd opened again (its own
   * offset, from 0), a pipe end joined (the same pipe). The standard streams, which stand for
   * whatever the host gave, are shared as dup shares them.
   */
  private openFdLink(n: number, flags: number, mode: number): number {
    const f = this.fds.get(n);
    if (!f) return -E.NOENT;
    const cloexec = (flags & O_CLOEXEC) !== 0, kept = openFlagsKept(flags);
    if (f.host) {
      const h = this.files.open('/', f.host.guestPath, flags & ~(O_CREAT | O_EXCL), mode);
      if (typeof h === 'number') return h;
      const fd = this.fds.alloc({ kind: 'host', flags: kept, pos: 0, refs: 1, host: h }, 0, cloexec);
      if (fd < 0) fs.closeSync(h.fd);
      return fd;
    }
    if (f.mem) {
      if (flags & O_TRUNC) f.mem.size = 0;
      return this.fds.alloc({ kind: 'memfd', flags: kept, pos: 0, refs: 1, mem: f.mem }, 0, cloexec);
    }
    if (f.pipe) {
      const fd = this.fds.alloc({ kind: f.kind, flags: kept, pos: 0, refs: 1, pipe: f.pipe }, 0, cloexec);
      if (fd >= 0) { if (f.kind === 'pipe-r') f.pipe.readers++; else f.pipe.writers++; }
      return fd;
    }
    return this.fds.dup(n, undefined, cloexec);
  }

  /**
   * Where /proc/self/fd/N leads, as Linux shows it: a file's path, a memfd's `/memfd:NAME
   * (deleted)`, a pipe's `pipe:[INODE]`, a device's path; the standard streams stand for
   * whatever the host gave and show /dev/stdin, /dev/stdout or /dev/stderr.
   */
  private fdLinkTarget(n: number): Buffer | number {
    const f = this.fds.get(n);
    if (!f) return -E.NOENT;
    if (f.host) return Buffer.from(f.host.guestPath);
    if (f.mem) return Buffer.from(`/memfd:${f.mem.name} (deleted)`);
    if (f.pipe) return Buffer.from(`pipe:[${this.fileStat(f).ino}]`);
    return Buffer.from(isDevice(f.kind) ? deviceEntry(f.kind).path : `/dev/${f.kind}`);
  }

  private open(dirfd: number, pathAddr: number, flags: number, mode: number): number {
    return this.atPath(dirfd, pathAddr, (base, p) => {
      const link = this.fdLinkAt(base, p);
      if (link !== undefined) return this.openFdLink(link, flags, mode);
      const dev = this.deviceAt(base, p);
      if (dev !== undefined) {
        if (flags & O_DIRECTORY) return -E.NOTDIR;
        if (flags & O_CREAT && flags & O_EXCL) return -E.EXIST;
        return this.fds.alloc({ kind: dev, flags: openFlagsKept(flags), pos: 0, refs: 1 }, 0, (flags & O_CLOEXEC) !== 0);
      }
      const h = this.files.open(base, p, flags, mode);
      if (typeof h === 'number') return h;
      const fd = this.fds.alloc({ kind: 'host', flags: openFlagsKept(flags), pos: 0, refs: 1, host: h }, 0, (flags & O_CLOEXEC) !== 0);
      if (fd < 0) fs.closeSync(h.fd);
      return fd;
    });
  }

  private ftruncate(fd: number, len: number): number {
    const f = this.fds.get(fd);
    if (!f || f.flags & O_PATH) return -E.BADF;
    if (len < 0 || (f.flags & O_ACCMODE) === 0 || (f.kind !== 'host' && f.kind !== 'memfd') || f.host?.isDir) return -E.INVAL;
    if (f.host) return hostDo(() => fs.ftruncateSync(f.host!.fd, len));
    const mm = f.mem!;
    if (len > mm.data.length) { const nd = new Uint8Array(len); nd.set(mm.data.subarray(0, mm.size)); mm.data = nd; }
    else mm.data.fill(0, len);
    mm.size = len;
    return 0;
  }

  private lseek(fd: number, off: number, whence: number): number {
    const f = this.fds.get(fd);
    if (!f) return -E.BADF;
    let size: number;
    if (isDevice(f.kind)) return (f.pos = 0); // (Linux's devices: any seek succeeds and leaves 0)
    if (f.kind === 'memfd') size = f.mem!.size;
    else if (f.kind === 'host') size = fs.fstatSync(f.host!.fd).size;
    else return -E.SPIPE;
    const base = whence === 0 ? 0 : whence === 1 ? f.pos : whence === 2 ? size : NaN;
    if (Number.isNaN(base)) return -E.INVAL;
    if (base + off < 0) return -E.INVAL;
    f.pos = base + off;
    return f.pos;
  }

  private getdents(fd: number, buf: number, count: number): number {
    const f = this.fds.get(fd);
    if (!f) return -E.BADF;
    if (f.kind !== 'host' || !f.host!.isDir) return -E.NOTDIR;
    const dir = f.host!.path;
    // sorted, so that listings are deterministic; '..' of the root is the root
    const names = host(() => ['.', '..', ...fs.readdirSync(dir).sort()]);
    if (typeof names === 'number') return names;
    let out = 0;
    const g = this.g, le = this.m.mem.le;
    while (f.pos < names.length) {
      const name = Buffer.from(names[f.pos]);
      const reclen = (19 + name.length + 1 + 7) & ~7;
      if (out + reclen > count) break;
      const gp = f.host!.guestPath;
      const guest = f.pos === 0 ? gp : f.pos === 1 ? posix.dirname(gp) : posix.join(gp, names[f.pos]);
      const st = host(() => fs.lstatSync(f.pos < 2 ? dir : `${dir}/${names[f.pos]}`, { bigint: true }));
      f.pos++;
      if (typeof st === 'number') continue; // removed since the listing was read
      const rec = new Uint8Array(reclen);
      const dv = new DataView(rec.buffer);
      dv.setBigUint64(0, inodeOf(guest, this.cfg.is64), le);
      dv.setBigUint64(8, BigInt(f.pos), le); // d_off: the position after this entry
      dv.setUint16(16, reclen, le);
      rec[18] = Number((st.mode >> 12n) & 15n); // DT_* is the file type's S_IFMT nibble
      rec.set(name, 19);
      g.writeBytes(buf + out, rec);
      out += reclen;
    }
    if (out === 0 && f.pos < names.length) return -E.INVAL;
    return out;
  }

  private access(dirfd: number, pathAddr: number, mode: number, flags: number): number {
    if (flags & ~(AT_EACCESS | AT_SYMLINK_NOFOLLOW | AT_EMPTY_PATH)) return -E.INVAL;
    return this.atPath(dirfd, pathAddr, (base, p) => (this.deviceAt(base, p) !== undefined
      ? (mode & 1 ? -E.ACCES : 0) // (crw-rw-rw-)
      : this.files.access(base, p, mode, !(flags & AT_SYMLINK_NOFOLLOW))));
  }

  private pipe(addr: number, flags: number): number {
    const pipe = { data: [] as number[], readers: 1, writers: 1 };
    const cloexec = (flags & O_CLOEXEC) !== 0, nonblock = flags & O_NONBLOCK;
    const r = this.fds.alloc({ kind: 'pipe-r', flags: nonblock, pos: 0, refs: 1, pipe }, 0, cloexec);
    const w = this.fds.alloc({ kind: 'pipe-w', flags: 1 | nonblock, pos: 0, refs: 1, pipe }, 0, cloexec);
    this.g.w32(addr, r);
    this.g.w32(addr + 4, w);
    return 0;
  }

  private fcntl(fd: number, cmd: number, arg: number): number {
    const f = this.fds.get(fd);
    if (!f) return -E.BADF;
    switch (cmd) {
      case 0: case 1030: { // F_DUPFD, F_DUPFD_CLOEXEC
        const nfd = this.fds.alloc(f, arg, cmd === 1030);
        if (nfd >= 0) f.refs++;
        return nfd;
      }
      case 1: return this.fds.cloexec[fd] ? 1 : 0;
      case 2: this.fds.cloexec[fd] = (arg & 1) !== 0; return 0;
      case 3: return f.flags;
      case 4: f.flags = (f.flags & O_ACCMODE) | (arg & ~O_ACCMODE); return 0;
      // F_GETLK, F_SETLK, F_SETLKW; their flock64 forms (ppc32); F_OFD_GETLK, F_OFD_SETLK, F_OFD_SETLKW
      case 5: case 6: case 7: case 12: case 13: case 14: case 36: case 37: case 38:
        return this.recordLock(f, cmd, arg);
      default: return -E.INVAL;
    }
  }

  /**
   * fcntl's record locks (locks.ts) on the struct flock at `arg`: { short l_type, l_whence;
   * off_t l_start, l_len; pid_t l_pid }, with 64-bit offsets (at 8 and 16, the pid at 24) on
   * ppc64 and in the flock64 and OFD commands, 32-bit ones (at 4 and 8, the pid at 12) in ppc32's
   * plain commands. A conflicting lock of another owner fails F_SETLK with EAGAIN. F_SETLKW
   * would wait for it; the processes of a run take turns on one thread, and no wait is modelled:
   * it fails with EDEADLK, the error Linux gives a wait that would deadlock.
   */
  private recordLock(f: OpenFile, cmd: number, arg: number): number {
    const g = this.g, ofd = cmd >= 36, wide = this.cfg.is64 || cmd >= 12;
    const [startAt, lenAt, pidAt] = wide ? [8, 16, 24] : [4, 8, 12];
    const s16 = (a: number) => (g.u16(a) << 16) >> 16;
    const s64 = (a: number) => Number(BigInt.asIntN(64, g.u64(a)));
    const type = s16(arg), whence = s16(arg + 2);
    const lstart = wide ? s64(arg + startAt) : g.s32(arg + startAt), len = wide ? s64(arg + lenAt) : g.s32(arg + lenAt);
    if (type !== F_RDLCK && type !== F_WRLCK && type !== F_UNLCK) return -E.INVAL;
    if (ofd && g.s32(arg + pidAt) !== 0) return -E.INVAL;
    let base: number;
    if (whence === 0) base = 0;
    else if (whence === 1) base = f.pos;
    else if (whence === 2) base = f.kind === 'memfd' ? f.mem!.size : f.host ? fs.fstatSync(f.host.fd).size : 0;
    else return -E.INVAL;
    let start = base + lstart, end = len === 0 ? Infinity : start + len;
    if (len < 0) { end = start; start += len; }
    if (start < 0) return -E.INVAL;
    const owner = ofd ? f : this.pid, key = fileKey(f), locks = this.locks;
    if (cmd === 5 || cmd === 12 || cmd === 36) {
      if (type === F_UNLCK) return -E.INVAL; // (Linux asks for a read or write lock to test)
      const l = locks.conflict(key, owner, type, start, end);
      if (l === undefined) { g.w16(arg, F_UNLCK); return 0; }
      g.w16(arg, l.type);
      g.w16(arg + 2, 0);
      if (wide) { g.w64(arg + startAt, l.start); g.w64(arg + lenAt, l.end === Infinity ? 0 : l.end - l.start); }
      else { g.w32(arg + startAt, l.start); g.w32(arg + lenAt, l.end === Infinity ? 0 : l.end - l.start); }
      g.w32(arg + pidAt, typeof l.owner === 'number' ? l.pid : -1);
      return 0;
    }
    // the descriptor must be open for reading (a read lock) or writing (a write lock)
    const acc = f.flags & O_ACCMODE;
    if ((type === F_RDLCK && acc === 1) || (type === F_WRLCK && acc === 0)) return -E.BADF;
    if (type !== F_UNLCK && locks.conflict(key, owner, type, start, end) !== undefined) return cmd === 7 || cmd === 14 || cmd === 38 ? -E.DEADLK : -E.AGAIN;
    locks.set(key, owner, this.pid, type, start, end);
    this.fds.locking ??= { table: locks, pid: this.pid };
    return 0;
  }

  private ioctl(fd: number, req: number): number {
    if (!this.fds.get(fd)) return -E.BADF;
    void req;
    return -E.NOTTY; // no descriptor is a terminal: output is deterministic
  }

  private readlink(dirfd: number, pathAddr: number, buf: number, size: number): number {
    if ((size | 0) <= 0) return -E.INVAL;
    return this.atPath(dirfd, pathAddr, (base, p) => {
      let b: Buffer | number;
      // The kernel reports the executable's absolute path (glibc's _dl_get_origin asserts a
      // leading '/'); a relative path is taken from the guest's working directory at start, '/'.
      const link = this.fdLinkAt(base, p);
      if (this.isSelfExe(p)) b = Buffer.from(posix.resolve('/', this.cfg.execPath));
      else if (link === undefined) b = this.files.readlink(base, p);
      // /dev/stdin, /dev/stdout, /dev/stderr lead to /proc/self/fd/0, 1, 2 (as udev makes them)
      else if (posix.resolve(base, p).startsWith('/dev/std')) b = Buffer.from(`/proc/self/fd/${link}`);
      else b = this.fdLinkTarget(link);
      if (typeof b === 'number') return b;
      b = b.subarray(0, size);
      this.g.writeBytes(buf, b);
      return b.length;
    });
  }

  // ---- stat ---------------------------------------------------------------------------------

  /**
   * The structure a stat call fills: ppc64's struct stat; ppc32's struct stat64 for the *64 calls
   * and fstatat64, its struct stat (32-bit fields) for stat, lstat and fstat.
   */
  private statKind(nr: number): StatKind {
    if (this.cfg.is64) return 'stat';
    return nr === NR.stat || nr === NR.lstat || nr === NR.fstat ? 'stat32' : 'stat64';
  }

  private fileStat(f: OpenFile): FileStat {
    const dflt = { nlink: 1, blocks: 0, rdev: 0 };
    switch (f.kind) {
      case 'stdin': case 'stdout': case 'stderr': return { ...dflt, mode: 0o010600, size: 0, ino: BigInt(3 + ['stdin', 'stdout', 'stderr'].indexOf(f.kind)) };
      case 'pipe-r': case 'pipe-w': return { ...dflt, mode: 0o010600, size: 0, ino: 10n };
      case 'memfd': return { ...dflt, mode: 0o100777, size: f.mem!.size, ino: 11n, blocks: Math.ceil(f.mem!.size / 512) };
      case 'host': return fileStat(fs.fstatSync(f.host!.fd, { bigint: true }), f.host!.guestPath, this.cfg.is64);
      default: return deviceStat(f.kind);
    }
  }

  private fstat(fd: number, addr: number, kind: StatKind): number {
    const f = this.fds.get(fd);
    return f ? this.writeStat(this.fileStat(f), addr, kind) : -E.BADF;
  }

  /** stat, lstat, fstatat, statx: a path from dirfd, or dirfd itself with AT_EMPTY_PATH. */
  private statAt(dirfd: number, pathAddr: number, flags: number, addr: number, kind: StatKind): number {
    if (flags & ~(AT_SYMLINK_NOFOLLOW | AT_EMPTY_PATH | AT_NO_AUTOMOUNT | (kind === 'statx' ? 0x6000 : 0))) return -E.INVAL;
    if (flags & AT_EMPTY_PATH && this.path(pathAddr) === '') {
      if (dirfd !== AT_FDCWD) return this.fstat(dirfd, addr, kind);
      pathAddr = 0;
    }
    const stat = (base: string, p: string) => {
      const dev = this.deviceAt(base, p), link = this.fdLinkAt(base, p), lf = link !== undefined ? this.fds.get(link) : undefined;
      if (link !== undefined && !lf) return -E.NOENT;
      const st = lf ? this.fileStat(lf) : dev !== undefined ? deviceStat(dev) : this.files.stat(base, p, !(flags & AT_SYMLINK_NOFOLLOW));
      return typeof st === 'number' ? st : this.writeStat(st, addr, kind);
    };
    return pathAddr === 0 ? stat(this.files.cwd, '.') : this.atPath(dirfd, pathAddr, stat);
  }

  private writeStat(s: FileStat, addr: number, kind: StatKind): number {
    const g = this.g;
    // file times read as the guest clock's now: the guest sees one deterministic time
    const t = this.nowNs(0) / 1_000_000_000n;
    if (kind === 'stat') { // ppc64 struct stat (144 bytes)
      g.writeBytes(addr, new Uint8Array(144));
      g.w64(addr, 1); g.w64(addr + 8, s.ino); g.w64(addr + 16, s.nlink); g.w32(addr + 24, s.mode);
      g.w32(addr + 28, UID); g.w32(addr + 32, GID); g.w64(addr + 40, s.rdev); g.w64(addr + 48, s.size);
      g.w64(addr + 56, 4096); g.w64(addr + 64, s.blocks);
      g.w64(addr + 72, t); g.w64(addr + 88, t); g.w64(addr + 104, t);
    } else if (kind === 'stat64') { // ppc32 struct stat64 (104 bytes)
      g.writeBytes(addr, new Uint8Array(104));
      g.w64(addr, 1); g.w64(addr + 8, s.ino); g.w32(addr + 16, s.mode); g.w32(addr + 20, s.nlink);
      g.w32(addr + 24, UID); g.w32(addr + 28, GID); g.w64(addr + 32, s.rdev); g.w64(addr + 48, s.size);
      g.w32(addr + 56, 4096); g.w64(addr + 64, s.blocks);
      g.w32(addr + 72, Number(t)); g.w32(addr + 80, Number(t)); g.w32(addr + 88, Number(t));
    } else if (kind === 'stat32') { // ppc32 struct stat (72 bytes)
      if (s.size > 0x7fffffff) return -E.OVERFLOW;
      g.writeBytes(addr, new Uint8Array(72));
      g.w32(addr, 1); g.w32(addr + 4, Number(s.ino)); g.w32(addr + 8, s.mode); g.w16(addr + 12, s.nlink);
      g.w32(addr + 16, UID); g.w32(addr + 20, GID); g.w32(addr + 24, s.rdev); g.w32(addr + 28, s.size);
      g.w32(addr + 32, 4096); g.w32(addr + 36, s.blocks);
      g.w32(addr + 40, Number(t)); g.w32(addr + 48, Number(t)); g.w32(addr + 56, Number(t));
    } else { // struct statx (256 bytes)
      g.writeBytes(addr, new Uint8Array(256));
      g.w32(addr, 0x7ff); g.w32(addr + 4, 4096); g.w32(addr + 16, s.nlink); g.w32(addr + 20, UID); g.w32(addr + 24, GID);
      g.w16(addr + 28, s.mode); g.w64(addr + 32, s.ino); g.w64(addr + 40, s.size); g.w64(addr + 48, s.blocks);
      for (const o of [64, 80, 96, 112]) g.w64(addr + o, t);
      // stx_rdev_major/minor (a device's; rdev as Linux's new_encode_dev), stx_dev_major/minor (0:1, as st_dev 1)
      g.w32(addr + 128, (s.rdev >>> 8) & 0xfff); g.w32(addr + 132, (s.rdev & 0xff) | ((s.rdev >>> 12) & ~0xff));
      g.w32(addr + 140, 1);
    }
    return 0;
  }

  // ---- memory -------------------------------------------------------------------------------

  private pageAlign(v: number): number {
    const ps = this.cfg.pageSize;
    return Math.ceil(v / ps) * ps;
  }

  private doBrk(addr: number): number {
    if (addr === 0 || addr < this.brkStart) return this.brk;
    const oldEnd = this.pageAlign(this.brk), newEnd = this.pageAlign(addr);
    if (newEnd > oldEnd) {
      if (!this.m.mem.isFree(oldEnd, newEnd - oldEnd) || newEnd > MMAP_BASE - STACK_SIZE) return this.brk;
      this.m.mem.map(oldEnd, newEnd - oldEnd, 3);
    } else if (newEnd < oldEnd) {
      this.m.mem.unmap(newEnd, oldEnd - newEnd);
    }
    this.brk = addr;
    return addr;
  }

  /** Highest free range of len bytes below MMAP_BASE. */
  private findFree(len: number): number {
    const ps = this.cfg.pageSize;
    for (let a = MMAP_BASE - len; a >= this.pageAlign(this.brk) + 0x1000000; a -= ps) {
      if (this.m.mem.isFree(a, len)) return a;
    }
    return -E.NOMEM;
  }

  private mmap(addr: number, len: number, prot: number, flags: number, fd: number, off: number): number {
    const ps = this.cfg.pageSize;
    if (len === 0 || addr % ps || off % ps) return -E.INVAL;
    const size = this.pageAlign(len);
    let f: OpenFile | undefined;
    if (!(flags & MAP_ANONYMOUS)) {
      f = this.fds.get(fd);
      if (!f) return -E.BADF;
      if (f.kind === 'dev-zero') f = undefined; // a private mapping of /dev/zero is anonymous memory
      else if (isDevice(f.kind)) return -E.NODEV;
      else if (f.kind !== 'memfd' && f.kind !== 'host') return -E.ACCES;
    }
    let at: number;
    if (flags & (MAP_FIXED | MAP_FIXED_NOREPLACE)) {
      if (flags & MAP_FIXED_NOREPLACE && !this.m.mem.isFree(addr, size)) return -E.EXIST;
      at = addr;
    } else if (addr && this.m.mem.isFree(addr, size) && addr + size <= MMAP_BASE) {
      at = addr;
    } else {
      at = this.findFree(size);
      if (at < 0) return at;
    }
    if (at + size > 2 ** 47) return -E.NOMEM;
    this.m.mem.map(at, size, prot & 7);
    if (f) {
      let data: Uint8Array;
      if (f.kind === 'memfd') data = f.mem!.data.subarray(off, Math.min(f.mem!.size, off + len));
      else {
        const b = scratch(len);
        const n = fs.readSync(f.host!.fd, b, 0, len, off);
        data = b.subarray(0, n);
      }
      if (data.length) this.m.mem.writeBytes(at, data, true);
    }
    return at;
  }

  private munmap(addr: number, len: number): number {
    if (addr % this.cfg.pageSize || len === 0) return -E.INVAL;
    this.m.mem.unmap(addr, this.pageAlign(len));
    return 0;
  }

  private mprotect(addr: number, len: number, prot: number): number {
    if (addr % this.cfg.pageSize) return -E.INVAL;
    return this.m.mem.protect(addr, this.pageAlign(len), prot & 7) ? 0 : -E.NOMEM;
  }

  private mremap(old: number, oldLen: number, newLen: number, flags: number): number {
    const o = this.pageAlign(oldLen), n = this.pageAlign(newLen);
    if (old % this.cfg.pageSize || n === 0) return -E.INVAL;
    if (n <= o) { if (n < o) this.m.mem.unmap(old + n, o - n); return old; }
    if (this.m.mem.isFree(old + o, n - o)) {
      this.m.mem.map(old + o, n - o, this.m.mem.pageProt(Math.floor(old / PAGE_SIZE)));
      return old;
    }
    if (!(flags & MREMAP_MAYMOVE)) return -E.NOMEM;
    const at = this.findFree(n);
    if (at < 0) return at;
    const prot = this.m.mem.pageProt(Math.floor(old / PAGE_SIZE));
    this.m.mem.map(at, n, prot);
    for (let p = 0; p < o; p += PAGE_SIZE) {
      const d = this.m.mem.pageData((old + p) / PAGE_SIZE);
      if (d) this.m.mem.setPageData((at + p) / PAGE_SIZE, d);
    }
    this.m.mem.unmap(old, o);
    return at;
  }

  // ---- misc ---------------------------------------------------------------------------------

  private uname(addr: number): number {
    const fields = ['Linux', 'ppcemu', '6.1.0', '#1 SMP ppcemu', this.cfg.is64 ? (this.m.mem.le ? 'ppc64le' : 'ppc64') : 'ppc', '(none)'];
    const b = new Uint8Array(65 * 6);
    fields.forEach((s, k) => b.set(Buffer.from(s), 65 * k));
    this.g.writeBytes(addr, b);
    return 0;
  }

  private getrlimit(res: number, addr: number, wide: boolean): number {
    const INF = wide || this.cfg.is64 ? 0xffffffffffffffffn : 0xffffffffn;
    const lim: Record<number, [bigint, bigint]> = { 3: [BigInt(STACK_SIZE), INF], 7: [1024n, 1048576n] };
    const [cur, max] = lim[res] ?? [INF, INF];
    if (wide) { this.g.w64(addr, cur); this.g.w64(addr + 8, max); }
    else { this.g.wword(addr, cur); this.g.wword(addr + this.g.wordSize, max); }
    return 0;
  }

  /**
   * Guest time in ns for a Linux clock id: the realtime clocks since the epoch, the CPU-time
   * clocks since the start, the others since boot (as the time base); or the host's clocks
   * (--clock=host).
   */
  nowNs(clock: number): bigint {
    if (this.cfg.clock === 'host') return hostNanos(clock);
    if (isRealtimeClock(clock)) return BigInt(EPOCH_SECONDS) * 1_000_000_000n + guestNanos(this.m.icount, this.sleptNs);
    if (isCpuTimeClock(clock)) return guestNanos(this.m.icount);
    return uptimeNs(this.m.icount, this.sleptNs);
  }

  /**
   * Lets guest time pass while every thread waits: the virtual clock skips ahead (the default),
   * or with --clock=host the host sleeps.
   */
  idle(ns: bigint): void {
    if (ns <= 0n) return;
    if (this.cfg.clock === 'host') hostSleep(ns);
    else this.sleptNs += ns;
  }

  private writeTimespec(addr: number, sec: bigint, nsec: bigint, wide: boolean): void {
    if (wide) { this.g.w64(addr, sec); this.g.w64(addr + 8, nsec); }
    else { this.g.w32(addr, Number(sec & 0xffffffffn)); this.g.w32(addr + 4, Number(nsec)); }
  }

  private clockGettime(clock: number, addr: number, wide: boolean): number {
    if (clock > 11) return -E.INVAL;
    const ns = this.nowNs(clock);
    this.writeTimespec(addr, ns / 1_000_000_000n, ns % 1_000_000_000n, wide);
    return 0;
  }

  /**
   * nanosleep / clock_nanosleep: the thread waits until the deadline on the guest clock (other
   * threads run meanwhile; when none can, the clock skips ahead). Signals do not cut it short.
   */
  private sleep(clock: number, flags: number, req: number, wide: boolean, scv: boolean): number {
    const g = this.g;
    const sec = wide ? BigInt.asIntN(64, g.u64(req)) : BigInt(g.s32(req));
    const nsec = wide ? BigInt.asIntN(64, g.u64(req + 8)) : BigInt(g.s32(req + 4));
    if (sec < 0n || nsec < 0n || nsec >= 1_000_000_000n) return -E.INVAL;
    if (clock > 11) return -E.INVAL;
    const t = sec * 1_000_000_000n + nsec;
    // TIMER_ABSTIME: a time on `clock`; the deadline is kept on the monotonic clock.
    const deadline = flags & 1 ? this.nowNs(1) + t - this.nowNs(clock) : this.nowNs(1) + t;
    return this.threads.sleep(deadline, scv);
  }

  private prctl(option: number, arg: number): number {
    const msrLo = 2 * Spr64.MSR + 1;
    if (option === PR_SET_FPEXC) {
      let fe = 0;
      if (arg & 3) fe = ((arg & 2) ? 0x800 : 0) | ((arg & 1) ? 0x100 : 0); // FE0, FE1
      this.m.s64[msrLo] = (this.m.s64[msrLo] & ~0x900) | fe;
      return 0;
    }
    if (option === PR_GET_FPEXC) {
      const v = this.m.s64[msrLo];
      const mode = ((v & 0x800) ? 2 : 0) | ((v & 0x100) ? 1 : 0);
      this.g.w32(arg, mode);
      return 0;
    }
    return -E.INVAL;
  }

  // ---- signals ------------------------------------------------------------------------------

  private sigaction(sig: number, act: number, old: number): number {
    if (sig < 1 || sig > NSIG) return -E.INVAL;
    const g = this.g, ws = g.wordSize;
    const cur = this.actions[sig];
    if (old) {
      g.wword(old, cur.handler);
      g.wword(old + ws, cur.flags);
      g.wword(old + 2 * ws, 0);
      writeMask(g, old + 3 * ws, cur.mask);
    }
    if (act) {
      if (sig === SIG.KILL || sig === SIG.STOP) return -E.INVAL;
      this.actions[sig] = { handler: g.word(act), flags: g.word(act + ws) >>> 0, mask: readMask(g, act + 3 * ws) };
    }
    return 0;
  }

  private sigprocmask(how: number, set: number, old: number): number {
    const t = this.thread;
    if (old) writeMask(this.g, old, t.blocked);
    if (set) {
      const s = readMask(this.g, set);
      if (how === 0) t.blocked |= s;
      else if (how === 1) t.blocked &= ~s;
      else if (how === 2) t.blocked = s;
      else return -E.INVAL;
      t.blocked &= ~UNBLOCKABLE;
    }
    return 0;
  }

  /**
   * kill (tid undefined: to the process) / tkill / tgkill, sent by process `from`. A thread
   * waiting on a futex is woken (EINTR) to take a signal it does not block; the others take it
   * when they next run.
   */
  kill(tid: number | undefined, sig: number, code: number, from = this.pid): number {
    if (sig < 0 || sig > NSIG) return -E.INVAL;
    if (tid !== undefined && !this.threads.byTid(tid)) return -E.SRCH;
    if (sig === 0) return 0;
    this.post(tid, { signo: sig, code, pid: from, uid: UID });
    return 0;
  }

  /** Queues a signal for thread `tid` (undefined: the process) and wakes a thread to take it. */
  post(tid: number | undefined, info: SigInfo): void {
    const sig = info.signo;
    const target = tid === undefined ? undefined : this.threads.byTid(tid);
    const queue = target ? target.pending : this.pending;
    // Standard signals do not queue: one already pending absorbs the new one.
    if (sig < 32 && queue.some((p) => p.signo === sig)) return;
    queue.push({ signo: sig, info });
    const act = this.actions[sig];
    if (act.handler === SIG_IGN || (act.handler === SIG_DFL && DEFAULT_IGNORE.has(sig))) return;
    const bit = 1n << BigInt(sig - 1);
    // a thread takes it by waiting for it (sigwait) or by not blocking it
    const takes = (t: Thread) => (t.wait?.kind === 'sigwait' && (t.wait.sigset! & bit) !== 0n) || !(t.blocked & bit);
    const running = this.sys === undefined || this.sys.cur === this ? this.thread : undefined;
    if (target) {
      if (target !== running && takes(target)) this.threads.interrupt(target);
    } else if (!running || !takes(running)) {
      const t = this.threads.list.find((x) => x.wait && takes(x));
      if (t) this.threads.interrupt(t);
    }
  }

  /** The live processes of the run. */
  processes(): LinuxProcess[] {
    return this.sys ? this.sys.live : [this];
  }

  /** kill(pid, sig): a process, the caller's group (0), every other process (-1), a group (-pgid). */
  private killPid(pid: number, sig: number): number {
    if (sig < 0 || sig > NSIG) return -E.INVAL;
    const all = this.processes();
    const targets = pid > 0 ? all.filter((p) => p.pid === pid) : pid === 0 ? all.filter((p) => p.pgid === this.pgid)
      : pid === -1 ? all.filter((p) => p !== this) : all.filter((p) => p.pgid === -pid);
    if (!targets.length) return -E.SRCH;
    // the caller last: a fatal signal to itself must not stop the others from getting theirs
    for (const p of [...targets.filter((q) => q !== this), ...targets.filter((q) => q === this)]) p.kill(undefined, sig, SI_USER, this.pid);
    return 0;
  }

  /** A pipe changed: blocked readers (in every process) try again. */
  private wakeIo(): void {
    if (this.sys) this.sys.wakeIo();
    else this.threads.wakeIo();
  }

  private setpgid(pid: number, pgid: number): number {
    if (pgid < 0) return -E.INVAL;
    const p = pid === 0 || pid === this.pid ? this : this.children.find((c) => c.pid === pid && !c.zombie);
    if (!p) return -E.SRCH;
    const g = pgid === 0 ? p.pid : pgid;
    if (g !== p.pid && !this.processes().some((q) => q.pgid === g && q.sid === p.sid)) return -E.PERM;
    p.pgid = g;
    return 0;
  }

  // ---- processes ------------------------------------------------------------------------------

  /** clone(): a thread (CLONE_THREAD), a vfork child (CLONE_VM|CLONE_VFORK) or a fork child. */
  private clone(flags: number, sp: number, ptid: number, tls: number, ctid: number, scv: boolean): number {
    if (flags & CLONE.THREAD) return this.threads.clone(flags, sp, ptid, tls, ctid, scv);
    const vfork = (flags & CLONE.VM) !== 0;
    if (flags & ~(vfork ? VFORK_FLAGS : FORK_FLAGS) & ~0xff || (vfork && !(flags & CLONE.VFORK))) {
      if (this.cfg.strace) this.cfg.streams.stderr(Buffer.from(`ppcemu: clone flags 0x${flags.toString(16)} are not supported\n`));
      return -E.NOSYS;
    }
    const src = this.m;
    let m = src;
    if (!vfork) { // fork: the child gets a copy of every page the parent has touched
      m = new Machine(src.model);
      for (const p of src.mem.mappedPages()) {
        m.mem.map(p * PAGE_SIZE, PAGE_SIZE, src.mem.pageProt(p));
        const d = src.mem.pageData(p);
        if (d) m.mem.setPageData(p, d);
      }
      copyState(m.st, src.st);
      m.setMsr(src.s64[2 * Spr64.MSR], src.s64[2 * Spr64.MSR + 1]);
      m.s32[Spr32.RESVALID] = 0;
      m.pc = m.nia = src.nia;
      m.icount = src.icount;
      m.tier = src.tier;
      m.tracer = src.tracer;
    }
    const c = new LinuxProcess(m, { ...this.cfg }, systemOf(this).allocId()); // m.os = c
    const sys = c.sys = this.sys!;
    c.fds = this.fds.copy();
    c.locks = this.locks;
    if (c.fds.locking) c.fds.locking = { table: c.locks, pid: c.pid }; // (POSIX locks stay the parent's)
    c.files.cwd = this.files.cwd;
    c.files.umask = this.files.umask;
    c.actions = this.actions.map((a) => ({ ...a }));
    c.brkStart = this.brkStart;
    c.brk = this.brk;
    c.sleptNs = this.sleptNs;
    c.argv = this.argv;
    c.env = this.env;
    c.auxv = this.auxv;
    c.stdinBuf = this.stdinBuf;
    c.exe = this.exe;
    c.parent = this;
    c.pgid = this.pgid;
    c.sid = this.sid;
    c.exitSignal = flags & 0xff;
    this.children.push(c);
    const t = c.thread;
    t.blocked = this.thread.blocked;
    t.altStack = { ...this.thread.altStack };
    if (flags & CLONE.CHILD_CLEARTID) t.clearTid = ctid;
    if (!vfork) m.rng = new Rng(src.rng.state ^ BigInt(c.pid)); // its own random stream, the parent's untouched
    const st = m.st;
    if (vfork) this.threads.parkForVfork(c.pid, scv); // the parent's registers leave the machine
    else c.setResult(0, scv, st);
    const setReg = (r: number, v: number) => { st.gprHi[r] = this.cfg.is64 ? Math.floor(v / 4294967296) >>> 0 : 0; st.gprLo[r] = v >>> 0; };
    if (sp) setReg(1, sp);
    if (flags & CLONE.SETTLS) setReg(this.cfg.is64 ? 13 : 2, tls);
    if (flags & CLONE.CHILD_SETTID) c.g.w32(ctid, c.pid);
    if (flags & CLONE.PARENT_SETTID) this.g.w32(ptid, c.pid);
    sys.add(c);
    src.interruptRequested = true; // the run loop re-plans (run.ts)
    if (vfork) {
      this.vforkChild = c;
      c.vforkParent = this;
      sys.cur = c;
      sys.sliceEnd = m.icount + 20_000;
      return 0; // the machine's registers are the child's now: its clone returns 0
    }
    return c.pid;
  }

  /** The vfork child execs or ends: the parent gets its machine back and runs again. */
  releaseVfork(): void {
    const p = this.vforkParent;
    if (!p) return;
    this.vforkParent = undefined;
    p.vforkChild = undefined;
    p.m.os = p;
    p.threads.unvfork();
  }

  /** A NULL-terminated array of string pointers (argv, envp). */
  private strList(addr: number): string[] | number {
    const out: string[] = [];
    if (!addr) return out;
    for (let k = 0; ; k++) {
      const p = this.g.word(addr + k * this.g.wordSize);
      if (!p) return out;
      if (k >= 65536) return -E['2BIG'];
      out.push(Buffer.from(this.g.cstring(p, 131072), 'latin1').toString('utf8'));
    }
  }

  /** Whether guest path p is the link to the process's own executable (/proc/self/exe, /proc/PID/exe). */
  private isSelfExe(p: string): boolean {
    return p === '/proc/self/exe' || p === `/proc/${this.pid}/exe`;
  }

  /** The bytes of an executable file under the root (execve), or -errno. */
  private readExecutable(p: string): Uint8Array | number {
    if (p === '') return -E.NOENT;
    if (this.deviceAt(this.files.cwd, p) !== undefined) return -E.ACCES; // (not executable)
    // the process's own file, as Linux's /proc/self/exe link names it (/proc/PID/exe alike)
    if (this.isSelfExe(p)) {
      if (this.exe !== undefined) return this.exe;
      p = posix.resolve('/', this.cfg.execPath);
    }
    const base = this.base(AT_FDCWD, p);
    if (typeof base === 'number') return base;
    const x = this.files.access(base, p, 1, true);
    if (x < 0) return x;
    const h = this.files.open(base, p, 0, 0);
    if (typeof h === 'number') return h;
    try {
      return h.isDir ? -E.ACCES : new Uint8Array(fs.readFileSync(h.fd));
    } finally { fs.closeSync(h.fd); }
  }

  /**
   * execve: a PowerPC ELF found under the root (and --sysroot) replaces the process image, on a
   * new machine of the same CPU model. Descriptors stay open unless FD_CLOEXEC; handled signals
   * go back to their defaults; the mask and pending signals stay; other threads end. A file
   * starting with `#!` runs its interpreter, as Linux's binfmt_script does: the first line (within
   * 256 bytes) names it and at most one argument, and the interpreter's argv is
   * [interpreter, argument?, path, argv[1..]]; at most 4 nested interpreters (ELOOP).
   */
  private execve(pathAddr: number, argvAddr: number, envpAddr: number): number {
    const guestPath = this.path(pathAddr);
    let argv = this.strList(argvAddr);
    const env = this.strList(envpAddr);
    if (typeof argv === 'number') return argv;
    if (typeof env === 'number') return env;
    let file = guestPath, bytes = this.readExecutable(file);
    for (let depth = 0; typeof bytes !== 'number' && bytes[0] === 0x23 && bytes[1] === 0x21; depth++) {
      if (depth === 4) return -E.LOOP;
      const head = Buffer.from(bytes.subarray(2, 256)).toString('latin1');
      const nl = head.indexOf('\n');
      // (a line the buffer cuts is taken as far as it goes, unless it cuts the interpreter's name)
      const line = (nl < 0 ? head : head.slice(0, nl)).split('\0')[0].replace(/[ \t]+$/, '').replace(/^[ \t]+/, '');
      const name = /^[^ \t]*/.exec(line)![0];
      if (name === '' || (nl < 0 && name === line && bytes.length > 256)) return -E.NOEXEC;
      const arg = line.slice(name.length).replace(/^[ \t]+/, '');
      argv = [name, ...(arg ? [arg] : []), file, ...argv.slice(1)];
      file = name;
      bytes = this.readExecutable(file);
    }
    if (typeof bytes === 'number') return bytes;
    const note = (why: string) => { if (this.cfg.strace) this.cfg.streams.stderr(Buffer.from(`ppcemu: execve ${guestPath}: ${why}\n`)); };
    let elf, interp, sysroot = this.cfg.sysroot;
    try {
      elf = parseElf(bytes);
    } catch (e) {
      note((e as Error).message);
      return -E.NOEXEC;
    }
    if (elf.interp !== undefined) {
      try {
        // as at start: without --sysroot, Debian's cross sysroot serves the loader and libraries
        ({ interp, sysroot } = findInterp(elf, this.cfg.sysroot));
      } catch (e) {
        if (!(e instanceof ElfError)) throw e;
        note(e.message);
        return -E.NOENT;
      }
    }
    // the point of no return
    const old = this.m, model = old.model;
    old.interruptRequested = true; // nothing more runs on the old image
    this.releaseVfork();
    const m = new Machine(model);
    m.icount = old.icount; // the process's clock goes on
    m.tier = old.tier;
    m.tracer = old.tracer;
    if (old.mem.dirtyPages()) { // --incremental: the next image must show every old page gone
      m.mem.trackDirty();
      for (const p of old.mem.mappedPages()) { m.mem.map(p * PAGE_SIZE, PAGE_SIZE, 0); m.mem.unmap(p * PAGE_SIZE, PAGE_SIZE); }
    }
    this.m = m;
    // (the file run again through /proc/self/exe keeps its name, as the kernel's link does)
    const execPath = this.isSelfExe(guestPath) && file === guestPath ? this.cfg.execPath : guestPath;
    this.cfg = processConfig(model, elf, { ...this.cfg, execPath, sysroot });
    this.g = new GuestView(m, this.cfg.is64);
    const files = new GuestFs(this.cfg.fsRoot, sysroot, this.cfg.is64);
    files.cwd = this.files.cwd;
    files.umask = this.files.umask;
    this.files = files;
    m.os = this;
    const prev = this.thread, threads = new Threads(this, this.pid);
    threads.nextTid = this.threads.nextTid;
    threads.cur.blocked = prev.blocked;
    threads.cur.pending = prev.pending;
    this.threads = threads;
    this.fds.closeOnExec();
    this.wakeIo();
    this.actions = this.actions.map((a) => (a.handler === SIG_IGN ? { handler: SIG_IGN, flags: 0, mask: 0n } : { handler: SIG_DFL, flags: 0, mask: 0n }));
    loadImage(this, elf, { argv, env, seed: Number(old.rng.state & 0xffffffffn) ^ this.pid }, interp);
    if (this.sys) this.sys.reschedule = true;
    return NO_RETURN;
  }

  /** The children a wait for `pid` (-1 any, >0 that one, 0 the caller's group, <-1 group -pid) may report. */
  private waitable(pid: number): LinuxProcess[] {
    return this.children.filter((c) => pid === -1 || (pid > 0 ? c.pid === pid : c.pgid === (pid === 0 ? this.pgid : -pid)));
  }

  /** Removes a zombie child (its status was reported). */
  private reap(c: LinuxProcess): void {
    this.children.splice(this.children.indexOf(c), 1);
  }

  /** wait4/waitpid: reports (and reaps) a child that ended, or waits for one to. */
  private wait4(pid: number, statusAddr: number, options: number, rusage: number): number {
    if (options & ~WAIT_OPTIONS) return -E.INVAL;
    const cands = this.waitable(pid);
    if (!cands.length) return -E.CHILD;
    const z = cands.find((c) => c.zombie);
    if (z) {
      if (statusAddr) this.g.w32(statusAddr, waitStatus(z.zombie!));
      if (rusage) this.g.writeBytes(rusage, new Uint8Array(this.g.is64 ? 144 : 72));
      this.reap(z);
      return z.pid;
    }
    if (options & WNOHANG) return 0;
    return this.threads.waitChild();
  }

  /** waitid(P_ALL | P_PID | P_PGID, id, infop, options): the child's end in a siginfo. */
  private waitid(idtype: number, id: number, infop: number, options: number, rusage: number): number {
    if (!(options & WEXITED) || options & ~(WAIT_OPTIONS | WEXITED | WNOWAIT) || idtype > 2) return -E.INVAL;
    const cands = this.waitable(idtype === 0 ? -1 : idtype === 1 ? (id > 0 ? id : -(2 ** 31)) : id === 0 ? 0 : -id);
    if (!cands.length) return -E.CHILD;
    const z = cands.find((c) => c.zombie);
    if (z) {
      const zs = z.zombie!;
      if (infop) writeSigInfo(this.g, infop, { signo: SIG.CHLD, code: zs.signo ? CLD.KILLED : CLD.EXITED, pid: z.pid, uid: z.uid, status: zs.signo || zs.status });
      if (rusage) this.g.writeBytes(rusage, new Uint8Array(this.g.is64 ? 144 : 72));
      if (!(options & WNOWAIT)) this.reap(z);
      return 0;
    }
    if (options & WNOHANG) {
      if (infop) this.g.writeBytes(infop, new Uint8Array(128));
      return 0;
    }
    return this.threads.waitChild();
  }

  /**
   * rt_sigtimedwait: takes a pending signal of the set (the thread's own first, the lowest
   * number first, as Linux), or waits for one until the timeout (EAGAIN).
   */
  private sigtimedwait(setAddr: number, info: number, timeout: number, wide: boolean, scv: boolean): number {
    const g = this.g, t = this.thread;
    const set = readMask(g, setAddr) & ~UNBLOCKABLE;
    for (const queue of [t.pending, this.pending]) {
      let k = -1;
      queue.forEach((p, i) => { if ((set >> BigInt(p.signo - 1)) & 1n && (k < 0 || p.signo < queue[k].signo)) k = i; });
      if (k < 0) continue;
      const [p] = queue.splice(k, 1);
      if (info) writeSigInfo(g, info, p.info);
      return p.signo;
    }
    let deadline: bigint | undefined;
    if (timeout) {
      const sec = wide ? BigInt.asIntN(64, g.u64(timeout)) : BigInt(g.s32(timeout));
      const nsec = wide ? BigInt.asIntN(64, g.u64(timeout + 8)) : BigInt(g.s32(timeout + 4));
      if (sec < 0n || nsec < 0n || nsec >= 1_000_000_000n) return -E.INVAL;
      if (sec === 0n && nsec === 0n) return -E.AGAIN;
      deadline = this.nowNs(1) + sec * 1_000_000_000n + nsec;
    }
    return this.threads.waitSignal(set, deadline, scv);
  }

  /**
   * rt_sigsuspend: the thread's mask becomes `set` until a signal it lets through is delivered
   * (the call then returns EINTR, after the handler; the handler's frame holds the old mask).
   * Other threads and processes run meanwhile; with nothing else able to run and no deadline the
   * run ends as a deadlock.
   */
  private sigsuspend(setAddr: number, size: number, scv: boolean): number {
    if (size !== 8) return -E.INVAL;
    const t = this.thread;
    t.savedMask = t.blocked;
    t.blocked = readMask(this.g, setAddr) & ~UNBLOCKABLE;
    if (this.deliverable(t)) return -E.INTR; // delivered on the way out (syscall())
    return this.threads.suspend(scv);
  }

  /** Whether a signal pending for t (its own or the process's) is neither blocked by it nor ignored. */
  private deliverable(t: Thread): boolean {
    return [...t.pending, ...this.pending].some((p) => {
      const act = this.actions[p.signo];
      const ignored = act.handler === SIG_IGN || (act.handler === SIG_DFL && DEFAULT_IGNORE.has(p.signo));
      return !ignored && !((t.blocked >> BigInt(p.signo - 1)) & 1n);
    });
  }

  private sigaltstack(ss: number, old: number): number {
    const g = this.g, ws = g.wordSize;
    if (old) {
      const cur = this.thread.altStack;
      g.wword(old, cur.sp);
      g.w32(old + ws, cur.flags | (this.onAltStack() ? SS_ONSTACK : 0));
      g.wword(old + 2 * ws, cur.size);
    }
    if (ss) {
      if (this.onAltStack()) return -E.PERM;
      const flags = g.u32(ss + ws);
      this.thread.altStack = flags & SS_DISABLE ? { sp: 0, flags: SS_DISABLE, size: 0 } : { sp: g.word(ss), flags: 0, size: g.word(ss + 2 * ws) };
    }
    return 0;
  }

  private sp(): number { return this.cfg.is64 ? this.m.gh[1] * 4294967296 + this.m.gl[1] : this.m.gl[1]; }

  private onAltStack(): boolean {
    const sp = this.sp();
    const a = this.thread.altStack;
    return a.flags !== SS_DISABLE && sp > a.sp && sp <= a.sp + a.size;
  }

  private sigreturn(): number {
    const { mask } = restoreFrame(this.m, this.g);
    this.thread.blocked = mask & ~UNBLOCKABLE;
    return 0;
  }

  /**
   * Delivers the running thread's first pending signal it does not block and does not ignore
   * (its own queue first, then the process's), resuming at m.nia afterwards.
   */
  deliverPending(): void {
    const t = this.thread;
    deliver: for (const queue of [t.pending, this.pending]) {
      for (let k = 0; k < queue.length; k++) {
        const p = queue[k];
        if ((t.blocked >> BigInt(p.signo - 1)) & 1n) continue;
        queue.splice(k, 1);
        const act = this.actions[p.signo];
        // an ignored signal is discarded, and the next one looked for (as Linux's get_signal)
        if (act.handler === SIG_IGN || (act.handler === SIG_DFL && DEFAULT_IGNORE.has(p.signo))) { k--; continue; }
        this.deliver(p.signo, p.info, this.m.nia);
        break deliver;
      }
    }
    // sigsuspend ended without a handler (its signal ignored, or taken by another thread): the old mask
    if (t.savedMask !== undefined) {
      t.blocked = t.savedMask;
      t.savedMask = undefined;
    }
  }

  private deliver(signo: number, info: SigInfo, resumeAt: number): void {
    const act = this.actions[signo];
    if (act.handler === SIG_IGN || (act.handler === SIG_DFL && DEFAULT_IGNORE.has(signo))) return;
    if (act.handler === SIG_DFL) throw new ProcessExit(128 + signo, signo);
    const t = this.thread;
    let sp = this.sp();
    if (act.flags & SA_ONSTACK && t.altStack.flags !== SS_DISABLE && !this.onAltStack()) {
      sp = t.altStack.sp + t.altStack.size;
    }
    setupFrame(this.m, this.g, {
      signo, info, handler: act.handler, flags: act.flags, oldMask: t.savedMask ?? t.blocked, nip: resumeAt, sp,
      trampoline: this.trampoline, altStack: t.altStack, abiVersion: this.cfg.abiVersion,
    });
    let newMask = t.blocked | act.mask;
    if (!(act.flags & SA_NODEFER)) newMask |= 1n << BigInt(signo - 1);
    t.blocked = newMask;
    t.savedMask = undefined;
    if (act.flags & SA_RESETHAND) this.actions[signo] = { handler: SIG_DFL, flags: 0, mask: 0n };
  }

}

/** The open flags an open file description keeps: the creation flags act at open only; F_GETFL shows the rest. */
function openFlagsKept(flags: number): number {
  return flags & ~(O_CLOEXEC | O_CREAT | O_EXCL | O_NOCTTY | O_TRUNC);
}

/** A device's stat (files.ts DEVICES): a character device, crw-rw-rw-, major 1. */
function deviceStat(kind: DeviceKind): FileStat {
  const { minor } = deviceEntry(kind);
  // (the inode a Linux devtmpfs gives is arbitrary; these stay the same from run to run)
  return { mode: 0o020666, size: 0, ino: BigInt(100 + minor), nlink: 1, rdev: (1 << 8) | minor, blocks: 0 };
}
