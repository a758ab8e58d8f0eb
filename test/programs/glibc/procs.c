/* Processes: fork and the exit statuses wait4/waitpid/waitid report (exit codes, a child killed by
 * a signal, WNOHANG before and after the child ends, ECHILD), the child's memory is a copy (its
 * writes do not reach the parent), a pipe between parent and child in both directions (EOF once
 * the last writer closes, also when dup2 closes it), SIGCHLD to a handler with si_pid and
 * si_status, getppid, process groups (setpgid, getpgid, kill of a group), a grandchild, and
 * vfork (its exit status). Only results that do not depend on the pids
 * or on scheduling are printed; every child prints before it exits and the parent waits for it
 * before printing again. */
#define _GNU_SOURCE
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

static volatile int counter = 100;
static volatile sig_atomic_t chld_count, chld_status, chld_code;
static volatile pid_t chld_pid;

static void on_chld(int sig, siginfo_t *si, void *uc)
{
	(void)sig; (void)uc;
	chld_count++;
	chld_pid = si->si_pid;
	chld_status = si->si_status;
	chld_code = si->si_code;
}

static void show(const char *what, int st)
{
	if (WIFEXITED(st)) printf("%s: exited %d\n", what, WEXITSTATUS(st));
	else if (WIFSIGNALED(st)) printf("%s: killed by signal %d\n", what, WTERMSIG(st));
	else printf("%s: status 0x%x\n", what, st);
}

int main(void)
{
	pid_t me = getpid(), pid;
	int st, fds[2];
	setvbuf(stdout, NULL, _IOFBF, 4096);

	/* exit codes and memory copies */
	for (int code = 0; code < 3; code++) {
		fflush(stdout);
		pid = fork();
		if (pid == 0) {
			counter += 1000;
			printf("child %d: counter %d, parent is me: %d\n", code, counter, getppid() == me);
			exit(code * 7);
		}
		pid_t w = waitpid(pid, &st, 0);
		printf("waited the right child: %d; ", w == pid);
		show("child", st);
	}
	printf("parent counter %d\n", counter);

	/* killed by a signal; WNOHANG before it ends */
	fflush(stdout);
	pid = fork();
	if (pid == 0) {
		for (;;) pause();
	}
	printf("WNOHANG while it runs: %d\n", (int)waitpid(pid, &st, WNOHANG));
	kill(pid, SIGTERM);
	printf("wait4 the same pid: %d\n", wait4(pid, &st, 0, NULL) == pid);
	show("paused child", st);
	errno = 0;
	printf("wait with no children: %d errno ECHILD %d\n", (int)wait(&st), errno == ECHILD);

	/* a pipe from child to parent, then one from parent to child */
	if (pipe(fds)) return 1;
	fflush(stdout);
	pid = fork();
	if (pid == 0) {
		close(fds[0]);
		for (int k = 0; k < 5; k++) {
			char b[32];
			int n = snprintf(b, sizeof b, "line %d from the child\n", k);
			if (write(fds[1], b, n) != n) _exit(9);
		}
		_exit(0);
	}
	close(fds[1]);
	{
		char buf[256];
		size_t got = 0;
		ssize_t n;
		while ((n = read(fds[0], buf + got, sizeof buf - 1 - got)) > 0) got += n;
		buf[got] = 0;
		printf("parent read %zu bytes, then %zd (EOF):\n%s", got, n, buf);
		close(fds[0]);
	}
	waitpid(pid, &st, 0);
	show("writer", st);

	if (pipe(fds)) return 1;
	fflush(stdout);
	pid = fork();
	if (pid == 0) {
		close(fds[1]);
		char buf[64];
		size_t got = 0;
		ssize_t n;
		while ((n = read(fds[0], buf + got, sizeof buf - 1 - got)) > 0) got += n;
		buf[got] = 0;
		printf("child read '%s'\n", buf);
		exit((int)got);
	}
	close(fds[0]);
	if (write(fds[1], "to the child", 12) != 12) return 1;
	int devnull = dup(1);
	dup2(devnull, fds[1]); /* closes the last writer: the child sees EOF */
	waitpid(pid, &st, 0);
	show("reader", st);
	close(fds[1]);
	close(devnull);

	/* SIGCHLD with siginfo */
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_sigaction = on_chld;
	sa.sa_flags = SA_SIGINFO | SA_RESTART;
	sigaction(SIGCHLD, &sa, NULL);
	fflush(stdout);
	pid = fork();
	if (pid == 0) _exit(42);
	while (waitpid(pid, &st, 0) < 0 && errno == EINTR) {}
	printf("SIGCHLD: %d, from that child %d, si_status %d, CLD_EXITED %d\n", chld_count, chld_pid == pid, chld_status, chld_code == CLD_EXITED);
	signal(SIGCHLD, SIG_DFL);

	/* waitid */
	fflush(stdout);
	pid = fork();
	if (pid == 0) _exit(5);
	siginfo_t si;
	memset(&si, 0, sizeof si);
	int r = waitid(P_PID, pid, &si, WEXITED);
	printf("waitid %d: signo SIGCHLD %d, pid %d, status %d, code CLD_EXITED %d\n", r, si.si_signo == SIGCHLD, si.si_pid == pid, si.si_status, si.si_code == CLD_EXITED);

	/* process groups: two children in a new group, killed together */
	fflush(stdout);
	pid_t a = fork();
	if (a == 0) { setpgid(0, 0); for (;;) pause(); }
	setpgid(a, a);
	pid_t b = fork();
	if (b == 0) { for (;;) pause(); }
	setpgid(b, a);
	printf("group of a is a: %d, of b is a: %d, mine is not a: %d\n", getpgid(a) == a, getpgid(b) == a, getpgrp() != a);
	kill(-a, SIGKILL);
	int n = 0;
	while ((pid = wait(&st)) > 0) { n++; show(pid == a ? "group leader" : "group member", st); }
	printf("reaped %d\n", n);

	/* a grandchild: the child waits for its own child */
	fflush(stdout);
	pid = fork();
	if (pid == 0) {
		pid_t me2 = getpid();
		pid_t g = fork();
		if (g == 0) { printf("grandchild's parent is the child: %d\n", getppid() == me2); exit(3); }
		waitpid(g, &st, 0);
		exit(WEXITSTATUS(st) + 10);
	}
	waitpid(pid, &st, 0);
	show("child of the grandchild", st);

	/* vfork: the child runs in the parent's memory until _exit */
	fflush(stdout);
	counter = 1;
	pid = vfork();
	if (pid == 0) {
		counter = 77;
		_exit(4);
	}
	waitpid(pid, &st, 0);
	show("vfork child", st); /* (QEMU runs vfork as fork: the child's store is checked in spawn.c) */
	return 0;
}
