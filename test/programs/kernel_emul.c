// Instructions a model's hardware lacks but a Linux program can still use: mcrxr (left the
// server architecture after ISA 2.01: Linux's emulate_instruction performs it on POWER5+ and
// later, arch/powerpc/kernel/traps.c), popcntb and isel (emulated there too), and, on the 750,
// mfocrf/mtocrf, which predate the chip: it ignores bit 11 and executes mfcr/mtcrf.
// Hand-checked for ppc32 (kernel_emul.stdout.handchecked): QEMU 7.2 executes mfocrf on the 750
// with ISA 2.01 semantics (only the selected field; the others read 0) and raises SIGILL for
// popcntb and isel, which it does not implement there. The 750 (PowerPC 750 user's manual:
// mfcr/mtcrf have no bit 11) reads the whole CR, and Linux emulates popcntb and isel
// (emulate_popcntb_inst, emulate_isel in traps.c), so the expected lines are mfocrf=the whole CR,
// popcntb=01020304 and isel=0103070f.
// TARGETS: ppc32 ppc64 ppc64le
// CPU: power9
// CPU-ppc32: 750
#include "rt.h"

int main(void)
{
  unsigned long cr, xer, v;
  __asm__ volatile("lis 9,0x1234\n\tori 9,9,0x5678\n\tmtcr 9\n\tlis 9,0xe000\n\tori 9,9,0x7f\n\tmtxer 9\n\t"
                   "mcrxr 3\n\tmfcr %0\n\tmfxer %1" : "=r"(cr), "=r"(xer) : : "r9", "cr3", "xer");
  rt_show32("mcrxr cr", (unsigned)cr); rt_show32("mcrxr xer", (unsigned)xer);
  unsigned long ocr;
  __asm__ volatile("lis 9,0x1234\n\tori 9,9,0x5678\n\tmtcr 9\n\tlis 9,0xabcd\n\tori 9,9,0xef01\n\t"
                   "mtocrf 0x10,9\n\tmfcr %0\n\tmfocrf %1,0x10" : "=r"(cr), "=r"(ocr) : : "r9", "cr2", "cr3", "cr4");
  rt_show32("mtocrf", (unsigned)cr);
  rt_show32("mfocrf", (unsigned)ocr);
  rt_flush();
  __asm__ volatile(".machine push\n\t.machine power7\n\tpopcntb %0,%1\n\t.machine pop" : "=r"(v) : "r"(0x0103070fUL));
  rt_show32("popcntb", (unsigned)v);
  __asm__ volatile("lis 9,0x2000\n\tmtcr 9\n\t.machine push\n\t.machine power7\n\tisel %0,%1,%2,2\n\t.machine pop"
                   : "=r"(v) : "b"(0x0103070fUL), "r"(7UL) : "r9", "cr0");
  rt_show32("isel", (unsigned)v);
  return 0;
}
