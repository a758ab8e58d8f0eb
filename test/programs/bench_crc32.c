/* Benchmark: bitwise and table-driven CRC-32 over a pseudo-random 256 KiB buffer. */
#include "rt.h"

static uint8_t buf[256 * 1024];
static uint32_t table[256];

static uint32_t crc_bitwise(const uint8_t *p, unsigned long n) {
  uint32_t c = 0xffffffffu;
  for (unsigned long i = 0; i < n; i++) {
    c ^= p[i];
    for (int k = 0; k < 8; k++) c = (c >> 1) ^ (0xedb88320u & (0u - (c & 1)));
  }
  return ~c;
}

static uint32_t crc_table(const uint8_t *p, unsigned long n) {
  uint32_t c = 0xffffffffu;
  for (unsigned long i = 0; i < n; i++) c = table[(c ^ p[i]) & 0xff] ^ (c >> 8);
  return ~c;
}

/* The argument repeats the table-driven passes (default 1: eight of them; bench/mips.ts's steady state). */
int main(int argc, char **argv) {
  uint32_t x = 12345;
  for (unsigned long i = 0; i < sizeof buf; i++) {
    x = x * 1103515245u + 12345u;
    buf[i] = (uint8_t)(x >> 16);
  }
  for (uint32_t i = 0; i < 256; i++) {
    uint32_t c = i;
    for (int k = 0; k < 8; k++) c = (c >> 1) ^ (0xedb88320u & (0u - (c & 1)));
    table[i] = c;
  }
  uint32_t a = crc_bitwise(buf, 64 * 1024);
  uint32_t b = 0;
  const unsigned long passes = 8 * rt_reps(argc, argv);
  for (unsigned long r = 0; r < passes; r++) b ^= crc_table(buf, sizeof buf) + (uint32_t)r;
  rt_show32("crc_bitwise", a);
  rt_show32("crc_table", b);
  return 0;
}
