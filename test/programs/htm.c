// Transactional memory on POWER9: every transaction fails at tbegin. with a persistent failure
// (src/cpu/isa/htm.ts): CR0 = 0b1010 (the failure path), TEXASR holds the cause, TFIAR the
// tbegin.'s address (| PR), TFHAR the address after it; tend., tabort*. and tsr. find no
// transaction (CR0 = 0); tcheck reports 0b1000; the TM SPRs are readable and writable.
// Hand-checked (htm.stdout.handchecked): QEMU 7.2 sets CR0 = 0b1011 after the failed tbegin.
// (its own comment says 0b1010, the value ISA 2.07 Book II 5.3.1 gives a failed transaction:
// 0b101 || 0), and records TFIAR/TFHAR from a stale instruction address (the start of its
// translation block: tfiar-at=3, tfhar-at=4). The ISA: TFIAR = the tbegin.'s address (12 bytes
// after `at` here) | HV<<1 | PR = +0xf, TFHAR = the address after the tbegin. = +0x10.
// TARGETS: ppc64 ppc64le
// CFLAGS: -mcpu=power9 -mhtm
// CPU: power9
#include "rt.h"

static unsigned long cr0(unsigned long cr) { return (cr >> 28) & 0xf; }

int main(void)
{
  unsigned long cr, texasr, tfiar, tfhar, at, texasru;
  __asm__ volatile("bl 1f\n1:\tmflr %4\n\tli 9,0\n\tmtcr 9\n\ttbegin.\n\tmfcr %0\n\tmfspr %1,130\n\tmfspr %2,129\n\tmfspr %3,128\n\tmfspr %5,131"
                   : "=r"(cr), "=r"(texasr), "=r"(tfiar), "=r"(tfhar), "=r"(at), "=r"(texasru) : : "r9", "lr", "cr0", "memory");
  rt_show32("tbegin cr0", cr0(cr));
  rt_show64("texasr", texasr);
  rt_show32("texasru", texasru);
  rt_show64("tfiar-at", tfiar - at);
  rt_show64("tfhar-at", tfhar - at);
  int started = 0;
  for (int k = 0; k < 3; k++) if (__builtin_tbegin(0)) { started++; __builtin_tend(0); }
  rt_show32("started", started);
  __asm__ volatile("li 9,-1\n\tmtcr 9\n\ttend.\n\tmfcr %0" : "=r"(cr) : : "r9", "cr0");
  rt_show32("tend cr0", cr0(cr));
  __asm__ volatile("li 9,-1\n\tmtcr 9\n\ttabort. 9\n\tmfcr %0" : "=r"(cr) : : "r9", "cr0");
  rt_show32("tabort cr0", cr0(cr));
  __asm__ volatile("li 9,-1\n\tmtcr 9\n\ttabortwci. 4,9,-3\n\tmfcr %0" : "=r"(cr) : : "r9", "cr0");
  rt_show32("tabortwci cr0", cr0(cr));
  __asm__ volatile("li 9,-1\n\tmtcr 9\n\ttabortdc. 4,9,9\n\tmfcr %0" : "=r"(cr) : : "r9", "cr0");
  rt_show32("tabortdc cr0", cr0(cr));
  __asm__ volatile("li 9,-1\n\tmtcr 9\n\ttsuspend.\n\tmfcr %0" : "=r"(cr) : : "r9", "cr0");
  rt_show32("tsuspend cr0", cr0(cr));
  __asm__ volatile("li 9,-1\n\tmtcr 9\n\ttresume.\n\tmfcr %0" : "=r"(cr) : : "r9", "cr0");
  rt_show32("tresume cr0", cr0(cr));
  __asm__ volatile("li 9,0\n\tmtcr 9\n\ttcheck 3\n\tmfcr %0" : "=r"(cr) : : "r9", "cr3");
  rt_show32("tcheck cr", (unsigned)cr);
  unsigned long v = 0x123456789abcdef0UL, r1, r2;
  __asm__ volatile("mtspr 128,%2\n\tmfspr %0,128\n\tmtspr 130,%2\n\tmfspr %1,130" : "=&r"(r1), "=&r"(r2) : "r"(v));
  rt_show64("tfhar", r1); rt_show64("texasr w", r2);
  return 0;
}
