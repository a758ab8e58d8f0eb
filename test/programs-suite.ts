// Runs every committed test binary (test/bin/<target>/<name>) through the library API and compares
// its stdout and exit status with the expected results recorded from QEMU (test/golden/<target>/).
// Conventions: test/README.md. This harness never writes golden files. One test file per target
// (test/programs-<target>.test.ts) calls programSuite, so vitest's workers share the programs.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Tier } from '../src/cpu/machine.js';
import { runGuest } from '../src/linux/run.js';
import { type FsMeta, withFsRoot } from './fsroot.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
type Target = 'ppc32' | 'ppc64' | 'ppc64le';
/** The environment qemu-run.sh gives the guest (env -i PATH=/usr/bin:/bin LANG=C; QEMU's order). */
const GUEST_ENV = ['LANG=C', 'PATH=/usr/bin:/bin'];
const MAX_INSNS = Number(process.env.PPCEMU_TEST_MAX_INSNS ?? 2e9);
const FILTER = process.env.PPCEMU_TEST_FILTER ?? '';
/**
 * Every program runs in the default tier (auto, which with short programs mostly interprets);
 * also, except the long benchmarks, with every block translated before its first run (jit); on
 * ppc32 and ppc64le (both modes, both byte orders) with every block compiled to WebAssembly at
 * its first run (wasm); and on ppc64 with translation off (interp). `npm run test:tiers`
 * (PPCEMU_TEST_TIERS=auto,interp,jit,wasm, or any subset) runs exactly the listed tiers on every
 * program and target.
 */
const TIERS_ENV = process.env.PPCEMU_TEST_TIERS;
const TIERS_RUN = (TIERS_ENV ?? 'auto,interp,jit,wasm').split(',') as Tier[];
function runsIn(tier: Tier, target: string, name: string): boolean {
  if (TIERS_ENV !== undefined || tier === 'auto') return true;
  if (/bench/.test(name)) return false;
  if (tier === 'wasm') return target !== 'ppc64';
  return tier === 'jit' || target === 'ppc64';
}

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

/** Binaries of test/bin/<target>, then the dynamic ones of test/bin/<target>/dynamic as dynamic/NAME. */
function binaries(target: string): string[] {
  const files = (sub: string) => {
    const dir = join(ROOT, 'test', 'bin', target, sub);
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((n) => !n.startsWith('.') && statSync(join(dir, n)).isFile())
      .map((n) => (sub ? `${sub}/${n}` : n))
      .filter((n) => FILTER === '' || `${target}/${n}`.includes(FILTER))
      .sort();
  };
  return [...files(''), ...files('dynamic')];
}

/**
 * Dynamic programs run against Debian's cross sysroot /usr/<triple> (the libc6-*-cross packages;
 * .ci/run installs them), as QEMU recorded them with -L; without it they are skipped, visibly.
 */
const SYSROOT = { ppc32: '/usr/powerpc-linux-gnu', ppc64: '/usr/powerpc64-linux-gnu', ppc64le: '/usr/powerpc64le-linux-gnu' };
function sysrootMissing(target: Target, name: string): boolean {
  if (!name.startsWith('dynamic/') || existsSync(join(SYSROOT[target], 'lib'))) return false;
  console.warn(`SKIPPED ${target}/${name}: no cross sysroot ${SYSROOT[target]}/lib (apt-get install libc6-*-cross)`);
  return true;
}

/** The programs of one target, in the tiers TIERS_RUN and runsIn choose. */
export function programSuite(target: Target): void {
  const names = binaries(target);
  describe(`test programs ${target}`, () => {
    it(`test/bin/${target} holds binaries`, () => {
      expect(FILTER !== '' || names.length > 0).toBe(true);
    });

    for (const name of names) for (const tier of TIERS_RUN) {
      if (!runsIn(tier, target, name)) continue;
      const known = KNOWN_FAILURES.get(`${target}/${name}`);
      const title = (tier === 'auto' ? name : `${name} [${tier}]`) + (known === undefined ? '' : ` (known failure: ${known})`);
      (sysrootMissing(target, name) ? it.skip : known === undefined ? it : it.fails)(title, () => {
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
          argv: [rel, ...meta.args], env: GUEST_ENV, cpu: meta.cpu ?? undefined, maxInsns: MAX_INSNS, fsRoot, tier,
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
