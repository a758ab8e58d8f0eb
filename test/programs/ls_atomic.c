// Load-and-reserve / store-conditional: CR0 after success, after a second stcx. (reservation
// gone), without a reservation, with the reservation on another address, with XER[SO] set
// (copied into CR0), the EH hint; byte/half/word/doubleword/quadword forms; lq/stq.
// Hand-checked (ppc64, ppc64le): QEMU 7.2 fails the stqcx. right after lqarx because its lqarx
// does not set the reservation address (fixed upstream: "target/ppc: Fix lqarx to set
// cpu_reserve"). Per the ISA the reservation exists, so stqcx. stores and CR0 = 0b0010.
// CPU: power9
// CPU-ppc32: 7450
#include "ls_util.h"

static unsigned long long mem[8] __attribute__((aligned(16)));

#define CR0(c) ((unsigned)(c) >> 28)

static void dump(const char *l)
{
  dumpbytes(l, (const unsigned char *)mem, 32);
}

int main(void)
{
  unsigned long cr, v;
  unsigned int *w = (unsigned int *)mem;
  for (int k = 0; k < 8; k++) mem[k] = 0x0102030405060708ULL * (unsigned)(k + 1);

  __asm__ volatile("lwarx %0,0,%2\n\taddi %0,%0,1\n\tstwcx. %0,0,%2\n\tmfcr %1"
    : "=&r"(v), "=r"(cr) : "b"(w + 1) : "cr0", "memory");
  show("lwarx+1", v); rt_show32("cr0.ok", CR0(cr));
  __asm__ volatile("stwcx. %1,0,%2\n\tmfcr %0" : "=r"(cr) : "r"(7UL), "b"(w + 1) : "cr0", "memory");
  rt_show32("cr0.again", CR0(cr));
  __asm__ volatile("lwarx %0,0,%2\n\tstwcx. %0,0,%3\n\tmfcr %1"
    : "=&r"(v), "=r"(cr) : "b"(w), "b"(w + 2) : "cr0", "memory");
  rt_show32("cr0.other", CR0(cr));
  __asm__ volatile("stwcx. %0,0,%1" : : "r"(0UL), "b"(w) : "cr0", "memory"); /* clear */
  /* XER[SO] copied into CR0 */
  __asm__ volatile("mtxer %3\n\tlwarx %0,0,%2,1\n\tstwcx. %0,0,%2\n\tmfcr %1\n\tstwcx. %0,0,%2\n\tmfcr %0\n\tli 9,0\n\tmtxer 9"
    : "=&r"(v), "=&r"(cr) : "b"(w + 3), "r"(0x80000000UL) : "cr0", "r9", "xer", "memory");
  rt_show32("cr0.so.ok", CR0(cr)); rt_show32("cr0.so.fail", CR0(v));
  dump("words");

#ifdef __powerpc64__
  unsigned char *b = (unsigned char *)mem;
  __asm__ volatile("ldarx %0,0,%2\n\tnot %0,%0\n\tstdcx. %0,0,%2\n\tmfcr %1"
    : "=&r"(v), "=r"(cr) : "b"(mem + 2) : "cr0", "memory");
  show("ldarx.not", v); rt_show32("cr0.d", CR0(cr));
  __asm__ volatile("lbarx %0,0,%2\n\taddi %0,%0,0x70\n\tstbcx. %0,0,%2\n\tmfcr %1"
    : "=&r"(v), "=r"(cr) : "b"(b + 27) : "cr0", "memory");
  show("lbarx", v); rt_show32("cr0.b", CR0(cr));
  __asm__ volatile("lharx %0,0,%2\n\taddi %0,%0,0x7000\n\tsthcx. %0,0,%2\n\tmfcr %1"
    : "=&r"(v), "=r"(cr) : "b"(b + 30) : "cr0", "memory");
  show("lharx", v); rt_show32("cr0.h", CR0(cr));
  dump("bytes");

  /* lq / stq: the even register holds the doubleword at the lower address in BE, higher in LE */
  unsigned long e, o;
  __asm__ volatile("lq 6,16(%2)\n\tmr %0,6\n\tmr %1,7" : "=r"(e), "=r"(o) : "b"(mem) : "r6", "r7", "memory");
  show("lq.even", e); show("lq.odd", o);
  __asm__ volatile("mr 6,%1\n\tmr 7,%2\n\tstq 6,0(%0)" : : "b"(mem), "r"(0x1111111122222222UL), "r"(0x3333333344444444UL)
    : "r6", "r7", "memory");
  dump("stq");
  __asm__ volatile("lqarx 8,0,%3\n\taddi 9,9,1\n\tstqcx. 8,0,%3\n\tmfcr %2\n\tmr %0,8\n\tmr %1,9"
    : "=&r"(e), "=&r"(o), "=&r"(cr) : "b"(mem) : "r8", "r9", "cr0", "memory");
  show("lqarx.even", e); show("lqarx.odd+1", o); rt_show32("cr0.q", CR0(cr));
  dump("stqcx");
#endif
  return 0;
}
