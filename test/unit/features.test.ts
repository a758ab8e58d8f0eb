// Feature bits, HWCAP constants and names, what-a-model-lacks, and the machine's feature gate
// (SIGILL for rows whose feature the model lacks, lazy usage tracking) for every model.
import { describe, expect, it } from 'vitest';
import { Machine, decodeTable } from '../../src/cpu/machine.js';
import { GuestFault } from '../../src/cpu/memory.js';
import { Flag, rowPattern, type Row } from '../../src/cpu/isa/table.js';
import { FEATURES, FEATURE_BIT, featureMask, featuresFromMask, unitOf, type Feature } from '../../src/features/features.js';
import * as H from '../../src/features/hwcap.js';
import { MODELS, missingFeatures, modelByName } from '../../src/features/models.js';

describe('feature bits', () => {
  it('are unique and round-trip through a mask', () => {
    const bits = FEATURES.map(([b]) => b);
    expect(new Set(bits).size).toBe(bits.length);
    expect(Math.max(...bits)).toBeLessThan(64);
    for (const m of MODELS) expect(new Set(featuresFromMask(featureMask(m.features)))).toEqual(new Set(m.features));
  });
  it('map units as Linux tracks them lazily', () => {
    expect(unitOf('fpu_sqrt')).toBe('fp');
    expect(unitOf('vmx_300')).toBe('vmx');
    expect(unitOf('vsx_207')).toBe('vsx');
    expect(unitOf('spe_fd')).toBe('spe');
    expect(unitOf('isel')).toBeUndefined();
  });
});

describe('HWCAP constants (uapi arch/powerpc/include/uapi/asm/cputable.h)', () => {
  it('have the kernel values', () => {
    expect(H.PPC_FEATURE_32).toBe(0x80000000);
    expect(H.PPC_FEATURE_64).toBe(0x40000000);
    expect(H.PPC_FEATURE_HAS_ALTIVEC).toBe(0x10000000);
    expect(H.PPC_FEATURE_HAS_FPU).toBe(0x08000000);
    expect(H.PPC_FEATURE_HAS_MMU).toBe(0x04000000);
    expect(H.PPC_FEATURE_HAS_SPE).toBe(0x00800000);
    expect(H.PPC_FEATURE_HAS_EFP_SINGLE).toBe(0x00400000);
    expect(H.PPC_FEATURE_HAS_EFP_DOUBLE).toBe(0x00200000);
    expect(H.PPC_FEATURE_BOOKE).toBe(0x00008000);
    expect(H.PPC_FEATURE_ARCH_2_05).toBe(0x00001000);
    expect(H.PPC_FEATURE_HAS_DFP).toBe(0x00000400);
    expect(H.PPC_FEATURE_ARCH_2_06).toBe(0x00000100);
    expect(H.PPC_FEATURE_HAS_VSX).toBe(0x00000080);
    expect(H.PPC_FEATURE_PSERIES_PERFMON_COMPAT).toBe(0x00000040);
    expect(H.PPC_FEATURE_TRUE_LE).toBe(0x00000002);
    expect(H.PPC_FEATURE_PPC_LE).toBe(0x00000001);
    expect(H.PPC_FEATURE2_ARCH_2_07).toBe(0x80000000);
    expect(H.PPC_FEATURE2_HTM).toBe(0x40000000);
    expect(H.PPC_FEATURE2_DSCR).toBe(0x20000000);
    expect(H.PPC_FEATURE2_EBB).toBe(0x10000000);
    expect(H.PPC_FEATURE2_ISEL).toBe(0x08000000);
    expect(H.PPC_FEATURE2_TAR).toBe(0x04000000);
    expect(H.PPC_FEATURE2_VEC_CRYPTO).toBe(0x02000000);
    expect(H.PPC_FEATURE2_HTM_NOSC).toBe(0x01000000);
    expect(H.PPC_FEATURE2_ARCH_3_00).toBe(0x00800000);
    expect(H.PPC_FEATURE2_HAS_IEEE128).toBe(0x00400000);
    expect(H.PPC_FEATURE2_DARN).toBe(0x00200000);
    expect(H.PPC_FEATURE2_SCV).toBe(0x00100000);
    expect(H.PPC_FEATURE2_HTM_NO_SUSPEND).toBe(0x00080000);
    expect(H.PPC_FEATURE2_ARCH_3_1).toBe(0x00040000);
    expect(H.PPC_FEATURE2_MMA).toBe(0x00020000);
  });
  it('name tables cover each bit once', () => {
    for (const t of [H.HWCAP_BITS, H.HWCAP2_BITS]) {
      let all = 0;
      for (const [bit] of t) {
        expect(all & bit).toBe(0);
        all = (all | bit) >>> 0;
      }
    }
  });
  it('hwcapNames gives glibc names (or macro names), unknown bits as hex', () => {
    expect(H.hwcapNames(0xdc0065c2, 0)).toEqual({
      hwcap: ['ppc32', 'ppc64', 'altivec', 'fpu', 'mmu', 'smt', 'ic_snoop', 'dfp', 'arch_2_06', 'vsx', 'archpmu', 'true_le'],
      hwcap2: [],
    });
    expect(H.hwcapNames(0x84e08000, 0x08000000, true)).toEqual({
      hwcap: ['PPC_FEATURE_32', 'PPC_FEATURE_HAS_MMU', 'PPC_FEATURE_HAS_SPE', 'PPC_FEATURE_HAS_EFP_SINGLE',
        'PPC_FEATURE_HAS_EFP_DOUBLE', 'PPC_FEATURE_BOOKE'],
      hwcap2: ['PPC_FEATURE2_ISEL'],
    });
    expect(H.hwcapNames(0x00000004, 0x00000001)).toEqual({ hwcap: ['0x00000004'], hwcap2: ['0x00000001'] });
    expect(H.hex32(0xdc0065c2)).toBe('0xdc0065c2');
  });
});

describe('missingFeatures', () => {
  it('lists what a model lacks of the used features', () => {
    expect(missingFeatures(modelByName('970'), ['base', 'fpu', 'altivec', 'vsx'])).toEqual(['vsx']);
    expect(missingFeatures(modelByName('POWER8'), ['isa300', 'vsx_300', 'isa207'])).toEqual(['isa300', 'vsx_300']);
    expect(missingFeatures(modelByName('e500v2'), ['fpu', 'spe', 'fpu'])).toEqual(['fpu']);
    expect(missingFeatures(modelByName('750'), new Set<Feature>(['fpu', 'base']))).toEqual([]);
    expect(missingFeatures(modelByName('e500mc'), ['ppc64', 'altivec'])).toEqual(['ppc64', 'altivec']);
  });
});

describe('the machine gates rows by the model (every row of every feature, every model)', () => {
  // One sample row per feature from whatever rows the instruction table has today.
  const table = decodeTable();
  const sample = new Map<Feature, Row>();
  for (const [, name] of FEATURES) {
    // (rows that run without their feature, kernel-emulated or legacy, are tested in cr/fixedpoint)
    const r = table.rows.find((x: Row) => x.feature === name && !x.legacy && !((x.flags ?? 0) & Flag.KERNEL_EMU));
    if (r) sample.set(name, r);
  }
  it.skipIf(sample.size === 0)('SIGILL when the model lacks the feature, the row (first-use tracking) otherwise', () => {
    for (const model of MODELS) {
      const m = new Machine(model); // one per model: a Machine is large (decoded-page index)
      for (const [f, row] of sample) {
        const [, value] = rowPattern(row);
        const spe = model.features.has('spe');
        if ((row.space === 'spe') !== spe && row.opcd === 4) continue; // other opcode space
        const insn = m.decodeWord(value, 0x10000);
        if (insn.row !== row) continue; // a more specific row owns this encoding
        if (!model.features.has(f)) {
          let fault: unknown;
          try { insn.h(m, insn); } catch (e) { fault = e; }
          expect(fault, `${row.mnem} on ${model.name}`).toBeInstanceOf(GuestFault);
          expect((fault as GuestFault).signo).toBe(4);
          expect((fault as GuestFault).message).toContain(`which ${model.name} lacks`);
          expect(m.used[FEATURE_BIT[f]]).toBe(0);
        } else {
          expect(insn.h.name, `${row.mnem} on ${model.name}`).not.toBe('missingFeature');
        }
      }
    }
  });
});
