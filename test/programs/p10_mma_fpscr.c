// MMA floating-point rank-k updates and the FPSCR: xvf16ger2*, xvbf16ger2*, xvf32ger*, xvf64ger*
// (all pp/pn/np/nn forms) on operands that raise each exception an element can raise: inexact
// (XX), overflow (OX XX), underflow (UX XX), infinity times zero (VXIMZ), infinities of opposite
// signs summed (VXISI), signaling NaNs in XA, XB or the accumulator (VXSNAN), and exact
// results (no change). Each line prints the FPSCR after one instruction (started from 0: FX and
// the VX summary come from the instruction) and an XOR checksum of the accumulator's words.
// TARGETS: ppc64 ppc64le
// CFLAGS: -mcpu=power10
// CPU: power10
#include "mma_util.h"

static void fill(unsigned a, unsigned b, unsigned acc, unsigned a2)
{
  for (int k = 0; k < 4; k++) { IN[0][k] = a; IN[1][k] = b; IN[2][k] = a2; }
  for (int r = 0; r < 4; r++) for (int c = 0; c < 4; c++) ACC[r][c] = acc;
}
static void out(const char *n, int k)
{
  unsigned x = 0;
  for (int r = 0; r < 4; r++) for (int c = 0; c < 4; c++) x ^= ACC[r][c] * (unsigned)(r * 4 + c + 1);
  rt_puts(n); rt_putc(' '); rt_dec(k); rt_puts(": "); rt_hex64(FS & ~0x40000ull); rt_putc(' '); rt_hex32(x); rt_nl();
}

/* operand sets: XA word, XB word, accumulator word, XAp's second VSR word (f64) */
static const unsigned S32[][4] = {
  { 0x3f800000, 0x40000000, 0x3f800000, 0 },          /* 1*2 + 1: exact */
  { 0x3eaaaaab, 0x40400001, 0x3f800000, 0 },          /* inexact */
  { 0x7f000000, 0x7f000000, 0x00000000, 0 },          /* overflow */
  { 0x00800000, 0x00800000, 0x00000000, 0 },          /* underflow */
  { 0x7f800000, 0x00000000, 0x3f800000, 0 },          /* inf * 0 */
  { 0x7f800000, 0x3f800000, 0xff800000, 0 },          /* inf + (-inf) (pp), inf - inf (pn) */
  { 0x7fa00000, 0x3f800000, 0x3f800000, 0 },          /* SNaN in XA */
  { 0x3f800000, 0x3f800000, 0x7f900000, 0 },          /* SNaN in ACC */
};
static const unsigned S16[][4] = {               /* halfword pairs (f16 | f16) */
  { 0x3c004000, 0x40003c00, 0x3f800000, 0 },          /* 1*2 + 2*1 + acc: exact */
  { 0x35553555, 0x3e013e01, 0x3f800000, 0 },          /* inexact in single? */
  { 0x7bff7bff, 0x7bff7bff, 0x7f7fffff, 0 },          /* 65504^2*2 + FLT_MAX: overflow */
  { 0x00010001, 0x00010001, 0x00000000, 0 },          /* 2^-48 products: exact in single */
  { 0x7c000000, 0x00003c00, 0x3f800000, 0 },          /* inf * 0 */
  { 0x7c003c00, 0x3c00fc00, 0x3f800000, 0 },          /* inf*1 + 1*(-inf): VXISI */
  { 0x7d003c00, 0x3c003c00, 0x3f800000, 0 },          /* SNaN f16 in XA */
  { 0x3c003c00, 0x3c003c00, 0x7f900000, 0 },          /* SNaN in ACC */
};
static const unsigned SB16[][4] = {              /* bfloat16 pairs */
  { 0x3f804000, 0x40003f80, 0x3f800000, 0 },
  { 0x3eab3eab, 0x40414041, 0x3f800000, 0 },
  { 0x7f7f7f7f, 0x7f7f7f7f, 0x00000000, 0 },
  { 0x00800080, 0x00800080, 0x00000000, 0 },
  { 0x7f800000, 0x00003f80, 0x3f800000, 0 },
  { 0x7f803f80, 0x3f80ff80, 0x3f800000, 0 },
  { 0x7fa03f80, 0x3f803f80, 0x3f800000, 0 },
  { 0x3f803f80, 0x3f803f80, 0x7f900000, 0 },
};
/* f64: XA pair VSR 32,33 rows (doubles), XB = VSR 34 (IN[2]) */
static const u64 S64[][3] = {
  { 0x3ff0000000000000ull, 0x4000000000000000ull, 0x3ff0000000000000ull },
  { 0x3fd5555555555555ull, 0x4008000000000001ull, 0x3ff0000000000000ull },
  { 0x7fe0000000000000ull, 0x7fe0000000000000ull, 0 },
  { 0x0010000000000000ull, 0x0010000000000000ull, 0 },
  { 0x7ff0000000000000ull, 0, 0x3ff0000000000000ull },
  { 0x7ff0000000000000ull, 0x3ff0000000000000ull, 0xfff0000000000000ull },
  { 0x7ff4000000000000ull, 0x3ff0000000000000ull, 0x3ff0000000000000ull },
  { 0x3ff0000000000000ull, 0x3ff0000000000000ull, 0x7ff4000000000000ull },
};
static void fill64(int k)
{
  u64 *a = (u64 *)IN[0];
  a[0] = a[1] = a[2] = a[3] = S64[k][0]; /* VSR 32, 33: four doubles */
  a[4] = a[5] = S64[k][1];               /* VSR 34 */
  u64 *acc = (u64 *)ACC;
  for (int j = 0; j < 8; j++) acc[j] = S64[k][2];
}

#define F(N, INSN) setfpscr(0); GER(INSN); out(N, k);

int main(void)
{
  for (int k = 0; k < 8; k++) {
#define SET32 fill(S32[k][0], S32[k][1], S32[k][2], 0);
    SET32 F("xvf32ger", "xvf32ger 0,32,33") SET32 F("xvf32gerpp", "xvf32gerpp 0,32,33") SET32 F("xvf32gerpn", "xvf32gerpn 0,32,33")
    SET32 F("xvf32gernp", "xvf32gernp 0,32,33") SET32 F("xvf32gernn", "xvf32gernn 0,32,33")
    SET32 F("pmxvf32gerpp", "pmxvf32gerpp 0,32,33,5,10")
#define SET16 fill(S16[k][0], S16[k][1], S16[k][2], 0);
    SET16 F("xvf16ger2", "xvf16ger2 0,32,33") SET16 F("xvf16ger2pp", "xvf16ger2pp 0,32,33") SET16 F("xvf16ger2pn", "xvf16ger2pn 0,32,33")
    SET16 F("xvf16ger2np", "xvf16ger2np 0,32,33") SET16 F("xvf16ger2nn", "xvf16ger2nn 0,32,33")
    SET16 F("pmxvf16ger2pp", "pmxvf16ger2pp 0,32,33,15,15,1")
#define SETB fill(SB16[k][0], SB16[k][1], SB16[k][2], 0);
    SETB F("xvbf16ger2", "xvbf16ger2 0,32,33") SETB F("xvbf16ger2pp", "xvbf16ger2pp 0,32,33") SETB F("xvbf16ger2pn", "xvbf16ger2pn 0,32,33")
    SETB F("xvbf16ger2np", "xvbf16ger2np 0,32,33") SETB F("xvbf16ger2nn", "xvbf16ger2nn 0,32,33")
#define SET64 fill64(k);
    SET64 F("xvf64ger", "xvf64ger 0,32,34") SET64 F("xvf64gerpp", "xvf64gerpp 0,32,34") SET64 F("xvf64gerpn", "xvf64gerpn 0,32,34")
    SET64 F("xvf64gernp", "xvf64gernp 0,32,34") SET64 F("xvf64gernn", "xvf64gernn 0,32,34")
    SET64 F("pmxvf64gerpp", "pmxvf64gerpp 0,32,34,6,2")
  }
  return 0;
}
