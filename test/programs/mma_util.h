/* mma_util.h - shared by the MMA floating-point test programs (p10_mma_round.c,
 * p10_mma_fpscr.c): the operand rows IN (XA = VSR 32, 33, 34 from IN[0..2]), the accumulator
 * image ACC, the FPSCR after the instruction (FS), setfpscr(v), and GER(insn), which loads the
 * operands and ACC into accumulator 0, executes insn, and stores ACC and the FPSCR back. */
#ifndef MMA_UTIL_H
#define MMA_UTIL_H
#include "rt.h"

typedef unsigned long long u64;
static unsigned int IN[12][4] __attribute__((aligned(16)));
static unsigned int ACC[4][4] __attribute__((aligned(16)));
static u64 FS;

static void setfpscr(u64 v) { union { double d; u64 u; } f; f.u = v; __asm__ volatile("mtfsf 0xff,%0,1,0" :: "d"(f.d)); }

#define GER(INSN) __asm__ volatile( \
  "lxv 32,0(%0)\n\tlxv 33,16(%0)\n\tlxv 34,32(%0)\n\tlxv 0,0(%1)\n\tlxv 1,16(%1)\n\tlxv 2,32(%1)\n\tlxv 3,48(%1)\n\t" \
  "xxmtacc 0\n\t" INSN "\n\txxmfacc 0\n\tstxv 0,0(%1)\n\tstxv 1,16(%1)\n\tstxv 2,32(%1)\n\tstxv 3,48(%1)\n\tmffs 0\n\tstfd 0,0(%2)" \
  :: "b"(IN[0]), "b"(ACC), "b"(&FS) : "vs0", "vs1", "vs2", "vs3", "vs32", "vs33", "vs34", "fr0", "memory")

#endif
