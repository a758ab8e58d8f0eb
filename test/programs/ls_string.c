// Load/store multiple and string instructions (big-endian only: in little-endian mode they take an
// alignment interrupt, see ls_string_le): lmw/stmw at odd addresses, lswi with every byte count
// class (NB=0 means 32), lswx/stswx with the count from XER (including 0), stswi.
// TARGETS: ppc32 ppc64
// CPU-ppc32: 7450
// CPU-ppc64: power9
#include "ls_util.h"

static unsigned char src[64] __attribute__((aligned(16)));
static unsigned char dst[64] __attribute__((aligned(16)));

static void showr(const char *l, int k, unsigned long v)
{
  rt_puts(l); rt_putc('.'); rt_dec(k); rt_putc('='); showreg(v);
}

static void dumpdst(const char *l, int n)
{
  dumpbytes(l, dst, n);
  for (int k = 0; k < 64; k++) dst[k] = 0xee;
}

/* lswi r5,rA,NB into r5..r12 (pre-set to all ones), then print r5..r12 */
#define LSWI(nb, addr) do { unsigned long o_[8]; \
  __asm__ volatile("li 5,-1; li 6,-1; li 7,-1; li 8,-1; li 9,-1; li 10,-1; li 11,-1; li 12,-1\n\t" \
    "lswi 5,%8," #nb "\n\t" \
    "mr %0,5; mr %1,6; mr %2,7; mr %3,8; mr %4,9; mr %5,10; mr %6,11; mr %7,12" \
    : "=&r"(o_[0]), "=&r"(o_[1]), "=&r"(o_[2]), "=&r"(o_[3]), "=&r"(o_[4]), "=&r"(o_[5]), "=&r"(o_[6]), "=&r"(o_[7]) \
    : "b"(addr) : "r5", "r6", "r7", "r8", "r9", "r10", "r11", "r12", "memory"); \
  for (int k_ = 0; k_ < 8; k_++) showr("lswi" #nb, k_, o_[k_]); } while (0)

int main(void)
{
  for (int k = 0; k < 64; k++) src[k] = (unsigned char)(0x10 + k * 5);
  for (int k = 0; k < 64; k++) dst[k] = 0xee;

  /* lmw r27..r31 from an odd address; stmw back to another odd address */
  unsigned long m[5];
  __asm__ volatile("lmw 27,3(%5)\n\tmr %0,27; mr %1,28; mr %2,29; mr %3,30; mr %4,31"
    : "=&r"(m[0]), "=&r"(m[1]), "=&r"(m[2]), "=&r"(m[3]), "=&r"(m[4]) : "b"(src)
    : "r27", "r28", "r29", "r30", "r31", "memory");
  for (int k = 0; k < 5; k++) showr("lmw", k, m[k]);
  __asm__ volatile("mr 28,%0; mr 29,%1; mr 30,%2; mr 31,%3; stmw 28,1(%4)"
    : : "r"(m[0]), "r"(m[1]), "r"(m[2]), "r"(0x11223344UL), "b"(dst) : "r28", "r29", "r30", "r31", "memory");
  dumpdst("stmw", 20);

  LSWI(1, src + 1);
  LSWI(3, src + 2);
  LSWI(4, src);
  LSWI(5, src + 3);
  LSWI(7, src + 5);
  LSWI(13, src + 1);
  LSWI(31, src + 1);

  /* lswi NB=0: 32 bytes into r5..r12 exactly */
  LSWI(0, src + 7);

  /* lswx with XER counts 0, 1, 6, 11 (XER[SO] set too: it must stay) */
  static const int counts[] = {0, 1, 6, 11};
  for (int c = 0; c < 4; c++) {
    unsigned long a, b, cc, x;
    unsigned long xer = 0x80000000UL | (unsigned long)counts[c];
    __asm__ volatile("li 6,-1; li 7,-1; li 8,-1; mtxer %4\n\t"
      "lswx 6,%5,%6\n\tmr %0,6; mr %1,7; mr %2,8; mfxer %3"
      : "=&r"(a), "=&r"(b), "=&r"(cc), "=&r"(x) : "r"(xer), "b"(src), "r"(9UL) : "r6", "r7", "r8", "xer", "memory");
    showr("lswx.a", counts[c], a); showr("lswx.b", counts[c], b); showr("lswx.c", counts[c], cc);
    showr("lswx.xer", counts[c], x);
  }

  /* stswi and stswx with odd counts */
  __asm__ volatile("mr 5,%0; mr 6,%1; stswi 5,%2,7" : : "r"(0x01020304UL), "r"(0x05060708UL), "b"(dst + 1) : "r5", "r6", "memory");
  dumpdst("stswi7", 12);
  __asm__ volatile("mr 5,%0; mr 6,%1; mr 7,%2; stswi 5,%3,9" : : "r"(0xa1a2a3a4UL), "r"(0xb1b2b3b4UL), "r"(0xc1c2c3c4UL), "b"(dst) : "r5", "r6", "r7", "memory");
  dumpdst("stswi9", 12);
  __asm__ volatile("mtxer %3; mr 5,%0; mr 6,%1; stswx 5,%2,%4" : : "r"(0x31323334UL), "r"(0x41424344UL), "b"(dst), "r"(5UL), "r"(3UL) : "r5", "r6", "xer", "memory");
  dumpdst("stswx5", 12);
  __asm__ volatile("mtxer %1; stswx 5,%0,%0" : : "b"(dst), "r"(0UL) : "xer", "memory");
  dumpdst("stswx0", 4);
  return 0;
}
