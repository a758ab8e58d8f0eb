/* sigill_isa206: the SIGILL matrix program for the Power ISA 2.06 unit. It prints one line, executes one
 * popcntd r9,r9 (0x7d2903f4; a .long, so no -m flag is needed to assemble it), then prints
 * a second line and exits 0. On a CPU without the unit the kernel delivers SIGILL and the status is
 * 132 with only the first line printed. test/sigill-matrix.test.ts runs it under every CPU model.
 * popcntd is a 64-bit instruction of ISA 2.06 (POWER7, e5500); the ppc32 golden run records SIGILL.
 * TARGETS: ppc32 ppc64 ppc64le
 * CPU-ppc32: 7450
 * CPU-ppc64: power9
 * CPU-ppc64le: power9
 */
#include "rt.h"

int main(void)
{
    rt_puts("sigill_isa206: executing popcntd r9,r9\n");
    __asm__ volatile(".long 0x7d2903f4" ::: "r9");
    rt_puts("sigill_isa206: popcntd r9,r9 executed\n");
    return 0;
}
