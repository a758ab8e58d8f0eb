// The inline FP/VSX memory, move and permute code of translated blocks (src/cpu/fpu/inline.ts)
// against the row handlers, on random and special register and memory images (binary32
// denormals, NaNs with payloads, signaling NaNs, infinities, doubles outside the binary32
// range), big- and little-endian, 32- and 64-bit mode, D/X and update forms: the same memory
// bytes, registers (VSRs and GPRs) afterwards. (The arithmetic is fuzzed in fpfuzz.test.ts.)
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inlined } from '../../bench/fpfuzz.js';
import { Insn } from '../../src/cpu/insn.js';
import { decodeTable, type Machine } from '../../src/cpu/machine.js';
import { parseElf } from '../../src/linux/elf.js';
import { createProcess } from '../../src/linux/run.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const D = (op: number, t: number, a: number, d: number): number => ((op << 26) | (t << 21) | (a << 16) | (d & 0xffff)) >>> 0;
const X = (xo: number, t: number, a: number, b: number, tx = 0): number => ((31 << 26) | (t << 21) | (a << 16) | (b << 11) | (xo << 1) | tx) >>> 0;
const DQ = (xo: number, t: number, a: number, dq: number): number => ((61 << 26) | ((t & 31) << 21) | (a << 16) | ((dq & 0xfff) << 4) | ((t >> 5) << 3) | xo) >>> 0;
const XX3 = (xo: number, t: number, a: number, b: number, dm = 0): number =>
  ((60 << 26) | ((t & 31) << 21) | ((a & 31) << 16) | ((b & 31) << 11) | (dm << 8) | (xo << 3) | ((a >> 5) << 2) | ((b >> 5) << 1) | (t >> 5)) >>> 0;

/** Instruction words: r1 is the base (stack), r9 an index register; FPR/VSR 5..7. */
const WORDS: [string, number][] = [
  ['lfd', D(50, 5, 1, -64)], ['lfs', D(48, 5, 1, -60)], ['stfd', D(54, 6, 1, -48)], ['stfs', D(52, 6, 1, -44)],
  ['lfdu', D(51, 5, 1, -64)], ['lfsu', D(49, 5, 1, -60)], ['stfdu', D(55, 6, 1, -40)], ['stfsu', D(53, 6, 1, -36)],
  ['lfdx', X(599, 7, 1, 9)], ['lfsx', X(535, 7, 1, 9)], ['stfdx', X(727, 6, 1, 9)], ['stfsx', X(663, 6, 1, 9)],
  ['lfdux', X(631, 7, 1, 9)], ['stfsux', X(695, 6, 1, 9)],
  ['lxvd2x', X(844, 5, 1, 9, 1)], ['stxvd2x', X(972, 6, 1, 9, 1)], ['lxvx', X(268, 5, 1, 9, 1)], ['stxvx', X(396, 6, 1, 9)],
  ['lxv', DQ(1, 37, 1, -4)], ['stxv', DQ(5, 6, 1, -3)],
  ['fmr', ((63 << 26) | (5 << 21) | (6 << 11) | (72 << 1)) >>> 0], ['fneg', ((63 << 26) | (5 << 21) | (6 << 11) | (40 << 1)) >>> 0],
  ['fabs', ((63 << 26) | (5 << 21) | (6 << 11) | (264 << 1)) >>> 0], ['fnabs', ((63 << 26) | (5 << 21) | (6 << 11) | (136 << 1)) >>> 0],
  ['fcpsgn', ((63 << 26) | (5 << 21) | (7 << 16) | (6 << 11) | (8 << 1)) >>> 0],
  ['xxpermdi', XX3(10, 5, 38, 7, 1)], ['xxpermdi', XX3(10, 40, 6, 39, 2)], ['xxlor', XX3(146, 5, 6, 39)],
  ['xxlxor', XX3(154, 37, 6, 7)], ['xxland', XX3(130, 5, 38, 7)],
];

class Rng {
  s: number;
  constructor(seed: number) { this.s = seed >>> 0; }
  u32(): number { this.s = (this.s + 0x6d2b79f5) >>> 0; let t = this.s; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return (t ^ (t >>> 14)) >>> 0; }
}
/** A word pair that is often a special value (as a double or as two binary32 values). */
function pattern(r: Rng): [number, number] {
  const k = r.u32() % 8, lo = r.u32();
  switch (k) {
    case 0: return [0x7ff00000 | (r.u32() & 0x800fffff), lo]; // inf/NaN (either sign, any payload)
    case 1: return [0x36a00000 + (r.u32() & 0x1fffff), lo & 0xe0000000]; // binary32-denormal range
    case 2: return [(r.u32() & 0x807fffff) | 0x7f800000, (r.u32() & 0x807fffff) | 0x7f800000]; // binary32 NaN/inf
    case 3: return [r.u32() & 0x80000000, 0];
    case 4: return [0x38000000 + (r.u32() & 0x0fffffff), lo & 0xe0000000];
    default: return [r.u32(), lo];
  }
}

const STACK_WINDOW = 256;
function snapshot(m: Machine, sp: number): number[] {
  const W = m.st.vsrU32, out: number[] = [];
  for (let k = 0; k < 64 * 4; k++) out.push(W[k]);
  for (let r = 0; r < 32; r++) out.push(m.gh[r], m.gl[r]);
  for (let a = sp - STACK_WINDOW; a < sp + STACK_WINDOW; a += 4) out.push(m.mem.read32(a));
  return out;
}

function check(target: string, sfMode: boolean): void {
  const prog = 'fp_bench_vsx';
  const { proc } = createProcess(parseElf(new Uint8Array(readFileSync(join(ROOT, 'test/bin', target, prog)))),
    { argv: [prog], cpu: 'power9' }, { stdout: () => {}, stderr: () => {} });
  const m = proc.m;
  m.run(20_000); // past start-up: a stack and mapped data
  expect(m.sf).toBe(sfMode);
  const sp = m.gh[1] * 4294967296 + m.gl[1];
  const r = new Rng(target.length * 7919);
  const gh1 = m.gh[1], gl1 = m.gl[1];
  for (const [name, word] of WORDS) {
    const row = decodeTable().lookup(word);
    expect(row?.mnem, name).toBe(name);
    const insn = new Insn(word, m.pc, row!.h, row!);
    const exec = inlined(insn);
    expect(exec, `${name} is inlined`).toBeDefined();
    for (let n = 0; n < 300; n++) {
      // registers: VSR 0..63 patterns; r1 = sp, r9 = a small signed index; stack window patterns
      const W = m.st.vsrU32;
      for (let v = 0; v < 64; v++) { const [a, b] = pattern(r); const [c, d] = pattern(r); W[4 * v] = a; W[4 * v + 1] = b; W[4 * v + 2] = c; W[4 * v + 3] = d; }
      for (let a = sp - STACK_WINDOW; a < sp + STACK_WINDOW; a += 8) { const [h, l] = pattern(r); m.mem.write64(a, h, l); }
      const idx = ((r.u32() % 48) - 24) * 4;
      const save = snapshot(m, sp);
      const setGprs = (): void => { m.gh[1] = gh1; m.gl[1] = gl1; m.gl[9] = idx >>> 0; m.gh[9] = idx < 0 ? 0xffffffff : 0; };
      const restore = (): void => {
        let k = 0;
        for (; k < 256; k++) W[k] = save[k];
        for (let g = 0; g < 32; g++) { m.gh[g] = save[k++]; m.gl[g] = save[k++]; }
        for (let a = sp - STACK_WINDOW; a < sp + STACK_WINDOW; a += 4) m.mem.write32(a, save[k++]);
        setGprs();
      };
      restore();
      insn.h(m, insn);
      const want = snapshot(m, sp);
      restore();
      exec!(m, insn);
      const got = snapshot(m, sp);
      const diff = want.findIndex((w, j) => w !== got[j]);
      expect(diff, `${target} ${name} case ${n}: first difference at snapshot word ${diff}`).toBe(-1);
      restore();
    }
  }
}

describe('inline FP/VSX memory, move and permute code matches the handlers', () => {
  it('ppc64le (64-bit, little-endian)', () => check('ppc64le', true));
  it('ppc64 (64-bit, big-endian)', () => check('ppc64', true));
  it('ppc32 (32-bit, big-endian)', () => check('ppc32', false));
});
