// The wasm tier's compare-and-branch fusion (src/cpu/wasm/emit.ts fuseBranch): a block ending in a
// bc on a bit of a field a compare (or a record form) set earlier in the block branches on the
// compare's own operands, unless the CR was written in between. Every compare form, every bit
// of the field, both senses of the bc, what may come between, and operands equal, ordered
// either way, and differing only in their high or low words (so word and doubleword compares
// disagree), against the interpreter: the branches taken (a bit per case in r30 and r31), the
// CR, XER and every GPR.
import { describe, expect, it } from 'vitest';
import { Spr32 } from '../../src/cpu/state.js';
import { wasmStats } from '../../src/cpu/wasm/compile.js';
import { CODE, DATA, machine, MODES, run, type Setup, tag } from './wasm-harness.js';

const X = (rt: number, ra: number, rb: number, xo: number, rc = 0) => ((31 << 26) | (rt << 21) | (ra << 16) | (rb << 11) | (xo << 1) | rc) >>> 0;
const D = (op: number, rt: number, ra: number, d: number) => ((op << 26) | (rt << 21) | (ra << 16) | (d & 0xffff)) >>> 0;
const bc = (bo: number, bi: number, off: number) => ((16 << 26) | (bo << 21) | (bi << 16) | (off & 0xfffc)) >>> 0;
const ori = (ra: number, rs: number, v: number) => D(24, rs, ra, v);
const oris = (ra: number, rs: number, v: number) => D(25, rs, ra, v);

/** Compares setting field bf from r3 and r4 (or an immediate); record forms set CR0. */
const FORMS: { name: string; word: (bf: number) => number; cr0Only?: true }[] = [
  { name: 'cmpw', word: (bf) => X(bf << 2, 3, 4, 0) },
  { name: 'cmpd', word: (bf) => X((bf << 2) | 1, 3, 4, 0) },
  { name: 'cmplw', word: (bf) => X(bf << 2, 3, 4, 32) },
  { name: 'cmpld', word: (bf) => X((bf << 2) | 1, 3, 4, 32) },
  { name: 'cmpwi', word: (bf) => D(11, bf << 2, 3, -5) },
  { name: 'cmpdi', word: (bf) => D(11, (bf << 2) | 1, 3, 7) },
  { name: 'cmplwi', word: (bf) => D(10, bf << 2, 3, 9) },
  { name: 'cmpldi', word: (bf) => D(10, (bf << 2) | 1, 3, 0) },
  { name: 'subf.', word: () => X(5, 4, 3, 40, 1), cr0Only: true },
  { name: 'andi.', word: () => D(28, 3, 6, 0x8001), cr0Only: true },
];

/** r3/r4 pairs as [high, low] words: equal, each order, equal low words only, equal high words only, negative. */
const OPERANDS: [number, number, number, number][] = [
  [0, 7, 0, 7], [0, 3, 0, 9], [0, 9, 0, 3], [1, 5, 0, 5], [0, 5, 1, 5], [0xffffffff, 0xfffffffb, 0, 0],
  [0x80000000, 0, 0x7fffffff, 0xffffffff], [0, 0x80000000, 0, 0x7fffffff], [0xffffffff, 0xffffffff, 0, 1], [0, 0, 0, 0],
];

const addi = (rt: number, ra: number, v: number) => D(14, rt, ra, v);
const crnor = (bt: number, ba: number, bb: number) => ((19 << 26) | (bt << 21) | (ba << 16) | (bb << 11) | (33 << 1)) >>> 0;

/**
 * What comes between the compare and the bc: nothing, an instruction leaving the CR alone, one
 * flipping the bit the bc tests (crnor) and, for CR0, a record form setting it anew (or.) and a
 * stwcx. (a handler call: no reservation, so it fails, CR0 = 0b001 || SO): the bc must see those
 * writes, not the compare's bit.
 */
const BETWEEN = (bf: number, bi: number): number[][] =>
  [[], [addi(7, 7, 1)], [crnor(bi, bi, bi)], ...(bf === 0 ? [[X(5, 6, 5, 444, 1)], [X(7, 0, 8, 150, 1)]] : [])];

/** One block per case: the compare, what comes between, a bc over the next word, which sets the case's bit in r30 or r31. */
function program(bf: number, form: (typeof FORMS)[number]): { words: number[]; cases: number } {
  const words: number[] = [];
  let k = 0;
  for (const bit of [0, 1, 2, 3]) {
    for (const bo of [12, 4]) {
      for (const between of BETWEEN(bf, 4 * bf + bit)) {
        const r = k < 32 ? 30 : 31, b = k % 32; // (a bit per case: r30, then r31)
        words.push(form.word(bf), ...between, bc(bo, 4 * bf + bit, 8), b < 16 ? ori(r, r, 1 << b) : oris(r, r, 1 << (b - 16)));
        k++;
      }
    }
  }
  return { words, cases: k };
}

describe('wasm tier: a compare and the bc after it (fused) branch as the interpreter does', () => {
  for (const mode of MODES) {
    it(`every compare form, field bit and sense (${tag(mode)})`, () => {
      const regions0 = wasmStats.blocks;
      for (const form of FORMS) {
        for (const bf of form.cr0Only ? [0] : [0, 7]) {
          const { words } = program(bf, form);
          for (const [h3, l3, h4, l4] of OPERANDS) {
            for (const xer of [0, 0x60000000, 0xe0000000]) { // SO, and OV and CA without it
              const s: Setup = { words, regs: new Float64Array(64), gprs: {}, fpscr: 0, fe: false, data: new Uint8Array(16) };
              const prep = (tier: 'interp' | 'wasm') => {
                const m = machine(mode, tier, s);
                m.gh[3] = h3; m.gl[3] = l3; m.gh[4] = h4; m.gl[4] = l4;
                m.s32[Spr32.XER] = xer;
                m.gh[5] = 0; m.gl[5] = 0xfffffff0; // (or. r6,r5,r5: CR0 GT in 64-bit mode, LT in 32-bit)
                m.gh[8] = 0; m.gl[8] = DATA; // (stwcx. r7,0,r8)
                m.s32[Spr32.CR] = 0x12345678;
                return m;
              };
              const want = run(prep('interp'), words.length);
              const got = run(prep('wasm'), words.length);
              expect(got, `${form.name} cr${bf} r3=${h3.toString(16)}:${l3.toString(16)} r4=${h4.toString(16)}:${l4.toString(16)} xer=${xer.toString(16)}`).toEqual(want);
            }
          }
        }
      }
      expect(wasmStats.blocks - regions0).toBeGreaterThan(0);
    });
  }

  it('the branches do not all go one way (the test can tell taken from not taken)', () => {
    const { words } = program(0, FORMS[0]);
    const s: Setup = { words, regs: new Float64Array(64), gprs: { 3: 3, 4: 9, 8: DATA }, fpscr: 0, fe: false, data: new Uint8Array(16) };
    const r = run(machine(MODES[0], 'wasm', s), words.length);
    // cmpw 3, 9: LT set, GT, EQ and SO clear; each bit: branch if true, then if false, each with
    // nothing, an addi, a crnor flipping the bit, an or. of r5 = 0 (EQ only) and a failing
    // stwcx. (all clear) between; a case's bit set: it fell through
    expect(r.gl[30]).toBe(0xd9326c7c);
    expect(r.gl[31]).toBe(0x26);
    expect(r.pc).toBe(CODE + 4 * words.length);
  });
});
