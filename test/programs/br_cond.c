/* br_cond.c - conditional branches: every BO value of bc and bclr (with and without LK), the
 * non-decrementing bcctr forms, over CR patterns and CTR values (the CTR decrement and its
 * zero test use the low word in 32-bit mode). Prints taken/not taken, CTR and LR after.
 * Generated operand combinations (the branches are .long words: gas rejects some BO values). */
#include "fx_util.h"

typedef void (*bfn)(reg cr, reg ctr, reg *o);
static const unsigned long long CRS[] = { 0, 0x20000000ULL, 0xffffffffULL, 0x00000001ULL, 0xdffffffeULL };
static const unsigned long long CTRS[] = { 0, 1, 2, 0x100000000ULL, 0x100000001ULL, 0xffffffffULL };

static void brun(const char *name, bfn f) {
  reg o[3];
  begin();
  rt_puts(name);
  for (int i = 0; i < 5; i++) {
    for (int j = 0; j < 6; j++) {
      f((reg)CRS[i], (reg)CTRS[j], o);
      mix(o[0]); mix(o[1]); mix(o[2]);
      rt_putc(o[0] ? ' ' : ' '); rt_putc(o[0] ? 'T' : 'n');
      if (o[1] != (reg)CTRS[j]) { rt_putc(':'); SHOWR(o[1]); }
    }
  }
  rt_nl();
  end(name);
}

static void b0(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "li %0,1\n\t.long 0x40000008  # bc 0,0,1f\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b1(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "li %0,1\n\t.long 0x40020008  # bc 0,2,1f\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b2(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "li %0,1\n\t.long 0x401f0008  # bc 0,31,1f\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b3(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "li %0,1\n\t.long 0x40200008  # bc 1,0,1f\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b4(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "li %0,1\n\t.long 0x40220008  # bc 1,2,1f\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b5(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "li %0,1\n\t.long 0x403f0008  # bc 1,31,1f\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b6(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "li %0,1\n\t.long 0x40400008  # bc 2,0,1f\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b7(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "li %0,1\n\t.long 0x40420008  # bc 2,2,1f\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b8(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "li %0,1\n\t.long 0x405f0008  # bc 2,31,1f\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b9(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "li %0,1\n\t.long 0x40600008  # bc 3,0,1f\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b10(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "li %0,1\n\t.long 0x40620008  # bc 3,2,1f\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b11(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "li %0,1\n\t.long 0x407f0008  # bc 3,31,1f\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b12(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "li %0,1\n\t.long 0x40800008  # bc 4,0,1f\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b13(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "li %0,1\n\t.long 0x40820008  # bc 4,2,1f\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b14(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "li %0,1\n\t.long 0x409f0008  # bc 4,31,1f\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b15(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "li %0,1\n\t.long 0x40a00008  # bc 5,0,1f\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b16(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "li %0,1\n\t.long 0x40a20008  # bc 5,2,1f\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b17(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "li %0,1\n\t.long 0x40bf0008  # bc 5,31,1f\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b18(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "li %0,1\n\t.long 0x40c00008  # bc 6,0,1f\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b19(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "li %0,1\n\t.long 0x40c20008  # bc 6,2,1f\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b20(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "li %0,1\n\t.long 0x40df0008  # bc 6,31,1f\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b21(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "li %0,1\n\t.long 0x40e00008  # bc 7,0,1f\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b22(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "li %0,1\n\t.long 0x40e20008  # bc 7,2,1f\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b23(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "li %0,1\n\t.long 0x40ff0008  # bc 7,31,1f\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b24(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "li %0,1\n\t.long 0x41000008  # bc 8,0,1f\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b25(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "li %0,1\n\t.long 0x41020008  # bc 8,2,1f\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b26(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "li %0,1\n\t.long 0x411f0008  # bc 8,31,1f\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b27(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "li %0,1\n\t.long 0x41200008  # bc 9,0,1f\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b28(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "li %0,1\n\t.long 0x41220008  # bc 9,2,1f\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b29(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "li %0,1\n\t.long 0x413f0008  # bc 9,31,1f\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b30(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "li %0,1\n\t.long 0x41400008  # bc 10,0,1f\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b31(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "li %0,1\n\t.long 0x41420008  # bc 10,2,1f\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b32(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "li %0,1\n\t.long 0x415f0008  # bc 10,31,1f\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b33(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "li %0,1\n\t.long 0x41600008  # bc 11,0,1f\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b34(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "li %0,1\n\t.long 0x41620008  # bc 11,2,1f\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b35(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "li %0,1\n\t.long 0x417f0008  # bc 11,31,1f\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b36(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "li %0,1\n\t.long 0x41800008  # bc 12,0,1f\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b37(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "li %0,1\n\t.long 0x41820008  # bc 12,2,1f\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b38(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "li %0,1\n\t.long 0x419f0008  # bc 12,31,1f\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b39(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "li %0,1\n\t.long 0x41a00008  # bc 13,0,1f\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b40(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "li %0,1\n\t.long 0x41a20008  # bc 13,2,1f\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b41(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "li %0,1\n\t.long 0x41bf0008  # bc 13,31,1f\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b42(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "li %0,1\n\t.long 0x41c00008  # bc 14,0,1f\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b43(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "li %0,1\n\t.long 0x41c20008  # bc 14,2,1f\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b44(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "li %0,1\n\t.long 0x41df0008  # bc 14,31,1f\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b45(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "li %0,1\n\t.long 0x41e00008  # bc 15,0,1f\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b46(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "li %0,1\n\t.long 0x41e20008  # bc 15,2,1f\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b47(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "li %0,1\n\t.long 0x41ff0008  # bc 15,31,1f\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b48(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "li %0,1\n\t.long 0x42000008  # bc 16,0,1f\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b49(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "li %0,1\n\t.long 0x42020008  # bc 16,2,1f\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b50(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "li %0,1\n\t.long 0x421f0008  # bc 16,31,1f\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b51(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "li %0,1\n\t.long 0x42200008  # bc 17,0,1f\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b52(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "li %0,1\n\t.long 0x42220008  # bc 17,2,1f\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b53(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "li %0,1\n\t.long 0x423f0008  # bc 17,31,1f\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b54(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "li %0,1\n\t.long 0x42400008  # bc 18,0,1f\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b55(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "li %0,1\n\t.long 0x42420008  # bc 18,2,1f\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b56(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "li %0,1\n\t.long 0x425f0008  # bc 18,31,1f\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b57(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "li %0,1\n\t.long 0x42600008  # bc 19,0,1f\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b58(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "li %0,1\n\t.long 0x42620008  # bc 19,2,1f\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b59(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "li %0,1\n\t.long 0x427f0008  # bc 19,31,1f\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b60(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "li %0,1\n\t.long 0x42800008  # bc 20,0,1f\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b61(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "li %0,1\n\t.long 0x42820008  # bc 20,2,1f\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b62(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "li %0,1\n\t.long 0x429f0008  # bc 20,31,1f\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b63(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "li %0,1\n\t.long 0x42a00008  # bc 21,0,1f\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b64(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "li %0,1\n\t.long 0x42a20008  # bc 21,2,1f\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b65(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "li %0,1\n\t.long 0x42bf0008  # bc 21,31,1f\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b66(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "li %0,1\n\t.long 0x42c00008  # bc 22,0,1f\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b67(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "li %0,1\n\t.long 0x42c20008  # bc 22,2,1f\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b68(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "li %0,1\n\t.long 0x42df0008  # bc 22,31,1f\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b69(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "li %0,1\n\t.long 0x42e00008  # bc 23,0,1f\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b70(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "li %0,1\n\t.long 0x42e20008  # bc 23,2,1f\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b71(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "li %0,1\n\t.long 0x42ff0008  # bc 23,31,1f\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b72(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "li %0,1\n\t.long 0x43000008  # bc 24,0,1f\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b73(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "li %0,1\n\t.long 0x43020008  # bc 24,2,1f\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b74(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "li %0,1\n\t.long 0x431f0008  # bc 24,31,1f\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b75(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "li %0,1\n\t.long 0x43200008  # bc 25,0,1f\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b76(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "li %0,1\n\t.long 0x43220008  # bc 25,2,1f\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b77(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "li %0,1\n\t.long 0x433f0008  # bc 25,31,1f\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b78(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "li %0,1\n\t.long 0x43400008  # bc 26,0,1f\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b79(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "li %0,1\n\t.long 0x43420008  # bc 26,2,1f\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b80(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "li %0,1\n\t.long 0x435f0008  # bc 26,31,1f\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b81(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "li %0,1\n\t.long 0x43600008  # bc 27,0,1f\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b82(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "li %0,1\n\t.long 0x43620008  # bc 27,2,1f\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b83(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "li %0,1\n\t.long 0x437f0008  # bc 27,31,1f\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b84(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "li %0,1\n\t.long 0x43800008  # bc 28,0,1f\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b85(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "li %0,1\n\t.long 0x43820008  # bc 28,2,1f\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b86(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "li %0,1\n\t.long 0x439f0008  # bc 28,31,1f\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b87(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "li %0,1\n\t.long 0x43a00008  # bc 29,0,1f\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b88(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "li %0,1\n\t.long 0x43a20008  # bc 29,2,1f\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b89(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "li %0,1\n\t.long 0x43bf0008  # bc 29,31,1f\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b90(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "li %0,1\n\t.long 0x43c00008  # bc 30,0,1f\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b91(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "li %0,1\n\t.long 0x43c20008  # bc 30,2,1f\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b92(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "li %0,1\n\t.long 0x43df0008  # bc 30,31,1f\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b93(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "li %0,1\n\t.long 0x43e00008  # bc 31,0,1f\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b94(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "li %0,1\n\t.long 0x43e20008  # bc 31,2,1f\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b95(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "li %0,1\n\t.long 0x43ff0008  # bc 31,31,1f\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b96(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "li %0,1\n\t.long 0x40800009  # bcl 4,0,1f\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b97(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "li %0,1\n\t.long 0x41800009  # bcl 12,0,1f\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b98(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "li %0,1\n\t.long 0x42000009  # bcl 16,0,1f\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b99(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "li %0,1\n\t.long 0x42400009  # bcl 18,0,1f\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b100(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "li %0,1\n\t.long 0x42800009  # bcl 20,0,1f\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b101(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "li %0,1\n\t.long 0x40000009  # bcl 0,0,1f\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b102(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "li %0,1\n\t.long 0x41000009  # bcl 8,0,1f\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b103(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtlr %2\n\tli %0,1\n\t.long 0x4c000020  # bclr 0,0\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b104(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtlr %2\n\tli %0,1\n\t.long 0x4c020020  # bclr 0,2\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b105(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtlr %2\n\tli %0,1\n\t.long 0x4c000021  # bclrl 0,0\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b106(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtlr %2\n\tli %0,1\n\t.long 0x4c020021  # bclrl 0,2\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b107(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtlr %2\n\tli %0,1\n\t.long 0x4c220020  # bclr 1,2\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b108(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtlr %2\n\tli %0,1\n\t.long 0x4c220021  # bclrl 1,2\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b109(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtlr %2\n\tli %0,1\n\t.long 0x4c420020  # bclr 2,2\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b110(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtlr %2\n\tli %0,1\n\t.long 0x4c420021  # bclrl 2,2\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b111(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtlr %2\n\tli %0,1\n\t.long 0x4c600020  # bclr 3,0\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b112(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtlr %2\n\tli %0,1\n\t.long 0x4c620020  # bclr 3,2\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b113(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtlr %2\n\tli %0,1\n\t.long 0x4c600021  # bclrl 3,0\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b114(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtlr %2\n\tli %0,1\n\t.long 0x4c620021  # bclrl 3,2\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b115(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtlr %2\n\tli %0,1\n\t.long 0x4c820020  # bclr 4,2\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b116(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtlr %2\n\tli %0,1\n\t.long 0x4c820021  # bclrl 4,2\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b117(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtlr %2\n\tli %0,1\n\t.long 0x4ca20020  # bclr 5,2\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b118(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtlr %2\n\tli %0,1\n\t.long 0x4ca20021  # bclrl 5,2\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b119(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtlr %2\n\tli %0,1\n\t.long 0x4cc00020  # bclr 6,0\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b120(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtlr %2\n\tli %0,1\n\t.long 0x4cc20020  # bclr 6,2\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b121(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtlr %2\n\tli %0,1\n\t.long 0x4cc00021  # bclrl 6,0\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b122(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtlr %2\n\tli %0,1\n\t.long 0x4cc20021  # bclrl 6,2\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b123(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtlr %2\n\tli %0,1\n\t.long 0x4ce20020  # bclr 7,2\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b124(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtlr %2\n\tli %0,1\n\t.long 0x4ce20021  # bclrl 7,2\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b125(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtlr %2\n\tli %0,1\n\t.long 0x4d020020  # bclr 8,2\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b126(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtlr %2\n\tli %0,1\n\t.long 0x4d020021  # bclrl 8,2\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b127(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtlr %2\n\tli %0,1\n\t.long 0x4d200020  # bclr 9,0\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b128(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtlr %2\n\tli %0,1\n\t.long 0x4d220020  # bclr 9,2\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b129(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtlr %2\n\tli %0,1\n\t.long 0x4d200021  # bclrl 9,0\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b130(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtlr %2\n\tli %0,1\n\t.long 0x4d220021  # bclrl 9,2\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b131(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtlr %2\n\tli %0,1\n\t.long 0x4d420020  # bclr 10,2\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b132(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtlr %2\n\tli %0,1\n\t.long 0x4d420021  # bclrl 10,2\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b133(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtlr %2\n\tli %0,1\n\t.long 0x4d620020  # bclr 11,2\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b134(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtlr %2\n\tli %0,1\n\t.long 0x4d620021  # bclrl 11,2\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b135(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtlr %2\n\tli %0,1\n\t.long 0x4d800020  # bclr 12,0\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b136(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtlr %2\n\tli %0,1\n\t.long 0x4d820020  # bclr 12,2\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b137(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtlr %2\n\tli %0,1\n\t.long 0x4d800021  # bclrl 12,0\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b138(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtlr %2\n\tli %0,1\n\t.long 0x4d820021  # bclrl 12,2\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b139(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtlr %2\n\tli %0,1\n\t.long 0x4da20020  # bclr 13,2\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b140(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtlr %2\n\tli %0,1\n\t.long 0x4da20021  # bclrl 13,2\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b141(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtlr %2\n\tli %0,1\n\t.long 0x4dc20020  # bclr 14,2\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b142(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtlr %2\n\tli %0,1\n\t.long 0x4dc20021  # bclrl 14,2\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b143(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtlr %2\n\tli %0,1\n\t.long 0x4de00020  # bclr 15,0\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b144(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtlr %2\n\tli %0,1\n\t.long 0x4de20020  # bclr 15,2\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b145(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtlr %2\n\tli %0,1\n\t.long 0x4de00021  # bclrl 15,0\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b146(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtlr %2\n\tli %0,1\n\t.long 0x4de20021  # bclrl 15,2\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b147(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtlr %2\n\tli %0,1\n\t.long 0x4e020020  # bclr 16,2\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b148(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtlr %2\n\tli %0,1\n\t.long 0x4e020021  # bclrl 16,2\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b149(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtlr %2\n\tli %0,1\n\t.long 0x4e220020  # bclr 17,2\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b150(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtlr %2\n\tli %0,1\n\t.long 0x4e220021  # bclrl 17,2\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b151(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtlr %2\n\tli %0,1\n\t.long 0x4e400020  # bclr 18,0\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b152(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtlr %2\n\tli %0,1\n\t.long 0x4e420020  # bclr 18,2\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b153(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtlr %2\n\tli %0,1\n\t.long 0x4e400021  # bclrl 18,0\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b154(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtlr %2\n\tli %0,1\n\t.long 0x4e420021  # bclrl 18,2\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b155(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtlr %2\n\tli %0,1\n\t.long 0x4e620020  # bclr 19,2\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b156(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtlr %2\n\tli %0,1\n\t.long 0x4e620021  # bclrl 19,2\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b157(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtlr %2\n\tli %0,1\n\t.long 0x4e820020  # bclr 20,2\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b158(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtlr %2\n\tli %0,1\n\t.long 0x4e820021  # bclrl 20,2\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b159(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtlr %2\n\tli %0,1\n\t.long 0x4ea00020  # bclr 21,0\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b160(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtlr %2\n\tli %0,1\n\t.long 0x4ea20020  # bclr 21,2\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b161(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtlr %2\n\tli %0,1\n\t.long 0x4ea00021  # bclrl 21,0\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b162(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtlr %2\n\tli %0,1\n\t.long 0x4ea20021  # bclrl 21,2\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b163(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtlr %2\n\tli %0,1\n\t.long 0x4ec20020  # bclr 22,2\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b164(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtlr %2\n\tli %0,1\n\t.long 0x4ec20021  # bclrl 22,2\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b165(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtlr %2\n\tli %0,1\n\t.long 0x4ee20020  # bclr 23,2\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b166(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtlr %2\n\tli %0,1\n\t.long 0x4ee20021  # bclrl 23,2\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b167(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtlr %2\n\tli %0,1\n\t.long 0x4f000020  # bclr 24,0\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b168(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtlr %2\n\tli %0,1\n\t.long 0x4f020020  # bclr 24,2\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b169(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtlr %2\n\tli %0,1\n\t.long 0x4f000021  # bclrl 24,0\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b170(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtlr %2\n\tli %0,1\n\t.long 0x4f020021  # bclrl 24,2\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b171(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtlr %2\n\tli %0,1\n\t.long 0x4f220020  # bclr 25,2\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b172(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtlr %2\n\tli %0,1\n\t.long 0x4f220021  # bclrl 25,2\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b173(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtlr %2\n\tli %0,1\n\t.long 0x4f420020  # bclr 26,2\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b174(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtlr %2\n\tli %0,1\n\t.long 0x4f420021  # bclrl 26,2\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b175(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtlr %2\n\tli %0,1\n\t.long 0x4f600020  # bclr 27,0\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b176(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtlr %2\n\tli %0,1\n\t.long 0x4f620020  # bclr 27,2\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b177(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtlr %2\n\tli %0,1\n\t.long 0x4f600021  # bclrl 27,0\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b178(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtlr %2\n\tli %0,1\n\t.long 0x4f620021  # bclrl 27,2\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b179(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtlr %2\n\tli %0,1\n\t.long 0x4f820020  # bclr 28,2\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b180(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtlr %2\n\tli %0,1\n\t.long 0x4f820021  # bclrl 28,2\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b181(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtlr %2\n\tli %0,1\n\t.long 0x4fa20020  # bclr 29,2\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b182(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtlr %2\n\tli %0,1\n\t.long 0x4fa20021  # bclrl 29,2\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b183(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtlr %2\n\tli %0,1\n\t.long 0x4fc00020  # bclr 30,0\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b184(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtlr %2\n\tli %0,1\n\t.long 0x4fc20020  # bclr 30,2\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b185(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtlr %2\n\tli %0,1\n\t.long 0x4fc00021  # bclrl 30,0\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b186(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtlr %2\n\tli %0,1\n\t.long 0x4fc20021  # bclrl 30,2\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b187(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtlr %2\n\tli %0,1\n\t.long 0x4fe20020  # bclr 31,2\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b188(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtlr %2\n\tli %0,1\n\t.long 0x4fe20021  # bclrl 31,2\n\tli %0,0\n1:\tmfctr %1\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b189(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtctr %2\n\tli %0,1\n\t.long 0x4c800420  # bcctr 4,0\n\tli %0,0\n1:\tli %1,0\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b190(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtctr %2\n\tli %0,1\n\t.long 0x4c800421  # bcctrl 4,0\n\tli %0,0\n1:\tli %1,0\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b191(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtctr %2\n\tli %0,1\n\t.long 0x4c820420  # bcctr 4,2\n\tli %0,0\n1:\tli %1,0\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b192(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtctr %2\n\tli %0,1\n\t.long 0x4c820421  # bcctrl 4,2\n\tli %0,0\n1:\tli %1,0\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b193(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtctr %2\n\tli %0,1\n\t.long 0x4c9f0420  # bcctr 4,31\n\tli %0,0\n1:\tli %1,0\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b194(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtctr %2\n\tli %0,1\n\t.long 0x4c9f0421  # bcctrl 4,31\n\tli %0,0\n1:\tli %1,0\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b195(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtctr %2\n\tli %0,1\n\t.long 0x4ca00420  # bcctr 5,0\n\tli %0,0\n1:\tli %1,0\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b196(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtctr %2\n\tli %0,1\n\t.long 0x4ca00421  # bcctrl 5,0\n\tli %0,0\n1:\tli %1,0\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b197(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtctr %2\n\tli %0,1\n\t.long 0x4ca20420  # bcctr 5,2\n\tli %0,0\n1:\tli %1,0\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b198(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtctr %2\n\tli %0,1\n\t.long 0x4ca20421  # bcctrl 5,2\n\tli %0,0\n1:\tli %1,0\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b199(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtctr %2\n\tli %0,1\n\t.long 0x4cbf0420  # bcctr 5,31\n\tli %0,0\n1:\tli %1,0\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b200(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtctr %2\n\tli %0,1\n\t.long 0x4cbf0421  # bcctrl 5,31\n\tli %0,0\n1:\tli %1,0\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b201(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtctr %2\n\tli %0,1\n\t.long 0x4cc00420  # bcctr 6,0\n\tli %0,0\n1:\tli %1,0\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b202(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtctr %2\n\tli %0,1\n\t.long 0x4cc00421  # bcctrl 6,0\n\tli %0,0\n1:\tli %1,0\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b203(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtctr %2\n\tli %0,1\n\t.long 0x4cc20420  # bcctr 6,2\n\tli %0,0\n1:\tli %1,0\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b204(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtctr %2\n\tli %0,1\n\t.long 0x4cc20421  # bcctrl 6,2\n\tli %0,0\n1:\tli %1,0\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b205(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtctr %2\n\tli %0,1\n\t.long 0x4cdf0420  # bcctr 6,31\n\tli %0,0\n1:\tli %1,0\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b206(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtctr %2\n\tli %0,1\n\t.long 0x4cdf0421  # bcctrl 6,31\n\tli %0,0\n1:\tli %1,0\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b207(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtctr %2\n\tli %0,1\n\t.long 0x4ce00420  # bcctr 7,0\n\tli %0,0\n1:\tli %1,0\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b208(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtctr %2\n\tli %0,1\n\t.long 0x4ce00421  # bcctrl 7,0\n\tli %0,0\n1:\tli %1,0\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b209(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtctr %2\n\tli %0,1\n\t.long 0x4ce20420  # bcctr 7,2\n\tli %0,0\n1:\tli %1,0\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b210(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtctr %2\n\tli %0,1\n\t.long 0x4ce20421  # bcctrl 7,2\n\tli %0,0\n1:\tli %1,0\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b211(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtctr %2\n\tli %0,1\n\t.long 0x4cff0420  # bcctr 7,31\n\tli %0,0\n1:\tli %1,0\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b212(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtctr %2\n\tli %0,1\n\t.long 0x4cff0421  # bcctrl 7,31\n\tli %0,0\n1:\tli %1,0\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b213(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtctr %2\n\tli %0,1\n\t.long 0x4d800420  # bcctr 12,0\n\tli %0,0\n1:\tli %1,0\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b214(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtctr %2\n\tli %0,1\n\t.long 0x4d800421  # bcctrl 12,0\n\tli %0,0\n1:\tli %1,0\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b215(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtctr %2\n\tli %0,1\n\t.long 0x4d820420  # bcctr 12,2\n\tli %0,0\n1:\tli %1,0\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b216(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtctr %2\n\tli %0,1\n\t.long 0x4d820421  # bcctrl 12,2\n\tli %0,0\n1:\tli %1,0\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b217(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtctr %2\n\tli %0,1\n\t.long 0x4d9f0420  # bcctr 12,31\n\tli %0,0\n1:\tli %1,0\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b218(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtctr %2\n\tli %0,1\n\t.long 0x4d9f0421  # bcctrl 12,31\n\tli %0,0\n1:\tli %1,0\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b219(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtctr %2\n\tli %0,1\n\t.long 0x4da00420  # bcctr 13,0\n\tli %0,0\n1:\tli %1,0\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b220(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtctr %2\n\tli %0,1\n\t.long 0x4da00421  # bcctrl 13,0\n\tli %0,0\n1:\tli %1,0\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b221(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtctr %2\n\tli %0,1\n\t.long 0x4da20420  # bcctr 13,2\n\tli %0,0\n1:\tli %1,0\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b222(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtctr %2\n\tli %0,1\n\t.long 0x4da20421  # bcctrl 13,2\n\tli %0,0\n1:\tli %1,0\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b223(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtctr %2\n\tli %0,1\n\t.long 0x4dbf0420  # bcctr 13,31\n\tli %0,0\n1:\tli %1,0\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b224(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtctr %2\n\tli %0,1\n\t.long 0x4dbf0421  # bcctrl 13,31\n\tli %0,0\n1:\tli %1,0\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b225(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtctr %2\n\tli %0,1\n\t.long 0x4dc00420  # bcctr 14,0\n\tli %0,0\n1:\tli %1,0\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b226(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtctr %2\n\tli %0,1\n\t.long 0x4dc00421  # bcctrl 14,0\n\tli %0,0\n1:\tli %1,0\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b227(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtctr %2\n\tli %0,1\n\t.long 0x4dc20420  # bcctr 14,2\n\tli %0,0\n1:\tli %1,0\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b228(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtctr %2\n\tli %0,1\n\t.long 0x4dc20421  # bcctrl 14,2\n\tli %0,0\n1:\tli %1,0\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b229(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtctr %2\n\tli %0,1\n\t.long 0x4ddf0420  # bcctr 14,31\n\tli %0,0\n1:\tli %1,0\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b230(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtctr %2\n\tli %0,1\n\t.long 0x4ddf0421  # bcctrl 14,31\n\tli %0,0\n1:\tli %1,0\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b231(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtctr %2\n\tli %0,1\n\t.long 0x4de00420  # bcctr 15,0\n\tli %0,0\n1:\tli %1,0\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b232(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtctr %2\n\tli %0,1\n\t.long 0x4de00421  # bcctrl 15,0\n\tli %0,0\n1:\tli %1,0\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b233(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtctr %2\n\tli %0,1\n\t.long 0x4de20420  # bcctr 15,2\n\tli %0,0\n1:\tli %1,0\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b234(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtctr %2\n\tli %0,1\n\t.long 0x4de20421  # bcctrl 15,2\n\tli %0,0\n1:\tli %1,0\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b235(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtctr %2\n\tli %0,1\n\t.long 0x4dff0420  # bcctr 15,31\n\tli %0,0\n1:\tli %1,0\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b236(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtctr %2\n\tli %0,1\n\t.long 0x4dff0421  # bcctrl 15,31\n\tli %0,0\n1:\tli %1,0\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b237(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtctr %2\n\tli %0,1\n\t.long 0x4e800420  # bcctr 20,0\n\tli %0,0\n1:\tli %1,0\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b238(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtctr %2\n\tli %0,1\n\t.long 0x4e800421  # bcctrl 20,0\n\tli %0,0\n1:\tli %1,0\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b239(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtctr %2\n\tli %0,1\n\t.long 0x4e820420  # bcctr 20,2\n\tli %0,0\n1:\tli %1,0\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b240(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtctr %2\n\tli %0,1\n\t.long 0x4e820421  # bcctrl 20,2\n\tli %0,0\n1:\tli %1,0\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b241(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtctr %2\n\tli %0,1\n\t.long 0x4e9f0420  # bcctr 20,31\n\tli %0,0\n1:\tli %1,0\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b242(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtctr %2\n\tli %0,1\n\t.long 0x4e9f0421  # bcctrl 20,31\n\tli %0,0\n1:\tli %1,0\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b243(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtctr %2\n\tli %0,1\n\t.long 0x4ea00420  # bcctr 21,0\n\tli %0,0\n1:\tli %1,0\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b244(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtctr %2\n\tli %0,1\n\t.long 0x4ea00421  # bcctrl 21,0\n\tli %0,0\n1:\tli %1,0\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b245(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtctr %2\n\tli %0,1\n\t.long 0x4ea20420  # bcctr 21,2\n\tli %0,0\n1:\tli %1,0\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b246(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtctr %2\n\tli %0,1\n\t.long 0x4ea20421  # bcctrl 21,2\n\tli %0,0\n1:\tli %1,0\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b247(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtctr %2\n\tli %0,1\n\t.long 0x4ebf0420  # bcctr 21,31\n\tli %0,0\n1:\tli %1,0\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b248(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtctr %2\n\tli %0,1\n\t.long 0x4ebf0421  # bcctrl 21,31\n\tli %0,0\n1:\tli %1,0\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b249(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtctr %2\n\tli %0,1\n\t.long 0x4f800420  # bcctr 28,0\n\tli %0,0\n1:\tli %1,0\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b250(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtctr %2\n\tli %0,1\n\t.long 0x4f800421  # bcctrl 28,0\n\tli %0,0\n1:\tli %1,0\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b251(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtctr %2\n\tli %0,1\n\t.long 0x4f820420  # bcctr 28,2\n\tli %0,0\n1:\tli %1,0\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b252(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtctr %2\n\tli %0,1\n\t.long 0x4f820421  # bcctrl 28,2\n\tli %0,0\n1:\tli %1,0\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b253(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtctr %2\n\tli %0,1\n\t.long 0x4f9f0420  # bcctr 28,31\n\tli %0,0\n1:\tli %1,0\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }
static void b254(reg cr, reg ctr, reg *o) { reg t, c, l;
  __asm__ volatile("mtcrf 0xff,%3\n\tmtctr %4\n\tli %2,0\n\tmtlr %2\n\t"
    "bcl 20,31,0f\n0:\tmflr %2\n\taddi %2,%2,1f-0b\n\tmtctr %2\n\tli %0,1\n\t.long 0x4f9f0421  # bcctrl 28,31\n\tli %0,0\n1:\tli %1,0\n\tmflr %2"
    : "=&b"(t), "=&r"(c), "=&b"(l) : "r"(cr), "r"(ctr) : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "ctr", "lr", "xer");
  o[0] = t; o[1] = c; o[2] = l; }

static reg loop_count(reg n) {
  reg k;
  __asm__ volatile("mtctr %1\n\tli %0,0\n1:\taddi %0,%0,1\n\tbdnz 1b" : "=&b"(k) : "r"(n) : "ctr");
  return k;
}

int main(int argc, char **argv) {
  (void)argv;
  verbose = argc > 1;
  brun("bc 0,0", b0);
  brun("bc 0,2", b1);
  brun("bc 0,31", b2);
  brun("bc 1,0", b3);
  brun("bc 1,2", b4);
  brun("bc 1,31", b5);
  brun("bc 2,0", b6);
  brun("bc 2,2", b7);
  brun("bc 2,31", b8);
  brun("bc 3,0", b9);
  brun("bc 3,2", b10);
  brun("bc 3,31", b11);
  brun("bc 4,0", b12);
  brun("bc 4,2", b13);
  brun("bc 4,31", b14);
  brun("bc 5,0", b15);
  brun("bc 5,2", b16);
  brun("bc 5,31", b17);
  brun("bc 6,0", b18);
  brun("bc 6,2", b19);
  brun("bc 6,31", b20);
  brun("bc 7,0", b21);
  brun("bc 7,2", b22);
  brun("bc 7,31", b23);
  brun("bc 8,0", b24);
  brun("bc 8,2", b25);
  brun("bc 8,31", b26);
  brun("bc 9,0", b27);
  brun("bc 9,2", b28);
  brun("bc 9,31", b29);
  brun("bc 10,0", b30);
  brun("bc 10,2", b31);
  brun("bc 10,31", b32);
  brun("bc 11,0", b33);
  brun("bc 11,2", b34);
  brun("bc 11,31", b35);
  brun("bc 12,0", b36);
  brun("bc 12,2", b37);
  brun("bc 12,31", b38);
  brun("bc 13,0", b39);
  brun("bc 13,2", b40);
  brun("bc 13,31", b41);
  brun("bc 14,0", b42);
  brun("bc 14,2", b43);
  brun("bc 14,31", b44);
  brun("bc 15,0", b45);
  brun("bc 15,2", b46);
  brun("bc 15,31", b47);
  brun("bc 16,0", b48);
  brun("bc 16,2", b49);
  brun("bc 16,31", b50);
  brun("bc 17,0", b51);
  brun("bc 17,2", b52);
  brun("bc 17,31", b53);
  brun("bc 18,0", b54);
  brun("bc 18,2", b55);
  brun("bc 18,31", b56);
  brun("bc 19,0", b57);
  brun("bc 19,2", b58);
  brun("bc 19,31", b59);
  brun("bc 20,0", b60);
  brun("bc 20,2", b61);
  brun("bc 20,31", b62);
  brun("bc 21,0", b63);
  brun("bc 21,2", b64);
  brun("bc 21,31", b65);
  brun("bc 22,0", b66);
  brun("bc 22,2", b67);
  brun("bc 22,31", b68);
  brun("bc 23,0", b69);
  brun("bc 23,2", b70);
  brun("bc 23,31", b71);
  brun("bc 24,0", b72);
  brun("bc 24,2", b73);
  brun("bc 24,31", b74);
  brun("bc 25,0", b75);
  brun("bc 25,2", b76);
  brun("bc 25,31", b77);
  brun("bc 26,0", b78);
  brun("bc 26,2", b79);
  brun("bc 26,31", b80);
  brun("bc 27,0", b81);
  brun("bc 27,2", b82);
  brun("bc 27,31", b83);
  brun("bc 28,0", b84);
  brun("bc 28,2", b85);
  brun("bc 28,31", b86);
  brun("bc 29,0", b87);
  brun("bc 29,2", b88);
  brun("bc 29,31", b89);
  brun("bc 30,0", b90);
  brun("bc 30,2", b91);
  brun("bc 30,31", b92);
  brun("bc 31,0", b93);
  brun("bc 31,2", b94);
  brun("bc 31,31", b95);
  brun("bcl 4,0", b96);
  brun("bcl 12,0", b97);
  brun("bcl 16,0", b98);
  brun("bcl 18,0", b99);
  brun("bcl 20,0", b100);
  brun("bcl 0,0", b101);
  brun("bcl 8,0", b102);
  brun("bclr 0,0", b103);
  brun("bclr 0,2", b104);
  brun("bclrl 0,0", b105);
  brun("bclrl 0,2", b106);
  brun("bclr 1,2", b107);
  brun("bclrl 1,2", b108);
  brun("bclr 2,2", b109);
  brun("bclrl 2,2", b110);
  brun("bclr 3,0", b111);
  brun("bclr 3,2", b112);
  brun("bclrl 3,0", b113);
  brun("bclrl 3,2", b114);
  brun("bclr 4,2", b115);
  brun("bclrl 4,2", b116);
  brun("bclr 5,2", b117);
  brun("bclrl 5,2", b118);
  brun("bclr 6,0", b119);
  brun("bclr 6,2", b120);
  brun("bclrl 6,0", b121);
  brun("bclrl 6,2", b122);
  brun("bclr 7,2", b123);
  brun("bclrl 7,2", b124);
  brun("bclr 8,2", b125);
  brun("bclrl 8,2", b126);
  brun("bclr 9,0", b127);
  brun("bclr 9,2", b128);
  brun("bclrl 9,0", b129);
  brun("bclrl 9,2", b130);
  brun("bclr 10,2", b131);
  brun("bclrl 10,2", b132);
  brun("bclr 11,2", b133);
  brun("bclrl 11,2", b134);
  brun("bclr 12,0", b135);
  brun("bclr 12,2", b136);
  brun("bclrl 12,0", b137);
  brun("bclrl 12,2", b138);
  brun("bclr 13,2", b139);
  brun("bclrl 13,2", b140);
  brun("bclr 14,2", b141);
  brun("bclrl 14,2", b142);
  brun("bclr 15,0", b143);
  brun("bclr 15,2", b144);
  brun("bclrl 15,0", b145);
  brun("bclrl 15,2", b146);
  brun("bclr 16,2", b147);
  brun("bclrl 16,2", b148);
  brun("bclr 17,2", b149);
  brun("bclrl 17,2", b150);
  brun("bclr 18,0", b151);
  brun("bclr 18,2", b152);
  brun("bclrl 18,0", b153);
  brun("bclrl 18,2", b154);
  brun("bclr 19,2", b155);
  brun("bclrl 19,2", b156);
  brun("bclr 20,2", b157);
  brun("bclrl 20,2", b158);
  brun("bclr 21,0", b159);
  brun("bclr 21,2", b160);
  brun("bclrl 21,0", b161);
  brun("bclrl 21,2", b162);
  brun("bclr 22,2", b163);
  brun("bclrl 22,2", b164);
  brun("bclr 23,2", b165);
  brun("bclrl 23,2", b166);
  brun("bclr 24,0", b167);
  brun("bclr 24,2", b168);
  brun("bclrl 24,0", b169);
  brun("bclrl 24,2", b170);
  brun("bclr 25,2", b171);
  brun("bclrl 25,2", b172);
  brun("bclr 26,2", b173);
  brun("bclrl 26,2", b174);
  brun("bclr 27,0", b175);
  brun("bclr 27,2", b176);
  brun("bclrl 27,0", b177);
  brun("bclrl 27,2", b178);
  brun("bclr 28,2", b179);
  brun("bclrl 28,2", b180);
  brun("bclr 29,2", b181);
  brun("bclrl 29,2", b182);
  brun("bclr 30,0", b183);
  brun("bclr 30,2", b184);
  brun("bclrl 30,0", b185);
  brun("bclrl 30,2", b186);
  brun("bclr 31,2", b187);
  brun("bclrl 31,2", b188);
  brun("bcctr 4,0", b189);
  brun("bcctrl 4,0", b190);
  brun("bcctr 4,2", b191);
  brun("bcctrl 4,2", b192);
  brun("bcctr 4,31", b193);
  brun("bcctrl 4,31", b194);
  brun("bcctr 5,0", b195);
  brun("bcctrl 5,0", b196);
  brun("bcctr 5,2", b197);
  brun("bcctrl 5,2", b198);
  brun("bcctr 5,31", b199);
  brun("bcctrl 5,31", b200);
  brun("bcctr 6,0", b201);
  brun("bcctrl 6,0", b202);
  brun("bcctr 6,2", b203);
  brun("bcctrl 6,2", b204);
  brun("bcctr 6,31", b205);
  brun("bcctrl 6,31", b206);
  brun("bcctr 7,0", b207);
  brun("bcctrl 7,0", b208);
  brun("bcctr 7,2", b209);
  brun("bcctrl 7,2", b210);
  brun("bcctr 7,31", b211);
  brun("bcctrl 7,31", b212);
  brun("bcctr 12,0", b213);
  brun("bcctrl 12,0", b214);
  brun("bcctr 12,2", b215);
  brun("bcctrl 12,2", b216);
  brun("bcctr 12,31", b217);
  brun("bcctrl 12,31", b218);
  brun("bcctr 13,0", b219);
  brun("bcctrl 13,0", b220);
  brun("bcctr 13,2", b221);
  brun("bcctrl 13,2", b222);
  brun("bcctr 13,31", b223);
  brun("bcctrl 13,31", b224);
  brun("bcctr 14,0", b225);
  brun("bcctrl 14,0", b226);
  brun("bcctr 14,2", b227);
  brun("bcctrl 14,2", b228);
  brun("bcctr 14,31", b229);
  brun("bcctrl 14,31", b230);
  brun("bcctr 15,0", b231);
  brun("bcctrl 15,0", b232);
  brun("bcctr 15,2", b233);
  brun("bcctrl 15,2", b234);
  brun("bcctr 15,31", b235);
  brun("bcctrl 15,31", b236);
  brun("bcctr 20,0", b237);
  brun("bcctrl 20,0", b238);
  brun("bcctr 20,2", b239);
  brun("bcctrl 20,2", b240);
  brun("bcctr 20,31", b241);
  brun("bcctrl 20,31", b242);
  brun("bcctr 21,0", b243);
  brun("bcctrl 21,0", b244);
  brun("bcctr 21,2", b245);
  brun("bcctrl 21,2", b246);
  brun("bcctr 21,31", b247);
  brun("bcctrl 21,31", b248);
  brun("bcctr 28,0", b249);
  brun("bcctrl 28,0", b250);
  brun("bcctr 28,2", b251);
  brun("bcctrl 28,2", b252);
  brun("bcctr 28,31", b253);
  brun("bcctrl 28,31", b254);
  rt_puts("bdnz loop 5: "); rt_udec(loop_count(5)); rt_nl();
  rt_puts("bdnz loop 1: "); rt_udec(loop_count(1)); rt_nl();
  return 0;
}
