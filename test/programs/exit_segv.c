// An unhandled SIGSEGV (store to an unmapped address) kills the process: status 139 (128+11).
// The line printed first must appear (rt flushes at each newline).
#include "rt.h"

int main(void)
{
    rt_puts("before the fault"); rt_nl();
    *(volatile int *)(unsigned long)0x100 = 1;
    rt_puts("not reached"); rt_nl();
    return 0;
}
