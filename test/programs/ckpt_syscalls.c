// Checkpoint cut points: a long run of system calls (write, getpid, clock_gettime in a loop) with
// little code between them. test/checkpoint-cuts.test.ts checkpoints at counts in the middle of
// the run, including right at and right after an sc instruction. Nothing host-dependent is printed
// (no pid, no time values): only return codes and sanity checks.
#include "rt.h"

#define NR_write 4
#define NR_getpid 20
#define NR_clock_gettime 246

int main(void)
{
    static const char digits[] = "0123456789";
    char line[4];
    long bad = 0, pid0 = rt_syscall(NR_getpid, 0, 0, 0, 0, 0, 0);
    for (int i = 0; i < 60; i++) {
        line[0] = 's'; line[1] = digits[i % 10]; line[2] = i % 10 == 9 ? '\n' : ' ';
        long w = rt_syscall(NR_write, 1, (long)line, 3, 0, 0, 0);
        long pid = rt_syscall(NR_getpid, 0, 0, 0, 0, 0, 0);
        long ts[2] = { -1, -1 };
        long c = rt_syscall(NR_clock_gettime, 1 /* CLOCK_MONOTONIC */, (long)ts, 0, 0, 0, 0);
        if (w != 3) bad |= 1;
        if (pid != pid0 || pid <= 0) bad |= 2;
        if (c != 0 || ts[0] < 0 || (unsigned long)ts[1] >= 1000000000ul) bad |= 4;
    }
    rt_puts("bad="); rt_dec(bad); rt_nl();
    return (int)bad;
}
