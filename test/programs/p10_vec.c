// Power ISA 3.1 vector integer instructions: multiply-high/low doubleword, divide, divide extended
// and modulo (word, doubleword, quadword), the 128-bit shifts/rotate/compares, mask expand/
// extract/count and mask moves, string isolate, clear leftmost/rightmost bytes, inserts from
// GPRs, xxeval, xxblendv*, xxpermx, lxvr*x/stxvr*x and the bfloat16 conversions. Operands are
// given as four words (most significant first, lxvw4x/stxvw4x keep that order in both byte
// orders); divisions avoid the cases the ISA leaves undefined. Also lxvkq.
// TARGETS: ppc64 ppc64le
// CFLAGS: -mcpu=power10
// CPU: power10
#include "rt.h"

static const unsigned int A[4] __attribute__((aligned(16))) = { 0x89abcdef, 0x01234567, 0xfedcba98, 0x76543210 };
static const unsigned int B[4] __attribute__((aligned(16))) = { 0x00000003, 0x000000fd, 0x00000000, 0x00000007 };
static const unsigned int C[4] __attribute__((aligned(16))) = { 0x80ff007f, 0x41424300, 0x31320033, 0x00000081 };
static const unsigned int D[4] __attribute__((aligned(16))) = { 0xfffffffe, 0x00000005, 0xffffffff, 0xfffffff9 };
static unsigned int out[4] __attribute__((aligned(16)));
static unsigned char mem[32] __attribute__((aligned(16)));

static void show(const char *name, unsigned long cr, unsigned long g)
{
  rt_puts(name); rt_puts(":");
  for (int k = 0; k < 4; k++) { rt_putc(' '); rt_hex32(out[k]); }
  rt_puts(" cr="); rt_hex32((unsigned)cr); rt_puts(" g="); rt_hex64(g); rt_nl();
}

/* v3 = A, v4 = B, v5 = C, v6 = D; v2 (vs34) = result preset to C; r9 = g */
#define T(name, op) do { unsigned long cr, g; __asm__ volatile( \
  "lxvw4x 35,0,%[a]\n\tlxvw4x 36,0,%[b]\n\tlxvw4x 37,0,%[c]\n\tlxvw4x 38,0,%[d]\n\txxlor 34,37,37\n\t" \
  "li 10,0\n\tmtcr 10\n\tli 9,0\n\tli 10,5\n\tli 11,-1\n\t" op "\n\tmfcr %[cr]\n\tstxvw4x 34,0,%[o]\n\tmr %[g],9" \
  : [cr] "=&r"(cr), [g] "=&r"(g) : [a] "b"(A), [b] "b"(B), [c] "b"(C), [d] "b"(D), [o] "b"(out) \
  : "r9", "r10", "r11", "v2", "v3", "v4", "v5", "v6", "v8", "cr0", "cr3", "cr6", "memory"); show(name, cr, g); } while (0)

int main(void)
{
  T("vmulld", "vmulld 2,3,6"); T("vmulhsw", "vmulhsw 2,3,6"); T("vmulhuw", "vmulhuw 2,3,6");
  T("vmulhsd", "vmulhsd 2,3,6"); T("vmulhud", "vmulhud 2,3,6");
  T("vmulesd", "vmulesd 2,3,6"); T("vmuleud", "vmuleud 2,3,6"); T("vmulosd", "vmulosd 2,3,6"); T("vmuloud", "vmuloud 2,3,6");
  T("vdivsw", "vdivsw 2,3,6"); T("vdivuw", "vdivuw 2,3,6"); T("vdivsd", "vdivsd 2,3,6"); T("vdivud", "vdivud 2,3,6");
  T("vdivsq", "vdivsq 2,3,6"); T("vdivuq", "vdivuq 2,3,4");
  T("vdiveuw", "vdiveuw 2,4,3"); T("vdivesd", "vdivesd 2,4,3"); T("vdiveud", "vdiveud 2,4,3"); T("vdiveuq", "vdiveuq 2,4,3");
  T("vmodsw", "vmodsw 2,3,6"); T("vmoduw", "vmoduw 2,3,6"); T("vmodsd", "vmodsd 2,3,6"); T("vmodud", "vmodud 2,3,6");
  T("vmodsq", "vmodsq 2,3,6"); T("vmoduq", "vmoduq 2,3,4");
  T("vslq", "vslq 2,3,4"); T("vsrq", "vsrq 2,3,6"); T("vsraq", "vsraq 2,3,4"); T("vrlq", "vrlq 2,3,6");
  T("vcmpequq.", "vcmpequq. 2,3,3"); T("vcmpgtsq.", "vcmpgtsq. 2,3,6"); T("vcmpgtuq", "vcmpgtuq 2,3,6");
  T("vcmpsq", "vcmpsq 3,3,6"); T("vcmpuq", "vcmpuq 3,3,6");
  T("vextsd2q", "vextsd2q 2,6");
  T("vexpandbm", "vexpandbm 2,5"); T("vexpandhm", "vexpandhm 2,5"); T("vexpandwm", "vexpandwm 2,3");
  T("vexpanddm", "vexpanddm 2,3"); T("vexpandqm", "vexpandqm 2,3");
  T("vextractbm", "vextractbm 9,5"); T("vextracthm", "vextracthm 9,5"); T("vextractwm", "vextractwm 9,3");
  T("vextractdm", "vextractdm 9,3"); T("vextractqm", "vextractqm 9,3");
  T("vcntmbb 1", "vcntmbb 9,5,1"); T("vcntmbh 0", "vcntmbh 9,5,0"); T("vcntmbw 1", "vcntmbw 9,3,1"); T("vcntmbd 0", "vcntmbd 9,3,0");
  T("mtvsrbm", "lis 9,0x1234\n\tori 9,9,0xa5c3\n\tmtvsrbm 2,9"); T("mtvsrhm", "li 9,0x96\n\tmtvsrhm 2,9");
  T("mtvsrwm", "li 9,0x5\n\tmtvsrwm 2,9"); T("mtvsrdm", "li 9,2\n\tmtvsrdm 2,9"); T("mtvsrqm", "li 9,3\n\tmtvsrqm 2,9");
  T("mtvsrbmi", "mtvsrbmi 2,0x8421");
  T("vclrlb 5", "vclrlb 2,3,10"); T("vclrrb 5", "vclrrb 2,3,10"); T("vclrlb -1", "vclrlb 2,3,11");
  T("vstribl.", "vstribl. 2,5"); T("vstribr.", "vstribr. 2,5"); T("vstrihl.", "vstrihl. 2,5"); T("vstrihr", "vstrihr 2,5");
  T("vstribl. none", "vstribl. 2,3");
  T("vinsw", "lis 9,0x1122\n\tori 9,9,0x3344\n\tvinsw 2,9,6"); T("vinsd", "lis 9,0x1122\n\tvinsd 2,9,8");
  T("vinsblx", "li 9,0x77\n\tvinsblx 2,10,9"); T("vinshrx", "li 9,0x7788\n\tvinshrx 2,10,9");
  T("vinswlx", "li 9,-2\n\tvinswlx 2,10,9"); T("vinsdrx", "li 9,-3\n\tli 10,3\n\tvinsdrx 2,10,9");
  T("xxeval 0x1e", "xxeval 34,35,36,37,0x1e"); T("xxeval 0xe8", "xxeval 34,35,37,38,0xe8");
  T("xxblendvb", "xxblendvb 34,35,36,37"); T("xxblendvh", "xxblendvh 34,35,36,37");
  T("xxblendvw", "xxblendvw 34,35,36,38"); T("xxblendvd", "xxblendvd 34,35,36,38");
  T("xxpermx 0", "xxpermx 34,35,36,37,0"); T("xxpermx 1", "xxpermx 34,35,36,37,1"); T("xxpermx 4", "xxpermx 34,35,36,37,4");
  T("vrlqnm", "vrlqnm 2,3,6"); T("vrlqnm wrap", "vrlqnm 2,3,4"); T("vrlqmi", "vrlqmi 2,3,6");
  T("vsldbi", "vsldbi 2,3,4,5"); T("vsrdbi", "vsrdbi 2,3,5,3"); T("vmsumcud", "vmsumcud 2,3,6,5");
  T("vextdubvlx", "li 9,17\n\tvextdubvlx 2,3,5,9"); T("vextduhvrx", "li 9,3\n\tvextduhvrx 2,3,5,9");
  T("vextduwvlx", "li 9,14\n\tvextduwvlx 2,3,5,9"); T("vextddvrx", "li 9,5\n\tvextddvrx 2,3,5,9");
  T("vinsbvlx", "vinsbvlx 2,10,3"); T("vinshvrx", "vinshvrx 2,10,3"); T("vinswvlx", "li 9,12\n\tvinswvlx 2,9,6");
  T("xvtlsbb", "xvtlsbb 3,35"); T("xvtlsbb 1s", "xxleqv 40,40,40\n\txvtlsbb 3,40");
  T("xvtlsbb 0s", "xxlxor 40,40,40\n\txvtlsbb 3,40");
  T("xxgenpcvbm 0", "xxgenpcvbm 34,5,0"); T("xxgenpcvbm 1", "xxgenpcvbm 34,5,1");
  T("xxgenpcvbm 2", "xxgenpcvbm 34,5,2"); T("xxgenpcvbm 3", "xxgenpcvbm 34,5,3");
  T("xxgenpcvhm 0", "xxgenpcvhm 34,5,0"); T("xxgenpcvhm 3", "xxgenpcvhm 34,5,3");
  T("xxgenpcvwm 2", "xxgenpcvwm 34,3,2"); T("xxgenpcvwm 1", "xxgenpcvwm 34,3,1");
  T("xxgenpcvdm 0", "xxgenpcvdm 34,3,0"); T("xxgenpcvdm 3", "xxgenpcvdm 34,3,3");
  for (int k = 0; k < 32; k++) mem[k] = (unsigned char)(k * 13 + 7);
  __asm__ volatile("lxvrbx 34,%0,%1\n\tstxvw4x 34,0,%2" : : "b"(mem), "r"(3L), "b"(out) : "v2", "memory"); show("lxvrbx", 0, 0);
  __asm__ volatile("lxvrhx 34,%0,%1\n\tstxvw4x 34,0,%2" : : "b"(mem), "r"(4L), "b"(out) : "v2", "memory"); show("lxvrhx", 0, 0);
  __asm__ volatile("lxvrwx 34,%0,%1\n\tstxvw4x 34,0,%2" : : "b"(mem), "r"(8L), "b"(out) : "v2", "memory"); show("lxvrwx", 0, 0);
  __asm__ volatile("lxvrdx 34,%0,%1\n\tstxvw4x 34,0,%2" : : "b"(mem), "r"(16L), "b"(out) : "v2", "memory"); show("lxvrdx", 0, 0);
  __asm__ volatile("lxvw4x 35,0,%1\n\tstxvrbx 35,0,%0\n\tli 9,2\n\tstxvrhx 35,9,%0\n\tli 9,4\n\tstxvrwx 35,9,%0\n\tli 9,8\n\tstxvrdx 35,9,%0"
                   : : "b"(mem), "b"(A) : "r9", "v3", "memory");
  rt_puts("stxvr:"); for (int k = 0; k < 16; k++) rt_hex8(mem[k]); rt_nl();
  T("lxvkq 1", "lxvkq 34,1"); T("lxvkq 9", "lxvkq 34,9"); T("lxvkq 16", "lxvkq 34,16"); T("lxvkq 23", "lxvkq 34,23");
  T("lxvkq 24", "lxvkq 34,24");
  T("xvcvbf16spn", "xvcvbf16spn 34,37"); T("xvcvspbf16", "xvcvspbf16 34,35"); T("xvcvspbf16 c", "xvcvspbf16 34,37");
  return 0;
}
