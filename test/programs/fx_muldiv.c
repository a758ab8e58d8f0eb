/* fx_muldiv.c - multiply, divide and modulo: all OE/Rc forms, including the undefined cases
 * (division by zero, most-negative / -1, divwe/divdeu quotient overflow) whose results follow QEMU.
 * divde/divdeo run only where the quotient fits or the divisor is 0: for quotient overflow,
 * QEMU 7.2 leaves OV clear, contradicting the ISA (ppcemu sets OV; see the unit tests).
 * CFLAGS-ppc64: -mcpu=power9
 * CFLAGS-ppc64le: -mcpu=power9 */
#include "fx_util.h"

#define FORMS3(N) XO3(N, #N) XO3(N##_o, #N "o") XO3(N##_r, #N ".") XO3(N##_or, #N "o.")
#define FORMS2R(N) XO3(N, #N) XO3(N##_r, #N ".")
FORMS3(mullw) FORMS2R(mulhw) FORMS2R(mulhwu) FORMS3(divw) FORMS3(divwu)
DI(mulli_m3, "mulli", -3) DI(mulli_p, "mulli", 32767) DI(mulli_n, "mulli", -32768)
#ifdef __powerpc64__
FORMS3(mulld) FORMS2R(mulhd) FORMS2R(mulhdu) FORMS3(divd) FORMS3(divdu)
FORMS3(divwe) FORMS3(divweu) FORMS3(divde) FORMS3(divdeu)
XO3(modsw, "modsw") XO3(moduw, "moduw") XO3(modsd, "modsd") XO3(modud, "modud")
ASM(maddhd_a, "maddhd %0,%5,%6,%5") ASM(maddhdu_a, "maddhdu %0,%5,%6,%5") ASM(maddld_a, "maddld %0,%5,%6,%5")
ASM(maddhd_b, "maddhd %0,%5,%5,%6") ASM(maddhdu_b, "maddhdu %0,%5,%5,%6") ASM(maddld_b, "maddld %0,%5,%5,%6")
#endif

#ifdef __powerpc64__
/* The grid of run(), restricted to pairs where divde cannot overflow (|a| < |b|/2) or b = 0. */
static void run_divde(const char *name, fn_t f) {
  reg o[3];
  begin();
  for (int i = 0; i < NV; i++)
    for (int j = 0; j < NV; j++) {
      long a = (long)VALS[i], b = (long)VALS[j];
      reg ua = a < 0 ? -(reg)a : (reg)a, ub = b < 0 ? -(reg)b : (reg)b;
      if (b != 0 && !(ua < ub / 2)) continue;
      for (int k = 0; k < 4; k++) {
        f((reg)a, (reg)b, XINS[k], o);
        mix(o[0]); mix(o[1]); mix(o[2]);
        if (k == 3 && detail(i, j)) { rt_putc('3'); line3(name, (reg)a, (reg)b, o[0], o[1], o[2]); }
      }
    }
  end(name);
}
#endif

#define R4(N) run(#N, N, 0); run(#N "o", N##_o, 0); run(#N ".", N##_r, 0); run(#N "o.", N##_or, 0);
#define R2(N) run(#N, N, 0); run(#N ".", N##_r, 0);

int main(int argc, char **argv) {
  (void)argv;
  verbose = argc > 1;
  R4(mullw) R2(mulhw) R2(mulhwu) R4(divw) R4(divwu)
  run("mulli -3", mulli_m3, 1); run("mulli 32767", mulli_p, 1); run("mulli -32768", mulli_n, 1);
#ifdef __powerpc64__
  R4(mulld) R2(mulhd) R2(mulhdu) R4(divd) R4(divdu) R4(divwe) R4(divweu) R4(divdeu)
  run_divde("divde", divde); run_divde("divdeo", divde_o); run_divde("divde.", divde_r); run_divde("divdeo.", divde_or);
  run("modsw", modsw, 0); run("moduw", moduw, 0); run("modsd", modsd, 0); run("modud", modud, 0);
  run("maddhd a,b,a", maddhd_a, 0); run("maddhdu a,b,a", maddhdu_a, 0); run("maddld a,b,a", maddld_a, 0);
  run("maddhd a,a,b", maddhd_b, 0); run("maddhdu a,a,b", maddhdu_b, 0); run("maddld a,a,b", maddld_b, 0);
#endif
  return 0;
}
