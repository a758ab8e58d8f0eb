// The file-system side of a test program's meta.json: `"fsRoot": "fresh"` runs it with a new,
// empty directory as --fs-root (see test/README.md, directive FSROOT), removed afterwards.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface FsMeta { fsRoot?: 'fresh' }

/** Calls fn with the fs root the program's meta asks for (undefined: none). */
export function withFsRoot<T>(meta: FsMeta, name: string, fn: (fsRoot: string | undefined) => T): T {
  if (meta.fsRoot !== 'fresh') return fn(undefined);
  const dir = mkdtempSync(join(tmpdir(), `ppcemu-${name}-`));
  try {
    return fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
