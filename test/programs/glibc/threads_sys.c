/* Threads and the kernel: gettid/getpid, signals directed at a thread (pthread_kill) and
 * per-thread signal masks, signals that find a thread waiting on a futex (sent to it, or to the
 * process while the sender blocks them), sigwait in a thread and sigtimedwait (a pending signal
 * with its siginfo, a timeout), futex operations made directly (EAGAIN, timeouts, bitsets, REQUEUE,
 * CMP_REQUEUE, WAKE_OP), timed waits that expire (mutex, condition variable, semaphore),
 * nanosleep in a thread, sched_yield turn-taking, and the end: main leaves with pthread_exit, a
 * thread joins it (the kernel's clear-tid wake on main's exit) and ends the process with exit(5).
 * Only results that do not depend on scheduling are printed.
 *
 * ppc32 and ppc64 have hand-checked expectations: QEMU hands FUTEX_WAKE_OP to the host kernel,
 * which applies the operation to the futex word in the host's (little-endian) byte order, so on
 * a big-endian guest "b = 10; b += 5" gives 0x0500000a. Linux applies the operation to the
 * native 32-bit word (futex_atomic_op_inuser, kernel/futex/waitwake.c): b = 15, and OR 1<<4
 * gives 31, as QEMU shows for ppc64le. */
#define _GNU_SOURCE
#include <errno.h>
#include <limits.h>
#include <linux/futex.h>
#include <pthread.h>
#include <semaphore.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

static long futex(uint32_t *uaddr, int op, uint32_t val, const struct timespec *ts, uint32_t *uaddr2, uint32_t val3)
{
    long r = syscall(SYS_futex, uaddr, op, val, ts, uaddr2, val3);
    return r < 0 ? -errno : r;
}

static long long monotonic_ns(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1000000000LL + t.tv_nsec;
}

/* FUTEX_OP without its signed-shift warning */
static uint32_t futex_op(uint32_t op, uint32_t oparg, uint32_t cmp, uint32_t cmparg)
{
    return (op & 15) << 28 | (cmp & 15) << 24 | (oparg & 0xfff) << 12 | (cmparg & 0xfff);
}

/* ---- ids and directed signals ---- */
static pid_t main_pid;
static volatile int usr1_tid, usr2_tid;
static __thread volatile int got_usr1;
static volatile int stop_spin;

static void on_usr1(int sig) { (void)sig; usr1_tid = gettid(); got_usr1 = 1; }
static void on_usr2(int sig) { (void)sig; usr2_tid = gettid(); }

static void *signalled(void *arg)
{
    int *out = arg;
    out[0] = getpid() == main_pid;
    out[1] = gettid() != main_pid;
    while (!got_usr1) sched_yield();
    out[2] = usr1_tid == gettid();
    /* block SIGUSR2, let main send it, see it pending, then take it by unblocking */
    sigset_t s;
    sigemptyset(&s);
    sigaddset(&s, SIGUSR2);
    pthread_sigmask(SIG_BLOCK, &s, 0);
    out[3] = 1; /* ready for SIGUSR2 */
    sigset_t p;
    do { sigpending(&p); sched_yield(); } while (!sigismember(&p, SIGUSR2));
    out[4] = usr2_tid == 0;
    pthread_sigmask(SIG_UNBLOCK, &s, 0);
    out[5] = usr2_tid == gettid();
    while (!stop_spin) sched_yield();
    return 0;
}

/* ---- signals for a thread waiting on a futex ---- */
static uint32_t never_word;
static volatile int hup_tid, alrm_tid;
static void on_hup(int sig) { (void)sig; hup_tid = gettid(); }
static void on_alrm(int sig) { (void)sig; alrm_tid = gettid(); }

static void *futex_sleeper(void *arg)
{
    volatile int *mine = arg;
    /* a timeout: the signal may come between the test and the wait */
    struct timespec ms = { 0, 1000000 };
    while (!*mine) syscall(SYS_futex, &never_word, FUTEX_WAIT_PRIVATE, 0, &ms, 0, 0);
    return (void *)(long)(*mine == gettid());
}

static void interrupted_waits(void)
{
    struct sigaction sa = { 0 };
    sa.sa_handler = on_hup;
    sigaction(SIGHUP, &sa, 0);
    sa.sa_handler = on_alrm;
    sigaction(SIGALRM, &sa, 0);
    pthread_t t;
    void *r1, *r2;
    pthread_create(&t, 0, futex_sleeper, (void *)&hup_tid);
    pthread_kill(t, SIGHUP);
    pthread_join(t, &r1);
    /* SIGALRM to the process while main blocks it: the waiting thread takes it (blocking it
       after the thread was created, which would have inherited the mask) */
    pthread_create(&t, 0, futex_sleeper, (void *)&alrm_tid);
    sigset_t s, old;
    sigemptyset(&s);
    sigaddset(&s, SIGALRM);
    pthread_sigmask(SIG_BLOCK, &s, &old);
    kill(getpid(), SIGALRM);
    pthread_join(t, &r2);
    pthread_sigmask(SIG_SETMASK, &old, 0);
    printf("futex waiter: SIGHUP ran on it %ld, process SIGALRM ran on it %ld\n", (long)r1, (long)r2);
}

/* ---- waiting for signals ---- */
static void *sigwaiter(void *arg)
{
    sigset_t s;
    int sig = 0;
    (void)arg;
    sigemptyset(&s);
    sigaddset(&s, SIGTERM);
    int e = sigwait(&s, &sig);
    return (void *)(long)(e ? -e : sig);
}

static void waited_signals(void)
{
    sigset_t s, old;
    sigemptyset(&s);
    sigaddset(&s, SIGTERM);
    sigaddset(&s, SIGUSR2);
    pthread_sigmask(SIG_BLOCK, &s, &old); /* the thread inherits the mask */
    pthread_t t;
    void *r;
    pthread_create(&t, 0, sigwaiter, 0);
    kill(getpid(), SIGTERM);
    pthread_join(t, &r);
    struct timespec ms = { 0, 1000000 };
    siginfo_t si;
    int none = sigtimedwait(&s, &si, &ms);
    int e = errno;
    raise(SIGUSR2);
    int got = sigtimedwait(&s, &si, &ms);
    pthread_sigmask(SIG_SETMASK, &old, 0);
    printf("sigwait in a thread got %ld; sigtimedwait: %s, then %d (si_signo %d, si_code %d)\n", (long)r,
           none == -1 && e == EAGAIN ? "EAGAIN" : "?", got, si.si_signo, si.si_code);
}

/* ---- futexes ---- */
static uint32_t f1, f2, gate;
static int arrived, finished;

static void *requeue_waiter(void *arg)
{
    (void)arg;
    __atomic_fetch_add(&arrived, 1, __ATOMIC_SEQ_CST);
    while (!__atomic_load_n(&gate, __ATOMIC_SEQ_CST)) futex(&f1, FUTEX_WAIT_PRIVATE, 0, 0, 0, 0);
    __atomic_fetch_add(&finished, 1, __ATOMIC_SEQ_CST);
    return 0;
}

static uint32_t bw;
static int bit_done[2];
static uint32_t bit_go[2];
static void *bitset_waiter(void *arg)
{
    long k = (long)arg;
    while (!__atomic_load_n(&bit_go[k], __ATOMIC_SEQ_CST)) futex(&bw, FUTEX_WAIT_BITSET_PRIVATE, 0, 0, 0, 1u << k);
    __atomic_store_n(&bit_done[k], 1, __ATOMIC_SEQ_CST);
    return 0;
}

static void futexes(void)
{
    uint32_t w = 5;
    struct timespec rel = { 0, 1000000 };
    printf("wake none %ld, wait mismatch %s\n", futex(&w, FUTEX_WAKE_PRIVATE, 1, 0, 0, 0),
           futex(&w, FUTEX_WAIT_PRIVATE, 4, 0, 0, 0) == -EAGAIN ? "EAGAIN" : "?");
    long long t0 = monotonic_ns();
    long r = futex(&w, FUTEX_WAIT_PRIVATE, 5, &rel, 0, 0);
    printf("relative timeout %s, waited >= 1ms %d\n", r == -ETIMEDOUT ? "ETIMEDOUT" : "?", monotonic_ns() - t0 >= 1000000);
    struct timespec abs;
    t0 = monotonic_ns();
    clock_gettime(CLOCK_MONOTONIC, &abs);
    abs.tv_nsec += 2000000;
    if (abs.tv_nsec >= 1000000000) { abs.tv_sec++; abs.tv_nsec -= 1000000000; }
    r = futex(&w, FUTEX_WAIT_BITSET_PRIVATE, 5, &abs, 0, FUTEX_BITSET_MATCH_ANY);
    printf("absolute timeout %s, waited >= 2ms %d\n", r == -ETIMEDOUT ? "ETIMEDOUT" : "?", monotonic_ns() - t0 >= 2000000);
    printf("bitset 0: %s %s\n", futex(&w, FUTEX_WAIT_BITSET_PRIVATE, 5, 0, 0, 0) == -EINVAL ? "EINVAL" : "?",
           futex(&w, FUTEX_WAKE_BITSET_PRIVATE, 1, 0, 0, 0) == -EINVAL ? "EINVAL" : "?");
    printf("cmp_requeue mismatch %s\n", futex(&f1, FUTEX_CMP_REQUEUE_PRIVATE, 1, (void *)1L, &f2, 9) == -EAGAIN ? "EAGAIN" : "?");

    /* WAKE_OP with nobody waiting: only the operation on the second word shows */
    uint32_t a = 0, b = 10;
    long n = futex(&a, FUTEX_WAKE_OP_PRIVATE, 1, (void *)1L, &b, futex_op(FUTEX_OP_ADD, 5, FUTEX_OP_CMP_EQ, 10));
    printf("wake_op add: woke %ld, b=%u\n", n, b);
    futex(&a, FUTEX_WAKE_OP_PRIVATE, 1, (void *)1L, &b, futex_op(FUTEX_OP_OR | FUTEX_OP_OPARG_SHIFT, 4, FUTEX_OP_CMP_GT, 0));
    printf("wake_op or 1<<4: b=%u\n", b);
    futex(&a, FUTEX_WAKE_OP_PRIVATE, 1, (void *)1L, &b, futex_op(FUTEX_OP_ANDN, 1, FUTEX_OP_CMP_NE, 0));
    futex(&a, FUTEX_WAKE_OP_PRIVATE, 1, (void *)1L, &b, futex_op(FUTEX_OP_XOR, 0x100, FUTEX_OP_CMP_LT, 0));
    futex(&a, FUTEX_WAKE_OP_PRIVATE, 1, (void *)1L, &b, futex_op(FUTEX_OP_SET, 0, FUTEX_OP_CMP_GE, 0));
    printf("wake_op andn, xor, set: b=%u\n", b);

    /* four waiters requeued from f1 to f2, then woken there */
    pthread_t t[4];
    for (long i = 0; i < 4; i++) pthread_create(&t[i], 0, requeue_waiter, 0);
    while (__atomic_load_n(&arrived, __ATOMIC_SEQ_CST) < 4) sched_yield();
    __atomic_store_n(&gate, 1, __ATOMIC_SEQ_CST);
    long most = 0;
    for (int round = 0; __atomic_load_n(&finished, __ATOMIC_SEQ_CST) < 4; round++) {
        long moved = futex(&f1, round & 1 ? FUTEX_REQUEUE_PRIVATE : FUTEX_CMP_REQUEUE_PRIVATE, 0, (void *)(long)INT_MAX, &f2, 0);
        if (moved > most) most = moved;
        futex(&f2, FUTEX_WAKE_PRIVATE, INT_MAX, 0, 0, 0);
        sched_yield();
    }
    for (int i = 0; i < 4; i++) pthread_join(t[i], 0);
    printf("requeue: %d woke, at most 4 moved at once %d\n", finished, most <= 4);

    /* a wake for bitset 2 lets only the waiter on bit 1 finish */
    pthread_t bt[2];
    for (long k = 0; k < 2; k++) pthread_create(&bt[k], 0, bitset_waiter, (void *)k);
    __atomic_store_n(&bit_go[1], 1, __ATOMIC_SEQ_CST);
    long woke_max = 0;
    while (!__atomic_load_n(&bit_done[1], __ATOMIC_SEQ_CST)) {
        long k = futex(&bw, FUTEX_WAKE_BITSET_PRIVATE, INT_MAX, 0, 0, 2);
        if (k > woke_max) woke_max = k;
        sched_yield();
    }
    int other = __atomic_load_n(&bit_done[0], __ATOMIC_SEQ_CST);
    __atomic_store_n(&bit_go[0], 1, __ATOMIC_SEQ_CST);
    while (!__atomic_load_n(&bit_done[0], __ATOMIC_SEQ_CST)) { futex(&bw, FUTEX_WAKE_BITSET_PRIVATE, INT_MAX, 0, 0, 1); sched_yield(); }
    for (int k = 0; k < 2; k++) pthread_join(bt[k], 0);
    printf("bitset: bit-1 waiter done, bit-0 waiter still waiting %d, one woken at most %d\n", !other, woke_max <= 1);
}

/* ---- timed waits that expire ---- */
static pthread_mutex_t held = PTHREAD_MUTEX_INITIALIZER;
static pthread_mutex_t cm = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t never = PTHREAD_COND_INITIALIZER;
static sem_t empty_sem;

static struct timespec in_ms(clockid_t c, long ms)
{
    struct timespec t;
    clock_gettime(c, &t);
    t.tv_nsec += ms * 1000000;
    t.tv_sec += t.tv_nsec / 1000000000;
    t.tv_nsec %= 1000000000;
    return t;
}

static void *timed(void *arg)
{
    int *out = arg;
    struct timespec t = in_ms(CLOCK_REALTIME, 3);
    out[0] = pthread_mutex_timedlock(&held, &t);
    pthread_mutex_lock(&cm);
    t = in_ms(CLOCK_REALTIME, 2);
    out[1] = pthread_cond_timedwait(&never, &cm, &t);
    pthread_mutex_unlock(&cm);
    t = in_ms(CLOCK_REALTIME, 1);
    out[2] = sem_timedwait(&empty_sem, &t) == -1 ? errno : 0;
    long long t0 = monotonic_ns();
    struct timespec d = { 0, 5000000 };
    nanosleep(&d, 0);
    out[3] = monotonic_ns() - t0 >= 5000000;
    return 0;
}

/* ---- sched_yield turn-taking ---- */
static volatile int turn;
static long trace_sum;
static void *taker(void *arg)
{
    long me = (long)arg;
    for (int i = 0; i < 50; i++) {
        while (__atomic_load_n(&turn, __ATOMIC_SEQ_CST) != me) sched_yield();
        trace_sum = trace_sum * 3 + me + 1;
        __atomic_store_n(&turn, (int)((me + 1) % 3), __ATOMIC_SEQ_CST);
    }
    return 0;
}

/* ---- the end ---- */
static pthread_t main_thread;
static void *last(void *arg)
{
    (void)arg;
    void *r;
    int e = pthread_join(main_thread, &r);
    printf("joined main: %d, main returned %ld; exiting with 5\n", e, (long)r);
    exit(5);
}

int main(void)
{
    main_pid = getpid();
    printf("main tid is pid %d\n", gettid() == main_pid);

    signal(SIGUSR1, on_usr1);
    signal(SIGUSR2, on_usr2);
    int out[6] = { 0 };
    pthread_t t;
    pthread_create(&t, 0, signalled, out);
    pthread_kill(t, SIGUSR1);
    while (!__atomic_load_n(&out[3], __ATOMIC_SEQ_CST)) sched_yield();
    pthread_kill(t, SIGUSR2);
    while (!__atomic_load_n(&out[5], __ATOMIC_SEQ_CST)) sched_yield();
    stop_spin = 1;
    pthread_join(t, 0);
    printf("thread: same pid %d, own tid %d, SIGUSR1 ran on it %d, SIGUSR2 held %d then ran on it %d; main got none %d\n",
           out[0], out[1], out[2], out[4], out[5], !got_usr1);

    interrupted_waits();
    waited_signals();
    futexes();

    sem_init(&empty_sem, 0, 0);
    pthread_mutex_lock(&held);
    int tout[4];
    pthread_create(&t, 0, timed, tout);
    pthread_join(t, 0);
    pthread_mutex_unlock(&held);
    printf("timed: mutex %s, cond %s, sem %s, slept 5ms %d\n", tout[0] == ETIMEDOUT ? "ETIMEDOUT" : "?",
           tout[1] == ETIMEDOUT ? "ETIMEDOUT" : "?", tout[2] == ETIMEDOUT ? "ETIMEDOUT" : "?", tout[3]);

    pthread_t tk[3];
    for (long i = 0; i < 3; i++) pthread_create(&tk[i], 0, taker, (void *)i);
    for (int i = 0; i < 3; i++) pthread_join(tk[i], 0);
    printf("turns: %ld\n", trace_sum % 1000003);

    fflush(stdout);
    main_thread = pthread_self();
    pthread_create(&t, 0, last, 0);
    pthread_exit((void *)42);
}
