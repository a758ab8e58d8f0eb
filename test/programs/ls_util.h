/* ls_util.h - shared output helpers of the ls_* and sys_spr test programs. */
#ifndef LS_UTIL_H
#define LS_UTIL_H
#include "rt.h"

/* v at the register width (16 hex digits on ppc64, 8 on ppc32), then a newline. */
static __attribute__((unused)) void showreg(unsigned long v)
{
#ifdef __powerpc64__
  rt_hex64(v);
#else
  rt_hex32(v);
#endif
  rt_nl();
}

/* "label=value" with the value at the register width. */
static __attribute__((unused)) void show(const char *l, unsigned long v)
{
  rt_puts(l); rt_putc('='); showreg(v);
}

/* "label=" and the n bytes at p in hex. */
static __attribute__((unused)) void dumpbytes(const char *l, const unsigned char *p, int n)
{
  rt_puts(l); rt_putc('=');
  for (int k = 0; k < n; k++) rt_hex8(p[k]);
  rt_nl();
}

#endif
