// Power ISA 3.1 prefixed (8-byte) instructions: paddi (pli, pla), the MLS/8LS loads and stores
// of GPRs, FPRs and VSRs with 34-bit displacements (positive, negative, beyond 32 bits) and
// PC-relative (R=1) forms, globals reached through GCC's own PC-relative code, and the 4-byte
// ISA 3.1 instructions GCC emits for power10 (setbc & co., byte reversal). (A prefix in the last
// word of a 64-byte block, an alignment interrupt, is tested in test/unit/prefixed.test.ts:
// QEMU 7.2 aborts on it, "Unknown exception 0x5".)
// TARGETS: ppc64 ppc64le
// CFLAGS: -mcpu=power10
// CPU: power10
#include "ls_util.h"

static unsigned char buf[64] __attribute__((aligned(16)));
static unsigned char out[64] __attribute__((aligned(16)));
unsigned long g64 = 0x0123456789abcdefUL;
unsigned int g32 = 0x89abcdefU;
unsigned short g16 = 0x8765;
unsigned char g8 = 0xa5;
double gd = 2.5;
float gf = -1.75f;
unsigned long garr[8] = { 1, 2, 3, 4, 5, 6, 7, 8 };

#define BIG 0x123456780L  /* beyond 32 bits */
#define MID 0x1234560L    /* beyond 16 bits */

static void fill(void)
{
  for (int k = 0; k < 64; k++) buf[k] = (unsigned char)(0x80 + k * 7);
  for (int k = 0; k < 64; k++) out[k] = 0xee;
}

static void dump(const char *label, int n)
{
  dumpbytes(label, out, n);
  for (int k = 0; k < 64; k++) out[k] = 0xee;
}

/* GPR loads: base register + disp, disp of 34 bits; the base is set so that EA = buf + off. */
#define PL(insn, disp, off) ({ unsigned long r_; \
  __asm__ volatile(insn " %0,%2(%1)" : "=r"(r_) : "b"((unsigned long)buf + (off) - (disp)), "i"(disp) : "memory"); r_; })
#define PST(insn, disp, off, v) \
  __asm__ volatile(insn " %0,%2(%1)" : : "r"((unsigned long)(v)), "b"((unsigned long)out + (off) - (disp)), "i"(disp) : "memory")

static void gprs(void)
{
  static const long disps[] = { 0, 5, -3, MID, -MID, BIG, -BIG, 0x1ffffffffL, -0x200000000L };
  fill();
#define EACH(D) \
  show("plbz", PL("plbz", D, 3)); show("plhz", PL("plhz", D, 5)); show("plha", PL("plha", D, 6)); \
  show("plwz", PL("plwz", D, 9)); show("plwa", PL("plwa", D, 10)); show("pld", PL("pld", D, 11)); \
  PST("pstb", D, 1, 0x1122334455667788UL); PST("psth", D, 3, 0x1122334455667788UL); \
  PST("pstw", D, 7, 0x1122334455667788UL); PST("pstd", D, 13, 0x1122334455667788UL); dump("st", 24)
  EACH(0); EACH(5); EACH(-3); EACH(MID); EACH(-MID); EACH(BIG); EACH(-BIG); EACH(0x1ffffffffL); EACH(-0x200000000L);
  (void)disps;
}

static void paddis(void)
{
  unsigned long r;
  __asm__ volatile("pli %0,-5" : "=r"(r)); show("pli-5", r);
  __asm__ volatile("pli %0,0x1ffffffff" : "=r"(r)); show("plimax", r);
  __asm__ volatile("pli %0,-0x200000000" : "=r"(r)); show("plimin", r);
  __asm__ volatile("pli %0,0x12345" : "=r"(r)); show("pli", r);
  unsigned long bases[] = { 0, 1, 0xffffffffUL, 0x7fffffffffffffffUL, 0xfffffffe00000001UL, 0x80000000UL };
  for (int k = 0; k < 6; k++) {
    __asm__ volatile("paddi %0,%1,0x1ffffffff" : "=r"(r) : "b"(bases[k])); show("paddi+", r);
    __asm__ volatile("paddi %0,%1,-0x200000000" : "=r"(r) : "b"(bases[k])); show("paddi-", r);
    __asm__ volatile("paddi %0,%1,-1" : "=r"(r) : "b"(bases[k])); show("paddi-1", r);
    __asm__ volatile("paddi %0,%1,0x80000000" : "=r"(r) : "b"(bases[k])); show("paddi2^31", r);
  }
  /* R=1: the address of the instruction itself (static binary: the same in every run) */
  unsigned long a, b;
  __asm__ volatile("pla %0,0\n\tpla %1,-8" : "=r"(a), "=r"(b)); show("pla-diff", a - b);
  __asm__ volatile("paddi %0,0,16,1" : "=r"(a)); show("pla", a);
  /* R=1 loads of the instruction's own bytes: EA = address of the prefix + d */
  __asm__ volatile("pld %0,0(0),1" : "=r"(a)); show("pld-self", a);
  __asm__ volatile("plwz %0,4(0),1" : "=r"(a)); show("plwz-self", a);
  __asm__ volatile("plhz %0,0(0),1\n\tplbz %1,-8(0),1" : "=r"(a), "=r"(b)); show("plhz-self", a); show("plbz-prev", b);
  __asm__ volatile("plha %0,2(0),1" : "=r"(a)); show("plha-self", a);
  __asm__ volatile("plwa %0,0(0),1" : "=r"(a)); show("plwa-self", a);
}

static void pcrel(void)
{
  unsigned long r;
  __asm__ volatile("pld %0,g64@pcrel" : "=r"(r)); show("pld@pcrel", r);
  __asm__ volatile("plwz %0,g32@pcrel" : "=r"(r)); show("plwz@pcrel", r);
  __asm__ volatile("plwa %0,g32@pcrel" : "=r"(r)); show("plwa@pcrel", r);
  __asm__ volatile("plhz %0,g16@pcrel" : "=r"(r)); show("plhz@pcrel", r);
  __asm__ volatile("plha %0,g16@pcrel" : "=r"(r)); show("plha@pcrel", r);
  __asm__ volatile("plbz %0,g8@pcrel" : "=r"(r)); show("plbz@pcrel", r);
  __asm__ volatile("pla %0,garr@pcrel" : "=r"(r)); show("pla==&garr", r == (unsigned long)garr);
  __asm__ volatile("pld %0,garr+24@pcrel" : "=r"(r)); show("pld garr[3]", r);
  __asm__ volatile("pstd %0,garr+8@pcrel" : : "r"(0xdeadbeefcafef00dUL) : "memory");
  __asm__ volatile("pstw %0,garr+16@pcrel" : : "r"(0x55667788UL) : "memory");
  __asm__ volatile("psth %0,garr+32@pcrel" : : "r"(0xabcdUL) : "memory");
  __asm__ volatile("pstb %0,garr+40@pcrel" : : "r"(0x7eUL) : "memory");
  for (int k = 0; k < 8; k++) show("garr", garr[k]);
}

static void fprs(void)
{
  double d; float f;
  __asm__ volatile("plfd %0,gd@pcrel" : "=d"(d)); show("plfd", (unsigned long)(d * 1000));
  __asm__ volatile("plfs %0,gf@pcrel" : "=d"(f)); show("plfs", (unsigned long)(long)(f * 1000));
  __asm__ volatile("pstfd %0,gd@pcrel" : : "d"(d * 3) : "memory"); show("pstfd", (unsigned long)(gd * 1000));
  __asm__ volatile("pstfs %0,gf@pcrel" : : "d"(f * 2) : "memory"); show("pstfs", (unsigned long)(long)(gf * 1000));
  fill();
  unsigned long bits;
  __asm__ volatile("plfd %0,%2(%1)\n\tstfd %0,0(%3)" : "=&d"(d) : "b"((unsigned long)buf + 8 - BIG), "i"(BIG), "b"(out) : "memory");
  dump("plfd-big", 8);
  __asm__ volatile("plfs %0,%2(%1)\n\tstfd %0,0(%3)" : "=&d"(d) : "b"((unsigned long)buf + 4 + MID), "i"(-MID), "b"(out) : "memory");
  dump("plfs-mid", 8);
  __asm__ volatile("lfd %0,0(%1)\n\tpstfs %0,%3(%2)" : "=&d"(d) : "b"(buf), "b"((unsigned long)out + 1 - BIG), "i"(BIG) : "memory");
  dump("pstfs-big", 8);
  __asm__ volatile("lfd %0,8(%1)\n\tpstfd %0,%3(%2)" : "=&d"(d) : "b"(buf), "b"((unsigned long)out + 3 + MID), "i"(-MID) : "memory");
  dump("pstfd-mid", 12);
  (void)bits;
}

static void vsrs(void)
{
  fill();
  /* plxv to a VSR < 32 and >= 32, then stored with stxv */
  __asm__ volatile("plxv 3,%1(%0)\n\tstxv 3,0(%2)" : : "b"((unsigned long)buf + 5 - BIG), "i"(BIG), "b"(out) : "memory", "vs3");
  dump("plxv3", 16);
  __asm__ volatile("plxv 40,%1(%0)\n\tstxv 40,0(%2)" : : "b"((unsigned long)buf + 16 + MID), "i"(-MID), "b"(out) : "memory", "v8");
  dump("plxv40", 16);
  __asm__ volatile("lxv 5,0(%0)\n\tpstxv 5,%2(%1)" : : "b"(buf), "b"((unsigned long)out + 3 - MID), "i"(MID) : "memory", "vs5");
  dump("pstxv5", 20);
  __asm__ volatile("lxv 60,16(%0)\n\tpstxv 60,%2(%1)" : : "b"(buf), "b"((unsigned long)out + 1 + BIG), "i"(-BIG) : "memory", "v28");
  dump("pstxv60", 20);
  /* scalar forms name VRs: plxsd/plxssp load doubleword 0 (1 is zeroed) */
  __asm__ volatile("xxlnor 34,34,34\n\tplxsd 2,%1(%0)\n\tstxv 34,0(%2)" : : "b"((unsigned long)buf + 7 - BIG), "i"(BIG), "b"(out) : "memory", "v2");
  dump("plxsd", 16);
  __asm__ volatile("xxlnor 35,35,35\n\tplxssp 3,%1(%0)\n\tstxv 35,0(%2)" : : "b"((unsigned long)buf + 2 + MID), "i"(-MID), "b"(out) : "memory", "v3");
  dump("plxssp", 16);
  __asm__ volatile("lxv 36,0(%0)\n\tpstxsd 4,%2(%1)" : : "b"(buf), "b"((unsigned long)out + 5 - BIG), "i"(BIG) : "memory", "v4");
  dump("pstxsd", 16);
  __asm__ volatile("lxv 37,16(%0)\n\tpstxssp 5,%2(%1)" : : "b"(buf), "b"((unsigned long)out + 6 + MID), "i"(-MID) : "memory", "v5");
  dump("pstxssp", 16);
  /* PC-relative vector load/store of a global */
  __asm__ volatile("plxv 6,garr@pcrel\n\tpstxv 6,garr+48@pcrel" : : : "memory", "vs6");
  for (int k = 0; k < 8; k++) show("garr", garr[k]);
}

/* plq/pstq: the even register is the doubleword at EA in both byte orders (unlike lq/stq, whose
 * even register is the doubleword at EA+8 in little-endian mode: test ls_atomic). POWER10 does
 * this (Valgrind's test_isa_3_1_RT expectations; linuxppc issue 481), and so does QEMU. */
static void quads(void)
{
  unsigned long e, o;
  fill();
  __asm__ volatile("plq 10,%3(%2)\n\tpstq 10,%6(%5)\n\tmr %0,10\n\tmr %1,11" : "=r"(e), "=r"(o)
    : "b"((unsigned long)buf + 16 - BIG), "i"(BIG), "i"(0), "b"((unsigned long)out + 8 + MID), "i"(-MID)
    : "memory", "r10", "r11");
  show("plq.even", e); show("plq.odd", o);
  dump("pstq", 32);
}

#define SETB(insn, bit, cr) ({ unsigned long r_; \
  __asm__ volatile("mtcrf 0xff,%1\n\t" insn " %0," #bit : "=r"(r_) : "r"((unsigned long)(cr)) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7"); r_; })
#define SPLT(label, insn) do { \
  __asm__ volatile("lxv 33,0(%0)\n\t" insn "\n\tstxv 33,0(%1)" : : "b"(buf), "b"(out) : "memory", "v1"); \
  dump(label, 16); } while (0)

static void p10ops(void)
{
  static const unsigned long crs[] = { 0, 0xffffffffUL, 0xa5a5a5a5UL, 0x80000001UL };
  for (int k = 0; k < 4; k++) {
    show("setbc0", SETB("setbc", 0, crs[k])); show("setbc31", SETB("setbc", 31, crs[k]));
    show("setbcr2", SETB("setbcr", 2, crs[k])); show("setbcr30", SETB("setbcr", 30, crs[k]));
    show("setnbc5", SETB("setnbc", 5, crs[k])); show("setnbc0", SETB("setnbc", 0, crs[k]));
    show("setnbcr7", SETB("setnbcr", 7, crs[k])); show("setnbcr31", SETB("setnbcr", 31, crs[k]));
  }
  unsigned long r, v = 0x0123456789abcdefUL;
  __asm__("brd %0,%1" : "=r"(r) : "r"(v)); show("brd", r);
  __asm__("brw %0,%1" : "=r"(r) : "r"(v)); show("brw", r);
  __asm__("brh %0,%1" : "=r"(r) : "r"(v)); show("brh", r);
  fill();
  SPLT("xxspltiw", "xxspltiw 33,0x89abcdef");
  SPLT("xxspltidp1.5", "xxspltidp 33,0x3fc00000");
  SPLT("xxspltidp-inf", "xxspltidp 33,0xff800000");
  SPLT("xxspltidp-snan", "xxspltidp 33,0x7f800001");
  SPLT("xxspltidp-qnan", "xxspltidp 33,0xffc12345");
  SPLT("xxspltidp-0", "xxspltidp 33,0x80000000");
  SPLT("xxsplti32dx0", "xxsplti32dx 33,0,0x12345678");
  SPLT("xxsplti32dx1", "xxsplti32dx 33,1,0xfedcba98");
  __asm__ volatile("xxspltiw 5,0x01020304\n\tstxv 5,0(%0)" : : "b"(out) : "memory", "vs5");
  dump("xxspltiw-vs5", 16);
}

/* What GCC makes of ordinary code for power10 (setbc & co., byte reversal, pc-relative data). */
static __attribute__((noinline)) int eq(long a, long b) { return a == b; }
static __attribute__((noinline)) int ne(long a, long b) { return a != b; }
static __attribute__((noinline)) long lt(long a, long b) { return -(a < b); }
static __attribute__((noinline)) long ge(long a, long b) { return -(a >= b); }
static __attribute__((noinline)) unsigned long bs64(unsigned long a) { return __builtin_bswap64(a); }
static __attribute__((noinline)) unsigned int bs32(unsigned int a) { return __builtin_bswap32(a); }
static __attribute__((noinline)) unsigned short bs16(unsigned short a) { return __builtin_bswap16(a); }

static void compiled(void)
{
  static const long v[] = { 0, 1, -1, 0x7fffffffffffffffL, (long)0x8000000000000000UL, 5 };
  for (int a = 0; a < 6; a++)
    for (int b = 0; b < 6; b++) {
      rt_dec(eq(v[a], v[b])); rt_dec(ne(v[a], v[b])); rt_dec(lt(v[a], v[b])); rt_dec(ge(v[a], v[b]));
      rt_nl();
    }
  show("bs64", bs64(g64)); show("bs32", bs32(g32)); show("bs16", bs16(g16));
  unsigned long s = 0;
  for (int k = 0; k < 8; k++) s = s * 31 + garr[k] + g8;
  show("sum", s);
}

int main(void)
{
  gprs();
  paddis();
  pcrel();
  fprs();
  vsrs();
  quads();
  p10ops();
  compiled();
  return 0;
}
