/* Benchmark: FP kernels that GCC -O2 vectorises with VSX on POWER9 (lxv/stxv, xvmaddadp,
 * xvadddp, xvmuldp, xvmaddasp) and compiles to scalar FP on the G3 (ppc32, -mcpu=750, runs on
 * the 7450 and 750 models): a double matrix multiply (i-k-j order), a 5-point Jacobi stencil and
 * a single-precision axpy/dot loop. Prints checksums of the result bits. An argument selects the
 * rounding mode (0..3), as in fp_bench_matmul; a second one repeats the kernels that many times
 * (the benchmark's long runs, bench/fp.ts).
 *
 * CFLAGS-ppc64le: -O2 -mcpu=power9
 * CFLAGS-ppc64: -O2 -mcpu=power9
 * CFLAGS-ppc32: -O2 -mcpu=750
 * CPU-ppc64le: power9
 * CPU-ppc64: power9
 */
#include "rt.h"

#define N 48
#define G 64
#define S 1024
static double a[N][N], b[N][N], c[N][N];
static double g0[G + 2][G + 2], g1[G + 2][G + 2];
static float x[S], y[S];

static void setmode(int rn) {
  switch (rn & 3) {
    case 0: __asm__ volatile("mtfsfi 7,0"); break;
    case 1: __asm__ volatile("mtfsfi 7,1"); break;
    case 2: __asm__ volatile("mtfsfi 7,2"); break;
    default: __asm__ volatile("mtfsfi 7,3"); break;
  }
}

static uint64_t hash(const void *p, unsigned long n, uint64_t h) {
  const unsigned char *s = p;
  for (unsigned long k = 0; k < n; k++) h = (h ^ s[k]) * 0x100000001b3ull;
  return h;
}

static void matmul(void) {
  for (int i = 0; i < N; i++) {
    for (int j = 0; j < N; j++) c[i][j] = 0;
    for (int k = 0; k < N; k++) {
      double t = a[i][k];
      for (int j = 0; j < N; j++) c[i][j] += t * b[k][j];
    }
  }
  for (int i = 0; i < N; i++)
    for (int j = 0; j < N; j++) a[i][j] = c[i][j] * 0.0625;
}

static void jacobi(double (*restrict dst)[G + 2], double (*restrict src)[G + 2]) {
  for (int i = 1; i <= G; i++)
    for (int j = 1; j <= G; j++)
      dst[i][j] = 0.2 * (src[i][j] + src[i - 1][j] + src[i + 1][j] + src[i][j - 1] + src[i][j + 1]);
}

static float saxpy_dot(float alpha) {
  float d = 0;
  for (int k = 0; k < S; k++) y[k] = alpha * x[k] + y[k];
  for (int k = 0; k < S; k++) d += x[k] * y[k];
  return d;
}

int main(int argc, char **argv) {
  if (argc > 1) setmode(argv[1][0] - '0');
  int reps = 0;
  for (const char *d = argc > 2 ? argv[2] : "1"; *d >= '0' && *d <= '9'; d++) reps = 10 * reps + (*d - '0');
  uint32_t s = 12345;
  for (int i = 0; i < N; i++)
    for (int j = 0; j < N; j++) {
      s = s * 1103515245u + 12345u; a[i][j] = (double)(int)(s >> 8) / 8388608.0 - 0.5;
      s = s * 1103515245u + 12345u; b[i][j] = (double)(int)(s >> 8) / 16777216.0 + 0.25;
    }
  for (int i = 0; i < G + 2; i++)
    for (int j = 0; j < G + 2; j++) {
      s = s * 1103515245u + 12345u; g0[i][j] = (double)(s >> 12) / 1048576.0;
      g1[i][j] = g0[i][j];
    }
  for (int k = 0; k < S; k++) {
    s = s * 1103515245u + 12345u; x[k] = (float)(int)(s >> 9) / 4194304.0f - 0.5f;
    s = s * 1103515245u + 12345u; y[k] = (float)(int)(s >> 9) / 8388608.0f;
  }
  for (int r = 0; r < 12 * reps; r++) matmul();
  for (int r = 0; r < 150 * reps; r++) { jacobi(g1, g0); jacobi(g0, g1); }
  float d = 0;
  for (int r = 0; r < 200 * reps; r++) d += saxpy_dot(r & 1 ? -0.25f : 0.25f);
  union { float f; uint32_t u; } df; df.f = d;
  rt_puts("matmul "); rt_hex64(hash(c, sizeof c, 0)); rt_nl();
  rt_puts("jacobi "); rt_hex64(hash(g0, sizeof g0, 0)); rt_nl();
  rt_puts("saxpy "); rt_hex64(hash(y, sizeof y, 0)); rt_puts(" dot "); rt_hex32(df.u); rt_nl();
  return 0;
}
