// Images are written atomically: a temporary file in the same directory, fsync, rename. A write
// that fails at any step leaves an existing image untouched and no temporary file behind.

import fs, { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../src/checkpoint/image.js';

const DIR = mkdtempSync(join(tmpdir(), 'ppcemu-write-'));

/** Runs fn with fs[name] replaced by a function that throws, then puts it back. */
function failing<T>(name: 'fsyncSync' | 'renameSync' | 'writeSync', fn: () => T): T {
  const saved = fs[name];
  (fs as unknown as Record<string, unknown>)[name] = () => { throw new Error(`injected ${name} failure`); };
  syncBuiltinESMExports();
  try {
    return fn();
  } finally {
    (fs as unknown as Record<string, unknown>)[name] = saved;
    syncBuiltinESMExports();
  }
}

describe('writeFileAtomic', () => {
  it('writes the bytes', () => {
    const f = join(DIR, 'a.img');
    writeFileAtomic(f, new Uint8Array([1, 2, 3]));
    expect([...readFileSync(f)]).toEqual([1, 2, 3]);
  });

  for (const step of ['writeSync', 'fsyncSync', 'renameSync'] as const) {
    it(`a failing ${step} keeps the old image and leaves no temporary file`, () => {
      const f = join(DIR, `${step}.img`);
      writeFileSync(f, 'good image');
      expect(() => failing(step, () => writeFileAtomic(f, new Uint8Array(4096).fill(7))))
        .toThrow(/cannot write checkpoint/);
      expect(readFileSync(f, 'latin1')).toBe('good image');
      expect(readdirSync(DIR).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    });
  }

  it('refuses a directory that does not exist, with one clear message', () => {
    expect(() => writeFileAtomic(join(DIR, 'no/such/dir/x.img'), new Uint8Array(1))).toThrow(/cannot write checkpoint/);
  });
});
