// GCC's _Decimal64/_Decimal128 arithmetic compiled for POWER9 (hardware DFP: dadd, dmul, ddiv,
// dcmpu, dctfix, dcffix, dquai, ... emitted inline, conversions through libgcc): a compound
// interest table, exact decimal sums that binary floating point gets wrong, rounding-mode changes
// through the FPSCR's DRN field (mffs/mtfsf W=1, as fe_dec_setround does) and quantization.
// glibc's printf does not format _Decimal types: values print as scaled integers and as their
// raw DPD bits.
// FPSCR[FR] (0x00040000) is masked out of the printed FPSCR: QEMU 7.2 never sets it, ppcemu sets
// it per the ISA (rounding incremented the magnitude; test/unit/dfp.test.ts covers it).
//
// Hand-checked (glibc-dfp_arith.stdout.handchecked): QEMU 7.2 never clears FPSCR[FI] in its DFP
// helpers (it only sets it on an inexact result), so after the exact dmul of the last line its
// FI is still 1 from the earlier inexact dmulq. FI is not sticky (Power ISA 3.1 Book I 4.2.2,
// FPSCR bit 46: set when the last arithmetic or rounding and conversion instruction was inexact,
// cleared otherwise; the DFP instructions list FI among the bits they alter): the last line's
// FI (0x00020000) is 0.
// Also hand-checked: the narrowing casts (d64) of a _Decimal128 (GCC: drdpq into a register pair,
// then fmr of its even register). QEMU 7.2's drdpq leaves the result in the odd register and 0 in
// the even one, so it prints 0 for both; POWER hardware puts it in the even one (see
// src/cpu/isa/dfp.ts, narrow). By hand: 1/3 to 34 digits, rounded to 16, is 0.3333333333333333
// (x 10^16 = 3333333333333333); q_big rounded to 16 digits (to nearest) is 1234567890123457E4,
// and that / 1000 = 12345678901234570.
// TARGETS: ppc64 ppc64le
// CFLAGS: -mcpu=power9
// CPU: power9
#include <stdio.h>
#include <string.h>

typedef _Decimal64 d64;
typedef _Decimal128 d128;

static unsigned long long bits64(d64 x) { unsigned long long u; memcpy(&u, &x, 8); return u; }
static void bits128(d128 x, unsigned long long *hi, unsigned long long *lo)
{
  unsigned __int128 u; memcpy(&u, &x, 16); *hi = (unsigned long long)(u >> 64); *lo = (unsigned long long)u;
}
static void set_drn(unsigned long long drn)
{
  union { double d; unsigned long long u; } f;
  __asm__ volatile("mffs %0" : "=d"(f.d));
  f.u = (f.u & ~(7ull << 32)) | (drn << 32);
  __asm__ volatile("mtfsf 1,%0,0,1" :: "d"(f.d));
}
static unsigned long long fpscr(void) { union { double d; unsigned long long u; } f; __asm__ volatile("mffs %0" : "=d"(f.d)); return f.u & ~0x40000ull; }

/* volatile inputs keep GCC from folding the arithmetic at compile time */
static volatile d64 v_tenth = 0.1DD, v_rate = 0.0375DD, v_principal = 10000.00DD, v_three = 3.DD, v_seven = 7.DD;
static volatile d128 q_third = 1.DL, q_three = 3.DL, q_big = 12345678901234567890.123456789DL;
static volatile long long v_int = 123456789012345678LL;

int main(void)
{
  /* 0.1 + 0.2 == 0.3 exactly in decimal */
  d64 a = v_tenth, s = 0;
  for (int k = 0; k < 10; k++) s += a;
  printf("ten tenths == 1: %d, bits %016llx\n", s == 1.DD, bits64(s));
  printf("0.1+0.2==0.3: %d\n", v_tenth + 2 * v_tenth == 0.3DD);

  /* compound interest, cents */
  d64 p = v_principal;
  for (int y = 1; y <= 10; y++) {
    p = p * (1 + v_rate);
    d64 cents = __builtin_roundeven(p * 100); /* rounds with the current DRN */
    (void)cents;
    printf("year %2d: %lld cents, bits %016llx\n", y, (long long)(p * 100), bits64(p));
  }

  /* division and the rounding modes */
  for (unsigned long long m = 0; m < 8; m++) {
    set_drn(m);
    d64 q = v_seven / v_three, n = -v_seven / v_three;
    d128 t = q_third / q_three;
    unsigned long long hi, lo;
    bits128(t, &hi, &lo);
    printf("drn %llu: 7/3 %016llx -7/3 %016llx 1/3q %016llx%016llx fpscr %016llx\n", m, bits64(q), bits64(n), hi, lo, fpscr());
  }
  set_drn(0);

  /* conversions */
  d128 big = q_big;
  long long ll = (long long)big;
  d64 fromint = (d64)v_int;
  printf("(long long)big = %lld, (d64)int bits %016llx, back %lld\n", ll, bits64(fromint), (long long)fromint);
  d128 prod = big * big;
  unsigned long long hi, lo;
  bits128(prod, &hi, &lo);
  printf("big*big %016llx%016llx\n", hi, lo);
  d64 third = (d64)(q_third / q_three), bigl = (d64)big;
  printf("(d64)(1/3q) x 1e16 = %lld, (d64)big / 1000 = %lld\n", (long long)(third * 1E16DD), (long long)(bigl / 1000));
  printf("compare: %d %d %d\n", v_seven > v_three, (d128)v_seven < q_three, v_tenth * 3 == 0.3DD);
  printf("fpscr %016llx\n", fpscr());
  return 0;
}
