// The guest's file-descriptor table. Descriptors are standard streams (host stdin/stdout/stderr
// or capture sinks), pipes and memfds (in memory), and host files confined to --fs-root.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { E } from './abi.js';

export type FileKind = 'stdin' | 'stdout' | 'stderr' | 'pipe-r' | 'pipe-w' | 'memfd' | 'host';

export interface Pipe { data: number[]; writers: number; readers: number }

export interface OpenFile {
  kind: FileKind;
  /** Open flags as the guest gave them (O_ACCMODE, O_APPEND, ...). */
  flags: number;
  cloexec: boolean;
  pos: number;
  pipe?: Pipe;
  mem?: { data: Uint8Array; size: number; name: string };
  host?: { fd: number; path: string; guestPath: string; isDir: boolean };
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

  constructor() {
    this.fds[0] = { kind: 'stdin', flags: 0, cloexec: false, pos: 0, refs: 1 };
    this.fds[1] = { kind: 'stdout', flags: 1, cloexec: false, pos: 0, refs: 1 };
    this.fds[2] = { kind: 'stderr', flags: 1, cloexec: false, pos: 0, refs: 1 };
  }

  get(fd: number): OpenFile | undefined {
    return fd >= 0 ? this.fds[fd] : undefined;
  }

  /** Lowest free descriptor >= min. */
  alloc(f: OpenFile, min = 0): number {
    let fd = min;
    while (this.fds[fd]) fd++;
    if (fd >= 1024) return -E.MFILE;
    this.fds[fd] = f;
    return fd;
  }

  close(fd: number): number {
    const f = this.get(fd);
    if (!f) return -E.BADF;
    this.fds[fd] = undefined;
    if (--f.refs === 0) {
      if (f.pipe) { if (f.kind === 'pipe-w') f.pipe.writers--; else f.pipe.readers--; }
      if (f.host) fs.closeSync(f.host.fd);
    }
    return 0;
  }

  /**
   * dup/dup2/dup3: the new descriptor shares the open file description. (FD_CLOEXEC lives on the
   * description here, not on each descriptor; with no exec it only shows through F_GETFD.)
   */
  dup(oldfd: number, newfd: number | undefined): number {
    const f = this.get(oldfd);
    if (!f) return -E.BADF;
    if (newfd === undefined) {
      const fd = this.alloc(f);
      if (fd >= 0) f.refs++;
      return fd;
    }
    if (newfd < 0 || newfd >= 1024) return -E.BADF;
    if (newfd === oldfd) return newfd;
    if (this.fds[newfd]) this.close(newfd);
    f.refs++;
    this.fds[newfd] = f;
    return newfd;
  }

}

/** Resolves a guest path under the fs root; undefined when no root or it would escape. */
export function hostPath(fsRoot: string | undefined, guestPath: string, cwd = '/'): string | undefined {
  if (!fsRoot) return undefined;
  const abs = path.posix.resolve(cwd, guestPath);
  const root = path.resolve(fsRoot);
  const p = path.join(root, abs);
  if (p !== root && !p.startsWith(root + path.sep)) return undefined;
  return p;
}

// ---- sysroot lookup: a minimal stand-in until the file-system layer's read-only overlay lands ----

/**
 * The host file for a guest path: under --fs-root; for a read-only access to a path missing
 * there, under --sysroot (as qemu's -L), where dynamic executables find their libraries.
 */
export function resolvePath(fsRoot: string | undefined, sysroot: string | undefined, guestPath: string, readOnly: boolean): string | undefined {
  const hp = hostPath(fsRoot, guestPath);
  if (!readOnly || (hp && fs.existsSync(hp))) return hp;
  const sp = hostPath(sysroot, guestPath);
  return sp && fs.existsSync(sp) ? sp : hp;
}
