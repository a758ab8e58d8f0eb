// Runs every committed test binary (test/bin/<target>/<name>) through the library API and compares
// its stdout and exit status with the expected results recorded from QEMU (test/golden/<target>/).
// Conventions: test/README.md. This harness never writes golden files.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runGuest } from '../src/linux/run.js';
import { type FsMeta, withFsRoot } from './fsroot.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TARGETS = ['ppc32', 'ppc64', 'ppc64le'] as const;
/** The environment qemu-run.sh gives the guest (env -i PATH=/usr/bin:/bin LANG=C; QEMU's order). */
const GUEST_ENV = ['LANG=C', 'PATH=/usr/bin:/bin'];
const MAX_INSNS = Number(process.env.PPCEMU_TEST_MAX_INSNS ?? 2e9);
const FILTER = process.env.PPCEMU_TEST_FILTER ?? '';

interface Meta extends FsMeta {
  cpu: string | null;
  args: string[];
}

/** Reads `base.handchecked` if present, else `base`; undefined when neither exists. */
function golden(base: string): Buffer | undefined {
  if (existsSync(base + '.handchecked')) return readFileSync(base + '.handchecked');
  if (existsSync(base)) return readFileSync(base);
  return undefined;
}

/** A short description of the first difference between two outputs. */
function firstDifference(want: Buffer, got: Buffer): string {
  const w = want.toString('latin1').split('\n');
  const g = got.toString('latin1').split('\n');
  for (let i = 0; i < Math.max(w.length, g.length); i++) {
    if (w[i] !== g[i]) {
      const show = (s: string | undefined) => (s === undefined ? '<end of output>' : JSON.stringify(s.slice(0, 300)));
      return `line ${i + 1}:\n  expected ${show(w[i])}\n  got      ${show(g[i])}`;
    }
  }
  return 'outputs differ';
}

/**
 * Programs known not to match yet, as `target/name  reason` lines in test/known-failures.txt.
 * They run as `it.fails`: the test fails as soon as one starts matching, so the list stays true.
 */
const KNOWN_FAILURES = new Map<string, string>(
  (existsSync(join(ROOT, 'test', 'known-failures.txt')) ? readFileSync(join(ROOT, 'test', 'known-failures.txt'), 'utf8') : '')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => {
      const [key, ...why] = l.split(/\s+/);
      return [key, why.join(' ')] as [string, string];
    }),
);

function binaries(target: string): string[] {
  const dir = join(ROOT, 'test', 'bin', target);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => !n.startsWith('.') && statSync(join(dir, n)).isFile())
    .filter((n) => FILTER === '' || `${target}/${n}`.includes(FILTER))
    .sort();
}

describe('test programs', () => {
  it('test/bin holds binaries', () => {
    expect(TARGETS.some((t) => existsSync(join(ROOT, 'test', 'bin', t)))).toBe(true);
  });

  for (const target of TARGETS) {
    const names = binaries(target);
    if (names.length === 0) continue;
    describe(target, () => {
      for (const name of names) {
        const known = KNOWN_FAILURES.get(`${target}/${name}`);
        (known === undefined ? it : it.fails)(known === undefined ? name : `${name} (known failure: ${known})`, () => {
          const rel = `test/bin/${target}/${name}`;
          const g = join(ROOT, 'test', 'golden', target, name);
          const metaText = golden(g + '.meta.json');
          const wantOut = golden(g + '.stdout');
          const wantStatusText = golden(g + '.status');
          if (!metaText || !wantOut || !wantStatusText) {
            throw new Error(`missing golden file(s) for ${rel}: run scripts/rebuild-tests.sh ${name}`);
          }
          const meta = JSON.parse(metaText.toString('utf8')) as Meta;
          const wantStatus = Number(wantStatusText.toString('utf8').trim());
          const elf = new Uint8Array(readFileSync(join(ROOT, rel)));
          const res = withFsRoot(meta, name, (fsRoot) => runGuest(elf, {
            argv: [rel, ...meta.args], env: GUEST_ENV, cpu: meta.cpu ?? undefined, maxInsns: MAX_INSNS, fsRoot,
          }));
          const got = Buffer.from(res.stdout);
          const stderr = Buffer.from(res.stderr).toString('utf8').slice(0, 2000);
          if (!got.equals(wantOut)) {
            expect.fail(
              `${rel}: stdout differs at ${firstDifference(wantOut, got)}\n` +
                `status expected ${wantStatus}, got ${res.status}` +
                (stderr ? `\nstderr:\n${stderr}` : ''),
            );
          }
          expect(res.status, `${rel}: exit status${stderr ? `\nstderr:\n${stderr}` : ''}`).toBe(wantStatus);
        }, 120_000);
      }
    });
  }
});
