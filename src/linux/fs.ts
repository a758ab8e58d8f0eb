// The guest's file system: Linux path semantics over host directories, as a chroot would give
// them. The guest sees --fs-root as its '/', and where a path does not exist there, the
// read-only --sysroot (qemu's -L). Paths are resolved here component by component: every
// symbolic link is read with readlink and followed by this code (an absolute target starts
// again at the guest's root, `..` stops at it), so the host never follows a link and nothing
// outside the roots can be reached. Host errors come back as Linux errno values.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { E, O_ACCMODE, O_CREAT, O_DIRECTORY, O_EXCL, O_NOFOLLOW, O_PATH, O_TRUNC, RENAME_NOREPLACE } from './abi.js';

/** The last component of a path ('' for '/'). */
function lastName(p: string): string {
  return p.split('/').filter((c) => c !== '').pop() ?? '';
}

/** Linux's limits: symbolic links followed in one lookup, bytes in a name and in a path. */
const MAX_LINKS = 40, NAME_MAX = 255, PATH_MAX = 4096;

/**
 * What a lookup does with a link in the last component: follow it (stat, open), follow it only
 * before a trailing slash (lstat, O_NOFOLLOW), or never, as the calls that act on the name itself
 * do (unlink, rmdir, rename, mkdir, symlink; a trailing slash is then only recorded).
 */
type Last = 'follow' | 'nofollow' | 'entry';

/** A host directory seen as the guest's root. */
interface Layer { root: string; readOnly: boolean }

/** Where a guest path leads. */
export interface Found {
  layer: Layer;
  /** The canonical guest path's components (no links, no `.` or `..`). */
  comps: string[];
  /** lstat of the last component; undefined when it does not exist (its parent does). */
  st: fs.BigIntStats | undefined;
  /** The path ended in `/` (or `/.`): the last component must be a directory. */
  dirOnly: boolean;
}

/** What the guest sees of a file's status. */
export interface FileStat { mode: number; size: number; ino: bigint; nlink: number; rdev: number; blocks: number }

/**
 * The inode number the guest sees: a hash of the file's guest path, so that it does not depend on
 * the host (images stay deterministic, and restoring on a copy of the tree gives the same numbers).
 * The price: the names of one hard-linked file show different numbers. A 32-bit process gets
 * 32-bit numbers (as from a typical disk), or glibc's stat and readdir without large-file support
 * would fail with EOVERFLOW.
 */
export function inodeOf(guestPath: string, wide: boolean): bigint {
  let h = 0xcbf29ce484222325n; // FNV-1a, 64-bit
  for (const b of Buffer.from(guestPath)) h = BigInt.asUintN(64, (h ^ BigInt(b)) * 0x100000001b3n);
  if (!wide) h = (h ^ (h >> 32n)) & 0xffffffffn;
  return h === 0n ? 1n : h;
}

/** The guest's view of a host stat: the guest's inode number; blocks as if stored densely. */
export function fileStat(st: fs.BigIntStats, guestPath: string, wide: boolean): FileStat {
  const size = Number(st.size);
  return { mode: Number(st.mode), size, ino: inodeOf(guestPath, wide), nlink: Number(st.nlink), rdev: Number(st.rdev), blocks: Math.ceil(size / 4096) * 8 };
}

/** Access and modification times in seconds: those given, else the file's own (st). */
export function timesOr(st: fs.BigIntStats, atime: number | undefined, mtime: number | undefined): [number, number] {
  return [atime ?? Number(st.atimeNs) / 1e9, mtime ?? Number(st.mtimeNs) / 1e9];
}

/** An open host file as the descriptor table keeps it. */
export interface HostFile {
  fd: number;
  path: string;
  guestPath: string;
  isDir: boolean;
  /** Found under --sysroot. */
  readOnly: boolean;
}

/** Linux errno (negative) for a host error from node:fs. */
export function hostErrno(e: unknown): number {
  const code = (e as NodeJS.ErrnoException).code;
  if (typeof code !== 'string' || !/^E[A-Z0-9]+$/.test(code)) throw e; // not a system error: a bug
  const v = (E as Record<string, number>)[code.slice(1)];
  if (code === 'ENOTSUP') return -E.OPNOTSUPP;
  return -(v ?? E.IO);
}

/** A short text for a Linux errno value (positive). */
export function errnoText(errno: number): string {
  const TEXT: Record<number, string> = {
    [E.NOENT]: 'no such file or directory', [E.NOTDIR]: 'not a directory', [E.ACCES]: 'permission denied',
    [E.ISDIR]: 'is a directory', [E.LOOP]: 'too many levels of symbolic links', [E.ROFS]: 'read-only file system',
  };
  return TEXT[errno] ?? `errno ${errno}`;
}

/** Runs a host operation, giving its result or a Linux errno. */
export function host<T>(fn: () => T): T | number {
  try { return fn(); } catch (e) { return hostErrno(e); }
}

/** Runs a host operation for its effect: 0 or a Linux errno. */
export function hostDo(fn: () => void): number {
  try { fn(); return 0; } catch (e) { return hostErrno(e); }
}

const C = fs.constants;
/** How many missed paths a GuestFs without a root keeps. */
const MISSED_MAX = 64;

export class GuestFs {
  /** The working directory: a canonical guest path. */
  cwd = '/';
  umask = 0o022;
  private readonly layers: Layer[] = [];
  /**
   * Without a root (no --fs-root), the first distinct paths the guest looked for in vain (at
   * most MISSED_MAX): `ppcemu run` tells a user whose program could not open its own argument
   * that the guest sees no host files (cli/main.ts).
   */
  readonly missed: string[] | undefined;

  /** `wideInodes`: 64-bit inode numbers (a 64-bit process). */
  constructor(fsRoot: string | undefined, sysroot: string | undefined, private readonly wideInodes = true) {
    // the roots themselves may be reached through host links: those are the user's choice
    const real = (d: string) => { try { return fs.realpathSync(d); } catch { return path.resolve(d); } };
    if (fsRoot !== undefined) this.layers.push({ root: real(fsRoot), readOnly: false });
    else this.missed = [];
    if (sysroot !== undefined) this.layers.push({ root: real(sysroot), readOnly: true });
  }

  /** The host path of an existing guest file, links followed (for the ELF loader); else undefined. */
  resolve(guestPath: string): string | undefined {
    const r = this.lookup('/', guestPath, 'follow');
    return typeof r === 'number' || !r.st ? undefined : this.hostOf(r);
  }

  hostOf(r: Found): string {
    return path.join(r.layer.root, ...r.comps);
  }

  guestOf(r: Found): string {
    return '/' + r.comps.join('/');
  }

  /**
   * Resolves `p` (absolute, or relative to the guest directory `base`) in the first layer where
   * it exists; a path found nowhere resolves in the first layer (where it may be created).
   * Returns -errno when a lookup fails.
   */
  lookup(base: string, p: string, last: Last): Found | number {
    if (p === '') return -E.NOENT;
    if (Buffer.byteLength(p) >= PATH_MAX) return -E.NAMETOOLONG;
    let best: Found | number = -E.NOENT;
    for (const layer of this.layers) {
      const r = this.walk(layer, base, p, last);
      if (typeof r !== 'number' && r.st) return r;
      if (typeof best === 'number' && (best === -E.NOENT || typeof r !== 'number')) best = r;
    }
    const missed = this.missed;
    if (missed !== undefined && missed.length < MISSED_MAX && (typeof best === 'number' || !best.st) && !missed.includes(p)) missed.push(p);
    return best;
  }

  private walk(layer: Layer, base: string, p: string, mode: Last): Found | number {
    const split = (s: string) => s.split('/').filter((c) => c !== '' && c !== '.').reverse();
    const trailing = (s: string) => /(^|\/)\.?$/.test(s);
    let cur = p.startsWith('/') ? [] : split(base).reverse();
    const todo = split(p); // a stack: the next component last
    let dirOnly = trailing(p);
    let links = 0;
    while (todo.length > 0) {
      const c = todo.pop()!;
      const last = todo.length === 0;
      if (c === '..') { cur.pop(); continue; } // every component in cur is a directory
      if (Buffer.byteLength(c) > NAME_MAX) return -E.NAMETOOLONG;
      const hp = path.join(layer.root, ...cur, c);
      let st: fs.BigIntStats;
      try {
        st = fs.lstatSync(hp, { bigint: true });
      } catch (e) {
        const err = hostErrno(e);
        if (err === -E.NOENT && last) return { layer, comps: [...cur, c], st: undefined, dirOnly };
        return err;
      }
      const follow = !last || mode === 'follow' || (dirOnly && mode === 'nofollow');
      if (st.isSymbolicLink() && follow) {
        if (++links > MAX_LINKS) return -E.LOOP;
        const target = fs.readlinkSync(hp);
        if (target === '') return -E.NOENT;
        if (target.startsWith('/')) cur = [];
        if (last && trailing(target)) dirOnly = true;
        todo.push(...split(target));
        continue;
      }
      if ((!last || (dirOnly && mode !== 'entry')) && !st.isDirectory()) return -E.NOTDIR;
      cur = [...cur, c];
      if (last) return { layer, comps: cur, st, dirOnly };
    }
    // the path ended at a directory named by '.', '..' or '/'
    const st = host(() => fs.lstatSync(path.join(layer.root, ...cur), { bigint: true }));
    return typeof st === 'number' ? st : { layer, comps: cur, st, dirOnly: true };
  }

  /** A lookup that must find an existing file. */
  private existing(base: string, p: string, last: Last): Found | number {
    const r = this.lookup(base, p, last);
    if (typeof r === 'number') return r;
    return r.st ? r : -E.NOENT;
  }

  /**
   * A lookup for a name to be created: it must not exist (not even as a dangling link), and its
   * layer must be writable; a trailing slash is for directories only.
   */
  private fresh(base: string, p: string, dir = false): Found | number {
    const r = this.lookup(base, p, 'entry');
    if (typeof r === 'number') return r;
    if (r.st || r.comps.length === 0) return -E.EXIST;
    if (r.dirOnly && !dir) return -E.NOENT;
    return r.layer.readOnly ? -E.ROFS : r;
  }

  private static follow(yes: boolean): Last {
    return yes ? 'follow' : 'nofollow';
  }

  /** The mode a new file gets: the guest's umask applies, not the host's. */
  private created(hp: string, mode: number): void {
    fs.chmodSync(hp, mode & ~this.umask & 0o7777);
  }

  open(base: string, p: string, flags: number, mode: number): HostFile | number {
    const create = (flags & O_CREAT) !== 0;
    const excl = create && (flags & O_EXCL) !== 0;
    if (create && lastName(p) !== '.' && lastName(p) !== '..') { // "name/": EISDIR once the directories before it resolve
      const e = this.lookup(base, p, 'entry');
      if (typeof e === 'number' || e.dirOnly) return typeof e === 'number' ? e : -E.ISDIR;
    }
    const r = this.lookup(base, p, GuestFs.follow(!(flags & O_NOFOLLOW) && !excl));
    if (typeof r === 'number') return r;
    const hp = this.hostOf(r);
    const acc = flags & O_ACCMODE;
    const hostAcc = acc === 0 || flags & O_PATH ? C.O_RDONLY : acc === 1 ? C.O_WRONLY : C.O_RDWR;
    if (!r.st) {
      if (!create) return -E.NOENT;
      if (r.layer.readOnly) return -E.ROFS;
      const fd = host(() => fs.openSync(hp, hostAcc | C.O_CREAT | C.O_EXCL | C.O_NOFOLLOW, 0o600));
      if (fd < 0) return fd;
      this.created(hp, mode);
      return { fd, path: hp, guestPath: this.guestOf(r), isDir: false, readOnly: false };
    }
    if (excl) return -E.EXIST;
    if (r.st.isSymbolicLink()) return -E.LOOP; // O_NOFOLLOW on a link
    const isDir = r.st.isDirectory();
    if (isDir && (acc !== 0 || create) && !(flags & O_PATH)) return -E.ISDIR;
    if (!isDir && flags & O_DIRECTORY) return -E.NOTDIR;
    if (r.layer.readOnly && (acc !== 0 || flags & O_TRUNC) && !(flags & O_PATH)) return -E.ROFS;
    const trunc = flags & O_TRUNC && !isDir && !(flags & O_PATH) ? C.O_TRUNC : 0;
    const fd = host(() => fs.openSync(hp, hostAcc | trunc | C.O_NOFOLLOW | (isDir ? C.O_DIRECTORY : 0)));
    if (fd < 0) return fd;
    return { fd, path: hp, guestPath: this.guestOf(r), isDir, readOnly: r.layer.readOnly };
  }

  /** Reopens a checkpointed file at its guest path (no creation); -errno when it is gone. */
  reopen(guestPath: string, flags: number, isDir: boolean): HostFile | number {
    const r = this.open('/', guestPath, flags & (O_ACCMODE | O_PATH) | (isDir ? O_DIRECTORY : 0), 0);
    if (typeof r === 'number' || r.isDir === isDir) return r;
    fs.closeSync(r.fd);
    return -E.NOTDIR;
  }

  stat(base: string, p: string, follow: boolean): FileStat | number {
    const r = this.existing(base, p, GuestFs.follow(follow));
    return typeof r === 'number' ? r : fileStat(r.st!, this.guestOf(r), this.wideInodes);
  }

  access(base: string, p: string, mode: number, follow: boolean): number {
    if (mode & ~7) return -E.INVAL;
    const r = this.existing(base, p, GuestFs.follow(follow));
    if (typeof r === 'number') return r;
    if (mode & 2 && r.layer.readOnly) return -E.ROFS;
    return hostDo(() => fs.accessSync(this.hostOf(r), mode));
  }

  readlink(base: string, p: string): Buffer | number {
    const r = this.existing(base, p, 'nofollow');
    if (typeof r === 'number') return r;
    if (!r.st!.isSymbolicLink()) return -E.INVAL;
    return host(() => fs.readlinkSync(this.hostOf(r), { encoding: 'buffer' }));
  }

  /** chdir: the new working directory (the caller sets cwd). */
  dir(base: string, p: string): string | number {
    const r = this.existing(base, p, 'follow');
    if (typeof r === 'number') return r;
    return r.st!.isDirectory() ? this.guestOf(r) : -E.NOTDIR;
  }

  mkdir(base: string, p: string, mode: number): number {
    const r = this.fresh(base, p, true);
    if (typeof r === 'number') return r;
    const hp = this.hostOf(r);
    const e = hostDo(() => fs.mkdirSync(hp, 0o700));
    if (e < 0) return e;
    this.created(hp, mode);
    return 0;
  }

  /** unlink, or rmdir when `dir`. */
  remove(base: string, p: string, dir: boolean): number {
    if (dir && lastName(p) === '.') return -E.INVAL; // rmdir("d/.")
    if (dir && lastName(p) === '..') return -E.NOTEMPTY; // rmdir("d/..")
    const r = this.existing(base, p, 'entry');
    if (typeof r === 'number') return r;
    if (r.comps.length === 0) return dir ? -E.BUSY : -E.ISDIR;
    const isDir = r.st!.isDirectory();
    if (dir && !isDir) return -E.NOTDIR;
    if (!dir && isDir) return -E.ISDIR;
    if (!dir && r.dirOnly) return -E.NOTDIR; // unlink("file/")
    if (r.layer.readOnly) return -E.ROFS;
    const hp = this.hostOf(r);
    return hostDo(() => (dir ? fs.rmdirSync(hp) : fs.unlinkSync(hp)));
  }

  rename(oldBase: string, oldP: string, newBase: string, newP: string, flags: number): number {
    if (flags & ~RENAME_NOREPLACE) return -E.INVAL; // RENAME_EXCHANGE and RENAME_WHITEOUT: not offered
    if ([oldP, newP].some((q) => lastName(q) === '.' || lastName(q) === '..')) return -E.BUSY;
    const from = this.existing(oldBase, oldP, 'entry');
    if (typeof from === 'number') return from;
    const to = this.lookup(newBase, newP, 'entry');
    if (typeof to === 'number') return to;
    if (from.comps.length === 0 || to.comps.length === 0) return -E.BUSY;
    if ((from.dirOnly || to.dirOnly) && !from.st!.isDirectory()) return -E.NOTDIR;
    if (to.st && flags & RENAME_NOREPLACE) return -E.EXIST;
    if (from.layer.readOnly || to.layer.readOnly) return -E.ROFS;
    return hostDo(() => fs.renameSync(this.hostOf(from), this.hostOf(to)));
  }

  link(oldBase: string, oldP: string, newBase: string, newP: string, follow: boolean): number {
    const from = this.existing(oldBase, oldP, GuestFs.follow(follow));
    if (typeof from === 'number') return from;
    if (from.st!.isDirectory()) return -E.PERM;
    const to = this.fresh(newBase, newP);
    if (typeof to === 'number') return to;
    if (from.layer !== to.layer) return from.layer.readOnly ? -E.ROFS : -E.XDEV;
    return hostDo(() => fs.linkSync(this.hostOf(from), this.hostOf(to)));
  }

  symlink(target: string, base: string, p: string): number {
    if (target === '') return -E.NOENT;
    const r = this.fresh(base, p);
    if (typeof r === 'number') return r;
    return hostDo(() => fs.symlinkSync(target, this.hostOf(r)));
  }

  chmod(base: string, p: string, mode: number, follow: boolean): number {
    const r = this.existing(base, p, GuestFs.follow(follow));
    if (typeof r === 'number') return r;
    if (r.st!.isSymbolicLink()) return -E.OPNOTSUPP;
    if (r.layer.readOnly) return -E.ROFS;
    return hostDo(() => fs.chmodSync(this.hostOf(r), mode & 0o7777));
  }

  /**
   * utimensat and kin: the file's access and modification times in seconds (undefined: kept as
   * they are). Node sets them from doubles: below a microsecond they are not exact.
   */
  utimes(base: string, p: string, follow: boolean, atime: number | undefined, mtime: number | undefined): number {
    const r = this.existing(base, p, GuestFs.follow(follow));
    if (typeof r === 'number') return r;
    if (r.layer.readOnly) return -E.ROFS;
    const st = r.st!, h = this.hostOf(r), [a, m] = timesOr(st, atime, mtime);
    return hostDo(() => (st.isSymbolicLink() ? fs.lutimesSync(h, a, m) : fs.utimesSync(h, a, m)));
  }

  /**
   * chown and kin, `change` false: to the process's own user and group (or -1), which the host
   * file needs no change for; otherwise EPERM, as for an unprivileged process.
   */
  chown(base: string, p: string, follow: boolean, change: boolean): number {
    const r = this.existing(base, p, GuestFs.follow(follow));
    if (typeof r === 'number') return r;
    if (r.layer.readOnly) return -E.ROFS;
    return change ? -E.PERM : 0;
  }

  truncate(base: string, p: string, len: number): number {
    if (len < 0) return -E.INVAL;
    const r = this.existing(base, p, 'follow');
    if (typeof r === 'number') return r;
    if (r.st!.isDirectory()) return -E.ISDIR;
    if (r.layer.readOnly) return -E.ROFS;
    return hostDo(() => fs.truncateSync(this.hostOf(r), len));
  }
}

