/* Benchmark: AltiVec (VMX) kernels written with <altivec.h>, for the G4 and the 970, whose
 * vector unit has no VSX: single-precision 4x4 transforms of a point cloud (vmaddfp with splats),
 * an axpy clamped with vmaxfp/vminfp and a threshold select (vcmpgtfp, vsel), a byte-wise
 * saturating blend and word checksums (vaddubm, vadduwm, vxor, vperm, vsldoi, merges). Loads and
 * stores are lvx/stvx. Prints checksums of the result bits.
 *
 * CFLAGS-ppc32: -O2 -maltivec -mabi=altivec -mcpu=7450
 * CFLAGS-ppc64: -O2 -maltivec -mcpu=970
 * CFLAGS-ppc64le: -O2 -maltivec -mcpu=power8 -mno-vsx
 * CPU-ppc32: 7450
 * CPU-ppc64: 970
 * CPU-ppc64le: power8
 */
#include "rt.h"
#include <altivec.h>

#define NP 1024
#define ROUNDS 200

static vector float pts[NP], outp[NP];
static vector unsigned char bytes[NP];
static uint32_t seed = 12345;

static uint32_t rnd(void) { seed = seed * 1103515245u + 12345u; return seed >> 8; }
/* a float in [-8, 8) with a 16-bit fraction: never a denormal, NaN or infinity */
static float rndf(void) { return (float)((int32_t)(rnd() & 0xfffff) - 0x80000) / 65536.0f; }

static uint32_t bits(float f) { union { float f; uint32_t u; } v; v.f = f; return v.u; }

/* out = M * p for each point: columns splatted from a 4x4 matrix, one vmaddfp per column */
static void transform(const vector float m[4]) {
  for (int i = 0; i < NP; i++) {
    vector float p = pts[i];
    vector float r = vec_madd(m[0], vec_splat(p, 0), (vector float){0, 0, 0, 0});
    r = vec_madd(m[1], vec_splat(p, 1), r);
    r = vec_madd(m[2], vec_splat(p, 2), r);
    r = vec_madd(m[3], vec_splat(p, 3), r);
    outp[i] = r;
  }
}

/* pts = clamp(a * out + pts) to [-64, 64], then points above a threshold replaced by their half */
static void axpy(float a) {
  vector float va = (vector float){a, a, a, a};
  vector float lo = (vector float){-64, -64, -64, -64}, hi = (vector float){64, 64, 64, 64};
  vector float th = (vector float){32, 32, 32, 32}, half = (vector float){0.5f, 0.5f, 0.5f, 0.5f};
  vector float zero = (vector float){0, 0, 0, 0};
  for (int i = 0; i < NP; i++) {
    vector float v = vec_madd(va, outp[i], pts[i]);
    v = vec_max(lo, vec_min(hi, v));
    vector bool int big = vec_cmpgt(vec_abs(v), th);
    v = vec_sel(v, vec_madd(v, half, zero), big);
    pts[i] = vec_sub(v, vec_add(zero, zero));
  }
}

/* bytes: a saturating blend with a rotated copy of the next vector, then a checksum of words */
static uint32_t blend(void) {
  vector unsigned int acc = (vector unsigned int){0, 0, 0, 0};
  vector unsigned char perm = (vector unsigned char){3, 2, 1, 0, 7, 6, 5, 4, 11, 10, 9, 8, 15, 14, 13, 12};
  for (int i = 0; i < NP - 1; i++) {
    vector unsigned char a = bytes[i], b = bytes[i + 1];
    vector unsigned char r = vec_adds(a, vec_sld(b, b, 5));
    r = vec_xor(vec_perm(r, a, perm), vec_and(a, b));
    bytes[i] = vec_add(r, vec_mergeh(a, b));
    acc = vec_add(acc, (vector unsigned int)r);
  }
  uint32_t w[4] __attribute__((aligned(16)));
  vec_st(acc, 0, w);
  return w[0] ^ w[1] ^ w[2] ^ w[3];
}

int main(void) {
  for (int i = 0; i < NP; i++) {
    pts[i] = (vector float){rndf(), rndf(), rndf(), 1.0f};
    bytes[i] = (vector unsigned char){0};
    unsigned char *b = (unsigned char *)&bytes[i];
    for (int k = 0; k < 16; k++) b[k] = (unsigned char)rnd();
  }
  const vector float m[4] = {
    {0.75f, -0.5f, 0.25f, 0}, {0.5f, 0.75f, -0.125f, 0}, {-0.25f, 0.125f, 0.875f, 0}, {0.5f, -0.25f, 0.125f, 1},
  };
  uint32_t sum = 0;
  for (int r = 0; r < ROUNDS; r++) {
    transform(m);
    axpy(r & 1 ? 0.375f : -0.25f);
    sum = sum * 31 + blend();
  }
  uint32_t fsum = 0;
  for (int i = 0; i < NP; i++) {
    float f[4] __attribute__((aligned(16)));
    vec_st(pts[i], 0, f);
    for (int k = 0; k < 4; k++) fsum = fsum * 33 + bits(f[k]);
  }
  rt_show32("points", fsum);
  rt_show32("bytes", sum);
  return 0;
}
