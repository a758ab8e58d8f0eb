/* sigill_spe: the SIGILL matrix program for the SPE unit. It prints one line, executes one
 * evand r3,r3,r3 (0x10631a11; a .long, so no -m flag is needed to assemble it), then prints
 * a second line and exits 0. On a CPU without the unit the kernel delivers SIGILL and the status is
 * 132 with only the first line printed. test/sigill-matrix.test.ts runs it under every CPU model.
 * evand, not evaddw: evaddw (primary opcode 4, xo 512) is the word of vaddubs on an AltiVec
 * CPU, so it would run there instead of raising SIGILL. xo 529 (evand) is no VMX instruction at
 * any ISA level up to 3.1, so every CPU without SPE raises SIGILL on it. SPE is 32-bit only.
 * TARGETS: ppc32
 * CPU-ppc32: e500v2
 */
#include "rt.h"

int main(void)
{
    rt_puts("sigill_spe: executing evand r3,r3,r3\n");
    __asm__ volatile(".long 0x10631a11" ::: "r3");
    rt_puts("sigill_spe: evand r3,r3,r3 executed\n");
    return 0;
}
