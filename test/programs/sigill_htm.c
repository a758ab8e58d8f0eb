/* sigill_htm: the SIGILL matrix program for the transactional memory (POWER8/POWER9) unit. It prints one line, executes one
 * tbegin. (0x7c00051d; a .long, so no -m flag is needed to assemble it), then prints
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
    rt_puts("sigill_htm: executing tbegin.\n");
    __asm__ volatile(".long 0x7c00051d" ::: "r9", "v0", "vs0", "vs1", "vs2", "vs3", "cr0", "cr6", "memory");
    rt_puts("sigill_htm: tbegin. executed\n");
    return 0;
}
