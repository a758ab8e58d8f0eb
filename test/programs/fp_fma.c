/* fp_fma: fmadd/fmsub and single forms (record forms) over an operand grid, all rounding modes.
 * Hand-checked (fp_fma.stdout.handchecked, made by fp_handcheck.py): for 0 x inf + SNaN the ISA
 * sets VXSNAN as well as VXIMZ (Book I 4.4.1: any operation on an SNaN); QEMU 7.2 only VXIMZ. */
#include "fp_grid.h"

DEF3(t_fmadd, "fmadd.") DEF3(t_fmsub, "fmsub.") DEF3(t_fmadds, "fmadds.") DEF3(t_fmsubs, "fmsubs.")

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
  grid("fmadd", t_fmadd); grid("fmsub", t_fmsub); grid("fmadds", t_fmadds); grid("fmsubs", t_fmsubs);
  return 0;
}
