// A Linux user-mode process around a Machine: memory layout (brk, mmap), file descriptors,
// signals, the virtual clock, and the system call table. Implements the machine's Os interface.

import * as fs from 'node:fs';
import { posix } from 'node:path';
import { guestNanos, EPOCH_SECONDS, uptimeNs } from '../cpu/clock.js';
import { type Machine, ProcessExit, type Os } from '../cpu/machine.js';
import { GuestFault, PAGE_SIZE } from '../cpu/memory.js';
import { Spr32, Spr64 } from '../cpu/state.js';
import {
  AT_FDCWD, DEFAULT_IGNORE, E, MAP_ANONYMOUS, MAP_FIXED, MAP_FIXED_NOREPLACE, MREMAP_MAYMOVE,
  NR, NSIG, O_ACCMODE, O_APPEND, O_CLOEXEC, O_CREAT, O_DIRECTORY, O_EXCL, O_TRUNC,
  PR_GET_FPEXC, PR_SET_FPEXC, SA_NODEFER, SA_ONSTACK, SA_RESETHAND, SIG, SIG_DFL, SIG_IGN,
  SI_TKILL, SS_DISABLE, SS_ONSTACK, SYSCALL_ARGS, SYSCALL_NAMES,
} from './abi.js';
import { FdTable, hostPath, type OpenFile, type StdStreams } from './files.js';
import { GuestView } from './guestmem.js';
import { readMask, restoreFrame, setupFrame, type SigInfo, writeMask } from './signals.js';

export const PID = 4242;
export const UID = 1000;
export const GID = 1000;

export interface SigAction { handler: number; flags: number; mask: bigint }
interface PendingSignal { signo: number; info: SigInfo }

export interface ProcessConfig {
  is64: boolean;
  /** Process page size (AT_PAGESZ): 64 KiB on 64-bit kernels, 4 KiB on 32-bit ones. */
  pageSize: number;
  abiVersion: number;
  fsRoot: string | undefined;
  strace: boolean;
  execPath: string;
  streams: StdStreams;
}

/** Where things go in the guest address space (all below 4 GiB, so the fast paths apply). */
export const STACK_TOP = 0xc0000000;
export const STACK_SIZE = 8 * 1024 * 1024;
export const MMAP_BASE = 0xb0000000;
export const VDSO_BASE = 0xc0100000;

const SIGRETURN_TRAMPOLINE = [0x380000ac, 0x44000002]; // li r0,172 ; sc

export class LinuxProcess implements Os {
  readonly g: GuestView;
  readonly fds = new FdTable();
  actions: SigAction[] = Array.from({ length: NSIG + 1 }, () => ({ handler: SIG_DFL, flags: 0, mask: 0n }));
  blocked = 0n;
  pending: PendingSignal[] = [];
  altStack = { sp: 0, flags: SS_DISABLE, size: 0 };
  brkStart = 0;
  brk = 0;
  /** Extra virtual nanoseconds from nanosleep and friends. */
  sleptNs = 0n;
  tidAddress = 0;
  /** Recorded at exec for checkpoints (PROCESS record). */
  argv: string[] = [];
  env: string[] = [];
  auxv: [number, number][] = [];
  stdinBuf: Uint8Array | undefined;

  constructor(readonly m: Machine, readonly cfg: ProcessConfig) {
    this.g = new GuestView(m, cfg.is64);
    m.os = this;
  }

  get trampoline(): number { return VDSO_BASE; }

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
    let ret: number;
    try {
      ret = this.dispatch(nr, args);
    } catch (e) {
      if (e instanceof ProcessExit && this.cfg.strace) this.trace(nr, args, undefined);
      if (e instanceof GuestFault) ret = -E.FAULT;
      else if (e instanceof RangeError) ret = -E.INVAL; // a length no buffer can have
      else throw e;
    }
    if (this.cfg.strace) this.trace(nr, args, ret);
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
    const blocked = (this.blocked >> BigInt(f.signo - 1)) & 1n;
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

  private setResult(ret: number, scv: boolean): void {
    const m = this.m;
    const cr = m.s32[Spr32.CR];
    if (ret < 0 && ret > -4096 && !scv) {
      m.s32[Spr32.CR] = cr | 0x10000000; // CR0[SO]
      m.gh[3] = 0;
      m.gl[3] = -ret;
      return;
    }
    if (!scv) m.s32[Spr32.CR] = cr & ~0x10000000;
    if (ret < 0) {
      m.gh[3] = this.cfg.is64 ? 0xffffffff : 0;
      m.gl[3] = ret >>> 0;
    } else {
      m.gh[3] = Math.floor(ret / 4294967296) >>> 0;
      m.gl[3] = ret >>> 0;
    }
  }

  /** One --strace line; `ret` undefined for a call that does not return (exit). */
  private trace(nr: number, args: number[], ret: number | undefined): void {
    const name = SYSCALL_NAMES[nr] ?? `syscall_${nr}`;
    const spec = SYSCALL_ARGS[nr] ?? 'xxxxxx';
    const hex = (v: number) => (v < 0 ? '-0x' + (-v).toString(16) : '0x' + v.toString(16));
    const a = [...spec].map((kind, k) => {
      const v = args[k];
      if (kind === 'd') return String(this.cfg.is64 ? v : v | 0);
      if (kind === 'u') return String(v);
      if (kind === 's') {
        try { return JSON.stringify(this.g.cstring(v, 256)); } catch { return hex(v); }
      }
      return hex(v);
    }).join(',');
    const r = ret === undefined ? '?' : ret < 0 && ret > -4096 ? `-1 errno=${-ret}` : `${ret}`;
    this.cfg.streams.stderr(Buffer.from(`${PID} ${name}(${a}) = ${r}\n`));
  }

  private unknown(nr: number): number {
    if (this.cfg.strace) this.cfg.streams.stderr(Buffer.from(`ppcemu: unknown system call ${nr}\n`));
    return -E.NOSYS;
  }

  private dispatch(nr: number, a: number[]): number {
    const g = this.g;
    const s32 = (v: number) => v | 0;
    switch (nr) {
      case NR.exit:
      case NR.exit_group:
        throw new ProcessExit(a[0] & 0xff);
      case NR.read: return this.read(s32(a[0]), a[1], a[2]);
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
      case NR.set_tid_address: this.tidAddress = a[0]; return PID;
      case NR.set_robust_list: return 0;
      case NR.rseq: return -E.NOSYS;
      case NR.getpid: case NR.gettid: return PID;
      case NR.getppid: return PID - 1;
      case NR.getuid: case NR.geteuid: return UID;
      case NR.getgid: case NR.getegid: return GID;
      case NR.getpgrp: return PID;
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
      case NR.nanosleep: return this.sleep(a[0], this.cfg.is64);
      case NR.clock_nanosleep: return this.sleep(a[2], this.cfg.is64);
      case NR.clock_nanosleep_time64: return this.sleep(a[2], true);
      case NR.sched_yield: return 0;
      case NR.getrandom: {
        const b = new Uint8Array(a[1]);
        this.m.rng.fill(b);
        g.writeBytes(a[0], b);
        return a[1];
      }
      case NR.rt_sigaction: return this.sigaction(a[0], a[1], a[2]);
      case NR.rt_sigprocmask: return this.sigprocmask(a[0], a[1], a[2]);
      case NR.rt_sigpending: writeMask(g, a[0], this.pending.reduce((mk, p) => mk | (1n << BigInt(p.signo - 1)), 0n)); return 0;
      case NR.sigaltstack: return this.sigaltstack(a[0], a[1]);
      case NR.rt_sigreturn: return this.sigreturn();
      case NR.kill: case NR.tkill: case NR.tgkill: {
        const sig = nr === NR.tgkill ? a[2] : a[1];
        if (sig < 0 || sig > NSIG) return -E.INVAL;
        // Standard signals do not queue: one already pending absorbs the new one.
        if (sig !== 0 && !(sig < 32 && this.pending.some((p) => p.signo === sig))) {
          this.pending.push({ signo: sig, info: { signo: sig, code: nr === NR.kill ? 0 : SI_TKILL, pid: PID, uid: UID } });
        }
        return 0;
      }
      case NR.ioctl: return this.ioctl(s32(a[0]), a[1]);
      case NR.fstat: case NR.fstat64: return this.stat(this.fds.get(s32(a[0])), a[1], nr === NR.fstat64 ? 'stat64' : this.statKind());
      case NR.fstatat: return this.fstatat(s32(a[0]), a[1], a[2], a[3]);
      case NR.statx: return this.statx(s32(a[0]), a[1], a[2], a[4]);
      case NR.readlinkat: return this.readlink(a[1], a[2], a[3]);
      case NR.readlink: return this.readlink(a[0], a[1], a[2]);
      case NR.fcntl: case NR.fcntl64: return this.fcntl(s32(a[0]), a[1], a[2]);
      case NR.dup: return this.fds.dup(s32(a[0]), undefined);
      case NR.dup2: return this.fds.dup(s32(a[0]), s32(a[1]));
      case NR.dup3: return s32(a[0]) === s32(a[1]) ? -E.INVAL : this.fds.dup(s32(a[0]), s32(a[1]));
      case NR.pipe: case NR.pipe2: return this.pipe(a[0], nr === NR.pipe2 ? a[1] : 0);
      case NR.memfd_create: {
        const f: OpenFile = { kind: 'memfd', flags: 2, cloexec: false, pos: 0, refs: 1, mem: { data: new Uint8Array(0), size: 0, name: g.cstring(a[0]) } };
        return this.fds.alloc(f);
      }
      case NR.open: return this.open(AT_FDCWD, a[0], a[1]);
      case NR.openat: return this.open(s32(a[0]), a[1], a[2]);
      case NR.close: return this.fds.close(s32(a[0]));
      case NR.lseek: return this.lseek(s32(a[0]), this.cfg.is64 ? a[1] : s32(a[1]), a[2]);
      case NR._llseek: {
        const r = this.lseek(s32(a[0]), a[1] * 4294967296 + a[2], a[4]);
        if (r >= 0) g.w64(a[3], r);
        return r < 0 ? r : 0;
      }
      case NR.getdents64: return this.getdents(s32(a[0]), a[1], a[2]);
      case NR.access: return this.access(a[0]);
      case NR.faccessat: case NR.faccessat2: return this.access(a[1]);
      case NR.unlink: return -E.ACCES;
      case NR.getcwd: {
        const cwd = Buffer.from('/\0');
        if (a[1] < cwd.length) return -E.RANGE;
        g.writeBytes(a[0], cwd);
        return cwd.length;
      }
      case NR.futex: case NR.futex_time64: {
        const op = a[1] & 0x7f;
        if (op === 0 || op === 9) return g.u32(a[0]) !== (a[2] >>> 0) ? -E.AGAIN : -E.TIMEDOUT;
        return 0;
      }
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
      case NR.setpgid: return 0;
      case NR.rt_sigsuspend: case NR.rt_sigtimedwait: case NR.rt_sigtimedwait_time64: return -E.INTR;
      default: return this.unknown(nr);
    }
  }

  // ---- files ----------------------------------------------------------------------------------

  private read(fd: number, buf: number, count: number): number {
    const f = this.fds.get(fd);
    if (!f || (f.flags & O_ACCMODE) === 1) return -E.BADF;
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
        data = Uint8Array.from(p.data.splice(0, count));
        break;
      }
      case 'memfd': {
        const mm = f.mem!;
        data = mm.data.subarray(f.pos, Math.min(mm.size, f.pos + count));
        f.pos += data.length;
        break;
      }
      case 'host': {
        if (f.host!.isDir) return -E.ISDIR;
        const b = Buffer.alloc(Math.min(count, 1 << 24));
        const n = fs.readSync(f.host!.fd, b, 0, b.length, f.pos);
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
    if (!f || (f.flags & O_ACCMODE) === 0 && f.kind !== 'stdout' && f.kind !== 'stderr') return -E.BADF;
    switch (f.kind) {
      case 'stdout': this.cfg.streams.stdout(data); return data.length;
      case 'stderr': this.cfg.streams.stderr(data); return data.length;
      case 'pipe-w': {
        if (f.pipe!.readers === 0) { this.pending.push({ signo: SIG.PIPE, info: { signo: SIG.PIPE, code: 0 } }); return -E.PIPE; }
        for (const b of data) f.pipe!.data.push(b);
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
      case 'host': {
        // O_APPEND: every write goes to the current end of the file (the host descriptor is not
        // opened in append mode, so the position is explicit), and the offset follows it.
        const at = f.flags & O_APPEND ? fs.fstatSync(f.host!.fd).size : f.pos;
        const n = fs.writeSync(f.host!.fd, data, 0, data.length, at);
        f.pos = at + n;
        return n;
      }
      default: return -E.BADF;
    }
  }

  private pio(nr: number, fd: number, buf: number, count: number, off: number): number {
    const f = this.fds.get(fd);
    if (!f) return -E.BADF;
    if (f.kind !== 'memfd' && f.kind !== 'host') return -E.SPIPE;
    const saved = f.pos;
    f.pos = off;
    const r = nr === NR.pread64 ? this.read(fd, buf, count) : this.write(fd, this.g.bytes(buf, count));
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
      const r = nr === NR.writev ? this.write(fd, g.bytes(base, len)) : this.read(fd, base, len);
      if (r < 0) return total || r;
      total += r;
      if (r < len) break;
    }
    return total;
  }

  private open(dirfd: number, pathAddr: number, flags: number): number {
    const guestPath = this.g.cstring(pathAddr);
    if (dirfd !== AT_FDCWD && !guestPath.startsWith('/')) return -E.NOENT;
    const hp = hostPath(this.cfg.fsRoot, guestPath);
    if (!hp) return -E.NOENT;
    let hfd: number;
    let isDir = false;
    try {
      const st = fs.existsSync(hp) ? fs.statSync(hp) : undefined;
      if (st?.isDirectory()) {
        if ((flags & O_ACCMODE) !== 0) return -E.ISDIR;
        isDir = true;
        hfd = fs.openSync(hp, 'r');
      } else {
        if (flags & O_DIRECTORY) return st ? -E.NOTDIR : -E.NOENT;
        let mode = (flags & O_ACCMODE) === 0 ? 'r' : (flags & O_ACCMODE) === 1 ? 'w' : 'r+';
        if ((flags & O_ACCMODE) !== 0) {
          if (!st && !(flags & O_CREAT)) return -E.NOENT;
          if (st && flags & O_CREAT && flags & O_EXCL) return -E.EXIST;
          if (!st || flags & O_TRUNC) mode = (flags & O_ACCMODE) === 1 ? 'w' : 'w+';
          else mode = 'r+';
        } else if (!st) return -E.NOENT;
        hfd = fs.openSync(hp, mode);
      }
    } catch {
      return -E.ACCES;
    }
    return this.fds.alloc({
      kind: 'host', flags: flags & ~O_CLOEXEC, cloexec: (flags & O_CLOEXEC) !== 0, pos: 0, refs: 1,
      host: { fd: hfd, path: hp, guestPath, isDir },
    });
  }

  private lseek(fd: number, off: number, whence: number): number {
    const f = this.fds.get(fd);
    if (!f) return -E.BADF;
    let size: number;
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
    const names = ['.', '..', ...fs.readdirSync(f.host!.path).sort()];
    let out = 0;
    const g = this.g;
    while (f.pos < names.length) {
      const name = Buffer.from(names[f.pos]);
      const reclen = (19 + name.length + 1 + 7) & ~7;
      if (out + reclen > count) break;
      const rec = new Uint8Array(reclen);
      const dv = new DataView(rec.buffer);
      const le = this.m.mem.le;
      dv.setBigUint64(0, BigInt(f.pos + 1), le);
      dv.setBigUint64(8, BigInt(f.pos + 1), le);
      dv.setUint16(16, reclen, le);
      const full = f.pos < 2 ? undefined : fs.statSync(`${f.host!.path}/${names[f.pos]}`);
      rec[18] = !full || full.isDirectory() ? 4 : 8;
      rec.set(name, 19);
      g.writeBytes(buf + out, rec);
      out += reclen;
      f.pos++;
    }
    if (out === 0 && f.pos < names.length) return -E.INVAL;
    return out;
  }

  private access(pathAddr: number): number {
    const hp = hostPath(this.cfg.fsRoot, this.g.cstring(pathAddr));
    return hp && fs.existsSync(hp) ? 0 : -E.NOENT;
  }

  private pipe(addr: number, flags: number): number {
    const pipe = { data: [] as number[], readers: 1, writers: 1 };
    const cloexec = (flags & O_CLOEXEC) !== 0;
    const r = this.fds.alloc({ kind: 'pipe-r', flags: 0, cloexec, pos: 0, refs: 1, pipe });
    const w = this.fds.alloc({ kind: 'pipe-w', flags: 1, cloexec, pos: 0, refs: 1, pipe });
    this.g.w32(addr, r);
    this.g.w32(addr + 4, w);
    return 0;
  }

  private fcntl(fd: number, cmd: number, arg: number): number {
    const f = this.fds.get(fd);
    if (!f) return -E.BADF;
    switch (cmd) {
      case 0: case 1030: { // F_DUPFD, F_DUPFD_CLOEXEC
        const nfd = this.fds.alloc(f, arg);
        if (nfd >= 0) f.refs++;
        return nfd;
      }
      case 1: return f.cloexec ? 1 : 0;
      case 2: f.cloexec = (arg & 1) !== 0; return 0;
      case 3: return f.flags;
      case 4: f.flags = (f.flags & O_ACCMODE) | (arg & ~O_ACCMODE); return 0;
      default: return -E.INVAL;
    }
  }

  private ioctl(fd: number, req: number): number {
    if (!this.fds.get(fd)) return -E.BADF;
    void req;
    return -E.NOTTY; // no descriptor is a terminal: output is deterministic
  }

  private readlink(pathAddr: number, buf: number, size: number): number {
    const p = this.g.cstring(pathAddr);
    if (p !== '/proc/self/exe') return -E.NOENT;
    // The kernel reports the executable's absolute path (glibc's _dl_get_origin asserts a
    // leading '/'); a relative path is taken from the guest's working directory, '/'.
    const b = Buffer.from(posix.resolve('/', this.cfg.execPath)).subarray(0, size);
    this.g.writeBytes(buf, b);
    return b.length;
  }

  // ---- stat ---------------------------------------------------------------------------------

  private statKind(): 'stat64' | 'stat' { return this.cfg.is64 ? 'stat' : 'stat64'; }

  private fileStat(f: OpenFile | undefined): { mode: number; size: number; ino: number; rdev: number; blksize: number } | undefined {
    if (!f) return undefined;
    switch (f.kind) {
      case 'stdin': case 'stdout': case 'stderr': return { mode: 0o010600, size: 0, ino: 3 + ['stdin', 'stdout', 'stderr'].indexOf(f.kind), rdev: 0, blksize: 4096 };
      case 'pipe-r': case 'pipe-w': return { mode: 0o010600, size: 0, ino: 10, rdev: 0, blksize: 4096 };
      case 'memfd': return { mode: 0o100777, size: f.mem!.size, ino: 11, rdev: 0, blksize: 4096 };
      case 'host': {
        const st = fs.fstatSync(f.host!.fd);
        return { mode: st.mode, size: st.size, ino: st.ino, rdev: 0, blksize: 4096 };
      }
    }
  }

  private stat(f: OpenFile | undefined, addr: number, kind: 'stat' | 'stat64'): number {
    const s = this.fileStat(f);
    if (!s) return -E.BADF;
    const g = this.g;
    const t = this.nowNs(0) / 1_000_000_000n;
    if (kind === 'stat') { // ppc64 struct stat (144 bytes)
      g.writeBytes(addr, new Uint8Array(144));
      g.w64(addr, 1); g.w64(addr + 8, s.ino); g.w64(addr + 16, 1); g.w32(addr + 24, s.mode);
      g.w32(addr + 28, UID); g.w32(addr + 32, GID); g.w64(addr + 40, s.rdev); g.w64(addr + 48, s.size);
      g.w64(addr + 56, s.blksize); g.w64(addr + 64, Math.ceil(s.size / 512));
      g.w64(addr + 72, t); g.w64(addr + 88, t); g.w64(addr + 104, t);
    } else { // ppc32 struct stat64 (104 bytes)
      g.writeBytes(addr, new Uint8Array(104));
      g.w64(addr, 1); g.w64(addr + 8, s.ino); g.w32(addr + 16, s.mode); g.w32(addr + 20, 1);
      g.w32(addr + 24, UID); g.w32(addr + 28, GID); g.w64(addr + 32, s.rdev); g.w64(addr + 48, s.size);
      g.w32(addr + 56, s.blksize); g.w64(addr + 64, Math.ceil(s.size / 512));
      g.w32(addr + 72, Number(t)); g.w32(addr + 80, Number(t)); g.w32(addr + 88, Number(t));
    }
    return 0;
  }

  /** Opens a path just long enough to stat it (AT_EMPTY_PATH uses dirfd itself). */
  private withPath<T>(dirfd: number, pathAddr: number, flags: number, fn: (f: OpenFile | undefined) => T): T | number {
    const p = pathAddr ? this.g.cstring(pathAddr) : '';
    if (p === '' && flags & 0x1000) return fn(this.fds.get(dirfd));
    const fd = this.open(AT_FDCWD, pathAddr, 0);
    if (fd < 0) return fd;
    try { return fn(this.fds.get(fd)); } finally { this.fds.close(fd); }
  }

  private fstatat(dirfd: number, pathAddr: number, buf: number, flags: number): number {
    return this.withPath(dirfd, pathAddr, flags, (f) => this.stat(f, buf, this.statKind())) as number;
  }

  private statx(dirfd: number, pathAddr: number, flags: number, buf: number): number {
    return this.withPath(dirfd, pathAddr, flags, (f) => {
      const s = this.fileStat(f);
      if (!s) return -E.BADF;
      const g = this.g;
      const t = this.nowNs(0) / 1_000_000_000n;
      g.writeBytes(buf, new Uint8Array(256));
      g.w32(buf, 0x7ff); g.w32(buf + 4, s.blksize); g.w32(buf + 16, 1); g.w32(buf + 20, UID); g.w32(buf + 24, GID);
      g.w16(buf + 28, s.mode); g.w64(buf + 32, s.ino); g.w64(buf + 40, s.size); g.w64(buf + 48, Math.ceil(s.size / 512));
      for (const o of [64, 80, 96, 112]) g.w64(buf + o, t);
      return 0;
    }) as number;
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
      if (f.kind !== 'memfd' && f.kind !== 'host') return -E.ACCES;
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
        const b = Buffer.alloc(len);
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

  /** Guest time in ns of a clock id: the realtime clocks (REALTIME, _COARSE, _ALARM, TAI) since
   *  the epoch, the CPU-time clocks since the start, the others since boot (as the time base). */
  nowNs(clock: number): bigint {
    switch (clock) {
      case 0: case 5: case 8: case 11:
        return BigInt(EPOCH_SECONDS) * 1_000_000_000n + guestNanos(this.m.icount, this.sleptNs);
      case 2: case 3: return guestNanos(this.m.icount);
      default: return uptimeNs(this.m.icount, this.sleptNs);
    }
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

  private sleep(req: number, wide: boolean): number {
    const g = this.g;
    const sec = wide ? g.u64(req) : BigInt(g.s32(req));
    const nsec = wide ? g.u64(req + 8) : BigInt(g.u32(req + 4));
    if (sec < 0n || nsec >= 1_000_000_000n) return -E.INVAL;
    this.sleptNs += sec * 1_000_000_000n + nsec;
    return 0;
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
    if (old) writeMask(this.g, old, this.blocked);
    if (set) {
      const s = readMask(this.g, set);
      if (how === 0) this.blocked |= s;
      else if (how === 1) this.blocked &= ~s;
      else if (how === 2) this.blocked = s;
      else return -E.INVAL;
      this.blocked &= ~((1n << BigInt(SIG.KILL - 1)) | (1n << BigInt(SIG.STOP - 1)));
    }
    return 0;
  }

  private sigaltstack(ss: number, old: number): number {
    const g = this.g, ws = g.wordSize;
    if (old) {
      g.wword(old, this.altStack.sp);
      g.w32(old + ws, this.altStack.flags | (this.onAltStack() ? SS_ONSTACK : 0));
      g.wword(old + 2 * ws, this.altStack.size);
    }
    if (ss) {
      if (this.onAltStack()) return -E.PERM;
      const flags = g.u32(ss + ws);
      this.altStack = flags & SS_DISABLE ? { sp: 0, flags: SS_DISABLE, size: 0 } : { sp: g.word(ss), flags: 0, size: g.word(ss + 2 * ws) };
    }
    return 0;
  }

  private sp(): number { return this.cfg.is64 ? this.m.gh[1] * 4294967296 + this.m.gl[1] : this.m.gl[1]; }

  private onAltStack(): boolean {
    const sp = this.sp();
    return this.altStack.flags !== SS_DISABLE && sp > this.altStack.sp && sp <= this.altStack.sp + this.altStack.size;
  }

  private sigreturn(): number {
    const { mask } = restoreFrame(this.m, this.g);
    this.blocked = mask & ~((1n << BigInt(SIG.KILL - 1)) | (1n << BigInt(SIG.STOP - 1)));
    return 0;
  }

  /** Delivers every pending, unblocked signal (the first handled one sets up a frame). */
  deliverPending(): void {
    for (let k = 0; k < this.pending.length; k++) {
      const p = this.pending[k];
      if ((this.blocked >> BigInt(p.signo - 1)) & 1n) continue;
      this.pending.splice(k, 1);
      this.deliver(p.signo, p.info, this.m.nia);
      return;
    }
  }

  private deliver(signo: number, info: SigInfo, resumeAt: number): void {
    const act = this.actions[signo];
    if (act.handler === SIG_IGN || (act.handler === SIG_DFL && DEFAULT_IGNORE.has(signo))) return;
    if (act.handler === SIG_DFL) throw new ProcessExit(128 + signo, signo);
    let sp = this.sp();
    if (act.flags & SA_ONSTACK && this.altStack.flags !== SS_DISABLE && !this.onAltStack()) {
      sp = this.altStack.sp + this.altStack.size;
    }
    setupFrame(this.m, this.g, {
      signo, info, handler: act.handler, flags: act.flags, oldMask: this.blocked, nip: resumeAt, sp,
      trampoline: this.trampoline, altStack: this.altStack, abiVersion: this.cfg.abiVersion,
    });
    let newMask = this.blocked | act.mask;
    if (!(act.flags & SA_NODEFER)) newMask |= 1n << BigInt(signo - 1);
    this.blocked = newMask;
    if (act.flags & SA_RESETHAND) this.actions[signo] = { handler: SIG_DFL, flags: 0, mask: 0n };
  }

}
