/* sigill_ppc64: the SIGILL matrix program for the 64-bit unit. It prints one line, executes one
 * mulld r9,r9,r9 (0x7d2949d2; a .long, so no -m flag is needed to assemble it), then prints
 * a second line and exits 0. On a CPU without the unit the kernel delivers SIGILL and the status is
 * 132 with only the first line printed. test/sigill-matrix.test.ts runs it under every CPU model.
 * A 64-bit CPU runs a 32-bit program in 32-bit mode, where the 64-bit instructions still exist;
 * a 32-bit CPU has none. qemu-ppc has only 32-bit CPUs: the ppc32 golden run records the SIGILL.
 * TARGETS: ppc32 ppc64 ppc64le
 * CPU-ppc32: 7450
 * CPU-ppc64: power9
 * CPU-ppc64le: power9
 */
#include "rt.h"

int main(void)
{
    rt_puts("sigill_ppc64: executing mulld r9,r9,r9\n");
    __asm__ volatile(".long 0x7d2949d2" ::: "r9");
    rt_puts("sigill_ppc64: mulld r9,r9,r9 executed\n");
    return 0;
}
