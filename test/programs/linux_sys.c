/* System calls a static program relies on, called directly: pipes, memfd, dup/fcntl, lseek,
 * brk, mmap/mprotect/mremap/munmap, clocks, getrandom, uname, rlimits, affinity, missing files.
 * Prints results that do not depend on the host (no times, no addresses). With an argument,
 * it also reads /data.txt (used with --fs-root by test/linux.test.ts). */
#include "rt.h"

enum {
  NR_read = 3, NR_write = 4, NR_close = 6, NR_getpid = 20, NR_dup = 41, NR_brk = 45,
  NR_fcntl = 55, NR_dup2 = 63, NR_munmap = 91, NR_uname = 122, NR_mprotect = 125,
  NR_mmap = 90, NR_lseek = 19, NR_nanosleep = 162, NR_mremap = 163, NR_getrlimit = 190,
  NR_sched_getaffinity = 223, NR_clock_gettime = 246, NR_openat = 286, NR_pipe2 = 317,
  NR_getrandom = 359, NR_memfd_create = 360, NR_sched_yield = 158, NR_unknown = 999,
};

static long sys(long nr, long a, long b, long c, long d, long e, long f) {
  return rt_syscall(nr, a, b, c, d, e, f);
}

static void show(const char *what, long v) {
  rt_puts(what);
  rt_puts(" = ");
  rt_dec(v);
  rt_nl();
}

int main(int argc, char **argv) {
  int fds[2];
  char buf[64];

  show("pipe2", sys(NR_pipe2, (long)fds, 0, 0, 0, 0, 0));
  show("write pipe", sys(NR_write, fds[1], (long)"through a pipe", 14, 0, 0, 0));
  long n = sys(NR_read, fds[0], (long)buf, sizeof buf, 0, 0, 0);
  show("read pipe", n);
  buf[n > 0 ? n : 0] = 0;
  rt_puts(buf); rt_nl();
  show("dup", sys(NR_dup, fds[1], 0, 0, 0, 0, 0));
  show("dup2 to 9", sys(NR_dup2, fds[0], 9, 0, 0, 0, 0));
  show("fcntl F_GETFD", sys(NR_fcntl, 9, 1, 0, 0, 0, 0));
  show("fcntl F_SETFD", sys(NR_fcntl, 9, 2, 1, 0, 0, 0));
  show("fcntl F_GETFD again", sys(NR_fcntl, 9, 1, 0, 0, 0, 0));
  show("close 9", sys(NR_close, 9, 0, 0, 0, 0, 0));
  show("close 9 again", sys(NR_close, 9, 0, 0, 0, 0, 0));
  show("lseek on a pipe", sys(NR_lseek, fds[0], 0, 0, 0, 0, 0));

  long mfd = sys(NR_memfd_create, (long)"scratch", 0, 0, 0, 0, 0);
  show("memfd_create >= 3", mfd >= 3);
  show("write memfd", sys(NR_write, mfd, (long)"0123456789", 10, 0, 0, 0));
  show("lseek memfd SEEK_SET 4", sys(NR_lseek, mfd, 4, 0, 0, 0, 0));
  n = sys(NR_read, mfd, (long)buf, 3, 0, 0, 0);
  buf[n > 0 ? n : 0] = 0;
  rt_puts("read memfd: "); rt_puts(buf); rt_nl();
  show("lseek memfd SEEK_END -2", sys(NR_lseek, mfd, -2, 2, 0, 0, 0));

  long b0 = sys(NR_brk, 0, 0, 0, 0, 0, 0);
  long b1 = sys(NR_brk, b0 + 100000, 0, 0, 0, 0, 0);
  show("brk grows", b1 - b0);
  volatile char *heap = (volatile char *)b0;
  heap[99999] = 7;
  show("brk memory", heap[99999]);

  long m = sys(NR_mmap, 0, 3 * 65536, 3, 0x22, -1, 0);
  show("mmap page aligned", (m & 0xfff) == 0 && (unsigned long)m < (unsigned long)-4096);
  volatile long *p = (volatile long *)m;
  p[0] = 42;
  show("mmap zeroed", p[100]);
  long m2 = sys(NR_mremap, m, 3 * 65536, 6 * 65536, 1, 0, 0);
  show("mremap keeps data", ((volatile long *)m2)[0]);
  show("munmap", sys(NR_munmap, m2, 6 * 65536, 0, 0, 0, 0));
  long m3 = sys(NR_mmap, 0, 65536, 3, 0x22, -1, 0);
  show("mprotect read-only", sys(NR_mprotect, m3, 65536, 1, 0, 0, 0));
  show("mprotect unaligned", sys(NR_mprotect, m3 + 1, 65536, 1, 0, 0, 0));

  long ts1[2], ts2[2];
  sys(NR_clock_gettime, 1, (long)ts1, 0, 0, 0, 0);
  long req[2] = {0, 1000};
  show("nanosleep", sys(NR_nanosleep, (long)req, 0, 0, 0, 0, 0));
  sys(NR_clock_gettime, 1, (long)ts2, 0, 0, 0, 0);
  show("monotonic clock advances", ts2[0] > ts1[0] || (ts2[0] == ts1[0] && ts2[1] > ts1[1]));
  show("clock_gettime bad clock", sys(NR_clock_gettime, 12345, (long)ts1, 0, 0, 0, 0));

  unsigned char rnd[40];
  show("getrandom", sys(NR_getrandom, (long)rnd, sizeof rnd, 0, 0, 0, 0));

  char uts[6 * 65];
  show("uname", sys(NR_uname, (long)uts, 0, 0, 0, 0, 0));
  rt_puts("sysname "); rt_puts(uts); rt_nl();

  unsigned long lim[2];
  show("getrlimit NOFILE", sys(NR_getrlimit, 7, (long)lim, 0, 0, 0, 0));
  show("sched_getaffinity > 0", sys(NR_sched_getaffinity, 0, sizeof buf, (long)buf, 0, 0, 0) > 0);
  show("sched_yield", sys(NR_sched_yield, 0, 0, 0, 0, 0, 0));
  show("getpid > 0", sys(NR_getpid, 0, 0, 0, 0, 0, 0) > 0);
  show("openat missing", sys(NR_openat, -100, (long)"/nonexistent-ppcemu-file", 0, 0, 0, 0));
  show("read bad fd", sys(NR_read, 77, (long)buf, 1, 0, 0, 0));
  show("unknown syscall", sys(NR_unknown, 0, 0, 0, 0, 0, 0));

  if (argc > 1) {
    long fd = sys(NR_openat, -100, (long)"/data.txt", 0, 0, 0, 0);
    show("open /data.txt", fd >= 0);
    n = sys(NR_read, fd, (long)buf, sizeof buf - 1, 0, 0, 0);
    buf[n > 0 ? n : 0] = 0;
    rt_puts("data: "); rt_puts(buf); rt_nl();
    show("lseek file SEEK_END", sys(NR_lseek, fd, 0, 2, 0, 0, 0));
    show("close file", sys(NR_close, fd, 0, 0, 0, 0, 0));
  }
  return 0;
}
