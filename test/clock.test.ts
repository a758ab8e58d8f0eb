// Guest time (issue 11 item 9): --clock=det (the default) derives every time system call from the
// instruction count; --clock=host follows the host's clocks, and images record which one a run
// used (PROCESS v3), shown by inspect and kept by restore.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BOOT_UPTIME_NS, EPOCH_SECONDS } from '../src/cpu/clock.js';
import { NR } from '../src/linux/abi.js';
import { parseElf } from '../src/linux/elf.js';
import { STACK_TOP, type LinuxProcess } from '../src/linux/process.js';
import { createProcess } from '../src/linux/run.js';
import { checkpoint, formatInspect, inspectImage, restore } from '../src/checkpoint/index.js';
import type { ClockMode } from '../src/cpu/clock.js';
import { sc } from './guest-syscall.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'bin', 'ppcemu.js');
const quiet = { stdin: () => undefined, stdout: () => {}, stderr: () => {} };
const BUF = STACK_TOP - 0x10000; // inside the stack mapping, far below the initial frame

function start(clock: ClockMode): LinuxProcess {
  const elf = parseElf(new Uint8Array(readFileSync(join(ROOT, 'examples/hello-ppc64le'))));
  const p = createProcess(elf, { clock }, quiet).proc;
  p.m.run(1000);
  return p;
}

/** clock_gettime(clock) in ns, through the system call. */
function clockNs(p: LinuxProcess, clock: number): bigint {
  expect(sc(p, NR.clock_gettime, clock, BUF)).toBe(0n);
  return p.g.u64(BUF) * 1_000_000_000n + p.g.u64(BUF + 8);
}

/**
 * nanosleep through the system call: the thread blocks, and the scheduler, finding no other
 * thread to run, lets the time pass (LinuxProcess.idle) and wakes it. Returns r3.
 */
function nanosleep(p: LinuxProcess, sec: bigint, nsec: bigint): bigint {
  p.g.w64(BUF, sec); p.g.w64(BUF + 8, nsec);
  sc(p, NR.nanosleep, BUF, 0);
  expect(p.threads.schedule()).toBeUndefined(); // no deadlock
  return p.m.st.getGpr(3);
}

/** Within a second of the host's wall clock (anchored to Date.now() once, then a monotonic counter). */
function nearNow(ns: bigint): boolean {
  const d = ns - BigInt(Date.now()) * 1_000_000n;
  return d > -1_000_000_000n && d < 1_000_000_000n;
}

describe('--clock', () => {
  it('det: time is the instruction count (plus time slept) from 2026-01-01', () => {
    const p = start('det');
    const base = BigInt(EPOCH_SECONDS) * 1_000_000_000n;
    expect(clockNs(p, 0)).toBe(base + BigInt(p.m.icount));
    expect(clockNs(p, 1)).toBe(BOOT_UPTIME_NS + BigInt(p.m.icount)); // monotonic: since boot, as the time base
    // nanosleep(2 s) advances the virtual clock by exactly 2 s, at once
    expect(nanosleep(p, 2n, 0n)).toBe(0n);
    expect(clockNs(p, 1)).toBe(BOOT_UPTIME_NS + BigInt(p.m.icount) + 2_000_000_000n);
    expect(sc(p, NR.time, 0)).toBe(BigInt(EPOCH_SECONDS + 2));
  });

  it('host: the realtime clocks read the host\'s wall clock, the monotonic one never goes back', () => {
    const p = start('host');
    const before = BigInt(Date.now()) * 1_000_000n;
    expect(nearNow(clockNs(p, 0))).toBe(true);
    const after = BigInt(Date.now() + 1) * 1_000_000n;
    const t = sc(p, NR.time, 0);
    expect(t >= before / 1_000_000_000n - 1n && t <= after / 1_000_000_000n + 1n).toBe(true);
    expect(sc(p, NR.gettimeofday, BUF, 0)).toBe(0n);
    expect(p.g.u64(BUF) >= before / 1_000_000_000n - 1n).toBe(true);
    const m1 = clockNs(p, 1), m2 = clockNs(p, 1);
    expect(m2 >= m1).toBe(true);
    // nothing is added to the virtual clock
    expect(nanosleep(p, 0n, 1000n)).toBe(0n);
    expect(p.sleptNs).toBe(0n);
  });

  it('images record the clock mode; restore keeps it; inspect shows it', () => {
    for (const mode of ['det', 'host'] as const) {
      const p = start(mode);
      const img = checkpoint(p);
      const q = restore(img, undefined, quiet);
      expect(q.cfg.clock).toBe(mode);
      const info = inspectImage(img);
      expect(info.process?.clock).toBe(mode);
      expect(formatInspect('x', info)).toMatch(mode === 'host' ? /clock: host \(real time: this run is not deterministic\)/ : /clock: det /);
      expect(info.records.find((r) => r.name === 'PROCESS')?.version).toBe(5); // v4: FD_CLOEXEC per descriptor, the robust futex list head; v5: the devices
    }
    // the restored host-mode process reads the host's clock
    const q = restore(checkpoint(start('host')), undefined, quiet);
    expect(nearNow(clockNs(q, 0))).toBe(true);
  });

  it('from the command line: --clock=host runs, and its image says so', () => {
    const img = join(mkdtempSync(join(tmpdir(), 'ppcemu-clock-')), 'h.img');
    const r = spawnSync(process.execPath, [CLI, 'run', '--clock=host', '--checkpoint-at', '500', '--checkpoint-out', img,
      'examples/hello-ppc32'], { cwd: ROOT, encoding: 'latin1' });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Hello');
    const i = spawnSync(process.execPath, [CLI, 'inspect', img], { cwd: ROOT, encoding: 'latin1' });
    expect(i.stdout).toMatch(/clock: host/);
  });
});
