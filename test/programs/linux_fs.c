/* File-system calls with Linux semantics, in a fresh directory argv[1] (relative to the working
 * directory) that the program creates, works in and removes again: open flags, *at calls with
 * directory descriptors, the stat family, getdents64, links, renames, errno values, and the
 * regressions of issue 11 (items 1-4 and 8). Prints nothing that depends on the host: no
 * absolute paths, times, inode numbers or owners; directory listings are sorted.
 * Under QEMU the directory is made in a fresh temporary working directory; under ppcemu inside a
 * fresh --fs-root (directive FSROOT below; see test/README.md). */
// ARGS: work
// FSROOT: fresh
#include "rt.h"

enum {
  NR_read = 3, NR_write = 4, NR_open = 5, NR_close = 6, NR_creat = 8, NR_link = 9, NR_unlink = 10,
  NR_chdir = 12, NR_chmod = 15, NR_lseek = 19, NR_access = 33, NR_rename = 38, NR_mkdir = 39, NR_dup = 41,
  NR_rmdir = 40, NR_fcntl = 55, NR_umask = 60, NR_symlink = 83, NR_readlink = 85, NR_truncate = 92,
  NR_ftruncate = 93, NR_fchmod = 94, NR_fsync = 118, NR_fchdir = 133, NR_fdatasync = 148,
  NR_pread64 = 179, NR_pwrite64 = 180, NR_getcwd = 182, NR_getdents64 = 202, NR_openat = 286,
  NR_mkdirat = 287, NR_fstatat = 291, NR_unlinkat = 292, NR_renameat = 293, NR_linkat = 294,
  NR_symlinkat = 295, NR_readlinkat = 296, NR_fchmodat = 297, NR_faccessat = 298,
  NR_renameat2 = 357, NR_statx = 383, NR_faccessat2 = 439,
};
#ifdef __powerpc64__
enum { NR_stat = 106, NR_lstat = 107, NR_fstat = 108 };
/* struct stat of ppc64 */
struct kstat {
  unsigned long dev, ino, nlink;
  unsigned int mode, uid, gid, pad;
  unsigned long rdev;
  long size;
  unsigned long blksize, blocks, times[6], unused[3];
};
#else
enum { NR_stat = 195, NR_lstat = 196, NR_fstat = 197, NR_oldstat = 106 }; /* stat64, lstat64, fstat64 */
/* struct stat64 of ppc32 */
struct kstat {
  unsigned long long dev, ino;
  unsigned int mode, nlink, uid, gid;
  unsigned long long rdev;
  unsigned short pad2;
  long long size;
  int blksize;
  long long blocks;
  unsigned int times[6], unused[2];
};
/* struct stat of ppc32 (the calls without 64) */
struct ostat {
  unsigned long dev, ino;
  unsigned int mode;
  unsigned short nlink;
  unsigned int uid, gid;
  unsigned long rdev;
  long size;
  unsigned long blksize, blocks, times[6], unused[2];
};
#endif

enum {
  O_RDONLY = 0, O_WRONLY = 1, O_RDWR = 2, O_CREAT = 0100, O_EXCL = 0200, O_TRUNC = 01000,
  O_APPEND = 02000, O_DIRECTORY = 040000, O_NOFOLLOW = 0100000, O_CLOEXEC = 02000000,
  AT_FDCWD = -100, AT_SYMLINK_NOFOLLOW = 0x100, AT_REMOVEDIR = 0x200, AT_SYMLINK_FOLLOW = 0x400,
  AT_EMPTY_PATH = 0x1000, RENAME_NOREPLACE = 1, S_IFMT = 0170000,
};

static long sys(long nr, long a, long b, long c, long d, long e, long f) {
  return rt_syscall(nr, a, b, c, d, e, f);
}
#define S(nr, ...) sys0(nr, __VA_ARGS__, 0, 0, 0, 0, 0, 0)
#define sys0(nr, a, b, c, d, e, f, ...) sys(nr, (long)(a), (long)(b), (long)(c), (long)(d), (long)(e), (long)(f))

static void show(const char *what, long v) {
  rt_puts(what);
  rt_puts(" = ");
  rt_dec(v);
  rt_nl();
}

static void oct(unsigned v) {
  char b[12];
  int n = 0;
  do { b[n++] = '0' + (v & 7); v >>= 3; } while (v);
  rt_putc('0');
  while (n) rt_putc(b[--n]);
}

/* type and permissions, size and link count of a path (lstat when nofollow); a directory's
 * size and link count depend on the host's file system */
static void show_stat(const char *label, const char *path, int nofollow) {
  struct kstat st;
  long r = S(nofollow ? NR_lstat : NR_stat, path, &st);
  rt_puts(label);
  if (r < 0) { rt_puts(": error "); rt_dec(r); rt_nl(); return; }
  rt_puts(": mode "); oct(st.mode);
  if ((st.mode & S_IFMT) != 040000) {
    rt_puts(" size "); rt_dec((long)st.size);
    rt_puts(" nlink "); rt_dec((long)st.nlink);
  }
  rt_nl();
}

static char buf[4096];

/* contents of a file, printed after a label */
static void show_file(const char *label, const char *path) {
  long fd = S(NR_open, path, O_RDONLY);
  rt_puts(label);
  rt_puts(": ");
  if (fd < 0) { rt_puts("error "); rt_dec(fd); rt_nl(); return; }
  long n = S(NR_read, fd, buf, sizeof buf - 1);
  S(NR_close, fd);
  if (n < 0) { rt_puts("read error "); rt_dec(n); rt_nl(); return; }
  buf[n] = 0;
  rt_puts("\"");
  for (long i = 0; i < n; i++) {
    if (buf[i] == '\n') rt_puts("\\n"); else rt_putc(buf[i]);
  }
  rt_puts("\"");
  rt_nl();
}

static void put_file(const char *path, const char *text) {
  long fd = S(NR_open, path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
  S(NR_write, fd, text, rt_strlen(text));
  S(NR_close, fd);
}

static int str_lt(const char *a, const char *b) {
  while (*a && *a == *b) a++, b++;
  return (unsigned char)*a < (unsigned char)*b;
}

/* a directory's entries, sorted, with their d_type */
static void show_dir(const char *label, long dfd) {
  static char dents[4096];
  static char names[64][64];
  int types[64];
  int count = 0;
  long n;
  while ((n = S(NR_getdents64, dfd, dents, sizeof dents)) > 0) {
    for (long off = 0; off < n;) {
      unsigned short reclen;
      memcpy(&reclen, dents + off + 16, 2);
      const char *name = dents + off + 19;
      if (count < 64 && rt_strlen(name) < 64) {
        memcpy(names[count], name, rt_strlen(name) + 1);
        types[count++] = dents[off + 18];
      }
      off += reclen;
    }
  }
  for (int i = 1; i < count; i++) {  /* insertion sort by name */
    for (int j = i; j > 0 && str_lt(names[j], names[j - 1]); j--) {
      char t[64];
      memcpy(t, names[j], 64); memcpy(names[j], names[j - 1], 64); memcpy(names[j - 1], t, 64);
      int k = types[j]; types[j] = types[j - 1]; types[j - 1] = k;
    }
  }
  rt_puts(label);
  rt_puts(":");
  for (int i = 0; i < count; i++) {
    rt_putc(' '); rt_puts(names[i]); rt_putc('/'); rt_dec(types[i]);
  }
  rt_nl();
  show("getdents64 at end", n);
}

/* the last component of the working directory */
static void show_cwd(const char *label) {
  long n = S(NR_getcwd, buf, sizeof buf);
  rt_puts(label);
  rt_puts(": ");
  if (n < 0) { rt_dec(n); rt_nl(); return; }
  const char *last = buf;
  for (const char *p = buf; *p; p++) if (*p == '/' && p[1]) last = p + 1;
  rt_puts(last);
  rt_nl();
}

int main(int argc, char **argv) {
  if (argc < 2) { rt_puts("usage: linux_fs DIR\n"); return 2; }
  const char *dir = argv[1];
  long fd, fd2, dfd, n;
  struct kstat st;

  S(NR_umask, 022);
  show("mkdir work", S(NR_mkdir, dir, 0755));
  show("chdir work", S(NR_chdir, dir));
  show_cwd("cwd");

  /* item 1: O_APPEND on an existing file writes at its end */
  put_file("log", "old\n");
  fd = S(NR_open, "log", O_WRONLY | O_CREAT | O_APPEND, 0644);
  show("append: lseek SEEK_END", S(NR_lseek, fd, 0, 2));
  show("append: write", S(NR_write, fd, "new\n", 4));
  show("append: lseek SEEK_SET 0", S(NR_lseek, fd, 0, 0));
  show("append: write after seek", S(NR_write, fd, "end\n", 4));
  show("append: offset follows the end", S(NR_lseek, fd, 0, 1));
  S(NR_close, fd);
  show_file("append: log", "log");
  fd = S(NR_open, "log", O_RDWR | O_APPEND);
  show("append: pwrite at 0", S(NR_pwrite64, fd, "P", 1, 0, 0, 0));
  show("append: pread at 0", S(NR_pread64, fd, buf, 3, 0, 0, 0));
  S(NR_close, fd);
  show_file("append: log after pwrite", "log");

  /* item 2: the empty path */
  show("open \"\"", S(NR_open, "", O_RDONLY));
  show("openat \"\" O_DIRECTORY", S(NR_openat, AT_FDCWD, "", O_RDONLY | O_DIRECTORY));
  show("stat \"\"", S(NR_stat, "", &st));
  show("mkdir \"\"", S(NR_mkdir, "", 0755));

  /* item 3: unlink and rename */
  put_file("a", "A\n");
  show("unlink missing", S(NR_unlink, "missing"));
  show("rename a b", S(NR_rename, "a", "b"));
  show_file("b", "b");
  show("open a after rename", S(NR_open, "a", O_RDONLY));
  show("unlink b", S(NR_unlink, "b"));
  show("unlink b again", S(NR_unlink, "b"));
  show("rename missing", S(NR_rename, "b", "c"));

  /* item 4: errno values */
  show("open no/dir/x O_CREAT", S(NR_open, "no/dir/x", O_WRONLY | O_CREAT, 0644));
  show("open log/x", S(NR_open, "log/x", O_RDONLY));
  show("open log/ (trailing slash)", S(NR_open, "log/", O_RDONLY));
  show("open new/ O_CREAT", S(NR_open, "new/", O_WRONLY | O_CREAT, 0644));
  show("open log O_CREAT|O_EXCL", S(NR_open, "log", O_WRONLY | O_CREAT | O_EXCL, 0644));
  show("open log O_DIRECTORY", S(NR_open, "log", O_RDONLY | O_DIRECTORY));
  show("mkdir d", S(NR_mkdir, "d", 0755));
  show("mkdir d again", S(NR_mkdir, "d", 0755));
  show("mkdir log/x", S(NR_mkdir, "log/x", 0755));
  show("open d O_WRONLY", S(NR_open, "d", O_WRONLY));
  show("open d O_RDWR", S(NR_open, "d", O_RDWR));
  show("open d O_CREAT", S(NR_open, "d", O_RDONLY | O_CREAT, 0644));
  put_file("d/f", "F\n");
  show("rmdir d (not empty)", S(NR_rmdir, "d"));
  show("rmdir log", S(NR_rmdir, "log"));
  show("unlink d", S(NR_unlink, "d"));
  show("unlink log/", S(NR_unlink, "log/"));
  show("rename d log", S(NR_rename, "d", "log"));
  show("rename log d", S(NR_rename, "log", "d"));
  show("rename log x/", S(NR_rename, "log", "x/"));
  show("rename d d/f/sub", S(NR_rename, "d", "d/sub"));
  show("link d e", S(NR_link, "d", "e"));
  show("link log d/f", S(NR_link, "log", "d/f"));
  show("readlink log", S(NR_readlink, "log", buf, sizeof buf));
  {
    static char longname[300];
    memset(longname, 'n', 299);
    show("open 299-byte name", S(NR_open, longname, O_RDONLY));
    show("mkdir 299-byte name", S(NR_mkdir, longname, 0755));
  }

  /* item 8: rmdir */
  show("mkdir empty", S(NR_mkdir, "empty", 0700));
  show("rmdir empty", S(NR_rmdir, "empty"));
  show("rmdir empty again", S(NR_rmdir, "empty"));
  show("rmdir .", S(NR_rmdir, "."));

  /* open flags */
  fd = S(NR_open, "t", O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  show("O_CLOEXEC: F_GETFD", S(NR_fcntl, fd, 1, 0));
  show("F_GETFL access mode", S(NR_fcntl, fd, 3, 0) & 3);
  show("write t", S(NR_write, fd, "0123456789", 10));
  S(NR_close, fd);
  fd = S(NR_open, "t", O_WRONLY | O_TRUNC);
  show("O_TRUNC: size", (S(NR_fstat, fd, &st), (long)st.size));
  show("F_GETFD without O_CLOEXEC", S(NR_fcntl, fd, 1, 0));
  show("read from O_WRONLY", S(NR_read, fd, buf, 4));
  S(NR_close, fd);
  fd = S(NR_open, "t", O_RDONLY);
  show("write to O_RDONLY", S(NR_write, fd, "x", 1));
  S(NR_close, fd);
  /* O_APPEND set later with F_SETFL, and shared by a dup'ed descriptor */
  fd = S(NR_open, "t", O_WRONLY);
  show("write t at 0", S(NR_write, fd, "abc", 3));
  show("F_SETFL O_APPEND", S(NR_fcntl, fd, 4, O_APPEND));
  show("F_GETFL has O_APPEND", (S(NR_fcntl, fd, 3, 0) & O_APPEND) != 0);
  fd2 = S(NR_dup, fd);
  S(NR_lseek, fd, 0, 0);
  show("write through the dup", S(NR_write, fd2, "de", 2));
  show("shared offset", S(NR_lseek, fd, 0, 1));
  S(NR_close, fd2);
  S(NR_close, fd);
  show_file("t", "t");

  show("creat gives O_WRONLY", S(NR_fcntl, fd, 3, 0) & 3);
  S(NR_close, fd);
  show_stat("creat 0640", "c", 0);
  show("umask 0 (old)", S(NR_umask, 0));
  S(NR_close, S(NR_open, "m666", O_WRONLY | O_CREAT, 0666));
  show_stat("created 0666 under umask 0", "m666", 0);
  show("umask 027 (old)", S(NR_umask, 027));
  S(NR_close, S(NR_open, "m640", O_WRONLY | O_CREAT, 0666));
  show_stat("created 0666 under umask 027", "m640", 0);
  show("mkdir 0777 under umask 027", S(NR_mkdir, "d750", 0777));
  show_stat("d750", "d750", 0);
  S(NR_umask, 022);

  /* symbolic links */
  show("symlink log lnk", S(NR_symlink, "log", "lnk"));
  show("symlink d dlnk", S(NR_symlink, "d", "dlnk"));
  show("symlink nothere dangling", S(NR_symlink, "nothere", "dangling"));
  show("symlink loop1", S(NR_symlink, "loop2", "loop1"));
  show("symlink loop2", S(NR_symlink, "loop1", "loop2"));
  show("symlink over a file", S(NR_symlink, "x", "log"));
  show("symlink \"\"", S(NR_symlink, "", "empty-target"));
  n = S(NR_readlink, "lnk", buf, sizeof buf);
  show("readlink lnk", n);
  buf[n > 0 ? n : 0] = 0;
  rt_puts("readlink lnk text: "); rt_puts(buf); rt_nl();
  show("readlink lnk, 2-byte buffer", S(NR_readlink, "lnk", buf, 2));
  show("readlink missing", S(NR_readlink, "missing", buf, sizeof buf));
  show_file("through lnk", "lnk");
  show_stat("stat lnk", "lnk", 0);
  show_stat("lstat lnk", "lnk", 1);
  show_stat("stat dlnk/", "dlnk/", 1);
  show_file("dlnk/f", "dlnk/f");
  show_stat("stat dangling", "dangling", 0);
  show("open loop1", S(NR_open, "loop1", O_RDONLY));
  show("open lnk O_NOFOLLOW", S(NR_open, "lnk", O_RDONLY | O_NOFOLLOW));
  fd = S(NR_open, "dlnk/", O_RDONLY | O_NOFOLLOW);
  show("open dlnk/ O_NOFOLLOW (trailing slash follows)", fd >= 0);
  S(NR_close, fd);
  show("open dangling O_CREAT|O_EXCL", S(NR_open, "dangling", O_WRONLY | O_CREAT | O_EXCL, 0644));
  fd = S(NR_open, "dangling", O_WRONLY | O_CREAT, 0644);
  show("open dangling O_CREAT creates the target", fd >= 0);
  S(NR_close, fd);
  show_stat("nothere", "nothere", 1);
  /* 40 links are followed, the 41st is ELOOP */
  {
    static char from[8], to[8];
    for (int i = 0; i < 41; i++) {
      from[0] = 'c'; from[1] = '0' + i / 10; from[2] = '0' + i % 10; from[3] = 0;
      if (i == 40) memcpy(to, "log", 4);
      else { to[0] = 'c'; to[1] = '0' + (i + 1) / 10; to[2] = '0' + (i + 1) % 10; to[3] = 0; }
      S(NR_symlink, to, from);
    }
    fd = S(NR_open, "c01", O_RDONLY);
    show("open through 40 links", fd >= 0);
    S(NR_close, fd);
    show("open through 41 links", S(NR_open, "c00", O_RDONLY));
    for (int i = 0; i < 41; i++) {
      from[0] = 'c'; from[1] = '0' + i / 10; from[2] = '0' + i % 10; from[3] = 0;
      S(NR_unlink, from);
    }
  }
  show("unlink dangling", S(NR_unlink, "dangling"));
  show("unlink nothere", S(NR_unlink, "nothere"));

  /* hard links */
  show("link log hard", S(NR_link, "log", "hard"));
  show_stat("log after link", "log", 0);
  show("link log hard again", S(NR_link, "log", "hard"));
  show("link missing", S(NR_link, "missing", "x"));
  show("linkat lnk (no follow)", S(NR_linkat, AT_FDCWD, "lnk", AT_FDCWD, "lnk2", 0));
  show_stat("lstat lnk2", "lnk2", 1);
  show("linkat lnk AT_SYMLINK_FOLLOW", S(NR_linkat, AT_FDCWD, "lnk", AT_FDCWD, "hard2", AT_SYMLINK_FOLLOW));
  show_stat("log with 3 names", "log", 0);
  S(NR_unlink, "lnk2"); S(NR_unlink, "hard2");

  /* rename */
  put_file("r1", "one\n");
  put_file("r2", "two\n");
  show("rename r1 r2 (replaces)", S(NR_rename, "r1", "r2"));
  show_file("r2", "r2");
  show("renameat2 NOREPLACE onto log", S(NR_renameat2, AT_FDCWD, "r2", AT_FDCWD, "log", RENAME_NOREPLACE));
  show("renameat2 NOREPLACE", S(NR_renameat2, AT_FDCWD, "r2", AT_FDCWD, "r3", RENAME_NOREPLACE));
  show("renameat2 bad flags", S(NR_renameat2, AT_FDCWD, "r3", AT_FDCWD, "r4", 8));
  show("mkdir e", S(NR_mkdir, "e", 0755));
  show("rename d e (empty target dir)", S(NR_rename, "d", "e"));
  show_file("e/f", "e/f");
  show("mkdir d", S(NR_mkdir, "d", 0755));
  show("rename d e (target not empty)", S(NR_rename, "d", "e"));
  show("rename lnk lnk3 (moves the link)", S(NR_rename, "lnk", "lnk3"));
  show_stat("lstat lnk3", "lnk3", 1);

  /* *at calls with directory descriptors */
  dfd = S(NR_open, "e", O_RDONLY | O_DIRECTORY);
  show("open e O_DIRECTORY", dfd >= 0);
  show("read a directory", S(NR_read, dfd, buf, 10));
  show("write a directory", S(NR_write, dfd, buf, 1));
  /* (on a descriptor of its own: QEMU loses the entry that did not fit, Linux keeps it) */
  fd = S(NR_open, "e", O_RDONLY | O_DIRECTORY);
  show("getdents64, buffer too small", S(NR_getdents64, fd, buf, 8));
  S(NR_close, fd);
  fd = S(NR_openat, dfd, "g", O_WRONLY | O_CREAT, 0644);
  show("openat e/g", fd >= 0);
  show("write e/g", S(NR_write, fd, "in e\n", 5));
  S(NR_close, fd);
  show_file("e/g", "e/g");
  show("mkdirat e/sub", S(NR_mkdirat, dfd, "sub", 0755));
  show("symlinkat e/sl", S(NR_symlinkat, "g", dfd, "sl"));
  n = S(NR_readlinkat, dfd, "sl", buf, sizeof buf);
  buf[n > 0 ? n : 0] = 0;
  rt_puts("readlinkat e/sl: "); rt_puts(buf); rt_nl();
  show("linkat e/g -> e/sub/h", S(NR_linkat, dfd, "g", dfd, "sub/h", 0));
  show("renameat e/sub/h -> hh", S(NR_renameat, dfd, "sub/h", AT_FDCWD, "hh"));
  show_file("hh", "hh");
  show("fchmodat e/g 0600", S(NR_fchmodat, dfd, "g", 0600));
  show("fstatat e/g", S(NR_fstatat, dfd, "g", &st, 0));
  rt_puts("fstatat e/g mode: "); oct(st.mode); rt_nl();
  show("fstatat e/sl NOFOLLOW", S(NR_fstatat, dfd, "sl", &st, AT_SYMLINK_NOFOLLOW));
  rt_puts("fstatat e/sl type: "); oct(st.mode & S_IFMT); rt_nl();
  show("fstatat e AT_EMPTY_PATH", S(NR_fstatat, dfd, "", &st, AT_EMPTY_PATH));
  rt_puts("fstatat e type: "); oct(st.mode & S_IFMT); rt_nl();
  show("fstatat \"\" without AT_EMPTY_PATH", S(NR_fstatat, dfd, "", &st, 0));
  show("fstatat bad flags", S(NR_fstatat, dfd, "g", &st, 0x4));
  show("faccessat e/g F_OK", S(NR_faccessat, dfd, "g", 0));
  show("faccessat e/missing", S(NR_faccessat, dfd, "missing", 0));
  show("faccessat2 e/sl NOFOLLOW", S(NR_faccessat2, dfd, "sl", 0, AT_SYMLINK_NOFOLLOW));
  show("access bad mode", S(NR_access, "log", 8));
  show("unlinkat e/sub (directory, no flag)", S(NR_unlinkat, dfd, "sub", 0));
  show("unlinkat e/g AT_REMOVEDIR", S(NR_unlinkat, dfd, "g", AT_REMOVEDIR));
  show("unlinkat e/sub AT_REMOVEDIR", S(NR_unlinkat, dfd, "sub", AT_REMOVEDIR));
  show("unlinkat bad flags", S(NR_unlinkat, dfd, "g", 1));
  fd = S(NR_open, "log", O_RDONLY);
  show("openat with a file as dirfd", S(NR_openat, fd, "x", O_RDONLY));
  show("openat with a bad dirfd", S(NR_openat, 999, "x", O_RDONLY));
  S(NR_close, fd);
  show_dir("listing of e", dfd);
  show("lseek dir to 0", S(NR_lseek, dfd, 0, 0));
  show_dir("listing of e again", dfd);

  /* statx */
  {
    static unsigned char sx[256];
    show("statx log", S(NR_statx, AT_FDCWD, "log", 0, 0x7ff, sx));
    unsigned int nlink; unsigned short mode; unsigned long long size;
    memcpy(&nlink, sx + 16, 4); memcpy(&mode, sx + 28, 2); memcpy(&size, sx + 40, 8);
    rt_puts("statx log: mode "); oct(mode); rt_puts(" size "); rt_dec((long)size);
    rt_puts(" nlink "); rt_dec(nlink); rt_nl();
    show("statx lnk3 NOFOLLOW", S(NR_statx, AT_FDCWD, "lnk3", AT_SYMLINK_NOFOLLOW, 0x7ff, sx));
    memcpy(&mode, sx + 28, 2);
    rt_puts("statx lnk3 type: "); oct(mode & S_IFMT); rt_nl();
    show("statx e AT_EMPTY_PATH", S(NR_statx, dfd, "", AT_EMPTY_PATH, 0x7ff, sx));
    memcpy(&mode, sx + 28, 2);
    rt_puts("statx e type: "); oct(mode & S_IFMT); rt_nl();
  }
#ifndef __powerpc64__
  {
    struct ostat os;
    show("old stat log", S(NR_oldstat, "log", &os));
    rt_puts("old stat log: mode "); oct(os.mode); rt_puts(" size "); rt_dec(os.size);
    rt_puts(" nlink "); rt_dec(os.nlink); rt_nl();
  }
  /* the 64-bit length in a register pair starting at an odd register: (r5, r6) */
  show("truncate64 t 5", S(193, "t", 0, 0, 5));
  show_stat("t", "t", 0);
  fd = S(NR_open, "t", O_RDWR);
  show("ftruncate64 t 3", S(194, fd, 0, 0, 3));
  show("fstat64 size", (S(NR_fstat, fd, &st), (long)st.size));
  S(NR_close, fd);
#else
  show("stat64 (32-bit only)", S(195, "log", &st));
  show("ftruncate64 (32-bit only)", S(194, 0, 0, 0, 3));
#endif

  /* chmod, truncate, pread/pwrite, fsync */
  show("chmod log 0400", S(NR_chmod, "log", 0400));
  show_stat("log 0400", "log", 0);
  show("chmod missing", S(NR_chmod, "missing", 0600));
  fd = S(NR_open, "log", O_RDONLY);
  show("fchmod 0644", S(NR_fchmod, fd, 0644));
  show("ftruncate on O_RDONLY", S(NR_ftruncate, fd, 2));
  S(NR_close, fd);
  show_stat("log 0644", "log", 0);
  show("truncate log 6", S(NR_truncate, "log", 6));
  show_file("log truncated", "log");
  show("truncate a directory", S(NR_truncate, "e", 0));
  fd = S(NR_open, "log", O_RDWR);
  show("ftruncate 10 (grows)", S(NR_ftruncate, fd, 10));
  show("fstat size", (S(NR_fstat, fd, &st), (long)st.size));
#ifdef __powerpc64__
  show("pwrite at 8", S(NR_pwrite64, fd, "XY", 2, 8));
  n = S(NR_pread64, fd, buf, 4, 2);
#else
  show("pwrite at 8", S(NR_pwrite64, fd, "XY", 2, 0, 0, 8));
  n = S(NR_pread64, fd, buf, 4, 0, 0, 2);
#endif
  show("pread 4 at 2", n);
  show("pread bytes", buf[0] * 0x1000000L + buf[1] * 0x10000 + buf[2] * 0x100 + buf[3]);
  show("offset unchanged by pread/pwrite", S(NR_lseek, fd, 0, 1));
  show("fsync", S(NR_fsync, fd));
  show("fdatasync", S(NR_fdatasync, fd));
  show("fsync bad fd", S(NR_fsync, 999));
  S(NR_close, fd);
  show("ftruncate negative", S(NR_ftruncate, 0, -1));

  /* working directory */
  show("chdir e", S(NR_chdir, "e"));
  show_cwd("cwd");
  show_file("relative ../hh", "../hh");
  show("chdir ..", S(NR_chdir, ".."));
  show_cwd("cwd");
  show("chdir log", S(NR_chdir, "log"));
  show("chdir missing", S(NR_chdir, "missing"));
  show("fchdir e", S(NR_fchdir, dfd));
  show_cwd("cwd");
  show("fchdir a file", (fd = S(NR_open, "../log", O_RDONLY), S(NR_fchdir, fd)));
  S(NR_close, fd);
  show("chdir dlnk/.. (physical parent)", S(NR_chdir, "../dlnk/.."));
  show_cwd("cwd");
  show("getcwd buffer too small", S(NR_getcwd, buf, 2));
  S(NR_close, dfd);

  /* the whole tree, then clean up */
  dfd = S(NR_open, ".", O_RDONLY | O_DIRECTORY);
  show_dir("listing", dfd);
  S(NR_close, dfd);
  static const char *files[] = { "log", "t", "c", "m666", "m640", "lnk3", "dlnk", "loop1", "loop2",
    "hard", "r3", "hh", "e/f", "e/g", "e/sl", "d/f", "empty-target", 0 };
  for (int i = 0; files[i]; i++) S(NR_unlink, files[i]);
  static const char *dirs[] = { "e", "d", "d750", "new", 0 };
  for (int i = 0; dirs[i]; i++) S(NR_rmdir, dirs[i]);
  dfd = S(NR_open, ".", O_RDONLY | O_DIRECTORY);
  show_dir("left over", dfd);
  S(NR_close, dfd);
  show("chdir ..", S(NR_chdir, ".."));
  show("rmdir work", S(NR_rmdir, dir));
  return 0;
}
