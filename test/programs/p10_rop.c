// ROP protection (Power ISA 3.1B hashst/hashchk, GCC -mrop-protect) on POWER10: hashst stores a
// hash of (RB) and (RA) keyed by the process's HASHKEYR; hashchk recomputes and compares, and a
// mismatch ends the program as Linux reports it: SIGILL (status 132).
// Hand-checked (p10_rop.status.handchecked): a failed hashchk is a trap-type program interrupt,
// which QEMU 7.2 delivers as SIGTRAP (133); Linux (since 6.5, arch/powerpc/kernel/traps.c
// do_program_check, "powerpc/dexcr: Handle hashchk exception") recognises hashchk and sends
// SIGILL/ILL_ILLOPN instead, so the expected status is 132 (the output is QEMU's).
// TARGETS: ppc64 ppc64le
// CFLAGS: -mcpu=power10
// CPU: power10
#include "rt.h"

static unsigned long slot[8] __attribute__((aligned(16)));

int main(void)
{
  rt_puts("start"); rt_nl();
  unsigned long base = (unsigned long)&slot[8], rb = 0x10001234;
  __asm__ volatile("hashst %1,-8(%0)" : : "b"(base), "r"(rb) : "memory");
  __asm__ volatile("hashst %1,-64(%0)" : : "b"(base), "r"(rb + 4) : "memory");
  rt_puts(slot[7] != slot[0] ? "different inputs: different hashes" : "same hash!"); rt_nl();
  __asm__ volatile("hashchk %1,-8(%0)" : : "b"(base), "r"(rb) : "memory");
  __asm__ volatile("hashchk %1,-64(%0)" : : "b"(base), "r"(rb + 4) : "memory");
  rt_puts("check same: ok"); rt_nl();
  slot[7] ^= 1;
  __asm__ volatile("hashchk %1,-8(%0)" : : "b"(base), "r"(rb) : "memory");
  rt_puts("check modified: not trapped"); rt_nl();
  return 0;
}
