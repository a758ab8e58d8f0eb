// mfpvr is emulated by Linux for user space (only the family is printed: the revision differs
// between models), then mfmsr, a privileged instruction, kills the program with SIGILL (132).
// CPU: power9
// CPU-ppc32: 7450
#include "rt.h"

int main(void)
{
  unsigned long v;
  __asm__ volatile("mfpvr %0" : "=r"(v));
  rt_show32("pvr.family", (uint32_t)(v >> 16));
  __asm__ volatile("mfmsr %0" : "=r"(v));
  rt_puts("not reached"); rt_nl();
  return 0;
}
