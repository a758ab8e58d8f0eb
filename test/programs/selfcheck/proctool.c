/* Small commands for the process tests (included by spawn.c), chosen by the name they run under
 * (argv[0]'s last component): test/procs.test.ts places the spawn binary under a fresh --fs-root
 * as /bin/NAME for each:
 *   sh -c 'CMD ARGS...'  runs /bin/CMD (or CMD when it holds a '/') with ARGS, as a shell runs a
 *                        simple command: by exec, so its status is the command's (127: not found);
 *                        `exit N` is built in
 *   echoargs ARGS...     prints its arguments and $GREETING
 *   exitwith N           exits with status N          killself   kills itself with SIGTERM
 *   cat                  copies stdin to stdout       fdcheck N... says which descriptors are open
 *   sigcheck             SIGUSR1's and SIGUSR2's dispositions and whether SIGINT is blocked
 *   ppid PID             whether its parent is PID
 *   selfexec NAME ARGS.. runs its own file again (execve of /proc/self/exe) as NAME with ARGS,
 *                        as BusyBox runs its applets
 *   exepath              prints where /proc/self/exe leads */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int sh(int argc, char **argv)
{
	if (argc != 3 || strcmp(argv[1], "-c")) { fprintf(stderr, "usage: sh -c CMD\n"); return 2; }
	char *words[64], path[256];
	int n = 0;
	for (char *w = strtok(argv[2], " "); w && n < 63; w = strtok(NULL, " ")) words[n++] = w;
	words[n] = NULL;
	if (n == 0) return 0;
	if (!strcmp(words[0], "exit")) return n > 1 ? atoi(words[1]) : 0; /* the one built-in (system(NULL) runs "exit 0") */
	snprintf(path, sizeof path, strchr(words[0], '/') ? "%s" : "/bin/%s", words[0]);
	execv(path, words);
	fprintf(stderr, "sh: %s: %s\n", words[0], strerror(errno));
	return 127;
}

static const char *disp(int sig)
{
	struct sigaction sa;
	sigaction(sig, NULL, &sa);
	return sa.sa_handler == SIG_DFL ? "default" : sa.sa_handler == SIG_IGN ? "ignored" : "handled";
}

static int tool(const char *name, int argc, char **argv)
{
	if (!strcmp(name, "sh")) return sh(argc, argv);
	if (!strcmp(name, "echoargs")) {
		printf("echoargs:");
		for (int k = 1; k < argc; k++) printf(" [%s]", argv[k]);
		const char *g = getenv("GREETING");
		printf("%s%s\n", g ? " GREETING=" : "", g ? g : "");
		return 0;
	}
	if (!strcmp(name, "exitwith")) return argc > 1 ? atoi(argv[1]) : 0;
	if (!strcmp(name, "killself")) { kill(getpid(), SIGTERM); return 1; }
	if (!strcmp(name, "cat")) {
		char b[512];
		ssize_t n;
		while ((n = read(0, b, sizeof b)) > 0) if (write(1, b, n) != n) return 1;
		return n < 0;
	}
	if (!strcmp(name, "fdcheck")) {
		for (int k = 1; k < argc; k++) printf("fd %s %s%s", argv[k], fcntl(atoi(argv[k]), F_GETFD) < 0 ? "closed" : "open", k + 1 < argc ? ", " : "\n");
		return 0;
	}
	if (!strcmp(name, "sigcheck")) {
		sigset_t cur;
		sigprocmask(SIG_BLOCK, NULL, &cur);
		printf("SIGUSR1 %s, SIGUSR2 %s, SIGINT blocked %d\n", disp(SIGUSR1), disp(SIGUSR2), sigismember(&cur, SIGINT));
		return 0;
	}
	if (!strcmp(name, "ppid")) { printf("parent is the spawner: %d\n", argc > 1 && getppid() == atoi(argv[1])); return 0; }
	if (!strcmp(name, "selfexec") && argc > 1) {
		execv("/proc/self/exe", argv + 1);
		fprintf(stderr, "selfexec: %s\n", strerror(errno));
		return 126;
	}
	if (!strcmp(name, "exepath")) {
		char p[256];
		ssize_t n = readlink("/proc/self/exe", p, sizeof p - 1);
		printf("exepath: %s\n", n < 0 ? strerror(errno) : (p[n] = 0, p));
		return 0;
	}
	return -1;
}
