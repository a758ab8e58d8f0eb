#!/usr/bin/env bash
# Records hashst digests from QEMU 7.2 (-cpu power10) with a known HASHKEYR, for
# test/unit/hash.test.ts. QEMU's linux-user draws HASHKEYR from glib's g_rand_new() and hides it
# from the guest; an LD_PRELOAD shim makes that generator g_rand_new_with_seed(SEED), and the same
# seeded generator's first two 32-bit draws are the key (high word first). Prints the key, then
# "RA RB DIGEST" per line. Needs the oracle toolchain (../shared/oracle/install-toolchain.sh) and
# a host gcc. Nothing here runs ppcemu.
set -euo pipefail
seed=${1:-12345}
glib=$(ldd "$(command -v qemu-ppc64le)" | awk '/libglib-2.0/ {print $3}')
[ -n "$glib" ] || { echo "qemu-ppc64le is not linked with glib: cannot fix its HASHKEYR" >&2; exit 1; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cat > "$tmp/shim.c" <<C
typedef struct _GRand GRand;
extern GRand *g_rand_new_with_seed(unsigned int seed);
GRand *g_rand_new(void) { return g_rand_new_with_seed($seed); }
C
cat > "$tmp/key.c" <<C
#include <stdio.h>
typedef struct _GRand GRand;
extern GRand *g_rand_new_with_seed(unsigned int seed);
extern unsigned int g_rand_int(GRand *);
int main(void) {
  GRand *r = g_rand_new_with_seed($seed);
  unsigned long long hi = g_rand_int(r), lo = g_rand_int(r);
  printf("key %016llx\n", (hi << 32) | lo);
  return 0;
}
C
cat > "$tmp/h.c" <<'C'
#include <stdio.h>
static unsigned long long buf[64];
int main(void) {
  static const unsigned long long rbs[] = {0x0f0e0d0c0b0a0908ull, 0, 0xfedcba9876543210ull};
  for (int k = 0; k < 3; k++) {
    unsigned long long *ra = &buf[32];
    ra[-1] = 0;
    __asm__ volatile("hashst %1,-8(%0)" :: "b"(ra), "r"(rbs[k]) : "memory");
    printf("%016llx %016llx %016llx\n", (unsigned long long)ra, rbs[k], ra[-1]);
  }
  return 0;
}
C
gcc -shared -fPIC -o "$tmp/shim.so" "$tmp/shim.c" "$glib"
gcc -o "$tmp/key" "$tmp/key.c" "$glib"
powerpc64le-linux-gnu-gcc -static -O1 -mcpu=power10 -o "$tmp/h" "$tmp/h.c"
"$tmp/key"
LD_PRELOAD="$tmp/shim.so" qemu-ppc64le -cpu power10 "$tmp/h"
