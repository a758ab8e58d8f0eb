// Dynamic executables (issue 11 item 6): the loader from the sysroot, the auxiliary vector as
// Linux sets it, file-backed mmap as the loader uses it, checkpoints of dynamic programs (cut in
// the middle, and while the loader has a library open) and the errors that say what to pass.
// The programs (test/bin/<target>/dynamic) themselves are compared with QEMU in programs-suite.ts.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Spr32 } from '../src/cpu/state.js';
import { AT, MAP_FIXED, MAP_PRIVATE, NR } from '../src/linux/abi.js';
import { ElfError, PT_PHDR, parseElf } from '../src/linux/elf.js';
import { PIE_BASE } from '../src/linux/loader.js';
import { MMAP_BASE, STACK_TOP, type LinuxProcess } from '../src/linux/process.js';
import { createProcess, crossTriple, findInterp } from '../src/linux/run.js';
import { checkpoint, inspectImage, restore } from '../src/checkpoint/index.js';
import { sc } from './guest-syscall.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TARGETS = ['ppc32', 'ppc64', 'ppc64le'] as const;
const ENV = ['LANG=C', 'PATH=/usr/bin:/bin'];
const TMP = mkdtempSync(join(tmpdir(), 'ppcemu-dyn-'));

interface Sink { out: Buffer[]; streams: { stdin: () => undefined; stdout: (b: Uint8Array) => void; stderr: (b: Uint8Array) => void } }
function sink(): Sink {
  const out: Buffer[] = [];
  return { out, streams: { stdin: () => undefined, stdout: (b) => { out.push(Buffer.from(b)); }, stderr: () => {} } };
}

function golden(target: string, name: string, ext: string): string {
  const f = join(ROOT, 'test/golden', target, 'dynamic', `${name}.${ext}`);
  return readFileSync(existsSync(`${f}.handchecked`) ? `${f}.handchecked` : f, 'latin1');
}

function start(target: string, name: string, s: Sink): LinuxProcess {
  const rel = `test/bin/${target}/dynamic/${name}`;
  const meta = JSON.parse(golden(target, name, 'meta.json')) as { args: string[] };
  const elf = parseElf(new Uint8Array(readFileSync(join(ROOT, rel))));
  return createProcess(elf, { argv: [rel, ...meta.args], env: ENV }, s.streams).proc;
}

function finish(p: LinuxProcess): number {
  const r = p.m.run(5e8);
  if (r.kind !== 'exit') throw new Error(`no exit (${r.kind}) at ${p.m.icount}`);
  return r.status;
}

const hasSysroot = (t: string) => existsSync(`/usr/${crossTriple(parseElf(new Uint8Array(readFileSync(join(ROOT, `test/bin/${t}/dynamic/hello`)))))}/lib`);

for (const target of TARGETS) {
  const present = hasSysroot(target);
  if (!present) console.warn(`SKIPPED dynamic executables on ${target}: no cross sysroot under /usr (apt-get install libc6-*-cross)`);
  describe.skipIf(!present)(`dynamic executables on ${target}`, () => {
    it('start in the loader, with AT_BASE, AT_ENTRY, AT_PHDR as Linux sets them', () => {
      const p = start(target, 'hello', sink());
      const elf = parseElf(new Uint8Array(readFileSync(join(ROOT, `test/bin/${target}/dynamic/hello`))));
      const aux = new Map(p.auxv);
      const base = aux.get(AT.BASE)!;
      expect(base % 65536).toBe(0);
      expect(base).toBeGreaterThan(PIE_BASE);
      expect(base).toBeLessThan(MMAP_BASE);
      expect(aux.get(AT.ENTRY)).toBe(PIE_BASE + elf.entry);
      expect(aux.get(AT.PHDR)).toBe(PIE_BASE + elf.segments.find((s) => s.type === PT_PHDR)!.vaddr);
      expect(aux.get(AT.PHENT)).toBe(elf.phentsize);
      expect(aux.get(AT.PHNUM)).toBe(elf.phnum);
      expect(p.cfg.sysroot).toBe(`/usr/${crossTriple(elf)}`);
      const ld = findInterp(elf, undefined).interp;
      // ELFv1: the loader's entry is a descriptor whose code address is relocated by AT_BASE
      const pc = target === 'ppc64' ? Number(p.g.u64(base + ld.entry)) + base : base + ld.entry;
      expect(p.m.pc).toBe(pc);
    });

    for (const name of ['hello', 'libm']) {
      it(`${name}: a checkpoint in the middle restores to the uninterrupted run's output, image bytes repeatable`, () => {
        const s0 = sink();
        const p0 = start(target, name, s0);
        const status = finish(p0);
        const whole = Buffer.concat(s0.out);
        expect(whole.toString('latin1')).toBe(golden(target, name, 'stdout'));
        expect(status).toBe(Number(golden(target, name, 'status')));
        const cut = Math.floor(p0.m.icount / 2);
        const images = [0, 1].map(() => {
          const s = sink();
          const p = start(target, name, s);
          expect(p.m.run(cut).kind).toBe('limit');
          return { img: checkpoint(p), before: Buffer.concat(s.out) };
        });
        expect(Buffer.from(images[0].img).equals(Buffer.from(images[1].img))).toBe(true);
        const s2 = sink();
        const q = restore(images[0].img, undefined, s2.streams);
        expect(finish(q)).toBe(status);
        expect(Buffer.concat([images[0].before, ...s2.out]).equals(whole)).toBe(true);
      }, 60_000);
    }

    it('a checkpoint while the loader has libc.so.6 open reopens it from the sysroot on restore', () => {
      // find the instruction count right after the loader's open of libc.so.6
      const s0 = sink();
      const p0 = start(target, 'hello', s0);
      let cut = 0;
      const os = p0.syscall.bind(p0);
      p0.syscall = (m, scv) => {
        os(m, scv);
        // (m.icount counts the instructions before this sc)
        if (!cut && p0.fds.get(3)?.host?.guestPath.endsWith('/libc.so.6')) cut = m.icount + 1;
      };
      const status = finish(p0);
      expect(cut).toBeGreaterThan(0);
      const s1 = sink();
      const p1 = start(target, 'hello', s1);
      p1.m.run(cut);
      expect(p1.fds.get(3)?.host?.guestPath).toMatch(/^\/lib.*\/libc\.so\.6$/);
      const img = checkpoint(p1);
      const info = inspectImage(img);
      expect(info.process?.sysroot).toBe(p1.cfg.sysroot);
      expect(info.process?.fds.some((f) => f.path?.endsWith('/libc.so.6'))).toBe(true);
      const s2 = sink();
      const q = restore(img, undefined, s2.streams);
      expect(q.fds.get(3)?.host?.path).toBe(join(p1.cfg.sysroot!, q.fds.get(3)!.host!.guestPath));
      expect(finish(q)).toBe(status);
      expect(Buffer.concat([...s1.out, ...s2.out]).equals(Buffer.concat(s0.out))).toBe(true);
    }, 60_000);
  });
}

describe('finding the loader', () => {
  const elf32 = parseElf(new Uint8Array(readFileSync(join(ROOT, 'test/bin/ppc32/dynamic/hello'))));
  const elf64le = parseElf(new Uint8Array(readFileSync(join(ROOT, 'test/bin/ppc64le/dynamic/hello'))));

  it('without --sysroot and without /usr/<triple>: says exactly what to pass', () => {
    expect(() => findInterp(elf64le, undefined, join(TMP, 'no-usr'))).toThrow(ElfError);
    expect(() => findInterp(elf64le, undefined, join(TMP, 'no-usr'))).toThrow(
      'the program is dynamically linked (loader /lib64/ld64.so.2): pass --sysroot DIR, a directory holding lib64/ld64.so.2 ' +
      `and the libraries (on Debian: apt-get install libc6-ppc64el-cross, which fills ${join(TMP, 'no-usr')}/powerpc64le-linux-gnu)`);
    expect(() => findInterp(elf32, undefined, join(TMP, 'no-usr'))).toThrow(/loader \/lib\/ld\.so\.1\): pass --sysroot DIR.*libc6-powerpc-cross/);
  });

  it('a --sysroot without the loader, or with another target\'s, is refused', () => {
    const empty = mkdtempSync(join(TMP, 'root-'));
    expect(() => findInterp(elf32, empty)).toThrow(`the program's loader /lib/ld.so.1 is not under --sysroot ${empty} (no file ${empty}/lib/ld.so.1)`);
    const wrong = mkdtempSync(join(TMP, 'wrong-'));
    writeFileSync(join(wrong, 'ld64.so.2'), readFileSync(join(ROOT, 'examples/hello-ppc32')));
    const fake = { ...elf64le, interp: '/ld64.so.2' };
    expect(() => findInterp(fake, wrong)).toThrow(/is not for the program's target \(powerpc64le-linux-gnu\)/);
  });
});

describe('file-backed mmap', () => {
  it('maps file pages at offsets, zero-fills past the end, replaces with MAP_FIXED, follows mprotect', () => {
    const root = mkdtempSync(join(TMP, 'fs-'));
    const data = Buffer.alloc(3 * 65536 + 100);
    for (let i = 0; i < data.length; i++) data[i] = (i * 7 + (i >> 16)) & 0xff;
    writeFileSync(join(root, 'lib.so'), data);
    const elf = parseElf(new Uint8Array(readFileSync(join(ROOT, 'examples/hello-ppc64le'))));
    const p = createProcess(elf, { fsRoot: root }, sink().streams).proc;
    const path = STACK_TOP - 0x10000;
    p.g.writeBytes(path, Buffer.from('/lib.so\0'));
    const fd = Number(sc(p, NR.openat, -100, path, 0, 0));
    expect(fd).toBe(3);
    const ps = 65536;
    // the last file page: 100 bytes of file, the rest of the page zero; a second page past the end
    const at = Number(sc(p, NR.mmap, 0, 2 * ps, 1, MAP_PRIVATE, fd, 3 * ps));
    expect(at % ps).toBe(0);
    expect(Buffer.from(p.m.mem.readBytes(at, 100)).equals(data.subarray(3 * ps))).toBe(true);
    expect(Buffer.from(p.m.mem.readBytes(at + 100, 2 * ps - 100)).equals(Buffer.alloc(2 * ps - 100))).toBe(true);
    expect(p.m.mem.pageProt(at / 4096)).toBe(1);
    // MAP_FIXED over the first page, from file offset 65536, read-write
    expect(Number(sc(p, NR.mmap, at, ps, 3, MAP_PRIVATE | MAP_FIXED, fd, ps))).toBe(at);
    expect(Buffer.from(p.m.mem.readBytes(at, ps)).equals(data.subarray(ps, 2 * ps))).toBe(true);
    expect(p.m.mem.pageProt(at / 4096)).toBe(3);
    expect(p.m.mem.pageProt((at + ps) / 4096)).toBe(1); // the second page keeps its mapping
    // MAP_PRIVATE: a write stays in the guest
    p.m.mem.write8(at, 0xee);
    expect(readFileSync(join(root, 'lib.so'))[ps]).toBe(data[ps]);
    // mprotect: read-only again; an unaligned address is EINVAL
    expect(sc(p, NR.mprotect, at, ps, 1)).toBe(0n);
    expect(p.m.mem.pageProt(at / 4096)).toBe(1);
    expect(sc(p, NR.mprotect, at + 4, ps, 1)).toBe(22n);
    expect(p.m.s32[Spr32.CR] & 0x10000000).not.toBe(0); // CR0[SO]: an error
    // an offset that is not page-aligned is EINVAL
    expect(sc(p, NR.mmap, 0, ps, 1, MAP_PRIVATE, fd, 4096)).toBe(22n);
  });
});
