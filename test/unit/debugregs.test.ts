// The debug registers as a debugger arms them (src/cpu/debugregs.ts): each model's counts, spans
// and alignment, the one-shot hits, and what a checkpoint carries across models.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Bit, checkImage, checkpoint, Codec, RECORDS, restoreImage } from '../../src/checkpoint/index.js';
import {
  armDataWatch, armIac, armInsnBreak, armedCiabr, armedIacs, dataWatches, DEBUG64_CIABR, disarmDataWatch, disarmInsnBreak, iacHit,
  insnBreakHit, insnBreaks,
} from '../../src/cpu/debugregs.js';
import { Machine } from '../../src/cpu/machine.js';
import { Spr32 } from '../../src/cpu/state.js';
import { modelByName } from '../../src/features/models.js';
import { parseElf } from '../../src/linux/elf.js';
import { createProcess } from '../../src/linux/run.js';

const quiet = { stdout: () => {}, stderr: () => {} };
const machine = (name: string) => new Machine(modelByName(name));
const proc = (target: string, cpu: string) =>
  createProcess(parseElf(readFileSync(`test/bin/${target}/gdb_demo`)), { cpu }, quiet).proc;

describe('data watches', () => {
  it('DABR (970, 7450): one watch, inside one aligned doubleword', () => {
    for (const name of ['970', '7450']) {
      const m = machine(name);
      expect(armDataWatch(m, 0x1000c, 4, false, true)).toBeUndefined();
      expect(dataWatches(m)).toEqual([{ addr: 0x10008, len: 8, read: false, write: true, regs: 'DABR' }]);
      expect(armDataWatch(m, 0x2000, 4, false, true)).toMatch(/only DABR is in use/);
      expect(disarmDataWatch(m, 0x1000c, 4, false, true)).toBe(true);
      expect(armDataWatch(m, 0x1000c, 8, true, true)).toMatch(/one aligned doubleword/);
      expect(dataWatches(m)).toEqual([]);
    }
  });

  it('DAWR (POWER8, POWER9): up to 512 bytes inside one 512-byte-aligned block', () => {
    const m = machine('POWER9');
    expect(armDataWatch(m, 0x10200, 512, false, true)).toBeUndefined();
    expect(dataWatches(m)).toEqual([{ addr: 0x10200, len: 512, read: false, write: true, regs: 'DAWR0' }]);
    expect(armDataWatch(m, 0x20000, 8, true, false)).toMatch(/only DAWR is in use/);
    disarmDataWatch(m, 0x10200, 512, false, true);
    expect(armDataWatch(m, 0x101f8, 16, false, true)).toMatch(/at most 512 bytes inside one 512-byte-aligned block/);
    expect(armDataWatch(m, 0x101c3, 60, true, true)).toBeUndefined(); // 0x101c0..0x10200: 8 doublewords
    expect(dataWatches(m)[0]).toMatchObject({ addr: 0x101c0, len: 64, read: true, write: true });
  });

  it('Book E DACs (e500v2): exact addresses in DAC1 and DAC2, or one range in both', () => {
    const m = machine('e500v2');
    expect(armDataWatch(m, 0x1000, 1, false, true)).toBeUndefined();
    expect(armDataWatch(m, 0x2000, 1, true, false)).toBeUndefined();
    expect(armDataWatch(m, 0x3000, 1, true, false)).toMatch(/2 DACs are in use/);
    expect(dataWatches(m).map((w) => w.regs)).toEqual(['DAC1', 'DAC2']);
    expect(armDataWatch(m, 0x4000, 4, false, true)).toMatch(/needs both of e500v2's DACs/);
    disarmDataWatch(m, 0x1000, 1, false, true);
    disarmDataWatch(m, 0x2000, 1, true, false);
    expect(m.s32[Spr32.DBCR0]).toBe(0);
    expect(armDataWatch(m, 0x4000, 4, false, true)).toBeUndefined();
    expect(dataWatches(m)).toEqual([{ addr: 0x4000, len: 4, read: false, write: true, regs: 'DAC1-DAC2' }]);
  });

  it('a model without data breakpoint registers refuses', () => {
    expect(armDataWatch(machine('POWER5+'), 0x1000, 4, false, true)).toBeUndefined(); // POWER5+ has DABR
    const booke = { ...modelByName('e500v2'), debug: { ...modelByName('e500v2').debug, dacs: 0 } };
    expect(armDataWatch(new Machine(booke), 0x1000, 4, false, true)).toMatch(/no data address breakpoint register/);
  });
});

describe('POWER10: two DAWRs, ranges of up to 512 bytes anywhere (ISA 3.1)', () => {
  it('DAWR0 then DAWR1; a third watch is refused; a range may cross a 512-byte boundary', () => {
    const m = machine('POWER10');
    expect(armDataWatch(m, 0x101f8, 16, false, true)).toBeUndefined();
    expect(armDataWatch(m, 0x20004, 2, true, false)).toBeUndefined();
    expect(dataWatches(m)).toEqual([
      { addr: 0x101f8, len: 16, read: false, write: true, regs: 'DAWR0' },
      { addr: 0x20000, len: 8, read: true, write: false, regs: 'DAWR1' },
    ]);
    expect(armDataWatch(m, 0x30000, 8, true, true)).toBe("POWER10's 2 DAWRs are in use");
    expect(disarmDataWatch(m, 0x101f8, 16, false, true)).toBe(true);
    expect(armDataWatch(m, 0x30004, 512, true, true)).toMatch(/DAWRs watch at most 512 bytes/); // 0x30000..0x30208
    expect(armDataWatch(m, 0x30100, 512, true, true)).toBeUndefined();
    expect(dataWatches(m).map((w) => w.regs)).toEqual(['DAWR0', 'DAWR1']);
  });
});

describe('CIABR (POWER8 and later)', () => {
  it('one instruction breakpoint, armed with PRIV = problem state; a hit leaves it armed', () => {
    for (const name of ['POWER8', 'POWER9', 'POWER10']) {
      const m = machine(name);
      expect(armInsnBreak(m, 0x10000100)).toBeUndefined();
      expect(m.st.getDebug64(DEBUG64_CIABR)).toBe(0x10000101n); // CIEA | PRIV 0b01
      expect(armInsnBreak(m, 0x10000100)).toBeUndefined(); // the same again: gdb re-inserting it
      expect(armInsnBreak(m, 0x10000200)).toBe(`${name}'s only CIABR is in use (at 0x10000100)`);
      expect(insnBreakHit(m, 0x10000104)).toBe(false);
      expect(insnBreakHit(m, 0x10000100)).toBe(true);
      expect(insnBreaks(m)).toEqual([0x10000100]);
      expect(disarmInsnBreak(m, 0x10000100)).toBe(true);
      expect(m.st.getDebug64(DEBUG64_CIABR)).toBe(0n);
      expect(armInsnBreak(m, 0x10000102)).toMatch(/not a word-aligned instruction address/);
    }
  });

  it('CIABR set to match only in privileged states never matches a user program', () => {
    const m = machine('POWER9');
    for (const priv of [0n, 2n, 3n]) {
      m.st.setDebug64(DEBUG64_CIABR, 0x10000100n | priv);
      expect(armedCiabr(m)).toBeUndefined();
      expect(insnBreakHit(m, 0x10000100)).toBe(false);
    }
  });

  it('models without it refuse; Book E models use their IACs', () => {
    expect(armInsnBreak(machine('POWER7'), 0x100)).toBe('POWER7 has no instruction breakpoint register (no IAC, no CIABR)');
    expect(armInsnBreak(machine('970'), 0x100)).toMatch(/970 has no instruction breakpoint register/);
    const e = machine('e500v2');
    expect(armInsnBreak(e, 0x100)).toBeUndefined();
    expect(armedIacs(e)).toEqual([[0, 0x100]]);
  });
});

describe('record DABR versions', () => {
  it('version 2 adds CIABR, DAWR1, DAWRX1 after the four registers of version 1, which is still read', () => {
    const rec = RECORDS.find((r) => r.bit === Bit.DABR)!;
    expect(rec.version).toBe(2);
    const v1 = new Uint8Array(32);
    new DataView(v1.buffer).setBigUint64(16, 0x10000200n); // DAWR0
    new DataView(v1.buffer).setBigUint64(24, 0x41n); // DAWRX0: one doubleword (MRD 0), DW, user
    const m = machine('POWER9');
    const c = new Codec('read', v1, false, 'record DABR');
    rec.describe(c, { m, proc: undefined, hostFiles: [], niac: 0, ndac: 0, version: 1 });
    c.end();
    expect(dataWatches(m)).toEqual([{ addr: 0x10000200, len: 8, read: false, write: true, regs: 'DAWR0' }]);
    // version 2 needs the three more registers
    const c2 = new Codec('read', v1, false, 'record DABR');
    expect(() => rec.describe(c2, { m, proc: undefined, hostFiles: [], niac: 0, ndac: 0, version: 2 })).toThrow();
  });
});

describe('instruction address compares', () => {
  it('e500v2 has 2 IACs, 440FP 4; a hit is recorded in DBSR and consumed (one-shot, as Linux)', () => {
    const e = machine('e500v2');
    expect(armIac(e, 0x100)).toBeUndefined();
    expect(armIac(e, 0x200)).toBeUndefined();
    expect(armIac(e, 0x300)).toMatch(/2 IACs are in use/);
    expect(iacHit(e, 0x104)).toBe(false);
    expect(iacHit(e, 0x200)).toBe(true);
    expect(e.s32[Spr32.DBSR]).toBe(0x00400000); // DBSR[IAC2]
    expect(armedIacs(e)).toEqual([[0, 0x100]]);
    const p = machine('440FP');
    for (const a of [0x100, 0x200, 0x300, 0x400]) expect(armIac(p, a)).toBeUndefined();
    expect(armIac(p, 0x500)).toMatch(/4 IACs/);
  });

  it('Book3S models have none (their instruction breakpoint is CIABR, or nothing)', () => {
    expect(armIac(machine('POWER9'), 0x100)).toMatch(/POWER9 has no instruction address compare/);
  });
});

describe('armed debug registers in checkpoints', () => {
  it('a DAWR watch of one doubleword moves to DABR on 970 and back; 64 bytes are refused on 970', () => {
    const p = proc('ppc64', 'POWER9');
    armDataWatch(p.m, 0x10011218, 4, false, true);
    const img = checkpoint(p);
    const on970 = restoreImage(img, { cpu: '970', cpuCompat: 'used' }).proc;
    expect(dataWatches(on970.m)).toEqual([{ addr: 0x10011218, len: 8, read: false, write: true, regs: 'DABR' }]);
    const back = restoreImage(checkpoint(on970), { cpu: 'POWER9' }).proc;
    expect(dataWatches(back.m)).toEqual([{ addr: 0x10011218, len: 8, read: false, write: true, regs: 'DAWR0' }]);

    disarmDataWatch(p.m, 0x10011218, 4, false, true);
    armDataWatch(p.m, 0x10011200, 64, false, true);
    const v = checkImage(checkpoint(p), '970', 'used');
    expect(v.refusals).toEqual([
      'the image has DAWR0 armed on 64 bytes at 0x10011200 (record DABR), which 970 cannot watch (its DABR covers one doubleword)',
    ]);
    expect(checkImage(checkpoint(p), 'POWER8', 'used').refusals).toEqual([]);
  });

  it('an armed IAC3 (440FP) is refused on e500v2, which has 2 IACs', () => {
    const p = proc('ppc32', '440FP');
    for (const a of [0x10000100, 0x10000200, 0x10000300]) armIac(p.m, a);
    const v = checkImage(checkpoint(p), 'e500v2', 'used');
    expect(v.refusals).toContain('the image has IAC3 armed (record BOOKE_DEBUG), which e500v2 lacks (it has 2 IACs)');
    expect(armedIacs(restoreImage(checkpoint(p), { cpu: '476' }).proc.m)).toHaveLength(3);
  });
});
