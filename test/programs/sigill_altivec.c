/* sigill_altivec: the SIGILL matrix program for the AltiVec (VMX) unit. It prints one line, executes one
 * vaddubm v0,v0,v0 (0x10000000; a .long, so no -m flag is needed to assemble it), then prints
 * a second line and exits 0. On a CPU without the unit the kernel delivers SIGILL and the status is
 * 132 with only the first line printed. test/sigill-matrix.test.ts runs it under every CPU model.
 *
 * TARGETS: ppc32 ppc64 ppc64le
 * CPU-ppc32: 7450
 * CPU-ppc64: power9
 * CPU-ppc64le: power9
 */
#include "rt.h"

int main(void)
{
    rt_puts("sigill_altivec: executing vaddubm v0,v0,v0\n");
    __asm__ volatile(".long 0x10000000" ::: "v0");
    rt_puts("sigill_altivec: vaddubm v0,v0,v0 executed\n");
    return 0;
}
