// A dynamically linked program using libm.so.6 (loaded by the loader as a second library):
// transcendental functions through the PLT, printed exactly (%a) and rounded (%.17g). The output
// does not depend on the target (no `long`).
// ppc32: the Debian powerpc libm.so.6 executes mffscrni/mffsl, which POWER CPUs before ISA 3.0
// execute as mffs (the sub-opcode sits in a reserved field that processors ignore) but which
// QEMU's 32-bit CPU models reject with SIGILL, so QEMU cannot record this program there (as for
// test/programs/glibc/libm.c). test/golden/ppc32/dynamic/libm.{stdout,status}.handchecked are the
// ppc64 QEMU recording: the same glibc C code computes every value, printed the same way.
#include <math.h>
#include <stdio.h>

static volatile double inputs[] = {0.5, 1.0, 2.718281828459045, 10.25, -3.75, 1e-8, 123456.789};

int main(void)
{
    double acc = 0;
    for (unsigned i = 0; i < sizeof inputs / sizeof inputs[0]; i++) {
        double x = inputs[i], ax = fabs(x);
        double r[] = {sin(x), cos(x), tan(x), exp(x / 1e4), log(ax), log10(ax), sqrt(ax), cbrt(x), atan2(x, 3.0),
                      pow(ax, 0.3), erf(x / 4), tgamma(ax < 20 ? ax : 20), sinh(x / 1e4), hypot(x, 1.5)};
        printf("x=%.17g\n", x);
        for (unsigned k = 0; k < sizeof r / sizeof r[0]; k++) {
            printf("  f%u=%a %.17g\n", k, r[k], r[k]);
            acc += r[k];
        }
    }
    float f = sinf(0.75f) + expf(1.5f) + logf(3.0f);
    printf("float %a %.9g\n", f, f);
    printf("llround %lld floor %g fma %a\n", llround(acc), floor(acc), fma(acc, 1e-3, 0.5));
    printf("sum %a\n", acc);
    return 0;
}
