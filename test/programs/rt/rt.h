/* rt.h - tiny freestanding runtime for ppcemu test programs (ppc32 SysV, ppc64 ELFv1, ppc64le ELFv2).
 * Link: rt.c + start.S (scripts/rebuild-tests.sh does this). No libc, no libgcc.
 * Output goes through a small buffer that is flushed at every '\n', when full, and at exit. */
#ifndef PPCEMU_RT_H
#define PPCEMU_RT_H
#include <stdint.h>
#include <stddef.h>

void rt_putc(char c);
void rt_puts(const char *s);           /* no newline appended */
void rt_hex32(uint32_t v);             /* 8 lowercase hex digits, no 0x */
void rt_hex64(uint64_t v);             /* 16 lowercase hex digits, no 0x */
void rt_hex8(uint32_t v);              /* 2 lowercase hex digits (low byte) */
void rt_dec(long v);                   /* signed decimal */
void rt_udec(unsigned long v);         /* unsigned decimal */
void rt_nl(void);                      /* '\n' (flushes) */
void rt_flush(void);
void rt_exit(int status) __attribute__((noreturn));   /* flush, then exit_group */

/* "label=" then 8/16 hex digits then newline: the usual way to print one result. */
void rt_show32(const char *label, uint32_t v);
void rt_show64(const char *label, uint64_t v);

/* Raw system call (powerpc Linux: r0 = number, r3..r8 = args; returns r3, or -errno if CR0[SO]). */
long rt_syscall(long nr, long a1, long a2, long a3, long a4, long a5, long a6);

/* gcc may emit calls to these even in freestanding code. */
void *memcpy(void *d, const void *s, size_t n);
void *memmove(void *d, const void *s, size_t n);
void *memset(void *d, int c, size_t n);
int memcmp(const void *a, const void *b, size_t n);
size_t rt_strlen(const char *s);

/* A benchmark's repetition count: argv[1] as a decimal number, 1 when absent, 0 or not a number. */
static inline unsigned long rt_reps(int argc, char **argv) {
  unsigned long n = 0;
  for (const char *d = argc > 1 ? argv[1] : ""; *d >= '0' && *d <= '9'; d++) n = 10 * n + (unsigned long)(*d - '0');
  return n ? n : 1;
}

int main();   /* int main(void) or int main(int argc, char **argv, char **envp) */
#endif
