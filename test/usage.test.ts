// Unit usage tracking (issue #3): like Linux with MSR[FP], MSR[VEC], MSR[VSX] and MSR[SPE], the
// machine marks a unit used at the program's first instruction of that unit, and reports the units
// (machine.usedUnits()) and the features (machine.usedFeatures()) executed so far. The checkpoint
// engine relies on this to judge which CPUs an image can move to.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runGuest } from '../src/linux/run.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const GUEST_ENV = ['LANG=C', 'PATH=/usr/bin:/bin'];

/** Runs test/bin/TARGET/NAME to its end; its exit status must be the one recorded from QEMU. */
function run(rel: string, cpu?: string) {
  const r = runGuest(readFileSync(join(ROOT, rel)), { argv: [rel], env: GUEST_ENV, cpu, maxInsns: 2e9 });
  const want = Number(readFileSync(join(ROOT, rel.replace('test/bin/', 'test/golden/') + '.status'), 'utf8'));
  expect(r.status, `${rel} exit status`).toBe(want);
  return r.machine;
}

describe('unit usage tracking', () => {
  it('an integer-only program uses no unit', () => {
    const m = run('test/bin/ppc32/bench_sieve');
    expect([...m.usedUnits()]).toEqual([]);
    expect(m.usedFeatures()).not.toContain('fpu');
    expect(m.usedFeatures()).not.toContain('altivec');
    expect([...run('test/bin/ppc64le/fx_arith').usedUnits()]).toEqual([]);
  });

  it('a freestanding program that runs one fadd uses FP and nothing else', () => {
    const m = run('test/bin/ppc32/sigill_fp');
    expect([...m.usedUnits()]).toEqual(['fp']);
  });

  it('glibc printf("%f") on ppc32 uses FP', () => {
    const m = run('test/bin/ppc32/glibc-printf');
    expect(m.usedUnits().has('fp')).toBe(true);
    expect(m.usedUnits().has('spe')).toBe(false);
  });

  it('glibc on ppc64le (POWER9) uses VSX and/or VMX', () => {
    const m = run('test/bin/ppc64le/glibc-auxv');
    const u = m.usedUnits();
    expect(u.has('vsx') || u.has('vmx'), `units used: ${[...u].join(' ')}`).toBe(true);
  });

  it('records a unit at its first use only, and nothing the program never reached', () => {
    // sigill_vsx on a 7450 dies at its xxlor: the instruction never executed, so VSX is not used.
    const r = runGuest(readFileSync(join(ROOT, 'test/bin/ppc32/sigill_vsx')), { cpu: '7450', maxInsns: 1e6 });
    expect(r.status).toBe(132);
    expect(r.machine.usedUnits().has('vsx')).toBe(false);
    const m = run('test/bin/ppc64/sigill_altivec', 'POWER9');
    expect([...m.usedUnits()]).toEqual(['vmx']);
    expect(m.usedFeatures()).toContain('altivec');
  });
});
