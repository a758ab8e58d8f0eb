/* fx_cmp.c - compares (word and doubleword, signed and logical, every CR field style), isel,
 * setb, cmprb, cmpeqb; SO is copied into compare results.
 * CFLAGS-ppc64: -mcpu=power9
 * CFLAGS-ppc64le: -mcpu=power9 */
#include "fx_util.h"

#define C(FN, TEXT) ASM(FN, "li %0,0\n\t" TEXT)
C(c1, "cmpw %5,%6") C(c2, "cmpw 3,%5,%6") C(c3, "cmplw 1,%5,%6") C(c4, "cmplw 7,%5,%6")
C(c5, "cmpwi %5,-1") C(c6, "cmpwi 2,%5,0") C(c7, "cmpwi 5,%5,32767") C(c8, "cmpwi 6,%5,-32768")
C(c9, "cmplwi %5,0xffff") C(c10, "cmplwi 6,%5,0") C(c11, "cmplwi 4,%5,1")
#ifdef __powerpc64__
C(d1, "cmpd %5,%6") C(d2, "cmpd 7,%5,%6") C(d3, "cmpld %5,%6") C(d4, "cmpld 2,%5,%6")
C(d5, "cmpdi %5,-1") C(d6, "cmpdi 3,%5,0") C(d7, "cmpldi %5,0xffff") C(d8, "cmpldi 1,%5,0x8000")
ASM(i1, "cmpd %5,%6\n\tisel %0,%5,%6,0") ASM(i2, "cmpd %5,%6\n\tisel %0,%5,%6,1")
ASM(i3, "cmpd %5,%6\n\tisel %0,%5,%6,2") ASM(i4, "cmpw 7,%5,%6\n\tisel %0,0,%6,30")
ASM(i5, "cmpw %5,%6\n\tisel %0,%5,%6,3")
ASM(s1, "cmpd %5,%6\n\tsetb %0,0") ASM(s2, "cmplw 3,%5,%6\n\tsetb %0,3") ASM(s3, "setb %0,5")
C(r1, "cmprb 0,0,%5,%6") C(r2, "cmprb 1,1,%5,%6") C(e1, "cmpeqb 2,%5,%6")
#endif

int main(int argc, char **argv) {
  (void)argv;
  verbose = argc > 1;
  run("cmpw", c1, 0); run("cmpw 3", c2, 0); run("cmplw 1", c3, 0); run("cmplw 7", c4, 0);
  run("cmpwi -1", c5, 1); run("cmpwi 2,0", c6, 1); run("cmpwi 5,32767", c7, 1); run("cmpwi 6,-32768", c8, 1);
  run("cmplwi 0xffff", c9, 1); run("cmplwi 6,0", c10, 1); run("cmplwi 4,1", c11, 1);
#ifdef __powerpc64__
  run("cmpd", d1, 0); run("cmpd 7", d2, 0); run("cmpld", d3, 0); run("cmpld 2", d4, 0);
  run("cmpdi -1", d5, 1); run("cmpdi 3,0", d6, 1); run("cmpldi 0xffff", d7, 1); run("cmpldi 1,0x8000", d8, 1);
  run("isel lt", i1, 0); run("isel gt", i2, 0); run("isel eq", i3, 0); run("isel 0,cr7eq", i4, 0);
  run("isel so", i5, 0);
  run("setb cr0", s1, 0); run("setb cr3", s2, 0); run("setb cr5", s3, 0);
  run("cmprb 0", r1, 0); run("cmprb 1", r2, 0); run("cmpeqb", e1, 0);
  {
    /* ranges '0'-'9' (L=0) and 'a'-'z' / 'A'-'Z' (L=1) over characters around the bounds */
    static const reg RB[] = { 0x7a613930, 0x5a417a61, 0x00ff0000, 0xff00ff00 };
    reg o[3];
    for (int k = 0; k < 4; k++) {
      begin();
      for (reg ch = 0; ch < 256; ch++) {
        r1(ch | 0x1234500, RB[k], 0, o); mix(o[2]);
        r2(ch, RB[k], 0x80000000, o); mix(o[2]);
        e1(ch, ((reg)RB[k] << 32) | 0x41424344, 0, o); mix(o[2]);
      }
      rt_puts("cmprb/cmpeqb sweep "); rt_hex32((uint32_t)RB[k]); rt_puts(" hash="); rt_hex32(H); rt_nl();
    }
  }
#endif
  return 0;
}
