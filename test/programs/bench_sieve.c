/* Benchmark: sieve of Eratosthenes over 2,000,000 numbers, repeated; prints the prime count. */
#include "rt.h"

#define N 2000000
static unsigned char composite[N + 1];

int main(void) {
  unsigned long count = 0;
  for (int round = 0; round < 3; round++) {
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
