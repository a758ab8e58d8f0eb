/* Benchmark: a bytecode interpreter (a small stack machine with a switch dispatch loop, the
 * shape of a script language's VM) running recursive Fibonacci, a counted loop and a sieve
 * written in its bytecode. */
#include "rt.h"

enum op {
  PUSH, LOAD, STORE, ADD, SUB, MUL, LT, JMP, JZ, CALL, RET, ARG, DUP, DROP, GLOAD, GSTORE, HALT,
};

/* Frame layout: locals live on the stack above the arguments; fp points at the first argument. */
struct vm { long stack[4096]; long globals[8192]; long sp, fp; };
static struct vm vm;

static long run(const long *code, long pc) {
  long *st = vm.stack, sp = vm.sp, fp = vm.fp;
  long rstack[512][3], rsp = 0;
  for (;;) {
    long op = code[pc++];
    switch (op) {
      case PUSH: st[sp++] = code[pc++]; break;
      case LOAD: st[sp++] = st[fp + code[pc++]]; break;
      case STORE: st[fp + code[pc++]] = st[--sp]; break;
      case ADD: sp--; st[sp - 1] += st[sp]; break;
      case SUB: sp--; st[sp - 1] -= st[sp]; break;
      case MUL: sp--; st[sp - 1] *= st[sp]; break;
      case LT: sp--; st[sp - 1] = st[sp - 1] < st[sp]; break;
      case JMP: pc = code[pc]; break;
      case JZ: if (st[--sp] == 0) pc = code[pc]; else pc++; break;
      case CALL: { /* CALL target nargs */
        long nargs = code[pc + 1];
        rstack[rsp][0] = pc + 2; rstack[rsp][1] = fp; rstack[rsp][2] = nargs; rsp++;
        fp = sp - nargs;
        pc = code[pc];
        break;
      }
      case RET: { /* result on top; drop the frame and the arguments */
        long r = st[sp - 1];
        rsp--;
        sp = fp;
        pc = rstack[rsp][0]; fp = rstack[rsp][1];
        st[sp++] = r;
        break;
      }
      case ARG: st[sp++] = st[fp + code[pc++]]; break;
      case DUP: st[sp] = st[sp - 1]; sp++; break;
      case DROP: sp--; break;
      case GLOAD: st[sp - 1] = vm.globals[st[sp - 1]]; break;
      case GSTORE: sp -= 2; vm.globals[st[sp + 1]] = st[sp]; break; /* value addr GSTORE */
      case HALT: vm.sp = sp; vm.fp = fp; return st[sp - 1];
      default: return -1;
    }
  }
}

/* fib(n) = n < 2 ? n : fib(n-1) + fib(n-2) */
static const long fib[] = {
  /* 0 */ PUSH, 21, CALL, 6, 1, HALT,
  /* 6: fib */ ARG, 0, PUSH, 2, LT, JZ, 16, ARG, 0, RET,
  /* 16 */ ARG, 0, PUSH, 1, SUB, CALL, 6, 1, ARG, 0, PUSH, 2, SUB, CALL, 6, 1, ADD, RET,
};

/* s = 0; for (i = 0; i < 100000; i++) s = s + i * 3; (locals: fp+0 = s, fp+1 = i) */
static const long loop[] = {
  /* 0 */ PUSH, 0, PUSH, 0,
  /* 4 */ LOAD, 1, PUSH, 100000, LT, JZ, 30,
  /* 11 */ LOAD, 0, LOAD, 1, PUSH, 3, MUL, ADD, STORE, 0,
  /* 21 */ LOAD, 1, PUSH, 1, ADD, STORE, 1, JMP, 4,
  /* 30 */ LOAD, 0, HALT,
};

/* Sieve of Eratosthenes over globals[0..8000): counts the primes. Locals: i, j, count. */
static const long sieve[] = {
  /* 0 */ PUSH, 2, PUSH, 0, PUSH, 0,
  /* 6: while i < 8000 */ LOAD, 0, PUSH, 8000, LT, JZ, 63,
  /* 13: if globals[i] == 0 */ LOAD, 0, GLOAD, JZ, 20, JMP, 54,
  /* 20: count++; j = i * i */ LOAD, 2, PUSH, 1, ADD, STORE, 2, LOAD, 0, DUP, MUL, STORE, 1,
  /* 33: while j < 8000 */ LOAD, 1, PUSH, 8000, LT, JZ, 54,
  /* 40: globals[j] = 1; j += i */ PUSH, 1, LOAD, 1, GSTORE, LOAD, 1, LOAD, 0, ADD, STORE, 1, JMP, 33,
  /* 54: i++ */ LOAD, 0, PUSH, 1, ADD, STORE, 0, JMP, 6,
  /* 63 */ LOAD, 2, HALT,
};

/* The argument repeats the three programs (default 1; bench/mips.ts's steady state): the last results are printed. */
int main(int argc, char **argv) {
  long f = 0, l = 0, primes = 0;
  for (unsigned long rep = rt_reps(argc, argv); rep > 0; rep--) {
    vm.sp = 0; vm.fp = 0;
    f = run(fib, 0);
    vm.sp = 0; vm.fp = 0;
    l = run(loop, 0);
    primes = 0;
    for (int r = 0; r < 2; r++) {
      memset(vm.globals, 0, sizeof vm.globals);
      vm.sp = 0; vm.fp = 0;
      primes += run(sieve, 0);
    }
  }
  rt_puts("fib(21)="); rt_dec(f); rt_nl();
  rt_puts("loop="); rt_dec(l); rt_nl();
  rt_puts("primes="); rt_dec(primes); rt_nl();
  return 0;
}
