/* sigill_bcd: the SIGILL matrix program for the decimal integer (BCD, ISA 2.07) unit. It prints one line, executes one
 * bcdadd. v0,v0,v0,0 (0x10000401; a .long, so no -m flag is needed to assemble it), then prints
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
    rt_puts("sigill_bcd: executing bcdadd. v0,v0,v0,0\n");
    __asm__ volatile(".long 0x10000401" ::: "r9", "v0", "vs0", "vs1", "vs2", "vs3", "cr0", "cr6", "memory");
    rt_puts("sigill_bcd: bcdadd. v0,v0,v0,0 executed\n");
    return 0;
}
