/* vec_util.h - shared parts of the VMX/VSX test programs.
 * Register operations (vmx_base.c, vsx_regops.c): T(name, pre, op) runs `pre op` on VR3 = C,
 * VR4 = A, VR5 = B, VR6 = C with VSCR = 0 and CR6 = 0, then prints the four words of VR3,
 * VSCR, CR6 and (for GPR results) r10.
 * Loads and stores (vmx_ls.c, vsx_ls.c): LD(name, off, len, op) loads from mem[] (byte k =
 * (37k+11) & 0xff) into VR3 (VSR35) preset to C and prints it; ST(name, off, len, op) stores
 * VR3 = A (VR8/VR9 = D) into sbuf[] preset to 0xee and prints sbuf. r8 = base, r9 = offset,
 * r10 = length (bits 0:7). With VSX, word-order loads give the same register contents in both
 * byte orders. */
#ifndef VEC_UTIL_H
#define VEC_UTIL_H
#include "rt.h"

/* ---- register operations: in = A, B, C; out = VR3, then VSCR in word 7 ---- */
static const unsigned int ops_in[12] __attribute__((aligned(16), unused)) = {
  0x80ff017f, 0x00020304, 0xfffefdfc, 0x11223344, 0x7f01ff80, 0x00020405, 0x01020304, 0xf0e0d0c0, 0x001f1e03, 0x10111213, 0x05060708, 0x191a1b1c};
static unsigned int ops_out[8] __attribute__((aligned(16), unused));
static __attribute__((unused)) void show(const char *name, unsigned long cr, unsigned long g) {
  rt_puts(name); rt_puts(":");
  for (int k = 0; k < 4; k++) { rt_putc(' '); rt_hex32(ops_out[k]); }
  rt_puts(" vscr="); rt_hex32(ops_out[7]); rt_puts(" cr6="); rt_hex8((cr >> 4) & 0xf);
  rt_puts(" r10="); rt_hex64(g); rt_nl();
}
#ifdef __VSX__
#define OPS_LD "li 9,0\n\tlxvw4x 36,9,%[p]\n\tli 9,16\n\tlxvw4x 37,9,%[p]\n\tli 9,32\n\tlxvw4x 38,9,%[p]\n\t"
#define OPS_ST "li 9,0\n\tstxvw4x 35,9,%[o]\n\tli 9,16\n\tstxvw4x 39,9,%[o]\n\t"
#else
#define OPS_LD "li 9,0\n\tlvx 4,9,%[p]\n\tli 9,16\n\tlvx 5,9,%[p]\n\tli 9,32\n\tlvx 6,9,%[p]\n\t"
#define OPS_ST "li 9,0\n\tstvx 3,9,%[o]\n\tli 9,16\n\tstvx 7,9,%[o]\n\t"
#endif
#define T(name, pre, op) do { unsigned long cr, g; __asm__ volatile( \
  OPS_LD \
  "vor 3,6,6\n\tvxor 7,7,7\n\tmtvscr 7\n\tli 10,0\n\tmtcrf 2,10\n\t" pre op "\n\t" \
  "mfcr %[cr]\n\tmfvscr 7\n\t" OPS_ST "mr %[g],10" \
  : [cr] "=&r"(cr), [g] "=&r"(g) : [p] "b"(ops_in), [o] "b"(ops_out) \
  : "r9", "r10", "r11", "r12", "v3", "v4", "v5", "v6", "v7", "cr6", "memory"); show(name, cr, g); } while (0)

/* ---- loads and stores: ls_in = A, C, D; ls_out = VR3 after a load ---- */
static unsigned char mem[64] __attribute__((aligned(16), unused));
static unsigned char sbuf[48] __attribute__((aligned(16), unused));
static const unsigned int ls_in[16] __attribute__((aligned(16), unused)) = {
  0x80ff017f, 0x00020304, 0xfffefdfc, 0x11223344, 0x001f1e03, 0x10111213, 0x05060708, 0x191a1b1c, 0x3ff81234, 0x56789abc, 0x37f12345, 0x6789abcd, 0, 0, 0, 0};
static unsigned int ls_out[4] __attribute__((aligned(16), unused));
#ifdef __VSX__
#define LDC "li 9,16\n\tlxvw4x 35,9,%[in]\n\tli 9,32\n\tlxvw4x 40,9,%[in]\n\tli 9,40\n\tlxvw4x 41,9,%[in]\n\t"
#define LDA "li 9,0\n\tlxvw4x 35,9,%[in]\n\tli 9,32\n\tlxvw4x 40,9,%[in]\n\tli 9,40\n\tlxvw4x 41,9,%[in]\n\t"
#define STV "li 9,0\n\tstxvw4x 35,9,%[o]\n\t"
#else
#define LDC "li 9,16\n\tlvx 3,9,%[in]\n\t"
#define LDA "li 9,0\n\tlvx 3,9,%[in]\n\t"
#define STV "li 9,0\n\tstvx 3,9,%[o]\n\t"
#endif
#ifdef __powerpc64__
#define SETLEN(n) "li 10," #n "\n\tsldi 10,10,56\n\t"
#else
#define SETLEN(n) ""
#endif
#define LD(name, off, len, op) do { __asm__ volatile(LDC "mr 8,%[p]\n\tli 9," #off "\n\t" SETLEN(len) op "\n\t" STV \
  :: [p] "b"(mem), [in] "b"(ls_in), [o] "b"(ls_out) : "r8", "r9", "r10", "v3", "v8", "v9", "memory"); \
  rt_puts(name); rt_puts(":"); for (int k = 0; k < 4; k++) { rt_putc(' '); rt_hex32(ls_out[k]); } rt_nl(); } while (0)
#define ST(name, off, len, op) do { for (int k = 0; k < 48; k++) sbuf[k] = 0xee; \
  __asm__ volatile(LDA "mr 8,%[p]\n\tli 9," #off "\n\t" SETLEN(len) op "\n\t" \
  :: [p] "b"(sbuf), [in] "b"(ls_in) : "r8", "r9", "r10", "v3", "v8", "v9", "memory"); \
  rt_puts(name); rt_puts(": "); for (int k = 0; k < 32; k++) rt_hex8(sbuf[k]); rt_nl(); } while (0)
/* Fills mem[] with its pattern (call first in main). */
static __attribute__((unused)) void fill_mem(void) {
  for (int k = 0; k < 64; k++) mem[k] = (unsigned char)(37 * k + 11);
}

#endif
