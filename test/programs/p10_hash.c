// hashst's HashDigest structure (Power ISA 3.1B, "Hash Instructions"): the digest is the XOR of
// two enciphered blocks, and each 32-bit half of a block is enciphered on its own, so which input
// bytes share a cipher lane decides which combinations cancel. For RB byte i, i2 (0 = least
// significant) and RA byte j, the XOR of the four hashes of (RA, RA+delta_j) x (RB, RB^delta_i)
// (and of RB x RB' over two RB bytes) is 0 in a result word exactly when the two bytes never meet
// in one lane; the program prints which words are 0. This does not depend on HASHKEYR, which
// QEMU 7.2 draws at random for every run and keeps out of the user's reach (the cipher itself is
// checked in test/unit/hash.test.ts against its own known answers).
// TARGETS: ppc64 ppc64le
// CFLAGS: -mcpu=power10
// CPU: power10
#include "rt.h"

typedef unsigned long long u64;
static u64 buf[8192] __attribute__((aligned(65536)));

static u64 hash(u64 *ra, u64 rb)
{
  ra[-1] = 0;
  __asm__ volatile("hashst %1,-8(%0)" :: "b"(ra), "r"(rb) : "memory");
  return ra[-1];
}
static void show(const char *what, int x, int y, u64 s)
{
  rt_puts(what); rt_putc(' '); rt_dec(x); rt_putc(' '); rt_dec(y); rt_puts(s >> 32 ? " hi:mixed" : " hi:zero");
  rt_puts((unsigned)s ? " lo:mixed\n" : " lo:zero\n");
}

int main(void)
{
  const u64 rb = 0x0123456789abcdefull;
  for (int i = 0; i < 8; i++) for (int j = 0; j < 2; j++) {
    u64 *ra1 = &buf[4096], *ra2 = (u64 *)((char *)ra1 + ((u64)0x28 << (8 * j)));
    u64 rb2 = rb ^ (0x5aull << (8 * i));
    show("rb-ra", i, j, hash(ra1, rb) ^ hash(ra1, rb2) ^ hash(ra2, rb) ^ hash(ra2, rb2));
  }
  for (int i = 0; i < 8; i++) for (int i2 = i + 1; i2 < 8; i2++) {
    u64 *ra = &buf[4096];
    u64 d1 = 0xa5ull << (8 * i), d2 = 0x3cull << (8 * i2);
    show("rb-rb", i, i2, hash(ra, rb) ^ hash(ra, rb ^ d1) ^ hash(ra, rb ^ d2) ^ hash(ra, rb ^ d1 ^ d2));
  }
  return 0;
}
