// CPU models: a flat data table keyed by PVR, plus aliases. Feature sets are the units and
// instruction groups each chip implements; HWCAP, HWCAP2, the platform strings and the cache block
// sizes are what a Linux kernel's cputable gives each processor (cited per row). The PVR lookup
// uses mask/value pairs exactly as the kernel's identify_cpu() does: a PVR belongs to a model when
// (pvr & mask) == (model.pvr & mask).
//
// Kernel sources (torvalds/linux):
//   arch/powerpc/kernel/cpu_specs_book3s_32.h  750, 7400, 7410, 7450, 7447A
//   arch/powerpc/kernel/cpu_specs_book3s_64.h  970, 970FX, 970MP, POWER5+, POWER6..POWER10
//   arch/powerpc/kernel/cpu_specs_e500.h       e500 (v1), e500v2
//   arch/powerpc/kernel/cpu_specs_e500mc.h     e500mc, e5500, e6500
//   arch/powerpc/kernel/cpu_specs_44x.h        440EPx (440 with FPU)
//   arch/powerpc/kernel/cpu_specs_47x.h        476
// Bit composites (COMMON_USER_*) and device-tree/PMU additions are defined in hwcap.ts.

import type { Feature } from './features.js';
import {
  COMMON_USER, COMMON_USER2_POWER10, COMMON_USER2_POWER7, COMMON_USER2_POWER8, COMMON_USER2_POWER9,
  COMMON_USER_BOOKE32, COMMON_USER_BOOKE64, COMMON_USER_POWER10, COMMON_USER_POWER4,
  COMMON_USER_POWER5_PLUS, COMMON_USER_POWER6, COMMON_USER_POWER7, COMMON_USER_POWER8, COMMON_USER_POWER9,
  DT_DFP, DT_VMX, DT_VSX, PMU_EBB, PPC_FEATURE2_ISEL, PPC_FEATURE_HAS_ALTIVEC, PPC_FEATURE_HAS_EFP_DOUBLE,
  PPC_FEATURE_HAS_EFP_SINGLE, PPC_FEATURE_HAS_FPU, PPC_FEATURE_HAS_SPE, PPC_FEATURE_POWER6_EXT,
  PPC_FEATURE_PPC_LE,
} from './hwcap.js';

export interface DebugFacilities {
  dabr: boolean;
  dawr: boolean;
  /** A second DAWR (DAWR1/DAWRX1, ISA 3.1); its ranges may also cross a 512-byte boundary. */
  dawr1: boolean;
  /** CIABR, the completed instruction address breakpoint register (ISA 2.07 Book III-S). */
  ciabr: boolean;
  /** Book E instruction / data address compare registers (0 when not Book E). */
  iacs: number;
  dacs: number;
  /**
   * DABR / DAWR: a data watch covers doublewords inside one naturally aligned block of this many
   * bytes (DABR: one doubleword; DAWR: up to 512 bytes, ISA 2.07 Book III 9.4); 0 for Book E
   * DACs (an exact address, or any DAC1..DAC2 range).
   */
  watchBlock: number;
}

export interface CpuModel {
  /** Canonical name, e.g. 'POWER9', '7450', 'e500v2'. */
  name: string;
  aliases: readonly string[];
  /** The PVR this model reports (mfpvr). */
  pvr: number;
  /** PVR match: a PVR belongs to this model when (pvr & pvrMask) === (this.pvr & pvrMask). */
  pvrMask: number;
  features: ReadonlySet<Feature>;
  /** ISA level, e.g. '2.06' ('1.10' for the classic PowerPC architecture, 'Book E' for 440). */
  isa: string;
  hwcap: number;
  hwcap2: number;
  /** AT_PLATFORM string. */
  platform: string;
  /** AT_BASE_PLATFORM string (the kernel gives the real chip's platform). */
  basePlatform: string;
  /** Data / instruction cache block size (dcbz size, AT_DCACHEBSIZE, AT_ICACHEBSIZE). */
  dcacheLine: number;
  icacheLine: number;
  debug: DebugFacilities;
  // ---- additions of the CPU-model issue -------------------------------------------------------
  /** Marketing description, e.g. 'PowerPC 7450 (G4)'. */
  description: string;
  /** GPR width of the implementation (64 when the model has the 'ppc64' feature). */
  bits: 32 | 64;
  /** The cputable entry the HWCAP words come from: file and entry comment / cpu_name. */
  kernelSpec: string;
  /** QEMU's -cpu name for this chip, when QEMU has it (for oracle comparisons). */
  qemuCpu?: string;
  /** Notes on where the model deviates from the plain cputable entry, shown by `ppcemu cpus MODEL`. */
  notes: readonly string[];
}

/** The unit-and-instruction groups of each family, built up generation by generation. */
const CLASSIC_FP: Feature[] = ['fpu', 'fpu_gfx']; // 750/74xx: fsel, fres, frsqrte; no fsqrt
const G3: Feature[] = [...CLASSIC_FP, 'dabr', 'mcrxr'];
const G4: Feature[] = [...G3, 'altivec'];
const G5: Feature[] = ['ppc64', 'fpu', 'fpu_gfx', 'fpu_sqrt', 'altivec', 'isa201', 'mfocrf', 'dabr', 'mcrxr'];
const P5P: Feature[] = ['ppc64', 'fpu', 'fpu_gfx', 'fpu_sqrt', 'isa201', 'mfocrf', 'isa202', 'popcntb', 'dabr'];
const P6: Feature[] = [...P5P, 'altivec', 'isa203', 'isa205', 'dfp'];
const P7: Feature[] = [...P6, 'vsx', 'isel', 'isa206', 'fpu_ext', 'dscr'];
const P8: Feature[] = [...P7.filter((x) => x !== 'dabr'), 'isa207', 'vmx_207', 'vsx_207', 'htm', 'tar',
  'true_le', 'dawr'];
const P9: Feature[] = [...P8, 'isa300', 'vmx_300', 'vsx_300', 'darn'];
const P10: Feature[] = [...P9.filter((x) => x !== 'htm'), 'isa310', 'mma'];
const E500V1: Feature[] = ['spe', 'spe_fs', 'booke', 'isel', 'booke_debug', 'mcrxr'];
const E500V2: Feature[] = [...E500V1, 'spe_fd'];
const E500MC: Feature[] = ['fpu', 'fpu_gfx', 'booke', 'isel', 'booke_debug', 'mcrxr'];
// e5500/e6500 implement Power ISA 2.06 (embedded): mfocrf/mtocrf, cmpb and popcntw/popcntd, per
// Freescale's e5500 core reference manual (QEMU's e5500 model executes them too); glibc's ppc64
// code uses mtocrf, so without it no glibc program runs there.
const E5500: Feature[] = [...E500MC, 'ppc64', 'popcntb', 'mfocrf', 'isa201', 'isa205', 'isa206'];
const E6500: Feature[] = [...E5500, 'altivec'];
// mac440: the 4xx multiply-accumulate/halfword-multiply group and dlmzb (PPC440x5 and PPC476FP
// user's manuals; GCC's -mcpu=440/464/476 set -mmulhw and -mdlmzb).
const PPC440FP: Feature[] = ['fpu', 'fpu_gfx', 'fpu_sqrt', 'booke', 'booke_debug', 'mcrxr', 'mac440'];
const PPC476: Feature[] = ['fpu', 'fpu_gfx', 'fpu_sqrt', 'booke', 'booke_debug', 'isa201', 'mfocrf', 'isa202',
  'popcntb', 'mcrxr', 'mac440'];

const NO_DEBUG: DebugFacilities = { dabr: false, dawr: false, dawr1: false, ciabr: false, iacs: 0, dacs: 0, watchBlock: 0 };
const DABR: DebugFacilities = { ...NO_DEBUG, dabr: true, watchBlock: 8 };
const DAWR: DebugFacilities = { ...NO_DEBUG, dawr: true, ciabr: true, watchBlock: 512 };
const DAWR2: DebugFacilities = { ...DAWR, dawr1: true };
const E500_DEBUG: DebugFacilities = { ...NO_DEBUG, iacs: 2, dacs: 2 };
const PPC4XX_DEBUG: DebugFacilities = { ...NO_DEBUG, iacs: 4, dacs: 2 };

type Row = Omit<CpuModel, 'features' | 'bits' | 'basePlatform' | 'notes' | 'debug'> & {
  features: readonly Feature[];
  basePlatform?: string;
  notes?: readonly string[];
  debug?: DebugFacilities;
};

function model(r: Row): CpuModel {
  const features = new Set<Feature>(['base', ...r.features]);
  const debug = r.debug ?? (features.has('dawr') ? DAWR : features.has('dabr') ? DABR : NO_DEBUG);
  return {
    ...r,
    pvr: r.pvr >>> 0,
    pvrMask: r.pvrMask >>> 0,
    hwcap: r.hwcap >>> 0,
    hwcap2: r.hwcap2 >>> 0,
    features,
    bits: features.has('ppc64') ? 64 : 32,
    basePlatform: r.basePlatform ?? r.platform,
    notes: r.notes ?? [],
    debug,
  };
}

const B32 = 'arch/powerpc/kernel/cpu_specs_book3s_32.h';
const B64 = 'arch/powerpc/kernel/cpu_specs_book3s_64.h';
const LE_NOTE = 'the kernel advertises PPC_FEATURE_TRUE_LE, but ppcemu models true little-endian mode only ' +
  'from POWER8 (the ppc64le ABI baseline), so little-endian programs are refused';
const HTM_NOTE = 'HTM / HTM_NOSC as the cputable gives them (a kernel built with CONFIG_PPC_TRANSACTIONAL_MEM)';
const DT_NOTE = 'ALTIVEC, VSX and DFP come from the device tree (ibm,vmx, ibm,dfp; arch/powerpc/kernel/prom.c)';
const DT6_NOTE = 'ALTIVEC and DFP come from the device tree (ibm,vmx = 1, ibm,dfp; arch/powerpc/kernel/prom.c)';
const EBB_NOTE = 'EBB is added by the PMU driver at boot (arch/powerpc/perf/power*-pmu.c)';
const SCV_NOTE = 'SCV as the cputable gives it (a pseries kernel clears it when the hypervisor lacks scv support)';
const PPC_LE_NOTE = 'PPC_FEATURE_PPC_LE is the old address-munging little-endian mode, not true LE: ' +
  'little-endian programs are refused';

export const MODELS: readonly CpuModel[] = [
  // ---- classic 32-bit (book3s_32): COMMON_USER | PPC_FEATURE_PPC_LE [| HAS_ALTIVEC_COMP] ----------
  model({
    name: '750', aliases: ['g3', 'ppc750', 'mpc750', '740/750', '750_v3.1'], description: 'PowerPC 750 (G3)',
    pvr: 0x00080301, pvrMask: 0xffff0000, features: G3, isa: '1.10',
    hwcap: COMMON_USER | PPC_FEATURE_PPC_LE, hwcap2: 0, platform: 'ppc750',
    dcacheLine: 32, icacheLine: 32, kernelSpec: `${B32} "740/750" (pvr 0x00080000/0xffff0000)`, qemuCpu: '750',
    notes: [PPC_LE_NOTE],
  }),
  model({
    name: '7400', aliases: ['ppc7400', 'mpc7400'], description: 'PowerPC 7400 (G4)',
    pvr: 0x000c0209, pvrMask: 0xffff0000, features: G4, isa: '1.10',
    hwcap: COMMON_USER | PPC_FEATURE_HAS_ALTIVEC | PPC_FEATURE_PPC_LE, hwcap2: 0, platform: 'ppc7400',
    dcacheLine: 32, icacheLine: 32, kernelSpec: `${B32} "7400" (pvr 0x000c0000/0xffff0000)`, qemuCpu: '7400',
    notes: [PPC_LE_NOTE],
  }),
  model({
    name: '7410', aliases: ['ppc7410', 'mpc7410'], description: 'PowerPC 7410 (G4)',
    pvr: 0x800c1104, pvrMask: 0xffff0000, features: G4, isa: '1.10',
    hwcap: COMMON_USER | PPC_FEATURE_HAS_ALTIVEC | PPC_FEATURE_PPC_LE, hwcap2: 0, platform: 'ppc7400',
    dcacheLine: 32, icacheLine: 32, kernelSpec: `${B32} "7410" (pvr 0x800c0000/0xffff0000)`, qemuCpu: '7410',
    notes: [PPC_LE_NOTE],
  }),
  model({
    name: '7450', aliases: ['g4', 'ppc7450', 'mpc7450'], description: 'PowerPC 7450 (G4)',
    pvr: 0x80000201, pvrMask: 0xffff0000, features: G4, isa: '1.10',
    hwcap: COMMON_USER | PPC_FEATURE_HAS_ALTIVEC | PPC_FEATURE_PPC_LE, hwcap2: 0, platform: 'ppc7450',
    dcacheLine: 32, icacheLine: 32, kernelSpec: `${B32} "7450 2.1" (pvr 0x80000201/0xffffffff)`, qemuCpu: '7450',
    notes: [PPC_LE_NOTE],
  }),
  model({
    name: '7447A', aliases: ['ppc7447a', 'mpc7447a'], description: 'PowerPC 7447A (G4)',
    pvr: 0x80030102, pvrMask: 0xffff0000, features: G4, isa: '1.10',
    hwcap: COMMON_USER | PPC_FEATURE_HAS_ALTIVEC | PPC_FEATURE_PPC_LE, hwcap2: 0, platform: 'ppc7450',
    dcacheLine: 32, icacheLine: 32, kernelSpec: `${B32} "7447A" (pvr 0x80030000/0xffff0000)`, qemuCpu: '7447a',
    notes: [PPC_LE_NOTE],
  }),
  // ---- 970 (G5): COMMON_USER_POWER4 | PPC_FEATURE_HAS_ALTIVEC_COMP ------------------------------
  model({
    name: '970', aliases: ['g5', 'ppc970'], description: 'PowerPC 970 (G5)',
    pvr: 0x00390202, pvrMask: 0xffff0000, features: G5, isa: '2.01',
    hwcap: COMMON_USER_POWER4 | PPC_FEATURE_HAS_ALTIVEC, hwcap2: 0, platform: 'ppc970',
    dcacheLine: 128, icacheLine: 128, kernelSpec: `${B64} "PPC970" (pvr 0x00390000/0xffff0000)`, qemuCpu: '970',
  }),
  model({
    name: '970FX', aliases: ['ppc970fx'], description: 'PowerPC 970FX (G5)',
    pvr: 0x003c0301, pvrMask: 0xffff0000, features: G5, isa: '2.01',
    hwcap: COMMON_USER_POWER4 | PPC_FEATURE_HAS_ALTIVEC, hwcap2: 0, platform: 'ppc970',
    dcacheLine: 128, icacheLine: 128, kernelSpec: `${B64} "PPC970FX" (pvr 0x003c0000/0xffff0000)`,
    qemuCpu: '970fx',
  }),
  model({
    name: '970MP', aliases: ['ppc970mp'], description: 'PowerPC 970MP (G5, dual core)',
    pvr: 0x00440101, pvrMask: 0xffff0000, features: G5, isa: '2.01',
    hwcap: COMMON_USER_POWER4 | PPC_FEATURE_HAS_ALTIVEC, hwcap2: 0, platform: 'ppc970',
    dcacheLine: 128, icacheLine: 128, kernelSpec: `${B64} "PPC970MP" (pvr 0x00440000/0xffff0000)`,
    qemuCpu: '970mp',
  }),
  // ---- IBM POWER -----------------------------------------------------------------------------
  model({
    name: 'POWER5+', aliases: ['power5+', 'power5plus', 'power5gs', 'p5+'], description: 'IBM POWER5+',
    pvr: 0x003b0201, pvrMask: 0xffff0000, features: P5P, isa: '2.02',
    hwcap: COMMON_USER_POWER5_PLUS, hwcap2: 0, platform: 'power5+',
    dcacheLine: 128, icacheLine: 128, kernelSpec: `${B64} "Power5 GS" (pvr 0x003b0000/0xffff0000)`,
    qemuCpu: 'power5+',
  }),
  model({
    name: 'POWER6', aliases: ['power6', 'power6x', 'p6'], description: 'IBM POWER6 (raw mode)',
    pvr: 0x003e0301, pvrMask: 0xffff0000, features: P6, isa: '2.05',
    hwcap: COMMON_USER_POWER6 | PPC_FEATURE_POWER6_EXT | DT_VMX | DT_DFP, hwcap2: 0, platform: 'power6x',
    dcacheLine: 128, icacheLine: 128, kernelSpec: `${B64} "POWER6 (raw)" (pvr 0x003e0000/0xffff0000)`,
    notes: [DT6_NOTE, LE_NOTE,
      'AT_PLATFORM is "power6x" for the raw PVR; "power6" is the architected (compatibility-mode) entry',
      'QEMU has no POWER6 model'],
  }),
  model({
    name: 'POWER7', aliases: ['power7', 'p7'], description: 'IBM POWER7',
    pvr: 0x003f0203, pvrMask: 0xffff0000, features: P7, isa: '2.06',
    hwcap: COMMON_USER_POWER7 | DT_VMX | DT_VSX | DT_DFP, hwcap2: COMMON_USER2_POWER7, platform: 'power7',
    dcacheLine: 128, icacheLine: 128, kernelSpec: `${B64} "POWER7 (raw)" (pvr 0x003f0000/0xffff0000)`,
    qemuCpu: 'power7', notes: [DT_NOTE, LE_NOTE],
  }),
  model({
    name: 'POWER8', aliases: ['power8', 'p8'], description: 'IBM POWER8',
    pvr: 0x004d0200, pvrMask: 0xffff0000, features: P8, isa: '2.07',
    hwcap: COMMON_USER_POWER8 | DT_VMX | DT_VSX | DT_DFP, hwcap2: COMMON_USER2_POWER8 | PMU_EBB,
    platform: 'power8', dcacheLine: 128, icacheLine: 128,
    kernelSpec: `${B64} "POWER8 (raw)" (pvr 0x004d0000/0xffff0000)`, qemuCpu: 'power8',
    notes: [DT_NOTE, EBB_NOTE, HTM_NOTE],
  }),
  model({
    name: 'POWER9', aliases: ['power9', 'p9'], description: 'IBM POWER9',
    pvr: 0x004e1202, pvrMask: 0xffff0000, features: P9, isa: '3.0',
    hwcap: COMMON_USER_POWER9 | DT_VMX | DT_VSX | DT_DFP, hwcap2: COMMON_USER2_POWER9 | PMU_EBB,
    platform: 'power9', dcacheLine: 128, icacheLine: 128,
    kernelSpec: `${B64} "POWER9 (raw)" DD2.2 (pvr 0x004e0202/0xffffefff; family 0x004e0000/0xffff0000)`,
    qemuCpu: 'power9', notes: [DT_NOTE, EBB_NOTE, HTM_NOTE, SCV_NOTE],
  }),
  model({
    name: 'POWER10', aliases: ['power10', 'p10'], description: 'IBM POWER10',
    pvr: 0x00800200, pvrMask: 0xffff0000, features: P10, isa: '3.1',
    hwcap: COMMON_USER_POWER10 | DT_VMX | DT_VSX | DT_DFP, hwcap2: COMMON_USER2_POWER10 | PMU_EBB,
    platform: 'power10', dcacheLine: 128, icacheLine: 128, debug: DAWR2,
    kernelSpec: `${B64} "POWER10 (raw)" (pvr 0x00800000/0xffff0000)`, qemuCpu: 'power10',
    notes: [DT_NOTE, EBB_NOTE, SCV_NOTE, 'MMA accumulators are VSR 4i..4i+3 (the VSX record carries them); hashst/hashchk check with a per-process key derived from --seed'],
  }),
  // ---- Freescale e500 family (32-bit kernel for e500v1/v2/e500mc, 64-bit for e5500/e6500) -------
  model({
    name: 'e500v1', aliases: ['mpc8540', 'e500_v20', 'ppc8540'], description: 'Freescale e500v1 (MPC8540)',
    pvr: 0x80200020, pvrMask: 0xffff0000, features: E500V1, isa: '2.03',
    hwcap: COMMON_USER_BOOKE32 | PPC_FEATURE_HAS_SPE | PPC_FEATURE_HAS_EFP_SINGLE, hwcap2: PPC_FEATURE2_ISEL,
    platform: 'ppc8540', dcacheLine: 32, icacheLine: 32, debug: E500_DEBUG,
    kernelSpec: 'arch/powerpc/kernel/cpu_specs_e500.h "e500" (pvr 0x80200000/0xffff0000)', qemuCpu: 'e500v1',
  }),
  model({
    name: 'e500v2', aliases: ['e500', 'mpc8548', 'mpc8548e', 'ppc8548'], description: 'Freescale e500v2 (MPC8548)',
    pvr: 0x80210030, pvrMask: 0xffff0000, features: E500V2, isa: '2.03',
    hwcap: COMMON_USER_BOOKE32 | PPC_FEATURE_HAS_SPE | PPC_FEATURE_HAS_EFP_SINGLE | PPC_FEATURE_HAS_EFP_DOUBLE,
    hwcap2: PPC_FEATURE2_ISEL, platform: 'ppc8548', dcacheLine: 32, icacheLine: 32, debug: E500_DEBUG,
    kernelSpec: 'arch/powerpc/kernel/cpu_specs_e500.h "e500v2" (pvr 0x80210000/0xffff0000)', qemuCpu: 'e500v2',
  }),
  model({
    name: 'e500mc', aliases: ['ppce500mc'], description: 'Freescale e500mc (P4080)',
    pvr: 0x80230020, pvrMask: 0xffff0000, features: E500MC, isa: '2.06',
    hwcap: COMMON_USER_BOOKE32 | PPC_FEATURE_HAS_FPU, hwcap2: PPC_FEATURE2_ISEL,
    platform: 'ppce500mc', dcacheLine: 64, icacheLine: 64, debug: E500_DEBUG,
    kernelSpec: 'arch/powerpc/kernel/cpu_specs_e500mc.h "e500mc" (pvr 0x80230000/0xffff0000)', qemuCpu: 'e500mc',
  }),
  model({
    name: 'e5500', aliases: ['ppce5500'], description: 'Freescale e5500 (64-bit, P5020)',
    pvr: 0x80240020, pvrMask: 0xffff0000, features: E5500, isa: '2.06',
    hwcap: COMMON_USER_BOOKE64 | PPC_FEATURE_HAS_FPU, hwcap2: PPC_FEATURE2_ISEL,
    platform: 'ppce5500', dcacheLine: 64, icacheLine: 64, debug: E500_DEBUG,
    kernelSpec: 'arch/powerpc/kernel/cpu_specs_e500mc.h "e5500" (pvr 0x80240000/0xffff0000), 64-bit kernel',
    qemuCpu: 'e5500',
    notes: ['HWCAP as a 64-bit kernel gives it: its COMMON_USER_BOOKE has PPC_FEATURE_64 and no PPC_FEATURE_BOOKE'],
  }),
  model({
    name: 'e6500', aliases: ['ppce6500'], description: 'Freescale e6500 (64-bit with AltiVec, T4240)',
    pvr: 0x80400020, pvrMask: 0xffff0000, features: E6500, isa: '2.06',
    hwcap: COMMON_USER_BOOKE64 | PPC_FEATURE_HAS_FPU | PPC_FEATURE_HAS_ALTIVEC, hwcap2: PPC_FEATURE2_ISEL,
    platform: 'ppce6500', dcacheLine: 64, icacheLine: 64, debug: E500_DEBUG,
    kernelSpec: 'arch/powerpc/kernel/cpu_specs_e500mc.h "e6500" (pvr 0x80400000/0xffff0000), 64-bit kernel',
    qemuCpu: 'e6500',
    notes: ['HWCAP as a 64-bit kernel gives it: its COMMON_USER_BOOKE has PPC_FEATURE_64 and no PPC_FEATURE_BOOKE'],
  }),
  // ---- IBM/AMCC 4xx embedded ------------------------------------------------------------------
  model({
    name: '440FP', aliases: ['440', '440epx', 'ppc440', '440fpu'], description: 'PowerPC 440 with FPU (440EPx)',
    pvr: 0x200008d8, pvrMask: 0xf0000ffb, features: PPC440FP, isa: 'Book E',
    hwcap: COMMON_USER_BOOKE32 | PPC_FEATURE_HAS_FPU, hwcap2: 0,
    platform: 'ppc440', dcacheLine: 32, icacheLine: 32, debug: PPC4XX_DEBUG,
    kernelSpec: 'arch/powerpc/kernel/cpu_specs_44x.h "440EPX" (logical pvr 0x200008d8/0xf0000ffb)',
    qemuCpu: '440epx',
    notes: ['the PVR is the logical PVR (physical | 0x8) the kernel matches for FPU-equipped 440EPx parts',
      'the 4xx multiply-accumulates ([n]mac[chl]hw*), halfword multiplies (mul[chl]hw[u]) and dlmzb are modelled ' +
      '(feature mac440; the multiply-accumulates decode in an opcode-4 space of their own, as their words are ISA 3.1 ' +
      'vextdu[bw]v[lr]x on the server chips)'],
  }),
  model({
    name: '476', aliases: ['476fp', '476fpe', 'ppc476', 'ppc470'], description: 'IBM PowerPC 476FP',
    pvr: 0x11a52080, pvrMask: 0xffff0000, features: PPC476, isa: '2.05',
    hwcap: COMMON_USER_BOOKE32 | PPC_FEATURE_HAS_FPU, hwcap2: 0,
    platform: 'ppc470', dcacheLine: 128, icacheLine: 32, debug: PPC4XX_DEBUG,
    kernelSpec: 'arch/powerpc/kernel/cpu_specs_47x.h "476" DD2 (pvr 0x11a52080; family 0x11a50000/0xffff0000)',
    notes: ['QEMU has no 476 model'],
  }),
];

/** Parses 'pvr:0x...' or '0x...' (hex); undefined when `spec` is not a PVR. */
export function parsePvr(spec: string): number | undefined {
  const s = spec.trim().toLowerCase();
  const text = s.startsWith('pvr:') ? s.slice(4).trim() : s.startsWith('0x') ? s : undefined;
  if (text === undefined) return undefined;
  const hex = text.startsWith('0x') ? text.slice(2) : text;
  if (!/^[0-9a-f]{1,8}$/.test(hex)) return undefined;
  return Number.parseInt(hex, 16) >>> 0;
}

/** The model a PVR identifies, by mask/value as the kernel matches (first match in table order). */
export function modelByPvr(pvr: number): CpuModel | undefined {
  const p = pvr >>> 0;
  return MODELS.find((m) => ((p & m.pvrMask) >>> 0) === ((m.pvr & m.pvrMask) >>> 0));
}

/** Finds a model by name, alias (case-insensitive) or PVR ('pvr:0x...' or '0x...'); undefined when unknown. */
export function findModel(spec: string): CpuModel | undefined {
  const s = spec.trim().toLowerCase();
  if (s.startsWith('pvr:') || s.startsWith('0x')) {
    const pvr = parsePvr(s);
    return pvr === undefined ? undefined : modelByPvr(pvr);
  }
  return MODELS.find((m) => m.name.toLowerCase() === s || m.aliases.some((a) => a.toLowerCase() === s));
}

export function modelByName(name: string): CpuModel {
  const m = findModel(name);
  if (!m) throw new Error(`unknown CPU model ${name}`);
  return m;
}

function editDistance(a: string, b: string): number {
  const prev = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j];
      prev[j] = Math.min(up + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length];
}

/**
 * Canonical names of the models whose name or an alias is closest to `name` (for "unknown CPU"
 * errors), best first; at most `max`. Substring matches count as very close.
 */
export function closestModels(name: string, max = 3): string[] {
  const q = name.trim().toLowerCase().replace(/^pvr:/, '');
  if (!q) return [];
  const scored: [number, number, CpuModel][] = MODELS.map((m, idx) => {
    let best = Infinity;
    for (const n of [m.name, ...m.aliases]) {
      const c = n.toLowerCase();
      let d = editDistance(q, c);
      if (c.includes(q) || q.includes(c)) d = Math.min(d, Math.abs(c.length - q.length) * 0.5 + 0.5);
      best = Math.min(best, d);
    }
    return [best, idx, m];
  });
  const limit = Math.max(2, Math.ceil(q.length / 2));
  return scored
    .filter(([d]) => d <= limit)
    .sort((a, b) => a[0] - b[0] || a[1] - b[1])
    .slice(0, max)
    .map(([, , m]) => m.name);
}

/** Features in `used` that `model` lacks (what stops a program or image from running on it). */
export function missingFeatures(model: CpuModel, used: Iterable<Feature>): Feature[] {
  const out: Feature[] = [];
  for (const f of used) if (!model.features.has(f) && !out.includes(f)) out.push(f);
  return out;
}

/** True when the model can execute programs of this kind (64-bit, little-endian). */
export function supportsProgram(model: CpuModel, is64: boolean, littleEndian: boolean): boolean {
  return (!is64 || model.features.has('ppc64')) && (!littleEndian || model.features.has('true_le'));
}
