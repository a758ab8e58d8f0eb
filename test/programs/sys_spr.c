// User-mode SPRs and system instructions: LR/CTR/XER round trips (XER keeps its low word),
// VRSAVE, TAR, the time base (monotonic, TBU = upper half), addpcis, darn (L=3 error value,
// L=0 zero-extended, never the error value), barriers and cache hints, dcbz with the model's
// block size, the AltiVec data-stream hints (dst*, dss*), wait, and a system call made with
// `sc 1` (QEMU, like Linux without KVM, serves it).
// Hand-checked (ppc64, ppc64le: sys_spr.stdout/status.handchecked): QEMU 7.2's user mode aborts at
// `wait` ("qemu: fatal: Unknown exception 0x10001"); the instruction just resumes in a process
// (a decrementer interrupt at least always comes), so the rest of the output is QEMU's own from
// before `wait` was added, and the status 0.
// CPU: power9
// CPU-ppc32: 7450
#include "ls_util.h"

static unsigned char blk[512] __attribute__((aligned(256)));

int main(void)
{
  unsigned long v;
  __asm__ volatile("mflr 9\n\tmtlr %1\n\tmflr %0\n\tmtlr 9" : "=r"(v) : "r"((unsigned long)0x0123456789abcdefULL) : "r9");
  show("lr", v);
  __asm__ volatile("mtctr %1\n\tmfctr %0" : "=r"(v) : "r"((unsigned long)0xfedcba9876543210ULL) : "ctr");
  show("ctr", v);
  static const unsigned long xs[] = {0, 0xffffffffUL, 0xe000007fUL, 0x2004ff05UL, 0x800c0000UL};
  for (int k = 0; k < 5; k++) {
    __asm__ volatile("mtxer %1\n\tmfxer %0\n\tli 9,0\n\tmtxer 9" : "=r"(v) : "r"(xs[k]) : "r9", "xer");
    show("xer", v);
  }
  __asm__ volatile("mfvrsave 9\n\tmtvrsave %1\n\tmfvrsave %0\n\tmtvrsave 9" : "=r"(v) : "r"(0xa5a5f00fUL) : "r9");
  show("vrsave", v);

  unsigned long t1, t2, tu;
#ifdef __powerpc64__
  __asm__ volatile("mftb %0\n\tmfspr %1,269\n\tmfspr %2,268" : "=r"(t1), "=r"(tu), "=r"(t2));
  rt_show32("tb.mono", t2 >= t1);
  rt_show32("tbu.ok", tu == (t1 >> 32) || tu == (t2 >> 32));
  __asm__ volatile("mtspr 815,%1\n\tmfspr %0,815" : "=r"(v) : "r"((unsigned long)0x1234567887654320ULL));
  show("tar", v);
  __asm__ volatile("darn %0,3" : "=r"(v)); show("darn3", v);
  int ok = 1;
  for (int k = 0; k < 16; k++) {
    __asm__ volatile("darn %0,0" : "=r"(v)); ok &= (v >> 32) == 0;
    __asm__ volatile("darn %0,1" : "=r"(v)); ok &= v != ~0UL;
    __asm__ volatile("darn %0,2" : "=r"(v)); ok &= v != ~0UL;
  }
  rt_show32("darn.ok", ok);
  unsigned long a, b;
  __asm__ volatile("bl 1f\n1:\tmflr %1\n\taddpcis %0,3\n\t" : "=r"(a), "=r"(b) : : "lr");
  show("addpcis3", a - b);
  __asm__ volatile("bl 1f\n1:\tmflr %1\n\taddpcis %0,-2\n\t" : "=r"(a), "=r"(b) : : "lr");
  show("addpcis-2", a - b);
#else
  __asm__ volatile("mftbu %2\n\tmftb %0\n\tmftb %1" : "=r"(t1), "=r"(t2), "=r"(tu));
  rt_show32("tb.mono", t2 >= t1);
#endif

  /* barriers and hints: must simply continue */
  __asm__ volatile("sync\n\tisync\n\teieio\n\tdcbt 0,%0\n\tdcbtst 0,%0\n\tdcbst 0,%0\n\tdcbf 0,%0\n\ticbi 0,%0\n\tsync"
    : : "r"(blk + 64) : "memory");
#ifdef __powerpc64__
  __asm__ volatile("lwsync\n\tptesync" : : : "memory");
#endif
  rt_puts("barriers ok"); rt_nl();
  /* AltiVec data-stream touch and stop (hints; as .long: dst r9,r10,1 / dstt r9,r10,2 / dstst
   * r9,r10,3 / dststt r9,r10,0 / dss 1 / dssall) */
  __asm__ volatile("mr 9,%0\n\tli 10,0x0820\n\t.long 0x7c2952ac\n\t.long 0x7e4952ac\n\t.long 0x7c6952ec\n\t"
    ".long 0x7e0952ec\n\t.long 0x7c20066c\n\t.long 0x7e00066c" : : "r"(blk) : "r9", "r10", "memory");
  rt_puts("dst/dss ok"); rt_nl();
#ifdef __powerpc64__
  /* wait (ISA 3.0): resumes (a user process is always woken) */
  __asm__ volatile(".long 0x7c00003c");
  rt_puts("wait ok"); rt_nl();
#endif

  /* dcbz zeroes the whole (aligned) block around the address */
  for (int k = 0; k < 512; k++) blk[k] = 0xab;
  __asm__ volatile("dcbz 0,%0" : : "r"(blk + 200) : "memory");
  int first = -1, last = -1;
  for (int k = 0; k < 512; k++) if (blk[k] == 0) { if (first < 0) first = k; last = k; }
  rt_puts("dcbz "); rt_dec(first); rt_putc(' '); rt_dec(last); rt_nl();

  /* write(1, msg, 6) through `sc 1` */
  rt_flush();
  static const char msg[] = "sc 1!\n";
  long r;
  __asm__ volatile("li 0,4\n\tli 3,1\n\tmr 4,%1\n\tli 5,6\n\t.long 0x44000022\n\tmr %0,3"
    : "=r"(r) : "r"(msg) : "r0", "r3", "r4", "r5", "r6", "r7", "r8", "r9", "r10", "r11", "r12", "cr0", "memory");
  rt_puts("sc1 ret="); rt_dec(r); rt_nl();
  return 0;
}
