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

const SCRATCH = 0x10000000;
const O_RDONLY = 0, O_WRONLY = 1, O_RDWR = 2, O_CREAT = 0o100, O_APPEND = 0o2000;

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
