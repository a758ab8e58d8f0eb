/* glibc grab-bag: malloc/realloc/calloc/free churn, qsort, the string functions over many sizes
 * and alignments (checked against naive loops), setjmp/longjmp, recursion, function pointers,
 * signal handlers (SIGSEGV with siginfo + siglongjmp, SIGTRAP/SIGILL resumed by editing the
 * ucontext, raise(SIGUSR1) while blocked), atexit, and exit(3).
 * Built with -fno-builtin -fno-tree-loop-distribute-patterns: the naive reference loops must stay loops. */
// CFLAGS: -fno-builtin -fno-tree-loop-distribute-patterns -Wno-infinite-recursion -Wno-array-bounds -Wno-stringop-overflow
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <setjmp.h>
#include <signal.h>
#include <unistd.h>
#include <ucontext.h>

static uint32_t rng = 0x12345678;
static uint32_t rnd(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 17;
    rng ^= rng << 5;
    return rng;
}

static uint32_t hash = 2166136261u;
static void mix(uint32_t v)
{
    for (int i = 0; i < 4; i++) {
        hash ^= (v >> (8 * i)) & 0xff;
        hash *= 16777619u;
    }
}

/* ---------------------------------------------------------------- malloc */
static void heap(void)
{
    enum { SLOTS = 128 };
    static unsigned char *p[SLOTS];
    static size_t sz[SLOTS];
    unsigned bad = 0, misaligned = 0, big = 0, reallocs = 0;
    for (int it = 0; it < 1500; it++) {
        unsigned k = rnd() % SLOTS;
        if (p[k]) {
            for (size_t i = 0; i < sz[k]; i += 61) bad += p[k][i] != (unsigned char)(k + i);
            if (rnd() % 4 == 0) {
                size_t n = rnd() % 2000 + 1;
                unsigned char *q = realloc(p[k], n);
                size_t keep = n < sz[k] ? n : sz[k];
                for (size_t i = 0; i < keep; i += 61) bad += q[i] != (unsigned char)(k + i);
                for (size_t i = 0; i < n; i += 61) q[i] = (unsigned char)(k + i);
                p[k] = q; sz[k] = n; reallocs++;
                continue;
            }
            free(p[k]);
            p[k] = 0;
        } else {
            uint32_t r = rnd();
            size_t n = (r % 16 == 0) ? 150000 + r % 100000 : (r % 4 == 0 ? r % 16 + 1 : r % 2048 + 1);
            if (n >= 150000) big++;
            unsigned char *q;
            if (r % 8 == 1) {
                q = calloc(n, 1);
                for (size_t i = 0; i < n; i += 127) bad += q[i] != 0;
            } else {
                q = malloc(n);
            }
            misaligned += ((uintptr_t)q & (2 * sizeof(size_t) - 1)) != 0;
            for (size_t i = 0; i < n; i += 61) q[i] = (unsigned char)(k + i);
            p[k] = q; sz[k] = n;
        }
    }
    size_t live = 0;
    for (int k = 0; k < SLOTS; k++) { live += p[k] ? sz[k] : 0; free(p[k]); p[k] = 0; }
    printf("heap: bad=%u misaligned=%u big=%u reallocs=%u live=%zu\n", bad, misaligned, big, reallocs, live);
}

/* ---------------------------------------------------------------- qsort */
static int cmp_int(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}
static int cmp_str(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }
struct rec { int key; int seq; };
static int cmp_rec(const void *a, const void *b)
{
    const struct rec *x = a, *y = b;
    if (x->key != y->key) return x->key < y->key ? -1 : 1;
    return (x->seq > y->seq) - (x->seq < y->seq);
}

static void sorting(void)
{
    static int v[2000];
    for (int i = 0; i < 2000; i++) v[i] = (int)(rnd() % 100000) - 50000;
    qsort(v, 2000, sizeof v[0], cmp_int);
    int ok = 1;
    uint32_t h = 0;
    for (int i = 0; i < 2000; i++) { if (i && v[i - 1] > v[i]) ok = 0; h = h * 31 + (uint32_t)v[i]; }
    printf("qsort int: sorted=%d min=%d max=%d hash=%08x\n", ok, v[0], v[1999], h);
    static char words[200][12];
    static char *wp[200];
    for (int i = 0; i < 200; i++) {
        int len = 1 + rnd() % 10;
        for (int j = 0; j < len; j++) words[i][j] = (char)('a' + rnd() % 6);
        words[i][len] = 0;
        wp[i] = words[i];
    }
    qsort(wp, 200, sizeof wp[0], cmp_str);
    printf("qsort str: %s %s %s ... %s %s\n", wp[0], wp[1], wp[2], wp[198], wp[199]);
    static struct rec r[500];
    for (int i = 0; i < 500; i++) { r[i].key = (int)(rnd() % 20); r[i].seq = i; }
    qsort(r, 500, sizeof r[0], cmp_rec);
    h = 0;
    for (int i = 0; i < 500; i++) h = h * 33 + (uint32_t)(r[i].key * 1000 + r[i].seq);
    printf("qsort rec: first=%d/%d last=%d/%d hash=%08x\n", r[0].key, r[0].seq, r[499].key, r[499].seq, h);
}

/* ---------------------------------------------------------------- strings */
static size_t n_strlen(const char *s) { size_t n = 0; while (s[n]) n++; return n; }
static int sgn(int x) { return (x > 0) - (x < 0); }

static unsigned char A[400], B[400], C[400];
static void fill(unsigned char *b, size_t n, uint32_t seed)
{
    for (size_t i = 0; i < n; i++) { seed = seed * 1103515245u + 12345u; b[i] = (unsigned char)(1 + (seed >> 16) % 250); }
}

static const size_t sizes[] = { 0, 1, 2, 3, 4, 5, 7, 8, 9, 15, 16, 17, 31, 32, 33, 63, 64, 65, 100, 128, 255, 300 };
#define NSIZES (sizeof sizes / sizeof sizes[0])

static void strfuncs(void)
{
    unsigned err[16] = { 0 };
    static const char *names[16] = { "memcpy", "memmove", "memset", "strlen", "strchr", "strrchr", "memchr",
        "strcmp", "strncmp", "memcmp", "strcpy", "strstr", "strncpy", "strcat", "strnlen", "memrchr" };
    for (unsigned si = 0; si < NSIZES; si++) {
        size_t n = sizes[si];
        for (unsigned sa = 0; sa < 16; sa += (n > 64 ? 5 : n > 16 ? 2 : 1)) {
            for (unsigned da = 0; da < 16; da += 5) {
                size_t span = 64 + 16 + n + 16;
                fill(A, span, (uint32_t)(n * 131 + sa * 7 + da));
                memcpy(B, A, span);
                memcpy(B + 64 + da, A + 64 + sa, n);                      /* memcpy */
                for (size_t i = 56; i < 64 + 16 + n + 8; i++) {
                    unsigned char want = (i >= 64 + da && i < 64 + da + n) ? A[i - da + sa] : A[i];
                    err[0] += B[i] != want;
                }
                memcpy(C, A, span);                                       /* memmove, overlapping */
                memmove(C + 64 + da, C + 64 + sa, n);
                for (size_t i = 0; i < n; i++) err[1] += C[64 + da + i] != A[64 + sa + i];
                memset(C + 64 + sa, (int)(0x100 + n), n);                 /* memset: only the low byte */
                for (size_t i = 60; i < 64 + sa + n + 4; i++)
                    err[2] += C[i] != ((i >= 64 + sa && i < 64 + sa + n) ? (unsigned char)n : (i < 64 + da || i >= 64 + da + n ? A[i] : A[i - da + sa]));
            }
            /* NUL-terminated string of length n starting at alignment sa */
            fill(A, 32 + 16 + n + 1, (uint32_t)(n * 17 + sa));
            char *s = (char *)A + 32 + sa;
            s[n] = 0;   /* s + n < A + 400 */
            err[3] += strlen(s) != n;
            err[14] += strnlen(s, n / 2) != n / 2 || strnlen(s, n + 5) != n;
            if (n) {
                char c = s[n - 1], first = s[0];
                char *w = 0, *l = 0;
                for (size_t i = 0; i < n; i++) { if (s[i] == c && !w) w = s + i; if (s[i] == first) l = s + i; }
                err[4] += strchr(s, c) != w;
                err[5] += strrchr(s, first) != l;
                err[6] += memchr(s, c, n) != w;
                err[15] += memrchr(s, first, n) != l;
            }
            err[4] += strchr(s, 0) != s + n || strchr(s, 0xff) != 0;   /* fill() never makes 0xff */
            err[5] += strrchr(s, 0xfe + 1) != 0;
            err[6] += memchr(s, 0xff, n) != 0;
            /* comparisons: copies at other alignments, then a difference at each position */
            char *t = (char *)B + 48 + (sa * 5) % 16;
            strcpy(t, s);
            err[10] += memcmp(t, s, n + 1) != 0;
            err[7] += strcmp(s, t) != 0;
            err[8] += strncmp(s, t, n + 3) != 0;
            err[9] += memcmp(s, t, n) != 0;
            for (size_t k = 0; k < n; k += (n > 16 ? 5 : 1)) {
                unsigned char old = (unsigned char)t[k];
                t[k] = (char)(old == 0xfa ? 0x01 : old + 1);
                int want = (unsigned char)s[k] < (unsigned char)t[k] ? -1 : 1;
                err[7] += sgn(strcmp(s, t)) != want || sgn(strcmp(t, s)) != -want;
                err[8] += sgn(strncmp(s, t, k + 1)) != want || strncmp(s, t, k) != 0;
                err[9] += sgn(memcmp(s, t, n)) != want || memcmp(s, t, k) != 0;
                t[k] = (char)old;
            }
            if (n >= 4) {                                                 /* strstr of inner pieces */
                size_t off = n / 3, len = n - off < 9 ? n - off : 9;
                char needle[16];
                memcpy(needle, s + off, len);
                needle[len] = 0;
                char *want = 0;
                for (size_t i = 0; i + len <= n && !want; i++) if (memcmp(s + i, needle, len) == 0) want = s + i;
                err[11] += strstr(s, needle) != want;
                needle[len - 1] = (char)0xfc;
                want = 0;
                for (size_t i = 0; i + len <= n && !want; i++) if (memcmp(s + i, needle, len) == 0) want = s + i;
                err[11] += strstr(s, needle) != want;
            }
            err[11] += strstr(s, "") != s;
            memset(C, 0x55, 400);                                         /* strncpy pads with NULs */
            strncpy((char *)C + 8 + sa, s, n + 10);
            for (size_t i = 0; i < n + 10; i++) err[12] += C[8 + sa + i] != (i < n ? (unsigned char)s[i] : 0);
            err[12] += C[8 + sa + n + 10] != 0x55;
            memset(C, 0x55, 400);
            strcpy((char *)C + 3, "xyz");
            strcat((char *)C + 3, s);
            err[13] += n_strlen((char *)C + 3) != n + 3 || memcmp(C + 6, s, n + 1) != 0;
            mix((uint32_t)n);
        }
    }
    for (int i = 0; i < 16; i++) printf("%s%s=%u", i ? " " : "strings: ", names[i], err[i]);
    printf("\n");
}

/* ---------------------------------------------------------------- control flow */
static jmp_buf jb;
static int depth_reached;
static void dive(int d)
{
    volatile char pad[64];
    pad[d % 64] = (char)d;
    if (d == 50) { depth_reached = d + pad[d % 64] - d; longjmp(jb, 0); }   /* 0 becomes 1 */
    dive(d + 1);
}

static unsigned long ack(unsigned long m, unsigned long n)
{
    if (m == 0) return n + 1;
    if (n == 0) return ack(m - 1, 1);
    return ack(m - 1, ack(m, n - 1));
}
static long fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

static long op_add(long a, long b) { return a + b; }
static long op_sub(long a, long b) { return a - b; }
static long op_mul(long a, long b) { return a * b; }
static long op_div(long a, long b) { return b ? a / b : 0; }
static long op_mod(long a, long b) { return b ? a % b : 0; }
struct op { const char *name; long (*fn)(long, long); };

static void control(void)
{
    volatile int counter = 0;
    int r = setjmp(jb);
    counter++;
    if (r == 0) dive(0);
    printf("setjmp: r=%d counter=%d depth=%d\n", r, counter, depth_reached);
    r = setjmp(jb);
    if (r < 5) longjmp(jb, r + 1);
    printf("setjmp loop: r=%d\n", r);
    printf("ackermann(2,3)=%lu ackermann(3,4)=%lu fib(20)=%ld\n", ack(2, 3), ack(3, 4), fib(20));
    static const struct op ops[] = { { "add", op_add }, { "sub", op_sub }, { "mul", op_mul },
        { "div", op_div }, { "mod", op_mod } };
    long acc = 7;
    for (int i = 0; i < 40; i++) {
        const struct op *o = &ops[(unsigned)(i * 7 + acc) % 5];
        long b = (long)(rnd() % 97) - 40;
        acc = o->fn(acc, b) % 1000003;
        if (i % 8 == 7) printf("fnptr %s -> %ld\n", o->name, acc);
    }
}

/* ---------------------------------------------------------------- signals */
static sigjmp_buf sjb;
static volatile int got_signo, got_code;
static volatile void *got_addr;

static void on_segv(int sig, siginfo_t *si, void *uc)
{
    (void)uc;
    got_signo = sig;
    got_code = si->si_code;
    got_addr = si->si_addr;
    siglongjmp(sjb, 1);
}

static unsigned long *nip_and_r3(void *ucv, unsigned long **r3)
{
    ucontext_t *uc = ucv;
#ifdef __powerpc64__
    *r3 = (unsigned long *)&uc->uc_mcontext.gp_regs[3];
    return (unsigned long *)&uc->uc_mcontext.gp_regs[32];
#else
    *r3 = (unsigned long *)&uc->uc_mcontext.uc_regs->gregs[3];
    return (unsigned long *)&uc->uc_mcontext.uc_regs->gregs[32];
#endif
}

static volatile unsigned long trap_nip;
static void on_resume(int sig, siginfo_t *si, void *uc)
{
    unsigned long *r3, *nip = nip_and_r3(uc, &r3);
    got_signo = sig;
    got_code = si->si_code;
    got_addr = si->si_addr;
    trap_nip = *nip;
    *r3 = *r3 * 3 + sig;     /* visible to the interrupted code after sigreturn */
    *nip += 4;               /* skip the faulting instruction */
}

static volatile int usr1_count, usr1_code, usr1_pid_ok;
static void on_usr1(int sig, siginfo_t *si, void *uc)
{
    (void)uc;
    usr1_count += sig == SIGUSR1;
    usr1_code = si->si_code;
    usr1_pid_ok = si->si_pid == getpid();
}

static void signals(void)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = on_segv;
    sa.sa_flags = SA_SIGINFO;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGSEGV, &sa, 0);

    volatile int *bad = (volatile int *)(uintptr_t)0x10;
    if (sigsetjmp(sjb, 1) == 0) { *bad = 1; printf("no fault?\n"); }
    printf("SIGSEGV write unmapped: sig=%d code=%d addr_ok=%d\n", got_signo, got_code, got_addr == (void *)bad);

    got_signo = 0;
    volatile char *ro = (volatile char *)"read-only string" + 5;
    if (sigsetjmp(sjb, 1) == 0) { *ro = 'X'; printf("no fault?\n"); }
    /* Hand-checked (test/golden/<target>/glibc-libc_misc.stdout.handchecked): a write to a mapped
       read-only page is a protection fault, so Linux's do_page_fault reports SEGV_ACCERR (2);
       QEMU 7.2 user mode reports SEGV_MAPERR (1). */
    printf("SIGSEGV write read-only: sig=%d code=%d addr_ok=%d\n", got_signo, got_code, got_addr == (void *)ro);

    got_signo = 0;
    volatile int *far = (volatile int *)(uintptr_t)0x7000;
    if (sigsetjmp(sjb, 1) == 0) { int x = *far; printf("no fault? %d\n", x); }
    printf("SIGSEGV read unmapped: sig=%d code=%d addr_ok=%d\n", got_signo, got_code, got_addr == (void *)far);

    /* the mask is restored by siglongjmp (sigsetjmp(.., 1)): a second fault is still caught */
    sigset_t cur;
    sigprocmask(SIG_BLOCK, 0, &cur);
    printf("SIGSEGV blocked after siglongjmp: %d\n", sigismember(&cur, SIGSEGV));

    sa.sa_sigaction = on_resume;
    sigaction(SIGTRAP, &sa, 0);
    sigaction(SIGILL, &sa, 0);
    unsigned long r3v, where;
    got_signo = 0;
    __asm__ volatile("li 3, 100\n\tbl 1f\n1:\tmflr %1\n\ttrap\n\tmr %0, 3"
                     : "=r"(r3v), "=r"(where) : : "r3", "lr", "memory");
    printf("SIGTRAP: sig=%d code=%d nip_ok=%d addr_ok=%d r3=%lu\n", got_signo, got_code, trap_nip == where + 4,
           got_addr == (void *)(where + 4), r3v);
    got_signo = 0;
    __asm__ volatile("li 3, 7\n\tbl 1f\n1:\tmflr %1\n\t.long 0\n\tmr %0, 3"
                     : "=r"(r3v), "=r"(where) : : "r3", "lr", "memory");
    printf("SIGILL: sig=%d code=%d nip_ok=%d addr_ok=%d r3=%lu\n", got_signo, got_code, trap_nip == where + 4,
           got_addr == (void *)(where + 4), r3v);

    sa.sa_sigaction = on_usr1;
    sigaction(SIGUSR1, &sa, 0);
    raise(SIGUSR1);
    printf("SIGUSR1: count=%d code=%d pid_ok=%d\n", usr1_count, usr1_code, usr1_pid_ok);
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGUSR1);
    sigprocmask(SIG_BLOCK, &set, 0);
    raise(SIGUSR1);
    raise(SIGUSR1);                           /* standard signals do not queue */
    sigset_t pend;
    sigpending(&pend);
    printf("SIGUSR1 blocked: count=%d pending=%d\n", usr1_count, sigismember(&pend, SIGUSR1));
    sigprocmask(SIG_UNBLOCK, &set, 0);
    printf("SIGUSR1 unblocked: count=%d\n", usr1_count);
    signal(SIGUSR1, SIG_IGN);
    raise(SIGUSR1);
    printf("SIGUSR1 ignored: count=%d\n", usr1_count);
}

static void bye1(void) { printf("atexit 1 (runs last)\n"); }
static void bye2(void) { printf("atexit 2 (runs first)\n"); }

int main(void)
{
    heap();
    sorting();
    strfuncs();
    control();
    signals();
    printf("hash=%08x\n", hash);
    atexit(bye1);
    atexit(bye2);
    printf("exit(3) with buffered output");
    exit(3);
}
