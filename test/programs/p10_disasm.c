// Disassembly coverage: one of every instruction form this branch added (ISA 3.1, MMA with its
// prefixed masks, ROP protection, HTM, BCD, DFP) that the executing test programs do not already
// contain (and a few older rows no other binary holds), in a function that never runs, so that
// test/disasm-objdump.test.ts compares them with objdump (it also checks that every mnemonic of
// those groups is among the words it compared). The program only prints "ok".
// TARGETS: ppc64 ppc64le
// CFLAGS: -mcpu=power10 -mhtm
// CPU: power10
#include "rt.h"

__attribute__((used, noinline)) static void never(void)
{
  __asm__ volatile(
    "hashstp 5,-16(1)\n\thashchkp 5,-24(1)\n\thashchk 9,-512(3)\n\t"
    "copy 3,4\n\tcopy 0,7\n\tpaste. 5,6\n\tpaste. 0,8\n\tcpabort\n\t"
    "treclaim. 3\n\ttrechkpt.\n\ttendall.\n\ttbegin. 1\n\ttabortwc. 7,3,4\n\ttabortdci. 2,3,-16\n\ttabortwci. 0,5,15\n\t"
    "xxmtacc 7\n\txxmfacc 0\n\txxsetaccz 3\n\t"
    "pmxvi4ger8 2,3,4,15,1,255\n\tpmxvi8ger4spp 0,32,63,1,2,3\n\tpmxvi16ger2 7,10,11,8,8,1\n\tpmxvi16ger2s 5,10,11,2,4,3\n\t"
    "pmxvf16ger2pn 1,2,3,4,5,2\n\tpmxvf16ger2 1,2,3,4,5,1\n\tpmxvbf16ger2nn 1,2,3,4,5,3\n\tpmxvbf16ger2 6,40,41,9,9,0\n\t"
    "pmxvf32gernp 1,2,3,15,0\n\tpmxvf32gerpn 4,5,6,1,1\n\tpmxvf64ger 2,4,5,3,1\n\tpmxvf64gerpp 2,4,5,12,3\n\tpmxvf64gerpn 7,8,33,1,2\n\t"
    "pmxvi4ger8pp 1,60,61,2,3,4\n\tpmxvi8ger4 1,2,3,0,0,0\n\tpmxvi16ger2pp 1,2,3,9,9,1\n\tpmxvf16ger2pp 0,33,34,3,4,1\n\t"
    "pmxvf16ger2nn 0,33,34,3,4,1\n\tpmxvbf16ger2pn 0,33,34,3,4,1\n\tpmxvf32gernn 0,33,34,3,4\n\tpmxvf64gernp 0,34,35,4,1\n\t"
    "xvi16ger2s 3,4,5\n\txvf16ger2np 1,2,3\n\txvbf16ger2np 1,2,3\n\txvbf16ger2pp 1,2,3\n\txvf64gerpn 1,2,3\n\txvf64gernp 1,2,3\n\t"
    "xxblendvb 1,2,3,4\n\txxblendvh 60,61,62,63\n\txxblendvd 33,2,35,4\n\txxpermx 1,2,3,4,7\n\txxeval 63,62,61,60,255\n\t"
    "vinsbrx 2,3,4\n\tvinshlx 2,3,4\n\tvinswrx 2,3,4\n\tvinsdlx 2,3,4\n\tvinsbvrx 2,3,4\n\tvinshvlx 2,3,4\n\tvinswvrx 2,3,4\n\t"
    "vextdubvrx 1,2,3,4\n\tvextduhvlx 1,2,3,4\n\tvextduwvrx 1,2,3,4\n\tvextddvlx 1,2,3,4\n\t"
    "vstribr 1,2\n\tvstrihl. 1,2\n\tvclrrb 1,2,3\n\tvcntmbh 3,4,1\n\tvcntmbw 3,4,0\n\tvcntmbb 3,4,0\n\t"
    "vdivesw 1,2,3\n\tvdivesq 1,2,3\n\tvdiveuw 1,2,3\n\tvcmpgtuq. 1,2,3\n\tvcmpequq 1,2,3\n\t"
    "lxvrhx 40,0,3\n\tstxvrbx 1,3,4\n\tstxvrhx 2,3,4\n\tstxvrwx 60,0,4\n\t"
    "bcdsr. 1,2,3,1\n\tbcdtrunc. 1,2,3,1\n\tbcdcfsq. 1,2,1\n\tbcdctz. 1,2,1\n\tbcdcfz. 1,2,0\n\t"
    "mcrxr 7\n\tmtocrf 128,3\n\tmfocrf 3,1\n\t"
    "vrldmi 1,2,3\n\tfsel 1,2,3,4\n\tlfsux 1,3,4\n\tstfdux 2,3,4\n\tlfdpx 2,3,4\n\tstfdpx 4,5,6\n\tsync\n\tdcba 3,4\n\ticbt 0,3,4\n\t"
    "xsmaddmsp 1,2,3\n\txsmsubasp 1,2,3\n\txsmsubmsp 1,2,3\n\txsnmaddasp 1,2,3\n\txsnmaddmsp 1,2,3\n\txsnmsubasp 1,2,3\n\t"
    "xssubqpo 1,2,3\n\txsmaddqpo 1,2,3\n\txsmsubqpo 1,2,3\n\txsnmaddqpo 1,2,3\n\txsnmsubqpo 1,2,3\n\txssqrtqpo 1,2\n\t"
    "plq 4,16(3)\n\tpstq 6,-32(5)\n\tplq 8,64\n\t"
    "phwsync\n\tplwsync\n\tstsync\n\tstcisync\n\tstncisync\n\tsync 4,1\n\tsync 1,3\n\tdcbfps 3,4\n\tdcbstps 3,4\n\tdcbflp 3,4\n\tdcbfl 3,4\n\t.long 0x7c841a9b\n\t"
    "diexq 4,6,8\n\tdiexq. 2,4,10\n\tpnop\n\tpmxvi8ger4pp 3,4,5,15,7,9\n\tpmxvbf16ger2np 2,6,7,5,10,2\n\tpmxvf64gernn 4,36,7,11,2\n\t"
    : : : "memory");
}

int main(void)
{
  rt_puts("ok\n");
  return 0;
}
