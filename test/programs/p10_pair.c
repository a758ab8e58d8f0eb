// Power ISA 3.1 paired vector loads and stores (Book I 7.6.1): lxvp/stxvp (DQ), lxvpx/stxvpx (X),
// plxvp/pstxvp (8LS prefixed, 34-bit displacement). XTp = 32*TX + 2*Tp: a pair of VSRs below 32
// (TX=0) or above (TX=1). Big-endian: VSR[XTp] holds the quadword at EA, VSR[XTp+1] the one at
// EA+16; little-endian swaps them (each quadword is moved as lxv/stxv move it). Registers are
// printed through stxv, so each target's golden shows its own byte order.
// TARGETS: ppc64 ppc64le
// CFLAGS: -mcpu=power10
// CPU: power10
#include "rt.h"

static unsigned char src[96] __attribute__((aligned(32)));
static unsigned char dst[96] __attribute__((aligned(32)));
static unsigned char regs[64] __attribute__((aligned(16)));

static void dump(const char *label, const unsigned char *p, int n)
{
  rt_puts(label); rt_puts(":");
  for (int k = 0; k < n; k++) { if ((k & 15) == 0) rt_putc(' '); rt_hex8(p[k]); }
  rt_nl();
}

/* the pair vs2/vs3 and vs34/vs35 after the load `op` (base r9 = src, index r10) */
#define LOADP(label, op, idx) do { \
  __asm__ volatile("xxlxor 2,2,2\n\txxlxor 3,3,3\n\txxlxor 34,34,34\n\txxlxor 35,35,35\n\t" \
    "mr 9,%0\n\tli 10," #idx "\n\t" op "\n\t" \
    "stxv 2,0(%1)\n\tstxv 3,16(%1)\n\tstxv 34,32(%1)\n\tstxv 35,48(%1)" \
    : : "b"(src), "b"(regs) : "r9", "r10", "vs2", "vs3", "vs34", "vs35", "memory"); \
  dump(label, regs, 64); } while (0)

/* store the pair loaded from src+32 (vs2/vs3) or src+64 (vs34/vs35) with `op` (base r9 = dst) */
#define STOREP(label, op, idx) do { \
  for (int k = 0; k < 96; k++) dst[k] = 0xee; \
  __asm__ volatile("lxv 2,32(%0)\n\tlxv 3,48(%0)\n\tlxv 34,64(%0)\n\tlxv 35,80(%0)\n\t" \
    "mr 9,%1\n\tli 10," #idx "\n\t" op \
    : : "b"(src), "b"(dst) : "r9", "r10", "vs2", "vs3", "vs34", "vs35", "memory"); \
  dump(label, dst, 96); } while (0)

int main(void)
{
  for (int k = 0; k < 96; k++) src[k] = (unsigned char)(k * 7 + 3);
  LOADP("lxvp vs2", "lxvp 2,0(9)", 0);
  LOADP("lxvp vs34 +32", "lxvp 34,32(9)", 0);
  LOADP("lxvp vs34 +16", "lxvp 34,16(9)", 0); /* DQ need only be a multiple of 16 */
  LOADP("lxvpx vs2", "lxvpx 2,9,10", 48);
  LOADP("lxvpx vs34 ra0", "mr 10,9\n\tlxvpx 34,0,10", 0);
  LOADP("plxvp vs34 big", "addis 9,9,-2\n\tplxvp 34,0x20020(9)", 0);
  LOADP("plxvp vs2 neg", "addi 9,9,80\n\tplxvp 2,-48(9)", 0);
  STOREP("stxvp vs2", "stxvp 2,0(9)", 0);
  STOREP("stxvp vs34 +48", "stxvp 34,48(9)", 0);
  STOREP("stxvpx vs34", "stxvpx 34,9,10", 32);
  STOREP("pstxvp vs2 big", "addis 9,9,-3\n\tpstxvp 2,0x30010(9)", 0);
  STOREP("pstxvp vs34", "pstxvp 34,64(9)", 0);
  return 0;
}
