// Checkpoint cut points: a SIGUSR1 handler (installed with rt_sigaction, raised with kill and
// tgkill) that runs for a while, printing as it goes. test/checkpoint-cuts.test.ts checkpoints
// inside the handler (after the frame is set up, before rt_sigreturn); the restored process must
// return from the handler into the interrupted code with its registers intact.
#include "rt.h"

#define NR_getpid 20
#define NR_kill 37
#define NR_rt_sigaction 173
#define NR_gettid 207
#define NR_tgkill 250
#define SIGUSR1 10

/* The kernel's struct sigaction on powerpc: handler, flags, restorer, mask (64-bit sigset). */
struct ksigaction {
    unsigned long handler;
    unsigned long flags;
    unsigned long restorer;
    uint64_t mask;
};

static volatile uint32_t hits, acc = 1;

static void handler(int sig)
{
    uint32_t x = acc;
    hits++;
    rt_puts("handler sig="); rt_dec(sig); rt_puts(" hit="); rt_dec((long)hits); rt_nl();
    for (uint32_t i = 0; i < 300; i++) {           /* a while: a few thousand instructions */
        x = x * 1664525u + 1013904223u + i;
        if (i % 100 == 99) { rt_puts("  step "); rt_hex32(x); rt_nl(); }
    }
    acc = x;
}

int main(void)
{
    struct ksigaction sa = { (unsigned long)handler, 0, 0, 0 };
    long r = rt_syscall(NR_rt_sigaction, SIGUSR1, (long)&sa, 0, 8, 0, 0);
    rt_puts("sigaction="); rt_dec(r); rt_nl();
    long pid = rt_syscall(NR_getpid, 0, 0, 0, 0, 0, 0);
    long tid = rt_syscall(NR_gettid, 0, 0, 0, 0, 0, 0);
    /* values live across the signal in callee-saved registers and memory */
    uint32_t live = 0x5a5a0000u;
    for (int k = 0; k < 5; k++) {
        long rk = k & 1 ? rt_syscall(NR_tgkill, pid, tid, SIGUSR1, 0, 0, 0)
                        : rt_syscall(NR_kill, pid, SIGUSR1, 0, 0, 0, 0);
        live += (uint32_t)k * 0x111u;
        rt_puts("raised k="); rt_dec(k); rt_puts(" r="); rt_dec(rk); rt_puts(" live="); rt_hex32(live);
        rt_puts(" acc="); rt_hex32(acc); rt_nl();
    }
    rt_puts("hits="); rt_dec((long)hits); rt_nl();
    return (int)(acc & 0x7f);
}
