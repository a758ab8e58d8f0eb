// 32-bit mode on 64-bit CPUs: a ppc32 program run on POWER9 or the 970 executes with MSR[SF]=0
// (as a ppc64 kernel runs it): the registers hold 64-bit results, but addresses, CR0, CA and OV
// come from the low words, so everything the program can observe equals what the 32-bit 7450
// gives (the QEMU-recorded golden files). Left out: programs that print the PVR, the XER's
// OV32/CA32 bits (ISA 3.0 only) or the dcbz block size, which do differ between the models.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runGuest } from '../src/linux/run.js';
import { type FsMeta, withFsRoot } from './fsroot.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const INCLUDE = /^(fx_|cr_|br_|ls_|rt_|linux_|exit_|fp_arith|fp_fpscr|glibc-printf)/;
const MODEL_SPECIFIC = new Set(['sys_priv', 'sys_spr']);

function golden(base: string): Buffer {
  return readFileSync(existsSync(`${base}.handchecked`) ? `${base}.handchecked` : base);
}

describe('ppc32 programs on 64-bit CPUs (32-bit mode)', () => {
  const names = readdirSync(join(ROOT, 'test/bin/ppc32'))
    .filter((n) => INCLUDE.test(n) && !MODEL_SPECIFIC.has(n)).sort();
  for (const cpu of ['POWER9', '970']) {
    for (const name of names) {
      if (cpu === '970' && name.startsWith('glibc-')) continue; // one CPU is enough for the slow ones
      it(`${name} on ${cpu}`, () => {
        const g = join(ROOT, 'test/golden/ppc32', name);
        const meta = JSON.parse(readFileSync(`${g}.meta.json`, 'utf8')) as { args: string[] } & FsMeta;
        const rel = `test/bin/ppc32/${name}`;
        const r = withFsRoot(meta, name, (fsRoot) => runGuest(new Uint8Array(readFileSync(join(ROOT, rel))), {
          argv: [rel, ...meta.args], env: ['LANG=C', 'PATH=/usr/bin:/bin'], cpu, maxInsns: 5e8, fsRoot,
        }));
        expect(r.machine.sf).toBe(false);
        expect(r.stdout.toString('latin1')).toBe(golden(`${g}.stdout`).toString('latin1'));
        expect(r.status).toBe(Number(golden(`${g}.status`).toString().trim()));
      }, 60_000);
    }
  }
});
