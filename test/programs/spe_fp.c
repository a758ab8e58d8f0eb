// CFLAGS: -Wa,-mspe
// TARGETS: ppc32
// CPU: e500v2
/* spe_fp: embedded floating point (efs*, evfs*, efd*) on normal operands in round-to-nearest:
   r4 = A, r5 = B (64-bit SPE registers), SPEFSCR = 0, CR = 0; prints r3 and CR.
   Not run here: evfscmpgt/lt/eq, for which QEMU 7.2 writes the CR field value shifted left
   by two bits (the ISA gives ch || cl || (ch | cl) || (ch & cl) in field BF); they are covered
   by hand-derived unit tests in test/unit/spe.test.ts instead. */
#include "rt.h"
typedef unsigned long long u64;
static u64 in[2] __attribute__((aligned(8)));
static u64 out[1] __attribute__((aligned(8)));
static const u64 sv[][2] = { /* single pairs (hi, lo elements) */
  { 0x3fc00000c0200000ull, 0x40490fdb3eaaaaabull },
  { 0x42f6e979bf800000ull, 0xc1a00000447a0000ull },
  { 0x4b000001cf000000ull, 0x3f8000014effffffull },
};
static const u64 dv[][2] = {
  { 0x3ff8000000000000ull, 0x400921fb54442d18ull },
  { 0xc034000000000000ull, 0x3fd5555555555555ull },
  { 0x41dfffffffc00000ull, 0xbff0000000000001ull },
};
static void show(const char *name, unsigned cr) {
  rt_puts(name); rt_puts(": "); rt_hex64(out[0]); rt_puts(" cr="); rt_hex32(cr); rt_nl();
}
#define T(name, tbl, op) do { for (unsigned k = 0; k < 3; k++) { unsigned cr; \
  in[0] = tbl[k][0]; in[1] = tbl[k][1]; \
  __asm__ volatile("evldd 4,0(%[p])\n\tevldd 5,8(%[p])\n\tevxor 3,3,3\n\t" \
    "li 0,0\n\tmtspr 512,0\n\tmtcrf 0xff,0\n\t" op "\n\t" \
    "mfcr %[cr]\n\tevstdd 3,0(%[o])" \
    : [cr] "=&r"(cr) : [p] "b"(in), [o] "b"(out) \
    : "r0", "r3", "r4", "r5", "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "memory"); \
  show(name, cr); } } while (0)
int main(void) {
  T("efsadd", sv, "efsadd 3,4,5");
  T("efssub", sv, "efssub 3,4,5");
  T("efsmul", sv, "efsmul 3,4,5");
  T("efsdiv", sv, "efsdiv 3,4,5");
  T("efsabs", sv, "efsabs 3,5");
  T("efsnabs", sv, "efsnabs 3,4");
  T("efsneg", sv, "efsneg 3,4");
  T("efscmpgt", sv, "efscmpgt 1,4,5");
  T("efscmplt", sv, "efscmplt 1,4,5");
  T("efscmpeq", sv, "efscmpeq 1,4,4");
  T("efststgt", sv, "efststgt 1,4,5");
  T("efststlt", sv, "efststlt 1,4,5");
  T("efststeq", sv, "efststeq 1,5,5");
  T("efscfsi", sv, "efscfsi 3,5");
  T("efscfui", sv, "efscfui 3,5");
  T("efsctsi", sv, "efsctsi 3,5");
  T("efsctui", sv, "efsctui 3,5");
  T("efsctsiz", sv, "efsctsiz 3,5");
  T("efsctuiz", sv, "efsctuiz 3,5");
  T("efscfuf", sv, "efscfuf 3,5");
  T("efsctuf", sv, "efsctuf 3,5");
  T("evfsadd", sv, "evfsadd 3,4,5");
  T("evfssub", sv, "evfssub 3,4,5");
  T("evfsmul", sv, "evfsmul 3,4,5");
  T("evfsdiv", sv, "evfsdiv 3,4,5");
  T("evfsabs", sv, "evfsabs 3,4");
  T("evfsnabs", sv, "evfsnabs 3,4");
  T("evfsneg", sv, "evfsneg 3,4");
  T("evfscfsi", sv, "evfscfsi 3,5");
  T("evfscfui", sv, "evfscfui 3,5");
  T("evfsctsi", sv, "evfsctsi 3,5");
  T("evfsctuiz", sv, "evfsctuiz 3,5");
  T("evfsctsiz", sv, "evfsctsiz 3,5");
  T("efdadd", dv, "efdadd 3,4,5");
  T("efdsub", dv, "efdsub 3,4,5");
  T("efdmul", dv, "efdmul 3,4,5");
  T("efddiv", dv, "efddiv 3,4,5");
  T("efdabs", dv, "efdabs 3,4");
  T("efdnabs", dv, "efdnabs 3,4");
  T("efdneg", dv, "efdneg 3,4");
  T("efdcmpgt", dv, "efdcmpgt 1,4,5");
  T("efdcmplt", dv, "efdcmplt 1,4,5");
  T("efdcmpeq", dv, "efdcmpeq 1,4,4");
  T("efdcfs", sv, "efdcfs 3,5");
  T("efscfd", dv, "efscfd 3,5");
  T("efdcfsi", sv, "efdcfsi 3,5");
  T("efdcfui", sv, "efdcfui 3,5");
  T("efdctsi", dv, "efdctsi 3,5");
  T("efdctsiz", dv, "efdctsiz 3,5");
  T("efdctuiz", dv, "efdctuiz 3,4");
  return 0;
}
