/* Benchmark: n-body simulation (5 bodies, 20000 steps, double precision; the square root is a
 * Newton iteration so that only fadd/fmul/fdiv/fmadd are needed on every CPU). Prints the energy
 * before and after as raw bits. An argument selects the rounding mode (0..3). */
#include "rt.h"

#define NB 5
static double x[NB], y[NB], z[NB], vx[NB], vy[NB], vz[NB], m[NB];

static double nsqrt(double v) {
  union { double d; uint64_t u; } g; g.d = v;
  g.u = (g.u >> 1) + 0x1ff8000000000000ull; /* initial guess */
  double r = g.d;
  for (int i = 0; i < 6; i++) r = 0.5 * (r + v / r);
  return r;
}

static double energy(void) {
  double e = 0;
  for (int i = 0; i < NB; i++) {
    e += 0.5 * m[i] * (vx[i] * vx[i] + vy[i] * vy[i] + vz[i] * vz[i]);
    for (int j = i + 1; j < NB; j++) {
      double dx = x[i] - x[j], dy = y[i] - y[j], dz = z[i] - z[j];
      e -= m[i] * m[j] / nsqrt(dx * dx + dy * dy + dz * dz);
    }
  }
  return e;
}

static void show(const char *l, double v) { union { double d; uint64_t u; } q; q.d = v; rt_puts(l); rt_hex64(q.u); rt_nl(); }

int main(int argc, char **argv) {
  if (argc > 1) {
    switch (argv[1][0] & 3) {
      case 0: __asm__ volatile("mtfsfi 7,0"); break;
      case 1: __asm__ volatile("mtfsfi 7,1"); break;
      case 2: __asm__ volatile("mtfsfi 7,2"); break;
      default: __asm__ volatile("mtfsfi 7,3"); break;
    }
  }
  static const double init[NB][7] = {
    { 0, 0, 0, 0, 0, 0, 39.47841760435743 },
    { 4.84143144246472090, -1.16032004402742839, -0.103622044471123109, 0.606326392995832, 2.81198684491626, -0.02521836165988763, 0.03769367487038949 },
    { 8.34336671824457987, 4.12479856412430479, -0.403523417114321381, -1.01077434617730, 1.82566237123041, 0.008415761376584154, 0.011286326131968767 },
    { 12.8943695621391310, -15.1111514016986312, -0.223307578892655734, 1.08279100644154, 0.868713018169608, -0.01010836506088, 0.0017237240570597112 },
    { 15.3796971148509165, -25.9193146099879641, 0.179258772950371181, 0.979090732243898, 0.594698998647676, -0.034755955504078104, 0.0020336868699246304 },
  };
  for (int i = 0; i < NB; i++) {
    x[i] = init[i][0]; y[i] = init[i][1]; z[i] = init[i][2];
    vx[i] = init[i][3]; vy[i] = init[i][4]; vz[i] = init[i][5]; m[i] = init[i][6];
  }
  show("e0 ", energy());
  const double dt = 0.01;
  for (int s = 0; s < 20000; s++) {
    for (int i = 0; i < NB; i++)
      for (int j = i + 1; j < NB; j++) {
        double dx = x[i] - x[j], dy = y[i] - y[j], dz = z[i] - z[j];
        double d2 = dx * dx + dy * dy + dz * dz;
        double d = nsqrt(d2);
        double mag = dt / (d2 * d);
        vx[i] -= dx * m[j] * mag; vy[i] -= dy * m[j] * mag; vz[i] -= dz * m[j] * mag;
        vx[j] += dx * m[i] * mag; vy[j] += dy * m[i] * mag; vz[j] += dz * m[i] * mag;
      }
    for (int i = 0; i < NB; i++) { x[i] += dt * vx[i]; y[i] += dt * vy[i]; z[i] += dt * vz[i]; }
  }
  show("e1 ", energy());
  return 0;
}
