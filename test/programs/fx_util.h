/* fx_util.h - shared helpers of the fx_*, br_* and cr_* test programs.
 * Every result is folded into a 32-bit FNV-1a style hash printed per instruction form, and a
 * subset of operand pairs is printed in full (all of them when the program gets an argument). */
#ifndef FX_UTIL_H
#define FX_UTIL_H
#include "rt.h"

typedef unsigned long reg;
#ifdef __powerpc64__
#define SHOWR(v) rt_hex64(v)
#else
#define SHOWR(v) rt_hex32(v)
#endif

static uint32_t H;
static int verbose;
/* Print fewer detail lines of one-operand forms (all results are still hashed). */
static int sparse;

static __attribute__((unused)) void mix(reg v) {
  H = (H ^ (uint32_t)v) * 16777619u;
#ifdef __powerpc64__
  H = (H ^ (uint32_t)(v >> 32)) * 16777619u;
#endif
}

/* XER as printed: on ppc32, QEMU's 32-bit CPUs predate ISA 3.0 and never set OV32/CA32, which
 * ppcemu sets on every model (as POWER9 does); they are masked so the test compares the rest. */
static __attribute__((unused)) reg xer_shown(reg x) {
#ifndef __powerpc64__
  x &= ~(reg)0xc0000;
#endif
  return x;
}

/* 64-bit patterns (truncated to 32 bits on ppc32): carries and overflows across bits 31/32/63. */
static const unsigned long long VALS[] = {
  0x0ULL, 0x1ULL, 0x2ULL, 0x7fffffffULL, 0x80000000ULL, 0xffffffffULL, 0x100000000ULL,
  0x7fffffffffffffffULL, 0x8000000000000000ULL, 0xffffffffffffffffULL, 0xfffffffffffffffeULL,
  0xffffffff80000000ULL, 0x123456789abcdef0ULL, 0x00000000fffffffeULL, 0x8000000080000000ULL,
  0x000000017fffffffULL, 0x1fULL, 0x20ULL, 0x21ULL, 0x3f41ULL,
};
#define NV ((int)(sizeof VALS / sizeof VALS[0]))

static __attribute__((unused)) void begin(void) { H = 2166136261u; }
static __attribute__((unused)) void end(const char *name) {
  rt_puts(name); rt_puts(" hash="); rt_hex32(H); rt_nl();
}
/* Whether the pair (i, j) is printed in full. */
static __attribute__((unused)) int detail(int i, int j) { return verbose || j == (i * 5 + 3) % NV; }

static __attribute__((unused)) void line3(const char *name, reg a, reg b, reg r, reg x, reg c) {
  rt_puts(name); rt_putc(' '); SHOWR(a); rt_putc(' '); SHOWR(b); rt_puts(" -> "); SHOWR(r);
  rt_puts(" xer="); rt_hex32((uint32_t)x); rt_puts(" cr="); rt_hex32((uint32_t)c); rt_nl();
}
#define CLOB "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "xer"
typedef void (*fn_t)(reg a, reg b, reg xin, reg *out);

/* out[0] = RT, out[1] = XER, out[2] = CR after the instruction. */
#define XO3(FN, INSN) static void FN(reg a, reg b, reg xin, reg *o) { reg r, x, c; \
  __asm__ volatile("mtxer %3\n\tmtcrf 0xff,%4\n\t" INSN " %0,%5,%6\n\tmfxer %1\n\tmfcr %2" \
    : "=&r"(r), "=&r"(x), "=&r"(c) : "r"(xin), "r"((reg)0), "r"(a), "r"(b) : CLOB); \
  o[0] = r; o[1] = x; o[2] = c; }
#define XO2(FN, INSN) static void FN(reg a, reg b, reg xin, reg *o) { reg r, x, c; (void)b; \
  __asm__ volatile("mtxer %3\n\tmtcrf 0xff,%4\n\t" INSN " %0,%5\n\tmfxer %1\n\tmfcr %2" \
    : "=&r"(r), "=&r"(x), "=&r"(c) : "r"(xin), "r"((reg)0), "r"(a) : CLOB); \
  o[0] = r; o[1] = x; o[2] = c; }
/* D form with an immediate; "b" keeps RA off r0 (RA=0 means literal 0 for addi/addis). */
#define DI(FN, INSN, IMM) static void FN(reg a, reg b, reg xin, reg *o) { reg r, x, c; (void)b; \
  __asm__ volatile("mtxer %3\n\tmtcrf 0xff,%4\n\t" INSN " %0,%5," #IMM "\n\tmfxer %1\n\tmfcr %2" \
    : "=&r"(r), "=&r"(x), "=&r"(c) : "r"(xin), "r"((reg)0), "b"(a) : CLOB); \
  o[0] = r; o[1] = x; o[2] = c; }

/* Two-register X form (RA <- f(RS)), as a fn_t: out[0] = RA. */
#define X2(FN, INSN) static void FN(reg a, reg b, reg xin, reg *o) { reg r, x, c; (void)b; \
  __asm__ volatile("mtxer %3\n\tmtcrf 0xff,%4\n\t" INSN " %0,%5\n\tmfxer %1\n\tmfcr %2" \
    : "=&r"(r), "=&r"(x), "=&r"(c) : "r"(xin), "r"((reg)0), "r"(a) : CLOB); \
  o[0] = r; o[1] = x; o[2] = c; }
/* Instruction with its own operand text: %0 = result, %5 = a, %6 = b (RA position safe: "b"). */
#define ASM(FN, TEXT) static void FN(reg a, reg b, reg xin, reg *o) { reg r, x, c; \
  __asm__ volatile("mtxer %3\n\tmtcrf 0xff,%4\n\t" TEXT "\n\tmfxer %1\n\tmfcr %2" \
    : "=&r"(r), "=&r"(x), "=&r"(c) : "r"(xin), "r"((reg)0), "b"(a), "b"(b) : CLOB); \
  o[0] = r; o[1] = x; o[2] = c; }

static const reg XINS[] = { 0, 0x20000000, 0x80000000, 0xe0000000 };   /* -, CA, SO, SO|OV|CA */

static __attribute__((unused)) void run(const char *name, fn_t f, int two) {
  reg o[3];
  begin();
  for (int i = 0; i < NV; i++)
    for (int j = 0; j < (two ? 1 : NV); j++)
      for (int k = 0; k < 4; k++) {
        reg a = (reg)VALS[i], b = (reg)VALS[j];
        f(a, b, XINS[k], o);
        o[1] = xer_shown(o[1]);
        mix(o[0]); mix(o[1]); mix(o[2]);
        if ((two ? verbose || !sparse || i % 4 == 0 : detail(i, j)) && (k == 3 || verbose)) {
          rt_putc((char)('0' + k));
          line3(name, a, b, o[0], o[1], o[2]);
        }
      }
  end(name);
}

#endif
