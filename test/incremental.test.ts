// Incremental checkpoints: a chain of images, each holding only the pages written (mapped,
// unmapped, zeroed) since its parent. Cut every program at many points; every image of the chain,
// restored through its parents, must continue exactly as the uninterrupted run and hold the same
// state as a full checkpoint taken at that point. A missing, damaged or substituted parent is
// refused with one clear line.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CheckpointError, checkpoint, inspectImage, restoreImage } from '../src/checkpoint/index.js';
import { parseElf } from '../src/linux/elf.js';
import type { LinuxProcess } from '../src/linux/process.js';
import { createProcess } from '../src/linux/run.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'bin', 'ppcemu.js');
const ENV = ['LANG=C', 'PATH=/usr/bin:/bin'];

function start(bin: string, out: Buffer[]): LinuxProcess {
  const elf = parseElf(new Uint8Array(readFileSync(join(ROOT, bin))));
  return createProcess(elf, { argv: [bin], env: ENV }, { stdout: (b) => { out.push(Buffer.from(b)); }, stderr: () => {} }).proc;
}

function runToEnd(p: LinuxProcess): number {
  const r = p.m.run(5e7);
  if (r.kind !== 'exit') throw new Error(`no exit (${r.kind})`);
  return r.status;
}

/** Runs `bin` cutting a chain of `n` images at equal steps; checks every image of the chain. */
function chain(bin: string, n: number): number {
  const dir = mkdtempSync(join(tmpdir(), 'ppcemu-chain-'));
  const fullOut: Buffer[] = [];
  const first = start(bin, fullOut);
  const fullStatus = runToEnd(first);
  const full = Buffer.concat(fullOut).toString('latin1');
  const step = Math.floor(first.m.icount / (n + 1));

  const out: Buffer[] = [];
  const p = start(bin, out);
  const cuts: { file: string; printed: number; reference: Uint8Array }[] = [];
  let parent: { name: string; bytes: Uint8Array } | undefined;
  for (let k = 1; ; k++) {
    const r = p.m.run(k * step);
    if (r.kind === 'exit') break;
    const file = join(dir, `c${k}.img`);
    const bytes = checkpoint(p, { parent });
    writeFileSync(file, bytes);
    p.m.mem.trackDirty();
    parent = { name: basename(file), bytes };
    cuts.push({ file, printed: Buffer.concat(out).length, reference: checkpoint(p) });
  }
  for (const c of cuts) {
    const rOut: Buffer[] = [];
    const r = restoreImage(readFileSync(c.file), { path: c.file, streams: { stdin: () => undefined, stdout: (b) => { rOut.push(Buffer.from(b)); }, stderr: () => {} } });
    // the same state as a full checkpoint at that point, byte for byte
    expect(Buffer.from(checkpoint(r.proc)).equals(Buffer.from(c.reference)), `${c.file}: state differs from a full checkpoint`).toBe(true);
    const status = runToEnd(r.proc);
    expect(full.slice(0, c.printed) + Buffer.concat(rOut).toString('latin1')).toBe(full);
    expect(status).toBe(fullStatus);
  }
  return cuts.length;
}

describe('incremental chains restore at every link', () => {
  const cases: [string, number][] = [
    ['test/bin/ppc32/ckpt_syscalls', 12], ['test/bin/ppc64/ckpt_atomic', 12], ['test/bin/ppc64le/ckpt_signal', 12],
    ['test/bin/ppc64le/glibc-auxv', 5], ['test/bin/ppc64/glibc-fenv', 5], ['test/bin/ppc32/glibc-auxv', 5],
  ];
  for (const [bin, n] of cases) {
    it(`${bin}: a chain of ${n} images`, () => {
      expect(chain(bin, n)).toBeGreaterThanOrEqual(n);
    });
  }
});

describe('what an incremental image stores', () => {
  it('only the dirty pages; zeroed, unmapped and newly mapped pages are right after restore', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ppcemu-chain-'));
    const p = start('test/bin/ppc64le/gdb_demo', []);
    const mem = p.m.mem;
    mem.map(0x20000000, 0x4000, 3);
    mem.writeBytes(0x20000000, Buffer.from('page zero'));
    mem.writeBytes(0x20001000, Buffer.from('page one'));
    mem.writeBytes(0x20002000, Buffer.from('page two'));
    const base = checkpoint(p);
    writeFileSync(join(dir, 'base.img'), base);
    mem.trackDirty();
    mem.writeBytes(0x20000000, new Uint8Array(16)); // zeroed: must not come back from the parent
    mem.unmap(0x20001000, 0x1000);
    mem.writeBytes(0x20002000, Buffer.from('PAGE TWO'));
    mem.map(0x30000000, 0x1000, 3); // new and never written: zero
    const child = checkpoint(p, { parent: { name: 'base.img', bytes: base } });
    writeFileSync(join(dir, 'child.img'), child);
    const info = inspectImage(child, join(dir, 'child.img'));
    expect(info.records.map((r) => r.name)).toContain('PARENT');
    expect(info.incremental).toMatchObject({ parent: 'base.img', parentSize: base.length, ownPages: 1, zeroPages: 2 });
    expect(child.length).toBeLessThan(base.length);
    const r = restoreImage(child, { path: join(dir, 'child.img') }).proc.m.mem;
    expect(Buffer.from(r.readBytes(0x20000000, 9)).toString('latin1')).toBe('\0'.repeat(9));
    expect(r.isMapped(0x20001000)).toBe(false);
    expect(Buffer.from(r.readBytes(0x20002000, 8)).toString()).toBe('PAGE TWO');
    expect(r.readBytes(0x30000000, 4)).toEqual(new Uint8Array(4));
    expect(Buffer.from(checkpoint(restoreImage(child, { path: join(dir, 'child.img') }).proc)).equals(Buffer.from(checkpoint(p)))).toBe(true);
  });

  it('the first write to each page after trackDirty is recorded, also through the fast path', () => {
    const p = start('test/bin/ppc64le/glibc-printf', []);
    p.m.run(200_000);
    p.m.mem.trackDirty();
    p.m.run(400_000);
    const dirty = [...p.m.mem.dirtyPages()!];
    expect(dirty.length).toBeGreaterThan(0);
    // a stack page is written by every call
    expect(dirty.some((pg) => pg * 4096 >= 0xbf800000 && pg * 4096 < 0xc0000000)).toBe(true);
  });
});

describe('broken chains are refused', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ppcemu-chain-'));
  const ppcemu = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'latin1', input: '' });
  const made = ppcemu('run', '--checkpoint-every', '10000000', '--incremental', '--checkpoint-out', 'c%n.img',
    '--max-insns', '35000000', join(ROOT, 'examples/primes-ppc32'));

  it('the CLI writes a chain that restores', () => {
    expect(made.status).toBe(125); // the instruction limit, after three checkpoints
    const r = ppcemu('inspect', 'c3.img');
    expect(r.stdout).toMatch(/incremental: parent c2\.img \(\d+ bytes, CRC32 0x[0-9a-f]{8}\); \d+ pages stored here/);
    expect(r.stdout).toContain('chain: c2.img (20000000 instructions) <- c1.img (10000000 instructions)');
    expect(ppcemu('restore', 'c3.img').status).toBe(0);
  });

  it('restore --checkpoint-every N counts on from the restored image: none at once when its count is a multiple of N', () => {
    // c1.img holds 10,000,000 instructions
    // (restore's --max-insns counts the instructions it runs)
    ppcemu('restore', '--checkpoint-every', '5000000', '--checkpoint-out', 'r%i.img', '--max-insns', '11000000', 'c1.img');
    const written = readdirSync(dir).filter((f) => f.startsWith('r')).sort();
    expect(written).toEqual(['r15000000.img', 'r20000000.img']);
  });

  it('a missing parent', () => {
    const sub = mkdtempSync(join(tmpdir(), 'ppcemu-chain-'));
    copyFileSync(join(dir, 'c3.img'), join(sub, 'c3.img'));
    const r = spawnSync(process.execPath, [CLI, 'restore', 'c3.img'], { cwd: sub, encoding: 'latin1', input: '' });
    expect(r.status).toBe(125);
    expect(r.stderr).toBe("ppcemu: the parent image 'c2.img' of 'c3.img' is missing\n");
    expect(spawnSync(process.execPath, [CLI, 'inspect', 'c3.img'], { cwd: sub, encoding: 'latin1' }).stdout)
      .toContain("error: the parent image 'c2.img' of 'c3.img' is missing");
  });

  it('a damaged or substituted parent (size and checksum recorded in the child)', () => {
    const c1 = readFileSync(join(dir, 'c1.img'));
    const bad = Buffer.from(c1);
    bad[bad.length - 1] ^= 1;
    writeFileSync(join(dir, 'c1.img'), bad);
    let r = ppcemu('restore', 'c3.img');
    expect(r.status).toBe(125);
    expect(r.stderr).toMatch(/^ppcemu: the parent image 'c1\.img' is not the one 'c2\.img' was taken from \(it has \d+ bytes, CRC32 0x[0-9a-f]{8}; recorded: \d+ bytes, CRC32 0x[0-9a-f]{8}\)\n$/);
    writeFileSync(join(dir, 'c1.img'), c1);
    copyFileSync(join(dir, 'c1.img'), join(dir, 'c2.img')); // another valid image in its place
    r = ppcemu('check', 'c3.img');
    expect(r.status).toBe(125);
    expect(r.stderr).toMatch(/^ppcemu: the parent image 'c2\.img' is not the one 'c3\.img' was taken from/);
    expect(() => restoreImage(readFileSync(join(dir, 'c3.img')))).toThrow(CheckpointError);
  });
});
