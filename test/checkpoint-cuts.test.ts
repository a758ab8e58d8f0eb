// Targeted cuts: checkpoint at the interesting moments of test/programs/ckpt_*.c, found by
// single-stepping (Machine.tracer sees every instruction before it runs, with m.icount = the
// number completed): right after a lwarx/ldarx (a live reservation), inside a signal handler
// (between its frame setup and rt_sigreturn), and in the middle of a run of system calls (at an
// sc and right after one). Each image is restored into a new process: the halted run's output
// plus the restored run's output, and the exit status, equal the uninterrupted run's. Also:
// checkpoint twice in one run (restore, run on, checkpoint again) and restore from the second.
import { describe, expect, it } from 'vitest';
import { runToExit, sink, start, text } from './guest-run.js';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runProcess } from '../src/linux/run.js';
import type { LinuxProcess } from '../src/linux/process.js';
import type { Machine } from '../src/cpu/machine.js';
import type { Insn } from '../src/cpu/insn.js';
import { Spr32 } from '../src/cpu/state.js';
import { checkpoint, restore } from '../src/checkpoint/index.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TARGETS = ['ppc32', 'ppc64', 'ppc64le'] as const;
const MAX = 5e7;
const NR = { kill: 37, rt_sigreturn: 172, tgkill: 250 };

const finish = (p: LinuxProcess) => runToExit(p, MAX);

/** Runs the program one instruction at a time, showing each to `see` (count = instructions done). */
function trace(bin: string, see: (count: number, insn: Insn, m: Machine) => void): void {
  const p = start(bin, sink());
  p.m.tracer = (m, insn) => see(m.icount, insn, m);
  finish(p);
}

/** Up to n elements spread evenly over xs (first and last included). */
function spread<T>(xs: T[], n: number): T[] {
  if (xs.length <= n) return xs;
  return Array.from({ length: n }, (_, k) => xs[Math.round((k * (xs.length - 1)) / (n - 1))]);
}

/** The interesting counts of each program, found by single-stepping. */
const FINDERS: Record<string, (bin: string) => { cuts: number[]; reserved?: number[] }> = {
  ckpt_atomic: (bin) => {
    const after: number[] = [];
    const mnems: string[] = [];
    trace(bin, (n, insn) => {
      const mn = insn.row?.mnem ?? '';
      if (mn === 'lwarx' || mn === 'ldarx') { after.push(n + 1); mnems.push(mn); }
    });
    expect(after.length).toBeGreaterThan(20);
    // just after a lwarx (reservation held), and just before its store-conditional
    const picked = spread(after, 6);
    if (mnems.includes('ldarx')) expect(picked.some((c) => mnems[after.indexOf(c)] === 'ldarx')).toBe(true);
    return { cuts: [...picked, ...picked.slice(1, 3).map((c) => c + 1)], reserved: picked };
  },
  ckpt_signal: (bin) => {
    const inHandler: number[][] = [];
    let raisedAt = -1, raisedPc = -1, cur: number[] | undefined;
    trace(bin, (n, insn, m) => {
      if (raisedAt >= 0) { // the instruction after kill/tgkill: the handler's first, not pc+4
        if (n === raisedAt + 1 && insn.addr !== raisedPc + 4) inHandler.push(cur = [n]);
        raisedAt = -1;
      }
      if (insn.row?.mnem !== 'sc') return;
      const nr = m.gl[0];
      if (nr === NR.kill || nr === NR.tgkill) { raisedAt = n; raisedPc = insn.addr; }
      if (nr === NR.rt_sigreturn && cur) { cur.push(n, n + 1); cur = undefined; } // at and after sigreturn
    });
    expect(inHandler.length).toBe(5);
    const cuts: number[] = [];
    for (const [k, [enter, ret, after]] of inHandler.entries()) {
      expect(ret, 'rt_sigreturn after the handler').toBeGreaterThan(enter + 1000);
      cuts.push(enter, enter + 1, Math.floor((enter + ret) / 2) + k, ret);
      if (k === 0 || k === 4) cuts.push(after);
    }
    return { cuts };
  },
  ckpt_syscalls: (bin) => {
    const scs: number[] = [];
    trace(bin, (n, insn) => { if (insn.row?.mnem === 'sc') scs.push(n); });
    expect(scs.length).toBeGreaterThan(150);
    const mid = scs.slice(Math.floor(scs.length / 3), Math.floor((2 * scs.length) / 3));
    const picked = spread(mid, 4);
    return { cuts: [...picked, ...picked.map((c) => c + 1), Math.floor((picked[0] + picked[1]) / 2)] };
  },
};

describe('checkpoint at targeted cuts', () => {
  for (const target of TARGETS) {
    for (const [name, find] of Object.entries(FINDERS)) {
      const bin = `test/bin/${target}/${name}`;
      if (!existsSync(join(ROOT, bin))) continue;
      it(`${target}/${name}`, () => {
        const golden = (ext: string) => readFileSync(join(ROOT, 'test', 'golden', target, `${name}.${ext}`), 'utf8');
        const { cuts: found, reserved = [] } = find(bin);
        const cuts = [...new Set(found)].sort((a, b) => a - b);
        // The uninterrupted run, checkpointing at every cut on the way (which does not disturb it).
        const s0 = sink();
        const p0 = start(bin, s0);
        const images: { cut: number; img: Uint8Array; outLen: number }[] = [];
        for (const cut of cuts) {
          expect(runProcess(p0, cut).kind).toBe('limit');
          expect(p0.m.icount).toBe(cut);
          images.push({ cut, img: checkpoint(p0), outLen: Buffer.concat(s0.out).length });
        }
        const status = finish(p0);
        const want = text(s0);
        expect(want).toBe(golden('stdout'));
        expect(String(status)).toBe(golden('status').trim());

        // halt at each cut, restore into a new process, finish
        for (const { cut, img, outLen } of images) {
          const s = sink();
          const q = restore(img, undefined, s.streams);
          expect(q.m.icount).toBe(cut);
          if (reserved.includes(cut)) expect(q.m.s32[Spr32.RESVALID], `reservation restored at ${cut}`).toBe(1);
          expect(finish(q), `status after restoring at ${cut}`).toBe(status);
          expect(want.slice(0, outLen) + text(s), `output after restoring at ${cut}`).toBe(want);
        }

        // the reservation matters: dropping it makes the store-conditional fail, and the output differ
        if (reserved.length) {
          const { cut, img, outLen } = images.find((i) => i.cut === reserved[0])!;
          const s = sink();
          const q = restore(img, undefined, s.streams);
          q.m.s32[Spr32.RESVALID] = 0;
          finish(q);
          expect(text(s), `output after restoring at ${cut} without the reservation`).not.toBe(want.slice(outLen));
        }

        // checkpoint twice: restore the first cut, run to a later one, checkpoint again (the same
        // bytes as the uninterrupted run's image there), halt, and restore from that second image
        for (let k = 0; k + 1 < images.length; k += 3) {
          const a = images[k], b = images[Math.min(k + 2, images.length - 1)];
          const s1 = sink();
          const q1 = restore(a.img, undefined, s1.streams);
          expect(runProcess(q1, b.cut).kind).toBe('limit');
          const second = checkpoint(q1);
          expect(Buffer.from(second).equals(Buffer.from(b.img)), `image at ${b.cut} after restoring at ${a.cut}`).toBe(true);
          const s2 = sink();
          const q2 = restore(second, undefined, s2.streams);
          expect(finish(q2)).toBe(status);
          expect(want.slice(0, a.outLen) + text(s1) + text(s2), `output via ${a.cut} then ${b.cut}`).toBe(want);
        }
      }, 60_000);
    }
  }
});
