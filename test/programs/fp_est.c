/* fp_est: reciprocal / reciprocal-square-root estimates and the ISA 2.06 from-integer
 * conversions over the operand grid in all four rounding modes.
 * TARGETS: ppc64 ppc64le
 * CPU: power9
 * CFLAGS: -mcpu=power9
 *
 * Hand-checked golden file (fp_est.stdout.handchecked): QEMU 7.2 differs from the ISA in
 *  - fre/fres of +-0: QEMU returns +-0.5; Power ISA 3.0 Book I 4.6.6.1 (fre, fres: for FRB
 *    = +-0 the result is +-infinity and ZX is set) -> the lines for +-0 hold +-inf (7ff0../fff0..)
 *    with FPSCR FX|ZX and FPRF +-infinity (84005000 / 84009000);
 *  - fcfids, fcfidu, fcfidus leave FPRF unchanged; the ISA (4.6.7.2) lists FPRF as set to the
 *    class of the result -> FPRF set as fcfid does (+normal 4000, -normal 8000, +zero 2000).
 * The estimates themselves: ppcemu returns the correctly rounded value, which is within the
 * ISA's stated precision (1/256 for fres/frsqrte, 1/16384 for fre/frsqrtes) and equal to QEMU's. */
#include "fp_grid.h"

DEF1(t_fre, "fre.") DEF1(t_fres, "fres.") DEF1(t_frsqrte, "frsqrte.") DEF1(t_frsqrtes, "frsqrtes.")
DEF1(t_fcfids, "fcfids.") DEF1(t_fcfidu, "fcfidu.") DEF1(t_fcfidus, "fcfidus.")

int main(void) {
  g1("fre", t_fre, 4); g1("fres", t_fres, 4); g1("frsqrte", t_frsqrte, 4); g1("frsqrtes", t_frsqrtes, 4);
  gi("fcfids", t_fcfids); gi("fcfidu", t_fcfidu); gi("fcfidus", t_fcfidus);
  return 0;
}
