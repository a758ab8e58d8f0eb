// Checkpoint engine through the library API: round trips of every record, determinism, the
// cross-model matrix, and bad images (every header byte, truncations, checksums, unknown bits and
// versions). Registers and memory are set directly; no guest program runs here.
import { describe, expect, it } from 'vitest';
import { crc32 } from 'node:zlib';
import { Machine } from '../src/cpu/machine.js';
import { Spr32, Spr64 } from '../src/cpu/state.js';
import { FEATURE_BIT, type Feature } from '../src/features/features.js';
import { modelByName } from '../src/features/models.js';
import { LinuxProcess } from '../src/linux/process.js';
import {
  CheckpointError, HEADER_LEN, RefusedError, checkImage, checkpoint, inspectImage, parseImage, restore, restoreImage,
} from '../src/checkpoint/index.js';
import { RECORD_HEADER_LEN } from '../src/checkpoint/format.js';

const quiet = { stdin: () => undefined, stdout: () => {}, stderr: () => {} };

function makeProc(model: string, opts: { is64?: boolean; le?: boolean; used?: Feature[] } = {}): LinuxProcess {
  const m = new Machine(modelByName(model));
  const is64 = opts.is64 ?? false;
  const p = new LinuxProcess(m, {
    is64, pageSize: is64 ? 65536 : 4096, abiVersion: is64 ? (opts.le ? 2 : 1) : 0, fsRoot: undefined, strace: false,
    execPath: '/tmp/prog', streams: quiet,
  });
  m.setMsr(is64 ? 0x80000000 : 0, 0xd032 | (opts.le ? 1 : 0));
  m.mem.map(0x10000000, 0x4000, 5);
  m.mem.writeBytes(0x10000000, Uint8Array.from([0x38, 0x60, 0x00, 0x01, 0x4e, 0x80, 0x00, 0x20]), true);
  m.mem.map(0x10010000, 0x3000, 3);
  m.mem.writeBytes(0x10010010, new TextEncoder().encode('hello checkpoint'));
  m.mem.writeBytes(0x10012000, new Uint8Array(4096)); // touched but zero: elided
  p.mapTrampoline();
  for (let i = 0; i < 32; i++) { m.gh[i] = is64 ? 0x01000000 * i : 0; m.gl[i] = 0x11111111 * (i & 7) + i; }
  m.s32[Spr32.VSCR] = 0x00010000; // as exec leaves it
  m.s32[Spr32.CR] = 0x24000482;
  m.s32[Spr32.XER] = 0xe00c0012;
  m.st.setSpr64(Spr64.LR, 0x10000004n);
  m.st.setSpr64(Spr64.CTR, 77n);
  m.s32[Spr32.RESVALID] = 1; m.s32[Spr32.RESSIZE] = 4; m.st.setSpr64(Spr64.RESADDR, 0x10010010n);
  m.pc = 0x10000000;
  m.st.setSpr64(Spr64.NIA, 0x10000000n);
  m.icount = 123456;
  p.brkStart = 0x10020000; p.brk = 0x10021000;
  p.argv = ['/tmp/prog', 'a b']; p.env = ['LANG=C']; p.auxv = [[16, m.model.hwcap], [26, m.model.hwcap2], [0, 0]];
  p.actions[10] = { handler: 0x10000000, flags: 0x04000000, mask: 1n << 12n };
  p.thread.blocked = 1n << 1n;
  p.pending.push({ signo: 10, info: { signo: 10, code: -6, pid: 4242, uid: 1000 } });
  p.thread.altStack = { sp: 0x10010000, flags: 0, size: 0x2000 };
  p.sleptNs = 5_000_000_000n;
  for (const f of opts.used ?? []) m.used[FEATURE_BIT[f]] = 1;
  return p;
}

function stateBytes(p: LinuxProcess): Uint8Array {
  return new Uint8Array(p.m.st.buf.slice(0));
}

describe('checkpoint round trip', () => {
  it('restores every register, page and process field, and re-checkpoints to the same bytes', () => {
    const p = makeProc('POWER9', { is64: true, used: ['base', 'ppc64', 'fpu', 'altivec', 'vsx'] });
    const m = p.m;
    for (let i = 0; i < 64; i++) { m.st.setVsrDw(i, 0, BigInt(i) * 0x0101010101010101n); m.st.setVsrDw(i, 1, ~BigInt(i) & 0xffffn); }
    m.st.setSpr64(Spr64.FPSCR, 0x82004000n);
    m.s32[Spr32.VSCR] = 0x10000; m.s32[Spr32.VRSAVE] = 0xffff0000;
    m.st.setSpr64(Spr64.DAWR0, 0x10010000n); m.st.setSpr64(Spr64.DAWRX0, 0x5n);
    const img = checkpoint(p);
    const q = restore(img, undefined, quiet);
    expect(q.m.model.name).toBe('POWER9');
    expect(stateBytes(q)).toEqual(stateBytes(p));
    expect(q.m.pc).toBe(0x10000000);
    expect(q.m.icount).toBe(123456);
    expect(q.m.sf).toBe(true);
    expect(Buffer.from(q.m.mem.readBytes(0x10010010, 16)).toString()).toBe('hello checkpoint');
    expect(q.m.mem.pageData(0x10012)).toBeUndefined(); // the zero page was elided
    expect(q.m.mem.pageProt(0x10000)).toBe(5);
    expect(q.argv).toEqual(p.argv);
    expect(q.actions[10]).toEqual(p.actions[10]);
    expect(q.pending).toEqual(p.pending);
    expect(q.thread.altStack).toEqual(p.thread.altStack);
    expect(q.thread.blocked).toBe(p.thread.blocked);
    expect(q.sleptNs).toBe(p.sleptNs);
    expect(q.m.rng.state).toBe(p.m.rng.state);
    expect(q.m.usedFeatures().sort()).toEqual(p.m.usedFeatures().sort());
    expect(checkpoint(q)).toEqual(img);
    const names = parseImage(img).frames.map((f) => f.bit);
    expect(names).toEqual([0, 1, 2, 3, 5, 7, 8]); // CORE FP VMX VSX DABR MEMORY PROCESS
  });

  it('carries the TM SPRs (POWER9) and the ROP hash key (POWER10) in their own records', () => {
    const p = makeProc('POWER9', { is64: true, used: ['base', 'ppc64', 'htm'] });
    p.m.st.setSpr64(Spr64.TFHAR, 0x10000004n); p.m.st.setSpr64(Spr64.TFIAR, 0x10000003n);
    p.m.st.setSpr64(Spr64.TEXASR, 0x014000003c000000n);
    const img = checkpoint(p);
    expect(parseImage(img).frames.map((f) => f.bit)).toEqual([0, 7, 8, 11]); // CORE MEMORY PROCESS TM
    const q = restore(img, undefined, quiet);
    expect(stateBytes(q)).toEqual(stateBytes(p));
    const p10 = makeProc('POWER10', { is64: true, used: ['base', 'ppc64'] });
    p10.m.st.setSpr64(Spr64.HASHKEYR, 0x0123456789abcdefn);
    const img10 = checkpoint(p10);
    expect(parseImage(img10).frames.map((f) => f.bit)).toEqual([0, 7, 8, 12]); // ... HASHKEY
    expect(restore(img10, undefined, quiet).m.st.getSpr64(Spr64.HASHKEYR)).toBe(0x0123456789abcdefn);
    // a HASHKEY v1 record (an older ppcemu's hash function) is refused with the reason
    const old = img10.slice(), hk = parseImage(img10).frames.find((f) => f.bit === 12)!;
    const dv = new DataView(old.buffer);
    dv.setUint16(hk.offset + 2, 1, true);
    const payload = old.subarray(hk.offset + RECORD_HEADER_LEN, hk.offset + RECORD_HEADER_LEN + hk.storedLength);
    dv.setUint32(hk.offset + 28, crc32(payload, crc32(old.subarray(hk.offset, hk.offset + 28))), true);
    expect(() => restore(old, undefined, quiet)).toThrow(/^record HASHKEY \(bit 12\) at offset 0x[0-9a-f]+: version 1 is not supported \(this ppcemu reads version 2; an older ppcemu wrote it: its hashst values were made by an earlier hash function, and hashchk would reject them\)$/);
  });

  it('carries a pending copy-paste buffer (record COPYBUF), absent when no copy is pending', () => {
    const p = makeProc('POWER10', { is64: true, used: ['base', 'ppc64', 'isa300'] });
    expect(parseImage(checkpoint(p)).frames.map((f) => f.bit)).not.toContain(14);
    p.m.copyBuf = Uint8Array.from({ length: 128 }, (_, k) => k ^ 0x5a);
    const img = checkpoint(p);
    expect(parseImage(img).frames.map((f) => f.bit)).toEqual([0, 7, 8, 14]); // CORE MEMORY PROCESS COPYBUF
    const q = restore(img, undefined, quiet);
    expect(q.m.copyBuf).toEqual(p.m.copyBuf);
    expect(checkpoint(q)).toEqual(img);
  });

  it('is deterministic, and big-endian and deflated images hold the same state', () => {
    const p = makeProc('7450', { used: ['base', 'fpu'] });
    const a = checkpoint(p), b = checkpoint(p);
    expect(a).toEqual(b);
    for (const opts of [{ bigEndian: true }, { compress: true }, { bigEndian: true, compress: true }]) {
      const img = checkpoint(p, opts);
      expect(img).not.toEqual(a);
      const q = restore(img, undefined, quiet);
      expect(stateBytes(q)).toEqual(stateBytes(p));
      expect(checkpoint(q)).toEqual(a);
    }
  });

  it('stores only the units used: an integer-only image has no FP, VMX or VSX record', () => {
    const p = makeProc('POWER9', { is64: true, used: ['base'] });
    p.m.st.setFpr(3, 1.5); // state of an unused unit is not saved
    const bits = parseImage(checkpoint(p)).frames.map((f) => f.bit);
    expect(bits).toEqual([0, 7, 8]);
  });

  it('saves SPE and Book E debug state (with the IAC count written out)', () => {
    const p = makeProc('e500v2', { used: ['base', 'spe'] });
    const m = p.m;
    for (let i = 0; i < 32; i++) m.st.speHi[i] = 0xa0000000 + i;
    m.st.setSpr64(Spr64.ACC, 0x123456789n);
    m.s32[Spr32.SPEFSCR] = 0x3f;
    m.st.setDebug64(1, 0x10000000n); // IAC2
    m.s32[Spr32.DBCR0] = 0x40400000; // IDM | IAC2
    const img = checkpoint(p);
    expect(parseImage(img).frames.map((f) => f.bit)).toEqual([0, 4, 6, 7, 8]);
    const q = restore(img, undefined, quiet);
    expect(stateBytes(q)).toEqual(stateBytes(p));
  });

  it('keeps pipes, memfds and dup\'ed descriptors shared', () => {
    const p = makeProc('POWER9', { is64: true });
    const pipe = { data: [1, 2, 3], readers: 1, writers: 1 };
    const r = { kind: 'pipe-r' as const, flags: 0, cloexec: false, pos: 0, refs: 2, pipe };
    p.fds.fds[3] = r;
    p.fds.fds[4] = { kind: 'pipe-w', flags: 1, cloexec: true, pos: 0, refs: 1, pipe };
    p.fds.fds[6] = r;
    p.fds.fds[7] = { kind: 'memfd', flags: 2, cloexec: false, pos: 3, refs: 1, mem: { data: Uint8Array.from([9, 8, 7, 6, 0, 0]), size: 4, name: 'm' } };
    const q = restore(checkpoint(p), undefined, quiet);
    const f = q.fds.fds;
    expect(f[3]).toBe(f[6]);
    expect(f[3]!.pipe).toBe(f[4]!.pipe);
    expect(f[3]!.pipe!.data).toEqual([1, 2, 3]);
    expect(f[5]).toBeUndefined();
    expect(f[7]!.mem!.size).toBe(4);
    expect(Array.from(f[7]!.mem!.data.subarray(0, 4))).toEqual([9, 8, 7, 6]);
    expect(f[7]!.pos).toBe(3);
  });
});

describe('cross-model matrix', () => {
  const verdict = (img: Uint8Array, model: string) => checkImage(img, model, 'used').refusals;

  it('an integer-only 32-bit image from POWER9 resumes on G3, G4, e500mc and POWER5+', () => {
    const img = checkpoint(makeProc('POWER9', { used: ['base'] }));
    for (const t of ['G3', 'G4', 'e500mc', 'POWER5+']) expect(verdict(img, t), t).toEqual([]);
    const q = restoreImage(img, { cpu: 'g3', streams: quiet, cpuCompat: 'warn' });
    expect(q.model.name).toBe('750');
    expect(q.warnings.join()).toMatch(/told the CPU has .*ppc64/);
    expect(q.proc.m.gh.every((v) => v === 0)).toBe(true);
  });

  it('an FP image resumes on G3 but is refused on e500v2', () => {
    const img = checkpoint(makeProc('POWER9', { used: ['base', 'fpu'] }));
    expect(verdict(img, 'g3')).toEqual([]);
    expect(verdict(img, 'e500v2')).toEqual(['the image uses the FPU (record FP), which e500v2 lacks']);
  });

  it('a VSX image is refused on 970 and POWER5+, naming VSX', () => {
    const img = checkpoint(makeProc('POWER9', { is64: true, used: ['base', 'ppc64', 'vsx'] }));
    expect(verdict(img, '970')).toEqual(['the image uses VSX (record VSX), which 970 lacks']);
    const p5 = verdict(img, 'POWER5+');
    expect(p5).toContain('the image uses VSX (record VSX), which POWER5+ lacks');
    expect(p5).toContain('the image uses AltiVec (record VMX), which POWER5+ lacks');
    expect(() => restore(img, '970', quiet)).toThrowError(/^cannot restore on 970: the image uses VSX \(record VSX\), which 970 lacks$/);
  });

  it('ISA 3.0, 64-bit and little-endian images are refused where they cannot run', () => {
    const p9 = checkpoint(makeProc('POWER9', { is64: true, used: ['base', 'ppc64', 'isa300'] }));
    expect(verdict(p9, 'POWER8')).toEqual([expect.stringMatching(/executed Power ISA 3\.0 .*\(isa300\), which POWER8 lacks/)]);
    expect(verdict(p9, 'POWER10')).toEqual([]);
    expect(verdict(p9, 'g4')[0]).toMatch(/64-bit state .* which 7450 lacks/);
    const le = checkpoint(makeProc('POWER9', { is64: true, le: true, used: ['base'] }));
    expect(verdict(le, 'POWER8')).toEqual([]);
    expect(verdict(le, '970')).toEqual(['the image is in little-endian mode (MSR[LE]=1), which 970 lacks (no true little-endian mode)']);
  });

  it('VMX, SPE and IAC3 set through the API are refused on models lacking them', () => {
    const v = checkpoint(makeProc('7450', { used: ['base', 'altivec'] }));
    expect(verdict(v, 'e500mc')).toEqual(['the image uses AltiVec (record VMX), which e500mc lacks']);
    expect(verdict(v, 'e6500')).toEqual([]);
    const s = checkpoint(makeProc('e500v2', { used: ['base', 'spe'] }));
    expect(verdict(s, 'POWER9')).toEqual(['the image uses SPE (record SPE), which POWER9 lacks']);
    expect(verdict(s, 'e500v1')).toEqual([]);
    const p = makeProc('476', { used: ['base'] });
    p.m.st.setDebug64(2, 0x10000000n);
    p.m.s32[Spr32.DBCR0] = 0x40200000; // IDM | IAC3
    const d = checkpoint(p);
    expect(verdict(d, '476')).toEqual([]);
    expect(verdict(d, 'e500')).toEqual(['the image has IAC3 armed (record BOOKE_DEBUG), which e500v2 lacks (it has 2 IACs)']);
    expect(verdict(d, 'g4')).toEqual(['the image has Book E debug registers set (record BOOKE_DEBUG), which 7450 lacks']);
  });

  it('lists every missing item, and --cpu-compat=strict refuses advertised features', () => {
    const img = checkpoint(makeProc('POWER9', { is64: true, used: ['base', 'ppc64', 'fpu', 'vsx', 'isa300'] }));
    const r = verdict(img, 'g3');
    expect(r.length).toBe(4); // 64-bit state, VMX, VSX, isa300 (FP is fine on G3)
    expect(checkImage(img, 'POWER9', 'strict').refusals).toEqual([]);
    const strict = checkImage(checkpoint(makeProc('POWER9', { used: ['base'] })), '970', 'strict').refusals;
    expect(strict.some((s) => /told the CPU has .*(AT_HWCAP2).*--cpu-compat=strict/.test(s))).toBe(true);
    let err: unknown;
    try { restore(img, 'g3', quiet); } catch (e) { err = e; }
    expect(err).toBeInstanceOf(RefusedError);
    expect((err as RefusedError).status).toBe(125);
    expect((err as RefusedError).items).toEqual(r);
  });
});

describe('bad images', () => {
  const p = makeProc('POWER9', { is64: true, used: ['base', 'fpu'] });
  const img = checkpoint(p);
  const frames = parseImage(img).frames;
  const refused = (bytes: Uint8Array) => {
    try {
      restore(bytes, undefined, quiet);
    } catch (e) {
      if (!(e instanceof CheckpointError)) throw e;
      expect(e.status).toBe(125);
      expect(e.message).not.toMatch(/\n/);
      return e.message;
    }
    throw new Error('image accepted');
  };

  it('refuses every single-byte change in the header and in every record header', () => {
    const offsets = [...Array(HEADER_LEN).keys()];
    for (const f of frames) for (let k = 0; k < RECORD_HEADER_LEN; k++) offsets.push(f.offset + k);
    for (const off of offsets) {
      for (const x of [0x01, 0x80, 0xff]) {
        const b = img.slice();
        b[off] ^= x;
        expect(refused(b), `offset ${off} ^ ${x}`).toBeTruthy();
      }
    }
  });

  it('refuses truncation at every record boundary and at many other offsets', () => {
    const cuts = new Set<number>([0, 1, 7, 8, 15, 16, HEADER_LEN - 1, HEADER_LEN, img.length - 1]);
    for (const f of frames) { cuts.add(f.offset); cuts.add(f.offset + 5); cuts.add(f.offset + RECORD_HEADER_LEN); cuts.add(f.offset + RECORD_HEADER_LEN + 1); }
    for (let k = 0; k < 200; k++) cuts.add(Math.floor((img.length * k) / 200));
    for (const n of cuts) {
      const msg = refused(img.subarray(0, n));
      if (frames.some((f) => f.offset === n)) expect(msg).toMatch(/record \w+ \(bit \d\) at offset 0x[0-9a-f]+: the image is truncated/);
    }
    expect(refused(new Uint8Array([...img, 0]))).toMatch(/unexpected byte/);
  });

  it('refuses a changed payload byte under each checksum', () => {
    for (const f of frames) {
      for (const k of [0, Math.floor(f.storedLength / 2), f.storedLength - 1]) {
        const b = img.slice();
        b[f.offset + RECORD_HEADER_LEN + k] ^= 0x10;
        expect(refused(b)).toMatch(new RegExp(`record ${['CORE', 'FP', 'VMX', 'VSX', 'SPE', 'DABR', 'BOOKE_DEBUG', 'MEMORY', 'PROCESS'][f.bit]} \\(bit ${f.bit}\\) at offset 0x${f.offset.toString(16)}: checksum mismatch`));
      }
    }
  });

  it('checks the checksum of a memory record of many pages, taken as restore copies them', () => {
    // 40 pages of data: the copy (and the checksum with it) goes 16 pages at a time (memory.ts
    // BULK_PAGES), so damage in the first step, a middle one, the last one and the lists before
    // the pages is each found, and named as damage rather than as what it made the record say
    const q = makeProc('POWER9', { is64: true, used: ['base', 'ppc64'] });
    q.m.mem.map(0x20000000, 40 * 4096, 3);
    for (let k = 0; k < 40; k++) q.m.mem.writeBytes(0x20000000 + k * 4096, Uint8Array.from({ length: 4096 }, (_, j) => (j * 7 + k) | 1));
    const big = checkpoint(q);
    const mem = parseImage(big).frames.find((f) => f.bit === 7)!;
    expect(mem.storedLength).toBeGreaterThan(40 * 4096);
    const back = restore(big, undefined, quiet);
    expect(back.m.mem.readBytes(0x20000000 + 39 * 4096, 4096)).toEqual(q.m.mem.readBytes(0x20000000 + 39 * 4096, 4096));
    const end = mem.offset + RECORD_HEADER_LEN + mem.storedLength;
    for (const at of [mem.offset + RECORD_HEADER_LEN, mem.offset + RECORD_HEADER_LEN + 20, end - 40 * 4096 + 100, end - 20 * 4096, end - 1]) {
      const b = big.slice();
      b[at] ^= 0x04;
      expect(refused(b), `byte 0x${at.toString(16)}`).toMatch(new RegExp(`^record MEMORY \\(bit 7\\) at offset 0x${mem.offset.toString(16)}: checksum mismatch`));
    }
  });

  /** Re-seals a modified header / record header with correct checksums (as a newer ppcemu would). */
  function reseal(b: Uint8Array): Uint8Array {
    const dv = new DataView(b.buffer, b.byteOffset);
    dv.setUint32(HEADER_LEN - 4, crc32(b.subarray(0, HEADER_LEN - 4)), true);
    return b;
  }

  it('names an unknown record bit and an unknown record version', () => {
    const b = img.slice();
    b[16 + 1] |= 0x80; // bit 15 (the first bit no record has)
    expect(refused(reseal(b))).toBe('header at offset 0x10: the image has record bit(s) 15, unknown to this ppcemu (written by a newer version?)');
    const c = img.slice();
    const mem = frames.find((f) => f.bit === 7)!;
    const dv = new DataView(c.buffer);
    dv.setUint16(mem.offset + 2, 2, true);
    const hb = c.subarray(mem.offset, mem.offset + RECORD_HEADER_LEN);
    dv.setUint32(mem.offset + 28, crc32(c.subarray(mem.offset + RECORD_HEADER_LEN, mem.offset + RECORD_HEADER_LEN + mem.storedLength), crc32(hb.subarray(0, 28))), true);
    expect(refused(c)).toMatch(/^record MEMORY \(bit 7\) at offset 0x[0-9a-f]+: version 2 is not supported/);
    const v = img.slice();
    v[10] = 2;
    expect(refused(v)).toMatch(/format version 2 is not supported/);
    expect(refused(new TextEncoder().encode('#!/bin/sh\necho not an image\n'))).toMatch(/bad magic/);
  });

  it('inspect reports records and checksum status', () => {
    const info = inspectImage(img);
    expect(info.source.cpu).toBe('POWER9');
    expect(info.records.map((r) => r.name)).toEqual(['CORE', 'FP', 'MEMORY', 'PROCESS']);
    expect(info.memory!.storedPages).toBe(3);
    const b = img.slice();
    b[frames[1].offset + RECORD_HEADER_LEN] ^= 1;
    const bad = inspectImage(b);
    expect(bad.records[1].checksum).toBe('BAD');
    expect(bad.error).toMatch(/checksum mismatch/);
  });
});
