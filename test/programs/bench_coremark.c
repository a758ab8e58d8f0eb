/* Benchmark in the spirit of CoreMark (written for ppcemu, not EEMBC's code): each iteration
 * walks and reorders a linked list, multiplies small integer matrices, runs a text-scanning
 * state machine, and folds every result into a CRC-16, so all the work is live. */
#include "rt.h"

#define ITERS 200
#define NODES 256
#define MAT 16

struct node { struct node *next; int16_t key; int16_t val; };

static struct node pool[NODES];
static int16_t ma[MAT * MAT], mb[MAT * MAT];
static int32_t mc[MAT * MAT];
static char text[2048];

static uint16_t crc16(uint16_t crc, uint32_t v, int bits) {
  for (int k = 0; k < bits; k++) {
    uint16_t x = (uint16_t)((crc ^ (v >> k)) & 1);
    crc >>= 1;
    if (x) crc ^= 0xa001;
  }
  return crc;
}

/* ---- linked list: find, reverse, merge sort by key or by value ---------------------------- */

static struct node *list_find(struct node *l, int16_t key) {
  while (l && l->key != key) l = l->next;
  return l;
}

static struct node *list_reverse(struct node *l) {
  struct node *r = 0;
  while (l) { struct node *n = l->next; l->next = r; r = l; l = n; }
  return r;
}

static int cmp_node(const struct node *a, const struct node *b, int by_val) {
  return by_val ? a->val - b->val : a->key - b->key;
}

static struct node *list_sort(struct node *l, int by_val) {
  /* bottom-up merge sort */
  for (int width = 1;; width *= 2) {
    struct node *p = l, *tail = 0, *head = 0;
    int merges = 0;
    while (p) {
      merges++;
      struct node *q = p;
      int ps = 0;
      for (int k = 0; k < width && q; k++) { ps++; q = q->next; }
      int qs = width;
      while (ps > 0 || (qs > 0 && q)) {
        struct node *e;
        if (ps == 0) { e = q; q = q->next; qs--; }
        else if (qs == 0 || !q || cmp_node(p, q, by_val) <= 0) { e = p; p = p->next; ps--; }
        else { e = q; q = q->next; qs--; }
        if (tail) tail->next = e; else head = e;
        tail = e;
      }
      p = q;
    }
    tail->next = 0;
    l = head;
    if (merges <= 1) return l;
  }
}

static uint16_t bench_list(uint16_t crc, int iter) {
  for (int i = 0; i < NODES; i++) {
    pool[i].next = i + 1 < NODES ? &pool[i + 1] : 0;
    pool[i].key = (int16_t)((i * 37 + iter) & 0x3ff);
    pool[i].val = (int16_t)(((i ^ iter) * 1103) & 0x7fff);
  }
  struct node *l = &pool[0];
  for (int k = 0; k < 16; k++) {
    struct node *f = list_find(l, (int16_t)((k * 91 + iter) & 0x3ff));
    crc = crc16(crc, f ? (uint32_t)f->val : 0xffffu, 16);
  }
  l = list_sort(l, 1);
  crc = crc16(crc, (uint32_t)l->key, 16);
  l = list_reverse(l);
  l = list_sort(l, 0);
  for (struct node *p = l; p; p = p->next) crc = crc16(crc, (uint32_t)(p->val & 0xff), 8);
  return crc;
}

/* ---- matrices: add a constant, multiply by a constant, by a vector, by a matrix ----------- */

static uint16_t bench_matrix(uint16_t crc, int iter) {
  for (int i = 0; i < MAT * MAT; i++) {
    ma[i] = (int16_t)((i * 13 + iter) & 0xff) - 128;
    mb[i] = (int16_t)((i * 7 - iter) & 0x7f);
  }
  for (int i = 0; i < MAT * MAT; i++) ma[i] = (int16_t)(ma[i] + iter);
  int32_t sum = 0;
  for (int i = 0; i < MAT * MAT; i++) { mc[i] = ma[i] * (int32_t)(iter + 3); sum += mc[i]; }
  crc = crc16(crc, (uint32_t)sum, 32);
  for (int i = 0; i < MAT; i++) {
    int32_t acc = 0;
    for (int j = 0; j < MAT; j++) acc += ma[i * MAT + j] * mb[j];
    mc[i] = acc;
  }
  for (int i = 0; i < MAT; i++) {
    for (int j = 0; j < MAT; j++) {
      int32_t acc = 0;
      for (int k = 0; k < MAT; k++) acc += ma[i * MAT + k] * mb[k * MAT + j];
      mc[i * MAT + j] = acc;
    }
  }
  for (int i = 0; i < MAT * MAT; i++) crc = crc16(crc, (uint32_t)((mc[i] >> 3) & 0x7ff), 16);
  return crc;
}

/* ---- state machine: classify comma-separated tokens as integer, float, exponent, invalid -- */

enum { S_START, S_INT, S_FRAC, S_EXP, S_EXPSIGN, S_EXPDIG, S_BAD, NSTATES };

static uint16_t bench_state(uint16_t crc, int iter) {
  static const char *const pieces[] = { "5012", "1.23", "-874", "+122", "6.5e-3", "T0.3e-1F", "-.1", "3e+8", "x" };
  unsigned n = 0;
  for (int k = 0; n + 16 < sizeof text; k++) {
    const char *s = pieces[(k * 5 + iter) % 9];
    while (*s) text[n++] = *s++;
    text[n++] = ',';
  }
  text[n] = 0;
  uint32_t counts[NSTATES] = { 0 };
  int st = S_START;
  for (const char *p = text; *p; p++) {
    char c = *p;
    if (c == ',') { counts[st]++; st = S_START; continue; }
    int digit = c >= '0' && c <= '9';
    switch (st) {
      case S_START: st = digit ? S_INT : (c == '+' || c == '-') ? S_INT : c == '.' ? S_FRAC : S_BAD; break;
      case S_INT: st = digit ? S_INT : c == '.' ? S_FRAC : (c == 'e' || c == 'E') ? S_EXP : S_BAD; break;
      case S_FRAC: st = digit ? S_FRAC : (c == 'e' || c == 'E') ? S_EXP : S_BAD; break;
      case S_EXP: st = (c == '+' || c == '-') ? S_EXPSIGN : digit ? S_EXPDIG : S_BAD; break;
      case S_EXPSIGN: st = digit ? S_EXPDIG : S_BAD; break;
      case S_EXPDIG: st = digit ? S_EXPDIG : S_BAD; break;
      default: break;
    }
  }
  for (int k = 0; k < NSTATES; k++) crc = crc16(crc, counts[k], 16);
  return crc;
}

/* The argument repeats the iterations (default 1: ITERS of them; bench/mips.ts's steady state). */
int main(int argc, char **argv) {
  uint16_t crc = 0, l = 0, m = 0, s = 0;
  const long iters = ITERS * (long)rt_reps(argc, argv);
  for (int iter = 0; iter < iters; iter++) {
    l = bench_list(l, iter);
    m = bench_matrix(m, iter);
    s = bench_state(s, iter);
  }
  crc = crc16(crc16(crc16(crc, l, 16), m, 16), s, 16);
  rt_show32("list", l);
  rt_show32("matrix", m);
  rt_show32("state", s);
  rt_show32("crc", crc);
  return 0;
}
