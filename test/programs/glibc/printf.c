// CFLAGS: -Wno-format-truncation
/* glibc stdio formatting: integers of every width and flag, floating point in %e %f %g %a,
 * strings and characters, snprintf truncation, strtod/strtol round trips.
 * main returns 42 (exit status through __libc_start_main, with stdout flushed at exit). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <stddef.h>
#include <limits.h>
#include <float.h>
#include <math.h>

static void ints(void)
{
    static const long long vals[] = { 0, 1, -1, 7, -7, 42, 127, -128, 255, 256, 32767, -32768, 65535,
        65536, 2147483647LL, -2147483647LL - 1, 4294967295LL, 4294967296LL, 1000000007LL,
        123456789012345LL, LLONG_MAX, LLONG_MIN, 0x7fedcba987654321LL };
    for (size_t i = 0; i < sizeof vals / sizeof vals[0]; i++) {
        long long v = vals[i];
        printf("[%d|%i|%u|%x|%X|%o]", (int)v, (int)v, (unsigned)v, (unsigned)v, (unsigned)v, (unsigned)v);
        printf("[%hhd|%hhu|%hhx|%hd|%hu|%hx]", (signed char)v, (unsigned char)v, (unsigned char)v,
               (short)v, (unsigned short)v, (unsigned short)v);
        printf("[%ld|%lu|%lx]", (long)v, (unsigned long)v, (unsigned long)v);
        printf("[%lld|%llu|%llx|%llo]", v, (unsigned long long)v, (unsigned long long)v, (unsigned long long)v);
        printf("[%jd|%zu|%td]\n", (intmax_t)v, (size_t)v, (ptrdiff_t)v);
        printf("  [%8d|%-8d|%08d|%+d|% d|%.5d|%8.3d|%-+8.3d|%#x|%#o|%#10.6x|%+.0d]\n", (int)v, (int)v, (int)v,
               (int)v, (int)v, (int)v, (int)v, (int)v, (unsigned)v, (unsigned)v, (unsigned)v, (int)v);
        printf("  [%25lld|%-25lld|%025lld|%+.20lld|%#llx|%#llo]\n", v, v, v, v, (unsigned long long)v,
               (unsigned long long)v);
    }
    printf("[%.0d|%.0x|%#.0o|%5.0d]\n", 0, 0u, 0u, 0);
    printf("[%*d|%-*d|%.*d|%*.*d]\n", 6, 12, 6, 12, 4, 12, 8, 5, -12);
}

static void floats(void)
{
    static const double vals[] = { 0.0, -0.0, 1.0, -1.0, 0.1, 0.5, 1.5, 2.5, -2.5, 3.0 / 7.0, 1.0 / 3.0,
        2.0 / 3.0, 9.5, 10.0, 99.999, 123456789.125, 9007199254740993.0, 1e15, 1e16, 1e21, 1e22, 1e23,
        1e-5, 1e-4, 0.000123456, 1e100, 1e-100, 1e300, 1e-300, DBL_MAX, DBL_MIN, 4.9406564584124654e-324,
        2.2250738585072009e-308, 3.141592653589793, 2.718281828459045, 6.02214076e23, -1.602176634e-19,
        0.30000000000000004, 1234.5678, 5e-5, 0.05, 0.015, 0.025, 1e-7, 100.0, 65536.0 };
    for (size_t i = 0; i < sizeof vals / sizeof vals[0]; i++) {
        double d = vals[i];
        printf("%zu: %e|%.0e|%.17e|%E\n", i, d, d, d, d);
        if (fabs(d) < 1e25)
            printf("   %f|%.0f|%.3f|%.20f|%#.0f|%+12.4f|%-14.2f|%014.3f|\n", d, d, d, d, d, d, d, d);
        printf("   %g|%.0g|%.3g|%.10g|%.17g|%#g|%#.3g|%G|%+g|% g|%12g|%-12g|\n", d, d, d, d, d, d, d, d, d, d,
               d, d);
        printf("   %a|%A|%.0a|%.3a|%.13a|%#a|%20a|\n", d, d, d, d, d, d, d);
    }
    double specials[] = { INFINITY, -INFINITY, NAN, -NAN };
    for (int i = 0; i < 4; i++) {
        double d = specials[i];
        printf("special %d: %e|%f|%g|%a|%E|%F|%G|%A|%8.3f|%-8g|%+e\n", i, d, d, d, d, d, d, d, d, d, d, d);
    }
    float fv[] = { 1.1f, 3.4028235e38f, 1.17549435e-38f, 1e-45f, 16777217.0f, 0.1f };
    for (int i = 0; i < 6; i++) printf("float %d: %.9g %a %e\n", i, fv[i], fv[i], fv[i]);
    /* some arithmetic whose result is printed exactly */
    double h = 0, p = 1, s = 0;
    for (int i = 1; i <= 2000; i++) {
        h += 1.0 / i;
        p *= 1.0 + 1.0 / (i * 7.0);
        s += sqrt((double)i) * (i & 1 ? 1 : -1);
    }
    printf("harmonic %.17g %a\nproduct %.17g %a\nsqrtsum %.17g %a\n", h, h, p, p, s, s);
    long double ld = 1.0L / 3.0L;
    printf("long double %.15Lf %Lg %.20Le\n", ld, ld * 1e10L, ld);
}

static void strings(void)
{
    const char *s = "Hello, PowerPC";
    printf("[%s|%20s|%-20s|%.5s|%10.3s|%-10.3s|%c|%5c|%-5c|%%]\n", s, s, s, s, s, s, 'x', 'y', 'z');
    printf("[%s|%p]\n", "", (void *)0);
    char buf[16];
    for (int n = 0; n <= 16; n += 4) {
        memset(buf, '#', sizeof buf);
        int r = snprintf(buf, (size_t)n, "%d-%s-%x", 12345, "abcdefgh", 0xbeefu);
        printf("snprintf(%d)=%d \"", n, r);
        for (int i = 0; i < 16; i++) putchar(buf[i] ? buf[i] : '0');
        printf("\"\n");
    }
    int n1 = 0, n2 = 0;
    printf("count%n this%n\n", &n1, &n2);
    printf("n1=%d n2=%d\n", n1, n2);
    char big[300];
    int r = sprintf(big, "%0200d|%s", 7, s);
    printf("sprintf=%d len=%zu tail=%s\n", r, strlen(big), big + 195);
}

static void conversions(void)
{
    static const char *nums[] = { "0", "0.1", "-0.0", "1e23", "2.2250738585072011e-308", "4.9e-324", "1e-400",
        "1.7976931348623157e308", "1e309", "0x1.8p1", "inf", "-nan", "123456789012345678901234567890",
        "3.14159265358979323846264338327950288", "  42abc", "9007199254740993", "0.1e-5" };
    for (size_t i = 0; i < sizeof nums / sizeof nums[0]; i++) {
        char *end;
        double d = strtod(nums[i], &end);
        union { double d; unsigned long long u; } u = { d };
        printf("strtod(\"%s\") = %.17g [%016llx] used %d\n", nums[i], d, u.u, (int)(end - nums[i]));
        float f = strtof(nums[i], &end);
        union { float f; unsigned u; } v = { f };
        printf("strtof = %.9g [%08x]\n", f, v.u);
    }
    static const char *ints[] = { "0", "-1", "2147483647", "2147483648", "-2147483649", "0x7fffffff",
        "077", "9223372036854775807", "9223372036854775808", "-9223372036854775808", "  +123xyz", "zz" };
    for (size_t i = 0; i < sizeof ints / sizeof ints[0]; i++) {
        char *end;
        long l = strtol(ints[i], &end, 0);
        long long ll = strtoll(ints[i], 0, 0);
        unsigned long long ull = strtoull(ints[i], 0, 0);
        printf("strtol(\"%s\") = %ld used %d; ll %lld; ull %llu; atoi %d\n", ints[i], l, (int)(end - ints[i]),
               ll, ull, atoi(ints[i]));
    }
}

int main(void)
{
    ints();
    floats();
    strings();
    conversions();
    printf("done (returning 42)");   /* no newline: flushed by exit */
    return 42;
}
