// Record locks (fcntl F_GETLK/F_SETLK/F_SETLKW, their 64-bit and open-file-description forms):
// byte ranges of a file, read (shared) or write (exclusive), held by an owner. A traditional
// POSIX lock's owner is the process: its locks never conflict with each other, fork does not
// pass them on, and closing any descriptor of the file drops all of them on that file. An OFD
// lock's owner is the open file description: shared by dup and fork, dropped when its last
// descriptor closes, and in conflict even with POSIX locks of the same process (Linux's rules,
// fcntl(2)). One table serves every process of a run; files are told apart by device and inode.

import * as fs from 'node:fs';
import type { OpenFile } from './files.js';

export const F_RDLCK = 0, F_WRLCK = 1, F_UNLCK = 2;

/** A process's pid (POSIX lock) or an open file description (OFD lock). */
export type LockOwner = number | OpenFile;

export interface Lock {
  owner: LockOwner;
  /** The process that set it (F_GETLK reports it for a POSIX lock; an OFD lock reports -1). */
  pid: number;
  type: typeof F_RDLCK | typeof F_WRLCK;
  /** [start, end): end Infinity for a lock to the end of the file and beyond. */
  start: number;
  end: number;
}

/** What a file's locks are keyed by: device and inode of a host file, else the object behind the descriptor. */
export type FileKey = string | object;

export function fileKey(f: OpenFile): FileKey {
  if (f.host) {
    const st = fs.fstatSync(f.host.fd, { bigint: true });
    return `${st.dev}:${st.ino}`;
  }
  return f.mem ?? f.pipe ?? f;
}

export class RecordLocks {
  private readonly files = new Map<FileKey, Lock[]>();

  get empty(): boolean { return this.files.size === 0; }

  /** The first lock of another owner that [start, end) of `type` would conflict with. */
  conflict(key: FileKey, owner: LockOwner, type: number, start: number, end: number): Lock | undefined {
    return this.files.get(key)?.find((l) => l.owner !== owner && l.start < end && start < l.end && (type === F_WRLCK || l.type === F_WRLCK));
  }

  /**
   * The owner's locks on [start, end) become `type` (F_UNLCK: none): its locks there are cut
   * out first, then the new one is added and merged with its locks of the same type that touch
   * it. The caller has checked for conflicts.
   */
  set(key: FileKey, owner: LockOwner, pid: number, type: number, start: number, end: number): void {
    const out: Lock[] = [];
    for (const l of this.files.get(key) ?? []) {
      if (l.owner !== owner || l.end <= start || end <= l.start) { out.push(l); continue; }
      if (l.start < start) out.push({ ...l, end: start });
      if (end < l.end) out.push({ ...l, start: end });
    }
    if (type !== F_UNLCK) {
      let s = start, e = end;
      const kept = out.filter((l) => {
        if (l.owner !== owner || l.type !== type || l.end < s || e < l.start) return true;
        s = Math.min(s, l.start); e = Math.max(e, l.end);
        return false;
      });
      kept.push({ owner, pid, type: type === F_WRLCK ? F_WRLCK : F_RDLCK, start: s, end: e });
      kept.sort((a, b) => a.start - b.start);
      out.length = 0;
      out.push(...kept);
    }
    if (out.length) this.files.set(key, out); else this.files.delete(key);
  }

  /** Every lock with its file's key (checkpoint record LOCKS). */
  list(): { key: FileKey; lock: Lock }[] {
    return [...this.files].flatMap(([key, ls]) => ls.map((lock) => ({ key, lock })));
  }

  /** Drops the owner's locks on the file (every file when `key` is undefined). */
  release(key: FileKey | undefined, owner: LockOwner): void {
    for (const [k, ls] of this.files) {
      if (key !== undefined && k !== key) continue;
      const kept = ls.filter((l) => l.owner !== owner);
      if (kept.length) this.files.set(k, kept); else this.files.delete(k);
    }
  }
}
