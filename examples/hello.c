// The smallest ppcemu guest: a freestanding static program (no libc). Built for ppc32, ppc64 and
// ppc64le by scripts/rebuild-tests.sh into examples/hello-<target>; see test/README.md.
#include "rt.h"

int main(void)
{
    rt_puts("Hello from PowerPC!");
    rt_nl();
    return 0;
}
