// Power ISA 3.1 Matrix-Multiply Assist: xxsetaccz, xxmtacc, xxmfacc and the rank-k updates
// xvi4ger8, xvi8ger4, xvi16ger2 (with their pp/spp/s forms), xvf16ger2, xvbf16ger2, xvf32ger,
// xvf64ger (with pp/pn/np/nn), plain and prefixed with masks (pm*). The accumulator is read back
// with xxmfacc into VSR 4..7 (ACC 1) and printed row by row as words (doublewords for f64).
// Hand-checked (p10_mma.stdout.handchecked): f32gernn row 2, column 2 is (-(pi * -1)) + (-pi), an
// exact zero: the ISA negates the product and the accumulator before adding them (v2 <-
// bfp_ADD(bfp_NEGATE(r1), bfp_NEGATE(acc)), Book I, VSX Matrix-Multiply Assist), so the sum is +0
// in RN; QEMU 7.2 computes -(P + A) and gives -0 (test p10_mma_round covers the rule).
// TARGETS: ppc64 ppc64le
// CFLAGS: -mcpu=power10
// CPU: power10
#include "rt.h"

static unsigned int in[24] __attribute__((aligned(16))) = {
  0x01f27e80, 0x7f80ff01, 0x10203040, 0xfffefdfc,      /* XA (VSR 32): bytes / nibbles / halfwords */
  0x12345678, 0x9abcdef0, 0x0f1e2d3c, 0x80017fff,      /* XB (VSR 33) */
  0x3f800000, 0xc0000000, 0x40490fdb, 0x00000000,      /* XA floats: 1, -2, pi, 0 */
  0x3f000000, 0x41200000, 0xbf800000, 0x7f800000,      /* XB floats: 0.5, 10, -1, inf */
  0x3c003c00, 0xc000b800, 0x4248bc00, 0x7bff0001,      /* f16 pairs */
  0x3f80bf80, 0x40004040, 0x3e80c120, 0x477f0080,      /* bf16 pairs */
};
static double dbl[6] __attribute__((aligned(16))) = { 1.5, -0.25, 3.0, 1e300, 2.0, -4.0 };
static unsigned int acc[16] __attribute__((aligned(16)));

static void show(const char *name, int dw)
{
  rt_puts(name); rt_puts(":");
  for (int r = 0; r < 4; r++) {
    rt_puts(" |");
    if (dw) { unsigned long *d = (unsigned long *)&acc[4 * r]; rt_hex64(d[0]); rt_putc(' '); rt_hex64(d[1]); }
    else for (int c = 0; c < 4; c++) { if (c) rt_putc(' '); rt_hex32(acc[4 * r + c]); }
  }
  rt_nl();
}

/* ACC 1 (VSR 4..7) primed from `init` rows, then `op`, then read back */
#define LOADS "lxvw4x 32,0,%0\n\tli 9,16\n\tlxvw4x 33,9,%0\n\tli 9,32\n\tlxvw4x 34,9,%0\n\tli 9,48\n\tlxvw4x 35,9,%0\n\t" \
  "li 9,64\n\tlxvw4x 36,9,%0\n\tli 9,80\n\tlxvw4x 37,9,%0\n\tlxvd2x 38,0,%2\n\tli 9,16\n\tlxvd2x 39,9,%2\n\tli 9,32\n\tlxvd2x 40,9,%2\n\t"
#define STORES "xxmfacc 1\n\tstxvw4x 4,0,%1\n\tli 9,16\n\tstxvw4x 5,9,%1\n\tli 9,32\n\tstxvw4x 6,9,%1\n\tli 9,48\n\tstxvw4x 7,9,%1"
#define T(name, init, op) do { __asm__ volatile(LOADS init "\n\t" op "\n\t" STORES : : "b"(in), "b"(acc), "b"(dbl) \
  : "r9", "vs4", "vs5", "vs6", "vs7", "vs32", "vs33", "vs34", "vs35", "vs36", "vs37", "vs38", "vs39", "vs40", "memory"); \
  show(name, 0); } while (0)
#define TD(name, init, op) do { __asm__ volatile(LOADS init "\n\t" op "\n\txxmfacc 1\n\tstxvd2x 4,0,%1\n\tli 9,16\n\t" \
  "stxvd2x 5,9,%1\n\tli 9,32\n\tstxvd2x 6,9,%1\n\tli 9,48\n\tstxvd2x 7,9,%1" : : "b"(in), "b"(acc), "b"(dbl) \
  : "r9", "vs4", "vs5", "vs6", "vs7", "vs32", "vs33", "vs34", "vs35", "vs36", "vs37", "vs38", "vs39", "vs40", "memory"); \
  show(name, 1); } while (0)
/* accumulator preset: rows = XA, XB, XA floats, XB floats */
#define PRESET "xxlor 4,32,32\n\txxlor 5,33,33\n\txxlor 6,34,34\n\txxlor 7,35,35\n\txxmtacc 1"
#define ZERO "xxsetaccz 1"

int main(void)
{
  T("setaccz", ZERO, "");
  T("mtacc/mfacc", PRESET, "");
  T("i4ger8", PRESET, "xvi4ger8 1,32,33");
  T("i4ger8pp", PRESET, "xvi4ger8pp 1,32,33");
  T("pm i4ger8pp", PRESET, "pmxvi4ger8pp 1,32,33,9,6,0xa5");
  T("i8ger4", PRESET, "xvi8ger4 1,32,33");
  T("i8ger4pp", PRESET, "xvi8ger4pp 1,32,33");
  T("i8ger4spp", PRESET, "xvi8ger4spp 1,33,32");
  T("pm i8ger4", PRESET, "pmxvi8ger4 1,32,33,12,10,5");
  T("i16ger2", PRESET, "xvi16ger2 1,32,33");
  T("i16ger2pp", PRESET, "xvi16ger2pp 1,32,33");
  T("i16ger2s", PRESET, "xvi16ger2s 1,33,33");
  T("i16ger2spp", PRESET, "xvi16ger2spp 1,33,33");
  T("pm i16ger2spp", PRESET, "pmxvi16ger2spp 1,32,33,3,12,2");
  T("f32ger", ZERO, "xvf32ger 1,34,35");
  T("f32gerpp", PRESET, "xvf32gerpp 1,34,35");
  T("f32gerpn", PRESET, "xvf32gerpn 1,34,35");
  T("f32gernp", PRESET, "xvf32gernp 1,34,35");
  T("f32gernn", PRESET, "xvf32gernn 1,34,35");
  T("pm f32gerpp", PRESET, "pmxvf32gerpp 1,34,35,6,9");
  T("pm f32ger", PRESET, "pmxvf32ger 1,34,35,10,3");
  T("f16ger2", ZERO, "xvf16ger2 1,36,36");
  T("f16ger2pp", PRESET, "xvf16ger2pp 1,36,36");
  T("f16ger2nn", PRESET, "xvf16ger2nn 1,36,36");
  T("pm f16ger2np", PRESET, "pmxvf16ger2np 1,36,36,15,15,2");
  T("bf16ger2", ZERO, "xvbf16ger2 1,37,37");
  T("bf16ger2pn", PRESET, "xvbf16ger2pn 1,37,37");
  T("pm bf16ger2pp", PRESET, "pmxvbf16ger2pp 1,37,36,7,14,1");
  TD("f64ger", ZERO, "xvf64ger 1,38,40");
  TD("f64gerpp", "xxlor 4,38,38\n\txxlor 5,39,39\n\txxlor 6,40,40\n\txxlor 7,38,38\n\txxmtacc 1", "xvf64gerpp 1,38,40");
  TD("f64gernn", "xxlor 4,38,38\n\txxlor 5,39,39\n\txxlor 6,40,40\n\txxlor 7,38,38\n\txxmtacc 1", "xvf64gernn 1,38,39");
  TD("pm f64gernp", "xxlor 4,38,38\n\txxlor 5,39,39\n\txxlor 6,40,40\n\txxlor 7,38,38\n\txxmtacc 1", "pmxvf64gernp 1,38,40,6,2");
  return 0;
}
