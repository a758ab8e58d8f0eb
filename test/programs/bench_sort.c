/* Benchmark: quicksort and insertion-sort hybrid over 200,000 pseudo-random 32-bit keys. */
#include "rt.h"

#define N 200000
static uint32_t a[N];

static void isort(uint32_t *v, long n) {
  for (long i = 1; i < n; i++) {
    uint32_t t = v[i];
    long j = i - 1;
    while (j >= 0 && v[j] > t) { v[j + 1] = v[j]; j--; }
    v[j + 1] = t;
  }
}

static void qsort32(uint32_t *v, long n) {
  while (n > 16) {
    uint32_t p = v[n / 2];
    long i = 0, j = n - 1;
    for (;;) {
      while (v[i] < p) i++;
      while (v[j] > p) j--;
      if (i >= j) break;
      uint32_t t = v[i]; v[i] = v[j]; v[j] = t;
      i++; j--;
    }
    if (j + 1 < n - j - 1) { qsort32(v, j + 1); v += j + 1; n -= j + 1; }
    else { qsort32(v + j + 1, n - j - 1); n = j + 1; }
  }
  isort(v, n);
}

/* The argument repeats the fill, sort and check (default 1; bench/mips.ts's steady state). */
int main(int argc, char **argv) {
  uint32_t x = 2463534242u, sum = 0;
  for (unsigned long rep = rt_reps(argc, argv); rep > 0; rep--) {
    for (long i = 0; i < N; i++) {
      x ^= x << 13; x ^= x >> 17; x ^= x << 5;
      a[i] = x;
    }
    qsort32(a, N);
    sum = 0;
    for (long i = 1; i < N; i++) {
      if (a[i - 1] > a[i]) { rt_puts("unsorted\n"); return 1; }
      sum = sum * 31 + a[i];
    }
  }
  rt_show32("sorted checksum", sum);
  return 0;
}
