// The devices (/dev/null, /dev/zero, /dev/full, /dev/random, /dev/urandom; src/linux/files.ts
// DEVICES): glibc-devices (recorded from QEMU, checked by programs-suite.ts without a root) gives
// the same output under a --fs-root that has no /dev at all, and a checkpoint taken while device
// descriptors are open resumes with them (record PROCESS v5; a v4 image is still read).
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32 } from 'node:zlib';
import { checkpoint, parseImage, restore } from '../src/checkpoint/index.js';
import { RECORD_HEADER_LEN } from '../src/checkpoint/format.js';
import { isDevice } from '../src/linux/files.js';
import { parseElf } from '../src/linux/elf.js';
import type { LinuxProcess } from '../src/linux/process.js';
import { createProcess, runProcess } from '../src/linux/run.js';
import { runToExit, sink, text } from './guest-run.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = 'test/bin/ppc64le/glibc-devices';
const golden = readFileSync(join(ROOT, 'test/golden/ppc64le/glibc-devices.stdout'), 'latin1');

function startIn(root: string, s: ReturnType<typeof sink>): LinuxProcess {
  const elf = parseElf(new Uint8Array(readFileSync(join(ROOT, BIN))));
  return createProcess(elf, { argv: [BIN], env: ['LANG=C'], fsRoot: root }, s.streams).proc;
}

describe('devices', () => {
  it('are there under a --fs-root without /dev', () => {
    const root = mkdtempSync(join(tmpdir(), 'ppcemu-dev-'));
    try {
      const s = sink();
      expect(runToExit(startIn(root, s), 1e9)).toBe(0);
      expect(text(s)).toBe(golden);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('stay open across a checkpoint (PROCESS v5), and a v4 image is read', () => {
    const root = mkdtempSync(join(tmpdir(), 'ppcemu-dev-'));
    try {
      // run in slices until a device is open (the /dev/urandom the program reads last)
      const s = sink();
      const p = startIn(root, s);
      let open = false;
      for (let n = 20_000; !open; n += 20_000) {
        expect(runProcess(p, n).kind).toBe('limit');
        open = p.fds.fds.some((f, fd) => fd > 2 && f !== undefined && f.kind === 'dev-urandom');
      }
      const img = checkpoint(p);
      const before = text(s);
      expect(runToExit(p, 1e9)).toBe(0);
      const whole = text(s);
      expect(whole).toBe(golden);
      const check = (bytes: Uint8Array) => {
        const r = sink();
        const q = restore(bytes, undefined, r.streams, { fsRoot: root });
        expect(q.fds.fds.some((f) => f !== undefined && isDevice(f.kind))).toBe(true);
        expect(runToExit(q, 1e9)).toBe(0);
        expect(before + text(r)).toBe(whole);
      };
      check(img);
      // the same image as v4 wrote it (same layout, no device kinds) after a v5 reader change:
      // here a v4 header on v5 contents, which a v5 reader takes as they are
      const pr = parseImage(img).frames.find((f) => f.bit === 8)!;
      expect(pr.version).toBe(5);
      const v4 = img.slice();
      const dv = new DataView(v4.buffer, v4.byteOffset);
      dv.setUint16(pr.offset + 2, 4, true);
      const hb = v4.subarray(pr.offset, pr.offset + RECORD_HEADER_LEN);
      dv.setUint32(pr.offset + 28, crc32(v4.subarray(pr.offset + RECORD_HEADER_LEN, pr.offset + RECORD_HEADER_LEN + pr.storedLength), crc32(hb.subarray(0, 28))), true);
      check(v4);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
