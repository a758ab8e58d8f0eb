/* POSIX threads: 8 workers over a mutex-protected counter and atomics, thread-local storage
 * (__thread), return values through pthread_join and pthread_exit, a barrier between phases,
 * a condition-variable bounded queue (1 producer, 3 consumers), pthread_once, thread-specific
 * keys with destructors, a read-write lock, a detached thread signalling a semaphore, and a pipe
 * from a writer thread to main (reads wait for data; the writer's close ends them).
 * Only scheduling-independent results are printed (sums, counts, joined values), so QEMU's
 * real threads and ppcemu's deterministic scheduler print the same. */
#define _GNU_SOURCE
#include <pthread.h>
#include <semaphore.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#define NT 8
#define ITERS 2000

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static long counter;
static long atomic_counter;
static __thread long tls_sum;
static __thread int tls_init = 7;

static void *worker(void *arg)
{
    long id = (long)arg;
    if (tls_init != 7) return (void *)-1L;
    tls_init = (int)id;
    for (int i = 0; i < ITERS; i++) {
        pthread_mutex_lock(&lock);
        counter += id + 1;
        pthread_mutex_unlock(&lock);
        __atomic_fetch_add(&atomic_counter, 1, __ATOMIC_SEQ_CST);
        tls_sum += i;
    }
    if (tls_init != id) return (void *)-2L;
    if (id == 3) pthread_exit((void *)(tls_sum + 1000 * id));
    return (void *)(tls_sum + 1000 * id);
}

/* ---- barrier phases ---- */
static pthread_barrier_t barrier;
static long slots[NT];
static long phase_sums[4];

static void *phased(void *arg)
{
    long id = (long)arg;
    for (int ph = 0; ph < 4; ph++) {
        slots[id] = (ph + 1) * (id + 1);
        int r = pthread_barrier_wait(&barrier);
        if (r == PTHREAD_BARRIER_SERIAL_THREAD) {
            long s = 0;
            for (int k = 0; k < NT; k++) s += slots[k];
            phase_sums[ph] = s;
        } else if (r != 0) return (void *)1L;
        pthread_barrier_wait(&barrier);
    }
    return 0;
}

/* ---- condition variable queue ---- */
#define QCAP 4
#define NITEMS 300
static pthread_mutex_t qlock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t notempty = PTHREAD_COND_INITIALIZER, notfull = PTHREAD_COND_INITIALIZER;
static int queue[QCAP], qhead, qlen, done;
static long consumed_sum, consumed_count;

static void *producer(void *arg)
{
    (void)arg;
    for (int i = 1; i <= NITEMS; i++) {
        pthread_mutex_lock(&qlock);
        while (qlen == QCAP) pthread_cond_wait(&notfull, &qlock);
        queue[(qhead + qlen++) % QCAP] = i;
        pthread_cond_signal(&notempty);
        pthread_mutex_unlock(&qlock);
    }
    pthread_mutex_lock(&qlock);
    done = 1;
    pthread_cond_broadcast(&notempty);
    pthread_mutex_unlock(&qlock);
    return 0;
}

static void *consumer(void *arg)
{
    long mine = 0;
    (void)arg;
    for (;;) {
        pthread_mutex_lock(&qlock);
        while (qlen == 0 && !done) pthread_cond_wait(&notempty, &qlock);
        if (qlen == 0 && done) { pthread_mutex_unlock(&qlock); break; }
        int v = queue[qhead];
        qhead = (qhead + 1) % QCAP;
        qlen--;
        consumed_sum += v;
        consumed_count++;
        mine++;
        pthread_cond_signal(&notfull);
        pthread_mutex_unlock(&qlock);
    }
    return (void *)mine;
}

/* ---- once, keys, rwlock, detached ---- */
static pthread_once_t once = PTHREAD_ONCE_INIT;
static int once_runs;
static void once_fn(void) { once_runs++; }
static pthread_key_t key;
static long destructor_sum;
static pthread_mutex_t dlock = PTHREAD_MUTEX_INITIALIZER;
static void destructor(void *v)
{
    pthread_mutex_lock(&dlock);
    destructor_sum += (long)(intptr_t)v;
    pthread_mutex_unlock(&dlock);
}
static pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
static long rw_value;

static void *misc(void *arg)
{
    long id = (long)arg;
    pthread_once(&once, once_fn);
    pthread_setspecific(key, (void *)(intptr_t)(id * 10 + 1));
    for (int i = 0; i < 50; i++) {
        if (i % 5 == 0) {
            pthread_rwlock_wrlock(&rw);
            rw_value += id;
            pthread_rwlock_unlock(&rw);
        } else {
            pthread_rwlock_rdlock(&rw);
            volatile long v = rw_value;
            (void)v;
            pthread_rwlock_unlock(&rw);
        }
    }
    return 0;
}

static sem_t sem;
static void *detached(void *arg)
{
    *(long *)arg = 4242;
    sem_post(&sem);
    return 0;
}

static int pfd[2];
static void *pipe_writer(void *arg)
{
    (void)arg;
    for (int i = 1; i <= 200; i++) {
        if (write(pfd[1], &i, sizeof i) != sizeof i) return (void *)1L;
        if (i % 50 == 0) sched_yield();
    }
    close(pfd[1]);
    return 0;
}

int main(void)
{
    pthread_t t[NT];
    long total = 0;
    for (long i = 0; i < NT; i++) pthread_create(&t[i], 0, worker, (void *)i);
    for (int i = 0; i < NT; i++) {
        void *r;
        pthread_join(t[i], &r);
        printf("worker %d returned %ld\n", i, (long)r);
        total += (long)r;
    }
    printf("counter %ld (expect %ld), atomic %ld, joined total %ld\n",
           counter, (long)ITERS * NT * (NT + 1) / 2, atomic_counter, total);
    printf("main tls %d %ld\n", tls_init, tls_sum);

    pthread_barrier_init(&barrier, 0, NT);
    for (long i = 0; i < NT; i++) pthread_create(&t[i], 0, phased, (void *)i);
    long bad = 0;
    for (int i = 0; i < NT; i++) { void *r; pthread_join(t[i], &r); bad += (long)r; }
    pthread_barrier_destroy(&barrier);
    printf("barrier phases %ld %ld %ld %ld, errors %ld\n", phase_sums[0], phase_sums[1], phase_sums[2], phase_sums[3], bad);

    pthread_create(&t[0], 0, producer, 0);
    for (long i = 1; i <= 3; i++) pthread_create(&t[i], 0, consumer, 0);
    long per = 0;
    for (int i = 0; i <= 3; i++) { void *r; pthread_join(t[i], &r); if (i) per += (long)r; }
    printf("queue consumed %ld items, sum %ld, per-consumer total %ld\n", consumed_count, consumed_sum, per);

    pthread_key_create(&key, destructor);
    for (long i = 0; i < 4; i++) pthread_create(&t[i], 0, misc, (void *)i);
    for (int i = 0; i < 4; i++) pthread_join(t[i], 0);
    printf("once %d, destructors %ld, rwlock %ld\n", once_runs, destructor_sum, rw_value);

    static long cell;
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    sem_init(&sem, 0, 0);
    pthread_t d;
    pthread_create(&d, &attr, detached, &cell);
    sem_wait(&sem);
    printf("detached wrote %ld\n", cell);

    if (pipe(pfd)) return 1;
    pthread_create(&t[0], 0, pipe_writer, 0);
    long psum = 0, pn = 0;
    int v;
    while (read(pfd[0], &v, sizeof v) == sizeof v) { psum += v; pn++; }
    void *pr;
    pthread_join(t[0], &pr);
    printf("pipe: %ld values, sum %ld, writer %ld\n", pn, psum, (long)pr);
    return (int)(total & 0x3f);
}
