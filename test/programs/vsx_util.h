/* vsx_util.h - shared by the VSX FP test programs (vsx_fp.c, vsx_vecfp.c): the operand and
 * result buffers, the first 20 double operands of their grids, and RUN(op), which loads A, B and
 * T into VSR 36, 37 and 34, sets the FPSCR from `fin` and CR to 0, executes op, and stores the
 * CR, the FPSCR (into `fout`) and VSR 34 (into O). */
#ifndef VSX_UTIL_H
#define VSX_UTIL_H
#include "rt.h"

typedef unsigned long u64;
static u64 A[2] __attribute__((aligned(16))), B[2] __attribute__((aligned(16))),
  Tt[2] __attribute__((aligned(16))), O[2] __attribute__((aligned(16)));
static u64 fin, fout;

/* double operands 0..19 (each program appends its own from 20 on) */
#define VSX_D_FIRST20 \
  0x3ff0000000000000, /* 0: 1 */ \
  0x4008000000000000, /* 1: 3 */ \
  0x3fb999999999999a, /* 2: 0.1 */ \
  0xc004000000000000, /* 3: -2.5 */ \
  0x7fe1ccf385ebc8a0, /* 4: 1e308 */ \
  0x0000b8157268fdaf, /* 5: 1e-310 (denormal) */ \
  0x0000000000000000, /* 6: +0 */ \
  0x8000000000000000, /* 7: -0 */ \
  0x7ff0000000000000, /* 8: +inf */ \
  0xfff0000000000000, /* 9: -inf */ \
  0x7ff8000000000001, /* 10: QNaN */ \
  0x7ff0000000000002, /* 11: SNaN */ \
  0x3ff8000000000000, /* 12: 1.5 */ \
  0xbff8000000000000, /* 13: -1.5 */ \
  0x41f0000000800000, /* 14: 4294967296.5 */ \
  0xc3e0200000000000, /* 15: -9.24e18 */ \
  0x4340000000000001, /* 16: 2^53+2 */ \
  0x3ff0000010000001, /* 17: 1 + 2^-28 + 2^-52 (rounds in single) */ \
  0x3810000000000000, /* 18: 2^-126 */ \
  0x47efffffe0000000, /* 19: FLT_MAX */

#define RUN(op) __asm__ volatile( \
  "lxvd2x 36,0,%[a]\n\tlxvd2x 37,0,%[b]\n\tlxvd2x 34,0,%[t]\n\tlfd 0,0(%[f])\n\tmtfsf 0xff,0\n\t" \
  "li 10,0\n\tmtcr 10\n\t" op "\n\tmfcr %[cr]\n\tmffs 0\n\tstfd 0,0(%[fo])\n\tstxvd2x 34,0,%[o]" \
  : [cr] "=&r"(cr) : [a] "b"(A), [b] "b"(B), [t] "b"(Tt), [f] "b"(&fin), [fo] "b"(&fout), [o] "b"(O) \
  : "r10", "fr0", "v2", "v4", "v5", "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "memory")

#endif
