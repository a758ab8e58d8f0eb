/* sigill_dfp: the SIGILL matrix program for the decimal floating-point unit (Power ISA 2.05 DFP). It prints one line, executes one
 * dadd f0,f0,f0 (0xec000004; a .long, so no -m flag is needed to assemble it), then prints
 * a second line and exits 0. On a CPU without the unit the kernel delivers SIGILL and the status is
 * 132 with only the first line printed. test/sigill-matrix.test.ts runs it under every CPU model.
 * TARGETS: ppc32 ppc64 ppc64le
 * CPU-ppc32: 7450
 * CPU-ppc64: power9
 * CPU-ppc64le: power9
 */
#include "rt.h"

int main(void)
{
    rt_puts("sigill_dfp: executing dadd f0,f0,f0\n");
    __asm__ volatile(".long 0xec000004" ::: "fr0", "memory");
    rt_puts("sigill_dfp: dadd f0,f0,f0 executed\n");
    return 0;
}
