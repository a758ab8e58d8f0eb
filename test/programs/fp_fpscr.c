/* fp_fpscr: FPSCR instructions (mtfsf incl. W, mtfsfi, mtfsb0/1, mcrfs, mffs, the ISA 3.0
 * mffs variants) and FP loads/stores (single conversions of denormals and NaNs, lfiwax,
 * lfiwzx, stfiwx, update forms). Bit 29 (NI) is not set by mtfsb1 here: QEMU ignores mtfsb1 29.
 *
 * Hand-checked golden file (fp_fpscr.stdout.handchecked): QEMU 7.2's mtfsb1 never sets FX; the
 * ISA (Book I 4.6.10: mtfsb1 lists FPSCR bits FX and BT+32 as altered) sets FX when
 * an exception bit (3:12, 21:23) changes from 0 to 1, so those mtfsb1 lines have FX (80000000)
 * added to QEMU's value. 
 * TARGETS: ppc64 ppc64le
 * CPU: power9
 * CFLAGS: -mcpu=power9 */
#include "fp_grid.h"

static uint64_t fpscr(void) { du f; __asm__ volatile("mffs %0" : "=f"(f.d)); return f.u; }
static void set(uint64_t v) { du f; f.u = v; __asm__ volatile("mtfsf 0xff,%0,1,0" :: "f"(f.d)); }
static uint32_t cr(void) { uint32_t c; __asm__ volatile("mfcr %0" : "=r"(c)); return c; }
static void line(const char *l, uint64_t a) { rt_puts(l); rt_putc(' '); rt_hex64(a); rt_putc(' ');
  rt_hex64(fpscr()); rt_putc(' '); rt_hex32(cr()); rt_nl(); }

int main(void) {
  du f, g;
  /* mtfsf: every field pattern from FRB = all ones, FEX/VX summaries are recomputed */
  /* (no pattern sets an enable together with its exception: QEMU's user mode runs with
   * MSR[FE0|FE1] set and would raise SIGFPE, while Linux starts with them clear) */
  static const uint64_t pats[] = { 0xffffffffffffff07ull, 0x00000000fff80700ull, 0x000000009ff80000ull,
    0x0000000060000000ull, 0x00000000020000f0ull, 0x00000007000000ffull };
  for (int p = 0; p < 6; p++) {
    for (int flm = 1; flm < 256; flm = flm * 2 + (flm & 1)) {
      set(0); f.u = pats[p];
      switch (flm) {
#define M(X) case X: __asm__ volatile("mtfsf " #X ",%0" :: "f"(f.d)); break;
        M(1) M(3) M(7) M(15) M(31) M(63) M(127) M(255) M(2) M(5) M(11) M(23) M(47) M(95) M(191)
#undef M
      }
      line("mtfsf", (uint64_t)flm << 8 | (uint64_t)p);
      set(0); __asm__ volatile("mtfsf. 0x80,%0" :: "f"(f.d)); line("mtfsf.", (uint64_t)p);
      set(0); __asm__ volatile("mtfsf 0x01,%0,0,1" :: "f"(f.d)); line("mtfsfW", (uint64_t)p);
      if (flm == 255) break;
    }
  }
  /* mtfsfi */
  set(0); __asm__ volatile("mtfsfi 0,15"); line("mtfsfi0", 0);
  set(0); __asm__ volatile("mtfsfi 1,15"); line("mtfsfi1", 0);
  set(0); __asm__ volatile("mtfsfi 2,9"); line("mtfsfi2", 0);
  set(0); __asm__ volatile("mtfsfi 6,15"); line("mtfsfi6", 0);
  set(0); __asm__ volatile("mtfsfi. 7,3"); line("mtfsfi7", 0);
  set(0); __asm__ volatile("mtfsfi 7,5,1"); line("mtfsfiW", 0);
  /* mtfsb1 / mtfsb0 on every bit */
#define B(N) set(0); __asm__ volatile("mtfsb1 " #N); line("mtfsb1", N); \
  set(0xffffff07ull & ~0x60000000ull); __asm__ volatile("mtfsb0. " #N); line("mtfsb0", N);
  B(0) B(1) B(2) B(3) B(4) B(5) B(6) B(7) B(8) B(9) B(10) B(11) B(12) B(13) B(14) B(15)
  B(16) B(17) B(18) B(19) B(20) B(21) B(23) B(24) B(25) B(26) B(27) B(28) B(30) B(31)
#undef B
  /* mcrfs from every field of a busy FPSCR */
#define C(N) set(0x00000000fffff007ull); __asm__ volatile("mcrfs 2," #N); line("mcrfs", N);
  C(0) C(1) C(2) C(3) C(4) C(5) C(6) C(7)
#undef C
  /* mffs variants */
  set(0x00000005ad0ff007ull);
  __asm__ volatile("mffs. %0" : "=f"(f.d)); line("mffs.", f.u);
  __asm__ volatile("mffsl %0" : "=f"(f.d)); line("mffsl", f.u);
  set(0x000000050007f0fbull);
  __asm__ volatile("mffsl %0" : "=f"(f.d)); line("mffsl", f.u);
  __asm__ volatile("mffsce %0" : "=f"(f.d)); line("mffsce", f.u);
  set(0x00000005ad0ff007ull); g.u = 0x0000000300000002ull;
  __asm__ volatile("mffscrn %0,%1" : "=f"(f.d) : "f"(g.d)); line("mffscrn", f.u);
  __asm__ volatile("mffscrni %0,1" : "=f"(f.d)); line("mffscrni", f.u);
  __asm__ volatile("mffscdrn %0,%1" : "=f"(f.d) : "f"(g.d)); line("mffscdrn", f.u);
  __asm__ volatile("mffscdrni %0,6" : "=f"(f.d)); line("mffscdrni", f.u);
  set(0);

  /* loads and stores */
  static uint32_t w[] = { 0x00000001, 0x807fffff, 0x00800000, 0x7f800001, 0xffc01234, 0x7f7fffff, 0x80000000, 0x3f800001 };
  for (int k = 0; k < 8; k++) {
    __asm__ volatile("lfs %0,0(%1)" : "=f"(f.d) : "b"(&w[k]) : "memory"); line("lfs", f.u);
    uint32_t o = 0; __asm__ volatile("stfs %1,0(%0)" :: "b"(&o), "f"(f.d) : "memory"); line("stfs", o);
    int64_t x = 0; __asm__ volatile("lfiwax %0,0,%1" : "=f"(f.d) : "r"(&w[k]) : "memory"); memcpy(&x, &f, 8); line("lfiwax", (uint64_t)x);
    __asm__ volatile("lfiwzx %0,0,%1" : "=f"(f.d) : "r"(&w[k]) : "memory"); line("lfiwzx", f.u);
  }
  for (int k = 0; k < NV; k++) {
    uint32_t o = 0; f.u = V[k];
    __asm__ volatile("stfs %1,0(%0)" :: "b"(&o), "f"(f.d) : "memory"); line("stfs", o);
    __asm__ volatile("stfiwx %1,0,%0" :: "r"(&o), "f"(f.d) : "memory"); line("stfiwx", o);
  }
  {
    double arr[4] = { 1.0, 2.0, 3.0, 4.0 }; double *p = arr; double t;
    __asm__ volatile("lfdu %0,8(%1)" : "=f"(t), "+b"(p) :: "memory"); g.d = t; line("lfdu", g.u); line("ea", (uint64_t)(p - arr));
    __asm__ volatile("stfdu %1,8(%0)" : "+b"(p) : "f"(t) : "memory"); line("stfdu", (uint64_t)(p - arr));
    long k8 = 8; __asm__ volatile("lfdux %0,%1,%2" : "=f"(t), "+b"(p) : "r"(k8) : "memory"); g.d = t; line("lfdux", g.u);
    float fl[2] = { 1.5f, 2.5f }; float *q = fl; double s;
    __asm__ volatile("lfsu %0,4(%1)" : "=f"(s), "+b"(q) :: "memory"); g.d = s; line("lfsu", g.u);
    long m4 = -4; __asm__ volatile("stfsux %1,%0,%2" : "+b"(q) : "f"(s), "r"(m4) : "memory"); line("stfsux", (uint64_t)(q - fl));
    du h; h.d = fl[0]; line("fl0", h.u);
  }
  return 0;
}
