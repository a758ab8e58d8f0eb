// CFLAGS: -Wa,-mspe
// TARGETS: ppc32
// CPU: e500v2
/* spe_int: SPE vector integer, logical, shift, merge, compare/select, splat, load/store and the
   multiply forms QEMU implements. Each operation runs on r4 = A, r5 = B, r3 = C (64-bit SPE
   registers loaded with evldd), ACC = D, SPEFSCR = 0, CR = 0; it prints r3 (64 bits), ACC,
   CR and SPEFSCR.
   Not run here because QEMU 7.2 contradicts the ISA (Power ISA 2.06 Book I, SPE chapter) for
   them; they are covered by hand-derived unit tests in test/unit/spe.test.ts instead: evrndw,
   evsrwu/evsrws/evslw (QEMU's results are wrong for small shift counts too),
   evldh/evldhx (QEMU leaves the low word unloaded) and evlwhsplat/evlwhsplatx. */
#include "rt.h"
typedef unsigned long long u64;
static u64 in[4] __attribute__((aligned(8)));
static u64 out[2] __attribute__((aligned(8)));
static const u64 vals[][4] = {
  { 0x0000000512345678ull, 0x00000003fedcba98ull, 0x1111111122222222ull, 0x0000000100000002ull },
  { 0x80000000ffffffffull, 0x7fffffff00000001ull, 0xdeadbeefcafef00dull, 0x7ffffff0fffffff0ull },
  { 0xffff80007fff8000ull, 0x80008000ffff7fffull, 0x0123456789abcdefull, 0x8000000000000001ull },
  { 0x0000002100000020ull, 0x0000001fffffffe1ull, 0xfedcba9876543210ull, 0xffffffffffffffffull },
};
#define NV (sizeof vals / sizeof vals[0])
static void show(const char *name, unsigned cr, unsigned fs) {
  rt_puts(name); rt_puts(": "); rt_hex64(out[0]); rt_puts(" acc="); rt_hex64(out[1]);
  rt_puts(" cr="); rt_hex32(cr); rt_puts(" spefscr="); rt_hex32(fs); rt_nl();
}
#define T(name, op) do { for (unsigned k = 0; k < NV; k++) { unsigned cr, fs; \
  in[0] = vals[k][0]; in[1] = vals[k][1]; in[2] = vals[k][2]; in[3] = vals[k][3]; \
  __asm__ volatile("evldd 4,0(%[p])\n\tevldd 5,8(%[p])\n\tevldd 3,16(%[p])\n\tevldd 6,24(%[p])\n\t" \
    "evmra 6,6\n\tli 0,0\n\tmtspr 512,0\n\tmtcrf 0xff,0\n\t" op "\n\t" \
    "mfcr %[cr]\n\tmfspr %[fs],512\n\tevstdd 3,0(%[o])\n\tevxor 7,7,7\n\tevmwumiaa 7,7,7\n\tevstdd 7,8(%[o])" \
    : [cr] "=&r"(cr), [fs] "=&r"(fs) : [p] "b"(in), [o] "b"(out) \
    : "r0", "r3", "r4", "r5", "r6", "r7", "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "memory"); \
  show(name, cr, fs); } } while (0)

static unsigned char buf[32] __attribute__((aligned(8)));
static void showbuf(const char *name) {
  rt_puts(name); rt_puts(": ");
  for (int k = 0; k < 16; k++) rt_hex8(buf[k]);
  rt_nl();
}
#define L(name, op) do { unsigned hi, lo; __asm__ volatile( \
  "li 0,-1\n\tevmergelo 3,0,0\n\t" op "\n\tevmergehi 4,3,3\n\tmr %[hi],4\n\tmr %[lo],3" \
  : [hi] "=&r"(hi), [lo] "=&r"(lo) : [p] "b"(buf), [x] "r"(4) : "r0", "r3", "r4", "memory"); \
  rt_puts(name); rt_puts(": "); rt_hex32(hi); rt_hex32(lo); rt_nl(); } while (0)
#define S(name, op) do { for (int k = 0; k < 16; k++) buf[k] = 0xa0 + k; \
  in[0] = 0x0123456789abcdefull; __asm__ volatile("evldd 3,0(%[i])\n\t" op \
  :: [p] "b"(buf), [i] "b"(in), [x] "r"(4) : "r3", "memory"); showbuf(name); } while (0)

int main(void) {
  T("evaddw", "evaddw 3,4,5");
  T("evaddiw", "evaddiw 3,4,31");
  T("evsubfw", "evsubfw 3,4,5");
  T("evsubifw", "evsubifw 3,7,5");
  T("evabs", "evabs 3,4");
  T("evneg", "evneg 3,5");
  T("evextsb", "evextsb 3,4");
  T("evextsh", "evextsh 3,5");
  T("evcntlzw", "evcntlzw 3,4");
  T("evcntlsw", "evcntlsw 3,5");
  T("evand", "evand 3,4,5");
  T("evandc", "evandc 3,4,5");
  T("evxor", "evxor 3,4,5");
  T("evor", "evor 3,4,5");
  T("evnor", "evnor 3,4,5");
  T("eveqv", "eveqv 3,4,5");
  T("evorc", "evorc 3,4,5");
  T("evnand", "evnand 3,4,5");
  T("evmr", "evmr 3,5");
  T("evnot", "evnot 3,5");
  T("evrlw", "evrlw 3,4,5");
  T("evsrwiu", "evsrwiu 3,4,7");
  T("evsrwis", "evsrwis 3,4,31");
  T("evslwi", "evslwi 3,4,4");
  T("evrlwi", "evrlwi 3,4,13");
  T("evsplati", "evsplati 3,-7");
  T("evsplati+", "evsplati 3,15");
  T("evsplatfi", "evsplatfi 3,-7");
  T("evsplatfi+", "evsplatfi 3,9");
  T("evmergehi", "evmergehi 3,4,5");
  T("evmergelo", "evmergelo 3,4,5");
  T("evmergehilo", "evmergehilo 3,4,5");
  T("evmergelohi", "evmergelohi 3,4,5");
  T("evcmpgtu", "evcmpgtu 1,4,5");
  T("evcmpgts", "evcmpgts 2,4,5");
  T("evcmpltu", "evcmpltu 3,4,5");
  T("evcmplts", "evcmplts 7,4,5");
  T("evcmpeq", "evcmpeq 0,4,4");
  T("evcmpeq2", "evcmpeq 5,4,5");
  T("evsel", "evcmpgts 1,4,5\n\tevsel 3,4,5,1");
  T("evsel0", "evcmpltu 0,4,5\n\tevsel 3,4,5,0");
  T("brinc", "brinc 4,4,5\n\tevor 3,4,4");
  T("evmra", "evmra 3,5");
  T("evmwumi", "evmwumi 3,4,5");
  T("evmwsmi", "evmwsmi 3,4,5");
  T("evmwumia", "evmwumia 3,4,5");
  T("evmwsmia", "evmwsmia 3,4,5");
  T("evmwumiaa", "evmwumiaa 3,4,5");
  T("evmwsmiaa", "evmwsmiaa 3,4,5");

  for (int k = 0; k < 32; k++) buf[k] = (unsigned char)(k * 37 + 0x85);
  L("evldd", "evldd 3,8(%[p])");
  L("evlddx", "evlddx 3,%[p],%[x]");
  L("evldw", "evldw 3,8(%[p])");
  L("evldwx", "evldwx 3,%[p],%[x]");
  L("evlhhesplat", "evlhhesplat 3,2(%[p])");
  L("evlhhesplatx", "evlhhesplatx 3,%[p],%[x]");
  L("evlhhousplat", "evlhhousplat 3,6(%[p])");
  L("evlhhousplatx", "evlhhousplatx 3,%[p],%[x]");
  L("evlhhossplat", "evlhhossplat 3,6(%[p])");
  L("evlhhossplatx", "evlhhossplatx 3,%[p],%[x]");
  L("evlwhe", "evlwhe 3,4(%[p])");
  L("evlwhex", "evlwhex 3,%[p],%[x]");
  L("evlwhou", "evlwhou 3,12(%[p])");
  L("evlwhoux", "evlwhoux 3,%[p],%[x]");
  L("evlwhos", "evlwhos 3,12(%[p])");
  L("evlwhosx", "evlwhosx 3,%[p],%[x]");
  L("evlwwsplat", "evlwwsplat 3,4(%[p])");
  L("evlwwsplatx", "evlwwsplatx 3,%[p],%[x]");
  S("evstdd", "evstdd 3,8(%[p])");
  S("evstddx", "evstddx 3,%[p],%[x]");
  S("evstdw", "evstdw 3,8(%[p])");
  S("evstdwx", "evstdwx 3,%[p],%[x]");
  S("evstdh", "evstdh 3,8(%[p])");
  S("evstdhx", "evstdhx 3,%[p],%[x]");
  S("evstwhe", "evstwhe 3,4(%[p])");
  S("evstwhex", "evstwhex 3,%[p],%[x]");
  S("evstwho", "evstwho 3,4(%[p])");
  S("evstwhox", "evstwhox 3,%[p],%[x]");
  S("evstwwe", "evstwwe 3,4(%[p])");
  S("evstwwex", "evstwwex 3,%[p],%[x]");
  S("evstwwo", "evstwwo 3,4(%[p])");
  S("evstwwox", "evstwwox 3,%[p],%[x]");
  return 0;
}
