// ISA 3.1 quad-precision additions: xscvqpsqz/xscvqpuqz (truncating to a quadword integer, with
// VXCVI saturation), xscvsqqp/xscvuqqp (quadword integer to binary128 in each FPSCR[RN] mode),
// xscmpeqqp/xscmpgeqp/xscmpgtqp (all-ones masks; VXSNAN, VXVC) and xsmaxcqp/xsmincqp (C-style:
// a NaN operand gives VRB), over a grid of binary128 values and integers. Each line prints the
// 128-bit result and the FPSCR; the FPSCR starts from RN only before each instruction.
// FPSCR[FR] (0x00040000) is masked out of the printed FPSCR: QEMU 7.2 never sets it, ppcemu sets
// it per the ISA (rounding incremented the magnitude; test/unit/dfp.test.ts covers it).
// TARGETS: ppc64 ppc64le
// CFLAGS: -mcpu=power10
// CPU: power10
#include "rt.h"

typedef unsigned long long u64;
typedef unsigned __int128 u128;
static u128 A __attribute__((aligned(16))), B __attribute__((aligned(16))), T __attribute__((aligned(16)));
static u64 FS;

static void setfpscr(u64 v) { union { double d; u64 u; } f; f.u = v; __asm__ volatile("mtfsf 0xff,%0,1,0" :: "d"(f.d)); }
#define RUN(INSN) __asm__ volatile("lxv 34,0(%0)\n\tlxv 35,0(%1)\n\tvspltisw 4,-7\n\t" INSN "\n\tstxv 36,0(%2)\n\tmffs 0\n\tstfd 0,0(%3)" \
  :: "b"(&A), "b"(&B), "b"(&T), "b"(&FS) : "v2", "v3", "v4", "fr0", "memory")
static void out(const char *n, int a, int b, int mode)
{
  rt_puts(n); rt_putc(' '); rt_dec(a); rt_putc(' '); rt_dec(b); rt_putc(' '); rt_dec(mode); rt_puts(": ");
  rt_hex64((u64)(T >> 64)); rt_hex64((u64)T); rt_putc(' '); rt_hex64(FS & ~0x40000ull); rt_nl();
}
#define Q(hi, lo) (((u128)(hi##ull) << 64) | lo##ull)
static const u128 QV[] = {
  Q(0, 0), Q(0x8000000000000000, 0), Q(0x3fff800000000000, 0) /* 1.5 */, Q(0xbfff800000000000, 0),
  Q(0x3ffe000000000000, 0) /* 0.5 */, Q(0xbffe000000000000, 0), Q(0x407dffffffffffff, 0xffffffffffffffff) /* <2^127 */,
  Q(0x407e000000000000, 0) /* 2^127 */, Q(0xc07e000000000000, 0) /* -2^127 */, Q(0xc07e000000000000, 0x1000) /* < -2^127 */,
  Q(0x407f000000000000, 0) /* 2^128 */, Q(0x407eff0000000000, 0x0000000000012345) /* ~2^127.99, not integral? */,
  Q(0x7fff000000000000, 0), Q(0xffff000000000000, 0), Q(0x7fff800000000000, 0x42), Q(0x7fff400000000000, 0),
  Q(0x0000000000000000, 1) /* min denormal */, Q(0x7ffeffffffffffff, 0xffffffffffffffff), Q(0x4070123456789abc, 0xdef0123456789abc),
  Q(0x3fff000000000000, 0) /* 1 */,
};
#define NQ (int)(sizeof QV / sizeof QV[0])
static const u128 IV[] = {
  Q(0, 0), Q(0, 1), Q(0xffffffffffffffff, 0xffffffffffffffff), Q(0x7fffffffffffffff, 0xffffffffffffffff),
  Q(0x8000000000000000, 0), Q(0x0002000000000000, 1) /* 2^113 + 1 */, Q(0x0003ffffffffffff, 0xffffffffffffffff),
  Q(0xfffe000000000000, 3), Q(0x123456789abcdef0, 0x0fedcba987654321), Q(0, 0x8000000000000001),
};
#define NI (int)(sizeof IV / sizeof IV[0])

int main(void)
{
  for (int a = 0; a < NQ; a++) {
    A = QV[a];
    setfpscr(0); RUN("xscvqpsqz 4,2"); out("xscvqpsqz", a, 0, 0);
    setfpscr(0); RUN("xscvqpuqz 4,2"); out("xscvqpuqz", a, 0, 0);
    for (int b = 0; b < NQ; b++) {
      B = QV[b];
      setfpscr(0); RUN("xscmpeqqp 4,2,3"); out("xscmpeqqp", a, b, 0);
      setfpscr(0); RUN("xscmpgeqp 4,2,3"); out("xscmpgeqp", a, b, 0);
      setfpscr(0); RUN("xscmpgtqp 4,2,3"); out("xscmpgtqp", a, b, 0);
      setfpscr(0); RUN("xsmaxcqp 4,2,3"); out("xsmaxcqp", a, b, 0);
      setfpscr(0); RUN("xsmincqp 4,2,3"); out("xsmincqp", a, b, 0);
    }
  }
  for (int k = 0; k < NI; k++) for (int rn = 0; rn < 4; rn++) {
    A = IV[k];
    setfpscr(rn); RUN("xscvsqqp 4,2"); out("xscvsqqp", k, 0, rn);
    setfpscr(rn); RUN("xscvuqqp 4,2"); out("xscvuqqp", k, 0, rn);
  }
  return 0;
}
