/* sigill_vsx: the SIGILL matrix program for the VSX unit. It prints one line, executes one
 * xxlor vs0,vs0,vs0 (0xf0000490; a .long, so no -m flag is needed to assemble it), then prints
 * a second line and exits 0. On a CPU without the unit the kernel delivers SIGILL and the status is
 * 132 with only the first line printed. test/sigill-matrix.test.ts runs it under every CPU model.
 * No 32-bit CPU of QEMU has VSX, so the ppc32 golden run (on the 7450) records the SIGILL.
 * TARGETS: ppc32 ppc64 ppc64le
 * CPU-ppc32: 7450
 * CPU-ppc64: power9
 * CPU-ppc64le: power9
 */
#include "rt.h"

int main(void)
{
    rt_puts("sigill_vsx: executing xxlor vs0,vs0,vs0\n");
    __asm__ volatile(".long 0xf0000490" ::: "vs0");
    rt_puts("sigill_vsx: xxlor vs0,vs0,vs0 executed\n");
    return 0;
}
