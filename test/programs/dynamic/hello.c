// A dynamically linked program (gcc's default: PIE, PT_INTERP): the loader and libc.so.6 come from
// the cross sysroot. Exercises stdio, malloc, qsort (a callback from libc into the program),
// strings and the environment through the PLT.
// ARGS: one -v -- two
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int cmp(const void *a, const void *b)
{
    return *(const int *)a - *(const int *)b;
}

int main(int argc, char **argv)
{
    printf("hello from a dynamic executable: argc=%d\n", argc);
    for (int i = 1; i < argc; i++) printf("argv[%d]=%s\n", i, argv[i]);
    int v[] = {42, 7, 19, 3, 88, 1, 56};
    qsort(v, sizeof v / sizeof v[0], sizeof v[0], cmp);
    for (size_t i = 0; i < sizeof v / sizeof v[0]; i++) printf("%d%c", v[i], i + 1 < sizeof v / sizeof v[0] ? ' ' : '\n');
    char *s = malloc(64);
    snprintf(s, 64, "%s-%s", "shared", "library");
    char *d = strdup(s);
    printf("%s %zu %s\n", d, strlen(d), strchr(d, '-') + 1);
    free(d);
    free(s);
    printf("LANG=%s\n", getenv("LANG"));
    fflush(stdout);
    return 3;
}
