/* fp_fnm: fnmadd/fnmsub and single forms over an operand grid, all rounding modes.
 * Per the ISA the result is -((FRA x FRC) +- FRB) rounded once, i.e. the negation happens
 * before rounding (round toward +inf of the negated value is the negation of rounding toward
 * -inf); QEMU 7.2 does this correctly (checked), so only the 0 x inf + SNaN lines are
 * hand-checked: the ISA sets VXSNAN as well as VXIMZ there (Book I 4.4.1), QEMU only VXIMZ
 * (fp_fnm.stdout.handchecked, made by scripts/fp-handcheck.py). */
#include "fp_grid.h"

DEF3(t_fnmadd, "fnmadd.") DEF3(t_fnmsub, "fnmsub.") DEF3(t_fnmadds, "fnmadds.") DEF3(t_fnmsubs, "fnmsubs.")

int main(void) {
  grid3("fnmadd", t_fnmadd); grid3("fnmsub", t_fnmsub); grid3("fnmadds", t_fnmadds); grid3("fnmsubs", t_fnmsubs);
  return 0;
}
