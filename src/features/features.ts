// Feature bits: what a CPU model has, what an instruction-table row requires, and what a program
// has used. Each feature owns a fixed bit (never reused) so feature sets fit in a 64-bit mask in
// checkpoint headers. Instruction rows name exactly one feature.

export const FEATURES = [
  // bit, name, description
  [0, 'base', 'PowerPC base user ISA (32-bit fixed point, branch, CR, loads/stores)'],
  [1, 'ppc64', '64-bit implementation (64-bit GPRs and the 64-bit-only instructions)'],
  [2, 'fpu', 'classic floating-point unit (FPRs, FPSCR)'],
  [3, 'fpu_gfx', 'FP graphics group: fsel, fres, frsqrte'],
  [4, 'fpu_sqrt', 'FP square root group: fsqrt, fsqrts'],
  [5, 'altivec', 'Vector Multimedia Extension (AltiVec/VMX)'],
  [6, 'vsx', 'Vector-Scalar Extension'],
  [7, 'spe', 'Signal Processing Engine (e500 vector integer)'],
  [8, 'spe_fs', 'SPE embedded scalar single-precision FP'],
  [9, 'spe_fd', 'SPE embedded scalar double-precision FP'],
  [10, 'booke', 'Book E embedded architecture'],
  [11, 'isel', 'isel (integer select)'],
  [12, 'isa201', 'Power ISA 2.01 additions (mfocrf/mtocrf)'],
  [13, 'isa202', 'Power ISA 2.02 (popcntb, fre, frin/friz/frip/frim)'],
  [14, 'isa203', 'Power ISA 2.03'],
  [15, 'isa205', 'Power ISA 2.05 (cmpb, prtyw/d, lfiwax, fcpsgn, DFP era)'],
  [16, 'isa206', 'Power ISA 2.06 (popcntw/d, ldbrx, divwe/divde, bpermd, lbarx/lharx, ftdiv)'],
  [17, 'isa207', 'Power ISA 2.07 (POWER8: VSX scalar single, mtvsrd, lq/stq, tar)'],
  [18, 'isa300', 'Power ISA 3.0 (POWER9: modsw, cnttz, darn, addpcis, setb, cmprb, ...)'],
  [19, 'isa310', 'Power ISA 3.1 (POWER10: prefixed instructions, ...)'],
  [20, 'true_le', 'true little-endian mode'],
  [21, 'dabr', 'DABR/DABRX data address breakpoint'],
  [22, 'dawr', 'DAWR/DAWRX data address watchpoint'],
  [23, 'booke_debug', 'Book E debug facility (IACs, DACs, DBCRs, DBSR)'],
  [24, 'tar', 'Target Address Register (bctar)'],
  [25, 'dscr', 'Data Stream Control Register'],
  [26, 'darn', 'deliver a random number'],
  [27, 'popcntb', 'popcntb'],
  [28, 'mfocrf', 'mfocrf/mtocrf single-field forms'],
  [29, 'fpu_ext', 'FP extended ISA 2.06+ (fcfids, fctiwu, ftdiv, ...)'],
  [30, 'vmx_207', 'VMX additions of ISA 2.07'],
  [31, 'vmx_300', 'VMX additions of ISA 3.0'],
  [32, 'vsx_207', 'VSX additions of ISA 2.07'],
  [33, 'vsx_300', 'VSX additions of ISA 3.0'],
  [34, 'htm', 'Hardware transactional memory'],
  [35, 'dfp', 'Decimal floating point'],
  [36, 'mcrxr', 'mcrxr in hardware (Linux emulates it elsewhere)'],
  [37, 'mma', 'Matrix-Multiply Assist (POWER10: accumulators over VSR 0-31, xv*ger*)'],
  [38, 'mac440', '4xx integer multiply-accumulate and halfword multiply (macchw, mulhhw, ...), dlmzb'],
] as const;

export type Feature = (typeof FEATURES)[number][1];

export const FEATURE_BIT: Record<Feature, number> = Object.fromEntries(
  FEATURES.map(([bit, name]) => [name, bit]),
) as Record<Feature, number>;

export const FEATURE_NAMES: readonly Feature[] = FEATURES.map(([, name]) => name);

/** Feature set as a bigint bitmask (checkpoint headers) from a list of names, and back. */
export function featureMask(fs: Iterable<Feature>): bigint {
  let m = 0n;
  for (const f of fs) m |= 1n << BigInt(FEATURE_BIT[f]);
  return m;
}

export function featuresFromMask(mask: bigint): Feature[] {
  return FEATURE_NAMES.filter((f) => (mask >> BigInt(FEATURE_BIT[f])) & 1n);
}

/** Units whose register files Linux tracks lazily (MSR[FP], MSR[VEC], MSR[VSX], MSR[SPE]). */
export type Unit = 'fp' | 'vmx' | 'vsx' | 'spe';

/** Which unit an instruction of a given feature touches, if any. */
export function unitOf(f: Feature): Unit | undefined {
  switch (f) {
    case 'fpu': case 'fpu_gfx': case 'fpu_sqrt': case 'fpu_ext': case 'dfp': return 'fp'; // DFP state is FPRs + FPSCR
    case 'altivec': case 'vmx_207': case 'vmx_300': return 'vmx';
    case 'vsx': case 'vsx_207': case 'vsx_300': case 'mma': return 'vsx';
    case 'spe': case 'spe_fs': case 'spe_fd': return 'spe';
    default: return undefined;
  }
}
