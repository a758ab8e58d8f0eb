// An unhandled trap instruction (__builtin_trap emits `trap`, i.e. tw 31,0,0) raises SIGTRAP:
// status 133 (128+5).
#include "rt.h"

int main(void)
{
    rt_puts("before the trap"); rt_nl();
    __builtin_trap();
}
