// MMA floating-point rank-k updates in all four FPSCR[RN] modes: xvf32ger*, xvf64ger*,
// xvf16ger2*, xvbf16ger2* (pp/pn/np/nn) on inexact results of either sign, an overflow, and
// exact zeros (cancellation and zero operands). Each line prints element (0,0) of the
// accumulator (every element holds the same operands) and the FPSCR after the instruction.
//
// What it checks: Power ISA 3.1 Book I, VSX Matrix-Multiply Assist (the xvf16ger2 pseudocode:
//   "[pm]xvf16ger2np": v2 <- bfp_ADD(bfp_NEGATE(r1), acc);
//   "[pm]xvf16ger2nn": v2 <- bfp_ADD(bfp_NEGATE(r1), bfp_NEGATE(acc)),
// and likewise for the other families) negates the exact product (and accumulator) before the
// one rounding of v2, unlike fnmadd and the VSX negating multiply-adds, which round and then
// negate. Under RP and RM the two orders give different neighbours (and an overflow of nn is
// -FLT_MAX, not -inf, under RP); QEMU 7.2 negates before rounding here (float_muladd_negate_result
// acts before its rounding), so its lines for nonzero results are the ISA's in every mode.
// Hand-checked (p10_mma_round.stdout.handchecked): an exact zero. QEMU computes np and nn as
// -(P - A) and -(P + A) and flips the sign of the zero it got; bfp_ADD gives the exact sum of
// the negated terms its IEEE sign: +0 for a cancellation or zeros of opposite signs (-0 under
// RM), -0 for two -0. So np of P = +0, A = +0 is +0 (-0 under RM), np of P = 1, A = 1 is +0
// (-0 under RM), nn of P = 1, A = -1 is +0 (-0 under RM): only those zero lines of xvf32ger and
// xvf64ger differ (QEMU's 16-bit forms negate and add, as the ISA).
// Hand-checked too: the last row of the 16-bit forms, whose two products' sum 1 + 2^-30 is not a
// single. The ISA's xvf16ger2/xvbf16ger2 pseudocode adds the two bfp_MULTIPLY products with
// bfp_ADD and the accumulator with another bfp_ADD, and rounds only v2 (bfp_ROUND_TO_BFP32): the
// bfp_* operations are exact (as in xsmulsp, whose product "with unbounded range and precision"
// is rounded by bfp_ROUND_TO_BFP32). So the one rounding sees 1 + 2^-30 + 2^-24 (pp): above the
// midpoint, 0x3f800001 under RN. QEMU 7.2 rounds 1 + 2^-30 to single first (1), then 1 + 2^-24
// is a tie: 0x3f800000. 14 of the 32 lines differ (RN: pp, nn; RP: all four; RM: np), each
// computed with exact rationals and rounded once in the line's mode.
// TARGETS: ppc64 ppc64le
// CFLAGS: -mcpu=power10
// CPU: power10
#include "mma_util.h"

static void fill(unsigned a, unsigned b, unsigned acc)
{
  for (int k = 0; k < 4; k++) { IN[0][k] = a; IN[1][k] = b; }
  for (int r = 0; r < 4; r++) for (int c = 0; c < 4; c++) ACC[r][c] = acc;
}
static void out(const char *n, int k, int mode, int dw)
{
  rt_puts(n); rt_putc(' '); rt_dec(k); rt_putc(' '); rt_dec(mode); rt_puts(": ");
  if (dw) rt_hex64(*(u64 *)ACC[0]); else rt_hex32(ACC[0][0]);
  rt_putc(' '); rt_hex64(FS & ~0x40000ull); rt_nl();
}

/* XA word, XB word, accumulator word */
static const unsigned S32[][3] = {
  { 0x3eaaaaab, 0x40400001, 0x3dcccccd },   /* inexact, positive */
  { 0x3eaaaaab, 0xc0400001, 0x3dcccccd },   /* inexact, negative product */
  { 0x7f000000, 0x7f000000, 0x00000000 },   /* overflow */
  { 0x3f800000, 0x3f800000, 0x3f800000 },   /* P = A = 1: pn, np cancel */
  { 0x3f800000, 0x3f800000, 0xbf800000 },   /* P = 1, A = -1: pp, nn cancel */
  { 0x00000000, 0x3f800000, 0x00000000 },   /* +0 * 1, A = +0 */
  { 0x80000000, 0x3f800000, 0x80000000 },   /* -0 * 1, A = -0 */
  { 0x3f800001, 0x3f800001, 0x33800000 },   /* (1 + 2^-23)^2 + 2^-24 */
};
static const unsigned S16[][3] = {          /* f16 pairs: two products summed, then A */
  { 0x35553c01, 0x42013c00, 0x3dcccccd },
  { 0x3555bc01, 0xc2013c00, 0x3dcccccd },
  { 0x7bff7bff, 0x7bff7bff, 0x7f7fffff },
  { 0x3c000000, 0x3c000000, 0x3f800000 },
  { 0x3c000000, 0x3c000000, 0xbf800000 },
  { 0x00000000, 0x3c003c00, 0x00000000 },
  { 0x80008000, 0x3c003c00, 0x80000000 },
  { 0x3c000200, 0x3c000200, 0x33800000 },   /* 1*1 + 2^-15*2^-15, A = 2^-24: see above */
};
static const unsigned SB16[][3] = {         /* bfloat16 pairs */
  { 0x3eab3f81, 0x40413f80, 0x3dcccccd },
  { 0x3eabbf81, 0xc0413f80, 0x3dcccccd },
  { 0x7f000000, 0x3f803f80, 0x7f7fffff },   /* 2^127*1 + 0*1 exact, then + FLT_MAX overflows */
  { 0x3f800000, 0x3f800000, 0x3f800000 },
  { 0x3f800000, 0x3f800000, 0xbf800000 },
  { 0x00000000, 0x3f803f80, 0x00000000 },
  { 0x80008000, 0x3f803f80, 0x80000000 },
  { 0x3f803800, 0x3f803800, 0x33800000 },   /* 1*1 + 2^-15*2^-15, A = 2^-24 */
};
static const u64 S64[][3] = {               /* XA double (all four rows), XB double, accumulator */
  { 0x3fd5555555555555ull, 0x4008000000000001ull, 0x3fb999999999999aull },
  { 0x3fd5555555555555ull, 0xc008000000000001ull, 0x3fb999999999999aull },
  { 0x7fe0000000000000ull, 0x7fe0000000000000ull, 0 },
  { 0x3ff0000000000000ull, 0x3ff0000000000000ull, 0x3ff0000000000000ull },
  { 0x3ff0000000000000ull, 0x3ff0000000000000ull, 0xbff0000000000000ull },
  { 0, 0x3ff0000000000000ull, 0 },
  { 0x8000000000000000ull, 0x3ff0000000000000ull, 0x8000000000000000ull },
  { 0x3ff0000000000001ull, 0x3ff0000000000001ull, 0x3ca0000000000000ull },
};
#define NS 8
static void fill64(int k)
{
  u64 *a = (u64 *)IN[0];
  a[0] = a[1] = a[2] = a[3] = S64[k][0]; /* VSR 32, 33: four doubles */
  a[4] = a[5] = S64[k][1];               /* VSR 34 */
  u64 *acc = (u64 *)ACC;
  for (int j = 0; j < 8; j++) acc[j] = S64[k][2];
}

#define F(SET, N, INSN, DW) SET; setfpscr(mode); GER(INSN); out(N, k, mode, DW);

int main(void)
{
  for (int k = 0; k < NS; k++) {
    for (int mode = 0; mode < 4; mode++) {
#define S_32 fill(S32[k][0], S32[k][1], S32[k][2])
      F(S_32, "xvf32gerpp", "xvf32gerpp 0,32,33", 0) F(S_32, "xvf32gerpn", "xvf32gerpn 0,32,33", 0)
      F(S_32, "xvf32gernp", "xvf32gernp 0,32,33", 0) F(S_32, "xvf32gernn", "xvf32gernn 0,32,33", 0)
      F(S_32, "pmxvf32gernn", "pmxvf32gernn 0,32,33,15,15", 0)
#define S_16 fill(S16[k][0], S16[k][1], S16[k][2])
      F(S_16, "xvf16ger2pp", "xvf16ger2pp 0,32,33", 0) F(S_16, "xvf16ger2pn", "xvf16ger2pn 0,32,33", 0)
      F(S_16, "xvf16ger2np", "xvf16ger2np 0,32,33", 0) F(S_16, "xvf16ger2nn", "xvf16ger2nn 0,32,33", 0)
#define S_B fill(SB16[k][0], SB16[k][1], SB16[k][2])
      F(S_B, "xvbf16ger2pp", "xvbf16ger2pp 0,32,33", 0) F(S_B, "xvbf16ger2pn", "xvbf16ger2pn 0,32,33", 0)
      F(S_B, "xvbf16ger2np", "xvbf16ger2np 0,32,33", 0) F(S_B, "xvbf16ger2nn", "xvbf16ger2nn 0,32,33", 0)
#define S_64 fill64(k)
      F(S_64, "xvf64gerpp", "xvf64gerpp 0,32,34", 1) F(S_64, "xvf64gerpn", "xvf64gerpn 0,32,34", 1)
      F(S_64, "xvf64gernp", "xvf64gernp 0,32,34", 1) F(S_64, "xvf64gernn", "xvf64gernn 0,32,34", 1)
      F(S_64, "pmxvf64gernp", "pmxvf64gernp 0,32,34,15,3", 1)
    }
  }
  return 0;
}
