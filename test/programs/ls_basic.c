// Fixed-point loads and stores of every width at every alignment: D and X forms, sign and zero
// extension, byte-reversed forms, update forms (RA gets the EA), stores checked byte by byte.
// CPU: power9
// CPU-ppc32: 7450
#include "ls_util.h"

static unsigned char buf[64] __attribute__((aligned(16)));
static unsigned char out[64] __attribute__((aligned(16)));

#define LX(insn, off) ({ unsigned long r_; \
  __asm__ volatile(insn " %0,%1,%2" : "=r"(r_) : "b"(buf), "r"((unsigned long)(off)) : "memory"); r_; })

static void fill(void)
{
  for (int k = 0; k < 64; k++) buf[k] = (unsigned char)(0x80 + k * 3);
  for (int k = 0; k < 64; k++) out[k] = 0xee;
}

static void dump(const char *label, int n)
{
  dumpbytes(label, out, n);
  for (int k = 0; k < 64; k++) out[k] = 0xee;
}

static void showat(const char *name, int off, unsigned long v)
{
  rt_puts(name); rt_putc('@'); rt_hex32((uint32_t)off); rt_putc('='); showreg(v);
}

int main(void)
{
  fill();
  for (int off = 0; off < 9; off++) {
    showat("lbzx", off, LX("lbzx", off));
    showat("lhzx", off, LX("lhzx", off));
    showat("lhax", off, LX("lhax", off));
    showat("lwzx", off, LX("lwzx", off));
    showat("lhbrx", off, LX("lhbrx", off));
    showat("lwbrx", off, LX("lwbrx", off));
#ifdef __powerpc64__
    showat("lwax", off, LX("lwax", off));
    showat("ldx", off, LX("ldx", off));
    showat("ldbrx", off, LX("ldbrx", off));
#endif
  }

  /* D forms with positive and negative displacements */
  unsigned long r;
  unsigned char *mid = buf + 32;
  __asm__ volatile("lbz %0,-1(%1)" : "=r"(r) : "b"(mid)); showat("lbz", -1, r);
  __asm__ volatile("lhz %0,-3(%1)" : "=r"(r) : "b"(mid)); showat("lhz", -3, r);
  __asm__ volatile("lha %0,5(%1)" : "=r"(r) : "b"(mid)); showat("lha", 5, r);
  __asm__ volatile("lwz %0,-7(%1)" : "=r"(r) : "b"(mid)); showat("lwz", -7, r);
#ifdef __powerpc64__
  __asm__ volatile("lwa %0,-8(%1)" : "=r"(r) : "b"(mid)); showat("lwa", -8, r);
  __asm__ volatile("ld %0,-16(%1)" : "=r"(r) : "b"(mid)); showat("ld", -16, r);
  __asm__ volatile("ld %0,12(%1)" : "=r"(r) : "b"(mid)); showat("ld", 12, r);
#endif

  /* stores at odd alignments */
  unsigned long v = (unsigned long)0x0123456789abcdefULL;
  __asm__ volatile("stb %0,1(%1)" : : "r"(v), "b"(out) : "memory");
  __asm__ volatile("sth %0,3(%1)" : : "r"(v), "b"(out) : "memory");
  __asm__ volatile("stw %0,7(%1)" : : "r"(v), "b"(out) : "memory");
  __asm__ volatile("sthbrx %0,%1,%2" : : "r"(v), "b"(out), "r"(13L) : "memory");
  __asm__ volatile("stwbrx %0,%1,%2" : : "r"(v), "b"(out), "r"(17L) : "memory");
  __asm__ volatile("stbx %0,%1,%2" : : "r"(v >> 8), "b"(out), "r"(22L) : "memory");
  __asm__ volatile("sthx %0,%1,%2" : : "r"(v >> 8), "b"(out), "r"(24L) : "memory");
  __asm__ volatile("stwx %0,%1,%2" : : "r"(v >> 8), "b"(out), "r"(27L) : "memory");
#ifdef __powerpc64__
  __asm__ volatile("std %0,32(%1)" : : "r"(v), "b"(out) : "memory");
  __asm__ volatile("stdx %0,%1,%2" : : "r"(v), "b"(out), "r"(41L) : "memory");
  __asm__ volatile("stdbrx %0,%1,%2" : : "r"(v), "b"(out), "r"(51L) : "memory");
#endif
  dump("stores", 60);

  /* update forms: RA <- EA after the access */
  unsigned long p = (unsigned long)buf, base = (unsigned long)buf;
  __asm__ volatile("lbzu %0,3(%1)" : "=r"(r), "+b"(p)); showat("lbzu", (int)(p - base), r);
  __asm__ volatile("lhzu %0,2(%1)" : "=r"(r), "+b"(p)); showat("lhzu", (int)(p - base), r);
  __asm__ volatile("lhau %0,-1(%1)" : "=r"(r), "+b"(p)); showat("lhau", (int)(p - base), r);
  __asm__ volatile("lwzu %0,9(%1)" : "=r"(r), "+b"(p)); showat("lwzu", (int)(p - base), r);
  __asm__ volatile("lbzux %0,%1,%2" : "=r"(r), "+b"(p) : "r"(-5L)); showat("lbzux", (int)(p - base), r);
  __asm__ volatile("lhzux %0,%1,%2" : "=r"(r), "+b"(p) : "r"(7L)); showat("lhzux", (int)(p - base), r);
  __asm__ volatile("lhaux %0,%1,%2" : "=r"(r), "+b"(p) : "r"(-2L)); showat("lhaux", (int)(p - base), r);
  __asm__ volatile("lwzux %0,%1,%2" : "=r"(r), "+b"(p) : "r"(11L)); showat("lwzux", (int)(p - base), r);
#ifdef __powerpc64__
  __asm__ volatile("ldu %0,-8(%1)" : "=r"(r), "+b"(p)); showat("ldu", (int)(p - base), r);
  __asm__ volatile("ldux %0,%1,%2" : "=r"(r), "+b"(p) : "r"(-3L)); showat("ldux", (int)(p - base), r);
  __asm__ volatile("lwaux %0,%1,%2" : "=r"(r), "+b"(p) : "r"(9L)); showat("lwaux", (int)(p - base), r);
#endif
  p = base = (unsigned long)out + 32;
  __asm__ volatile("stbu %1,1(%0)" : "+b"(p) : "r"(v) : "memory"); showat("stbu", (int)(p - base), 0);
  __asm__ volatile("sthu %1,2(%0)" : "+b"(p) : "r"(v) : "memory"); showat("sthu", (int)(p - base), 0);
  __asm__ volatile("stwu %1,-9(%0)" : "+b"(p) : "r"(v) : "memory"); showat("stwu", (int)(p - base), 0);
  __asm__ volatile("stbux %1,%0,%2" : "+b"(p) : "r"(v), "r"(-3L) : "memory"); showat("stbux", (int)(p - base), 0);
  __asm__ volatile("sthux %1,%0,%2" : "+b"(p) : "r"(v), "r"(14L) : "memory"); showat("sthux", (int)(p - base), 0);
  __asm__ volatile("stwux %1,%0,%2" : "+b"(p) : "r"(v), "r"(-20L) : "memory"); showat("stwux", (int)(p - base), 0);
#ifdef __powerpc64__
  __asm__ volatile("stdu %1,16(%0)" : "+b"(p) : "r"(v) : "memory"); showat("stdu", (int)(p - base), 0);
  __asm__ volatile("stdux %1,%0,%2" : "+b"(p) : "r"(v), "r"(-21L) : "memory"); showat("stdux", (int)(p - base), 0);
#endif
  dump("ustores", 64);

  /* stwu r1 style: the stored value is RA before the update */
  unsigned long q = (unsigned long)out + 16, q0 = q;
  __asm__ volatile("stwu %0,-8(%0)" : "+b"(q) : : "memory");
  rt_show32("stwu-self-delta", (uint32_t)(q0 - q));
  rt_show32("stwu-self-val-ok", *(uint32_t *)(out + 8) == (uint32_t)q0);
  return 0;
}
