// File times the guest sets reach the host's files (utimensat, futimens, utimes, utime: zstd, tar
// and cp -p copy a source's times to what they write), though the guest's own stat shows every
// file's times as its clock's now. The program glibc-utime (its output is checked against QEMU's
// in the program suites) runs here with `keep`, which leaves its files for the host-side look.
import { describe, expect, it } from 'vitest';
import { lstatSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EPOCH_SECONDS } from '../src/cpu/clock.js';
import { runGuest } from '../src/linux/run.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

describe('file times set by the guest', () => {
  for (const target of ['ppc64le', 'ppc32']) {
    it(`reach the host's files (${target})`, () => {
      const dir = mkdtempSync(join(tmpdir(), 'ppcemu-utime-'));
      try {
        const r = runGuest(readFileSync(join(ROOT, 'test', 'bin', target, 'glibc-utime')), { argv: ['glibc-utime', 'work', 'keep'], fsRoot: dir });
        expect(r.status).toBe(0);
        // the link's own times: utimensat with AT_SYMLINK_NOFOLLOW (lutimes on the host)
        const link = lstatSync(join(dir, 'work', 'link'));
        expect([link.atimeMs, link.mtimeMs]).toEqual([900000000000, 950000000000]);
        // the file's last times: UTIME_NOW, then NULL times: the guest clock's now (2026-01-01 and a few ms)
        const f = statSync(join(dir, 'work', 'f'));
        expect(f.mtimeMs / 1000).toBeGreaterThanOrEqual(EPOCH_SECONDS);
        expect(f.mtimeMs / 1000).toBeLessThan(EPOCH_SECONDS + 60);
        expect(f.atimeMs).toBe(f.mtimeMs);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }
});
