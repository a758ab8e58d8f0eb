/* sigill_isa300: the SIGILL matrix program for the Power ISA 3.0 unit. It prints one line, executes one
 * cnttzw r9,r9 (0x7d290434; a .long, so no -m flag is needed to assemble it), then prints
 * a second line and exits 0. On a CPU without the unit the kernel delivers SIGILL and the status is
 * 132 with only the first line printed. test/sigill-matrix.test.ts runs it under every CPU model.
 * cnttzw is new in ISA 3.0 (POWER9); the ppc32 golden run records SIGILL.
 * TARGETS: ppc32 ppc64 ppc64le
 * CPU-ppc32: 7450
 * CPU-ppc64: power9
 * CPU-ppc64le: power9
 */
#include "rt.h"

int main(void)
{
    rt_puts("sigill_isa300: executing cnttzw r9,r9\n");
    __asm__ volatile(".long 0x7d290434" ::: "r9");
    rt_puts("sigill_isa300: cnttzw r9,r9 executed\n");
    return 0;
}
