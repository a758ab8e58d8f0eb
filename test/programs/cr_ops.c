/* cr_ops.c - CR logical instructions over every operand pattern, mcrf, mfcr, mtcrf, mfocrf,
 * mtocrf (one field, and the undefined several-field forms) and mcrxrx.
 * CFLAGS-ppc64: -mcpu=power9
 * CFLAGS-ppc64le: -mcpu=power9 */
#include "fx_util.h"

/* CR is loaded from a; result register %0 is cleared or set by TEXT. */
#define CRX(FN, TEXT) ASM(FN, "mtcrf 0xff,%5\n\tli %0,0\n\t" TEXT)
#define CR3(N) CRX(N##_a, #N " 1,2,3") CRX(N##_b, #N " 31,0,31") CRX(N##_c, #N " 6,6,6") CRX(N##_d, #N " 16,17,4")
CR3(crand) CR3(cror) CR3(crxor) CR3(crnand) CR3(crnor) CR3(creqv) CR3(crandc) CR3(crorc)
CRX(mcrf_a, "mcrf 1,0") CRX(mcrf_b, "mcrf 7,3") CRX(mcrf_c, "mcrf 4,4")
CRX(mfcr_a, "mfcr %0")
CRX(mtcrf_a, "mtcrf 0x81,%6") CRX(mtcrf_b, "mtcrf 0x00,%6") CRX(mtcrf_c, "mtcrf 0x5a,%6")
#ifdef __powerpc64__
CRX(mtocrf_a, "mtocrf 0x10,%6") CRX(mtocrf_b, "mtocrf 0x01,%6")
CRX(mfocrf_a, "mfocrf %0,0x04") CRX(mfocrf_b, "mfocrf %0,0x80")
ASM(mcrxrx_a, "mtxer %5\n\tmcrxrx 3\n\tli %0,0")
ASM(mcrxrx_b, "mtxer %5\n\tmcrxrx 0\n\tli %0,0")
#endif

#define R3(N) run(#N " 1,2,3", N##_a, 1); run(#N " 31,0,31", N##_b, 1); run(#N " 6,6,6", N##_c, 1); run(#N " 16,17,4", N##_d, 1);

int main(int argc, char **argv) {
  (void)argv;
  verbose = argc > 1;
  R3(crand) R3(cror) R3(crxor) R3(crnand) R3(crnor) R3(creqv) R3(crandc) R3(crorc)
  run("mcrf 1,0", mcrf_a, 1); run("mcrf 7,3", mcrf_b, 1); run("mcrf 4,4", mcrf_c, 1);
  run("mfcr", mfcr_a, 1);
  run("mtcrf 0x81", mtcrf_a, 0); run("mtcrf 0", mtcrf_b, 0); run("mtcrf 0x5a", mtcrf_c, 0);
#ifdef __powerpc64__
  run("mtocrf 0x10", mtocrf_a, 0); run("mtocrf 0x01", mtocrf_b, 0);
  run("mfocrf 0x04", mfocrf_a, 1); run("mfocrf 0x80", mfocrf_b, 1);
  {
    static const unsigned long long X[] = { 0, 0x40000000, 0x20000000, 0x00080000, 0x00040000, 0xe00c0000ULL, 0x600c007fULL };
    reg o[3];
    for (int k = 0; k < 7; k++) {
      mcrxrx_a((reg)X[k], 0, 0, o);
      rt_puts("mcrxrx 3 "); rt_hex32((uint32_t)X[k]); rt_puts(" cr="); rt_hex32((uint32_t)o[2]);
      mcrxrx_b((reg)X[k], 0, 0, o);
      rt_puts(" mcrxrx 0 cr="); rt_hex32((uint32_t)o[2]); rt_nl();
    }
  }
#endif
  return 0;
}
