// Checkpoint cut points: load-and-reserve / store-conditional. Each round does a single lwarx ...
// stwcx. attempt (no intervening store, so it must succeed) and prints CR0, then a retrying atomic
// add; on 64-bit targets the same with ldarx/stdcx. test/checkpoint-cuts.test.ts checkpoints right
// after a lwarx/ldarx: a restore that lost the reservation makes the store-conditional fail.
#include "rt.h"

static volatile uint32_t w32;
static volatile uint64_t w64 __attribute__((aligned(8)));

static uint32_t once32(volatile uint32_t *p, uint32_t add)
{
    uint32_t old, tmp, cr;
    __asm__ volatile("lwarx %0,0,%3\n\t"
                     "add %1,%0,%4\n\t"
                     "stwcx. %1,0,%3\n\t"
                     "mfcr %2"
                     : "=&r"(old), "=&r"(tmp), "=&r"(cr) : "r"(p), "r"(add) : "cr0", "memory");
    return cr >> 28;        /* CR0: LT GT EQ SO; EQ set = stored */
}

static uint32_t add32(volatile uint32_t *p, uint32_t add)
{
    uint32_t old, tmp;
    __asm__ volatile("1: lwarx %0,0,%2\n\t"
                     "add %1,%0,%3\n\t"
                     "stwcx. %1,0,%2\n\t"
                     "bne- 1b"
                     : "=&r"(old), "=&r"(tmp) : "r"(p), "r"(add) : "cr0", "memory");
    return old;
}

#ifdef __powerpc64__
static uint32_t once64(volatile uint64_t *p, uint64_t add)
{
    uint64_t old, tmp, cr;
    __asm__ volatile("ldarx %0,0,%3\n\t"
                     "add %1,%0,%4\n\t"
                     "stdcx. %1,0,%3\n\t"
                     "mfcr %2"
                     : "=&r"(old), "=&r"(tmp), "=&r"(cr) : "r"(p), "r"(add) : "cr0", "memory");
    return (uint32_t)(cr >> 28) & 15;
}

static uint64_t add64(volatile uint64_t *p, uint64_t add)
{
    uint64_t old, tmp;
    __asm__ volatile("1: ldarx %0,0,%2\n\t"
                     "add %1,%0,%3\n\t"
                     "stdcx. %1,0,%2\n\t"
                     "bne- 1b"
                     : "=&r"(old), "=&r"(tmp) : "r"(p), "r"(add) : "cr0", "memory");
    return old;
}
#endif

int main(void)
{
    for (uint32_t i = 0; i < 12; i++) {
        uint32_t cr = once32(&w32, 0x01010101u * (i + 1));
        uint32_t old = add32(&w32, 0x10001u + i);
        rt_puts("w32 cr0="); rt_hex8(cr); rt_puts(" old="); rt_hex32(old); rt_puts(" now="); rt_hex32(w32); rt_nl();
#ifdef __powerpc64__
        uint32_t cr64 = once64(&w64, 0x0101010101010101ull * (i + 1));
        uint64_t old64 = add64(&w64, 0x100000001ull + i);
        rt_puts("w64 cr0="); rt_hex8(cr64); rt_puts(" old="); rt_hex64(old64); rt_puts(" now="); rt_hex64(w64); rt_nl();
#endif
    }
    return (int)(w32 & 0x3f);
}
