/* fenv: <fenv.h> through glibc: rounding modes, exception flags, saved environments, and enabled
 * exceptions delivered as SIGFPE with the si_code Linux gives (feenableexcept, which calls
 * prctl(PR_SET_FPEXC)).
 * On ppc32 this glibc's fegetround/fesetround use mffsl, which pre-ISA-3.0 CPUs run as mffs
 * (reserved bits ignored) but QEMU's 32-bit CPUs reject with SIGILL, so QEMU cannot record a
 * golden file. test/golden/ppc32/glibc-fenv.stdout.handchecked is the ppc64 expectation with one
 * line changed: "cvt" converts a huge double to long and back; long is 32 bits on ppc32, so
 * fctiwz sets VXCVI only (invalid=1; FI is cleared for an invalid conversion, ISA 3.0 4.3.6) and
 * the int 0x7fffffff converts back to double exactly, so inexact stays 0 (on ppc64 the 64-bit
 * 0x7fffffffffffffff does not fit a double's 53 bits and fcfid sets XX).
 *
 * Hand-checked golden file (glibc-fenv.stdout.handchecked): QEMU 7.2 picks si_code from the
 * exception it raised last, not as Linux does. The kernel (arch/powerpc/kernel/traps.c,
 * __parse_fpscr) checks VE&VX (FPE_FLTINV 7), then OE&OX (FPE_FLTOVF 4), UE&UX (FPE_FLTUND 5),
 * ZE&ZX (FPE_FLTDIV 3), XE&XX (FPE_FLTRES 6); so 0/0 and sqrt(-1) give 7 (QEMU: 3 and 8) and an
 * overflow with overflow and inexact enabled gives 4 (QEMU: 6). */
#define _GNU_SOURCE
#include <fenv.h>
#include <math.h>
#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

static uint64_t bits(double x) { uint64_t b; memcpy(&b, &x, 8); return b; }
static volatile double vz = 0.0, v1 = 1.0, v3 = 3.0, vbig = 1e300, vtiny = 1e-300, vm1 = -1.0;
static volatile float f3 = 3.0f;

static void flags(const char *what) {
  int e = fetestexcept(FE_ALL_EXCEPT);
  printf("%-10s inexact=%d divbyzero=%d underflow=%d overflow=%d invalid=%d\n", what,
         !!(e & FE_INEXACT), !!(e & FE_DIVBYZERO), !!(e & FE_UNDERFLOW), !!(e & FE_OVERFLOW),
         !!(e & FE_INVALID));
}

static sigjmp_buf jb;
static volatile int got_code;
static void on_fpe(int sig, siginfo_t *si, void *uc) {
  (void)uc;
  got_code = sig == SIGFPE ? si->si_code : -1;
  siglongjmp(jb, 1);
}

static void trap(const char *name, int exc, int op) {
  feclearexcept(FE_ALL_EXCEPT);
  got_code = 0;
  if (sigsetjmp(jb, 1) == 0) {
    feenableexcept(exc);
    volatile double r = 0;
    switch (op) {
      case 0: r = v1 / vz; break;
      case 1: r = vbig * vbig; break;
      case 2: r = vtiny * vtiny; break;
      case 3: r = vz / vz; break;
      case 4: r = v1 / v3; break;
      case 5: r = sqrt(vm1); break;
    }
    (void)r;
    printf("%-10s no trap\n", name);
  } else {
    printf("%-10s SIGFPE si_code=%d\n", name, got_code);
  }
  fedisableexcept(FE_ALL_EXCEPT);
  feclearexcept(FE_ALL_EXCEPT);
}

int main(void) {
  static const int modes[] = { FE_TONEAREST, FE_TOWARDZERO, FE_UPWARD, FE_DOWNWARD };
  static const char *names[] = { "nearest", "zero", "upward", "downward" };
  for (int k = 0; k < 4; k++) {
    fesetround(modes[k]);
    printf("%-9s getround=%d 1/3=%016llx -1/3=%016llx 2/3f=%08x sqrt2=%016llx fma=%016llx rint(2.5)=%g nearbyint(-2.5)=%g lrint(3.5)=%ld\n",
           names[k], fegetround() == modes[k], (unsigned long long)bits(v1 / v3),
           (unsigned long long)bits(vm1 / v3), (unsigned)({ float q = 2.0f / f3; uint32_t u; memcpy(&u, &q, 4); u; }),
           (unsigned long long)bits(sqrt(2.0 * v1)), (unsigned long long)bits(fma(v1 / v3, v3, -v1)),
           rint(2.5 * v1), nearbyint(-2.5 * v1), lrint(3.5 * v1));
  }
  fesetround(FE_TONEAREST);

  feclearexcept(FE_ALL_EXCEPT); flags("clear");
  volatile double r;
  r = v1 / v3; flags("1/3");
  feclearexcept(FE_ALL_EXCEPT); r = v1 / vz; flags("1/0");
  feclearexcept(FE_ALL_EXCEPT); r = vbig * vbig; flags("overflow");
  feclearexcept(FE_ALL_EXCEPT); r = vtiny * vtiny; flags("underflow");
  feclearexcept(FE_ALL_EXCEPT); r = vz / vz; flags("0/0");
  feclearexcept(FE_ALL_EXCEPT); r = sqrt(vm1); flags("sqrt(-1)");
  feclearexcept(FE_ALL_EXCEPT); r = (double)(long)(vbig); flags("cvt");
  (void)r;
  feraiseexcept(FE_OVERFLOW | FE_INEXACT); flags("raise");
  fexcept_t saved; fegetexceptflag(&saved, FE_ALL_EXCEPT);
  feclearexcept(FE_ALL_EXCEPT); fesetexceptflag(&saved, FE_OVERFLOW); flags("setflag");

  fenv_t env; fesetround(FE_UPWARD); fegetenv(&env); fesetround(FE_DOWNWARD);
  fesetenv(&env); printf("fesetenv restores upward: %d\n", fegetround() == FE_UPWARD);
  feholdexcept(&env); r = v1 / vz; flags("held");
  feupdateenv(&env); flags("updated"); printf("round after update: %d\n", fegetround() == FE_UPWARD);
  fesetround(FE_TONEAREST);
  feclearexcept(FE_ALL_EXCEPT);

  struct sigaction sa; memset(&sa, 0, sizeof sa);
  sa.sa_sigaction = on_fpe; sa.sa_flags = SA_SIGINFO; sigemptyset(&sa.sa_mask);
  sigaction(SIGFPE, &sa, 0);
  trap("divbyzero", FE_DIVBYZERO, 0);
  trap("overflow", FE_OVERFLOW, 1);
  trap("underflow", FE_UNDERFLOW, 2);
  trap("invalid", FE_INVALID, 3);
  trap("inexact", FE_INEXACT, 4);
  trap("sqrtinv", FE_INVALID, 5);
  trap("notenabled", FE_OVERFLOW, 0);
  trap("ovf+inex", FE_OVERFLOW | FE_INEXACT, 1);
  printf("fegetexcept after disable: %d\n", fegetexcept());
  return 0;
}
