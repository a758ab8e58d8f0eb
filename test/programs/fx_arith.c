/* fx_arith.c - add/subtract with carry, overflow and record forms: every XO form with OE and
 * Rc, the D forms, over operand patterns crossing bits 31/32/63, with XER[CA] in and out, and
 * (64-bit) addex with XER[OV] in and out and the decimal assists cdtbcd, cbcdtd and addg6s.
 * CFLAGS-ppc64: -mcpu=power9
 * CFLAGS-ppc64le: -mcpu=power9 */
#include "fx_util.h"

#define FORMS3(N) XO3(N, #N) XO3(N##_o, #N "o") XO3(N##_r, #N ".") XO3(N##_or, #N "o.")
#define FORMS2(N) XO2(N, #N) XO2(N##_o, #N "o") XO2(N##_r, #N ".") XO2(N##_or, #N "o.")
FORMS3(add) FORMS3(addc) FORMS3(adde) FORMS3(subf) FORMS3(subfc) FORMS3(subfe)
FORMS2(addme) FORMS2(addze) FORMS2(subfme) FORMS2(subfze) FORMS2(neg)
DI(addi_m1, "addi", -1) DI(addi_p, "addi", 32767) DI(addi_n, "addi", -32768)
DI(addis_p, "addis", 0x7fff) DI(addis_n, "addis", -0x8000)
DI(addic_m1, "addic", -1) DI(addic_1, "addic", 1) DI(addicr_m1, "addic.", -1) DI(addicr_1, "addic.", 1)
DI(subfic_0, "subfic", 0) DI(subfic_m1, "subfic", -1) DI(subfic_p, "subfic", 0x7fff)
#ifdef __powerpc64__
/* addex (ISA 3.0): RA + RB + OV, carry out to OV and OV32; SO and CA untouched */
ASM(addex0, "addex %0,%5,%6,0")
/* decimal assist (ISA 2.06): declets <-> BCD per word, and the sixes of a BCD addition */
ASM(cdtbcd0, "cdtbcd %0,%5") ASM(cbcdtd0, "cbcdtd %0,%5") ASM(addg6s0, "addg6s %0,%5,%6")
#endif

#define R4(N, two) run(#N, N, two); run(#N "o", N##_o, two); run(#N ".", N##_r, two); run(#N "o.", N##_or, two);

int main(int argc, char **argv) {
  (void)argv;
  verbose = argc > 1;
  R4(add, 0) R4(addc, 0) R4(adde, 0) R4(subf, 0) R4(subfc, 0) R4(subfe, 0)
  R4(addme, 1) R4(addze, 1) R4(subfme, 1) R4(subfze, 1) R4(neg, 1)
  run("addi -1", addi_m1, 1); run("addi 32767", addi_p, 1); run("addi -32768", addi_n, 1);
  run("addis 0x7fff", addis_p, 1); run("addis -0x8000", addis_n, 1);
  run("addic -1", addic_m1, 1); run("addic 1", addic_1, 1);
  run("addic. -1", addicr_m1, 1); run("addic. 1", addicr_1, 1);
  run("subfic 0", subfic_0, 1); run("subfic -1", subfic_m1, 1); run("subfic 0x7fff", subfic_p, 1);
#ifdef __powerpc64__
  run("addex", addex0, 0);
  run("cdtbcd", cdtbcd0, 1); run("addg6s", addg6s0, 0);
  /* cbcdtd of valid BCD digits (other digits give undefined results) */
  static const reg BCD[] = { 0, 0x999999, 0x123456, 0x0000010000000987UL, 0x00500000999000UL, 0x00999999UL << 32 };
  for (int k = 0; k < 6; k++) {
    reg o[3];
    cbcdtd0(BCD[k], 0, 0, o);
    line3("cbcdtd", BCD[k], 0, o[0], o[1], o[2]);
    cdtbcd0(o[0], 0, 0, o);
    line3("cdtbcd(cbcdtd)", BCD[k], 0, o[0], o[1], o[2]);
  }
#endif
  /* li/lis (RA=0) */
  reg r1, r2;
  __asm__ volatile("li %0,-5\n\tlis %1,-32768" : "=r"(r1), "=r"(r2));
  rt_puts("li/lis "); SHOWR(r1); rt_putc(' '); SHOWR(r2); rt_nl();
  return 0;
}
