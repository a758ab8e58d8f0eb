// CPU model table: lookup by name, alias and PVR; HWCAP words against the kernel's cputable;
// refusals and defaults; the `ppcemu cpus` output.
import * as fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runGuest } from '../../src/linux/run.js';
import { FEATURE_NAMES } from '../../src/features/features.js';
import {
  MODELS, closestModels, findModel, missingFeatures, modelByName, modelByPvr, parsePvr, supportsProgram,
} from '../../src/features/models.js';
import {
  ModelError, defaultModel, programKind, refusal, resolveModel, selectModel, unknownModelMessage,
  speFromAttributes,
} from '../../src/features/select.js';
import { parseElf, type ElfImage } from '../../src/linux/elf.js';
import { listText, modelJson, modelText } from '../../src/cli/cpus.js';

const REQUIRED = ['750', '7400', '7410', '7450', '7447A', '970', '970FX', '970MP', 'POWER5+', 'POWER6', 'POWER7',
  'POWER8', 'POWER9', 'POWER10', 'e500v1', 'e500v2', 'e500mc', 'e5500', 'e6500', '440FP', '476'];

describe('model table', () => {
  it('has every required model, each once, with consistent fields', () => {
    expect(MODELS.map((m) => m.name)).toEqual(REQUIRED);
    const owner = new Map<string, string>();
    for (const m of MODELS) {
      for (const n of [m.name, ...m.aliases]) {
        const prev = owner.get(n.toLowerCase());
        expect(prev === undefined || prev === m.name, `name ${n} used by ${prev} and ${m.name}`).toBe(true);
        owner.set(n.toLowerCase(), m.name);
      }
      expect(m.features.has('base')).toBe(true);
      for (const f of m.features) expect(FEATURE_NAMES).toContain(f);
      expect(m.bits).toBe(m.features.has('ppc64') ? 64 : 32);
      // the model's own PVR resolves to itself (no earlier row shadows it)
      expect(modelByPvr(m.pvr)?.name).toBe(m.name);
      // HWCAP agrees with the units
      expect(!!(m.hwcap & 0x10000000), `${m.name} altivec`).toBe(m.features.has('altivec'));
      expect(!!(m.hwcap & 0x00000080), `${m.name} vsx`).toBe(m.features.has('vsx'));
      expect(!!(m.hwcap & 0x08000000), `${m.name} fpu`).toBe(m.features.has('fpu'));
      expect(!!(m.hwcap & 0x00800000), `${m.name} spe`).toBe(m.features.has('spe'));
      expect(!!(m.hwcap & 0x40000000), `${m.name} ppc64`).toBe(m.features.has('ppc64'));
      expect(m.hwcap & 0x80000000).not.toBe(0); // every kernel sets PPC_FEATURE_32
      expect([32, 64, 128]).toContain(m.dcacheLine);
      expect(m.debug.dabr).toBe(m.features.has('dabr'));
      expect(m.debug.dawr).toBe(m.features.has('dawr'));
      expect(m.debug.iacs > 0).toBe(m.features.has('booke_debug'));
    }
  });

  it('gives exclusive units as the hardware has them', () => {
    const has = (n: string, f: Parameters<typeof missingFeatures>[1] extends Iterable<infer T> ? T : never) =>
      modelByName(n).features.has(f);
    for (const n of ['7400', '7450', '970', 'POWER8', 'e6500']) expect(has(n, 'altivec')).toBe(true);
    for (const n of ['750', 'POWER5+', 'e500v2', 'e500mc', 'e5500', '440FP', '476']) expect(has(n, 'altivec')).toBe(false);
    for (const n of ['970', '7450', 'POWER6', 'e6500']) expect(has(n, 'vsx')).toBe(false);
    for (const n of ['POWER7', 'POWER8', 'POWER9', 'POWER10']) expect(has(n, 'vsx')).toBe(true);
    for (const m of MODELS) expect(m.features.has('spe')).toBe(m.name === 'e500v1' || m.name === 'e500v2');
    expect(has('e500v1', 'spe_fd')).toBe(false);
    expect(has('e500v2', 'spe_fd')).toBe(true);
    expect(has('e500v1', 'fpu') || has('e500v2', 'fpu')).toBe(false);
    for (const m of MODELS) {
      expect(m.features.has('true_le'), m.name).toBe(['POWER8', 'POWER9', 'POWER10'].includes(m.name));
      expect(m.features.has('isel'), m.name).toBe(
        ['POWER7', 'POWER8', 'POWER9', 'POWER10', 'e500v1', 'e500v2', 'e500mc', 'e5500', 'e6500'].includes(m.name));
    }
    expect(has('POWER8', 'isa300')).toBe(false);
    expect(has('POWER9', 'isa300')).toBe(true);
    expect(has('POWER9', 'darn')).toBe(true);
    expect(has('POWER10', 'isa310')).toBe(true);
    expect(has('POWER10', 'htm')).toBe(false);
    expect(has('750', 'fpu_sqrt')).toBe(false);
    expect(has('970', 'fpu_sqrt')).toBe(true);
    expect(modelByName('e500v1').debug).toEqual({ dabr: false, dawr: false, dawr1: false, ciabr: false, iacs: 2, dacs: 2, watchBlock: 0 });
    expect(modelByName('440FP').debug).toEqual({ dabr: false, dawr: false, dawr1: false, ciabr: false, iacs: 4, dacs: 2, watchBlock: 0 });
    expect(modelByName('476').debug).toEqual({ dabr: false, dawr: false, dawr1: false, ciabr: false, iacs: 4, dacs: 2, watchBlock: 0 });
    expect(modelByName('POWER7').debug.dabr).toBe(true);
    expect(modelByName('POWER8').debug.dawr).toBe(true);
    // CIABR from ISA 2.07 (POWER8) on; the second DAWR from ISA 3.1 (POWER10)
    for (const [n, ciabr, dawr1] of [['POWER7', false, false], ['POWER8', true, false], ['POWER9', true, false], ['POWER10', true, true]] as const) {
      expect([modelByName(n).debug.ciabr, modelByName(n).debug.dawr1], n).toEqual([ciabr, dawr1]);
    }
  });
});

describe('lookup', () => {
  it('finds models by canonical name and alias, case-insensitively', () => {
    expect(findModel('POWER9')?.name).toBe('POWER9');
    expect(findModel('power9')?.name).toBe('POWER9');
    expect(findModel('  Power9 ')?.name).toBe('POWER9');
    expect(findModel('g3')?.name).toBe('750');
    expect(findModel('G4')?.name).toBe('7450');
    expect(findModel('g5')?.name).toBe('970');
    expect(findModel('e500')?.name).toBe('e500v2');
    expect(findModel('E500MC')?.name).toBe('e500mc');
    expect(findModel('7447a')?.name).toBe('7447A');
    expect(findModel('power5+')?.name).toBe('POWER5+');
    expect(findModel('440')?.name).toBe('440FP');
    expect(findModel('476fp')?.name).toBe('476');
    expect(findModel('nonesuch')).toBeUndefined();
  });

  it('finds models by PVR with the kernel mask/value match', () => {
    expect(findModel('pvr:0x004e1202')?.name).toBe('POWER9');
    expect(findModel('0x80210030')?.name).toBe('e500v2');
    expect(findModel('PVR:0x004E0203')?.name).toBe('POWER9'); // any POWER9 revision
    expect(findModel('0x004d0200')?.name).toBe('POWER8');
    expect(findModel('0x00800100')?.name).toBe('POWER10');
    expect(findModel('0x003f0201')?.name).toBe('POWER7');
    expect(findModel('0x003b0300')?.name).toBe('POWER5+'); // "Power5++" revision
    expect(findModel('0x00390202')?.name).toBe('970');
    expect(findModel('0x003c0300')?.name).toBe('970FX');
    expect(findModel('0x00440100')?.name).toBe('970MP');
    expect(findModel('0x00088302')?.name).toBe('750'); // 750L: same family entry
    expect(findModel('0x000c0209')?.name).toBe('7400');
    expect(findModel('0x800c1104')?.name).toBe('7410');
    expect(findModel('0x80000200')?.name).toBe('7450');
    expect(findModel('0x80030101')?.name).toBe('7447A');
    expect(findModel('0x80200010')?.name).toBe('e500v1');
    expect(findModel('0x80230020')?.name).toBe('e500mc');
    expect(findModel('0x80240020')?.name).toBe('e5500');
    expect(findModel('0x80400020')?.name).toBe('e6500');
    expect(findModel('0x200008d8')?.name).toBe('440FP'); // logical PVR, mask 0xf0000ffb
    expect(findModel('0x211008dc')?.name).toBe('440FP');
    expect(findModel('0x11a52080')?.name).toBe('476');
    expect(findModel('0x00450000')).toBeUndefined(); // 970GX: not modelled
    expect(findModel('pvr:zz')).toBeUndefined();
    expect(findModel('0x123456789')).toBeUndefined();
    expect(parsePvr('pvr:004e1202')).toBe(0x004e1202);
    expect(parsePvr('power9')).toBeUndefined();
  });

  it('suggests the closest names for unknown models', () => {
    expect(closestModels('powr9')[0]).toBe('POWER9');
    expect(closestModels('POWER11')).toContain('POWER10');
    expect(closestModels('e500v3')).toContain('e500v2');
    expect(closestModels('7455')[0]).toMatch(/^74/);
    expect(closestModels('zzzzzzzzzzzz')).toEqual([]);
    expect(unknownModelMessage('powr9')).toMatch(/^unknown CPU model 'powr9'; did you mean POWER9/);
    expect(unknownModelMessage('0x12345678')).toMatch(/^unknown CPU PVR/);
    expect(() => resolveModel('powr9')).toThrow(ModelError);
    try { resolveModel('powr9'); } catch (e) { expect((e as ModelError).status).toBe(125); }
    expect(() => modelByName('nope')).toThrow();
  });
});

describe('HWCAP words equal the kernel cputable (arch/powerpc/kernel/cpu_specs_*.h)', () => {
  // Expected values computed by hand from the uapi bit values:
  //  COMMON_USER (book3s_32)             = 32|FPU|MMU                      = 0x8c000000
  //  COMMON_USER_POWER4                  = 32|64|FPU|MMU|POWER4            = 0xcc080000
  //  COMMON_USER_POWER5_PLUS             = 0xcc000000|POWER5_PLUS|SMT|ICACHE_SNOOP = 0xcc026000
  //  COMMON_USER_POWER6                  = 0xcc000000|ARCH_2_05|SMT|IC_SNOOP|TRUE_LE|PERFMON = 0xcc007042
  //  COMMON_USER_POWER7/8/9/10           = 0xcc000000|ARCH_2_06|SMT|IC_SNOOP|TRUE_LE|PERFMON = 0xcc006142
  //  + device tree ibm,vmx/ibm,dfp (ALTIVEC 0x10000000, VSX 0x80, DFP 0x400)
  //  COMMON_USER2_POWER8 = ARCH_2_07|HTM|HTM_NOSC|DSCR|ISEL|TAR|VEC_CRYPTO = 0xef000000, + EBB (PMU) = 0xff000000
  //  COMMON_USER2_POWER9 = POWER8 | ARCH_3_00|IEEE128|DARN|SCV = 0xeff00000, + EBB = 0xfff00000
  //  COMMON_USER2_POWER10 = ARCH_3_1|MMA|ARCH_3_00|IEEE128|DARN|SCV|ARCH_2_07|DSCR|ISEL|TAR|VEC_CRYPTO
  //                       = 0xaef60000, + EBB = 0xbef60000
  //  COMMON_USER_BOOKE (32-bit kernel) = 32|MMU|BOOKE = 0x84008000; (64-bit kernel) 32|MMU|FPU|64 = 0xcc000000
  const expected: Record<string, [number, number, string]> = {
    '750': [0x8c000001, 0, 'ppc750'], // COMMON_USER | PPC_LE
    '7400': [0x9c000001, 0, 'ppc7400'], // | HAS_ALTIVEC_COMP
    '7410': [0x9c000001, 0, 'ppc7400'],
    '7450': [0x9c000001, 0, 'ppc7450'],
    '7447A': [0x9c000001, 0, 'ppc7450'],
    '970': [0xdc080000, 0, 'ppc970'], // COMMON_USER_POWER4 | HAS_ALTIVEC_COMP
    '970FX': [0xdc080000, 0, 'ppc970'],
    '970MP': [0xdc080000, 0, 'ppc970'],
    'POWER5+': [0xcc026000, 0, 'power5+'],
    'POWER6': [0xdc007642, 0, 'power6x'], // | POWER6_EXT (0x200) | ALTIVEC | DFP
    'POWER7': [0xdc0065c2, 0x20000000, 'power7'],
    'POWER8': [0xdc0065c2, 0xff000000, 'power8'],
    'POWER9': [0xdc0065c2, 0xfff00000, 'power9'],
    'POWER10': [0xdc0065c2, 0xbef60000, 'power10'],
    'e500v1': [0x84e08000 & ~0x00200000, 0x08000000, 'ppc8540'], // BOOKE | SPE | EFP_SINGLE
    'e500v2': [0x84e08000, 0x08000000, 'ppc8548'], // | EFP_DOUBLE
    'e500mc': [0x8c008000, 0x08000000, 'ppce500mc'], // BOOKE | FPU
    'e5500': [0xcc000000, 0x08000000, 'ppce5500'], // 64-bit kernel COMMON_USER_BOOKE | FPU
    'e6500': [0xdc000000, 0x08000000, 'ppce6500'], // | ALTIVEC
    '440FP': [0x8c008000, 0, 'ppc440'],
    '476': [0x8c008000, 0, 'ppc470'],
  };
  for (const [name, [hw, hw2, plat]] of Object.entries(expected)) {
    it(name, () => {
      const m = modelByName(name);
      expect(m.hwcap >>> 0).toBe(hw >>> 0);
      expect(m.hwcap2 >>> 0).toBe(hw2 >>> 0);
      expect(m.platform).toBe(plat);
      expect(m.basePlatform).toBe(plat);
    });
  }
  it('cache block sizes', () => {
    const sizes = Object.fromEntries(MODELS.map((m) => [m.name, [m.dcacheLine, m.icacheLine]]));
    expect(sizes['7450']).toEqual([32, 32]);
    expect(sizes['970']).toEqual([128, 128]);
    expect(sizes['POWER9']).toEqual([128, 128]);
    expect(sizes['e500v2']).toEqual([32, 32]);
    expect(sizes['e500mc']).toEqual([64, 64]);
    expect(sizes['e6500']).toEqual([64, 64]);
    expect(sizes['476']).toEqual([128, 32]);
  });
});

/**
 * A minimal executable the loader's parser accepts (ELF header, one PT_LOAD program header and an
 * optional .gnu.attributes section holding the "gnu" file-scope tag bytes `attrs`) for the
 * selection tests: select.ts reads only the parsed ElfImage.
 */
function elfBytes(cls: 32 | 64, le: boolean, attrs?: number[]): Uint8Array {
  const is64 = cls === 64;
  const ehsize = is64 ? 64 : 52;
  const phentsize = is64 ? 56 : 32;
  const shentsize = is64 ? 64 : 40;
  const sec: number[] = [];
  const put32 = (a: number[], off: number, v: number) => {
    const b = le ? [v & 255, (v >> 8) & 255, (v >> 16) & 255, v >>> 24] : [v >>> 24, (v >> 16) & 255, (v >> 8) & 255, v & 255];
    for (let k = 0; k < 4; k++) a[off + k] = b[k];
  };
  if (attrs) {
    // 'A', u32 len, "gnu\0", tag 1 (file), u32 len, attribute pairs
    const body = [1, 0, 0, 0, 0, ...attrs];
    sec.push(0x41, 0, 0, 0, 0, 0x67, 0x6e, 0x75, 0, ...body);
    put32(sec, 1, 4 + 4 + body.length);
    put32(sec, 10, body.length);
  }
  const secOff = ehsize + phentsize;
  const shoff = (secOff + sec.length + 7) & ~7;
  const buf = new Uint8Array(shoff + (attrs ? 2 : 0) * shentsize);
  const dv = new DataView(buf.buffer);
  buf.set([0x7f, 0x45, 0x4c, 0x46, is64 ? 2 : 1, le ? 1 : 2, 1]);
  dv.setUint16(16, 2, le); // ET_EXEC
  dv.setUint16(18, is64 ? 21 : 20, le);
  if (is64) dv.setUint32(48, le ? 2 : 1, le);
  // one PT_LOAD program header right after the ELF header (nothing in the file, 4 KiB of memory)
  if (is64) dv.setBigUint64(32, BigInt(ehsize), le); else dv.setUint32(28, ehsize, le);
  dv.setUint16(is64 ? 54 : 42, phentsize, le);
  dv.setUint16(is64 ? 56 : 44, 1, le);
  dv.setUint32(ehsize, 1, le); // p_type PT_LOAD
  if (is64) { dv.setBigUint64(ehsize + 16, 0x10000000n, le); dv.setBigUint64(ehsize + 40, 0x1000n, le); }
  else { dv.setUint32(ehsize + 8, 0x10000000, le); dv.setUint32(ehsize + 20, 0x1000, le); }
  buf.set(sec, secOff);
  if (attrs) {
    if (is64) dv.setBigUint64(40, BigInt(shoff), le); else dv.setUint32(32, shoff, le);
    dv.setUint16(is64 ? 58 : 46, shentsize, le);
    dv.setUint16(is64 ? 60 : 48, 2, le);
    const sh = shoff + shentsize; // section 1 (section 0 is the null section)
    dv.setUint32(sh + 4, 0x6ffffff5, le); // SHT_GNU_ATTRIBUTES
    if (is64) { dv.setBigUint64(sh + 24, BigInt(secOff), le); dv.setBigUint64(sh + 32, BigInt(sec.length), le); }
    else { dv.setUint32(sh + 16, secOff, le); dv.setUint32(sh + 20, sec.length, le); }
  }
  return buf;
}

/** The loader's parse of elfBytes(...): what selectModel and programKind take. */
function elf(cls: 32 | 64, le: boolean, attrs?: number[]): ElfImage {
  return parseElf(elfBytes(cls, le, attrs));
}

describe('default model and refusals', () => {
  it('reads the program kind from the parsed ELF, .gnu.attributes included', () => {
    expect(programKind(elf(32, false))).toMatchObject({ target: 'ppc32', is64: false, spe: false });
    expect(programKind(elf(64, false))).toMatchObject({ target: 'ppc64', abi: 1 });
    expect(programKind(elf(64, true))).toMatchObject({ target: 'ppc64le', abi: 2, littleEndian: true });
    expect(programKind(elf(32, false, [4, 1]))).toMatchObject({ spe: false });
    expect(programKind(elf(32, false, [4, 1, 8, 3]))).toMatchObject({ spe: true }); // Vector ABI = SPE
    expect(programKind(elf(32, false, [4, 3]))).toMatchObject({ spe: true }); // single-precision hard float
    expect(programKind(elf(32, false, [4, 1, 8, 2]))).toMatchObject({ spe: false }); // AltiVec ABI
    expect(programKind(elf(32, false, [5, 0x61, 0x62, 0, 8, 3]))).toMatchObject({ spe: true }); // odd tag = string
  });

  it('tells SPE code by its GNU attributes (Tag_GNU_Power_ABI_Vector 3, or FP single-precision hard float)', () => {
    expect(speFromAttributes(undefined, undefined)).toBe(false);
    expect(speFromAttributes(3, undefined)).toBe(true);
    expect(speFromAttributes(2, 1)).toBe(false); // AltiVec vector ABI, double hard float
    expect(speFromAttributes(undefined, 3)).toBe(true);
    expect(speFromAttributes(undefined, 7)).toBe(true); // low two bits 3, long double bits above
    expect(speFromAttributes(undefined, 2)).toBe(false); // soft float
  });

  it('needs only the ElfImage fields it names', () => {
    const base = { class64: false, littleEndian: false, abiVersion: 0, gnuVectorAbi: undefined, gnuFpAbi: undefined };
    expect(programKind(base).spe).toBe(false);
    expect(programKind({ ...base, gnuVectorAbi: 3 }).spe).toBe(true);
    expect(programKind({ ...base, class64: true, littleEndian: true, abiVersion: 2 }).target).toBe('ppc64le');
  });

  it('picks POWER9 for ppc64/ppc64le, 7450 for ppc32, e500v2 for SPE', () => {
    expect(selectModel(elf(64, true)).name).toBe('POWER9');
    expect(selectModel(elf(64, false)).name).toBe('POWER9');
    expect(selectModel(elf(32, false)).name).toBe('7450');
    expect(selectModel(elf(32, false, [8, 3])).name).toBe('e500v2');
    expect(defaultModel({ target: 'ppc32', is64: false, littleEndian: false, abi: 0, spe: true }).name).toBe('e500v2');
    expect(selectModel(elf(32, false), 'power9').name).toBe('POWER9'); // 32-bit program on a 64-bit CPU
    expect(selectModel(elf(64, false), 'g5').name).toBe('970');
    expect(selectModel(elf(64, false), 'e5500').name).toBe('e5500');
    expect(selectModel(elf(64, true), 'pvr:0x004d0200').name).toBe('POWER8');
  });

  it('refuses 64-bit programs on 32-bit models and LE programs without true LE', () => {
    for (const m of MODELS) {
      const r64 = refusal(m, { is64: true, littleEndian: false });
      const rle = refusal(m, { is64: true, littleEndian: true });
      expect(r64 === undefined, m.name).toBe(m.features.has('ppc64'));
      expect(rle === undefined, m.name).toBe(m.features.has('ppc64') && m.features.has('true_le'));
      expect(supportsProgram(m, true, true)).toBe(rle === undefined);
    }
    expect(() => selectModel(elf(64, false), '7450')).toThrow(
      'cannot run a 64-bit program on 7450, which is a 32-bit CPU');
    expect(() => selectModel(elf(64, true), 'POWER7')).toThrow(
      'cannot run a little-endian program on POWER7, which has no true little-endian mode');
    expect(() => selectModel(elf(64, true), '970')).toThrow(/little-endian program on 970/);
    expect(() => selectModel(elf(64, true), 'e500v2')).toThrow(/64-bit program on e500v2/);
    expect(() => selectModel(elf(32, false), 'powr9')).toThrow(/did you mean POWER9/);
  });
});

describe('ppcemu cpus output', () => {
  it('lists every model', () => {
    const text = listText();
    for (const m of MODELS) expect(text).toMatch(new RegExp(`^${m.name.replace('+', '\\+')} `, 'm'));
    expect(text).toContain('0x004e1202/ffff0000');
  });
  it('shows one model in full', () => {
    const t = modelText(modelByName('POWER9'));
    expect(t).toContain('AT_HWCAP:         0xdc0065c2  ppc32 ppc64 altivec fpu mmu smt ic_snoop dfp arch_2_06 vsx archpmu true_le');
    expect(t).toContain('AT_HWCAP2:        0xfff00000  arch_2_07 htm dscr ebb isel tar vcrypto htm-nosc arch_3_00 ieee128 darn scv');
    expect(t).toContain('data 128 bytes (dcbz)');
    expect(t).toContain('DAWR/DAWRX');
    expect(modelText(modelByName('e500v2'))).toContain('Book E debug: 2 IACs, 2 DACs');
    const j = modelJson(modelByName('e500v2'));
    expect(j).toMatchObject({ name: 'e500v2', pvr: '0x80210030', hwcap: '0x84e08000', hwcap2: '0x08000000',
      platform: 'ppc8548', bits: 32, dcacheLine: 32, debug: { iacs: 2, dacs: 2 } });
    expect(j.hwcapMacros).toContain('PPC_FEATURE_HAS_EFP_DOUBLE');
    expect(JSON.parse(JSON.stringify(j))).toEqual(j);
  });
});

describe('QEMU names', () => {
  it('every model\'s QEMU -cpu name resolves to that model (the harness passes it as --cpu)', () => {
    for (const m of MODELS) if (m.qemuCpu) expect(findModel(m.qemuCpu)?.name, m.qemuCpu).toBe(m.name);
  });
});

// getauxval() as a glibc program sees it (test/programs/glibc/auxv.c), under many models: the
// values must be the model table's, i.e. the kernel cputable's (checked against hand-computed
// words above). Values are parsed loosely so that a printf formatting bug shows up in the golden
// comparison of test/programs-suite.ts rather than here.
describe('auxv as a guest program sees it', () => {
  const cases: [string, string[]][] = [
    ['ppc32', ['750', '7400', '7410', '7450', '7447A', 'e500mc', '440FP', '476']],
    ['ppc32', ['970', 'POWER9', 'e5500']], // a 32-bit program on 64-bit CPUs (MSR[SF]=0)
    ['ppc64', ['970', 'POWER5+', 'POWER6', 'POWER7', 'POWER8', 'POWER9', 'POWER10', 'e5500', 'e6500']],
    ['ppc64le', ['POWER8', 'POWER9', 'POWER10']],
  ];
  for (const [target, models] of cases) {
    const bin = `test/bin/${target}/glibc-auxv`;
    it.skipIf(!fs.existsSync(bin))(`${target}: ${models.join(', ')}`, () => {
      const elfBytes = fs.readFileSync(bin);
      for (const name of models) {
        const m = modelByName(name);
        const r = runGuest(elfBytes, { cpu: name, maxInsns: 200_000_000 });
        expect(r.status, `${target} on ${name}: ${r.stderr.toString()}`).toBe(0);
        const out = r.stdout.toString();
        const num = (k: string) => {
          const x = new RegExp(`^${k}=(0x)?\\s*([0-9a-f]+)$`, 'm').exec(out);
          return x ? Number.parseInt(x[2], x[1] ? 16 : 10) >>> 0 : undefined;
        };
        const str = (k: string) => new RegExp(`^${k}=(.*)$`, 'm').exec(out)?.[1];
        expect(num('AT_HWCAP'), `${target} on ${name}`).toBe(m.hwcap);
        expect(num('AT_HWCAP2'), `${target} on ${name}`).toBe(m.hwcap2);
        expect(str('AT_PLATFORM')).toBe(m.platform);
        expect(str('AT_BASE_PLATFORM')).toBe(m.basePlatform);
        expect(num('AT_DCACHEBSIZE')).toBe(m.dcacheLine);
        expect(num('AT_ICACHEBSIZE')).toBe(m.icacheLine);
      }
    });
  }
  // A hard-float glibc program uses classic FP, which e500v1/v2 lack: SIGILL, as on the hardware.
  it.skipIf(!fs.existsSync('test/bin/ppc32/glibc-auxv'))('ppc32 hard-float glibc on e500v1/v2: SIGILL (132)', () => {
    for (const name of ['e500v1', 'e500v2']) {
      const r = runGuest(fs.readFileSync('test/bin/ppc32/glibc-auxv'), { cpu: name, maxInsns: 200_000_000 });
      expect(r.status, name).toBe(132);
    }
  });
});
