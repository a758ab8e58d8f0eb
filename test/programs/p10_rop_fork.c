// ROP protection across fork (Power ISA 3.1B hashst/hashchk on POWER10): Linux keeps the hash key
// per process and copies it to the child at fork (arch/powerpc/kernel/process.c, copy_thread:
// p->thread.hashkeyr = current->thread.hashkeyr; a new random key only at exec, start_thread).
// So a hash the parent stored before fork checks in the child, and one the child stores checks
// in the parent after the child exits (the slot is copied at fork; the child's hash comes back
// through a pipe). A key change would end the child with SIGILL (Linux) / SIGTRAP (QEMU).
// TARGETS: ppc64 ppc64le
// CFLAGS: -mcpu=power10
// CPU: power10
#include "rt.h"

#define SYS_write 4
#define SYS_read 3
#define SYS_exit 1
#define SYS_wait4 114
#define SYS_pipe 42
#define SYS_clone 120
#define SIGCHLD 17

static unsigned long slot[8] __attribute__((aligned(16)));

int main(void)
{
  unsigned long base = (unsigned long)&slot[8], rb = 0x10001234;
  int fds[2];
  __asm__ volatile("hashst %1,-8(%0)" : : "b"(base), "r"(rb) : "memory");
  if (rt_syscall(SYS_pipe, (long)fds, 0, 0, 0, 0, 0) < 0) { rt_puts("pipe failed"); rt_nl(); return 1; }
  rt_flush();
  long pid = rt_syscall(SYS_clone, SIGCHLD, 0, 0, 0, 0, 0);
  if (pid < 0) { rt_puts("fork failed"); rt_nl(); return 1; }
  if (pid == 0) {
    __asm__ volatile("hashchk %1,-8(%0)" : : "b"(base), "r"(rb) : "memory");
    rt_puts("child: parent's hash checks"); rt_nl();
    __asm__ volatile("hashst %1,-16(%0)" : : "b"(base), "r"(rb + 8) : "memory");
    rt_syscall(SYS_write, fds[1], (long)&slot[6], 8, 0, 0, 0);
    rt_exit(0);
  }
  int status = -1;
  rt_syscall(SYS_wait4, pid, (long)&status, 0, 0, 0, 0);
  rt_puts("child status: "); rt_hex32((unsigned)status); rt_nl();
  if (rt_syscall(SYS_read, fds[0], (long)&slot[6], 8, 0, 0, 0) != 8) { rt_puts("read failed"); rt_nl(); return 1; }
  __asm__ volatile("hashchk %1,-16(%0)" : : "b"(base), "r"(rb + 8) : "memory");
  rt_puts("parent: child's hash checks"); rt_nl();
  __asm__ volatile("hashchk %1,-8(%0)" : : "b"(base), "r"(rb) : "memory");
  rt_puts("parent: own hash checks"); rt_nl();
  return 0;
}
