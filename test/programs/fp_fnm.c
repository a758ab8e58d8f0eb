/* fp_fnm: fnmadd/fnmsub and single forms over an operand grid, all rounding modes.
 * Per the ISA the result is -((FRA x FRC) +- FRB) rounded once, i.e. the negation happens
 * before rounding (round toward +inf of the negated value is the negation of rounding toward
 * -inf); QEMU 7.2 does this correctly (checked), so only the 0 x inf + SNaN lines are
 * hand-checked: the ISA sets VXSNAN as well as VXIMZ there (Book I 4.4.1), QEMU only VXIMZ
 * (fp_fnm.stdout.handchecked, made by fp_handcheck.py). */
#include "fp_grid.h"

DEF3(t_fnmadd, "fnmadd.") DEF3(t_fnmsub, "fnmsub.") DEF3(t_fnmadds, "fnmadds.") DEF3(t_fnmsubs, "fnmsubs.")

static const int S[] = { 0, 2, 7, 8, 9, 12, 14, 16, 17 };
#define NS ((int)(sizeof S / sizeof S[0]))

static void grid(const char *name, void (*f)(uint64_t, uint64_t, uint64_t, uint64_t)) {
  for (int rn = 0; rn < 4; rn++) {
    header(name, rn);
    for (int a = 0; a < NS; a++)
      for (int c = 0; c < NS; c++)
        for (int b = 0; b < NS; b++) f((uint64_t)rn, V[S[a]], V[S[c]], V[S[b]]);
  }
}

int main(void) {
  grid("fnmadd", t_fnmadd); grid("fnmsub", t_fnmsub); grid("fnmadds", t_fnmadds); grid("fnmsubs", t_fnmsubs);
  return 0;
}
