import { describe, expect, it } from 'vitest';
import { Spr64 } from '../../src/cpu/state.js';
import { BASE, exec, M64, machine, setCr, setSpr64, spr64 } from './fxutil.js';

const CRS = [0, 0x20000000, 0xffffffff, 0x00000001, 0xdffffffe, 0x80000000];
const CTRS = [0n, 1n, 2n, 0x100000000n, 0x100000001n, 0xffffffffn, M64];

/** ISA reference of the BO test: [taken, CTR after]. */
function ref(bo: number, bi: number, cr: number, ctr: bigint, sf: boolean, decrements = true): [boolean, bigint] {
  let c = ctr;
  let ctrOk = true;
  if (!(bo & 4) && decrements) {
    c = (c - 1n) & M64;
    const z = sf ? c === 0n : (c & 0xffffffffn) === 0n;
    ctrOk = (bo & 2) ? z : !z;
  }
  const bit = (cr >>> (31 - bi)) & 1;
  const condOk = (bo & 16) !== 0 || bit === ((bo >>> 3) & 1);
  return [ctrOk && condOk, c];
}

describe('bc: every BO value, BI 0/2/31, both modes', () => {
  for (const sf of [true, false]) {
    it(`bc and bcl (${sf ? '64' : '32'}-bit)`, () => {
      const m = machine(sf);
      for (let bo = 0; bo < 32; bo++) for (const bi of [0, 2, 31]) for (const lk of [0, 1]) {
        const word = (0x40000000 | (bo << 21) | (bi << 16) | 0x40 | lk) >>> 0; // bc bo,bi,.+64
        for (const cr of CRS) for (const ctr of CTRS) {
          setCr(m, cr); setSpr64(m, Spr64.CTR, ctr); setSpr64(m, Spr64.LR, 0x1234n);
          exec(m, [word]);
          const [taken, c] = ref(bo, bi, cr, ctr, sf);
          const what = `bo=${bo} bi=${bi} lk=${lk} cr=${cr.toString(16)} ctr=${ctr.toString(16)}`;
          expect(m.pc, what).toBe(taken ? BASE + 0x40 : BASE + 4);
          expect(spr64(m, Spr64.CTR), what).toBe(c);
          expect(spr64(m, Spr64.LR), what).toBe(lk ? BigInt(BASE + 4) : 0x1234n);
        }
      }
    });
  }
  it('backward and absolute targets; 32-bit truncation', () => {
    const m = machine(false);
    exec(m, [0x4bfffff0]); // b .-16
    expect(m.pc).toBe(BASE - 16);
    exec(m, [0x4bfffff3]); // bla -16 (absolute, wraps to 32 bits)
    expect(m.pc).toBe(0xfffffff0);
    expect(spr64(m, Spr64.LR)).toBe(BigInt(BASE + 4));
    const m64 = machine(true);
    exec(m64, [0x48000101]); // bl .+256
    expect(m64.pc).toBe(BASE + 256);
    expect(spr64(m64, Spr64.LR)).toBe(BigInt(BASE + 4));
  });
  it('bdnz loop counts down to zero', () => {
    const m = machine(true);
    setSpr64(m, Spr64.CTR, 5n);
    // addi 3,3,1 ; bdnz .-4
    exec(m, [0x38630001, 0x4200fffc], 10);
    expect(m.gl[3]).toBe(5);
    expect(spr64(m, Spr64.CTR)).toBe(0n);
  });
});

describe('bclr / bcctr / bctar', () => {
  for (const sf of [true, false]) {
    it(`bclr every BO, LK reads the old LR (${sf ? '64' : '32'}-bit)`, () => {
      const m = machine(sf);
      for (let bo = 0; bo < 32; bo++) for (const lk of [0, 1]) for (const cr of CRS) for (const ctr of CTRS) {
        const word = (0x4c000020 | (bo << 21) | (0 << 16) | lk) >>> 0;
        const tgt = sf ? 0x123400000103n : 0x20003n; // low bits ignored
        setCr(m, cr); setSpr64(m, Spr64.CTR, ctr); setSpr64(m, Spr64.LR, tgt);
        exec(m, [word]);
        const [taken, c] = ref(bo, 0, cr, ctr, sf);
        const what = `bo=${bo} lk=${lk} cr=${cr.toString(16)} ctr=${ctr.toString(16)}`;
        expect(m.pc, what).toBe(taken ? Number(tgt & ~3n) : BASE + 4);
        expect(spr64(m, Spr64.CTR), what).toBe(c);
        expect(spr64(m, Spr64.LR), what).toBe(lk ? BigInt(BASE + 4) : tgt);
      }
    });
  }
  it('bcctr/bcctrl non-decrementing forms', () => {
    const m = machine(true);
    for (const bo of [4, 5, 12, 13, 20, 28]) for (const lk of [0, 1]) for (const cr of CRS) {
      setCr(m, cr); setSpr64(m, Spr64.CTR, 0x20000n); setSpr64(m, Spr64.LR, 7n);
      exec(m, [(0x4c000420 | (bo << 21) | (31 << 16) | lk) >>> 0]);
      const [taken] = ref(bo, 31, cr, 0n, true, false);
      expect(m.pc).toBe(taken ? 0x20000 : BASE + 4);
      expect(spr64(m, Spr64.LR)).toBe(lk ? BigInt(BASE + 4) : 7n);
    }
  });
  it('bcctr with BO[2]=0 is illegal on 32-bit CPUs', () => {
    const m = machine(false, '7450');
    expect(() => exec(m, [0x4e000420])).toThrow();
  });
  it('bctar / bctarl', () => {
    const m = machine(true);
    setSpr64(m, Spr64.TAR, 0x30000n);
    exec(m, [0x4e800461]); // bctarl 20,0
    expect(m.pc).toBe(0x30000);
    expect(spr64(m, Spr64.LR)).toBe(BigInt(BASE + 4));
  });
});
