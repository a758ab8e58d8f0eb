/* sigill_isa207: the SIGILL matrix program for the Power ISA 2.07 unit. It prints one line, executes one
 * vpopcntb v0,v0 (0x10000703; a .long, so no -m flag is needed to assemble it), then prints
 * a second line and exits 0. On a CPU without the unit the kernel delivers SIGILL and the status is
 * 132 with only the first line printed. test/sigill-matrix.test.ts runs it under every CPU model.
 * vpopcntb is a VMX instruction new in ISA 2.07 (POWER8); the ppc32 golden run records SIGILL.
 * TARGETS: ppc32 ppc64 ppc64le
 * CPU-ppc32: 7450
 * CPU-ppc64: power9
 * CPU-ppc64le: power9
 */
#include "rt.h"

int main(void)
{
    rt_puts("sigill_isa207: executing vpopcntb v0,v0\n");
    __asm__ volatile(".long 0x10000703" ::: "v0");
    rt_puts("sigill_isa207: vpopcntb v0,v0 executed\n");
    return 0;
}
