// Power ISA 3.1 bit deposit/extract under a mask: pdepd, pextd, cfuged, cntlzdm, cnttzdm (Book I
// 3.3.13) and their vector doubleword forms vpdepd, vpextd, vcfuged, vclzdm, vctzdm, plus vgnb
// (gather every N-th bit); pnop.
// TARGETS: ppc64 ppc64le
// CFLAGS: -mcpu=power10
// CPU: power10
#include "rt.h"

static const unsigned long vals[] = { 0x0123456789abcdefUL, 0xffffffffffffffffUL, 0, 0x8000000000000001UL, 0x5555aaaa0f0f3c3cUL };
static const unsigned long masks[] = { 0xf0f0f0f0f0f0f0f0UL, 0xffffffffffffffffUL, 0, 0x8000000000000001UL, 0x00ff000000ff0001UL, 0x0000ffff00000000UL };
static unsigned long vin[4] __attribute__((aligned(16))), vout[2] __attribute__((aligned(16)));

#define G(name) do { unsigned long r; __asm__(name " %0,%1,%2" : "=r"(r) : "r"(v), "r"(mk)); rt_puts(" " name "="); rt_hex64(r); } while (0)
#define V(name) do { __asm__ volatile("lxv 34,0(%0)\n\tlxv 35,16(%0)\n\t" name " 4,2,3\n\tstxv 36,0(%1)" \
  : : "b"(vin), "b"(vout) : "v2", "v3", "v4", "memory"); rt_puts(" " name "="); rt_hex64(vout[0]); rt_hex64(vout[1]); } while (0)
#define GNB(n) do { unsigned long r; __asm__ volatile("lxv 34,0(%1)\n\tvgnb %0,2," #n : "=r"(r) : "b"(vin) : "v2"); \
  rt_puts(" vgnb" #n "="); rt_hex64(r); } while (0)

int main(void)
{
  for (unsigned a = 0; a < sizeof vals / sizeof vals[0]; a++) {
    for (unsigned b = 0; b < sizeof masks / sizeof masks[0]; b++) {
      unsigned long v = vals[a], mk = masks[b];
      rt_hex8(a); rt_hex8(b);
      G("pdepd"); G("pextd"); G("cfuged"); G("cntlzdm"); G("cnttzdm");
      rt_nl();
      vin[0] = v; vin[1] = vals[(a + 1) % 5]; vin[2] = mk; vin[3] = masks[(b + 2) % 6];
      rt_puts("  v");
      V("vpdepd"); V("vpextd"); V("vcfuged"); V("vclzdm"); V("vctzdm");
      rt_nl();
    }
    rt_puts("  g"); GNB(2); GNB(3); GNB(5); GNB(7); rt_nl();
    unsigned long pn = 5;
    __asm__ volatile(".p2align 4\n\tpnop\n\taddi %0,%0,1" : "+r"(pn)); /* pnop: 8 bytes, nothing done */
    rt_show64("  pnop", pn);
  }
  return 0;
}
