/* The character devices every Linux system has, which programs and shells open whatever else
 * the file system holds (`2>/dev/null`, reading zeros, random seeds): /dev/null, /dev/zero,
 * /dev/full, /dev/random, /dev/urandom. Reads, writes, seeks, positional I/O, stat by path and
 * by descriptor (a character device, major 1), access, a private mapping of /dev/zero, stdout
 * redirected to /dev/null, and the errors (O_EXCL, O_DIRECTORY, ENOSPC, execve). Random bytes
 * are only counted: QEMU reads the host's. Then the links to the process's own descriptors
 * (/dev/stdout, /dev/fd/N, /proc/self/fd/N): a memfd opened again has its own offset, a pipe's
 * read end opened again reads the same pipe, a closed descriptor's link is missing, and where
 * the links lead (readlink). Standard
 * output's links are opened but not written: on Linux the link to a regular file (the
 * recording redirects to one) opens it anew, with an offset of its own. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

static int zeros(const unsigned char *b, int n)
{
	for (int k = 0; k < n; k++) if (b[k]) return 0;
	return 1;
}

static void show_stat(const char *what, const struct stat *st)
{
	printf("%s: chr %d, mode %o, major %u, minor %u, size %lld\n", what, S_ISCHR(st->st_mode) != 0,
		(unsigned)(st->st_mode & 07777), major(st->st_rdev), minor(st->st_rdev), (long long)st->st_size);
}

int main(void)
{
	static const char *const names[] = { "/dev/null", "/dev/zero", "/dev/full", "/dev/random", "/dev/urandom" };
	unsigned char buf[64];
	struct stat st;
	for (int k = 0; k < 5; k++) {
		const char *n = names[k];
		int fd = open(n, O_RDWR);
		memset(buf, 0xaa, sizeof buf);
		ssize_t r = read(fd, buf, sizeof buf);
		errno = 0;
		ssize_t w = write(fd, "hello", 5);
		int we = errno;
		printf("%s: fd %d, read %zd (zeros %d), write %zd (%s)", n, fd >= 0, r, r > 0 ? zeros(buf, (int)r) : -1, w, w < 0 ? strerror(we) : "ok");
		printf(", lseek %lld", (long long)lseek(fd, 100, SEEK_SET));
		printf(", pread %zd, pwrite %zd\n", pread(fd, buf, 8, 4), pwrite(fd, "x", 1, 9));
		fstat(fd, &st);
		show_stat("  fstat", &st);
		stat(n, &st);
		show_stat("  stat", &st);
		printf("  access R %d W %d X %d\n", access(n, R_OK), access(n, W_OK), access(n, X_OK) == 0 ? 0 : errno == EACCES);
		close(fd);
	}
	errno = 0;
	printf("O_CREAT|O_EXCL: %d %s\n", open("/dev/null", O_WRONLY | O_CREAT | O_EXCL, 0600), strerror(errno));
	errno = 0;
	printf("O_DIRECTORY: %d %s\n", open("/dev/null", O_RDONLY | O_DIRECTORY), strerror(errno));
	int zfd = open("/dev/zero", O_RDWR);
	unsigned char *p = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE, zfd, 0);
	printf("mmap /dev/zero: %d", p != MAP_FAILED);
	if (p != MAP_FAILED) { int z = zeros(p, 8192); p[100] = 7; printf(", zeros %d, written %d", z, p[100]); }
	printf("\n");
	close(zfd);
	/* stdout to /dev/null and back */
	fflush(stdout);
	int saved = dup(1), nfd = open("/dev/null", O_WRONLY);
	dup2(nfd, 1);
	printf("this line goes to /dev/null\n");
	fflush(stdout);
	dup2(saved, 1);
	close(nfd);
	close(saved);
	printf("stdout back\n");
	char *args[] = { "null", NULL };
	execv("/dev/null", args);
	printf("execve /dev/null: %s\n", strerror(errno));
	/* the random devices give bytes; reading many works in pieces */
	int rfd = open("/dev/urandom", O_RDONLY);
	static unsigned char big[1 << 16];
	size_t got = 0;
	while (got < sizeof big) { ssize_t r = read(rfd, big + got, sizeof big - got); if (r <= 0) break; got += (size_t)r; }
	printf("urandom: %zu bytes, all zero %d\n", got, zeros(big, (int)got));
	close(rfd);

	static const char *const links[] = { "/dev/stdout", "/proc/self/fd/1", "/dev/fd/1", "/dev/stderr" };
	struct stat one;
	fstat(1, &one);
	for (int k = 0; k < 4; k++) {
		int ofd = open(links[k], O_WRONLY | O_APPEND);
		fstat(ofd, &st);
		printf("%s: %d, the same file as stdout %d\n", links[k], ofd > 2, k == 3 || (st.st_dev == one.st_dev && st.st_ino == one.st_ino));
		close(ofd);
	}
	char path[64], got3[8] = { 0 };
	int mfd = memfd_create("m", 0);
	write(mfd, "abcdef", 6);
	snprintf(path, sizeof path, "/proc/self/fd/%d", mfd);
	int again = open(path, O_RDWR);
	read(again, got3, 3);
	stat(path, &st);
	printf("memfd again: read '%s', offsets %lld and %lld, regular %d, size %lld\n", got3,
		(long long)lseek(mfd, 0, SEEK_CUR), (long long)lseek(again, 0, SEEK_CUR), S_ISREG(st.st_mode) != 0, (long long)st.st_size);
	char lk[128];
	ssize_t ln = readlink(path, lk, sizeof lk - 1);
	lk[ln < 0 ? 0 : ln] = 0;
	printf("memfd's link: %s\n", lk);
	ln = readlink("/dev/stdout", lk, sizeof lk - 1);
	lk[ln < 0 ? 0 : ln] = 0;
	printf("/dev/stdout's link: %s\n", lk);
	int nul = open("/dev/null", O_RDONLY);
	snprintf(path, sizeof path, "/proc/self/fd/%d", nul);
	ln = readlink(path, lk, sizeof lk - 1);
	lk[ln < 0 ? 0 : ln] = 0;
	printf("/dev/null's descriptor's link: %s\n", lk);
	close(nul);
	close(again);
	close(mfd);
	int pp[2];
	pipe(pp);
	snprintf(path, sizeof path, "/dev/fd/%d", pp[0]);
	int rd = open(path, O_RDONLY);
	write(pp[1], "xyz", 3);
	memset(got3, 0, sizeof got3);
	printf("pipe again: %zd '%s'\n", read(rd, got3, sizeof got3 - 1), got3);
	close(rd);
	close(pp[0]);
	close(pp[1]);
	errno = 0;
	printf("/dev/fd/99: %d %s\n", open("/dev/fd/99", O_RDONLY), strerror(errno));
	return 0;
}
