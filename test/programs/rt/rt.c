/* Freestanding runtime for ppcemu test programs. See rt.h. */
#include "rt.h"

#define NOLIBCALL __attribute__((optimize("no-tree-loop-distribute-patterns")))

static char rt_buf[1024];
static unsigned rt_len;

long rt_syscall(long nr, long a1, long a2, long a3, long a4, long a5, long a6)
{
    register long r0 __asm__("r0") = nr;
    register long r3 __asm__("r3") = a1;
    register long r4 __asm__("r4") = a2;
    register long r5 __asm__("r5") = a3;
    register long r6 __asm__("r6") = a4;
    register long r7 __asm__("r7") = a5;
    register long r8 __asm__("r8") = a6;
    long cr;
    __asm__ __volatile__("sc\n\tmfcr %7"
                         : "+r"(r0), "+r"(r3), "+r"(r4), "+r"(r5), "+r"(r6), "+r"(r7), "+r"(r8), "=r"(cr)
                         :
                         : "r9", "r10", "r11", "r12", "cr0", "ctr", "memory");
    if (cr & 0x10000000L) return -r3;   /* CR0[SO]: r3 holds a positive errno */
    return r3;
}

void rt_flush(void)
{
    unsigned off = 0;
    while (off < rt_len) {
        long n = rt_syscall(4 /* write */, 1, (long)(rt_buf + off), (long)(rt_len - off), 0, 0, 0);
        if (n <= 0) break;
        off += (unsigned)n;
    }
    rt_len = 0;
}

void rt_exit(int status)
{
    rt_flush();
    for (;;) rt_syscall(234 /* exit_group */, status, 0, 0, 0, 0, 0);
}

void rt_putc(char c)
{
    if (rt_len == sizeof rt_buf) rt_flush();
    rt_buf[rt_len++] = c;
    if (c == '\n') rt_flush();
}

void rt_puts(const char *s)
{
    while (*s) rt_putc(*s++);
}

void rt_nl(void) { rt_putc('\n'); }

static const char rt_digits[] = "0123456789abcdef";

void rt_hex32(uint32_t v)
{
    for (int sh = 28; sh >= 0; sh -= 4) rt_putc(rt_digits[(v >> sh) & 15]);
}

void rt_hex64(uint64_t v)
{
    rt_hex32((uint32_t)(v >> 32));
    rt_hex32((uint32_t)v);
}

void rt_hex8(uint32_t v)
{
    rt_putc(rt_digits[(v >> 4) & 15]);
    rt_putc(rt_digits[v & 15]);
}

void rt_udec(unsigned long v)
{
    char tmp[24];
    int n = 0;
    do {
        tmp[n++] = (char)('0' + v % 10);   /* unsigned long division is native on both widths */
        v /= 10;
    } while (v);
    while (n) rt_putc(tmp[--n]);
}

void rt_dec(long v)
{
    if (v < 0) {
        rt_putc('-');
        rt_udec(0UL - (unsigned long)v);
    } else {
        rt_udec((unsigned long)v);
    }
}

void rt_show32(const char *label, uint32_t v)
{
    rt_puts(label);
    rt_putc('=');
    rt_hex32(v);
    rt_nl();
}

void rt_show64(const char *label, uint64_t v)
{
    rt_puts(label);
    rt_putc('=');
    rt_hex64(v);
    rt_nl();
}

NOLIBCALL void *memcpy(void *d, const void *s, size_t n)
{
    unsigned char *dp = d;
    const unsigned char *sp = s;
    while (n--) *dp++ = *sp++;
    return d;
}

NOLIBCALL void *memmove(void *d, const void *s, size_t n)
{
    unsigned char *dp = d;
    const unsigned char *sp = s;
    if (dp < sp) {
        while (n--) *dp++ = *sp++;
    } else {
        while (n) { n--; dp[n] = sp[n]; }
    }
    return d;
}

NOLIBCALL void *memset(void *d, int c, size_t n)
{
    unsigned char *dp = d;
    while (n--) *dp++ = (unsigned char)c;
    return d;
}

NOLIBCALL int memcmp(const void *a, const void *b, size_t n)
{
    const unsigned char *x = a, *y = b;
    for (; n; n--, x++, y++)
        if (*x != *y) return *x < *y ? -1 : 1;
    return 0;
}

size_t rt_strlen(const char *s)
{
    size_t n = 0;
    while (s[n]) n++;
    return n;
}
