/* fx_logic.c - logical operations, sign extension, bit counting, popcount, parity, cmpb, bpermd.
 * CFLAGS-ppc64: -mcpu=power9
 * CFLAGS-ppc64le: -mcpu=power9 */
#include "fx_util.h"

#define FORMS(N) XO3(N, #N) XO3(N##_r, #N ".")
#define FORMS1(N) X2(N, #N) X2(N##_r, #N ".")
FORMS(and) FORMS(andc) FORMS(or) FORMS(orc) FORMS(xor) FORMS(nand) FORMS(nor) FORMS(eqv)
FORMS1(extsb) FORMS1(extsh) FORMS1(cntlzw)
DI(andi_a, "andi.", 0x8000) DI(andi_b, "andi.", 0xffff) DI(andis_a, "andis.", 0x8000) DI(andis_b, "andis.", 0x00ff)
DI(ori_a, "ori", 0x8001) DI(oris_a, "oris", 0x8001) DI(xori_a, "xori", 0xffff) DI(xoris_a, "xoris", 0xffff)
ASM(mr_a, "mr %0,%5") ASM(mr_r, "mr. %0,%5")
#ifdef __powerpc64__
FORMS1(extsw) FORMS1(cntlzd) FORMS1(cnttzw) FORMS1(cnttzd)
X2(popcntb, "popcntb") X2(popcntw, "popcntw") X2(popcntd, "popcntd") X2(prtyw, "prtyw") X2(prtyd, "prtyd")
XO3(cmpb, "cmpb") XO3(bpermd, "bpermd")
ASM(extswsli_0, "extswsli %0,%5,0") ASM(extswsli_1, "extswsli %0,%5,1") ASM(extswsli_31, "extswsli %0,%5,31")
ASM(extswsli_32, "extswsli %0,%5,32") ASM(extswsli_63r, "extswsli. %0,%5,63") ASM(extswsli_5r, "extswsli. %0,%5,5")
#endif

#define R2(N) run(#N, N, 0); run(#N ".", N##_r, 0);
#define R1(N) run(#N, N, 1); run(#N ".", N##_r, 1);

int main(int argc, char **argv) {
  (void)argv;
  verbose = argc > 1;
  R2(and) R2(andc) R2(or) R2(orc) R2(xor) R2(nand) R2(nor) R2(eqv)
  R1(extsb) R1(extsh) R1(cntlzw)
  run("andi. 0x8000", andi_a, 1); run("andi. 0xffff", andi_b, 1);
  run("andis. 0x8000", andis_a, 1); run("andis. 0x00ff", andis_b, 1);
  run("ori", ori_a, 1); run("oris", oris_a, 1); run("xori", xori_a, 1); run("xoris", xoris_a, 1);
  run("mr", mr_a, 1); run("mr.", mr_r, 1);
#ifdef __powerpc64__
  R1(extsw) R1(cntlzd) R1(cnttzw) R1(cnttzd)
  run("popcntb", popcntb, 1); run("popcntw", popcntw, 1); run("popcntd", popcntd, 1);
  run("prtyw", prtyw, 1); run("prtyd", prtyd, 1);
  run("cmpb", cmpb, 0); run("bpermd", bpermd, 0);
  run("extswsli 0", extswsli_0, 1); run("extswsli 1", extswsli_1, 1); run("extswsli 31", extswsli_31, 1);
  run("extswsli 32", extswsli_32, 1); run("extswsli. 63", extswsli_63r, 1); run("extswsli. 5", extswsli_5r, 1);
  /* bpermd with index bytes spanning 0..255 */
  {
    static const unsigned long long idx[] = { 0x00013f4080ff0201ULL, 0x3f3e3d3c3b3a3938ULL, 0x0001020304050607ULL,
      0x40414243ff7f0720ULL };
    reg o[3];
    for (int k = 0; k < 4; k++) for (int j = 0; j < NV; j++) {
      bpermd((reg)idx[k], (reg)VALS[j], 0, o);
      rt_puts("bpermd "); SHOWR((reg)idx[k]); rt_putc(' '); SHOWR((reg)VALS[j]); rt_puts(" -> "); SHOWR(o[0]); rt_nl();
    }
  }
#endif
  return 0;
}
