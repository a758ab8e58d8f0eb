// glibc's string functions on POWER10: with AT_HWCAP2 saying ARCH_3_1, glibc's ifuncs pick its
// POWER10 versions (strstr, strlen, memcpy, memset, strcpy, ...), which use ISA 3.1
// instructions such as lxvp/stxvp and prefixed loads.
// TARGETS: ppc64 ppc64le
// CFLAGS: -mcpu=power10
// CPU: power10
#include <stdio.h>
#include <string.h>

static char hay[4096], buf[4096], small[300];

int main(void)
{
  for (int k = 0; k < 4000; k++) hay[k] = (char)('a' + (k * 7 + k / 13) % 26);
  hay[4000] = 0;
  memcpy(hay + 3000, "needle-in-haystack", 18);
  const char *p = strstr(hay, "needle-in");
  printf("strstr: %ld\n", p ? (long)(p - hay) : -1L);
  printf("strstr miss: %d\n", strstr(hay, "zzzzq") == NULL);
  printf("strstr short: %ld\n", (long)(strstr("abcabcabd", "abd") - (const char *)0 != 0));
  printf("strlen: %zu\n", strlen(hay));
  for (int n = 0; n < 300; n += 37) {
    memset(small, 'x', sizeof small);
    memcpy(small + 1, hay + n, n);
    small[n + 1] = 0;
    printf("memcpy %d: %zu %d\n", n, strlen(small + 1), memcmp(small + 1, hay + n, n));
  }
  memset(buf, 0x5a, 4000);
  buf[4000] = 0;
  printf("memset: %zu %d\n", strlen(buf), buf[1234]);
  strcpy(buf, hay + 10);
  printf("strcpy: %zu %d\n", strlen(buf), strcmp(buf, hay + 10));
  memmove(buf + 5, buf, 3000);
  printf("memmove: %d\n", memcmp(buf + 5, hay + 10, 3000));
  printf("strchr: %ld strrchr: %ld\n", (long)(strchr(hay, 'q') - hay), (long)(strrchr(hay, 'q') - hay));
  printf("strncmp: %d\n", strncmp(hay, hay + 1, 50) < 0);
  return 0;
}
