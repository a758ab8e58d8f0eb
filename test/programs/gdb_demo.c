// The debugger tests' program (test/gdb.test.ts): symbols and debug info kept, -O0 so every
// variable lives in memory where gdb finds it. `bump` writes the global `counter` (the watched
// variable); with the argument `crash` it dies of SIGSEGV inside `crash_here` (core files).
// STRIP: no
// CFLAGS: -O0
#include "rt.h"

int counter;
long total;
struct point { int x, y; } origin = { 3, 4 };

int bump(int by)
{
    int before = counter;
    counter = before + by;
    return counter;
}

void crash_here(int depth)
{
    volatile int *p = (volatile int *)(unsigned long)(0x100 + depth);
    *p = depth;
}

int main(int argc, char **argv)
{
    int i;
    for (i = 1; i <= 5; i++) total += bump(i);
    rt_puts("counter="); rt_dec(counter); rt_nl();
    rt_puts("total="); rt_dec(total); rt_nl();
    rt_puts("origin="); rt_dec(origin.x); rt_putc(','); rt_dec(origin.y); rt_nl();
    if (argc > 1 && argv[1][0] == 'c') crash_here(7);
    return counter == 15 ? 0 : 1;
}
