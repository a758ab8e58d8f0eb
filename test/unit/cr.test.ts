import { describe, expect, it } from 'vitest';
import { cr, exec, get, machine, set, setCr, setXer } from './fxutil.js';

const bitOf = (c: number, n: number) => (c >>> (31 - n)) & 1;
const OPS: [string, number, (a: number, b: number) => number][] = [
  ['crand', 257, (a, b) => a & b], ['cror', 449, (a, b) => a | b], ['crxor', 193, (a, b) => a ^ b],
  ['crnand', 225, (a, b) => 1 - (a & b)], ['crnor', 33, (a, b) => 1 - (a | b)], ['creqv', 289, (a, b) => 1 - (a ^ b)],
  ['crandc', 129, (a, b) => a & (1 - b)], ['crorc', 417, (a, b) => a | (1 - b)],
];

describe('CR logical', () => {
  for (const [name, xo, f] of OPS) {
    it(`${name} over bit triples and CR patterns (including bit 0)`, () => {
      const m = machine(true);
      for (const c0 of [0, 0xffffffff, 0x80000001, 0x5a5a5a5a, 0x7ffffffe]) {
        for (const [bt, ba, bb] of [[0, 0, 31], [31, 0, 1], [6, 6, 6], [1, 2, 3], [16, 17, 4], [0, 1, 0]]) {
          setCr(m, c0);
          exec(m, [((19 << 26) | (bt << 21) | (ba << 16) | (bb << 11) | (xo << 1)) >>> 0]);
          const r = f(bitOf(c0, ba), bitOf(c0, bb));
          const expect32 = ((c0 & ~(1 << (31 - bt))) | (r << (31 - bt))) >>> 0;
          expect(cr(m), `${name} ${bt},${ba},${bb} cr=${c0.toString(16)}`).toBe(expect32);
        }
      }
    });
  }
});

describe('CR moves', () => {
  it('mcrf', () => {
    const m = machine(true);
    setCr(m, 0x12345678);
    exec(m, [0x4c800000]); // mcrf 1,0
    expect(cr(m)).toBe(0x11345678);
    exec(m, [0x4f8c0000]); // mcrf 7,3
    expect(cr(m)).toBe(0x11345674);
  });
  it('mfcr / mtcrf / mfocrf / mtocrf', () => {
    const m = machine(true);
    setCr(m, 0x89abcdef);
    set(m, 3, 0xffffffff00000000n);
    exec(m, [0x7c600026]); // mfcr 3
    expect(get(m, 3)).toBe(0x89abcdefn);
    exec(m, [0x7c720026]); // mfocrf 3,0x20 -> field 2
    expect(get(m, 3)).toBe(0x00a00000n);
    set(m, 3, 0x1234567801234567n);
    exec(m, [0x7c6ff120]); // mtcrf 0xff,3
    expect(cr(m)).toBe(0x01234567);
    setCr(m, 0xffffffff);
    exec(m, [0x7c701120]); // mtocrf 0x01,3
    expect(cr(m)).toBe(0xfffffff7);
    setCr(m, 0xffffffff);
    exec(m, [0x7c681120]); // mtcrf 0x81,3
    expect(cr(m)).toBe(0x0ffffff7);
    // mtocrf with two FXM bits: no effect (as QEMU)
    setCr(m, 0xffffffff);
    exec(m, [0x7c781120]); // mtocrf 0x81,3
    expect(cr(m)).toBe(0xffffffff);
  });
  it('mcrxrx', () => {
    const m = machine(true);
    setXer(m, 0x40000000 | 0x00040000); // OV, CA32
    exec(m, [0x7d800480]); // mcrxrx 3
    expect((cr(m) >>> 16) & 0xf).toBe(0b1001);
    setXer(m, 0x20000000 | 0x00080000); // CA, OV32
    exec(m, [0x7d800480]);
    expect((cr(m) >>> 16) & 0xf).toBe(0b0110);
  });
});

describe('instructions that run where the hardware lacks them', () => {
  // mcrxr cr3 (31/512), mfocrf r3,0x10 (field 3), mtocrf 0x10,r3, popcntb r4,r3, isel r5,r3,r4,eq
  const MCRXR3 = 0x7d800400, MFOCRF = 0x7c710026, MTOCRF = 0x7c710120, POPCNTB = 0x7c6400f4, ISEL = 0x7ca3209e;
  it('mcrxr: CR[BF] <- XER SO/OV/CA/0, which it clears (natively on 750/e500, emulated by Linux on POWER9)', () => {
    for (const model of ['7450', 'e500v2', 'POWER9', 'POWER10']) {
      const m = machine(model !== '7450' && model !== 'e500v2' ? true : false, model);
      setCr(m, 0x12345678); setXer(m, 0xe000007f);
      exec(m, [MCRXR3]);
      expect(cr(m), model).toBe(0x123e5678);
      expect(m.s32[1] >>> 0, model).toBe(0x0000007f); // Spr32.XER
      expect(m.usedFeatures(), model).not.toContain('mcrxr');
      // reserved XER bit 35 (written by mtxer) is not copied (Valgrind's jm-int_other: CR 0)
      setCr(m, 0); setXer(m, 0x10000000);
      exec(m, [MCRXR3]);
      expect(cr(m), model).toBe(0);
      expect(m.s32[1] >>> 0, model).toBe(0);
    }
  });
  it('mfocrf/mtocrf run as mfcr/mtcrf on chips that ignore bit 11 (750, 74xx, e500)', () => {
    for (const model of ['750', '7400', '7450', 'e500v2']) {
      const m = machine(false, model);
      setCr(m, 0x12345678);
      exec(m, [MFOCRF]);
      expect(get(m, 3), model).toBe(0x12345678n); // all of CR, as mfcr
      set(m, 3, 0xabcdef01n);
      exec(m, [MTOCRF]);
      expect(cr(m), model).toBe(0x123d5678); // FXM 0x10: field 3 only, as mtcrf 0x10
      expect(m.usedFeatures(), model).not.toContain('mfocrf');
    }
    const p9 = machine(true, 'POWER9');
    setCr(p9, 0x12345678);
    exec(p9, [MFOCRF]);
    expect(get(p9, 3)).toBe(0x00040000n); // the single field
  });
  it('popcntb and isel run everywhere (Linux emulates them where they trap)', () => {
    for (const model of ['750', '970', 'POWER9']) {
      const m = machine(model !== '750', model);
      set(m, 3, 0x0103070fn); set(m, 4, 7n); setCr(m, 0x20000000);
      exec(m, [POPCNTB]);
      expect(get(m, 4), model).toBe(0x01020304n);
      exec(m, [ISEL]);
      expect(get(m, 5), model).toBe(0x0103070fn);
    }
  });
});
