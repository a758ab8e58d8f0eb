/* sigill_mma: the SIGILL matrix program for the Matrix-Multiply Assist (POWER10) unit. It prints one line, executes one
 * xxsetaccz a0 (0x7c030162; a .long, so no -m flag is needed to assemble it), then prints
 * a second line and exits 0. On a CPU without the unit the kernel delivers SIGILL and the status is
 * 132 with only the first line printed. test/sigill-matrix.test.ts runs it under every CPU model.
 * TARGETS: ppc32 ppc64 ppc64le
 * CPU-ppc32: 7450
 * CPU-ppc64: power10
 * CPU-ppc64le: power10
 */
#include "rt.h"

int main(void)
{
    rt_puts("sigill_mma: executing xxsetaccz a0\n");
    __asm__ volatile(".long 0x7c030162" ::: "r9", "v0", "vs0", "vs1", "vs2", "vs3", "cr0", "cr6", "memory");
    rt_puts("sigill_mma: xxsetaccz a0 executed\n");
    return 0;
}
