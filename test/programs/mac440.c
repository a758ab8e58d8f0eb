/* mac440.c - the 4xx halfword multiplies (mul[chl]hw[u][.]), multiply-accumulates
 * ([n]mac[chl]hw[s][u][o][.]) and dlmzb[.] of the PowerPC 440: every form over a grid of halfword
 * patterns (signs, 0x7fff/0x8000/0xffff edges in each half) and accumulators (around the signed
 * and unsigned 32-bit limits), with XER[SO/OV/CA] set and clear on entry and CR0 preset, hashed
 * per form; one combination in a few printed in full (all with an argument).
 *
 * Hand-checked (mac440.stdout.handchecked: the manual's results, from a model written from the
 * PPC440x5 user's manual, not from ppcemu): QEMU 7.2's 440 (gen_405_mulladd_insn) disagrees
 * with the manual in two ways, and exactly these two (a model of them reproduces every QEMU line):
 *  - the forms with neither o nor s (macchw, macchw., macchwu, nmacchw, ...) never write RT
 *    (the dot forms set CR0 from the old RT);
 *  - its signed overflow test, which the s forms saturate on and the o forms set OV/SO from, is
 *    (RT ^ prod) < 0 && (RT ^ result) >= 0, the inverse of an addition's overflow (and the
 *    product is not negated for nmac): 1 + (-1) saturates to 0x7fffffff, 0x80000000 + (-32768)
 *    wraps without OV. The unsigned forms (the su and u o forms) agree with the manual.
 * TARGETS: ppc32
 * CPU: 440epx
 * CFLAGS: -mcpu=440 */
#include "fx_util.h"

static const uint32_t HW[] = {
  0x00000000, 0x00010001, 0x7fff7fff, 0x80008000, 0xffffffff, 0x7fff8000, 0x80007fff,
  0x0001ffff, 0xffff0001, 0x12345678, 0xfedc89ab, 0x00030000,
};
#define NHW ((int)(sizeof HW / sizeof HW[0]))
static const uint32_t ACC[] = {
  0x00000000, 0x00000001, 0x7fffffff, 0x80000000, 0xffffffff, 0x3fff0001, 0xc0007fff, 0x40000000,
};
#define NACC ((int)(sizeof ACC / sizeof ACC[0]))
/* XER in: nothing; SO|OV|CA with a byte count of 0x55 (dlmzb replaces it) */
static const reg XIN[] = { 0x00000000, 0xe0000055 };

typedef void (*mac_t)(reg a, reg b, reg t, reg xin, reg *out);

/* out[0] = RT (accumulator in: t), out[1] = XER, out[2] = CR; CR is preset from XIN. */
#define MAC(FN, INSN) static void FN(reg a, reg b, reg t, reg xin, reg *o) { reg x, c; \
  __asm__ volatile("mtxer %3\n\tmtcrf 0xff,%3\n\t" INSN " %0,%4,%5\n\tmfxer %1\n\tmfcr %2" \
    : "+&r"(t), "=&r"(x), "=&r"(c) : "r"(xin), "r"(a), "r"(b) : CLOB); \
  o[0] = t; o[1] = x; o[2] = c; }
#define MAC4(N) MAC(N, #N) MAC(N##_o, #N "o") MAC(N##_r, #N ".") MAC(N##_or, #N "o.")
#define MUL2(N) MAC(N, #N) MAC(N##_r, #N ".")

MUL2(mulchw) MUL2(mulhhwu) MUL2(mullhw) MUL2(mullhwu)
MUL2(mulchwu) MUL2(mulhhw)
MAC4(macchw) MAC4(macchws) MAC4(macchwsu) MAC4(macchwu)
MAC4(machhw) MAC4(machhws) MAC4(machhwsu) MAC4(machhwu)
MAC4(maclhw) MAC4(maclhws) MAC4(maclhwsu) MAC4(maclhwu)
MAC4(nmacchw) MAC4(nmacchws) MAC4(nmachhw) MAC4(nmachhws) MAC4(nmaclhw) MAC4(nmaclhws)

/* dlmzb RA,RS,RB: out[0] = RA */
#define DLMZB(FN, INSN) static void FN(reg a, reg b, reg t, reg xin, reg *o) { reg x, c; \
  __asm__ volatile("mtxer %3\n\tmtcrf 0xff,%3\n\t" INSN " %0,%4,%5\n\tmfxer %1\n\tmfcr %2" \
    : "+&r"(t), "=&r"(x), "=&r"(c) : "r"(xin), "r"(a), "r"(b) : CLOB); \
  o[0] = t; o[1] = x; o[2] = c; }
DLMZB(dlmzb, "dlmzb") DLMZB(dlmzb_r, "dlmzb.")

static void detail_line(const char *name, reg a, reg b, reg t, reg xin, const reg *o) {
  rt_puts(name); rt_putc(' '); rt_hex32(a); rt_putc(' '); rt_hex32(b); rt_putc(' '); rt_hex32(t);
  rt_puts(" xer="); rt_hex32(xin); rt_puts(" -> "); rt_hex32(o[0]); rt_puts(" xer="); rt_hex32(o[1]);
  rt_puts(" cr="); rt_hex32(o[2]); rt_nl();
}

/* nacc: how many accumulators (1 for the plain multiplies, whose RT is output only) */
static void run_mac(const char *name, mac_t f, int nacc) {
  reg o[3];
  unsigned n = 0;
  begin();
  for (int i = 0; i < NHW; i++)
    for (int j = 0; j < NHW; j++)
      for (int k = 0; k < nacc; k++, n++) {
        reg a = HW[i], b = HW[j], t = ACC[k], xin = XIN[n & 1];
        f(a, b, t, xin, o);
        o[1] = xer_shown(o[1]);
        mix(o[0]); mix(o[1]); mix(o[2]);
        if (verbose || n % 23 == 0) detail_line(name, a, b, t, xin, o);
      }
  end(name);
}

#define RMUL(N) run_mac(#N, N, 1); run_mac(#N ".", N##_r, 1);
#define RMAC(N) run_mac(#N, N, NACC); run_mac(#N "o", N##_o, NACC); run_mac(#N ".", N##_r, NACC); \
  run_mac(#N "o.", N##_or, NACC);

static const uint32_t DZ[] = {
  0x00000000, 0x41000000, 0x41420000, 0x41424300, 0x41424344, 0x00414243, 0x01010101, 0xffffff00,
};
#define NDZ ((int)(sizeof DZ / sizeof DZ[0]))

int main(int argc, char **argv) {
  (void)argv;
  verbose = argc > 1;
  RMUL(mulchw) RMUL(mulchwu) RMUL(mulhhw) RMUL(mulhhwu) RMUL(mullhw) RMUL(mullhwu)
  RMAC(macchw) RMAC(macchws) RMAC(macchwsu) RMAC(macchwu)
  RMAC(machhw) RMAC(machhws) RMAC(machhwsu) RMAC(machhwu)
  RMAC(maclhw) RMAC(maclhws) RMAC(maclhwsu) RMAC(maclhwu)
  RMAC(nmacchw) RMAC(nmacchws) RMAC(nmachhw) RMAC(nmachhws) RMAC(nmaclhw) RMAC(nmaclhws)
  /* dlmzb over every (RS, RB) pair of zero-byte positions, both XER inputs, all printed */
  for (int r = 0; r < 2; r++)
    for (int i = 0; i < NDZ; i++)
      for (int j = 0; j < NDZ; j++)
        for (int k = 0; k < 2; k++) {
          reg o[3];
          (r ? dlmzb_r : dlmzb)(DZ[i], DZ[j], 0x5a5a5a5a, XIN[k], o);
          o[1] = xer_shown(o[1]);
          detail_line(r ? "dlmzb." : "dlmzb", DZ[i], DZ[j], 0x5a5a5a5a, XIN[k], o);
        }
  return 0;
}
