// The file-system layer driven through system calls on a bare process (no guest program): the
// behaviour only ppcemu has (the --fs-root confinement, --sysroot, checkpoints of open files)
// and regression tests of issue 11. Linux semantics shared with QEMU are tested by the guest
// program test/programs/linux_fs.c against QEMU's output.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as fs from 'node:fs';
import * as os from 'node:os';
import { join } from 'node:path';
import { Machine } from '../../src/cpu/machine.js';
import { modelByName } from '../../src/features/models.js';
import { E, NR } from '../../src/linux/abi.js';
import { LinuxProcess } from '../../src/linux/process.js';
import { GuestFs } from '../../src/linux/fs.js';
import { checkpoint, restoreImage } from '../../src/checkpoint/index.js';

const SCRATCH = 0x10000000;
const O_RDONLY = 0, O_WRONLY = 1, O_CREAT = 0o100, O_APPEND = 0o2000, O_DIRECTORY = 0o40000;

/** A 64-bit process whose system calls are made directly; strings go in a scratch area. */
class Guest {
  readonly p: LinuxProcess;
  private next = SCRATCH;

  constructor(cfg: { fsRoot?: string; sysroot?: string }) {
    const m = new Machine(modelByName('POWER9'));
    this.p = new LinuxProcess(m, {
      is64: true, pageSize: 65536, abiVersion: 2, fsRoot: cfg.fsRoot, sysroot: cfg.sysroot, strace: false,
      execPath: '/bin/prog', streams: { stdin: () => undefined, stdout: () => {}, stderr: () => {} },
    });
    m.setMsr(0x80000000, 0xd033);
    m.mem.map(SCRATCH, 0x100000, 3);
  }

  /** Copies a string (NUL-terminated) or bytes into guest memory; returns the address. */
  put(v: string | Uint8Array): number {
    const b = typeof v === 'string' ? Buffer.from(v + '\0') : v;
    const at = this.next;
    this.p.m.mem.writeBytes(at, b);
    this.next += (b.length + 15) & ~15;
    return at;
  }

  buf(n: number): number { return this.put(new Uint8Array(n)); }

  /** Back to the start: scratch area, working directory, no descriptors beyond 0-2. */
  reset(): void {
    this.next = SCRATCH;
    this.p.files.cwd = '/';
    this.p.fds.fds.forEach((f, fd) => { if (f && fd > 2) this.p.fds.close(fd); });
  }

  read(at: number, n: number): Buffer { return Buffer.from(this.p.m.mem.readBytes(at, n)); }

  /** A system call; the result is -errno on failure, as the C library sees it before errno. */
  sys(nr: number, ...args: number[]): number {
    const m = this.p.m;
    m.gh[0] = 0; m.gl[0] = nr;
    args.forEach((v, k) => {
      const b = BigInt.asUintN(64, BigInt(v));
      m.gh[3 + k] = Number(b >> 32n); m.gl[3 + k] = Number(b & 0xffffffffn);
    });
    this.p.syscall(m, false);
    const r = m.gh[3] * 4294967296 + m.gl[3];
    return m.s32[0] & 0x10000000 ? -r : r; // CR0[SO] flags an error
  }

  open(path: string, flags: number, mode = 0o644): number { return this.sys(NR.open, this.put(path), flags, mode); }

  write(fd: number, s: string): number { const b = Buffer.from(s); return this.sys(NR.write, fd, this.put(b), b.length); }

  readAll(fd: number): string {
    const at = this.buf(4096);
    const n = this.sys(NR.read, fd, at, 4096);
    return n < 0 ? `error ${-n}` : this.read(at, n).toString();
  }
}

let root: string;
beforeEach(() => { root = fs.mkdtempSync(join(os.tmpdir(), 'ppcemu-fs-')); });
afterEach(() => { fs.rmSync(root, { recursive: true, force: true }); });

describe('issue 11 regressions', () => {
  it('1: O_APPEND on an existing file keeps its contents (old + new)', () => {
    fs.writeFileSync(join(root, 'log.txt'), 'old\n');
    const g = new Guest({ fsRoot: root });
    const fd = g.open('/log.txt', O_WRONLY | O_CREAT | O_APPEND);
    expect(fd).toBeGreaterThanOrEqual(3);
    expect(g.sys(NR.lseek, fd, 0, 2)).toBe(4);
    expect(g.write(fd, 'new\n')).toBe(4);
    // an explicit seek to 0 does not move appended writes away from the end
    expect(g.sys(NR.lseek, fd, 0, 0)).toBe(0);
    expect(g.write(fd, 'end\n')).toBe(4);
    expect(g.sys(NR.close, fd)).toBe(0);
    expect(fs.readFileSync(join(root, 'log.txt'), 'utf8')).toBe('old\nnew\nend\n');
    const rd = g.open('/log.txt', O_RDONLY);
    expect(g.readAll(rd)).toBe('old\nnew\nend\n');
  });
});

/** The host file outside every root that no guest path may reach. */
const SECRET = 'host secret\n';

describe('issue 11 regressions (file system)', () => {
  it('2: open("") is ENOENT, not the root directory', () => {
    const g = new Guest({ fsRoot: root });
    expect(g.open('', O_RDONLY)).toBe(-E.NOENT);
    expect(g.sys(NR.openat, -100, g.put(''), O_RDONLY | O_DIRECTORY, 0)).toBe(-E.NOENT);
    expect(g.sys(NR.stat, g.put(''), g.buf(144))).toBe(-E.NOENT);
  });

  it('3: unlink removes a file and says ENOENT for a missing one; rename works', () => {
    fs.writeFileSync(join(root, 'a.txt'), 'a');
    const g = new Guest({ fsRoot: root });
    expect(g.sys(NR.rename, g.put('/a.txt'), g.put('/b.txt'))).toBe(0);
    expect(fs.readFileSync(join(root, 'b.txt'), 'utf8')).toBe('a');
    expect(g.sys(NR.unlink, g.put('/b.txt'))).toBe(0);
    expect(fs.existsSync(join(root, 'b.txt'))).toBe(false);
    expect(g.sys(NR.unlink, g.put('/b.txt'))).toBe(-E.NOENT);
    expect(g.sys(NR.rename, g.put('/b.txt'), g.put('/c.txt'))).toBe(-E.NOENT);
  });

  it('4: host errors keep their errno', () => {
    fs.writeFileSync(join(root, 'a.txt'), 'a');
    fs.mkdirSync(join(root, 'd'));
    fs.writeFileSync(join(root, 'd', 'f'), 'f');
    const g = new Guest({ fsRoot: root });
    expect(g.open('/no/dir/x', O_WRONLY | O_CREAT)).toBe(-E.NOENT);
    expect(g.open('/a.txt/x', O_RDONLY)).toBe(-E.NOTDIR);
    expect(g.open('/a.txt', O_WRONLY | O_CREAT | 0o200)).toBe(-E.EXIST);
    expect(g.open('/d', O_WRONLY)).toBe(-E.ISDIR);
    expect(g.sys(NR.rmdir, g.put('/d'))).toBe(-E.NOTEMPTY);
    expect(g.open('/' + 'n'.repeat(256), O_RDONLY)).toBe(-E.NAMETOOLONG);
  });

  it('8: rmdir removes an empty directory', () => {
    fs.mkdirSync(join(root, 'e'));
    const g = new Guest({ fsRoot: root });
    expect(g.sys(NR.rmdir, g.put('/e'))).toBe(0);
    expect(fs.existsSync(join(root, 'e'))).toBe(false);
    expect(g.sys(NR.rmdir, g.put('/e'))).toBe(-E.NOENT);
  });

  it('`.` and `..` as the last name are not removed or renamed', () => {
    fs.mkdirSync(join(root, 'a', 'b'), { recursive: true });
    const g = new Guest({ fsRoot: root });
    expect(g.sys(NR.rmdir, g.put('/a/b/..'))).toBe(-E.NOTEMPTY);
    expect(g.sys(NR.rmdir, g.put('/a/b/.'))).toBe(-E.INVAL);
    expect(g.sys(NR.rename, g.put('/a/b/..'), g.put('/c'))).toBe(-E.BUSY);
    expect(g.sys(NR.unlink, g.put('/a/..'))).toBe(-E.ISDIR);
    expect(fs.existsSync(join(root, 'a', 'b'))).toBe(true);
    expect(g.sys(NR.rmdir, g.put('/a/b/'))).toBe(0);
  });

  describe('8: no path leaves the root', () => {
    let outside: string, jail: string;
    beforeEach(() => {
      // root/outside/secret is the host file; root/jail is the guest's root
      outside = join(root, 'outside');
      jail = join(root, 'jail');
      fs.mkdirSync(outside);
      fs.mkdirSync(join(jail, 'sub', 'deeper'), { recursive: true });
      fs.writeFileSync(join(outside, 'secret'), SECRET);
      fs.writeFileSync(join(jail, 'inside'), 'inside\n');
      fs.symlinkSync(outside, join(jail, 'abs-dir'));                        // absolute host path
      fs.symlinkSync(join(outside, 'secret'), join(jail, 'abs-file'));
      fs.symlinkSync('/etc', join(jail, 'etc'));                             // absolute guest path
      fs.symlinkSync('../../../../../../../../..', join(jail, 'sub', 'deeper', 'up')); // relative, far up
      fs.symlinkSync('../outside/secret', join(jail, 'rel-file'));
      fs.symlinkSync('../../outside', join(jail, 'sub', 'rel-dir'));
      fs.symlinkSync('loop2', join(jail, 'loop1'));
      fs.symlinkSync('loop1', join(jail, 'loop2'));
    });

    const reads = (g: Guest, p: string) => {
      const fd = g.open(p, O_RDONLY);
      return fd < 0 ? fd : g.readAll(fd);
    };

    it('reads the host secret through no link, `..` or absolute path', () => {
      const g = new Guest({ fsRoot: jail });
      for (const p of [
        '/abs-file', '/abs-dir/secret', '/rel-file', '/sub/rel-dir/secret', '/../outside/secret',
        '/../../../../outside/secret', 'sub/../../outside/secret', '/sub/deeper/up/outside/secret',
        '/sub/deeper/up/../outside/secret', `/sub/deeper/up${outside}/secret`, `${outside}/secret`,
        `/etc/../..${outside}/secret`,
      ]) {
        const r = reads(g, p);
        expect(r, p).not.toBe(SECRET);
        // ENOENT, or ELOOP where /etc, a link to /etc, meets itself as a chroot's would
        expect([-E.NOENT, -E.LOOP], p).toContain(r);
      }
      // `..` at the root stays at the root, as in a chroot
      expect(reads(g, '/sub/deeper/up/inside')).toBe('inside\n');
      expect(reads(g, '/../../inside')).toBe('inside\n');
    });

    it('cannot see /etc/passwd of the host', () => {
      fs.symlinkSync('/etc/passwd', join(jail, 'passwd-abs'));
      fs.symlinkSync('../../../../../../../../../../etc/passwd', join(jail, 'passwd-rel'));
      const g = new Guest({ fsRoot: jail });
      for (const p of ['/etc/passwd', 'etc/passwd', '/sub/deeper/up/etc/passwd', '/sub/../../../etc/passwd']) {
        // /etc is a link to /etc: inside the root it meets itself
        expect(reads(g, p), p).toBe(-E.LOOP);
        expect(g.sys(NR.stat, g.put(p), g.buf(144)), p).toBe(-E.LOOP);
        expect(new Guest({ fsRoot: outside }).open(p, O_RDONLY), p).toBe(-E.NOENT);
      }
      for (const p of ['/passwd-abs', 'passwd-rel', '/sub/deeper/up/passwd-abs']) {
        expect(reads(g, p), p).toBe(-E.LOOP);
      }
      // with a real /etc inside the root, the same links lead to the root's own file
      fs.unlinkSync(join(jail, 'etc'));
      fs.mkdirSync(join(jail, 'etc'));
      fs.writeFileSync(join(jail, 'etc', 'passwd'), 'guest:x:1000:1000::/:/bin/sh\n');
      for (const p of ['/passwd-abs', 'passwd-rel', '/sub/deeper/up/etc/passwd', '/etc/passwd']) {
        expect(reads(g, p), p).toBe('guest:x:1000:1000::/:/bin/sh\n');
      }
    });

    it('writes, creates and removes nothing outside', () => {
      const g = new Guest({ fsRoot: jail });
      expect(g.open('/abs-dir/new', O_WRONLY | O_CREAT)).toBe(-E.NOENT);
      expect(g.open('/sub/rel-dir/new', O_WRONLY | O_CREAT)).toBe(-E.NOENT);
      expect(g.sys(NR.unlink, g.put('/rel-file'))).toBe(0); // the link itself goes
      expect(g.sys(NR.unlink, g.put('/abs-dir/secret'))).toBe(-E.NOENT);
      expect(g.sys(NR.mkdir, g.put('/sub/rel-dir/x'), 0o755)).toBe(-E.NOENT);
      expect(g.sys(NR.rename, g.put('/inside'), g.put('/abs-dir/stolen'))).toBe(-E.NOENT);
      expect(fs.readdirSync(outside)).toEqual(['secret']);
      // a guest symlink to an absolute path is stored as written and resolved inside the root
      expect(g.sys(NR.symlink, g.put('/inside'), g.put('/mine'))).toBe(0);
      expect(fs.readlinkSync(join(jail, 'mine'))).toBe('/inside');
      expect(reads(g, '/mine')).toBe('inside\n');
    });

    it('stops after 40 links (ELOOP) and honours O_NOFOLLOW', () => {
      const g = new Guest({ fsRoot: jail });
      expect(g.open('/loop1', O_RDONLY)).toBe(-E.LOOP);
      expect(g.open('/mine-missing', O_RDONLY)).toBe(-E.NOENT);
      expect(g.open('/abs-file', O_RDONLY | 0o100000)).toBe(-E.LOOP);
    });

    it('resolve() confines too', () => {
      const files = new GuestFs(jail, undefined);
      expect(files.resolve('/abs-file')).toBeUndefined();
      expect(files.resolve('/sub/deeper/up/inside')).toBe(join(fs.realpathSync(jail), 'inside'));
    });
  });
});

describe('--sysroot', () => {
  it('serves guest paths missing under --fs-root, read-only', () => {
    const top = join(root, 'top'), sys = join(root, 'sys');
    fs.mkdirSync(join(sys, 'lib'), { recursive: true });
    fs.mkdirSync(top);
    fs.writeFileSync(join(sys, 'lib', 'libc.so.6'), 'sysroot libc\n');
    fs.symlinkSync('libc.so.6', join(sys, 'lib', 'libc.so'));
    fs.writeFileSync(join(sys, 'shadowed'), 'sysroot\n');
    fs.writeFileSync(join(top, 'shadowed'), 'fs-root\n');
    const g = new Guest({ fsRoot: top, sysroot: sys });
    expect(g.readAll(g.open('/lib/libc.so', O_RDONLY))).toBe('sysroot libc\n');
    expect(g.readAll(g.open('/shadowed', O_RDONLY))).toBe('fs-root\n');
    expect(g.open('/lib/libc.so.6', O_WRONLY)).toBe(-E.ROFS);
    expect(g.open('/lib/new', O_WRONLY | O_CREAT)).toBe(-E.ROFS);
    expect(g.sys(NR.unlink, g.put('/lib/libc.so.6'))).toBe(-E.ROFS);
    const ro = g.open('/lib/libc.so.6', O_RDONLY);
    expect(g.sys(NR.fchmod, ro, 0o777)).toBe(-E.ROFS);
    expect(g.sys(NR.chmod, g.put('/lib/libc.so.6'), 0o777)).toBe(-E.ROFS);
    expect(g.open('/nowhere', O_RDONLY)).toBe(-E.NOENT);
    expect(g.p.files.resolve('/lib/libc.so')).toBe(join(fs.realpathSync(sys), 'lib', 'libc.so.6'));
    // without --fs-root the sysroot alone is visible
    const s = new Guest({ sysroot: sys });
    expect(s.readAll(s.open('/lib/libc.so.6', O_RDONLY))).toBe('sysroot libc\n');
    expect(s.open('/x', O_WRONLY | O_CREAT)).toBe(-E.ROFS);
  });
});

describe('determinism', () => {
  it('inode numbers depend on the guest path only, not on the host tree', () => {
    const ino = (top: string, p: string) => {
      const g = new Guest({ fsRoot: top });
      const at = g.buf(144);
      expect(g.sys(NR.stat, g.put(p), at)).toBe(0);
      return g.read(at + 8, 8).readBigUInt64BE(0);
    };
    for (const d of ['a', 'b']) {
      fs.mkdirSync(join(root, d, 'sub'), { recursive: true });
      fs.writeFileSync(join(root, d, 'sub', 'f'), d);
    }
    fs.linkSync(join(root, 'b', 'sub', 'f'), join(root, 'b', 'pad')); // host inode numbers differ
    expect(ino(join(root, 'a'), '/sub/f')).toBe(ino(join(root, 'b'), '/sub/f'));
    expect(ino(join(root, 'a'), '/sub/f')).not.toBe(ino(join(root, 'a'), '/sub'));
    expect(ino(join(root, 'a'), '/sub/../sub/./f')).toBe(ino(join(root, 'a'), '/sub/f'));
  });

  it('a 64-bit process has no stat64 or truncate64 (ENOSYS)', () => {
    const g = new Guest({ fsRoot: root });
    expect(g.sys(NR.stat64, g.put('/'), g.buf(144))).toBe(-E.NOSYS);
    expect(g.sys(NR.ftruncate64, 0, 0, 0, 3)).toBe(-E.NOSYS);
  });
});

describe('the Debian cross sysroot as --sysroot', () => {
  const SYS = '/usr/powerpc64le-linux-gnu';
  // skipped where libc6-ppc64el-cross is not installed
  it.skipIf(!fs.existsSync(join(SYS, 'lib64')))('finds the ELF interpreter through its relative link', () => {
    const files = new GuestFs(undefined, SYS);
    expect(files.resolve('/lib64/ld64.so.2')).toBe(join(fs.realpathSync(SYS), 'lib', 'ld64.so.2'));
    expect(files.resolve('/lib/libc.so.6')).toBeDefined();
  });
});

describe('checkpoints of open files', () => {
  it('restore reopens files at their offsets and keeps the working directory', () => {
    fs.mkdirSync(join(root, 'w'));
    fs.writeFileSync(join(root, 'w', 'data'), '0123456789');
    const g = new Guest({ fsRoot: root });
    expect(g.sys(NR.chdir, g.put('w'))).toBe(0);
    const fd = g.open('data', O_RDONLY);
    expect(g.sys(NR.lseek, fd, 4, 0)).toBe(4);
    g.p.m.pc = SCRATCH;
    const img = checkpoint(g.p);
    const r = restoreImage(img, { fsRoot: root });
    expect(r.proc.files.cwd).toBe('/w');
    const f = r.proc.fds.get(fd)!;
    expect(f.pos).toBe(4);
    const b = Buffer.alloc(6);
    fs.readSync(f.host!.fd, b, 0, 6, f.pos);
    expect(b.toString()).toBe('456789');
  });

  it('restore names a file that is gone', () => {
    fs.writeFileSync(join(root, 'gone'), 'x');
    const g = new Guest({ fsRoot: root });
    const fd = g.open('/gone', O_RDONLY);
    expect(fd).toBe(3);
    g.p.m.pc = SCRATCH;
    const img = checkpoint(g.p);
    fs.unlinkSync(join(root, 'gone'));
    expect(() => restoreImage(img, { fsRoot: root })).toThrow(/cannot reopen '\/gone' \(descriptor 3\) of the image: no such file or directory/);
  });
});

describe('agrees with the host kernel (Linux hosts)', () => {
  // The same operation on two copies of one tree: the guest's through ppcemu's layer (the copy
  // is its root), the host's through node:fs on the other copy. Paths are relative and stay
  // inside the tree, where a chroot and the plain host agree: the results (errno values) and the
  // trees afterwards must be equal.
  const G = { RDONLY: 0, WRONLY: 1, RDWR: 2, CREAT: 0o100, EXCL: 0o200, TRUNC: 0o1000, DIRECTORY: 0o40000, NOFOLLOW: 0o100000 };
  const H = fs.constants;
  const OPEN_FLAGS: [string, number, number][] = [
    ['O_RDONLY', G.RDONLY, H.O_RDONLY], ['O_WRONLY', G.WRONLY, H.O_WRONLY], ['O_RDWR', G.RDWR, H.O_RDWR],
    ['O_WRONLY|O_CREAT', G.WRONLY | G.CREAT, H.O_WRONLY | H.O_CREAT],
    ['O_WRONLY|O_CREAT|O_EXCL', G.WRONLY | G.CREAT | G.EXCL, H.O_WRONLY | H.O_CREAT | H.O_EXCL],
    ['O_WRONLY|O_TRUNC', G.WRONLY | G.TRUNC, H.O_WRONLY | H.O_TRUNC],
    ['O_RDONLY|O_DIRECTORY', G.DIRECTORY, H.O_DIRECTORY], ['O_RDONLY|O_NOFOLLOW', G.NOFOLLOW, H.O_NOFOLLOW],
    ['O_RDWR|O_CREAT|O_TRUNC', G.RDWR | G.CREAT | G.TRUNC, H.O_RDWR | H.O_CREAT | H.O_TRUNC],
    ['O_WRONLY|O_CREAT|O_NOFOLLOW', G.WRONLY | G.CREAT | G.NOFOLLOW, H.O_WRONLY | H.O_CREAT | H.O_NOFOLLOW],
  ];
  const PATHS = ['a.txt', 'd', 'd/f', 'e', 'lnk', 'dlnk', 'dlnk/', 'dlnk/f', 'dang', 'loop1', 'nothere', 'nothere/',
    'a.txt/', 'a.txt/x', 'd/', 'd/.', 'e/', 'e/..', 'd/nothere/x', '.', 'dang/', 'lnk/', 'loop1/', 'd/f/',
    'dlnk/../a.txt', 'dlnk/..', 'd//f', './lnk'];

  function fixture(dir: string): void {
    fs.mkdirSync(join(dir, 'd'), { recursive: true });
    fs.mkdirSync(join(dir, 'e'));
    fs.writeFileSync(join(dir, 'a.txt'), 'a');
    fs.writeFileSync(join(dir, 'd', 'f'), 'f');
    fs.symlinkSync('a.txt', join(dir, 'lnk'));
    fs.symlinkSync('d', join(dir, 'dlnk'));
    fs.symlinkSync('nothere', join(dir, 'dang'));
    fs.symlinkSync('loop2', join(dir, 'loop1'));
    fs.symlinkSync('loop1', join(dir, 'loop2'));
  }

  /** The tree as text: every name with its type, a link's target, a file's mode and contents. */
  function tree(dir: string, at = ''): string[] {
    return fs.readdirSync(join(dir, at)).sort().flatMap((n) => {
      const p = at ? `${at}/${n}` : n;
      const st = fs.lstatSync(join(dir, p));
      if (st.isSymbolicLink()) return [`${p} -> ${fs.readlinkSync(join(dir, p))}`];
      const mode = (st.mode & 0o7777).toString(8);
      if (st.isDirectory()) return [`${p}/ ${mode}`, ...tree(dir, p)];
      return [`${p} ${mode} = ${fs.readFileSync(join(dir, p), 'utf8')}`];
    });
  }

  const hostResult = (fn: () => unknown): string => {
    try { const r = fn(); if (typeof r === 'number' && r >= 0) fs.closeSync(r); return 'ok'; } catch (e) { return (e as NodeJS.ErrnoException).code ?? 'throw'; }
  };
  const guestResult = (r: number): string => (r >= 0 ? 'ok' : `E${Object.entries(E).find(([, v]) => v === -r)?.[0] ?? -r}`);

  type Op = [name: string, guest: (g: Guest, p: string) => number, host: (h: (p: string) => string, p: string) => unknown];
  /** Calls that change nothing (the trees are made again only after the others). */
  const LOOKS = new Set(['stat', 'lstat', 'readlink', 'access', 'chdir', ...OPEN_FLAGS.filter(([, f]) => !(f & (G.CREAT | G.TRUNC))).map(([n]) => `open ${n}`)]);
  const OPS: Op[] = [
    ...OPEN_FLAGS.map(([n, gf, hf]): Op => [`open ${n}`, (g, p) => g.open(p, gf), (h, p) => fs.openSync(h(p), hf, 0o644)]),
    ['stat', (g, p) => g.sys(NR.stat, g.put(p), g.buf(144)), (h, p) => fs.statSync(h(p))],
    ['lstat', (g, p) => g.sys(NR.lstat, g.put(p), g.buf(144)), (h, p) => fs.lstatSync(h(p))],
    ['mkdir', (g, p) => g.sys(NR.mkdir, g.put(p), 0o755), (h, p) => fs.mkdirSync(h(p), 0o755)],
    ['rmdir', (g, p) => g.sys(NR.rmdir, g.put(p)), (h, p) => fs.rmdirSync(h(p))],
    ['unlink', (g, p) => g.sys(NR.unlink, g.put(p)), (h, p) => fs.unlinkSync(h(p))],
    ['readlink', (g, p) => g.sys(NR.readlink, g.put(p), g.buf(256), 256), (h, p) => fs.readlinkSync(h(p))],
    ['access', (g, p) => g.sys(NR.access, g.put(p), 0), (h, p) => fs.accessSync(h(p))],
    ['truncate', (g, p) => g.sys(NR.truncate, g.put(p), 0), (h, p) => fs.truncateSync(h(p), 0)],
    ['chmod', (g, p) => g.sys(NR.chmod, g.put(p), 0o600), (h, p) => fs.chmodSync(h(p), 0o600)],
    ['rename to new', (g, p) => g.sys(NR.rename, g.put(p), g.put('new')), (h, p) => fs.renameSync(h(p), h('new'))],
    ['rename a.txt onto', (g, p) => g.sys(NR.rename, g.put('a.txt'), g.put(p)), (h, p) => fs.renameSync(h('a.txt'), h(p))],
    ['rename d onto', (g, p) => g.sys(NR.rename, g.put('d'), g.put(p)), (h, p) => fs.renameSync(h('d'), h(p))],
    ['link to new', (g, p) => g.sys(NR.link, g.put(p), g.put('new')), (h, p) => fs.linkSync(h(p), h('new'))],
    ['symlink', (g, p) => g.sys(NR.symlink, g.put('t'), g.put(p)), (h, p) => fs.symlinkSync('t', h(p))],
    ['chdir', (g, p) => g.sys(NR.chdir, g.put(p)), (h, p) => { if (!fs.statSync(h(p)).isDirectory()) throw Object.assign(new Error(), { code: 'ENOTDIR' }); }],
  ];

  it.skipIf(process.platform !== 'linux')('on every path of a tree with links, loops and trailing slashes', () => {
    const differ: string[] = [];
    const gdir = join(root, 'g'), hdir = join(root, 'h');
    for (const d of [gdir, hdir]) fixture(d);
    const g = new Guest({ fsRoot: gdir });
    for (const [name, guestOp, hostOp] of OPS) {
      for (const p of PATHS) {
        g.reset();
        const got = guestResult(guestOp(g, p));
        const want = hostResult(() => hostOp((q) => `${hdir}/${q}`, p)); // not join: it would drop '.' and '..'
        if (got !== want) differ.push(`${name} ${p}: ppcemu ${got}, host ${want}`);
        if (LOOKS.has(name)) continue;
        if (got === want && tree(gdir).join('\n') !== tree(hdir).join('\n')) differ.push(`${name} ${p}: trees differ`);
        for (const d of [gdir, hdir]) { fs.rmSync(d, { recursive: true, force: true }); fixture(d); }
      }
    }
    expect(differ).toEqual([]);
  });
});
