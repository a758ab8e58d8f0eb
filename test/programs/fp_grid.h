/* fp_grid.h - shared operand grid and helpers for the fp_*.c test programs.
 * Each test line is: result bits (hex64), FPSCR low word (hex32), CR1 (hex8).
 * FPSCR[FR] (mask 0x00040000) is masked out of printed FPSCR values: QEMU 7.2 never sets FR,
 * while ppcemu sets it per the ISA; FR is covered by the unit tests (test/unit/fp.test.ts). */
#include "rt.h"

typedef union { uint64_t u; double d; } du;

static const uint64_t V[] = {
  0x0000000000000000ull, 0x8000000000000000ull, /* +-0 */
  0x0000000000000001ull, 0x800fffffffffffffull, /* +min denormal, -max denormal */
  0x0010000000000000ull, 0x8010000000000000ull, /* +-min normal */
  0x3ff0000000000000ull, 0xbff0000000000000ull, /* +-1 */
  0x3ff0000000000001ull, 0x3ca0000000000000ull, /* 1+ulp, 2^-53 (half an ulp of 1) */
  0xbcb8000000000000ull, 0x3ff0000010000000ull, /* -1.5*2^-52, 1+2^-24 (binary32 tie) */
  0x7fefffffffffffffull, 0xffefffffffffffffull, /* +-max */
  0x7ff0000000000000ull, 0xfff0000000000000ull, /* +-inf */
  0x7ff8000000000000ull, 0x7ff0000000000001ull, /* QNaN, SNaN */
  0xfff8000000001234ull, 0x7ff4000000005678ull, /* payload NaNs */
  0x4008000000000000ull, 0xbfb999999999999aull, /* 3, -0.1 */
  0x47efffffe0000000ull, 0x36a0000000000000ull, /* binary32 max, binary32 min denormal */
  0x3810000000000000ull, 0x7fe0000000000000ull, /* binary32 min normal, 2^1023 */
  0x0018000000000000ull, 0xc3e0000000000000ull, /* 1.5*2^-1022, -2^63 */
  0x41dfffffffc00000ull, 0x4330000000000001ull, /* 2^31-1, 2^52+1 */
  0x3ff8000000000000ull, 0xc004000000000000ull, /* 1.5, -2.5 */
};
#define NV ((int)(sizeof V / sizeof V[0]))

__attribute__((unused)) static void show(uint64_t r, uint64_t fpscr, uint32_t cr) {
  rt_hex64(r); rt_putc(' ');
  rt_hex32((uint32_t)fpscr & ~0x00040000u); rt_putc(' ');
  rt_hex8((cr >> 24) & 0xf); rt_nl();
}

__attribute__((unused)) static void header(const char *op, int rn) {
  rt_puts("# "); rt_puts(op); rt_puts(" rn="); rt_dec(rn); rt_nl();
}

/* Binary A-form op (record form) with FPSCR preset to `init`. */
#define DEF2(NAME, INS) \
  static void NAME(uint64_t init, uint64_t a, uint64_t b) { \
    du r, f, i, x, y; uint32_t cr; i.u = init; x.u = a; y.u = b; \
    __asm__ volatile("mtfsf 0xff,%3\n\t" INS " %0,%4,%5\n\tmffs %1\n\tmfcr %2" \
      : "=&f"(r.d), "=&f"(f.d), "=r"(cr) : "f"(i.d), "f"(x.d), "f"(y.d)); \
    show(r.u, f.u, cr); }

#define DEF3(NAME, INS) \
  static void NAME(uint64_t init, uint64_t a, uint64_t c, uint64_t b) { \
    du r, f, i, x, y, z; uint32_t cr; i.u = init; x.u = a; y.u = c; z.u = b; \
    __asm__ volatile("mtfsf 0xff,%3\n\t" INS " %0,%4,%5,%6\n\tmffs %1\n\tmfcr %2" \
      : "=&f"(r.d), "=&f"(f.d), "=r"(cr) : "f"(i.d), "f"(x.d), "f"(y.d), "f"(z.d)); \
    show(r.u, f.u, cr); }

#define DEF1(NAME, INS) \
  static void NAME(uint64_t init, uint64_t b) { \
    du r, f, i, y; uint32_t cr; i.u = init; y.u = b; r.u = 0x5555aaaa5555aaaaull; \
    __asm__ volatile("mtfsf 0xff,%3\n\t" INS " %0,%4\n\tmffs %1\n\tmfcr %2" \
      : "+&f"(r.d), "=&f"(f.d), "=r"(cr) : "f"(i.d), "f"(y.d)); \
    show(r.u, f.u, cr); }

/* Compare-style op writing CR field 1 (cr1) from two operands; prints CR field 1 in place of CR1. */
#define DEFC(NAME, INS) \
  static void NAME(uint64_t init, uint64_t a, uint64_t b) { \
    du f, i, x, y; uint32_t cr; i.u = init; x.u = a; y.u = b; \
    __asm__ volatile("mtfsf 0xff,%2\n\t" INS "\n\tmffs %0\n\tmfcr %1" \
      : "=&f"(f.d), "=r"(cr) : "f"(i.d), "f"(x.d), "f"(y.d) : "cr1"); \
    show(0, f.u, cr); }

/* Operand subset for the three-operand (fused multiply-add) grids. */
static const int S3[] = { 0, 2, 7, 8, 9, 12, 14, 16, 17 };
#define NS3 ((int)(sizeof S3 / sizeof S3[0]))

/* A-form op with FRA, FRC, FRB over the S3 subset cubed, in all four rounding modes. */
__attribute__((unused)) static void grid3(const char *name, void (*f)(uint64_t, uint64_t, uint64_t, uint64_t)) {
  for (int rn = 0; rn < 4; rn++) {
    header(name, rn);
    for (int a = 0; a < NS3; a++)
      for (int c = 0; c < NS3; c++)
        for (int b = 0; b < NS3; b++) f((uint64_t)rn, V[S3[a]], V[S3[c]], V[S3[b]]);
  }
}

/* One-operand op over the whole grid in the first `modes` rounding modes. */
__attribute__((unused)) static void g1(const char *name, void (*f)(uint64_t, uint64_t), int modes) {
  for (int rn = 0; rn < modes; rn++) {
    header(name, rn);
    for (int b = 0; b < NV; b++) f((uint64_t)rn, V[b]);
  }
}

/* Integers for the from-integer conversions. */
static const uint64_t I[] __attribute__((unused)) = {
  0, 1, 3, 0x7fffffffffffffffull, 0x8000000000000000ull, 0xffffffffffffffffull,
  0x0020000000000001ull, 0x0020000000000003ull, 0x0000000001000001ull, 0x0000000001000003ull,
  0xfffffffffeffffffull, 0x8000000000000401ull, 0x7ffffffffffffc00ull, 0x00000000ffffffffull,
};
#define NI ((int)(sizeof I / sizeof I[0]))

/* From-integer conversion over I in all four rounding modes. */
__attribute__((unused)) static void gi(const char *name, void (*f)(uint64_t, uint64_t)) {
  for (int rn = 0; rn < 4; rn++) {
    header(name, rn);
    for (int b = 0; b < NI; b++) f((uint64_t)rn, I[b]);
  }
}
