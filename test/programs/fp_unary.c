/* fp_unary: one-operand instructions (sqrt, frsp, round-to-integer, conversions, moves) and
 * compares/tests over the operand grid in all four rounding modes.
 * TARGETS: ppc64 ppc64le
 * Hand-checked (fp_unary.stdout.handchecked, made by scripts/fp-handcheck.py): fcmpo with a NaN operand
 * and VE=0 sets only FPCC per the ISA (Book I 4.4.1: an invalid compare with VE=0 sets FPCC to unordered and leaves FPRF[C]
 * alone; fcmpo lists only FPCC, FX, VXSNAN, VXVC as altered); QEMU 7.2 also sets FPRF[C].
 * CPU: power9
 * CFLAGS: -mcpu=power9 */
#include "fp_grid.h"

DEF1(t_fsqrt, "fsqrt.") DEF1(t_fsqrts, "fsqrts.") DEF1(t_frsp, "frsp.")
DEF1(t_frin, "frin.") DEF1(t_friz, "friz.") DEF1(t_frip, "frip.") DEF1(t_frim, "frim.")
DEF1(t_fctiw, "fctiw.") DEF1(t_fctiwz, "fctiwz.") DEF1(t_fctiwu, "fctiwu.") DEF1(t_fctiwuz, "fctiwuz.")
DEF1(t_fctid, "fctid.") DEF1(t_fctidz, "fctidz.") DEF1(t_fctidu, "fctidu.") DEF1(t_fctiduz, "fctiduz.")
DEF1(t_fcfid, "fcfid.")
DEF1(t_fmr, "fmr.") DEF1(t_fneg, "fneg.") DEF1(t_fabs, "fabs.") DEF1(t_fnabs, "fnabs.")
DEFC(t_fcmpu, "fcmpu 1,%3,%4") DEFC(t_fcmpo, "fcmpo 1,%3,%4")
DEFC(t_ftdiv, "ftdiv 1,%3,%4") DEFC(t_ftsqrt, "ftsqrt 1,%4")
DEF2(t_fcpsgn, "fcpsgn.") DEF2(t_fmrgew, "fmrgew") DEF2(t_fmrgow, "fmrgow")

static void g2(const char *name, void (*f)(uint64_t, uint64_t, uint64_t)) {
  header(name, 0);
  for (int a = 0; a < NV; a++)
    for (int b = 0; b < NV; b++) f(0, V[a], V[b]);
}

int main(void) {
  g1("fsqrt", t_fsqrt, 4); g1("fsqrts", t_fsqrts, 4); g1("frsp", t_frsp, 4);
  g1("frin", t_frin, 1); g1("friz", t_friz, 1); g1("frip", t_frip, 1); g1("frim", t_frim, 1);
  g1("fctiw", t_fctiw, 4); g1("fctiwz", t_fctiwz, 1); g1("fctiwu", t_fctiwu, 4); g1("fctiwuz", t_fctiwuz, 1);
  g1("fctid", t_fctid, 4); g1("fctidz", t_fctidz, 1); g1("fctidu", t_fctidu, 4); g1("fctiduz", t_fctiduz, 1);
  g1("fmr", t_fmr, 1); g1("fneg", t_fneg, 1); g1("fabs", t_fabs, 1); g1("fnabs", t_fnabs, 1);
  gi("fcfid", t_fcfid);
  g2("fcmpu", t_fcmpu); g2("fcmpo", t_fcmpo); g2("ftdiv", t_ftdiv); g2("ftsqrt", t_ftsqrt);
  g2("fcpsgn", t_fcpsgn); g2("fmrgew", t_fmrgew); g2("fmrgow", t_fmrgow);
  return 0;
}
