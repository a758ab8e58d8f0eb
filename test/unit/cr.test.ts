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
