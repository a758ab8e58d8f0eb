/* pthread_cancel: a thread canceled in pthread_cond_wait runs its cleanup handler (which unlocks
 * the mutex the wait re-took), and one canceled while sleeping ends at its next cancellation
 * point; both join as PTHREAD_CANCELED. Cancellation is a signal (SIGCANCEL) sent with tgkill
 * and handled by unwinding the thread's stack. Not on ppc32: there the static glibc's unwinding
 * aborts (SIGABRT under QEMU and ppcemu alike). */
// TARGETS: ppc64 ppc64le
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t c = PTHREAD_COND_INITIALIZER;
static int cleaned;

static void cleanup(void *a)
{
    (void)a;
    cleaned++;
    pthread_mutex_unlock(&m);
}

static void *waiter(void *a)
{
    (void)a;
    pthread_mutex_lock(&m);
    pthread_cleanup_push(cleanup, 0);
    for (;;) pthread_cond_wait(&c, &m);
    pthread_cleanup_pop(0);
    return 0;
}

static void *sleeper(void *a)
{
    (void)a;
    for (;;) sleep(1);
    return 0;
}

int main(void)
{
    pthread_t t, u;
    void *r1, *r2;
    pthread_create(&t, 0, waiter, 0);
    pthread_create(&u, 0, sleeper, 0);
    usleep(1000);
    pthread_cancel(t);
    pthread_cancel(u);
    pthread_join(t, &r1);
    pthread_join(u, &r2);
    int relock = pthread_mutex_trylock(&m);
    printf("waiter canceled %d, cleanup ran %d, mutex free %d; sleeper canceled %d\n",
           r1 == PTHREAD_CANCELED, cleaned, relock == 0, r2 == PTHREAD_CANCELED);
    return 0;
}
