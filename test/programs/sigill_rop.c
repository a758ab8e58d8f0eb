/* sigill_rop: the SIGILL matrix program for ROP protection (hashst, Power ISA 3.1B). It prints one
 * line, executes one hashst r9,-8(r1) (0x7fe14da5; a .long, so no -m flag is needed to assemble
 * it; it stores a hash in the stack's red zone on POWER10), then prints a second line and exits 0.
 * POWER8 and POWER9 execute it as a no-op (a reserved no-op encoding there); older chips deliver
 * SIGILL (status 132, only the first line printed). test/sigill-matrix.test.ts runs it under
 * every CPU model. Hand-checked (ppc32: sigill_rop.stdout/status.handchecked): QEMU 7.2 executes
 * hashst on every model, the 7450 included; the 7450 has no such instruction (opcode 31, XO 722
 * is undefined there and not a reserved no-op), so the kernel delivers SIGILL.
 * TARGETS: ppc32 ppc64 ppc64le
 * CPU-ppc32: 7450
 * CPU-ppc64: power10
 * CPU-ppc64le: power10
 */
#include "rt.h"

int main(void)
{
    rt_puts("sigill_rop: executing hashst r9,-8(r1)\n");
    __asm__ volatile(".long 0x7fe14da5" ::: "memory");
    rt_puts("sigill_rop: hashst r9,-8(r1) executed\n");
    return 0;
}
