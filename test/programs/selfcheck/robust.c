/* Robust mutexes: a thread that ends holding a PTHREAD_MUTEX_ROBUST mutex leaves it to the next
 * locker with EOWNERDEAD (the kernel walks the thread's robust list at its exit and marks the
 * futex FUTEX_OWNER_DIED), both for a later lock and for a locker already waiting; after
 * pthread_mutex_consistent the mutex works again; one never made consistent becomes
 * ENOTRECOVERABLE. QEMU (user mode) does not implement set_robust_list, so it cannot record
 * this: test/procs.test.ts checks the output. */
#define _GNU_SOURCE
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

static pthread_mutex_t m1, m2;
static pthread_barrier_t bar;

static void *die_holding(void *arg)
{
	pthread_mutex_t *m = arg;
	pthread_mutex_lock(m);
	return NULL; /* ends without unlocking */
}

static void *die_later(void *arg)
{
	pthread_mutex_lock(&m2);
	pthread_barrier_wait(&bar);
	struct timespec ts = { 0, 3000000 };
	nanosleep(&ts, NULL); /* main is waiting on m2 meanwhile */
	return arg;
}

static const char *name(int e)
{
	return e == 0 ? "0" : e == EOWNERDEAD ? "EOWNERDEAD" : e == ENOTRECOVERABLE ? "ENOTRECOVERABLE" : strerror(e);
}

int main(void)
{
	pthread_mutexattr_t a;
	pthread_mutexattr_init(&a);
	pthread_mutexattr_setrobust(&a, PTHREAD_MUTEX_ROBUST);
	pthread_mutex_init(&m1, &a);
	pthread_mutex_init(&m2, &a);
	pthread_barrier_init(&bar, NULL, 2);
	pthread_t t;

	pthread_create(&t, NULL, die_holding, &m1);
	pthread_join(t, NULL);
	int r = pthread_mutex_lock(&m1);
	printf("lock after the owner died: %s\n", name(r));
	printf("consistent: %d\n", pthread_mutex_consistent(&m1));
	pthread_mutex_unlock(&m1);
	printf("lock again: %s\n", name(pthread_mutex_lock(&m1)));
	pthread_mutex_unlock(&m1);

	pthread_create(&t, NULL, die_later, NULL);
	pthread_barrier_wait(&bar);
	r = pthread_mutex_lock(&m2); /* waits: the owner dies while we wait */
	printf("waiting locker when the owner died: %s\n", name(r));
	pthread_join(t, NULL);
	pthread_mutex_unlock(&m2); /* not made consistent: unusable */
	printf("lock of a mutex never made consistent: %s\n", name(pthread_mutex_lock(&m2)));
	return 0;
}
