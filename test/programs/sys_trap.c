// Traps: tw/twi (and td/tdi on 64-bit) with every TO condition class, on operands where they must
// not trap (including 64-bit values whose low words would trap), then one that does: SIGTRAP
// (status 133) after the last line.
// CPU: power9
// CPU-ppc32: 7450
#include "rt.h"

int main(void)
{
  long a = 5, b = 6, m = -1;
  __asm__ volatile("tweq %0,%1\n\ttwgt %0,%1\n\ttwlgt %0,%1\n\ttwlt %1,%0\n\ttwllt %1,%0" : : "r"(a), "r"(b));
  __asm__ volatile("twlti %0,-1\n\ttwgti %0,0\n\ttwllti %0,5\n\ttwnei %1,-1\n\ttweqi %0,0" : : "r"(m), "r"(m));
  __asm__ volatile("twlgti %0,-1" : : "r"(a));      /* 5 >u 0xffffffff? no */
  __asm__ volatile("tw 0,%0,%0" : : "r"(a));          /* TO=0 never traps */
  rt_puts("tw ok"); rt_nl();
#ifdef __powerpc64__
  long hi = (long)0x100000005UL;                       /* low word 5, but not equal as 64 bits */
  __asm__ volatile("tdeq %0,%1\n\ttdlt %0,%1\n\ttdllt %0,%1\n\ttdeqi %0,5" : : "r"(hi), "r"(a));
  __asm__ volatile("tdgti %0,0\n\ttdlgt %1,%0" : : "r"(m), "r"(a));
  rt_puts("td ok"); rt_nl();
  __asm__ volatile("tweq %0,%1" : : "r"(hi), "r"(a)); /* low words equal: traps */
#else
  __asm__ volatile("twlgti %0,3" : : "r"(a));          /* 5 >u 3: traps */
#endif
  rt_puts("not reached"); rt_nl();
  return 0;
}
