/* Benchmark: double-precision matrix multiply (64x64, 6 rounds; gcc contracts to fmadd) and
 * prints a checksum of the result bits. An argument selects the rounding mode (0..3) so the
 * benchmark can compare round-to-nearest (fast path) with directed rounding (exact path). */
#include "rt.h"

#define N 64
static double a[N][N], b[N][N], c[N][N];

static void setmode(int rn) {
  switch (rn & 3) {
    case 0: __asm__ volatile("mtfsfi 7,0"); break;
    case 1: __asm__ volatile("mtfsfi 7,1"); break;
    case 2: __asm__ volatile("mtfsfi 7,2"); break;
    default: __asm__ volatile("mtfsfi 7,3"); break;
  }
}

int main(int argc, char **argv) {
  if (argc > 1) setmode(argv[1][0] - '0');
  uint32_t s = 12345;
  for (int i = 0; i < N; i++)
    for (int j = 0; j < N; j++) {
      s = s * 1103515245u + 12345u; a[i][j] = (double)(int)(s >> 8) / 8388608.0 - 0.5;
      s = s * 1103515245u + 12345u; b[i][j] = (double)(int)(s >> 8) / 16777216.0 + 0.25;
    }
  for (int r = 0; r < 6; r++) {
    for (int i = 0; i < N; i++)
      for (int j = 0; j < N; j++) {
        double t = 0;
        for (int k = 0; k < N; k++) t += a[i][k] * b[k][j];
        c[i][j] = t;
      }
    for (int i = 0; i < N; i++)
      for (int j = 0; j < N; j++) a[i][j] = c[i][j] * 0.03125;
  }
  uint64_t h = 0;
  for (int i = 0; i < N; i++)
    for (int j = 0; j < N; j++) {
      union { double d; uint64_t u; } x; x.d = c[i][j];
      h = (h ^ x.u) * 0x100000001b3ull;
    }
  rt_puts("matmul "); rt_hex64(h); rt_nl();
  return 0;
}
