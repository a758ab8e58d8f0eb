/* Benchmark: sieve of Eratosthenes over 2,000,000 numbers, repeated; prints the prime count. */
#include "rt.h"

#define N 2000000
static unsigned char composite[N + 1];

/* The argument repeats the rounds (default 1: three of them; bench/mips.ts's steady state). */
int main(int argc, char **argv) {
  unsigned long count = 0;
  const unsigned long rounds = 3 * rt_reps(argc, argv);
  for (unsigned long round = 0; round < rounds; round++) {
    for (unsigned long i = 0; i <= N; i++) composite[i] = 0;
    count = 0;
    for (unsigned long i = 2; i <= N; i++) {
      if (composite[i]) continue;
      count++;
      for (unsigned long j = i * 2; j <= N; j += i) composite[j] = 1;
    }
  }
  rt_puts("primes below 2000000: ");
  rt_udec(count);
  rt_nl();
  return 0;
}
