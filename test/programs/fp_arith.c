/* fp_arith: fadd/fsub/fmul/fdiv and their single forms (record forms) over an operand grid in
 * all four rounding modes, printing result bits, FPSCR and CR1. */
#include "fp_grid.h"

DEF2(t_fadd, "fadd.") DEF2(t_fsub, "fsub.") DEF2(t_fmul, "fmul.") DEF2(t_fdiv, "fdiv.")
DEF2(t_fadds, "fadds.") DEF2(t_fsubs, "fsubs.") DEF2(t_fmuls, "fmuls.") DEF2(t_fdivs, "fdivs.")

static const int S[] = { 0, 1, 2, 3, 4, 6, 7, 8, 9, 11, 12, 14, 16, 17, 21, 25, 22, 23 };
#define NS ((int)(sizeof S / sizeof S[0]))

static void grid(const char *name, void (*f)(uint64_t, uint64_t, uint64_t)) {
  for (int rn = 0; rn < 4; rn++) {
    header(name, rn);
    for (int a = 0; a < NS; a++)
      for (int b = 0; b < NS; b++) f((uint64_t)rn, V[S[a]], V[S[b]]);
  }
}

int main(void) {
  grid("fadd", t_fadd); grid("fsub", t_fsub); grid("fmul", t_fmul); grid("fdiv", t_fdiv);
  grid("fadds", t_fadds); grid("fsubs", t_fsubs); grid("fmuls", t_fmuls); grid("fdivs", t_fdivs);
  return 0;
}
