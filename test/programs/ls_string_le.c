// lmw in little-endian mode takes an alignment interrupt that Linux does not emulate: SIGBUS.
// Hand-checked: QEMU 7.2 user mode aborts itself here ("Unknown exception 0x5", status 134);
// Linux delivers SIGBUS (the alignment handler refuses lmw when MSR[LE]), so the expected status
// is 135 (ls_string_le.status.handchecked), the output the same.
// TARGETS: ppc64le
// CPU: power9
#include "rt.h"

static unsigned int w[8];

int main(void)
{
  rt_puts("before lmw"); rt_nl();
  register unsigned int *p __asm__("r9") = w;
  __asm__ volatile(".long 0xbbc90000 /* lmw 30,0(9): gas refuses it in LE */" : : "r"(p) : "r30", "r31", "memory");
  rt_puts("after lmw"); rt_nl();
  return 0;
}
