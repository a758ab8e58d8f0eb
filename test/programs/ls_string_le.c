// lmw/stmw and the string instructions in little-endian mode. The hardware takes an alignment
// interrupt and Linux's alignment handler performs them (arch/powerpc/kernel/align.c fix_alignment
// -> arch/powerpc/lib/sstep.c emulate_loadstore, LOAD_MULTI / STORE_MULTI): each register's low
// word is moved with copy_mem_in/copy_mem_out through the bytes of a host (little-endian) u32, so
// a full word is a little-endian word and a final partial word of lswi/stswi uses its
// low-order bytes.
// Hand-checked (ls_string_le.*.handchecked): QEMU 7.2 user mode aborts itself at the lmw
// ("Unknown exception 0x5", status 134); the expected output is what the kernel's handler gives:
// lmw r30,0(r9) over words 0x11223344 0x55667788 loads exactly those values; stmw stores them
// back unchanged; lswi r5,r9,7 gives r5 = 0x11223344 (bytes 44 33 22 11 from the low-order end)
// and r6 = 0x00667788 (bytes 88 77 66); stswi r5,r10,7 stores the bytes 44 33 22 11 88 77 66.
// TARGETS: ppc64le
// CPU: power9
#include "rt.h"

static unsigned int w[8] = { 0x11223344, 0x55667788 };
static unsigned char out[8];

static unsigned long res[4];

int main(void)
{
  rt_puts("before lmw"); rt_nl();
  /* gas refuses these in little-endian mode: lmw 30,0(9); stmw 30,8(9); lswi 5,9,7; stswi 5,10,7 */
  __asm__ volatile("mr 9,%0\n\tmr 10,%1\n\t"
                   ".long 0xbbc90000\n\tstd 30,0(%2)\n\tstd 31,8(%2)\n\t"
                   ".long 0xbfc90008\n\t"
                   ".long 0x7ca93caa\n\tstd 5,16(%2)\n\tstd 6,24(%2)\n\t"
                   ".long 0x7caa3daa"
                   : : "r"(w), "r"(out), "r"(res) : "r5", "r6", "r9", "r10", "r30", "r31", "memory");
  rt_show64("lmw r30", res[0]); rt_show64("lmw r31", res[1]);
  rt_show32("stmw w2", w[2]); rt_show32("stmw w3", w[3]);
  rt_show64("lswi r5", res[2]); rt_show64("lswi r6", res[3]);
  rt_puts("stswi");
  for (int k = 0; k < 8; k++) { rt_putc(' '); rt_hex8(out[k]); }
  rt_nl();
  return 0;
}
