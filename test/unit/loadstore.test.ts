// Load/store instructions: widths, alignments, both byte orders, update forms, invalid forms,
// faults that leave registers untouched, multiple/string forms, quadword, reservations.
// Instruction words come from powerpc64-linux-gnu-as -mpower9 (hand-encoded where gas refuses).

import { describe, expect, it } from 'vitest';
import { Machine } from '../../src/cpu/machine.js';
import { bytesAt, CODE, DATA, exec, fault, fillData, get, mk, set } from './harness.js';

const SIGILL = 4, SIGBUS = 7, SIGSEGV = 11;
const W = {
  lbz: 0x88640000, lbzu: 0x8c640001, lbzx: 0x7c6428ae, lbzux: 0x7c6428ee,
  lhz: 0xa0640000, lhzu: 0xa4640002, lhzx: 0x7c642a2e, lhzux: 0x7c642a6e,
  lha: 0xa8640000, lhau: 0xac640002, lhax: 0x7c642aae, lhaux: 0x7c642aee,
  lwz: 0x80640000, lwzu: 0x84640008, lwzx: 0x7c64282e, lwzux: 0x7c64286e,
  lwa: 0xe8640002, lwax: 0x7c642aaa, lwaux: 0x7c642aea,
  ld: 0xe8640000, ldu: 0xe8640009, ldx: 0x7c64282a, ldux: 0x7c64286a,
  stb: 0x98640000, stbu: 0x9c640001, stbx: 0x7c6429ae, stbux: 0x7c6429ee,
  sth: 0xb0640000, sthu: 0xb4640002, sthx: 0x7c642b2e, sthux: 0x7c642b6e,
  stw: 0x90640000, stwu: 0x9464fff8, stwx: 0x7c64292e, stwux: 0x7c64296e,
  std: 0xf8640000, stdu: 0xf864fff1, stdx: 0x7c64292a, stdux: 0x7c64296a,
  lhbrx: 0x7c642e2c, lwbrx: 0x7c642c2c, ldbrx: 0x7c642c28,
  sthbrx: 0x7c642f2c, stwbrx: 0x7c642d2c, stdbrx: 0x7c642d28,
  lmw28: 0xbb840000, stmw28: 0xbf840000,
  lswi5_7: 0x7ca43caa, lswx5: 0x7ca4342a, stswi5_7: 0x7ca43daa, stswx5: 0x7ca4352a,
  lswi30_16: 0x7fc384aa, lswi4_ra4: 0x7c8444aa, lswi30_ra1: 0x7fc184aa,
  lq6: 0xe0c40000, stq6: 0xf8c40002, lq7: 0xe0e40000,
  lbarx: 0x7c602068, lharx: 0x7c6020e8, lwarx: 0x7c602028, ldarx: 0x7c6020a8, lqarx6: 0x7cc02228,
  lwarxEH: 0x7c602029,
  stbcx: 0x7c60256d, sthcx: 0x7c6025ad, stwcx: 0x7c60212d, stdcx: 0x7c6021ad, stqcx6: 0x7cc0216d,
  lwzu_rt_eq_ra: 0x84840000, lwzu_ra0: 0x84600000, stwu_ra0: 0x94600000,
  lwz_m4: 0x8064fffc,
};

describe.each([false, true])('loads, le=%s', (le) => {
  const rd = (m: Machine, w: number, ea: number, rb = 0n) => {
    set(m, 3, 0x5555555555555555n); set(m, 4, BigInt(ea)); set(m, 5, rb);
    exec(m, [w]);
    return get(m, 3);
  };
  // Bytes at DATA: 80 81 82 83 84 85 86 87 88 ...
  const be = (k: number, n: number) => {
    let v = 0n;
    for (let j = 0; j < n; j++) v = (v << 8n) | BigInt((0x80 + k + (le ? n - 1 - j : j)) & 0xff);
    return v;
  };
  const sx = (v: bigint, bitsN: number) => BigInt.asUintN(64, BigInt.asIntN(bitsN, v));

  it('all widths at every alignment', () => {
    const m = mk({ le });
    fillData(m, 64);
    for (let k = 0; k < 8; k++) {
      expect(rd(m, W.lbz, DATA + k)).toBe(be(k, 1));
      expect(rd(m, W.lhz, DATA + k)).toBe(be(k, 2));
      expect(rd(m, W.lha, DATA + k)).toBe(sx(be(k, 2), 16));
      expect(rd(m, W.lwz, DATA + k)).toBe(be(k, 4));
      expect(rd(m, W.lwax, DATA, BigInt(k))).toBe(sx(be(k, 4), 32));
      expect(rd(m, W.ldx, DATA, BigInt(k))).toBe(be(k, 8));
      expect(rd(m, W.lhax, DATA, BigInt(k))).toBe(sx(be(k, 2), 16));
    }
    expect(rd(m, W.lwa, DATA + 4)).toBe(sx(be(4, 4), 32));
    expect(rd(m, W.ld, DATA + 8)).toBe(be(8, 8));
  });

  it('accesses crossing a page boundary', () => {
    const m = mk({ le });
    fillData(m, 16, 0x80, DATA + 0x1000 - 8);
    const at = DATA + 0x1000 - 8;
    const v = (k: number, n: number) => {
      let r = 0n;
      for (let j = 0; j < n; j++) r = (r << 8n) | BigInt(0x80 + k + (le ? n - 1 - j : j));
      return r;
    };
    for (let k = 5; k < 8; k++) {
      expect(rd(m, W.ld, at + k)).toBe(v(k, 8));
      expect(rd(m, W.lwz, at + k)).toBe(v(k, 4));
    }
    expect(rd(m, W.lhz, at + 7)).toBe(v(7, 2));
  });

  it('byte-reversed loads reverse relative to the current order', () => {
    const m = mk({ le });
    fillData(m, 16);
    const rev = (k: number, n: number) => {
      let r = 0n;
      for (let j = 0; j < n; j++) r = (r << 8n) | BigInt(0x80 + k + (le ? j : n - 1 - j));
      return r;
    };
    expect(rd(m, W.lhbrx, DATA, 1n)).toBe(rev(1, 2));
    expect(rd(m, W.lwbrx, DATA, 3n)).toBe(rev(3, 4));
    expect(rd(m, W.ldbrx, DATA, 5n)).toBe(rev(5, 8));
  });

  it('stores and byte-reversed stores', () => {
    const m = mk({ le });
    set(m, 3, 0x0102030405060708n); set(m, 4, BigInt(DATA)); set(m, 5, 0n);
    exec(m, [W.std]);
    expect(bytesAt(m, DATA, 8)).toEqual(le ? [8, 7, 6, 5, 4, 3, 2, 1] : [1, 2, 3, 4, 5, 6, 7, 8]);
    set(m, 5, 16n); exec(m, [W.stwx]);
    expect(bytesAt(m, DATA + 16, 4)).toEqual(le ? [8, 7, 6, 5] : [5, 6, 7, 8]);
    set(m, 5, 21n); exec(m, [W.sthx]);
    expect(bytesAt(m, DATA + 21, 2)).toEqual(le ? [8, 7] : [7, 8]);
    set(m, 5, 23n); exec(m, [W.stbx]);
    expect(bytesAt(m, DATA + 23, 1)).toEqual([8]);
    set(m, 5, 33n); exec(m, [W.stdbrx]);
    expect(bytesAt(m, DATA + 33, 8)).toEqual(le ? [1, 2, 3, 4, 5, 6, 7, 8] : [8, 7, 6, 5, 4, 3, 2, 1]);
    set(m, 5, 43n); exec(m, [W.stwbrx]);
    expect(bytesAt(m, DATA + 43, 4)).toEqual(le ? [5, 6, 7, 8] : [8, 7, 6, 5]);
    set(m, 5, 49n); exec(m, [W.sthbrx]);
    expect(bytesAt(m, DATA + 49, 2)).toEqual(le ? [7, 8] : [8, 7]);
  });
});

describe('update forms', () => {
  // EA = RA + RB; RT <- MEM(EA); RA <- EA (Power ISA 3.1 3.3.2: the EA, whatever RT was loaded
  // with when RT names RB). ldux r5,r4,r5 with r4 = DATA, r5 = 8.
  it('an X-form load with update and RT = RB puts the EA computed from the old RB in RA', () => {
    const m = mk();
    fillData(m, 64);
    for (const [w, want] of [[0x7ca4286a, 0x88898a8b8c8d8e8fn], [0x7ca4286e, 0x88898a8bn], [0x7ca428ee, 0x88n]] as const) { // ldux lwzux lbzux
      set(m, 4, BigInt(DATA)); set(m, 5, 8n); exec(m, [w]);
      expect([get(m, 4), get(m, 5)]).toEqual([BigInt(DATA + 8), want]);
    }
  });

  it('load with update writes the EA to RA after the load', () => {
    const m = mk();
    fillData(m, 64);
    set(m, 4, BigInt(DATA)); exec(m, [W.lwzu]);
    expect(get(m, 4)).toBe(BigInt(DATA + 8));
    expect(get(m, 3)).toBe(0x88898a8bn);
    set(m, 4, BigInt(DATA + 0x10)); set(m, 5, -8n); exec(m, [W.ldux]);
    expect(get(m, 4)).toBe(BigInt(DATA + 8));
    expect(get(m, 3)).toBe(0x88898a8b8c8d8e8fn);
    exec(m, [W.lhau]); // 2(r4)
    expect(get(m, 4)).toBe(BigInt(DATA + 10));
    expect(get(m, 3)).toBe(0xffffffffffff8a8bn);
    exec(m, [W.lbzu]);
    expect(get(m, 4)).toBe(BigInt(DATA + 11));
    expect(get(m, 3)).toBe(0x8bn);
    set(m, 4, BigInt(DATA)); set(m, 5, 4n); exec(m, [W.lwaux]);
    expect(get(m, 4)).toBe(BigInt(DATA + 4));
    expect(get(m, 3)).toBe(0xffffffff84858687n);
    exec(m, [W.ldu]);
    expect(get(m, 4)).toBe(BigInt(DATA + 12));
    expect(get(m, 3)).toBe(0x8c8d8e8f90919293n);
  });

  it('64-bit D-form EAs carry into, borrow from and wrap past the high word (the faulting address)', () => {
    const m = mk();
    // lwz r3,-4(r4): RA's low word below 4 borrows from the high word, or wraps below 0
    const ea = (ra: bigint) => { set(m, 4, ra); return fault(m, [W.lwz_m4]).addr; };
    expect(ea(0x100000002n)).toBe(0xfffffffe);
    expect(ea(0x700000000n)).toBe(0x6fffffffc);
    expect(ea(2n)).toBe(2 ** 64 - 2);
    // lwz r3,0x7ffc(r4): a positive displacement carries into the high word, or wraps past 2^64
    set(m, 4, 0xffffff00n);
    expect(fault(m, [0x80647ffc]).addr).toBe(0x100007efc);
    set(m, 4, 0xffffffffffffff00n);
    expect(fault(m, [0x80647ffc]).addr).toBe(0x7efc);
    // no carry: the high word as it is
    set(m, 4, 0x300000000n);
    expect(fault(m, [0x80647ffc]).addr).toBe(0x300007ffc);
  });

  it('store with update stores the old RS then updates RA', () => {
    const m = mk();
    set(m, 4, BigInt(DATA + 0x100)); set(m, 3, 0x1122334455667788n);
    exec(m, [W.stdu]); // -16(r4)
    expect(get(m, 4)).toBe(BigInt(DATA + 0xf0));
    expect(bytesAt(m, DATA + 0xf0, 8)).toEqual([0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x88]);
    exec(m, [W.stwu]); // -8(r4)
    expect(get(m, 4)).toBe(BigInt(DATA + 0xe8));
    expect(bytesAt(m, DATA + 0xe8, 4)).toEqual([0x55, 0x66, 0x77, 0x88]);
    set(m, 5, 3n); exec(m, [W.sthux]);
    expect(get(m, 4)).toBe(BigInt(DATA + 0xeb));
    expect(bytesAt(m, DATA + 0xeb, 2)).toEqual([0x77, 0x88]);
    // stwu r1,-8(r1) style: RS = RA stores the old value
    const m2 = mk();
    const w = 0x9484fff8; // stwu r4,-8(r4)
    set(m2, 4, BigInt(DATA + 0x40)); exec(m2, [w]);
    expect(get(m2, 4)).toBe(BigInt(DATA + 0x38));
    expect(bytesAt(m2, DATA + 0x38, 4)).toEqual([0, 2, 0, 0x40]);
  });

  it('32-bit mode: EA is the low word, RA gets the full 64-bit sum', () => {
    const m = mk({ sf: false });
    fillData(m, 16);
    set(m, 4, 0x100000000n + BigInt(DATA)); exec(m, [W.lwzu]);
    expect(get(m, 3)).toBe(0x88898a8bn);
    expect(get(m, 4)).toBe(0x100000000n + BigInt(DATA + 8));
    set(m, 4, BigInt(DATA + 4)); exec(m, [W.lwz_m4]);
    expect(get(m, 3)).toBe(0x80818283n);
    // the address wraps at 2^32: 0xfffffffc + 0x20008 = 0x20004
    set(m, 4, 0xfffffffcn); set(m, 5, BigInt(DATA + 8)); exec(m, [W.lwzx]);
    expect(get(m, 3)).toBe(0x84858687n);
  });

  it('invalid update forms raise SIGILL and change nothing', () => {
    const m = mk();
    fillData(m, 16);
    set(m, 4, BigInt(DATA)); set(m, 3, 7n);
    expect(fault(m, [W.lwzu_rt_eq_ra]).signo).toBe(SIGILL);
    expect(get(m, 4)).toBe(BigInt(DATA));
    expect(fault(m, [W.lwzu_ra0]).signo).toBe(SIGILL);
    expect(get(m, 3)).toBe(7n);
    expect(fault(m, [W.stwu_ra0]).signo).toBe(SIGILL);
  });
});

describe('faults leave registers and memory untouched', () => {
  it('loads', () => {
    const m = mk();
    for (const w of [W.lwz, W.ld, W.lbzu, W.ldu, W.lhau, W.lwzux, W.ldbrx]) {
      set(m, 3, 0x1234n); set(m, 4, 0x40000n); set(m, 5, 8n);
      const f = fault(m, [w]);
      expect(f.signo).toBe(SIGSEGV);
      expect(get(m, 3)).toBe(0x1234n);
      expect(get(m, 4)).toBe(0x40000n);
      expect(m.pc).toBe(CODE);
    }
  });

  it('stores, including one straddling the end of the mapping', () => {
    const m = mk();
    set(m, 3, 0x1122334455667788n);
    set(m, 4, BigInt(DATA + 0x2000 - 4)); set(m, 5, 0n);
    for (const w of [W.std, W.stdu, W.stdux, W.stdbrx]) {
      const base = w === W.stdu ? DATA + 0x2000 + 12 : DATA + 0x2000 - 4; // stdu is -16(r4)
      set(m, 4, BigInt(base));
      expect(fault(m, [w]).signo).toBe(SIGSEGV);
      expect(get(m, 4)).toBe(BigInt(base));
      expect(bytesAt(m, DATA + 0x2000 - 4, 4)).toEqual([0, 0, 0, 0]);
    }
    m.mem.map(0x30000, 0x1000, 1); // read-only
    set(m, 4, 0x30010n);
    const f = fault(m, [W.stwu]);
    expect(f.signo).toBe(SIGSEGV);
    expect(get(m, 4)).toBe(0x30010n);
  });
});

describe('load/store multiple and string', () => {
  it('lmw/stmw (big-endian)', () => {
    const m = mk();
    fillData(m, 32);
    set(m, 4, BigInt(DATA + 1)); set(m, 28, -1n);
    exec(m, [W.lmw28]);
    expect([28, 29, 30, 31].map((r) => get(m, r))).toEqual([0x81828384n, 0x85868788n, 0x898a8b8cn, 0x8d8e8f90n]);
    set(m, 28, 0xaaaaaaaa01020304n); set(m, 4, BigInt(DATA + 0x101));
    exec(m, [W.stmw28]);
    expect(bytesAt(m, DATA + 0x101, 8)).toEqual([1, 2, 3, 4, 0x85, 0x86, 0x87, 0x88]);
  });

  it('lmw faulting part-way changes no register', () => {
    const m = mk();
    set(m, 4, BigInt(DATA + 0x2000 - 8)); set(m, 28, 5n);
    expect(fault(m, [W.lmw28]).signo).toBe(SIGSEGV);
    expect(get(m, 28)).toBe(5n);
  });

  it('lmw, stmw and string ops in little-endian mode do what Linux\'s alignment handler does', () => {
    const m = mk({ le: true });
    fillData(m, 32);
    set(m, 4, BigInt(DATA + 1)); set(m, 28, -1n);
    exec(m, [W.lmw28]); // little-endian words
    expect([28, 29, 30, 31].map((r) => get(m, r))).toEqual([0x84838281n, 0x88878685n, 0x8c8b8a89n, 0x908f8e8dn]);
    set(m, 28, 0xaaaaaaaa01020304n); set(m, 4, BigInt(DATA + 0x101));
    exec(m, [W.stmw28]);
    expect(bytesAt(m, DATA + 0x101, 8)).toEqual([4, 3, 2, 1, 0x85, 0x86, 0x87, 0x88]);
    set(m, 4, BigInt(DATA + 1)); set(m, 5, -1n); set(m, 6, -1n); set(m, 7, -1n);
    exec(m, [W.lswi5_7]); // a partial last word fills the low-order bytes
    expect([get(m, 5), get(m, 6), get(m, 7)]).toEqual([0x84838281n, 0x878685n, 0xffffffffffffffffn]);
    set(m, 4, BigInt(DATA + 0x201));
    exec(m, [W.stswi5_7]);
    expect(bytesAt(m, DATA + 0x201, 8)).toEqual([0x81, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87, 0]);
  });

  it('lswi with an odd byte count zero-fills the last register', () => {
    const m = mk();
    fillData(m, 16);
    set(m, 4, BigInt(DATA + 1)); set(m, 5, -1n); set(m, 6, -1n); set(m, 7, -1n);
    exec(m, [W.lswi5_7]);
    expect(get(m, 5)).toBe(0x81828384n);
    expect(get(m, 6)).toBe(0x85868700n);
    expect(get(m, 7)).toBe(-1n & 0xffffffffffffffffn);
  });

  it('lswi with NB=0 moves 32 bytes and wraps from r31 to r0', () => {
    const m = mk();
    fillData(m, 32);
    set(m, 3, BigInt(DATA)); // lswi r30,r3,16
    exec(m, [W.lswi30_16]);
    expect(get(m, 30)).toBe(0x80818283n);
    expect(get(m, 31)).toBe(0x84858687n);
    expect(get(m, 0)).toBe(0x88898a8bn);
    expect(get(m, 1)).toBe(0x8c8d8e8fn);
    expect(get(m, 3)).toBe(BigInt(DATA));
  });

  it('lswx takes the count from XER and checks RA/RB ranges', () => {
    const m = mk();
    fillData(m, 16);
    set(m, 4, BigInt(DATA)); set(m, 6, 2n); set(m, 5, -1n); set(m, 7, -1n);
    m.s32[1] = 5; // XER byte count
    expect(fault(m, [W.lswx5]).signo).toBe(SIGILL); // RB=r6 among r5,r6
    set(m, 6, 2n); m.s32[1] = 3;
    exec(m, [W.lswx5]);
    expect(get(m, 5)).toBe(0x82838400n);
    m.s32[1] = 0x20000000; // count 0: no-op
    set(m, 5, 9n); exec(m, [W.lswx5]);
    expect(get(m, 5)).toBe(9n);
    // lswi r4,r4,8: RA among the targets
    expect(fault(m, [W.lswi4_ra4]).signo).toBe(SIGILL);
  });

  it('stswi / stswx store odd byte counts', () => {
    const m = mk();
    set(m, 4, BigInt(DATA)); set(m, 5, 0xffffffff11223344n); set(m, 6, 0x55667788n);
    exec(m, [W.stswi5_7]);
    expect(bytesAt(m, DATA, 8)).toEqual([0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0]);
    set(m, 4, BigInt(DATA + 0x20)); set(m, 6, 1n); m.s32[1] = 0xe0000005;
    exec(m, [W.stswx5]);
    expect(bytesAt(m, DATA + 0x21, 6)).toEqual([0x11, 0x22, 0x33, 0x44, 0, 0]);
  });
});

describe('quadword', () => {
  it.each([false, true])('lq/stq le=%s: the even register holds the high doubleword', (le) => {
    const m = mk({ le });
    set(m, 6, 0x0001020304050607n); set(m, 7, 0x08090a0b0c0d0e0fn); set(m, 4, BigInt(DATA + 0x10));
    exec(m, [W.stq6]);
    const want = Array.from({ length: 16 }, (_, k) => (le ? 15 - k : k));
    expect(bytesAt(m, DATA + 0x10, 16)).toEqual(want);
    set(m, 6, 0n); set(m, 7, 0n);
    exec(m, [W.lq6]);
    expect(get(m, 6)).toBe(0x0001020304050607n);
    expect(get(m, 7)).toBe(0x08090a0b0c0d0e0fn);
    expect(fault(m, [W.lq7]).signo).toBe(SIGILL);
  });

  it('lq works unaligned and is absent on a 32-bit model', () => {
    const m = mk();
    fillData(m, 32);
    set(m, 4, BigInt(DATA + 4)); exec(m, [W.lq6]);
    expect(get(m, 6)).toBe(0x8485868788898a8bn);
    expect(get(m, 7)).toBe(0x8c8d8e8f90919293n);
    const m32 = mk({ model: '7450', sf: false });
    expect(fault(m32, [W.lq6]).signo).toBe(SIGILL);
  });
});

describe('reservations', () => {
  const cr0 = (m: Machine) => m.s32[0] >>> 28;

  it('lwarx/stwcx. succeed once; without a reservation stwcx. fails', () => {
    const m = mk();
    set(m, 4, BigInt(DATA + 8)); set(m, 3, 0n);
    m.mem.write32(DATA + 8, 41);
    exec(m, [W.lwarx]);
    expect(get(m, 3)).toBe(41n);
    set(m, 3, 42n);
    exec(m, [W.stwcx]);
    expect(cr0(m)).toBe(0b0010);
    expect(m.mem.read32(DATA + 8)).toBe(42);
    set(m, 3, 43n);
    exec(m, [W.stwcx]);
    expect(cr0(m)).toBe(0b0000);
    expect(m.mem.read32(DATA + 8)).toBe(42);
    m.s32[1] = 0x80000000; // SO is copied into CR0
    exec(m, [W.stwcx]);
    expect(cr0(m)).toBe(0b0001);
    exec(m, [W.lwarxEH, W.stwcx]);
    expect(cr0(m)).toBe(0b0011);
  });

  it('a reservation elsewhere makes stcx. fail', () => {
    const m = mk();
    set(m, 4, BigInt(DATA + 8)); exec(m, [W.lwarx]);
    set(m, 4, BigInt(DATA + 16)); exec(m, [W.stwcx]);
    expect(cr0(m)).toBe(0);
    expect(m.mem.read32(DATA + 16)).toBe(0);
  });

  it.each([
    ['lbarx', 'stbcx', 1], ['lharx', 'sthcx', 2], ['ldarx', 'stdcx', 8],
  ] as const)('%s / %s', (l, s, n) => {
    const m = mk();
    fillData(m, 16);
    set(m, 4, BigInt(DATA + 8));
    exec(m, [W[l]]);
    expect(get(m, 3)).toBe(BigInt('0x' + Array.from({ length: n }, (_, k) => (0x88 + k).toString(16)).join('')));
    set(m, 3, -1n);
    exec(m, [W[s]]);
    expect(cr0(m)).toBe(0b0010);
    expect(bytesAt(m, DATA + 8, n)).toEqual(Array(n).fill(0xff));
  });

  it('lqarx / stqcx.', () => {
    const m = mk();
    fillData(m, 32);
    set(m, 4, BigInt(DATA + 16));
    exec(m, [W.lqarx6]);
    expect(get(m, 6)).toBe(0x9091929394959697n);
    expect(get(m, 7)).toBe(0x98999a9b9c9d9e9fn);
    set(m, 6, 1n); set(m, 7, 2n);
    exec(m, [W.stqcx6]);
    expect(cr0(m)).toBe(0b0010);
    expect(bytesAt(m, DATA + 16, 16)).toEqual([0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 2]);
  });

  it('unaligned larx/stcx. raise SIGBUS; a faulting larx sets no reservation', () => {
    const m = mk();
    set(m, 4, BigInt(DATA + 2)); set(m, 3, 5n);
    expect(fault(m, [W.lwarx]).signo).toBe(SIGBUS);
    expect(get(m, 3)).toBe(5n);
    expect(fault(m, [W.stwcx]).signo).toBe(SIGBUS);
    set(m, 4, BigInt(DATA + 4)); expect(fault(m, [W.ldarx]).signo).toBe(SIGBUS);
    set(m, 4, 0x50000n);
    expect(fault(m, [W.lwarx]).signo).toBe(SIGSEGV);
    exec(m, [W.stwcx]); // no reservation: fails without touching memory
    expect(cr0(m)).toBe(0);
  });
});
