/* fcntl record locks, as SQLite's unix VFS and other real programs use them: F_SETLK/F_GETLK
 * (POSIX locks: owned by the process, not passed on by fork, none conflicting with another of
 * the same process, all on a file dropped when any descriptor of it closes), the ranges (split
 * by an unlock, merged with their neighbours, SEEK_CUR/SEEK_END bases, negative lengths, to the
 * end of the file), the access checks, and the open-file-description locks (F_OFD_*: owned by
 * the description, shared by fork, in conflict with the same process's POSIX locks). A forked
 * child asks F_GETLK about the parent's locks and prints what it sees. F_SETLKW is left out: a
 * conflict would block the process for good under QEMU (ppcemu reports EDEADLK instead).
 * Works in a fresh directory of its own (FSROOT: fresh); prints nothing host-dependent.
 * ppc32 uses the 32-bit struct flock (no _FILE_OFFSET_BITS) and the F_*LK64 commands too. */
// ARGS: work
// FSROOT: fresh
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

static const char *tname(int t) { return t == F_RDLCK ? "RD" : t == F_WRLCK ? "WR" : t == F_UNLCK ? "UN" : "??"; }

static int setlk(int fd, int cmd, int type, int whence, long start, long len) {
  struct flock fl = { .l_type = type, .l_whence = whence, .l_start = start, .l_len = len };
  return fcntl(fd, cmd, &fl) == 0 ? 0 : -errno;
}

/* F_GETLK for a write lock on [start, start+len): what conflicts, as "TYPE start len pid?". */
static void getlk(const char *what, int fd, int cmd, int type, long start, long len) {
  struct flock fl = { .l_type = type, .l_whence = SEEK_SET, .l_start = start, .l_len = len };
  if (fcntl(fd, cmd, &fl) != 0) { printf("%s: error %s\n", what, strerror(errno)); return; }
  if (fl.l_type == F_UNLCK) printf("%s: %s\n", what, tname(fl.l_type));
  else printf("%s: %s %ld %ld pid %s\n", what, tname(fl.l_type), (long)fl.l_start, (long)fl.l_len,
              fl.l_pid == getppid() ? "parent" : fl.l_pid == -1 ? "-1" : fl.l_pid == getpid() ? "self" : "other");
}

/* Runs `probe` in a forked child (which may take locks of its own), then waits. */
static void inChild(void (*probe)(int), int fd) {
  fflush(stdout);
  pid_t p = fork();
  if (p == 0) { probe(fd); fflush(stdout); _exit(0); }
  int st;
  waitpid(p, &st, 0);
}

static void probeBasic(int fd) {
  getlk("child sees [5,6)", fd, F_GETLK, F_WRLCK, 5, 1);
  getlk("child sees [10,20) for reading", fd, F_GETLK, F_RDLCK, 10, 10);
  printf("child F_SETLK WR [5,6): %d (EAGAIN %d)\n", setlk(fd, F_SETLK, F_WRLCK, SEEK_SET, 5, 1), -EAGAIN);
  printf("child F_SETLK RD [20,30): %d\n", setlk(fd, F_SETLK, F_RDLCK, SEEK_SET, 20, 10));
}

static void probeRanges(int fd) {
  static const long at[][2] = { { 0, 1 }, { 9, 1 }, { 10, 1 }, { 19, 1 }, { 25, 1 }, { 30, 1 }, { 39, 1 }, { 40, 1 }, { 49, 1 }, { 50, 1 }, { 60, 0 } };
  for (unsigned k = 0; k < sizeof at / sizeof at[0]; k++) {
    char what[48];
    snprintf(what, sizeof what, "ranges, WR at [%ld,+%ld)", at[k][0], at[k][1]);
    getlk(what, fd, F_GETLK, F_WRLCK, at[k][0], at[k][1]);
  }
  getlk("ranges, RD at [0,100)", fd, F_GETLK, F_RDLCK, 0, 100);
}

static void probeAll(int fd) { getlk("after close, WR [0,0)", fd, F_GETLK, F_WRLCK, 0, 0); }

static void probeOfd(int fd) {
  getlk("child OFD_GETLK WR [0,0)", fd, F_OFD_GETLK, F_WRLCK, 0, 0);
  printf("child F_OFD_SETLK WR [0,5) on the shared description: %d\n", setlk(fd, F_OFD_SETLK, F_WRLCK, SEEK_SET, 0, 5));
  getlk("child POSIX GETLK WR [0,5)", fd, F_GETLK, F_WRLCK, 0, 5);
}

int main(int argc, char **argv) {
  if (argc < 2 || mkdir(argv[1], 0755) != 0 || chdir(argv[1]) != 0) { perror("setup"); return 1; }
  int fd = open("f", O_RDWR | O_CREAT | O_TRUNC, 0644);
  char buf[100];
  memset(buf, 'x', sizeof buf);
  if (fd < 0 || write(fd, buf, sizeof buf) != sizeof buf) { perror("f"); return 1; }

  printf("SETLK WR [0,10): %d\n", setlk(fd, F_SETLK, F_WRLCK, SEEK_SET, 0, 10));
  getlk("own lock, WR [0,10)", fd, F_GETLK, F_WRLCK, 0, 10);
  getlk("GETLK asking about F_UNLCK", fd, F_GETLK, F_UNLCK, 0, 10);
  printf("SETLK RD over own WR [5,6): %d\n", setlk(fd, F_SETLK, F_RDLCK, SEEK_SET, 5, 1));
  inChild(probeBasic, fd);
  getlk("parent after the child exited, WR [20,30)", fd, F_GETLK, F_WRLCK, 20, 10);

  /* ranges: RD [0,50), WR [10,20), unlock [30,40), WR [40,50) from SEEK_CUR, RD to EOF from SEEK_END */
  printf("unlock all: %d\n", setlk(fd, F_SETLK, F_UNLCK, SEEK_SET, 0, 0));
  printf("RD [0,50): %d\n", setlk(fd, F_SETLK, F_RDLCK, SEEK_SET, 0, 50));
  printf("WR [10,20): %d\n", setlk(fd, F_SETLK, F_WRLCK, SEEK_SET, 10, 10));
  printf("UN [30,40) by a negative length: %d\n", setlk(fd, F_SETLK, F_UNLCK, SEEK_SET, 40, -10));
  lseek(fd, 35, SEEK_SET);
  printf("WR [40,50) from SEEK_CUR: %d\n", setlk(fd, F_SETLK, F_WRLCK, SEEK_CUR, 5, 10));
  printf("RD [60,EOF+) from SEEK_END: %d\n", setlk(fd, F_SETLK, F_RDLCK, SEEK_END, -40, 0));
  printf("bad whence: %d, bad type: %d, before the start: %d\n", setlk(fd, F_SETLK, F_RDLCK, 7, 0, 1),
         setlk(fd, F_SETLK, 9, SEEK_SET, 0, 1), setlk(fd, F_SETLK, F_RDLCK, SEEK_SET, -5, 1));
  inChild(probeRanges, fd);

  /* access: a write lock needs a descriptor open for writing, a read lock one open for reading */
  int ro = open("f", O_RDONLY), wo = open("f", O_WRONLY);
  printf("WR on O_RDONLY: %d, RD on O_WRONLY: %d (EBADF %d)\n", setlk(ro, F_SETLK, F_WRLCK, SEEK_SET, 90, 1),
         setlk(wo, F_SETLK, F_RDLCK, SEEK_SET, 90, 1), -EBADF);
  /* closing any descriptor of the file drops the process's locks on it */
  close(wo);
  inChild(probeAll, fd);
  close(ro);

  /* OFD locks */
  printf("OFD_SETLK WR [0,5): %d\n", setlk(fd, F_OFD_SETLK, F_WRLCK, SEEK_SET, 0, 5));
  {
    struct flock fl = { .l_type = F_WRLCK, .l_whence = SEEK_SET, .l_start = 0, .l_len = 1, .l_pid = 1 };
    printf("OFD_GETLK with l_pid set: %d (EINVAL %d)\n", fcntl(fd, F_OFD_GETLK, &fl) == 0 ? 0 : -errno, -EINVAL);
  }
  int fd2 = open("f", O_RDWR);
  printf("POSIX SETLK WR [0,5) by the same process, another description: %d\n", setlk(fd2, F_SETLK, F_WRLCK, SEEK_SET, 0, 5));
  printf("OFD_SETLK WR [0,5) on another description: %d\n", setlk(fd2, F_OFD_SETLK, F_WRLCK, SEEK_SET, 0, 5));
  inChild(probeOfd, fd);
  close(fd2); /* not the OFD lock's description: it stays */
  getlk("OFD lock after closing another descriptor", fd, F_OFD_GETLK, F_RDLCK, 0, 0);
#ifdef F_GETLK64
  {
    struct flock64 fl = { .l_type = F_WRLCK, .l_whence = SEEK_SET, .l_start = 2, .l_len = 1 };
    int r = fcntl(fd, F_GETLK64, &fl);
    printf("F_GETLK64 from the same process: %d %s\n", r, tname(fl.l_type));
  }
#endif
  close(fd);
  unlink("f");
  chdir("..");
  rmdir(argv[1]);
  return 0;
}
