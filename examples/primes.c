// A longer-running deterministic guest for the checkpoint demo (about 10^8 instructions):
// finds the primes below LIMIT by trial division, printing one line per chunk of numbers.
// Freestanding (no libc); only 32-bit division, so it builds for ppc32 without libgcc.
#include "rt.h"

#define LIMIT 1000000u
#define CHUNK 50000u

static uint32_t small[1024];   /* primes up to sqrt(LIMIT) */
static unsigned nsmall;

static int is_prime(uint32_t n)
{
    if (n < 2) return 0;
    if (n < 4) return 1;
    if ((n & 1) == 0) return 0;
    for (unsigned i = 1; i < nsmall; i++) {          /* small[0] == 2 */
        uint32_t p = small[i];
        if (p * p > n) return 1;
        if (n % p == 0) return 0;
    }
    for (uint32_t d = nsmall ? small[nsmall - 1] + 2 : 3; d * d <= n; d += 2)
        if (n % d == 0) return 0;
    return 1;
}

int main(void)
{
    uint32_t total = 0, checksum = 0, last = 0;
    for (uint32_t base = 0; base < LIMIT; base += CHUNK) {
        uint32_t count = 0;
        for (uint32_t n = base; n < base + CHUNK; n++) {
            if (!is_prime(n)) continue;
            count++;
            last = n;
            checksum = (checksum ^ n) * 16777619u;
            if (nsmall < 1024 && n < 1300) small[nsmall++] = n;
        }
        total += count;
        rt_puts("primes in [");
        rt_udec(base);
        rt_puts(", ");
        rt_udec(base + CHUNK);
        rt_puts("): ");
        rt_udec(count);
        rt_puts("  largest ");
        rt_udec(last);
        rt_puts("  checksum ");
        rt_hex32(checksum);
        rt_nl();
    }
    rt_puts("total ");
    rt_udec(total);
    rt_nl();
    return 0;
}
