// Power ISA 3.1 prefixed (8-byte) instructions and the 4-byte ISA 3.1 additions: decoding one
// Insn from prefix + suffix (the prefix is the first word in memory in both byte orders), the
// 34-bit displacement, PC-relative (R=1) addressing, the next address and the instruction count,
// the 64-byte boundary (SIGBUS), invalid R=1 forms and models without ISA 3.1 (SIGILL), and
// disassembly. Words are from GNU as -mpower10.
import { describe, expect, it } from 'vitest';
import { disassemble } from '../../src/cpu/disasm.js';
import { decodeTable } from '../../src/cpu/machine.js';
import { SIGBUS, SIGILL } from '../../src/cpu/machine.js';
import { Spr64 } from '../../src/cpu/state.js';
import { CODE, DATA, exec, execAll, fault, fillData, mk } from './harness.js';

const P = {
  pld: [0x04000000, 0xe4640008], // pld r3,8(r4)
  pla120: [0x06100000, 0x38a00078], // pla r5,120 (R=1)
  paddiMax: [0x0601ffff, 0x38e8ffff], // paddi r7,r8,0x1ffffffff
  pliM5: [0x0603ffff, 0x38c0fffb], // pli r6,-5
  plxv33: [0x04000000, 0xcc240010], // plxv vs33,16(r4)
  pstdNeg: [0x04020000, 0xf4640000], // pstd r3,-0x200000000(r4)
  xxspltidp: [0x05003fc0, 0x83840000], // xxspltidp vs28,0x3fc00000
  xxsplti32dx: [0x0500fedc, 0x8023ba98], // xxsplti32dx vs33,1,0xfedcba98
  plfdPc: [0x06100000, 0xc8200010], // plfd f1,16 (R=1)
  plxsd: [0x0403ffff, 0xa849fffc], // plxsd v2,-4(r9)
};
const SETNBC = 0x7c650380; // setnbc r3,4*cr1+gt
const BRD = 0x7c830176; // brd r3,r4
const NOP = 0x60000000;

/** The double with the given high and low words. */
const f64 = (hi: number, lo: number) => {
  const dv = new DataView(new ArrayBuffer(8));
  dv.setUint32(0, hi); dv.setUint32(4, lo);
  return dv.getFloat64(0);
};
const g = (m: ReturnType<typeof mk>, r: number) => (BigInt(m.gh[r]) << 32n) | BigInt(m.gl[r]);
const setG = (m: ReturnType<typeof mk>, r: number, v: bigint) => {
  m.gh[r] = Number((v >> 32n) & 0xffffffffn); m.gl[r] = Number(v & 0xffffffffn);
};

for (const le of [false, true]) {
  describe(`prefixed instructions (${le ? 'little' : 'big'}-endian)`, () => {
    const p10 = () => mk({ le, model: 'POWER10' });

    it('pld: RA + 34-bit displacement, one instruction of 8 bytes', () => {
      const m = p10();
      fillData(m);
      setG(m, 4, BigInt(DATA));
      execAll(m, [...P.pld, NOP], 2);
      const b = [...m.mem.readBytes(DATA + 8, 8)];
      const v = (le ? b.reverse() : b).reduce((a, x) => (a << 8n) | BigInt(x), 0n);
      expect(g(m, 3)).toBe(v);
      expect(m.pc).toBe(CODE + 12);
      expect(m.icount).toBe(2);
    });

    it('pla / pli / paddi: PC-relative address, sign extension, carries over 64 bits', () => {
      const m = p10();
      setG(m, 8, 0xffffffffn);
      execAll(m, [NOP, ...P.pla120, ...P.paddiMax, ...P.pliM5], 4);
      expect(g(m, 5)).toBe(BigInt(CODE + 4 + 120));
      expect(g(m, 7)).toBe(0xffffffffn + 0x1ffffffffn);
      expect(g(m, 6)).toBe(0xfffffffffffffffbn);
      expect(m.pc).toBe(CODE + 4 + 24);
      expect(m.icount).toBe(4);
    });

    it('pstd with a negative displacement beyond 32 bits; plfd PC-relative', () => {
      const m = p10();
      setG(m, 3, 0x0123456789abcdefn);
      setG(m, 4, BigInt(DATA) + 0x200000000n);
      // plfd f1,16 at CODE+8 reads CODE+24: the data word pair after the code
      execAll(m, [...P.pstdNeg, ...P.plfdPc, NOP, NOP, 0x40091eb8, 0x51eb851f], 3);
      const b = [...m.mem.readBytes(DATA, 8)];
      expect((le ? b.reverse() : b).map((x) => x.toString(16).padStart(2, '0')).join('')).toBe('0123456789abcdef');
      // the doubleword at CODE+24 in the current byte order: 0x40091eb851eb851f (3.14) in BE
      expect(m.st.vsrF64[2 * 1]).toBe(le ? f64(0x51eb851f, 0x40091eb8) : 3.14);
    });

    it('plxv (XT >= 32 via TX in the suffix), plxsd, xxspltidp, xxsplti32dx', () => {
      const m = p10();
      fillData(m);
      setG(m, 4, BigInt(DATA));
      setG(m, 9, BigInt(DATA + 4));
      execAll(m, [...P.plxv33, ...P.plxsd, ...P.xxspltidp, ...P.xxsplti32dx], 4);
      // vs33 = VR1 got 16 bytes at DATA+16, then words 1 and 3 were replaced by 0xfedcba98.
      const m2 = p10();
      fillData(m2);
      setG(m2, 4, BigInt(DATA));
      execAll(m2, [...P.plxv33], 1);
      const word = (mm: typeof m, r: number, e: number) => mm.st.getVsrWord(r, e);
      expect(word(m, 33, 0)).toBe(word(m2, 33, 0));
      expect(word(m, 33, 2)).toBe(word(m2, 33, 2));
      expect(word(m, 33, 1)).toBe(0xfedcba98);
      expect(word(m, 33, 3)).toBe(0xfedcba98);
      expect(word(m2, 33, 1)).not.toBe(0xfedcba98);
      // xxspltidp 1.5f -> 1.5 in both doublewords of vs28
      expect([word(m, 28, 0), word(m, 28, 1), word(m, 28, 2), word(m, 28, 3)]).toEqual([0x3ff80000, 0, 0x3ff80000, 0]);
      // plxsd v2 (vs34): doubleword 0 from DATA (disp -4 from DATA+4), doubleword 1 zero
      expect(word(m, 34, 2)).toBe(0);
      expect(word(m, 34, 3)).toBe(0);
      expect(m.used[19]).toBe(1); // isa310
    });

    it('setnbc and brd (4-byte ISA 3.1)', () => {
      const m = p10();
      m.s32[0] = 0; // CR
      setG(m, 4, 0x0123456789abcdefn);
      m.setCrField(1, 0b0100); // cr1.gt
      execAll(m, [SETNBC, BRD]);
      // brd overwrote r3 after setnbc: check setnbc alone
      expect(g(m, 3)).toBe(0xefcdab8967452301n);
      const m2 = p10();
      m2.setCrField(1, 0b0100);
      execAll(m2, [SETNBC]);
      expect(g(m2, 3)).toBe(0xffffffffffffffffn);
    });

    it('a prefix in the last word of a 64-byte block raises SIGBUS', () => {
      const m = p10();
      const words = [...Array(15).fill(NOP), ...P.pliM5];
      const f = fault(m, words);
      expect(f.signo).toBe(SIGBUS);
      expect(m.pc).toBe(CODE + 60);
    });

    it('R=1 with RA != 0 is an invalid form; without ISA 3.1 the prefix is illegal', () => {
      expect(fault(p10(), [0x04100000, 0xe4640008]).signo).toBe(SIGILL); // pld r3,8(r4),1
      expect(fault(mk({ le, model: 'POWER9' }), P.pld).signo).toBe(SIGILL);
    });

    it('translated blocks run prefixed instructions at the right addresses, counting one each', () => {
      // loop: pla r5,120 ; addi r6,r6,1 ; bdnz loop  (hot enough to be translated)
      const m = p10();
      m.s64[2 * Spr64.CTR + 1] = 40;
      const r = exec(m, [...P.pla120, 0x38c60001, 0x4200fff4, NOP], 3 * 40);
      expect(r.kind).toBe('limit');
      expect(g(m, 5)).toBe(BigInt(CODE + 120));
      expect(g(m, 6)).toBe(40n);
      expect(m.pc).toBe(CODE + 16);
      expect(m.icount).toBe(120);
    });
  });
}

describe('prefixed disassembly', () => {
  const t = decodeTable();
  const dis = (pw: number[], addr = 0) => disassemble(pw[1], addr, t.lookupPrefixed(pw[0], pw[1]), {}, pw[0]);
  it('matches objdump', () => {
    expect(dis(P.pld)).toBe('pld     r3,8(r4)');
    expect(dis(P.pla120, 8)).toBe('pla     r5,120');
    expect(dis(P.paddiMax)).toBe('paddi   r7,r8,8589934591');
    expect(dis(P.pliM5)).toBe('pli     r6,-5');
    expect(dis(P.plxv33)).toBe('plxv    vs33,16(r4)');
    expect(dis(P.pstdNeg)).toBe('pstd    r3,-8589934592(r4)');
    expect(dis(P.xxspltidp)).toBe('xxspltidp vs28,1069547520');
    expect(dis(P.xxsplti32dx)).toBe('xxsplti32dx vs33,1,4275878552');
    expect(dis(P.plfdPc)).toBe('plfd    f1,16');
    expect(dis(P.plxsd)).toBe('plxsd   v2,-4(r9)');
    expect(disassemble(SETNBC, 0, t.lookup(SETNBC))).toBe('setnbc  r3,4*cr1+gt');
    expect(disassemble(BRD, 0, t.lookup(BRD))).toBe('brd     r3,r4');
  });
});

describe('ISA 3.1 reserved encodings and paired loads', () => {
  it('lxvkq with a reserved UIM and vgnb with N < 2 raise SIGILL; valid ones run', () => {
    const m = mk({ model: 'POWER10' });
    const lxvkq = (u: number) => (0xf05f02d1 | (u << 11)) >>> 0; // lxvkq vs34,u
    for (const u of [0, 10, 15, 25, 31]) expect(fault(m, [lxvkq(u)]).signo, `UIM ${u}`).toBe(SIGILL);
    execAll(m, [lxvkq(17)]);
    expect(m.st.getVsrWord(34, 0)).toBe(0xbfff0000); // -1.0
    expect(fault(m, [0x102104cc]).signo).toBe(SIGILL); // vgnb r1,v0,1
    execAll(m, [0x102204cc]); // vgnb r1,v0,2
  });

  it('lxvp changes no register when the second quadword faults', () => {
    const m = mk({ model: 'POWER10' });
    m.st.setVsrDw(34, 0, 0x1111n);
    m.gh[4] = 0; m.gl[4] = DATA + 0x2000 - 16; // the first 16 bytes mapped, the next not
    expect(fault(m, [0x18640000]).signo).toBe(11); // lxvp vs34,0(r4)
    expect(m.st.getVsrDw(34, 0)).toBe(0x1111n);
  });
});
