// System instructions: sc/scv, barriers, mfspr/mtspr/mftb, privileged operations, traps,
// cache management (dcbz and the hints), addpcis, darn.
// Instruction words come from powerpc64-linux-gnu-as -mpower9 (hand-encoded where gas refuses).

import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { BOOT_UPTIME_NS, EPOCH_SECONDS, TB_FREQ, timeBase } from '../../src/cpu/clock.js';
import type { LinuxProcess } from '../../src/linux/process.js';
import { runGuest } from '../../src/linux/run.js';
import { Machine, type Os } from '../../src/cpu/machine.js';
import { bytesAt, CODE, DATA, exec, fault, fillData, get, mk, set } from './harness.js';

const SIGILL = 4, SIGTRAP = 5, SIGSEGV = 11, ILL_ILLOPC = 1, ILL_PRVOPC = 5;
const XER = 1;
const W = {
  sc: 0x44000002, sc1: 0x44000022, scv0: 0x44000001, scv1: 0x44000021,
  sync: 0x7c0004ac, lwsync: 0x7c2004ac, ptesync: 0x7c4004ac, eieio: 0x7c0006ac, isync: 0x4c00012c,
  mfxer: 0x7c6102a6, mtxer: 0x7c6103a6, mflr: 0x7c6802a6, mtlr: 0x7c6803a6, mfctr: 0x7c6902a6, mtctr: 0x7c6903a6,
  mfudscr: 0x7c6302a6, mtudscr: 0x7c6303a6, mfdscr: 0x7c7102a6, mtdscr: 0x7c7103a6,
  mfvrsave: 0x7c6042a6, mtvrsave: 0x7c6043a6, mfsprg3: 0x7c6342a6,
  mftb268: 0x7c6c42a6, mftbu269: 0x7c6d42a6, mftb: 0x7c6c42e6, mftbu: 0x7c6d42e6, mftbBad: 0x7c6842e6,
  mfpvr: 0x7c7f42a6, mftar: 0x7c6fcaa6, mttar: 0x7c6fcba6,
  mfppr: 0x7c60e2a6, mtppr: 0x7c60e3a6, mfppr32: 0x7c62e2a6, mtppr32: 0x7c62e3a6,
  mfmsr: 0x7c6000a6, mtmsrd: 0x7c600164, mfsprg0: 0x7c7042a6, mfspr0: 0x7c6002a6,
  mfspefscr: 0x7c6082a6, mtspefscr: 0x7c6083a6,
  tweq: 0x7c832008, tweqi_m1: 0x0c83ffff, tdlgt: 0x7c232088, tdlti5: 0x0a030005, trap: 0x7fe00008,
  dcbz: 0x7c0027ec, dcbt: 0x7c00222c, dcbtst: 0x7c0021ec, dcbst: 0x7c00206c, dcbf: 0x7c0020ac,
  icbi: 0x7c0027ac, dcbi: 0x7c0023ac, dcba: 0x7c0025ec, icbt: 0x7c00202c,
  addpcis1: 0x4c600005, addpcis_m1: 0x4c7fffc5,
  darn0: 0x7c6005e6, darn1: 0x7c6105e6, darn2: 0x7c6205e6, darn3: 0x7c6305e6,
};

function withOs(m: Machine): { calls: boolean[] } {
  const rec = { calls: [] as boolean[] };
  const os: Os = {
    syscall: (_m, scv) => { rec.calls.push(scv); },
    fault: (_m, f) => { throw f; },
  };
  m.os = os;
  return rec;
}

describe('sc / scv', () => {
  it('sc calls the OS (any LEV, as QEMU); scv needs LEV=0 and ISA 3.0', () => {
    const m = mk();
    const rec = withOs(m);
    exec(m, [W.sc]);
    expect(rec.calls).toEqual([false]);
    expect(m.pc).toBe(CODE + 4);
    exec(m, [W.sc1]);
    exec(m, [W.scv0]);
    expect(rec.calls).toEqual([false, false, true]);
    expect(fault(m, [W.scv1]).signo).toBe(SIGILL);
    const m32 = mk({ model: '7450', sf: false });
    withOs(m32);
    expect(fault(m32, [W.scv0]).signo).toBe(SIGILL);
  });
});

describe('barriers and hints are no-ops', () => {
  it('sync forms, eieio, isync, dcbt, dcbtst, dcba, icbt', () => {
    const m = mk();
    set(m, 4, 0x123456789n); // unmapped: hints never fault
    const before = m.st.buf.slice(0);
    exec(m, [W.sync, W.lwsync, W.ptesync, W.eieio, W.isync, W.dcbt, W.dcbtst, W.dcba, W.icbt]);
    expect(m.pc).toBe(CODE + 36);
    expect(new Uint8Array(m.st.buf)).toEqual(new Uint8Array(before));
  });
});

describe('copy / paste. / cpabort (ISA 3.0 Book II; memory to memory on POWER10)', () => {
  // copy r3,r4 ; paste. r3,r5 ; cpabort (RA = r3 = 0: EA = RB)
  const COPY = 0x7c03260c | (1 << 21), PASTE = 0x7c032f0d | (1 << 21), CPABORT = 0x7c00068c;
  const block = (m: Machine, at: number) => [...m.mem.readBytes(at, 128)];
  const setup = (model: string) => {
    const m = mk({ model });
    fillData(m, 256, 0x10, DATA);
    set(m, 3, 0n); set(m, 4, BigInt(DATA + 5)); set(m, 5, BigInt(DATA + 128 + 7));
    return m;
  };
  it('POWER10: paste. writes the copied 128-byte block and reports success in CR0 (EQ, with SO)', () => {
    const m = setup('POWER10');
    const src = block(m, DATA);
    exec(m, [COPY >>> 0, PASTE >>> 0]);
    expect(block(m, DATA + 128)).toEqual(src);
    expect(m.getCrField(0)).toBe(0b0010);
    // the sequence ended: a second paste. fails and writes nothing
    m.mem.writeBytes(DATA + 128, new Uint8Array(128));
    exec(m, [PASTE >>> 0]);
    expect(m.getCrField(0)).toBe(0);
    expect(block(m, DATA + 128)).toEqual(new Array(128).fill(0));
    // cpabort ends a sequence; XER[SO] is CR0's last bit
    exec(m, [COPY >>> 0, CPABORT, PASTE >>> 0]);
    expect(m.getCrField(0)).toBe(0);
    m.s32[XER] = 0x80000000;
    exec(m, [COPY >>> 0, PASTE >>> 0]);
    expect(m.getCrField(0)).toBe(0b0011);
  });
  it('POWER9 pastes to accelerators only: a paste. to memory fails; POWER8 has no copy', () => {
    const m = setup('POWER9');
    exec(m, [COPY >>> 0, PASTE >>> 0]);
    expect(m.getCrField(0)).toBe(0);
    expect(block(m, DATA + 128)).toEqual(Array.from({ length: 128 }, (_, k) => (0x10 + 128 + k) & 0xff));
    expect(fault(setup('POWER8'), [COPY >>> 0]).signo).toBe(SIGILL);
  });
  it('copy of an unmapped block is SIGSEGV', () => {
    const m = setup('POWER10');
    set(m, 4, 0x7ff00000n);
    expect(fault(m, [COPY >>> 0]).signo).toBe(SIGSEGV);
  });
});

describe('mfspr / mtspr / mftb', () => {
  it('LR, CTR round-trip all 64 bits; XER keeps its low word', () => {
    const m = mk();
    set(m, 3, 0x0123456789abcdefn); exec(m, [W.mtlr]);
    set(m, 3, 0xfedcba9876543210n); exec(m, [W.mtctr]);
    set(m, 3, 0n); exec(m, [W.mflr]); expect(get(m, 3)).toBe(0x0123456789abcdefn);
    exec(m, [W.mfctr]); expect(get(m, 3)).toBe(0xfedcba9876543210n);
    set(m, 3, -1n); exec(m, [W.mtxer, W.mfxer]);
    expect(get(m, 3)).toBe(0xffffffffn); // QEMU 7.2 reads back 0x00000000ffffffff too
    expect(m.s32[XER]).toBe(0xffffffff);
  });

  it('XER[OV32,CA32] read as 0 before ISA 3.0', () => {
    const m = mk({ model: '7450', sf: false });
    set(m, 3, 0xe00c0005n); exec(m, [W.mtxer, W.mfxer]);
    expect(get(m, 3)).toBe(0xe0000005n);
  });

  it('VRSAVE, SPRG3, PVR, TAR, PPR, PPR32, DSCR (3 and Linux-emulated 17)', () => {
    const m = mk();
    set(m, 3, 0x1234567887654321n); exec(m, [W.mtvrsave]);
    set(m, 3, 0n); exec(m, [W.mfvrsave]); expect(get(m, 3)).toBe(0x87654321n);
    m.st.setSpr64(7 /* SPRG3 */, 0x55n); exec(m, [W.mfsprg3]); expect(get(m, 3)).toBe(0x55n);
    exec(m, [W.mfpvr]); expect(get(m, 3)).toBe(BigInt(m.model.pvr >>> 0));
    set(m, 3, 0xaaaabbbbccccdddcn); exec(m, [W.mttar]);
    set(m, 3, 0n); exec(m, [W.mftar]); expect(get(m, 3)).toBe(0xaaaabbbbccccdddcn);
    set(m, 3, 0x000c000000000000n); exec(m, [W.mtppr]);
    set(m, 3, 0x00100000n); exec(m, [W.mtppr32]);
    exec(m, [W.mfppr]); expect(get(m, 3)).toBe(0x0010000000000000n);
    exec(m, [W.mfppr32]); expect(get(m, 3)).toBe(0x00100000n);
    set(m, 3, 0x1ffn); exec(m, [W.mtudscr]);
    set(m, 3, 0n); exec(m, [W.mfdscr]); expect(get(m, 3)).toBe(0x1ffn);
    set(m, 3, 7n); exec(m, [W.mtdscr]);
    set(m, 3, 0n); exec(m, [W.mfudscr]); expect(get(m, 3)).toBe(7n);
  });

  it('Book E (e500): SPR 256 is USPRG0, SPEFSCR is there, no VRSAVE/TAR/DSCR', () => {
    const m = mk({ model: 'e500v2', sf: false });
    set(m, 3, 0x77n); exec(m, [W.mtvrsave]);
    expect(m.s32[12 /* USPRG0 */]).toBe(0x77);
    set(m, 3, 0n); exec(m, [W.mfvrsave]); expect(get(m, 3)).toBe(0x77n);
    set(m, 3, 0x3fn); exec(m, [W.mtspefscr]);
    set(m, 3, 0n); exec(m, [W.mfspefscr]); expect(get(m, 3)).toBe(0x3fn);
    expect(fault(m, [W.mftar]).signo).toBe(SIGILL);
    expect(fault(m, [W.mfudscr]).signo).toBe(SIGILL);
    expect(fault(mk(), [W.mfspefscr]).signo).toBe(SIGILL);
  });

  it('time base through mfspr 268/269 and mftb 268/269', () => {
    const m = mk();
    const start = 3_000_000_000;
    const b = new Uint8Array(16);
    const dv = new DataView(b.buffer);
    [W.mftb268, W.mftbu269, W.mftb, W.mftbu].forEach((w, k) => dv.setUint32(4 * k, w));
    m.mem.writeBytes(CODE, b, true);
    m.pc = CODE; m.icount = start;
    m.run(start + 1);
    expect(get(m, 3)).toBe(timeBase(start));
    m.run(start + 2);
    expect(get(m, 3)).toBe(timeBase(start + 1) >> 32n);
    m.run(start + 3);
    expect(get(m, 3)).toBe(timeBase(start + 2));
    m.run(start + 4);
    expect(get(m, 3)).toBe(timeBase(start + 3) >> 32n);
    expect(fault(m, [W.mftbBad]).signo).toBe(SIGILL);
  });

  it('the time base starts as on a machine up for days (beyond 2^32), deterministically', () => {
    expect(timeBase(0)).toBe(BOOT_UPTIME_NS * BigInt(TB_FREQ) / 1_000_000_000n);
    expect(timeBase(0) > 2n ** 32n).toBe(true);
    expect(BOOT_UPTIME_NS > 86_400n * 1_000_000_000n).toBe(true);
    const m = mk();
    exec(m, [W.mftb]);
    expect(get(m, 3)).toBe(timeBase(m.icount - 1));
  });

  it('time base, CLOCK_MONOTONIC and CLOCK_REALTIME advance together, sleeps included', () => {
    const r = runGuest(new Uint8Array(readFileSync('examples/hello-ppc64le')));
    const p = r.machine.os as LinuxProcess;
    p.sleptNs = 2_500_000_000n;
    const mono = p.nowNs(1), real = p.nowNs(0);
    expect(mono).toBe(BOOT_UPTIME_NS + BigInt(r.icount) + p.sleptNs);
    expect(real - mono).toBe(BigInt(EPOCH_SECONDS) * 1_000_000_000n - BOOT_UPTIME_NS);
    expect(timeBase(r.icount, p.sleptNs)).toBe(mono * BigInt(TB_FREQ) / 1_000_000_000n);
    const m = mk();
    m.os = { syscall() {}, fault(_m, f) { throw f; }, sleptNs: p.sleptNs };
    exec(m, [W.mftb]);
    expect(get(m, 3)).toBe(timeBase(m.icount - 1, p.sleptNs));
  });

  it('privileged SPRs and MSR access raise SIGILL ILL_PRVOPC; undefined ones ILL_ILLOPC', () => {
    const m = mk();
    set(m, 3, 9n);
    for (const w of [W.mfsprg0, W.mfmsr, W.mtmsrd, W.dcbi]) {
      const f = fault(m, [w]);
      expect([f.signo, f.code, f.addr]).toEqual([SIGILL, ILL_PRVOPC, CODE]);
    }
    const f = fault(m, [W.mfspr0]);
    expect([f.signo, f.code]).toEqual([SIGILL, ILL_ILLOPC]);
    expect(get(m, 3)).toBe(9n);
  });
});

describe('traps', () => {
  it('tw, twi, td, tdi, trap raise SIGTRAP at the trap when the condition holds', () => {
    const m = mk();
    set(m, 3, 5n); set(m, 4, 6n);
    exec(m, [W.tweq, W.tweqi_m1, W.tdlgt, W.tdlti5]); // none holds
    expect(m.pc).toBe(CODE + 16);
    set(m, 4, 0xffffffff00000005n); // low words equal
    let f = fault(m, [W.tweq]);
    expect([f.signo, f.addr, m.pc]).toEqual([SIGTRAP, CODE, CODE]);
    set(m, 3, 0x1ffffffffn); // low word -1
    expect(fault(m, [W.tweqi_m1]).signo).toBe(SIGTRAP);
    set(m, 3, 0x8000000000000000n); set(m, 4, 1n); // unsigned greater, signed less
    expect(fault(m, [W.tdlgt]).signo).toBe(SIGTRAP);
    expect(fault(m, [W.tdlti5]).signo).toBe(SIGTRAP);
    set(m, 3, 5n);
    exec(m, [W.tdlti5]);
    f = fault(m, [W.trap]);
    expect(f.signo).toBe(SIGTRAP);
  });
});

describe('cache management', () => {
  it.each([['POWER9', 128, true], ['7450', 32, false]] as const)('dcbz on %s zeroes a %d-byte block', (model, line, sf) => {
    const m = mk({ model, sf });
    fillData(m, 512, 1);
    set(m, 4, BigInt(DATA + 0x100 + line / 2 + 3));
    exec(m, [W.dcbz]);
    const b = bytesAt(m, DATA + 0x100 - 1, line + 2);
    expect(b[0]).toBe((1 + 0xff) & 0xff);
    expect(b.slice(1, line + 1)).toEqual(Array(line).fill(0));
    expect(b[line + 1]).toBe((1 + 0x100 + line) & 0xff);
  });

  it('dcbz faults like a store; dcbst, dcbf, icbi like a load', () => {
    const m = mk();
    m.mem.map(0x30000, 0x1000, 1);
    set(m, 4, 0x30040n);
    expect(fault(m, [W.dcbz]).signo).toBe(SIGSEGV);
    exec(m, [W.dcbst, W.dcbf, W.icbi]);
    set(m, 4, 0x50000n);
    for (const w of [W.dcbst, W.dcbf, W.icbi]) expect(fault(m, [w]).signo).toBe(SIGSEGV);
  });
});

describe('addpcis and darn', () => {
  it('addpcis adds d||0x0000 to the next instruction address', () => {
    const m = mk();
    exec(m, [W.addpcis1]);
    expect(get(m, 3)).toBe(BigInt(CODE + 4 + 0x10000));
    exec(m, [W.addpcis_m1]);
    expect(get(m, 3)).toBe(BigInt(CODE + 4 - 0x10000));
  });

  it('darn: L=0 32-bit, L=1/2 64-bit never all ones, L=3 all ones', () => {
    const m = mk();
    exec(m, [W.darn0]);
    expect(get(m, 3) >> 32n).toBe(0n);
    const seen = new Set<bigint>();
    for (let k = 0; k < 20; k++) {
      exec(m, [k & 1 ? W.darn1 : W.darn2]);
      const v = get(m, 3);
      expect(v).not.toBe(0xffffffffffffffffn);
      seen.add(v);
    }
    expect(seen.size).toBe(20);
    exec(m, [W.darn3]);
    expect(get(m, 3)).toBe(0xffffffffffffffffn);
    expect(fault(mk({ model: '7450', sf: false }), [W.darn1]).signo).toBe(SIGILL);
  });
});
