// CFLAGS: -mcpu=power9
// TARGETS: ppc64 ppc64le
// CPU: power9
#include "rt.h"
#include "vsx_util.h"
/* VSX vector floating point (ISA 2.06): the double and single lane arithmetic, multiply-adds,
   max/min, compares (with and without Rc), tests, rounding to integer and conversions that GCC
   emits when it vectorizes FP loops. Each case loads VSR36 (A), VSR37 (B) and VSR34 (T, also an
   input of the multiply-adds) with lxvd2x, sets the FPSCR (rounding mode only, no enables),
   clears CR, runs one instruction and prints T's two doublewords (every lane's bits), the FPSCR
   and CR. Operands: doubleword lanes from D[] (lane 1 a different pair than lane 0), word lanes
   from F[]; every case runs in round-to-nearest and round-toward-minus-infinity.
   Hand-checked (vsx_vecfp.stdout.handchecked, made by scripts/fp-handcheck.py): xvnmadd*/
   xvnmsub* round each lane, then negate it (the ISA's pseudocode); QEMU 7.2 negates first, which
   under round toward -infinity gives the other neighbour of an inexact lane. Each such line is
   the matching xvmadd*/xvmsub* line with every non-NaN lane negated (equal to QEMU's in mode 0).
   Vector operations set no FR, FI or FPRF: the printed FPSCR shows only the OR of the lanes'
   exception bits (and FX, VX).
   Lanes that overflow and lanes that underflow are not mixed in one operation: QEMU 7.2 then
   records only OX (the ISA: OX and UX).
   xvrsqrtesp follows QEMU (a binary32 square root, then a binary32 reciprocal); the ISA only
   bounds the estimate's error.
   The reciprocal estimates are not run on zero operands (QEMU 7.2 sets no ZX there; the ISA
   does, see vsx_fp.c). */
static const u64 D[] = {
  VSX_D_FIRST20
  0xc1e0000000200000, /* 20: -2147483648.25 */
  0x0010000000000000, /* 21: DBL_MIN */
};
#define ND (sizeof(D) / sizeof(D[0]))

static const unsigned F[] = {
  0x3f800000, /* 0: 1 */
  0x40400000, /* 1: 3 */
  0x3dcccccd, /* 2: 0.1 */
  0xc0200000, /* 3: -2.5 */
  0x7f7fffff, /* 4: FLT_MAX */
  0x00400000, /* 5: denormal */
  0x00000000, /* 6: +0 */
  0x80000000, /* 7: -0 */
  0x7f800000, /* 8: +inf */
  0xff800000, /* 9: -inf */
  0x7fc00001, /* 10: QNaN */
  0x7f800002, /* 11: SNaN */
  0x3fc00000, /* 12: 1.5 */
  0xbfc00000, /* 13: -1.5 */
  0x4f000001, /* 14: 2^31 + 256 */
  0xcf000000, /* 15: -2^31 */
  0x3f800001, /* 16: 1 + ulp */
  0x00800000, /* 17: FLT_MIN */
  0x4b7fffff, /* 18: 16777215 */
  0x40200000, /* 19: 2.5 */
};
#define NF (sizeof(F) / sizeof(F[0]))

/* integer operands for the int -> fp conversions */
static const u64 I[] = {
  0, 1, 0xffffffffffffffff, 0x7fffffffffffffff, 0x8000000000000000, 0x0020000000000001, 0x00000000ffffffff,
  0x80000001fffffffe, 0x0000000001000001, 0x123456789abcdef0,
};
#define NI (sizeof(I) / sizeof(I[0]))

static void show(const char *name, int k, int mode, unsigned long cr) {
  rt_puts(name); rt_putc(' '); rt_dec(k); rt_puts(" m"); rt_dec(mode);
  rt_puts(": "); rt_hex64(O[0]); rt_putc(' '); rt_hex64(O[1]); rt_puts(" fpscr="); rt_hex32((unsigned)fout);
  rt_puts(" cr="); rt_hex32((unsigned)cr); rt_nl();
}

static u64 w2(unsigned hi, unsigned lo) { return ((u64)hi << 32) | lo; }

/* lanes: case k uses D[x[k]] / F[x[k]] style tuples */
static const unsigned char PD[][6] = { /* a0 b0 t0 a1 b1 t1 */
  {0, 1, 2, 2, 1, 0}, {3, 12, 1, 4, 4, 9}, {5, 5, 6, 5, 0, 7}, {6, 7, 7, 7, 7, 6}, {8, 9, 0, 8, 8, 9},
  {0, 8, 1, 10, 0, 2}, {0, 11, 0, 11, 10, 1}, {6, 6, 6, 1, 6, 0}, {21, 2, 13, 16, 13, 1}, {17, 0, 2, 19, 19, 0},
  {18, 2, 3, 12, 13, 17}, {2, 2, 13, 4, 4, 9}, {8, 6, 0, 6, 8, 1}, {3, 3, 0, 0, 0, 7},
};
#define NPD (sizeof(PD) / sizeof(PD[0]))
static const unsigned char PS[][12] = { /* a0..a3 b0..b3 t0..t3 */
  {0, 2, 3, 4, 1, 1, 12, 4, 2, 0, 1, 9}, {5, 6, 7, 8, 5, 7, 7, 9, 6, 6, 7, 0}, {10, 0, 11, 8, 0, 11, 10, 8, 0, 1, 2, 3},
  {17, 2, 16, 13, 2, 17, 0, 12, 7, 0, 2, 1}, {4, 14, 19, 3, 2, 15, 19, 3, 9, 8, 7, 6}, {6, 8, 1, 12, 6, 6, 0, 13, 0, 6, 2, 13},
};
#define NPS (sizeof(PS) / sizeof(PS[0]))

static void setdv(unsigned k) {
  A[0] = D[PD[k][0]]; B[0] = D[PD[k][1]]; Tt[0] = D[PD[k][2]];
  A[1] = D[PD[k][3]]; B[1] = D[PD[k][4]]; Tt[1] = D[PD[k][5]];
}
static void setsv(unsigned k) {
  A[0] = w2(F[PS[k][0]], F[PS[k][1]]); A[1] = w2(F[PS[k][2]], F[PS[k][3]]);
  B[0] = w2(F[PS[k][4]], F[PS[k][5]]); B[1] = w2(F[PS[k][6]], F[PS[k][7]]);
  Tt[0] = w2(F[PS[k][8]], F[PS[k][9]]); Tt[1] = w2(F[PS[k][10]], F[PS[k][11]]);
}

#define DV(op, ops) do { for (unsigned k = 0; k < NPD; k++) for (int md = 0; md < 4; md += 3) { setdv(k); fin = md; RUN(op ops); show(op, k, md, cr); } } while (0)
#define SV(op, ops) do { for (unsigned k = 0; k < NPS; k++) for (int md = 0; md < 4; md += 3) { setsv(k); fin = md; RUN(op ops); show(op, k, md, cr); } } while (0)
/* unary over every D pair / every F quadruple: B = D[k], D[k+1] or F[k..k+3] */
#define DU(op) do { for (unsigned k = 0; k < ND; k++) for (int md = 0; md < 4; md += 3) { \
  B[0] = D[k]; B[1] = D[(k + 7) % ND]; Tt[0] = Tt[1] = 0x5555555555555555; fin = md; RUN(op " 34,37"); show(op, k, md, cr); } } while (0)
#define SU(op) do { for (unsigned k = 0; k < NF; k++) for (int md = 0; md < 4; md += 3) { \
  B[0] = w2(F[k], F[(k + 3) % NF]); B[1] = w2(F[(k + 7) % NF], F[(k + 11) % NF]); Tt[0] = Tt[1] = 0x5555555555555555; \
  fin = md; RUN(op " 34,37"); show(op, k, md, cr); } } while (0)
#define IU(op) do { for (unsigned k = 0; k < NI; k++) for (int md = 0; md < 4; md += 3) { \
  B[0] = I[k]; B[1] = I[(k + 3) % NI]; Tt[0] = Tt[1] = 0x5555555555555555; fin = md; RUN(op " 34,37"); show(op, k, md, cr); } } while (0)
/* conversions to integer: QEMU 7.2 keeps a lane's invalid flag for the following lanes and gives
   them the invalid result too, so invalid lanes come only after valid ones (or repeat the
   same operand); lane independence is covered by test/unit/vsxfp.test.ts */
static const unsigned char GD[] = {0, 1, 2, 12, 6, 7}, GF[] = {0, 1, 2, 12, 6, 7, 16, 18, 19};
#define DC(op) do { for (unsigned k = 0; k < ND; k++) for (int md = 0; md < 4; md += 3) { \
  B[0] = D[GD[k % sizeof(GD)]]; B[1] = D[k]; Tt[0] = Tt[1] = 0x5555555555555555; fin = md; RUN(op " 34,37"); show(op, k, md, cr); } } while (0)
#define SC(op) do { for (unsigned k = 0; k < NF; k++) for (int md = 0; md < 4; md += 3) { \
  B[0] = w2(F[GF[k % sizeof(GF)]], F[GF[(k + 4) % sizeof(GF)]]); B[1] = w2(F[k], F[k]); Tt[0] = Tt[1] = 0x5555555555555555; \
  fin = md; RUN(op " 34,37"); show(op, k, md, cr); } } while (0)
/* estimates: no zero operands */
#define EU(op, arr, n, a, b) do { for (unsigned k = 0; k < n; k++) { \
  if ((arr[k] & ~(1ul << (sizeof(arr[0]) * 8 - 1))) == 0) continue; \
  for (int md = 0; md < 4; md += 3) { B[0] = a; B[1] = b; fin = md; RUN(op " 34,37"); show(op, k, md, cr); } } } while (0)

int main(void) {
  unsigned long cr;
  DV("xvadddp", " 34,36,37"); DV("xvsubdp", " 34,36,37"); DV("xvmuldp", " 34,36,37"); DV("xvdivdp", " 34,36,37");
  SV("xvaddsp", " 34,36,37"); SV("xvsubsp", " 34,36,37"); SV("xvmulsp", " 34,36,37"); SV("xvdivsp", " 34,36,37");
  DV("xvmaddadp", " 34,36,37"); DV("xvmaddmdp", " 34,36,37"); DV("xvmsubadp", " 34,36,37"); DV("xvmsubmdp", " 34,36,37");
  DV("xvnmaddadp", " 34,36,37"); DV("xvnmaddmdp", " 34,36,37"); DV("xvnmsubadp", " 34,36,37"); DV("xvnmsubmdp", " 34,36,37");
  SV("xvmaddasp", " 34,36,37"); SV("xvmaddmsp", " 34,36,37"); SV("xvmsubasp", " 34,36,37"); SV("xvmsubmsp", " 34,36,37");
  SV("xvnmaddasp", " 34,36,37"); SV("xvnmaddmsp", " 34,36,37"); SV("xvnmsubasp", " 34,36,37"); SV("xvnmsubmsp", " 34,36,37");
  DV("xvmaxdp", " 34,36,37"); DV("xvmindp", " 34,36,37"); SV("xvmaxsp", " 34,36,37"); SV("xvminsp", " 34,36,37");
  DV("xvcmpeqdp", " 34,36,37"); DV("xvcmpgtdp", " 34,36,37"); DV("xvcmpgedp", " 34,36,37");
  DV("xvcmpeqdp.", " 34,36,37"); DV("xvcmpgtdp.", " 34,36,37"); DV("xvcmpgedp.", " 34,36,37");
  SV("xvcmpeqsp", " 34,36,37"); SV("xvcmpgtsp", " 34,36,37"); SV("xvcmpgesp", " 34,36,37");
  SV("xvcmpeqsp.", " 34,36,37"); SV("xvcmpgtsp.", " 34,36,37"); SV("xvcmpgesp.", " 34,36,37");
  DV("xvtdivdp", " 5,36,37"); DV("xvtsqrtdp", " 3,37");
  DU("xvsqrtdp"); SU("xvsqrtsp");
  EU("xvredp", D, ND, D[k], D[(k + 5) % ND == 6 || (k + 5) % ND == 7 ? 0 : (k + 5) % ND]);
  EU("xvrsqrtedp", D, ND, D[k], D[(k + 5) % ND == 6 || (k + 5) % ND == 7 ? 0 : (k + 5) % ND]);
  EU("xvresp", F, NF, w2(F[k], F[(k + 3) % NF == 6 || (k + 3) % NF == 7 ? 1 : (k + 3) % NF]), w2(F[0], F[k]));
  EU("xvrsqrtesp", F, NF, w2(F[k], F[(k + 3) % NF == 6 || (k + 3) % NF == 7 ? 1 : (k + 3) % NF]), w2(F[0], F[k]));
  DU("xvrdpi"); DU("xvrdpiz"); DU("xvrdpim"); DU("xvrdpip"); DU("xvrdpic");
  SU("xvrspi"); SU("xvrspiz"); SU("xvrspim"); SU("xvrspip"); SU("xvrspic");
  DU("xvcvdpsp"); SU("xvcvspdp");
  IU("xvcvsxddp"); IU("xvcvuxddp"); IU("xvcvsxwdp"); IU("xvcvuxwdp"); IU("xvcvsxdsp"); IU("xvcvuxdsp");
  IU("xvcvsxwsp"); IU("xvcvuxwsp");
  DC("xvcvdpsxds"); DC("xvcvdpuxds"); DC("xvcvdpsxws"); DC("xvcvdpuxws");
  SC("xvcvspsxws"); SC("xvcvspuxws"); SC("xvcvspsxds"); SC("xvcvspuxds");
  return 0;
}
