// CFLAGS: -mcpu=power9
// TARGETS: ppc64 ppc64le
// CPU: power9
#include "rt.h"
#include "vsx_util.h"
/* VSX additions that Valgrind's regression tests use: the ISA 2.06 single-precision vector tests
   (xvtdivsp, xvtsqrtsp) and the ISA 3.0 vector exponent/significand/test-data-class forms
   (xviexp*, xvxexp*, xvxsig*, xvtstdc*), the half-precision conversions (xscvhpdp, xscvdphp,
   xvcvhpsp, xvcvsphp) and xsrqpxp (round quad to double-extended precision).
   Each case loads VSR36 (A), VSR37 (B) and VSR34 (T) with lxvd2x (quad operands: VR4, VR5, VR2),
   sets the FPSCR from `fin` (rounding mode, sometimes FI), clears CR, runs one instruction and
   prints T's two doublewords, the FPSCR low word and CR. Word lanes are listed high word first
   within each doubleword. No exception is enabled (QEMU user mode would trap).
   FPSCR[FR] (0x00040000) is masked out of the printed FPSCR: QEMU 7.2 never sets it (ppcemu
   sets it per the ISA, as vsx_fp.c notes).
   Lanes that overflow and lanes that underflow are not mixed in one xvcvsphp: QEMU 7.2 then
   records only OX (the ISA: both), as vsx_vecfp.c notes.
   Hand-checked (vsx30_ext.stdout.handchecked, QEMU's file with these lines corrected):
   - xsrqpxp with R=0, RMC=0b11 rounds in the FPSCR[RN] mode (ISA 3.0B xsrqpxp, the R/RMC
     encoding shared with xsrqpi: RN=01 toward zero, RN=11 toward -infinity); QEMU 7.2 passes RN
     unconverted to softfloat, swapping the two: its "xsrqpxp 0,3 m1" and "m3" lines of the
     inexact operands are exchanged (as for xsrqpix in vsx_fp.c).
   - xsrqpxp of a NaN (operands 18, 19) returns it quieted with its whole binary128 fraction: in
     the ISA 3.0B pseudocode bfp_ROUND_TO_BFP80 rounds only finite values (a QNaN is returned
     as is, a SNaN quieted with VXSNAN) and bfp128_CONVERT_FROM_BFP writes all 112 fraction
     bits; QEMU 7.2 rounds through floatx80, truncating the payload to its top 63 bits.
   Followed from QEMU where the ISA leaves the result undefined: xsrqpxp with R=0 and the reserved
   RMC values 0b01 and 0b10 rounds to nearest even. */

static u64 w2(unsigned hi, unsigned lo) { return ((u64)hi << 32) | lo; }

static void show(const char *name, int k, int mode, unsigned long cr) {
  rt_puts(name); rt_putc(' '); rt_dec(k); rt_puts(" m"); rt_dec(mode);
  rt_puts(": "); rt_hex64(O[0]); rt_putc(' '); rt_hex64(O[1]); rt_puts(" fpscr="); rt_hex32((unsigned)fout & ~0x40000u);
  rt_puts(" cr="); rt_hex32((unsigned)cr); rt_nl();
}

/* ---- binary32 operands of the tests, exponent and class operations ---- */
static const unsigned TS[] = {
  0x3f800000, /* 0: 1 */
  0xc0400000, /* 1: -3 */
  0x00800000, /* 2: 2^-126 (FLT_MIN) */
  0x01000000, /* 3: 2^-125 */
  0x00400000, /* 4: denormal */
  0x80000001, /* 5: -min denormal */
  0x00000000, /* 6: +0 */
  0x80000000, /* 7: -0 */
  0x7f800000, /* 8: +inf */
  0xff800000, /* 9: -inf */
  0x7fc00000, /* 10: QNaN */
  0x7f800001, /* 11: SNaN */
  0x7e000000, /* 12: 2^125 */
  0x7d800000, /* 13: 2^124 */
  0x0c000000, /* 14: 2^-103 */
  0x0c800000, /* 15: 2^-102 */
  0x3e800000, /* 16: 0.25 */
  0x4c000000, /* 17: 2^25 */
  0x4b800000, /* 18: 2^24 */
  0x0d800000, /* 19: 2^-100 */
  0x3f000000, /* 20: 0.5 */
  0xff7fffff, /* 21: -FLT_MAX */
};
#define NTS (sizeof(TS) / sizeof(TS[0]))

/* binary64 operands of the class and exponent operations */
static const u64 TD[] = {
  0x3ff0000000000000, /* 0: 1 */
  0xc004000000000000, /* 1: -2.5 */
  0x0000000000000000, /* 2: +0 */
  0x8000000000000000, /* 3: -0 */
  0x7ff0000000000000, /* 4: +inf */
  0xfff0000000000000, /* 5: -inf */
  0x7ff8000000000001, /* 6: QNaN */
  0xfff8000000000000, /* 7: -QNaN */
  0x7ff0000000000002, /* 8: SNaN */
  0x0000b8157268fdaf, /* 9: +denormal */
  0x800fffffffffffff, /* 10: -denormal */
  0x0010000000000000, /* 11: DBL_MIN */
  0xffefffffffffffff, /* 12: -DBL_MAX */
  0xfff4000000000000, /* 13: -SNaN */
};
#define NTD (sizeof(TD) / sizeof(TD[0]))

/* xvtdivsp: the pair (a, b) in lane k % 4, the other lanes 1 / 1 (no flag) */
static void tdiv_case(unsigned a, unsigned b, unsigned k) {
  unsigned wa[4] = {0x3f800000, 0x3f800000, 0x3f800000, 0x3f800000}, wb[4] = {0x3f800000, 0x3f800000, 0x3f800000, 0x3f800000};
  wa[k % 4] = a; wb[k % 4] = b;
  A[0] = w2(wa[0], wa[1]); A[1] = w2(wa[2], wa[3]); B[0] = w2(wb[0], wb[1]); B[1] = w2(wb[2], wb[3]);
  Tt[0] = Tt[1] = 0x5555555555555555; fin = 0;
}

/* test data class: DCMX values (each bit alone, none, all, a mix) */
#define TSTDC_D(dcmx) do { for (unsigned k = 0; k < NTD; k += 2) { \
  B[0] = TD[k]; B[1] = TD[k + 1]; Tt[0] = Tt[1] = 0x5555555555555555; fin = 0; \
  RUN("xvtstdcdp 34,37," #dcmx); show("xvtstdcdp " #dcmx, k, 0, cr); } } while (0)
#define TSTDC_S(dcmx) do { for (unsigned k = 0; k + 3 < NTS; k += 4) { \
  B[0] = w2(TS[k], TS[k + 1]); B[1] = w2(TS[k + 2], TS[k + 3]); Tt[0] = Tt[1] = 0x5555555555555555; fin = 0; \
  RUN("xvtstdcsp 34,37," #dcmx); show("xvtstdcsp " #dcmx, k, 0, cr); } } while (0)

/* ---- half precision ---- */
static const unsigned short H[] = {
  0x0000, 0x8000, 0x3c00, 0xbc00, 0x0001, 0x83ff, 0x0400, 0x7bff, 0xfbff, 0x7c00, 0xfc00, 0x7e00,
  0xfe01, 0x7c01, 0xfd55, 0x3555, 0x0200, 0x4248,
};
#define NH (sizeof(H) / sizeof(H[0]))

static const u64 HD[] = {
  0x3ff0000000000000, /* 0: 1 */
  0xbff0000000000000, /* 1: -1 */
  0x40effc0000000000, /* 2: 65504 (max) */
  0x40effde000000000, /* 3: 65519 (below the tie with 65536) */
  0x40effe0000000000, /* 4: 65520 (tie: overflows in RN) */
  0xc0effe0000000000, /* 5: -65520 */
  0x40f86a0000000000, /* 6: 1e5 (overflow) */
  0xc0f86a0000000000, /* 7: -1e5 */
  0x3f10000000000000, /* 8: 2^-14 (min normal) */
  0x3e70000000000000, /* 9: 2^-24 (min denormal) */
  0x3e60000000000000, /* 10: 2^-25 (tie with 0) */
  0xbe60002000000000, /* 11: -(2^-25 + 2^-40) */
  0x3e68000000000000, /* 12: 3 * 2^-26 */
  0x3e78000000000000, /* 13: 1.5 * 2^-24 (tie) */
  0x3ff0020000000000, /* 14: 1 + 2^-11 (tie, even) */
  0x3ff0060000000000, /* 15: 1 + 3 * 2^-11 (tie, odd) */
  0x3ff0020000400000, /* 16: 1 + 2^-11 + 2^-30 */
  0x3fd5555555555555, /* 17: 1/3 */
  0xbfd5555555555555, /* 18: -1/3 */
  0x3f0fffe000000000, /* 19: 2^-14 - 2^-30 (tiny, rounds to 2^-14) */
  0x3fb999999999999a, /* 20: 0.1 */
  0x408f426666666666, /* 21: 1000.3 */
  0x0000000000000000, /* 22: +0 */
  0x8000000000000000, /* 23: -0 */
  0x7ff0000000000000, /* 24: +inf */
  0xfff0000000000000, /* 25: -inf */
  0x7ff8000000000001, /* 26: QNaN, low payload */
  0xfffc000000000000, /* 27: -QNaN, high payload */
  0x7ff0000000000002, /* 28: SNaN, low payload */
  0x7ff4000000000000, /* 29: SNaN, high payload */
  0x0000b8157268fdaf, /* 30: binary64 denormal */
  0x800fffffffffffff, /* 31: -binary64 denormal */
  0x40efffe000000000, /* 32: 65535 */
};
#define NHD (sizeof(HD) / sizeof(HD[0]))

/* binary32 quadruples for xvcvsphp (overflowing and underflowing lanes kept apart) */
static const unsigned HS[][4] = {
  {0x3f800000, 0x477fe000, 0x477fef00, 0x3eaaaaab}, /* 1, 65504, 65519, 1/3 */
  {0x477ff000, 0xc7c35000, 0x3dcccccd, 0xbf803000}, /* 65520, -1e5, 0.1, -(1 + 3 * 2^-11) */
  {0x33800000, 0x33000000, 0xb3400000, 0x387c0000}, /* 2^-24, 2^-25, -3 * 2^-26, tiny normal */
  {0x00000001, 0x80400000, 0x38800000, 0x3f801000}, /* binary32 denormals, 2^-14, 1 + 2^-11 */
  {0x7f800000, 0x80000000, 0x7fc00001, 0x7f800001}, /* inf, -0, QNaN, SNaN */
  {0xffa00000, 0x7fffe000, 0x00000000, 0xff800000}, /* -SNaN (payload), QNaN (payload), +0, -inf */
  {0x7f7fffff, 0x3f800000, 0x40400000, 0x3f000000}, /* FLT_MAX (overflow), 1, 3, 0.5 */
};
#define NHS (sizeof(HS) / sizeof(HS[0]))

/* ---- quad precision operands of xsrqpxp (hi, lo) ---- */
static const u64 QX[][2] = {
  {0x3fff000000000000, 0}, /* 0: 1 */
  {0x3ffd555555555555, 0x5555555555555555}, /* 1: 1/3 */
  {0xbffd555555555555, 0x5555555555555555}, /* 2: -1/3 */
  {0x3fff000000000000, 0x0001000000000000}, /* 3: 1 + 2^-64 (tie, even) */
  {0x3fff000000000000, 0x0003000000000000}, /* 4: 1 + 3 * 2^-64 (tie, odd) */
  {0xbfff000000000000, 0x0001000000001000}, /* 5: -(1 + 2^-64 + 2^-100) */
  {0x7ffeffffffffffff, 0xffffffffffffffff}, /* 6: binary128 max (overflows) */
  {0xfffeffffffffffff, 0xffffffffffffffff}, /* 7: -max */
  {0x0000000000000000, 0x0000000000000001}, /* 8: min denormal (underflows) */
  {0x8000000000000000, 0x0000000000000003}, /* 9: -3 * min denormal */
  {0x0001000000000000, 0}, /* 10: min normal (exact) */
  {0x0000123456789abc, 0xdef0123456789abc}, /* 11: denormal, inexact in binary80 */
  {0x403e000000000000, 0x0001000000000000}, /* 12: 2^63 + 0.5 (65 bits: tie) */
  {0x7ffe000000000000, 0x0000ffffffffffff}, /* 13: 2^16383 * (1 + small), rounds within range */
  {0, 0}, /* 14: +0 */
  {0x8000000000000000, 0}, /* 15: -0 */
  {0x7fff000000000000, 0}, /* 16: +inf */
  {0xffff000000000000, 0}, /* 17: -inf */
  {0x7fff800000000000, 0x0000000000000001}, /* 18: QNaN, low payload */
  {0x7fff000000000000, 0x0000000000000002}, /* 19: SNaN, low payload */
  {0xffff400000000000, 0x8000000000000000}, /* 20: -SNaN, payload */
  {0x3fffffffffffffff, 0xffffffffffffffff}, /* 21: just below 2 (carries into the exponent) */
};
#define NQX (sizeof(QX) / sizeof(QX[0]))

#define RQPXP(r, rmc, md) do { for (unsigned k = 0; k < NQX; k++) { \
  B[0] = QX[k][0]; B[1] = QX[k][1]; Tt[0] = Tt[1] = 0x5555555555555555; fin = md; \
  RUN("xsrqpxp " #r ",2,5," #rmc); show("xsrqpxp " #r "," #rmc, k, md, cr); } } while (0)

int main(void) {
  unsigned long cr;

  /* xvtdivsp: every pair, in lane (a + b) % 4 */
  for (unsigned a = 0; a < NTS; a++)
    for (unsigned b = 0; b < NTS; b++) {
      tdiv_case(TS[a], TS[b], a + b);
      RUN("xvtdivsp 5,36,37"); show("xvtdivsp", a * 100 + b, 0, cr);
    }
  /* two lanes contributing different flags: fg from lane 1 (denormal divisor), fe from lane 3 */
  A[0] = w2(0x3f800000, 0x3f800000); A[1] = w2(0x3f800000, 0x7e000000);
  B[0] = w2(0x3f800000, 0x00400000); B[1] = w2(0x3f800000, 0x3e800000);
  fin = 0; RUN("xvtdivsp 1,36,37"); show("xvtdivsp mix", 0, 0, cr);
  /* xvtsqrtsp: each value in lane k % 4 */
  for (unsigned k = 0; k < NTS; k++) {
    tdiv_case(0x3f800000, TS[k], k);
    RUN("xvtsqrtsp 3,37"); show("xvtsqrtsp", k, 0, cr);
  }
  B[0] = w2(0x3f800000, 0x0c000000); B[1] = w2(0x00000001, 0x3f800000);
  fin = 0; RUN("xvtsqrtsp 7,37"); show("xvtsqrtsp mix", 0, 0, cr);

  /* test data class */
  TSTDC_D(0); TSTDC_D(1); TSTDC_D(2); TSTDC_D(4); TSTDC_D(8); TSTDC_D(16); TSTDC_D(32); TSTDC_D(64);
  TSTDC_D(127); TSTDC_D(85); TSTDC_D(42);
  TSTDC_S(0); TSTDC_S(1); TSTDC_S(2); TSTDC_S(4); TSTDC_S(8); TSTDC_S(16); TSTDC_S(32); TSTDC_S(64);
  TSTDC_S(127); TSTDC_S(85); TSTDC_S(42);

  /* exponent and significand: extract, insert */
  for (unsigned k = 0; k < NTD; k++) {
    B[0] = TD[k]; B[1] = TD[(k + 5) % NTD]; Tt[0] = Tt[1] = 0x5555555555555555; fin = 0;
    RUN("xvxexpdp 34,37"); show("xvxexpdp", k, 0, cr);
    RUN("xvxsigdp 34,37"); show("xvxsigdp", k, 0, cr);
    A[0] = TD[(k + 3) % NTD]; A[1] = TD[k];
    B[0] = 0xfedcba9876543000 | (k * 0x93); B[1] = 0x0123456789abc7ff - k;
    RUN("xviexpdp 34,36,37"); show("xviexpdp", k, 0, cr);
  }
  for (unsigned k = 0; k < NTS; k++) {
    B[0] = w2(TS[k], TS[(k + 5) % NTS]); B[1] = w2(TS[(k + 9) % NTS], TS[(k + 13) % NTS]);
    Tt[0] = Tt[1] = 0x5555555555555555; fin = 0;
    RUN("xvxexpsp 34,37"); show("xvxexpsp", k, 0, cr);
    RUN("xvxsigsp 34,37"); show("xvxsigsp", k, 0, cr);
    A[0] = w2(TS[(k + 2) % NTS], TS[k]); A[1] = w2(TS[(k + 11) % NTS], TS[(k + 7) % NTS]);
    B[0] = w2(0xabcdef00 | (k * 7), 0x123456ff - k); B[1] = w2(0x80000001 + k, 0x7fffff80 | k);
    RUN("xviexpsp 34,36,37"); show("xviexpsp", k, 0, cr);
  }
  /* the destination is also a source */
  A[0] = 0x3ff0000000000000; A[1] = 0x4000000000000000; B[0] = 0x400; B[1] = 0x7fe; fin = 0;
  __asm__ volatile("lxvd2x 36,0,%[a]\n\tlxvd2x 37,0,%[b]\n\txviexpdp 36,36,37\n\txvxsigdp 37,36\n\t"
                   "xvxexpsp 36,36\n\tstxvd2x 36,0,%[a]\n\tstxvd2x 37,0,%[b]"
                   : : [a] "b"(A), [b] "b"(B) : "v4", "v5", "memory");
  rt_show64("alias0", A[0]); rt_show64("alias1", A[1]); rt_show64("alias2", B[0]); rt_show64("alias3", B[1]);

  /* half precision to double: only halfword 3 of XB's doubleword 0 counts */
  for (unsigned k = 0; k < NH; k++) {
    B[0] = 0xdeadbeefcafe0000 | H[k]; B[1] = 0x2222222222222222; Tt[0] = Tt[1] = 0x5555555555555555;
    fin = 0; RUN("xscvhpdp 34,37"); show("xscvhpdp", k, 0, cr);
  }
  /* FR and FI are cleared (FI set before) */
  B[0] = 0x3c00; fin = 0x20000; RUN("xscvhpdp 34,37"); show("xscvhpdp fi", 0, 0, cr);
  B[0] = 0x7c01; fin = 0x20000; RUN("xscvhpdp 34,37"); show("xscvhpdp fi", 1, 0, cr);
  /* half precision to single: the low halfword of each word */
  for (unsigned k = 0; k < NH; k += 4) {
    B[0] = w2(0xa5a50000 | H[k], 0x5a5a0000 | H[(k + 1) % NH]);
    B[1] = w2(0xffff0000 | H[(k + 2) % NH], H[(k + 3) % NH]);
    Tt[0] = Tt[1] = 0x5555555555555555;
    fin = 0; RUN("xvcvhpsp 34,37"); show("xvcvhpsp", k, 0, cr);
    fin = 0x20003; RUN("xvcvhpsp 34,37"); show("xvcvhpsp", k, 3, cr);
  }
  /* double to half precision in the four rounding modes */
  for (unsigned k = 0; k < NHD; k++)
    for (int md = 0; md < 4; md++) {
      B[0] = HD[k]; B[1] = 0x2222222222222222; Tt[0] = Tt[1] = 0x5555555555555555;
      fin = md; RUN("xscvdphp 34,37"); show("xscvdphp", k, md, cr);
    }
  /* FI before an exact conversion */
  B[0] = HD[0]; fin = 0x20000; RUN("xscvdphp 34,37"); show("xscvdphp fi", 0, 0, cr);
  /* single to half precision in the four rounding modes */
  for (unsigned k = 0; k < NHS; k++)
    for (int md = 0; md < 4; md++) {
      B[0] = w2(HS[k][0], HS[k][1]); B[1] = w2(HS[k][2], HS[k][3]); Tt[0] = Tt[1] = 0x5555555555555555;
      fin = md; RUN("xvcvsphp 34,37"); show("xvcvsphp", k, md, cr);
    }

  /* xsrqpxp: R=0 RMC=0 (nearest, ties away), R=1 RMC=0..3 (RNE, RTZ, RUP, RDN), R=0 RMC=3 in the
     four FPSCR modes, the reserved R=0 RMC=1, 2 */
  RQPXP(0, 0, 0); RQPXP(1, 0, 0); RQPXP(1, 1, 0); RQPXP(1, 2, 0); RQPXP(1, 3, 0);
  RQPXP(0, 3, 0); RQPXP(0, 3, 1); RQPXP(0, 3, 2); RQPXP(0, 3, 3);
  RQPXP(0, 1, 0); RQPXP(0, 2, 0);
  /* the mode of R=1 does not follow the FPSCR */
  RQPXP(1, 0, 3);
  return 0;
}
