/* Files through glibc, as real programs use them (issue 11): stdio append mode on an existing
 * file, fopen errors with their errno, stat/lstat, opendir/readdir, mkdir/rmdir, rename,
 * remove, symlink/readlink, chdir/getcwd, fseek/ftell/ftruncate, and a search of a path list
 * as Lua's package.searchpath does it (which an open("") that succeeds used to fool).
 * Works in a fresh directory of its own (FSROOT: fresh), made relative to the working directory
 * and removed at the end; prints nothing host-dependent (listings sorted, no inode numbers). */
// ARGS: work
// FSROOT: fresh
// 64-bit file offsets and inode numbers on ppc32 too: QEMU passes the host's inode numbers
// through, which may not fit the 32-bit struct dirent (readdir would fail with EOVERFLOW).
// CFLAGS-ppc32: -D_FILE_OFFSET_BITS=64
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static void check(const char *what, int r)
{
    if (r < 0) printf("%s: -1 %s\n", what, strerror(errno));
    else printf("%s: %d\n", what, r);
}

static void cat(const char *path)
{
    char line[256];
    FILE *f = fopen(path, "r");
    if (!f) { printf("cat %s: %s\n", path, strerror(errno)); return; }
    printf("cat %s:", path);
    while (fgets(line, sizeof line, f)) {
        line[strcspn(line, "\n")] = 0;
        printf(" [%s]", line);
    }
    printf("\n");
    fclose(f);
}

static int cmp(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void list(const char *path)
{
    char *names[64];
    int n = 0;
    DIR *d = opendir(path);
    if (!d) { printf("ls %s: %s\n", path, strerror(errno)); return; }
    struct dirent *e;
    while ((e = readdir(d)) && n < 64) {
        char kind = e->d_type == DT_DIR ? 'd' : e->d_type == DT_LNK ? 'l' : e->d_type == DT_REG ? 'f' : '?';
        names[n] = malloc(strlen(e->d_name) + 3);
        sprintf(names[n++], "%s:%c", e->d_name, kind);
    }
    closedir(d);
    qsort(names, n, sizeof *names, cmp);
    printf("ls %s:", path);
    for (int i = 0; i < n; i++) { printf(" %s", names[i]); free(names[i]); }
    printf("\n");
}

/* package.searchpath: the first name in the ';'-separated templates ('?' = name) that opens */
static void searchpath(const char *name, const char *templates)
{
    char buf[256];
    const char *t = templates;
    for (;;) {
        size_t len = strcspn(t, ";");
        size_t o = 0;
        for (size_t i = 0; i < len && o < sizeof buf - 16; i++) {
            if (t[i] == '?') { strcpy(buf + o, name); o += strlen(name); }
            else buf[o++] = t[i];
        }
        buf[o] = 0;
        FILE *f = fopen(buf, "r");
        if (f) { fclose(f); printf("searchpath %s: found '%s'\n", name, buf); return; }
        if (!t[len]) break;
        t += len + 1;
    }
    printf("searchpath %s: not found\n", name);
}

int main(int argc, char **argv)
{
    struct stat st;
    char buf[256];
    if (argc < 2) return 2;
    umask(022);
    check("mkdir", mkdir(argv[1], 0755));
    check("chdir", chdir(argv[1]));
    if (getcwd(buf, sizeof buf)) printf("cwd ends in /%s: %d\n", argv[1], strcmp(strrchr(buf, '/') + 1, argv[1]) == 0);

    /* stdio append on an existing file (issue 11 item 1) */
    FILE *f = fopen("log.txt", "w");
    fputs("first\n", f);
    fclose(f);
    f = fopen("log.txt", "a");
    fputs("second\n", f);
    fclose(f);
    f = fopen("log.txt", "a+");
    fputs("third\n", f);
    rewind(f);
    printf("a+ reads from the start: %s", fgets(buf, sizeof buf, f));
    fclose(f);
    cat("log.txt");

    /* errors with their errno (items 2, 4) */
    printf("fopen \"\": %s\n", fopen("", "r") ? "opened" : strerror(errno));
    printf("fopen no/dir/x w: %s\n", fopen("no/dir/x", "w") ? "opened" : strerror(errno));
    printf("fopen log.txt/x: %s\n", fopen("log.txt/x", "r") ? "opened" : strerror(errno));
    printf("fopen . w: %s\n", fopen(".", "w") ? "opened" : strerror(errno));
    int fd = open("log.txt", O_WRONLY | O_CREAT | O_EXCL, 0644);
    printf("open O_EXCL: %s\n", fd >= 0 ? "opened" : strerror(errno));
    searchpath("mod", "./?.lua;./?/init.lua;lib/?.lua");
    check("mkdir lib", mkdir("lib", 0755));
    f = fopen("lib/mod.lua", "w");
    fputs("return 1\n", f);
    fclose(f);
    searchpath("mod", "./?.lua;./?/init.lua;lib/?.lua");
    searchpath("", ";lib/?.lua");

    /* stat family */
    check("stat log.txt", stat("log.txt", &st));
    printf("log.txt: regular %d size %ld mode %o\n", S_ISREG(st.st_mode), (long)st.st_size, st.st_mode & 07777);
    check("symlink", symlink("log.txt", "link"));
    check("lstat link", lstat("link", &st));
    printf("link: symlink %d size %ld\n", S_ISLNK(st.st_mode), (long)st.st_size);
    ssize_t n = readlink("link", buf, sizeof buf);
    printf("readlink: %.*s\n", (int)(n > 0 ? n : 0), buf);
    check("stat missing", stat("missing", &st));
    check("access log.txt R_OK", access("log.txt", R_OK));
    check("access missing", access("missing", F_OK));

    /* rename, remove, directories (items 3, 8) */
    check("rename", rename("log.txt", "renamed.txt"));
    cat("renamed.txt");
    cat("link");
    check("remove missing", remove("log.txt"));
    check("rmdir lib (not empty)", rmdir("lib"));
    check("remove lib/mod.lua", remove("lib/mod.lua"));
    check("remove lib (a directory)", remove("lib"));
    check("mkdir sub", mkdir("sub", 0700));
    list(".");

    /* seek, tell, truncate */
    f = fopen("renamed.txt", "r+");
    fseek(f, 0, SEEK_END);
    printf("ftell at end: %ld\n", ftell(f));
    check("ftruncate 5", ftruncate(fileno(f), 5));
    fseek(f, 0, SEEK_END);
    printf("ftell after truncate: %ld\n", ftell(f));
    fclose(f);
    cat("renamed.txt");

    /* clean up */
    check("unlink link", unlink("link"));
    check("unlink renamed.txt", unlink("renamed.txt"));
    check("rmdir sub", rmdir("sub"));
    list(".");
    check("chdir ..", chdir(".."));
    check("rmdir work", rmdir(argv[1]));
    return 0;
}
