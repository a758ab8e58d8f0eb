/* What the kernel tells a program about its CPU: getauxval(AT_HWCAP), AT_HWCAP2, AT_PLATFORM,
 * AT_BASE_PLATFORM and the cache block sizes (AT_DCACHEBSIZE, AT_ICACHEBSIZE).
 * Expected values are the Linux kernel's cputable entries for the model (arch/powerpc/kernel/
 * cpu_specs_*.h, bit values from the uapi asm/cputable.h; see src/features/models.ts), NOT QEMU's:
 * QEMU user mode fills AT_HWCAP from its own, incomplete list (no PPC_FEATURE_32, HAS_MMU or
 * TRUE_LE, for instance), so the .stdout.handchecked files hold the kernel's values for the
 * default models (POWER9 for ppc64/ppc64le, 7450 for ppc32), and test/unit/models.test.ts runs
 * this program under every model and compares with the table. */
#include <stdio.h>
#include <sys/auxv.h>

#ifndef AT_HWCAP2
#define AT_HWCAP2 26
#endif
#ifndef AT_BASE_PLATFORM
#define AT_BASE_PLATFORM 24
#endif
#ifndef AT_DCACHEBSIZE
#define AT_DCACHEBSIZE 19
#endif
#ifndef AT_ICACHEBSIZE
#define AT_ICACHEBSIZE 20
#endif

static const char *str(unsigned long v)
{
    return v ? (const char *)v : "(none)";
}

int main(void)
{
    printf("AT_HWCAP=0x%08lx\n", getauxval(AT_HWCAP));
    printf("AT_HWCAP2=0x%08lx\n", getauxval(AT_HWCAP2));
    printf("AT_PLATFORM=%s\n", str(getauxval(AT_PLATFORM)));
    printf("AT_BASE_PLATFORM=%s\n", str(getauxval(AT_BASE_PLATFORM)));
    printf("AT_DCACHEBSIZE=%lu\n", getauxval(AT_DCACHEBSIZE));
    printf("AT_ICACHEBSIZE=%lu\n", getauxval(AT_ICACHEBSIZE));
    return 0;
}
