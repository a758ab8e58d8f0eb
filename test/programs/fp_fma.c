/* fp_fma: fmadd/fmsub and single forms (record forms) over an operand grid, all rounding modes.
 * Hand-checked (fp_fma.stdout.handchecked, made by scripts/fp-handcheck.py): for 0 x inf + SNaN the ISA
 * sets VXSNAN as well as VXIMZ (Book I 4.4.1: any operation on an SNaN); QEMU 7.2 only VXIMZ. */
#include "fp_grid.h"

DEF3(t_fmadd, "fmadd.") DEF3(t_fmsub, "fmsub.") DEF3(t_fmadds, "fmadds.") DEF3(t_fmsubs, "fmsubs.")

int main(void) {
  grid3("fmadd", t_fmadd); grid3("fmsub", t_fmsub); grid3("fmadds", t_fmadds); grid3("fmsubs", t_fmsubs);
  return 0;
}
