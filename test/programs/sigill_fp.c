/* sigill_fp: the SIGILL matrix program for the classic floating-point unit. It prints one line, executes one
 * fadd f0,f0,f0 (0xfc00002a; a .long, so no -m flag is needed to assemble it), then prints
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
    rt_puts("sigill_fp: executing fadd f0,f0,f0\n");
    __asm__ volatile(".long 0xfc00002a" ::: "fr0");
    rt_puts("sigill_fp: fadd f0,f0,f0 executed\n");
    return 0;
}
