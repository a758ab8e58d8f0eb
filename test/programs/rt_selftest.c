// Smoke test of the freestanding runtime and of process start-up (argc/argv/envp).
// ARGS: one two-words three
#include "rt.h"

static int zeroed[64];            /* .bss must be zero */
static int inited = 12345;        /* .data */

int main(int argc, char **argv, char **envp)
{
    rt_puts("argc="); rt_dec(argc); rt_nl();
    for (int i = 0; i < argc; i++) { rt_puts("argv["); rt_dec(i); rt_puts("]="); rt_puts(argv[i]); rt_nl(); }
    rt_puts("argv[argc]="); rt_hex64((uint64_t)(unsigned long)argv[argc]); rt_nl();
    int envc = 0;
    while (envp[envc]) { rt_puts("env: "); rt_puts(envp[envc]); rt_nl(); envc++; }
    rt_puts("envc="); rt_dec(envc); rt_nl();
    int z = 0;
    for (int i = 0; i < 64; i++) z |= zeroed[i];
    rt_show32("bss", (uint32_t)z);
    rt_show32("data", (uint32_t)inited);
    rt_show32("hex32", 0xdeadbeef);
    rt_show64("hex64", 0x0123456789abcdefULL);
    rt_puts("hex8="); rt_hex8(0x1a5); rt_nl();
    rt_puts("dec: "); rt_dec(0); rt_putc(' '); rt_dec(-1234567); rt_putc(' ');
    rt_dec((long)(~0UL >> 1)); rt_putc(' '); rt_dec(-(long)(~0UL >> 1) - 1); rt_putc(' ');
    rt_udec(~0UL); rt_nl();
    /* struct copy and zero-init: the compiler may call memcpy/memset */
    struct { int a[40]; } s1, s2;
    for (int i = 0; i < 40; i++) s1.a[i] = i * 3 + inited;
    s2 = s1;
    int sum = 0;
    for (int i = 0; i < 40; i++) sum += s2.a[i];
    rt_show32("sum", (uint32_t)sum);
    /* stack alignment at main: 16 bytes */
    char probe __attribute__((aligned(16)));
    rt_show32("sp16", (uint32_t)((unsigned long)&probe & 15));
    /* a long line to cross the output buffer */
    for (int i = 0; i < 1500; i++) rt_putc((char)('a' + i % 26));
    rt_nl();
    rt_puts("no newline at exit");
    return 7;
}
