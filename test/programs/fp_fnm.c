/* fp_fnm: fnmadd/fnmsub and single forms over an operand grid, all rounding modes.
 * Per the ISA (Book I 4.6.5.2) the sum is "rounded to the target precision under control of the
 * Floating-Point Rounding Control field RN of the FPSCR, then negated": the same as fmadd/fmsub
 * followed by a negation (a NaN keeps its sign). QEMU 7.2 negates first and rounds after, which
 * under round toward +inf / -inf gives the other neighbour of every inexact result. Hand-checked
 * (fp_fnm.stdout.handchecked, made by scripts/fp-handcheck.py): every line is fp_fma's line for
 * the same operands and mode, negated (checked equal to QEMU's own in modes 0 and 1); and the
 * 0 x inf + SNaN lines set VXSNAN as well as VXIMZ (Book I 4.4.1), QEMU only VXIMZ. */
#include "fp_grid.h"

DEF3(t_fnmadd, "fnmadd.") DEF3(t_fnmsub, "fnmsub.") DEF3(t_fnmadds, "fnmadds.") DEF3(t_fnmsubs, "fnmsubs.")

int main(void) {
  grid3("fnmadd", t_fnmadd); grid3("fnmsub", t_fnmsub); grid3("fnmadds", t_fnmadds); grid3("fnmsubs", t_fnmsubs);
  return 0;
}
