/* Programs starting programs, under an --fs-root holding this binary as /bin/sh, /bin/echoargs,
 * ... (the commands of proctool.c; test/procs.test.ts sets it up and checks this output): vfork's
 * child shares the parent's memory; vfork+execve with argv and envp; fork+execve with pipes on
 * stdin and stdout; execve's failures (ENOENT, ENOEXEC) seen by the parent through vfork's
 * shared memory; FD_CLOEXEC is per descriptor (dup clears it); handled signals go back to the
 * default at execve, ignored ones stay ignored and the mask stays; getppid after execve;
 * posix_spawn with file actions; popen for reading and for writing; system() with exit codes,
 * a signal and a command that is not found.
 * QEMU cannot record this: its execve hands PowerPC programs to the host, which cannot run them
 * without binfmt_misc, and /bin/sh would be the host's. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "proctool.c"

extern char **environ;
static volatile int shared;

static void show(const char *what, int st)
{
	if (WIFEXITED(st)) printf("%s: exited %d\n", what, WEXITSTATUS(st));
	else if (WIFSIGNALED(st)) printf("%s: killed by signal %d\n", what, WTERMSIG(st));
	else printf("%s: status 0x%x\n", what, st);
}

static void on_usr1(int s) { (void)s; }

static void slurp(int fd, const char *what)
{
	char buf[512];
	size_t got = 0;
	ssize_t n;
	while ((n = read(fd, buf + got, sizeof buf - 1 - got)) > 0) got += n;
	buf[got] = 0;
	printf("%s: %s", what, buf);
}

int main(int argc, char **argv)
{
	const char *name = strrchr(argv[0], '/') ? strrchr(argv[0], '/') + 1 : argv[0];
	if (strcmp(name, "spawn")) {
		int r = tool(name, argc, argv);
		if (r >= 0) return r;
		fprintf(stderr, "spawn: unknown command %s\n", name);
		return 2;
	}
	int st, in[2], out[2];
	pid_t pid, me = getpid();
	setvbuf(stdout, NULL, _IOLBF, 0); /* the children write to the same stdout: keep the order */

	/* vfork: memory is shared until _exit */
	pid = vfork();
	if (pid == 0) { shared = 77; _exit(0); }
	waitpid(pid, &st, 0);
	printf("vfork child's store seen by the parent: %d\n", shared);

	/* vfork + execve with argv and envp */
	fflush(stdout);
	pid = vfork();
	if (pid == 0) {
		char *argv[] = { "echoargs", "one", "two words", NULL };
		char *envp[] = { "GREETING=hello", NULL };
		execve("/bin/echoargs", argv, envp);
		_exit(126);
	}
	waitpid(pid, &st, 0);
	show("echoargs", st);

	/* fork + execve: pipes on both ends of cat */
	if (pipe(in) || pipe(out)) return 1;
	fflush(stdout);
	pid = fork();
	if (pid == 0) {
		dup2(in[0], 0); dup2(out[1], 1);
		close(in[0]); close(in[1]); close(out[0]); close(out[1]);
		execl("/bin/cat", "cat", (char *)NULL);
		_exit(126);
	}
	close(in[0]); close(out[1]);
	if (write(in[1], "through cat\n", 12) != 12) return 1;
	close(in[1]);
	slurp(out[0], "cat gave");
	close(out[0]);
	waitpid(pid, &st, 0);
	show("cat", st);

	/* failures, seen through the shared memory */
	pid = vfork();
	if (pid == 0) { execl("/bin/missing", "missing", (char *)NULL); shared = errno; _exit(127); }
	waitpid(pid, &st, 0);
	printf("execve of a missing file: ENOENT %d; ", shared == ENOENT);
	show("child", st);
	int fd = open("/notelf", O_WRONLY | O_CREAT | O_TRUNC, 0755);
	if (fd < 0 || write(fd, "just text\n", 10) != 10) return 1;
	close(fd);
	pid = vfork();
	if (pid == 0) { execl("/notelf", "notelf", (char *)NULL); shared = errno; _exit(127); }
	waitpid(pid, &st, 0);
	printf("execve of a text file: ENOEXEC %d\n", shared == ENOEXEC);

	/* FD_CLOEXEC belongs to the descriptor */
	int cl[2];
	if (pipe2(cl, O_CLOEXEC)) return 1;
	int d = dup(cl[0]);
	int d2 = fcntl(cl[1], F_DUPFD_CLOEXEC, 20);
	char a1[8], a2[8], a3[8], a4[8];
	snprintf(a1, 8, "%d", cl[0]); snprintf(a2, 8, "%d", cl[1]); snprintf(a3, 8, "%d", d); snprintf(a4, 8, "%d", d2);
	fflush(stdout);
	pid = fork();
	if (pid == 0) { execl("/bin/fdcheck", "fdcheck", a1, a2, a3, a4, (char *)NULL); _exit(126); }
	waitpid(pid, &st, 0);
	close(cl[0]); close(cl[1]); close(d); close(d2);

	/* signal dispositions and the mask across execve */
	signal(SIGUSR1, on_usr1);
	signal(SIGUSR2, SIG_IGN);
	sigset_t blk;
	sigemptyset(&blk);
	sigaddset(&blk, SIGINT);
	sigprocmask(SIG_BLOCK, &blk, NULL);
	fflush(stdout);
	pid = fork();
	if (pid == 0) { execl("/bin/sigcheck", "sigcheck", (char *)NULL); _exit(126); }
	waitpid(pid, &st, 0);
	sigprocmask(SIG_UNBLOCK, &blk, NULL);
	signal(SIGUSR1, SIG_DFL);
	signal(SIGUSR2, SIG_DFL);

	char mine[16];
	snprintf(mine, sizeof mine, "%d", (int)me);
	fflush(stdout);
	pid = fork();
	if (pid == 0) { execl("/bin/ppid", "ppid", mine, (char *)NULL); _exit(126); }
	waitpid(pid, &st, 0);

	/* posix_spawn with its stdout on a pipe */
	posix_spawn_file_actions_t fa;
	posix_spawn_file_actions_init(&fa);
	if (pipe(out)) return 1;
	posix_spawn_file_actions_adddup2(&fa, out[1], 1);
	posix_spawn_file_actions_addclose(&fa, out[0]);
	posix_spawn_file_actions_addclose(&fa, out[1]);
	char *sargv[] = { "echoargs", "spawned", NULL };
	int r = posix_spawn(&pid, "/bin/echoargs", &fa, NULL, sargv, environ);
	close(out[1]);
	printf("posix_spawn: %d\n", r);
	slurp(out[0], "spawned child wrote");
	close(out[0]);
	waitpid(pid, &st, 0);
	show("spawned", st);
	r = posix_spawn(&pid, "/bin/missing", NULL, NULL, sargv, environ);
	printf("posix_spawn of a missing program: ENOENT %d\n", r == ENOENT);

	/* popen */
	FILE *p = popen("echoargs from popen", "r");
	char line[128] = "";
	if (!p || !fgets(line, sizeof line, p)) return 1;
	printf("popen read: %s", line);
	show("pclose", pclose(p));
	fflush(stdout);
	p = popen("cat", "w");
	if (!p) return 1;
	fputs("written to popen\n", p);
	show("pclose", pclose(p));

	/* system */
	fflush(stdout);
	show("system(exitwith 3)", system("exitwith 3"));
	show("system(killself)", system("killself"));
	show("system(missing)", system("missing"));
	show("system(echoargs)", system("echoargs via system"));
	printf("system(NULL): %d\n", system(NULL));
	return 0;
}
