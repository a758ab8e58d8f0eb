// Decimal integer (BCD) instructions on vector registers: bcdadd./bcdsub. (Power ISA 2.07) and
// the ISA 3.0 conversions (signed quadword, zoned, national), shifts (bcds., bcdus., bcdsr.),
// truncations, bcdcpsgn. and bcdsetsgn., each with its CR6; the multiply-by-10 assists
// (vmul10[e][c]uq) and vmsumudm (CR6 untouched: printed as 0). Operands are 128-bit values given as
// four words, most significant first (lxvw4x/stxvw4x keep that order in both byte orders).
// The result register is preset to 0xeeeeeeee...; after an invalid operand (CR6 = 0b0001) VRT
// is undefined, so it is not printed then, nor for the cases marked '!' (bcdcfsq. of a value
// beyond 31 digits: undefined result, QEMU leaves VRT alone).
// Hand-checked (vmx_bcd.stdout.handchecked), against the Power ISA 3.0B pseudocode of bcds.,
// bcdus., bcdtrunc. (Book I 6.7.x): eq_flag, lt_flag and gt_flag are computed from the source
// VSR[VRB+32] before the shift or truncation, and bcdus./bcdutrunc. set CR6 bit 0 (LT) to 0.
// QEMU 7.2 computes them from the result and treats the unsigned operand's low digit as a sign
// code. The lines that differ: "shift +31 ox" (source +1: GT|SO = 5, QEMU 3), "shift -40" (source
// +1234: GT = 4, QEMU EQ), "us +4", "us -3", "us +30 ox" (GT, never LT: 4, 4, 5; QEMU 8, 8, 9),
// "trunc 0" (source -5: LT|SO = 9, QEMU EQ|SO).
// Also hand-checked, the cases marked '*' (VRT printed although CR6 = 0b0001, invalid operand):
// bcdadd./bcdsub. with a sign code of 0 and valid digits leave VRT undefined in the ISA; POWER8
// writes the sum reading the bad sign as plus (Valgrind's jm_vec_isa_2_07 expectations: 0 || 0
// plus x is x with the preferred sign), as ppcemu does: -123 (..123d) and +123 (..123f, PS=1).
// QEMU 7.2 writes all ones.
// TARGETS: ppc64 ppc64le
// CFLAGS: -mcpu=power9
// CPU: power9
#include "rt.h"

typedef unsigned int Q[4];
static Q out __attribute__((aligned(16)));
static const Q preset __attribute__((aligned(16))) = { 0xeeeeeeee, 0xeeeeeeee, 0xeeeeeeee, 0xeeeeeeee };

#define OP(name, insn, A, B) do { \
  static const Q a_ __attribute__((aligned(16))) = A, b_ __attribute__((aligned(16))) = B; \
  unsigned long cr; \
  __asm__ volatile("lxvw4x 35,0,%1\n\tlxvw4x 36,0,%2\n\tlxvw4x 37,0,%3\n\tli 9,0\n\tmtcrf 2,9\n\t" \
    insn "\n\tmfcr %0\n\tstxvw4x 37,0,%4" : "=r"(cr) : "r"(a_), "r"(b_), "r"(preset), "r"(out) \
    : "r9", "v3", "v4", "v5", "cr6", "memory"); \
  show(name, cr); } while (0)

static void show(const char *name, unsigned long cr)
{
  unsigned c6 = (cr >> 4) & 0xf;
  rt_puts(name); rt_puts(": cr6="); rt_hex8(c6);
  char last = name[rt_strlen(name) - 1];
  if ((c6 != 1 && last != '!') || last == '*') for (int k = 0; k < 4; k++) { rt_putc(' '); rt_hex32(out[k]); }
  rt_nl();
}

#define P(x) { 0, 0, 0, x }          /* small signed BCD values: digits and sign in the low word */
#define Z { 0, 0, 0, 0 }
#define MAX31 { 0x99999999, 0x99999999, 0x99999999, 0x9999999c }
#define MAX31N { 0x99999999, 0x99999999, 0x99999999, 0x9999999d }
#define SH(n) { 0, (unsigned)(n) & 0xff, 0, 0 }     /* shift count in byte 7 */
#define TL(n) { 0, (unsigned)(n) & 0xffff, 0, 0 }   /* length in halfword 3 */

int main(void)
{
  OP("add +123 +456 ps0", "bcdadd. 5,3,4,0", P(0x123c), P(0x456c));
  OP("add +123 +456 ps1", "bcdadd. 5,3,4,1", P(0x123c), P(0x456f));
  OP("add +123 -456", "bcdadd. 5,3,4,0", P(0x123a), P(0x456d));
  OP("add -123 +456", "bcdadd. 5,3,4,1", P(0x123b), P(0x456e));
  OP("add -5 +5", "bcdadd. 5,3,4,0", P(0x5d), P(0x5c));
  OP("add max +1", "bcdadd. 5,3,4,0", MAX31, P(0x1c));
  OP("add -max -2", "bcdadd. 5,3,4,0", MAX31N, P(0x2d));
  OP("add bad sign", "bcdadd. 5,3,4,0", P(0x1239), P(0x1c));
  OP("add bad digit", "bcdadd. 5,3,4,0", P(0x1a3c), P(0x1c));
  OP("add 0 sign 0, -123 *", "bcdadd. 5,3,4,0", Z, P(0x123d));
  OP("sub +123, 0 sign 0 ps1 *", "bcdsub. 5,3,4,1", P(0x123a), Z);
  OP("sub +123 +456", "bcdsub. 5,3,4,0", P(0x123c), P(0x456c));
  OP("sub +456 -123 ps1", "bcdsub. 5,3,4,1", P(0x456c), P(0x123d));
  OP("sub -max +1", "bcdsub. 5,3,4,0", MAX31N, P(0x1c));
  OP("sub +7 +7", "bcdsub. 5,3,4,1", P(0x7c), P(0x7f));
  OP("cpsgn", "bcdcpsgn. 5,3,4", P(0x987c), P(0x1d));
  OP("cpsgn zero", "bcdcpsgn. 5,3,4", Z, P(0x1b));
  OP("cpsgn bad", "bcdcpsgn. 5,3,4", P(0x98), P(0x1d));
  OP("setsgn ps0", "bcdsetsgn. 5,4,0", Z, P(0x42f));
  OP("setsgn ps1", "bcdsetsgn. 5,4,1", Z, P(0x42a));
  OP("setsgn neg", "bcdsetsgn. 5,4,1", Z, P(0x42b));
  OP("shift +3", "bcds. 5,3,4,0", SH(3), P(0x1234d));
  OP("shift -2", "bcds. 5,3,4,1", SH(-2), P(0x1234c));
  OP("shift +31 ox", "bcds. 5,3,4,0", SH(31), P(0x1c));
  OP("shift -40", "bcds. 5,3,4,0", SH(-40), P(0x1234c));
  OP("shift +30", "bcds. 5,3,4,0", SH(30), P(0x7c));
  OP("sr -1 up", "bcdsr. 5,3,4,0", SH(-1), P(0x1235c));
  OP("sr -1 down", "bcdsr. 5,3,4,0", SH(-1), P(0x1234d));
  OP("sr -2 up", "bcdsr. 5,3,4,1", SH(-2), P(0x1295c));
  OP("sr +2", "bcdsr. 5,3,4,0", SH(2), P(0x1295c));
  OP("us +4", "bcdus. 5,3,4", SH(4), P(0x12345678));
  OP("us -3", "bcdus. 5,3,4", SH(-3), P(0x12345678));
  OP("us +30 ox", "bcdus. 5,3,4", SH(30), P(0x12345678));
  OP("us bad", "bcdus. 5,3,4", SH(1), P(0x1234567c));
  OP("trunc 3", "bcdtrunc. 5,3,4,0", TL(3), P(0x12345d));
  OP("trunc 5", "bcdtrunc. 5,3,4,1", TL(5), P(0x12345c));
  OP("trunc 40", "bcdtrunc. 5,3,4,0", TL(40), MAX31);
  OP("trunc 0", "bcdtrunc. 5,3,4,0", TL(0), P(0x5d));
  OP("utrunc 4", "bcdutrunc. 5,3,4", TL(4), P(0x12345678));
  OP("utrunc 10", "bcdutrunc. 5,3,4", TL(10), P(0x12345678));
  OP("ctsq +", "bcdctsq. 5,4", Z, P(0x12345c));
  OP("ctsq -", "bcdctsq. 5,4", Z, P(0x12345d));
  OP("ctsq max", "bcdctsq. 5,4", Z, MAX31N);
  OP("ctsq -0", "bcdctsq. 5,4", Z, P(0xd));
  OP("cfsq +", "bcdcfsq. 5,4,0", Z, P(12345));
  OP("cfsq - ps1", "bcdcfsq. 5,4,1", Z, ((Q){ 0xffffffff, 0xffffffff, 0xffffffff, 0xfffffff0 }));
  OP("cfsq big!", "bcdcfsq. 5,4,0", Z, ((Q){ 0x7fffffff, 0xffffffff, 0xffffffff, 0xffffffff }));
  OP("cfsq 0 ps1", "bcdcfsq. 5,4,1", Z, Z);
  OP("ctz ps0", "bcdctz. 5,4,0", Z, P(0x1234c));
  OP("ctz ps0 neg", "bcdctz. 5,4,0", Z, P(0x1234d));
  OP("ctz ps1", "bcdctz. 5,4,1", Z, P(0x1234c));
  OP("ctz ps1 neg", "bcdctz. 5,4,1", Z, P(0x1234b));
  OP("ctz ox", "bcdctz. 5,4,0", Z, MAX31);
  OP("cfz ps0", "bcdcfz. 5,4,0", Z, ((Q){ 0x30303030, 0x30303030, 0x30303030, 0x30313233 }));
  OP("cfz ps0 neg", "bcdcfz. 5,4,0", Z, ((Q){ 0x30303030, 0x30303030, 0x30303030, 0x30313273 }));
  OP("cfz ps1", "bcdcfz. 5,4,1", Z, ((Q){ 0xf0f0f0f0, 0xf0f0f0f0, 0xf0f0f0f0, 0xf9f8f7c6 }));
  OP("cfz ps1 neg", "bcdcfz. 5,4,1", Z, ((Q){ 0xf0f0f0f0, 0xf0f0f0f0, 0xf0f0f0f0, 0xf9f8f7d6 }));
  OP("cfz bad zone", "bcdcfz. 5,4,0", Z, ((Q){ 0x30303030, 0x30303030, 0x30303030, 0x30f13233 }));
  OP("cfz ps1 bad sign", "bcdcfz. 5,4,1", Z, ((Q){ 0xf0f0f0f0, 0xf0f0f0f0, 0xf0f0f0f0, 0xf9f8f796 }));
  OP("ctn", "bcdctn. 5,4", Z, P(0x1234c));
  OP("ctn neg", "bcdctn. 5,4", Z, P(0x1234d));
  OP("ctn ox", "bcdctn. 5,4", Z, ((Q){ 0, 0, 0x1, 0x2345678c }));
  OP("cfn", "bcdcfn. 5,4,0", Z, ((Q){ 0x00300031, 0x00320033, 0x00340035, 0x0036002b }));
  OP("cfn neg ps1", "bcdcfn. 5,4,1", Z, ((Q){ 0x00390038, 0x00370036, 0x00350034, 0x0033002d }));
  OP("cfn bad", "bcdcfn. 5,4,0", Z, ((Q){ 0x00300031, 0x00320033, 0x00340035, 0x0036002a }));
  OP("mul10uq", "vmul10uq 5,3", ((Q){ 0x1999999a, 0x12345678, 0x9abcdef0, 0xfedcba98 }), Z);
  OP("mul10cuq", "vmul10cuq 5,3", ((Q){ 0x1999999a, 0x12345678, 0x9abcdef0, 0xfedcba98 }), Z);
  OP("mul10euq", "vmul10euq 5,3,4", ((Q){ 0xffffffff, 0xffffffff, 0xffffffff, 0xfffffffe }), P(0x7));
  OP("mul10ecuq", "vmul10ecuq 5,3,4", ((Q){ 0xffffffff, 0xffffffff, 0xffffffff, 0xfffffffe }), P(0x7));
  OP("msumudm", "vmsumudm 5,3,4,3", ((Q){ 0xffffffff, 0xffffffff, 0x80000000, 0x00000001 }), ((Q){ 0xffffffff, 0xffffffff, 0x00000002, 0x00000003 }));
  return 0;
}
