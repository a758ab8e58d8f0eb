/* File times and owners as archivers and compressors set them (zstd, tar, cp -p copy a source's
 * times and owner to what they write): utimensat with times, UTIME_OMIT and UTIME_NOW, futimens,
 * utimes, utime, on a file and (AT_SYMLINK_NOFOLLOW) on a symbolic link itself; chown, fchown,
 * lchown and fchownat to the process's own user and group or -1 (no change: allowed to anyone),
 * and the errors (a missing file, a bad nanosecond count, bad flags). Prints the calls' results,
 * and of the times only what holds both on Linux and under ppcemu, whose stat shows every file's
 * times as the guest clock's now (deterministic); test/linux-utime.test.ts runs it with a second
 * argument, `keep`, and checks the times it set on the host's files.
 * Works in a fresh directory of its own (FSROOT: fresh). */
// ARGS: work
// FSROOT: fresh
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <unistd.h>
#include <utime.h>

static int rc(int r) { return r == 0 ? 0 : -errno; }

int main(int argc, char **argv) {
  if (argc < 2 || mkdir(argv[1], 0755) != 0 || chdir(argv[1]) != 0) { perror("setup"); return 1; }
  int fd = open("f", O_RDWR | O_CREAT | O_TRUNC, 0644);
  if (fd < 0 || write(fd, "data", 4) != 4) { perror("f"); return 1; }
  if (symlink("f", "link") != 0) { perror("symlink"); return 1; }

  struct timespec ts[2] = { { 1000000000, 0 }, { 1200000000, 500000000 } };
  printf("utimensat: %d\n", rc(utimensat(AT_FDCWD, "f", ts, 0)));
  struct timespec omit[2] = { { 0, UTIME_OMIT }, { 1300000000, 0 } };
  printf("futimens, atime omitted: %d\n", rc(futimens(fd, omit)));
  struct timespec link[2] = { { 900000000, 0 }, { 950000000, 0 } };
  printf("utimensat on the link itself: %d\n", rc(utimensat(AT_FDCWD, "link", link, AT_SYMLINK_NOFOLLOW)));
  struct timeval tv[2] = { { 1400000000, 250000 }, { 1400000001, 750000 } };
  printf("utimes: %d\n", rc(utimes("f", tv)));
  struct utimbuf ub = { 1500000000, 1500000001 };
  printf("utime: %d\n", rc(utime("f", &ub)));
  struct timespec now[2] = { { 0, UTIME_NOW }, { 0, UTIME_NOW } };
  printf("UTIME_NOW: %d\n", rc(utimensat(AT_FDCWD, "f", now, 0)));
  struct stat st;
  stat("f", &st);
  printf("  mtime later than 2017: %d, atime == mtime: %d\n", st.st_mtim.tv_sec > 1500000001,
         st.st_atim.tv_sec == st.st_mtim.tv_sec && st.st_atim.tv_nsec == st.st_mtim.tv_nsec);
  printf("NULL times: %d\n", rc(utimensat(AT_FDCWD, "f", NULL, 0)));
  struct timespec bad[2] = { { 0, 1000000000 }, { 0, 0 } };
  printf("bad nanoseconds: %d (EINVAL %d)\n", rc(utimensat(AT_FDCWD, "f", bad, 0)), -EINVAL);
  printf("bad flags: %d\n", rc(utimensat(AT_FDCWD, "f", ts, 0x4000)));
  printf("missing file: %d (ENOENT %d)\n", rc(utimensat(AT_FDCWD, "nope", ts, 0)), -ENOENT);

  /* owners: no change (-1) or the process's own user and group */
  printf("chown -1 -1: %d\n", rc(chown("f", (uid_t)-1, (gid_t)-1)));
  printf("fchown own uid, -1: %d\n", rc(fchown(fd, getuid(), (gid_t)-1)));
  printf("lchown the link -1, own gid: %d\n", rc(lchown("link", (uid_t)-1, getgid())));
  printf("fchownat own uid and gid: %d\n", rc(fchownat(AT_FDCWD, "f", getuid(), getgid(), 0)));
  printf("fchownat AT_EMPTY_PATH: %d\n", rc(fchownat(fd, "", (uid_t)-1, (gid_t)-1, AT_EMPTY_PATH)));
  printf("chown missing: %d\n", rc(chown("nope", (uid_t)-1, (gid_t)-1)));
  printf("fchownat bad flags: %d\n", rc(fchownat(AT_FDCWD, "f", (uid_t)-1, (gid_t)-1, 0x4000)));

  close(fd);
  if (argc > 2 && strcmp(argv[2], "keep") == 0) return 0; /* (the test looks at the host's files) */
  unlink("link");
  unlink("f");
  chdir("..");
  rmdir(argv[1]);
  return 0;
}
