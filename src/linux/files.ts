// The guest's file-descriptor table. Descriptors are standard streams (host stdin/stdout/stderr
// or capture sinks), pipes and memfds (in memory), the character devices every Linux system has
// (/dev/null and friends, modelled here), and host files (opened through src/linux/fs.ts).

import * as fs from 'node:fs';
import { E } from './abi.js';
import type { HostFile } from './fs.js';
import { fileKey, type RecordLocks } from './locks.js';

export type FileKind = 'stdin' | 'stdout' | 'stderr' | 'pipe-r' | 'pipe-w' | 'memfd' | 'host' | DeviceKind;

/**
 * The devices a guest finds at these paths whatever --fs-root holds (as every Linux system has
 * them), with their (major 1) minor numbers. /dev/random and /dev/urandom give the process's
 * seeded random stream, as getrandom does: runs stay deterministic.
 */
export const DEVICES = {
  '/dev/null': { kind: 'dev-null', minor: 3 },
  '/dev/zero': { kind: 'dev-zero', minor: 5 },
  '/dev/full': { kind: 'dev-full', minor: 7 },
  '/dev/random': { kind: 'dev-random', minor: 8 },
  '/dev/urandom': { kind: 'dev-urandom', minor: 9 },
} as const;
export type DeviceKind = (typeof DEVICES)[keyof typeof DEVICES]['kind'];
/** Whether an open file is one of DEVICES. */
export const isDevice = (k: FileKind): k is DeviceKind => k.startsWith('dev-');
/** A device's path and minor number. */
export function deviceEntry(kind: DeviceKind): { path: string; minor: number } {
  const [path, d] = Object.entries(DEVICES).find(([, e]) => e.kind === kind)!;
  return { path, minor: d.minor };
}

export interface Pipe { data: number[]; writers: number; readers: number }

export interface OpenFile {
  kind: FileKind;
  /** Open flags as the guest gave them (O_ACCMODE, O_APPEND, ...). */
  flags: number;
  pos: number;
  pipe?: Pipe;
  mem?: { data: Uint8Array; size: number; name: string };
  host?: HostFile;
  /** Shared with dup'ed descriptors: the same object. */
  refs: number;
}

export interface StdStreams {
  stdin: () => Uint8Array | undefined;
  stdout: (b: Uint8Array) => void;
  stderr: (b: Uint8Array) => void;
}

export class FdTable {
  readonly fds: (OpenFile | undefined)[] = [];
  /** FD_CLOEXEC, a flag of the descriptor (not of the open file description it names). */
  readonly cloexec: boolean[] = [];

  constructor() {
    this.fds[0] = { kind: 'stdin', flags: 0, pos: 0, refs: 1 };
    this.fds[1] = { kind: 'stdout', flags: 1, pos: 0, refs: 1 };
    this.fds[2] = { kind: 'stderr', flags: 1, pos: 0, refs: 1 };
  }

  /**
   * The record locks (locks.ts) and the pid of the process owning this table, once a lock was
   * set: closing a descriptor then drops the process's POSIX locks on its file, and the last
   * close of an open file description its OFD locks.
   */
  locking?: { table: RecordLocks; pid: number };

  /** fork: a table naming the same open file descriptions (each gains a reference); the caller sets locking's pid. */
  copy(): FdTable {
    const t = new FdTable();
    t.locking = this.locking;
    t.fds.length = 0;
    this.fds.forEach((f, fd) => {
      if (!f) return;
      f.refs++;
      t.fds[fd] = f;
      t.cloexec[fd] = this.cloexec[fd] ?? false;
    });
    return t;
  }

  /** execve: closes the descriptors marked FD_CLOEXEC. */
  closeOnExec(): void {
    this.fds.forEach((f, fd) => { if (f && this.cloexec[fd]) this.close(fd); });
  }

  /** Closes every descriptor (the process ended). */
  closeAll(): void {
    this.fds.forEach((f, fd) => { if (f) this.close(fd); });
  }

  get(fd: number): OpenFile | undefined {
    return fd >= 0 ? this.fds[fd] : undefined;
  }

  /** Lowest free descriptor >= min. */
  alloc(f: OpenFile, min = 0, cloexec = false): number {
    let fd = min;
    while (this.fds[fd]) fd++;
    if (fd >= 1024) return -E.MFILE;
    this.fds[fd] = f;
    this.cloexec[fd] = cloexec;
    return fd;
  }

  close(fd: number): number {
    const f = this.get(fd);
    if (!f) return -E.BADF;
    if (this.locking !== undefined && !this.locking.table.empty) {
      const key = fileKey(f);
      this.locking.table.release(key, this.locking.pid);
      if (f.refs === 1) this.locking.table.release(key, f);
    }
    this.fds[fd] = undefined;
    this.cloexec[fd] = false;
    if (--f.refs === 0) {
      if (f.pipe) { if (f.kind === 'pipe-w') f.pipe.writers--; else f.pipe.readers--; }
      if (f.host) fs.closeSync(f.host.fd);
    }
    return 0;
  }

  /**
   * dup/dup2/dup3: the new descriptor shares the open file description; its FD_CLOEXEC is
   * `cloexec` (dup3's O_CLOEXEC), not the old descriptor's.
   */
  dup(oldfd: number, newfd: number | undefined, cloexec = false): number {
    const f = this.get(oldfd);
    if (!f) return -E.BADF;
    if (newfd === undefined) {
      const fd = this.alloc(f, 0, cloexec);
      if (fd >= 0) f.refs++;
      return fd;
    }
    if (newfd < 0 || newfd >= 1024) return -E.BADF;
    if (newfd === oldfd) return newfd;
    if (this.fds[newfd]) this.close(newfd);
    f.refs++;
    this.fds[newfd] = f;
    this.cloexec[newfd] = cloexec;
    return newfd;
  }
}
