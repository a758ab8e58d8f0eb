// The debugger's long-running program (test/gdb.test.ts, test/breakpoints.test.ts, bench/gdb.ts):
// a loop of a million calls to `mix`, then one call to `late` at its last iteration, so a
// breakpoint there is reached only after tens of millions of instructions. With an argument the
// loop never ends (gdb interrupts it with Ctrl-C). Symbols kept, -O0.
// STRIP: no
// CFLAGS: -O0
#include "rt.h"

unsigned long marker;

unsigned long mix(unsigned long x, unsigned long i)
{
    return x * 2654435761u + (i ^ (x >> 7));
}

void late(unsigned long i)
{
    marker = i;
}

int main(int argc, char **argv)
{
    unsigned long n = argc > 1 ? ~0ul : 1000000, x = 1, i;
    for (i = 0; i < n; i++) {
        x = mix(x, i);
        if (i == 999999) late(i);
    }
    rt_puts("x="); rt_hex64(x); rt_nl();
    rt_puts("marker="); rt_udec(marker); rt_nl();
    return 0;
}
