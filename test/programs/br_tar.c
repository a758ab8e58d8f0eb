/* br_tar.c - bctar/bctarl (ISA 2.07 Target Address Register) with CR conditions.
 * TARGETS: ppc64 ppc64le
 * CFLAGS-ppc64: -mcpu=power9
 * CFLAGS-ppc64le: -mcpu=power9 */
#include "fx_util.h"

/* Loads TAR with the address of label 1, runs bctar[l] BO,BI; o = taken, LR changed. */
#define TAR(FN, WORD) static void FN(reg cr, reg *o) { reg t, l; \
  __asm__ volatile("mtcrf 0xff,%2\n\tli %1,0\n\tmtlr %1\n\tbcl 20,31,0f\n0:\tmflr %1\n\taddi %1,%1,1f-0b\n\t" \
    "mtspr 815,%1\n\tli %1,0\n\tmtlr %1\n\tli %0,1\n\t.long " #WORD "\n\tli %0,0\n1:\tmflr %1" \
    : "=&b"(t), "=&b"(l) : "r"(cr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "lr"); \
  o[0] = t; o[1] = l != 0; }
TAR(t1, 0x4e800460) TAR(t2, 0x4e800461) TAR(t3, 0x4d820460) TAR(t4, 0x4c820461) TAR(t5, 0x4d9f0460)

int main(void) {
  static const reg CRS[] = { 0, 0x20000000, 0xffffffff, 0x00000001 };
  static void (*const F[])(reg, reg *) = { t1, t2, t3, t4, t5 };
  static const char *const N[] = { "bctar 20,0", "bctarl 20,0", "bctar 12,2", "bctarl 4,2", "bctar 12,31" };
  reg o[2];
  for (int f = 0; f < 5; f++) {
    rt_puts(N[f]);
    for (int k = 0; k < 4; k++) {
      F[f](CRS[k], o);
      rt_puts(o[0] ? " T" : " n"); rt_puts(o[1] ? "l" : "");
    }
    rt_nl();
  }
  return 0;
}
