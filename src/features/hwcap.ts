// AT_HWCAP / AT_HWCAP2 bits of Linux on PowerPC.
//
// Bit values: the kernel's uapi header arch/powerpc/include/uapi/asm/cputable.h (PPC_FEATURE_* in
// AT_HWCAP, PPC_FEATURE2_* in AT_HWCAP2). Printing names: the short names glibc uses for
// LD_SHOW_AUXV=1 (sysdeps/powerpc/dl-procinfo.c), so our output can be compared with a real system.
//
// The COMMON_USER* groups below are the kernel's own composites, as defined in
//   arch/powerpc/kernel/cpu_specs_book3s_32.h   COMMON_USER
//   arch/powerpc/kernel/cpu_specs_book3s_64.h   COMMON_USER_PPC64, _POWER4, _POWER5_PLUS, _POWER6,
//                                               _POWER7, _POWER8, _POWER9, _POWER10 and USER2_*
//   arch/powerpc/kernel/cpu_specs_e500.h / cpu_specs_e500mc.h / cpu_specs_44x.h / cpu_specs_47x.h
//                                               COMMON_USER_BOOKE (32-bit and 64-bit kernel forms)
// with the *_COMP helpers of arch/powerpc/include/asm/cputable.h resolved as a distribution kernel
// configures them (CONFIG_ALTIVEC, CONFIG_VSX, CONFIG_SPE and CONFIG_PPC_TRANSACTIONAL_MEM set).

// ---- AT_HWCAP ---------------------------------------------------------------------------------
export const PPC_FEATURE_32 = 0x80000000;
export const PPC_FEATURE_64 = 0x40000000;
export const PPC_FEATURE_601_INSTR = 0x20000000;
export const PPC_FEATURE_HAS_ALTIVEC = 0x10000000;
export const PPC_FEATURE_HAS_FPU = 0x08000000;
export const PPC_FEATURE_HAS_MMU = 0x04000000;
export const PPC_FEATURE_HAS_4xxMAC = 0x02000000;
export const PPC_FEATURE_UNIFIED_CACHE = 0x01000000;
export const PPC_FEATURE_HAS_SPE = 0x00800000;
export const PPC_FEATURE_HAS_EFP_SINGLE = 0x00400000;
export const PPC_FEATURE_HAS_EFP_DOUBLE = 0x00200000;
export const PPC_FEATURE_NO_TB = 0x00100000;
export const PPC_FEATURE_POWER4 = 0x00080000;
export const PPC_FEATURE_POWER5 = 0x00040000;
export const PPC_FEATURE_POWER5_PLUS = 0x00020000;
export const PPC_FEATURE_CELL = 0x00010000;
export const PPC_FEATURE_BOOKE = 0x00008000;
export const PPC_FEATURE_SMT = 0x00004000;
export const PPC_FEATURE_ICACHE_SNOOP = 0x00002000;
export const PPC_FEATURE_ARCH_2_05 = 0x00001000;
export const PPC_FEATURE_PA6T = 0x00000800;
export const PPC_FEATURE_HAS_DFP = 0x00000400;
export const PPC_FEATURE_POWER6_EXT = 0x00000200;
export const PPC_FEATURE_ARCH_2_06 = 0x00000100;
export const PPC_FEATURE_HAS_VSX = 0x00000080;
export const PPC_FEATURE_PSERIES_PERFMON_COMPAT = 0x00000040;
export const PPC_FEATURE_TRUE_LE = 0x00000002;
export const PPC_FEATURE_PPC_LE = 0x00000001;

// ---- AT_HWCAP2 --------------------------------------------------------------------------------
export const PPC_FEATURE2_ARCH_2_07 = 0x80000000;
export const PPC_FEATURE2_HTM = 0x40000000;
export const PPC_FEATURE2_DSCR = 0x20000000;
export const PPC_FEATURE2_EBB = 0x10000000;
export const PPC_FEATURE2_ISEL = 0x08000000;
export const PPC_FEATURE2_TAR = 0x04000000;
export const PPC_FEATURE2_VEC_CRYPTO = 0x02000000;
export const PPC_FEATURE2_HTM_NOSC = 0x01000000;
export const PPC_FEATURE2_ARCH_3_00 = 0x00800000;
export const PPC_FEATURE2_HAS_IEEE128 = 0x00400000;
export const PPC_FEATURE2_DARN = 0x00200000;
export const PPC_FEATURE2_SCV = 0x00100000;
export const PPC_FEATURE2_HTM_NO_SUSPEND = 0x00080000;
export const PPC_FEATURE2_ARCH_3_1 = 0x00040000;
export const PPC_FEATURE2_MMA = 0x00020000;

/** [bit value, uapi macro name, glibc LD_SHOW_AUXV name] for AT_HWCAP, most significant first. */
export const HWCAP_BITS: readonly (readonly [number, string, string])[] = [
  [PPC_FEATURE_32, 'PPC_FEATURE_32', 'ppc32'],
  [PPC_FEATURE_64, 'PPC_FEATURE_64', 'ppc64'],
  [PPC_FEATURE_601_INSTR, 'PPC_FEATURE_601_INSTR', 'ppc601'],
  [PPC_FEATURE_HAS_ALTIVEC, 'PPC_FEATURE_HAS_ALTIVEC', 'altivec'],
  [PPC_FEATURE_HAS_FPU, 'PPC_FEATURE_HAS_FPU', 'fpu'],
  [PPC_FEATURE_HAS_MMU, 'PPC_FEATURE_HAS_MMU', 'mmu'],
  [PPC_FEATURE_HAS_4xxMAC, 'PPC_FEATURE_HAS_4xxMAC', '4xxmac'],
  [PPC_FEATURE_UNIFIED_CACHE, 'PPC_FEATURE_UNIFIED_CACHE', 'ucache'],
  [PPC_FEATURE_HAS_SPE, 'PPC_FEATURE_HAS_SPE', 'spe'],
  [PPC_FEATURE_HAS_EFP_SINGLE, 'PPC_FEATURE_HAS_EFP_SINGLE', 'efpsingle'],
  [PPC_FEATURE_HAS_EFP_DOUBLE, 'PPC_FEATURE_HAS_EFP_DOUBLE', 'efpdouble'],
  [PPC_FEATURE_NO_TB, 'PPC_FEATURE_NO_TB', 'notb'],
  [PPC_FEATURE_POWER4, 'PPC_FEATURE_POWER4', 'power4'],
  [PPC_FEATURE_POWER5, 'PPC_FEATURE_POWER5', 'power5'],
  [PPC_FEATURE_POWER5_PLUS, 'PPC_FEATURE_POWER5_PLUS', 'power5+'],
  [PPC_FEATURE_CELL, 'PPC_FEATURE_CELL', 'cellbe'],
  [PPC_FEATURE_BOOKE, 'PPC_FEATURE_BOOKE', 'booke'],
  [PPC_FEATURE_SMT, 'PPC_FEATURE_SMT', 'smt'],
  [PPC_FEATURE_ICACHE_SNOOP, 'PPC_FEATURE_ICACHE_SNOOP', 'ic_snoop'],
  [PPC_FEATURE_ARCH_2_05, 'PPC_FEATURE_ARCH_2_05', 'arch_2_05'],
  [PPC_FEATURE_PA6T, 'PPC_FEATURE_PA6T', 'pa6t'],
  [PPC_FEATURE_HAS_DFP, 'PPC_FEATURE_HAS_DFP', 'dfp'],
  [PPC_FEATURE_POWER6_EXT, 'PPC_FEATURE_POWER6_EXT', 'power6x'],
  [PPC_FEATURE_ARCH_2_06, 'PPC_FEATURE_ARCH_2_06', 'arch_2_06'],
  [PPC_FEATURE_HAS_VSX, 'PPC_FEATURE_HAS_VSX', 'vsx'],
  [PPC_FEATURE_PSERIES_PERFMON_COMPAT, 'PPC_FEATURE_PSERIES_PERFMON_COMPAT', 'archpmu'],
  [PPC_FEATURE_TRUE_LE, 'PPC_FEATURE_TRUE_LE', 'true_le'],
  [PPC_FEATURE_PPC_LE, 'PPC_FEATURE_PPC_LE', 'ppcle'],
];

/** The same for AT_HWCAP2. */
export const HWCAP2_BITS: readonly (readonly [number, string, string])[] = [
  [PPC_FEATURE2_ARCH_2_07, 'PPC_FEATURE2_ARCH_2_07', 'arch_2_07'],
  [PPC_FEATURE2_HTM, 'PPC_FEATURE2_HTM', 'htm'],
  [PPC_FEATURE2_DSCR, 'PPC_FEATURE2_DSCR', 'dscr'],
  [PPC_FEATURE2_EBB, 'PPC_FEATURE2_EBB', 'ebb'],
  [PPC_FEATURE2_ISEL, 'PPC_FEATURE2_ISEL', 'isel'],
  [PPC_FEATURE2_TAR, 'PPC_FEATURE2_TAR', 'tar'],
  [PPC_FEATURE2_VEC_CRYPTO, 'PPC_FEATURE2_VEC_CRYPTO', 'vcrypto'],
  [PPC_FEATURE2_HTM_NOSC, 'PPC_FEATURE2_HTM_NOSC', 'htm-nosc'],
  [PPC_FEATURE2_ARCH_3_00, 'PPC_FEATURE2_ARCH_3_00', 'arch_3_00'],
  [PPC_FEATURE2_HAS_IEEE128, 'PPC_FEATURE2_HAS_IEEE128', 'ieee128'],
  [PPC_FEATURE2_DARN, 'PPC_FEATURE2_DARN', 'darn'],
  [PPC_FEATURE2_SCV, 'PPC_FEATURE2_SCV', 'scv'],
  [PPC_FEATURE2_HTM_NO_SUSPEND, 'PPC_FEATURE2_HTM_NO_SUSPEND', 'htm-no-suspend'],
  [PPC_FEATURE2_ARCH_3_1, 'PPC_FEATURE2_ARCH_3_1', 'arch_3_1'],
  [PPC_FEATURE2_MMA, 'PPC_FEATURE2_MMA', 'mma'],
];

function names(v: number, table: readonly (readonly [number, string, string])[], macro: boolean): string[] {
  const out: string[] = [];
  let rest = v >>> 0;
  for (const [bit, m, short] of table) {
    if ((rest & bit) >>> 0) {
      out.push(macro ? m : short);
      rest = (rest & ~bit) >>> 0;
    }
  }
  if (rest) out.push(`0x${rest.toString(16).padStart(8, '0')}`); // bits with no name (reserved)
  return out;
}

/**
 * Names of the bits set in AT_HWCAP and AT_HWCAP2 (glibc's short names by default, uapi macro
 * names with `macro`). Bits without a name appear as hex.
 */
export function hwcapNames(hwcap: number, hwcap2: number, macro = false): { hwcap: string[]; hwcap2: string[] } {
  return { hwcap: names(hwcap, HWCAP_BITS, macro), hwcap2: names(hwcap2, HWCAP2_BITS, macro) };
}

/** 0x-prefixed 8-digit hex, as the CLI and tests print HWCAP words. */
export function hex32(v: number): string {
  return `0x${(v >>> 0).toString(16).padStart(8, '0')}`;
}

// ---- the kernel's composites ------------------------------------------------------------------

/** cpu_specs_book3s_32.h: COMMON_USER. */
export const COMMON_USER = (PPC_FEATURE_32 | PPC_FEATURE_HAS_FPU | PPC_FEATURE_HAS_MMU) >>> 0;

/** cpu_specs_book3s_64.h: COMMON_USER_PPC64 and the per-generation groups. */
export const COMMON_USER_PPC64 = (PPC_FEATURE_32 | PPC_FEATURE_HAS_FPU | PPC_FEATURE_HAS_MMU | PPC_FEATURE_64) >>> 0;
export const COMMON_USER_POWER4 = (COMMON_USER_PPC64 | PPC_FEATURE_POWER4) >>> 0;
export const COMMON_USER_POWER5_PLUS = (COMMON_USER_PPC64 | PPC_FEATURE_POWER5_PLUS | PPC_FEATURE_SMT |
  PPC_FEATURE_ICACHE_SNOOP) >>> 0;
export const COMMON_USER_POWER6 = (COMMON_USER_PPC64 | PPC_FEATURE_ARCH_2_05 | PPC_FEATURE_SMT |
  PPC_FEATURE_ICACHE_SNOOP | PPC_FEATURE_TRUE_LE | PPC_FEATURE_PSERIES_PERFMON_COMPAT) >>> 0;
export const COMMON_USER_POWER7 = (COMMON_USER_PPC64 | PPC_FEATURE_ARCH_2_06 | PPC_FEATURE_SMT |
  PPC_FEATURE_ICACHE_SNOOP | PPC_FEATURE_TRUE_LE | PPC_FEATURE_PSERIES_PERFMON_COMPAT) >>> 0;
export const COMMON_USER2_POWER7 = PPC_FEATURE2_DSCR >>> 0;
export const COMMON_USER_POWER8 = COMMON_USER_POWER7; // same bit list in the kernel
export const COMMON_USER2_POWER8 = (PPC_FEATURE2_ARCH_2_07 | PPC_FEATURE2_HTM | PPC_FEATURE2_HTM_NOSC |
  PPC_FEATURE2_DSCR | PPC_FEATURE2_ISEL | PPC_FEATURE2_TAR | PPC_FEATURE2_VEC_CRYPTO) >>> 0;
export const COMMON_USER_POWER9 = COMMON_USER_POWER8;
export const COMMON_USER2_POWER9 = (COMMON_USER2_POWER8 | PPC_FEATURE2_ARCH_3_00 | PPC_FEATURE2_HAS_IEEE128 |
  PPC_FEATURE2_DARN | PPC_FEATURE2_SCV) >>> 0;
export const COMMON_USER_POWER10 = COMMON_USER_POWER9;
/** POWER10 drops transactional memory: its list is spelled out without HTM / HTM_NOSC. */
export const COMMON_USER2_POWER10 = (PPC_FEATURE2_ARCH_3_1 | PPC_FEATURE2_MMA | PPC_FEATURE2_ARCH_3_00 |
  PPC_FEATURE2_HAS_IEEE128 | PPC_FEATURE2_DARN | PPC_FEATURE2_SCV | PPC_FEATURE2_ARCH_2_07 |
  PPC_FEATURE2_DSCR | PPC_FEATURE2_ISEL | PPC_FEATURE2_TAR | PPC_FEATURE2_VEC_CRYPTO) >>> 0;

/** COMMON_USER_BOOKE as a 32-bit kernel defines it (cpu_specs_e500.h, _44x.h, _47x.h). */
export const COMMON_USER_BOOKE32 = (PPC_FEATURE_32 | PPC_FEATURE_HAS_MMU | PPC_FEATURE_BOOKE) >>> 0;
/** COMMON_USER_BOOKE as a 64-bit kernel defines it (cpu_specs_e500mc.h, CONFIG_PPC64): no BOOKE bit. */
export const COMMON_USER_BOOKE64 = (PPC_FEATURE_32 | PPC_FEATURE_HAS_MMU | PPC_FEATURE_HAS_FPU |
  PPC_FEATURE_64) >>> 0;

/**
 * Bits the 64-bit server kernel adds at boot from the device tree, not from cputable:
 * arch/powerpc/kernel/prom.c feature_properties[]: "ibm,vmx" >= 1 gives HAS_ALTIVEC, "ibm,vmx" >= 2
 * gives HAS_VSX, "ibm,dfp" >= 1 gives HAS_DFP (firmware sets them on POWER6 and later).
 */
export const DT_VMX = PPC_FEATURE_HAS_ALTIVEC;
export const DT_VSX = PPC_FEATURE_HAS_VSX;
export const DT_DFP = PPC_FEATURE_HAS_DFP;
/**
 * The POWER8/9/10 PMU drivers add EBB when they register (arch/powerpc/perf/power8-pmu.c,
 * power9-pmu.c, power10-pmu.c: "Tell userspace that EBB is supported").
 */
export const PMU_EBB = PPC_FEATURE2_EBB;
