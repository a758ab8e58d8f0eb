// FPSCR bit masks (low word: ISA bits 32:63, bit n is mask 1 << (63 - n)) and the result
// classification (FPRF) of a binary64 value given as its raw high/low words.

export const FX = 0x80000000;
export const FEX = 0x40000000;
export const VX = 0x20000000;
export const OX = 0x10000000;
export const UX = 0x08000000;
export const ZX = 0x04000000;
export const XX = 0x02000000;
export const VXSNAN = 0x01000000;
export const VXISI = 0x00800000;
export const VXIDI = 0x00400000;
export const VXZDZ = 0x00200000;
export const VXIMZ = 0x00100000;
export const VXVC = 0x00080000;
export const FR = 0x00040000;
export const FI = 0x00020000;
export const FPRF = 0x0001f000;
export const FPCC = 0x0000f000;
export const VXSOFT = 0x00000400;
export const VXSQRT = 0x00000200;
export const VXCVI = 0x00000100;
export const VE = 0x80;
export const OE = 0x40;
export const UE = 0x20;
export const ZE = 0x10;
export const XE = 0x08;
export const NI = 0x04;
export const RN = 0x03;
/** Every invalid-operation cause. */
export const VX_ALL = VXSNAN | VXISI | VXIDI | VXZDZ | VXIMZ | VXVC | VXSOFT | VXSQRT | VXCVI;
/** Sticky exception bits (FX and the causes; FEX and VX are summaries). */
export const EXC_ALL = FX | OX | UX | ZX | XX | VX_ALL;
/** FR, FI and FPRF: the status an arithmetic instruction replaces. */
export const STATUS = FR | FI | FPRF;
/** The enable bits. */
export const ENABLES = VE | OE | UE | ZE | XE;

/** FPRF class codes (already shifted to FPSCR bits 47:51). */
export const C_QNAN = 0x11000;
export const C_NINF = 0x09000;
export const C_NNORM = 0x08000;
export const C_NDEN = 0x18000;
export const C_NZERO = 0x12000;
export const C_PZERO = 0x02000;
export const C_PDEN = 0x14000;
export const C_PNORM = 0x04000;
export const C_PINF = 0x05000;

/** FPRF of a number (not NaN) held as a double; `single` classifies against binary32. */
export function fprfNum(x: number, single: boolean): number {
  if (x === 0) return 1 / x < 0 ? C_NZERO : C_PZERO;
  const a = Math.abs(x);
  if (a === Infinity) return x < 0 ? C_NINF : C_PINF;
  if (a < (single ? 1.1754943508222875e-38 : 2.2250738585072014e-308)) return x < 0 ? C_NDEN : C_PDEN;
  return x < 0 ? C_NNORM : C_PNORM;
}

/** FEX from the exception and enable bits of a low FPSCR word. */
export function fexOf(l: number): number {
  return ((l >>> 22) & l & 0xf8) !== 0 ? FEX : 0;
}

/** Recomputes VX and FEX of a low FPSCR word. */
export function summarize(l: number): number {
  l &= ~(VX | FEX);
  if (l & VX_ALL) l |= VX;
  return (l | fexOf(l)) >>> 0;
}

/** Linux si_code for the enabled exceptions of an FPSCR low word (kernel __parse_fpscr order). */
export function fpeCode(l: number): number {
  if (l & VE && l & VX) return 7; // FPE_FLTINV
  if (l & OE && l & OX) return 4; // FPE_FLTOVF
  if (l & UE && l & UX) return 5; // FPE_FLTUND
  if (l & ZE && l & ZX) return 3; // FPE_FLTDIV
  if (l & XE && l & XX) return 6; // FPE_FLTRES
  return 14; // FPE_FLTUNK
}
