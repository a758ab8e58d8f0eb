// ISA 3.1 DFP quadword-integer conversions: dcffixqq (signed quadword in VRB to DFP extended,
// rounded in DRN mode) and dctfixqq (DFP extended to a signed quadword in VRT; NaN or out of
// range: VXCVI and the saturated value), over edge values and all eight rounding modes; then
// an odd register pair (daddq f6,f3,f4: FRAp odd), an invalid form, which ends the program with
// SIGILL (status 132).
// FPSCR[FR] (0x00040000) is masked out of the printed FPSCR: QEMU 7.2 never sets it, ppcemu sets
// it per the ISA (rounding incremented the magnitude; test/unit/dfp.test.ts covers it).
//
// Hand-checked (dfp_p10.stdout.handchecked): dctfixqq of a value that rounding (modes 2, 3, 6)
// carried just past the signed quadword range (+-1.701411834604692317316873037158842E+38, from
// dcffixqq of 2^127-1 and -2^127): QEMU 7.2 wraps the 128-bit integer without an exception; Power
// ISA 3.1 Book I 5.6.8 (dctfixqq): a rounded value above 2^127-1 gives 0x7FFF...F, below -2^127
// gives 0x8000...0, with VXCVI (FPSCR FX, VX, VXCVI: 0xa0000100 in the low word).
// TARGETS: ppc64 ppc64le
// CFLAGS: -mcpu=power10
// CPU: power10
#include "rt.h"

typedef unsigned long long u64;
static u64 V[2] __attribute__((aligned(16))), F[2] __attribute__((aligned(16))), T[2] __attribute__((aligned(16)));
static u64 FS;

static void setfpscr(u64 v) { union { double d; u64 u; } f; f.u = v; __asm__ volatile("mtfsf 0xff,%0,1,0" :: "d"(f.d)); }

/* V: quadword as {high, low}; lxv/stxv move it in memory (element) order, so go through a byte-reversing copy on LE */
static void vload(void) { __asm__ volatile("lxv 35,0(%0)" :: "b"(V) : "v3", "memory"); }
static void show(const char *n, int k, int mode, u64 a, u64 b)
{
  rt_puts(n); rt_putc(' '); rt_dec(k); rt_putc(' '); rt_dec(mode); rt_puts(": ");
  rt_hex64(a); rt_putc(' '); rt_hex64(b); rt_putc(' '); rt_hex64(FS & ~0x40000ull); rt_nl();
}

int main(void)
{
  static const u64 ints[][2] = {
    { 0, 0 }, { 0, 1 }, { ~0ull, ~0ull }, { 0x7fffffffffffffffull, ~0ull }, { 0x8000000000000000ull, 0 },
    { 0x0000000000000001ull, 0 }, { 0x4b3b4ca85a86c47aull, 0x098a223fffffffffull }, /* 10^38 - 1 */
    { 0x0000000000000000ull, 0x8ac7230489e80000ull }, { 0xffffffffffffffffull, 0x7538dcfb76180000ull },
    { 0x00000000001ed09bull, 0xead87c0378d8e63full }, /* 10^34 - 1 */ { 0x00000000001ed09bull, 0xead87c0378d8e640ull },
    { 0x00000000001ed09bull, 0xead87c0378d8e649ull },
  };
  for (int k = 0; k < 12; k++) for (int mode = 0; mode < 8; mode++) {
    u64 hi = ints[k][0], lo = ints[k][1];
    union { unsigned __int128 q; u64 d[2]; } u; u.q = ((unsigned __int128)hi << 64) | lo;
    memcpy(V, u.d, 16);
    vload();
    setfpscr((u64)mode << 32);
    __asm__ volatile("dcffixqq 6,3\n\tstfd 6,0(%0)\n\tstfd 7,8(%0)\n\tmffs 0\n\tstfd 0,0(%1)"
      :: "b"(T), "b"(&FS) : "fr0", "fr6", "fr7", "memory");
    show("dcffixqq", k, mode, T[0], T[1]);
    /* and back */
    setfpscr((u64)mode << 32);
    __asm__ volatile("lfd 6,0(%0)\n\tlfd 7,8(%0)\n\tdctfixqq 4,6\n\tstxv 36,0(%1)\n\tmffs 0\n\tstfd 0,0(%2)"
      :: "b"(T), "b"(V), "b"(&FS) : "fr0", "fr6", "fr7", "v4", "memory");
    memcpy(u.d, V, 16);
    show("dctfixqq", k, mode, (u64)(u.q >> 64), (u64)u.q);
  }
  static const u64 dfps[][2] = {
    { 0x7800000000000000ull, 0 }, { 0xf800000000000000ull, 0 }, { 0x7c00000000000000ull, 0 }, { 0x7e00000000000000ull, 0 },
    { 0x2208000000000000ull, 0 }, /* 0 */ { 0x2208400000000000ull, 0x1 }, { 0x2207c00000000000ull, 0x5 }, /* 0.5 */
    { 0xa207c00000000000ull, 0x15 }, /* -1.5 */ { 0x2209000000000000ull, 0x1 }, /* 1E+2 */ { 0x5ffc000000000000ull, 0x1 },
    { 0xde08000000000000ull, 0x1 }, { 0x2206000000000000ull, 0x3ff },
  };
  for (int k = 0; k < 12; k++) for (int mode = 0; mode < 8; mode += 3) {
    memcpy(T, dfps[k], 16);
    setfpscr((u64)mode << 32);
    __asm__ volatile("lfd 6,0(%0)\n\tlfd 7,8(%0)\n\tdctfixqq 4,6\n\tstxv 36,0(%1)\n\tmffs 0\n\tstfd 0,0(%2)"
      :: "b"(T), "b"(V), "b"(&FS) : "fr0", "fr6", "fr7", "v4", "memory");
    union { unsigned __int128 q; u64 d[2]; } u; memcpy(u.d, V, 16);
    show("dctfixqq-dfp", k, mode, (u64)(u.q >> 64), (u64)u.q);
  }
  rt_puts("odd pair\n");
  rt_flush();
  __asm__ volatile(".long 0xfcc32004" ::: "fr6", "fr7"); /* daddq 6,3,4 */
  rt_puts("not reached\n");
  return 0;
}
