/* sigsuspend: a blocked signal already pending is taken at once (the handler runs, the call
 * returns EINTR, the old mask is back); a signal from another thread after a sleep ends the wait;
 * SIGCHLD from a child that exits ends it; an ignored signal does not; the handler runs with the
 * temporary mask plus the signal, and the frame restores the mask sigsuspend replaced. */
#define _GNU_SOURCE
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static volatile sig_atomic_t got[65], usr2_blocked_in_handler = -1;

static void on_sig(int s)
{
	got[s]++;
	if (s == SIGUSR1) {
		sigset_t cur;
		sigprocmask(SIG_BLOCK, NULL, &cur);
		usr2_blocked_in_handler = sigismember(&cur, SIGUSR2) + 2 * sigismember(&cur, SIGUSR1);
	}
}

static void *sender(void *arg)
{
	struct timespec ts = { 0, 2000000 };
	nanosleep(&ts, NULL);
	kill(getpid(), SIGUSR1);
	return arg;
}

static int blocked(int s)
{
	sigset_t cur;
	sigprocmask(SIG_BLOCK, NULL, &cur);
	return sigismember(&cur, s);
}

int main(void)
{
	signal(SIGUSR1, on_sig);
	signal(SIGCHLD, on_sig);
	signal(SIGURG, SIG_IGN);
	sigset_t block, wait_mask;
	sigemptyset(&block);
	sigaddset(&block, SIGUSR1);
	sigaddset(&block, SIGCHLD);
	sigprocmask(SIG_BLOCK, &block, NULL);

	/* pending already */
	raise(SIGUSR1);
	sigemptyset(&wait_mask);
	sigaddset(&wait_mask, SIGUSR2);
	errno = 0;
	int r = sigsuspend(&wait_mask);
	printf("pending: sigsuspend %d errno EINTR %d, handler ran %d, in the handler USR2|USR1<<1 blocked %d, after: USR1 blocked %d USR2 blocked %d\n",
	       r, errno == EINTR, got[SIGUSR1], usr2_blocked_in_handler, blocked(SIGUSR1), blocked(SIGUSR2));

	/* from another thread, after a sleep */
	pthread_t t;
	pthread_create(&t, NULL, sender, NULL);
	sigemptyset(&wait_mask);
	r = sigsuspend(&wait_mask);
	pthread_join(t, NULL);
	printf("thread: sigsuspend %d, USR1 handled %d times\n", r, got[SIGUSR1]);

	/* SIGCHLD; an ignored SIGURG in between does not end the wait */
	fflush(stdout);
	pid_t pid = fork();
	if (pid == 0) {
		kill(getppid(), SIGURG);
		struct timespec ts = { 0, 1000000 };
		nanosleep(&ts, NULL);
		_exit(3);
	}
	r = sigsuspend(&wait_mask);
	int st;
	waitpid(pid, &st, 0);
	printf("child: sigsuspend %d, CHLD handled %d, child exited %d, USR1 handled %d\n", r, got[SIGCHLD], WEXITSTATUS(st), got[SIGUSR1]);
	return 0;
}
