/* A static position-independent executable (ET_DYN without PT_INTERP): the loader places it
 * at its own base and the code reaches its data PC- or TOC-relatively (no run-time relocations
 * in a freestanding build, so no self-relocation is needed).
 * CFLAGS: -static-pie -fPIE
 * TARGETS: ppc64 ppc64le */
#include "rt.h"

static const char greeting[] = "hello from a static PIE";
static int table[8] = {3, 1, 4, 1, 5, 9, 2, 6};
static long counter;

static long sum(const int *t, int n) {
  long s = 0;
  for (int i = 0; i < n; i++) s += t[i] * (i + 1);
  return s;
}

int main(int argc, char **argv) {
  rt_puts(greeting); rt_nl();
  for (int k = 0; k < 3; k++) counter += sum(table, 8);
  rt_show64("weighted sum x3", (uint64_t)counter);
  rt_puts("argc="); rt_dec(argc); rt_nl();
  rt_puts("argv[0] set: "); rt_dec(argv[0] != 0); rt_nl();
  return 5;
}
