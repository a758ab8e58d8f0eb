// The threads of the process: the thread table, the deterministic scheduler, and futexes.
//
// The running thread's registers live in the machine; every other thread's in its own CpuState.
// A switch copies the register buffer out and in (the translated code keeps referencing the
// machine's views). Scheduling is round-robin in thread-creation (tid) order over a fixed
// quantum of instructions, switching early when the running thread blocks (futex wait, sleep),
// yields or exits; the process's clock stays the machine's instruction count plus the time
// skipped while every thread was waiting. So the same program and inputs always interleave the
// same way: same output, same checkpoint bytes. A reservation (larx) is lost on every switch.

import { EPOCH_SECONDS } from '../cpu/clock.js';
import { ProcessExit } from '../cpu/machine.js';
import { copyState, CpuState, Spr32, Spr64 } from '../cpu/state.js';
import { E, SS_DISABLE } from './abi.js';
import type { SigInfo } from './signals.js';
import type { LinuxProcess } from './process.js';

/** Instructions a thread runs before the next runnable thread gets the machine. */
export const QUANTUM = 20_000;

export interface PendingSignal { signo: number; info: SigInfo }
export interface AltStack { sp: number; flags: number; size: number }

/**
 * What a blocked thread waits for. Deadlines are guest CLOCK_MONOTONIC nanoseconds. An 'io' wait
 * (reading an empty pipe) ends when a pipe changes, a 'sigwait' (rt_sigtimedwait) when a signal
 * comes; the thread then makes its call again. A sigwait's deadline completes it with EAGAIN.
 * A 'child' wait (wait4, waitid) ends when a child process changes state, and the call is made
 * again; a 'vfork' wait ends when the vfork child execs or exits (the call has its result); a
 * 'sigsuspend' ends (EINTR) when a signal its temporary mask lets through arrives.
 */
export interface Wait {
  kind: 'futex' | 'sleep' | 'io' | 'sigwait' | 'child' | 'vfork' | 'sigsuspend';
  /** The futex word (futex waits). */
  addr: number;
  /** FUTEX_WAIT_BITSET's bitset (all ones for FUTEX_WAIT). */
  bitset: number;
  /** When the wait times out; undefined: never. */
  deadline: bigint | undefined;
  /** The call was made with scv (its result is returned the scv way). */
  scv: boolean;
  /** The signals a sigwait waits for. */
  sigset?: bigint;
}

export class Thread {
  /** Registers while the thread is not running (the running thread's are the machine's). */
  readonly regs = new CpuState();
  /** Address of the next instruction while not running. */
  pc = 0;
  /** Blocked-signal mask. */
  blocked = 0n;
  /**
   * rt_sigsuspend: the mask to restore once the signal that ends it is delivered (the handler's
   * frame saves it, so sigreturn restores it); `blocked` holds the temporary mask meanwhile.
   */
  savedMask: bigint | undefined;
  altStack: AltStack = { sp: 0, flags: SS_DISABLE, size: 0 };
  /** set_tid_address / CLONE_CHILD_CLEARTID: zeroed and futex-woken when the thread exits. */
  clearTid = 0;
  /** set_robust_list: the head of the thread's robust futex list (0: none), walked at its exit. */
  robustList = 0;
  /** Signals sent to this thread (tkill, tgkill); process-wide ones are LinuxProcess.pending. */
  pending: PendingSignal[] = [];
  wait: Wait | undefined;
  exited = false;

  constructor(readonly tid: number) {}
}

/** A system call's result meaning "the calling thread does not return now" (blocked or gone). */
export const NO_RETURN = Number.NEGATIVE_INFINITY;

/** schedule()'s answer when no thread of this process can run but other processes exist. */
export const BLOCKED = 'blocked';

export const CLONE = {
  VM: 0x100, FS: 0x200, FILES: 0x400, SIGHAND: 0x800, SETTLS: 0x80000, PARENT_SETTID: 0x100000,
  CHILD_CLEARTID: 0x200000, DETACHED: 0x400000, CHILD_SETTID: 0x1000000, THREAD: 0x10000, SYSVSEM: 0x40000,
  VFORK: 0x4000, PARENT: 0x8000, NEWNS: 0x20000, UNTRACED: 0x800000, IO: 0x80000000, PIDFD: 0x1000, PTRACE: 0x2000,
} as const;
/** What a thread needs (what pthread_create passes, less the optional parts). */
const CLONE_THREAD_NEEDS = CLONE.VM | CLONE.FS | CLONE.FILES | CLONE.SIGHAND | CLONE.THREAD;
const CLONE_THREAD_ALLOWED = CLONE_THREAD_NEEDS | CLONE.SYSVSEM | CLONE.SETTLS | CLONE.PARENT_SETTID |
  CLONE.CHILD_CLEARTID | CLONE.CHILD_SETTID | CLONE.DETACHED;

export const FUTEX = {
  WAIT: 0, WAKE: 1, REQUEUE: 3, CMP_REQUEUE: 4, WAKE_OP: 5, WAIT_BITSET: 9, WAKE_BITSET: 10,
  PRIVATE: 128, CLOCK_REALTIME: 256,
} as const;
const BITSET_ALL = 0xffffffff;
const NS = 1_000_000_000n;

export class Threads {
  /** Live threads in creation (tid) order: the round-robin order. */
  readonly list: Thread[];
  /** The thread whose registers are in the machine. */
  cur: Thread;
  /** The tid the next thread gets (the first thread's is the pid; tids are never reused). */
  nextTid: number;
  /** Instruction count at which the running thread's quantum ends (with more than one thread). */
  sliceEnd = 0;
  /** The running thread stopped (blocked, yielded, exited): pick a thread before running on. */
  resched = false;
  /** A second thread appeared: the run loop must stop the machine at the quantum's end now. */
  recheck = false;
  /** Futex waiters in the order they started waiting: wakes take the first matching ones. */
  futexQueue: Thread[] = [];
  /**
   * Every thread's registers are in its Thread, none in the machine (the process stopped with
   * all its threads blocked, or its machine lent to a vfork child): schedule() loads one.
   */
  parked = false;
  /**
   * vfork: the instruction count to give the machine back when the parent runs again (the
   * child's instructions ran on the parent's machine but are not the parent's).
   */
  resumeIcount: number | undefined;

  constructor(private readonly proc: LinuxProcess, pid: number) {
    this.cur = new Thread(pid);
    this.list = [this.cur];
    this.nextTid = pid + 1;
  }

  get many(): boolean { return this.list.length > 1; }

  byTid(tid: number): Thread | undefined { return this.list.find((t) => t.tid === tid); }

  /** Whether the run loop must pick a thread before running (quantum over or thread stopped). */
  due(icount: number): boolean { return this.resched || (this.many && icount >= this.sliceEnd); }

  /** Ends the running thread's turn at the next instruction boundary. */
  private stopRunning(): void {
    this.resched = true;
    this.proc.m.interruptRequested = true;
  }

  /** Installs a thread table read from a checkpoint (`list` in tid order, `run` in the machine). */
  restore(list: Thread[], run: Thread, nextTid: number, sliceEnd: number, futexQueue: Thread[]): void {
    this.list.splice(0, this.list.length, ...list);
    this.cur = run;
    this.nextTid = nextTid;
    this.sliceEnd = sliceEnd;
    this.futexQueue = futexQueue;
  }

  // ---- switching ------------------------------------------------------------------------------

  /** Copies the machine's registers and NIA into t. */
  private copyOut(t: Thread): void {
    const m = this.proc.m;
    copyState(t.regs, m.st);
    t.pc = m.pc;
  }

  /** Copies the running thread's registers out of the machine; its reservation is lost, and
   *  its copy-paste buffer (Linux issues cp_abort on every context switch). */
  private save(t: Thread): void {
    this.copyOut(t);
    t.regs.spr32[Spr32.RESVALID] = 0;
    this.proc.m.copyBuf = undefined;
  }

  /** Makes t the running thread: its registers into the machine. */
  private load(t: Thread): void {
    const m = this.proc.m;
    copyState(m.st, t.regs);
    m.setMsr(m.s64[2 * Spr64.MSR], m.s64[2 * Spr64.MSR + 1]);
    m.pc = m.nia = t.pc;
    this.cur = t;
  }

  /**
   * Runs `fn` with thread t's registers in the machine (the running thread's, reservation
   * included, are put back after): how the checkpoint records, which describe the machine,
   * describe any thread.
   */
  withThread<T>(t: Thread, fn: () => T): T {
    if (t === this.cur) return fn();
    const running = this.cur, keep = new Thread(running.tid);
    this.copyOut(keep);
    this.load(t);
    try {
      return fn();
    } finally {
      this.copyOut(t);
      this.load(keep);
      this.cur = running;
    }
  }

  /**
   * Picks the next thread to run (round-robin after the current one) and switches to it;
   * advances the clock to the earliest deadline when every thread waits. Returns a message when
   * no thread can ever run again (a deadlock). May throw ProcessExit (a fatal signal on resume).
   */
  schedule(): string | undefined {
    const prev = this.cur;
    if (!prev.exited && !this.parked) this.save(prev);
    this.parked = true;
    this.resched = false;
    const start = this.list.indexOf(prev);
    let next: Thread | undefined;
    for (;;) {
      this.expire();
      next = this.pick(start);
      if (next) break;
      if (this.proc.sys?.othersLive(this.proc)) { // other processes run meanwhile (run.ts)
        this.resched = true;
        return BLOCKED;
      }
      const d = this.earliestDeadline();
      if (d === undefined) return this.deadlockMessage();
      this.proc.idle(d - this.proc.nowNs(1));
    }
    if (prev.exited) this.list.splice(start, 1);
    if (this.resumeIcount !== undefined) {
      this.proc.m.icount = this.resumeIcount;
      this.resumeIcount = undefined;
    }
    this.load(next);
    this.parked = false;
    this.sliceEnd = this.proc.m.icount + QUANTUM;
    this.proc.deliverPending();
    return undefined;
  }

  /** The first runnable thread after index `start`, cyclically (the one at `start` last). */
  private pick(start: number): Thread | undefined {
    const n = this.list.length;
    for (let k = 1; k <= n; k++) {
      const t = this.list[(start + k) % n];
      if (!t.wait && !t.exited) return t;
    }
    return undefined;
  }

  /** Whether a thread can run (after waking those whose deadline passed). */
  runnable(): boolean {
    this.expire();
    return this.list.some((t) => !t.wait && !t.exited);
  }

  earliestDeadline(): bigint | undefined {
    let d: bigint | undefined;
    for (const t of this.list) {
      const w = t.wait?.deadline;
      if (w !== undefined && (d === undefined || w < d)) d = w;
    }
    return d;
  }

  /** Wakes every waiter whose deadline has passed. */
  private expire(): void {
    const now = this.proc.nowNs(1);
    for (const t of this.list) {
      const w = t.wait;
      if (w?.deadline === undefined || w.deadline > now) continue;
      if (w.kind === 'sigwait') t.pc += 4; // the call completes instead of running again
      this.wake(t, w.kind === 'futex' ? -E.TIMEDOUT : w.kind === 'sigwait' ? -E.AGAIN : 0);
    }
  }

  private deadlockMessage(): string {
    return `deadlock: every thread is blocked forever (${this.blockedText()}) after ${this.proc.m.icount} instructions`;
  }

  /** What each live thread waits for. */
  blockedText(): string {
    const hex = (v: number) => `0x${v.toString(16)}`;
    const waits = {
      io: 'waits to read an empty pipe', sigwait: 'waits for a signal', futex: 'waits on the futex at ', sleep: '',
      child: 'waits for a child process', vfork: 'waits for its vfork child', sigsuspend: 'waits for a signal (sigsuspend)',
    };
    const what = this.list.filter((t) => !t.exited).map((t) =>
      `thread ${t.tid} ${t.wait ? waits[t.wait.kind] : 'runs'}${t.wait?.kind === 'futex' ? hex(t.wait.addr) : ''}`);
    return what.join(', ');
  }

  /** Ends a thread's wait; `ret` is what its system call returns. */
  private wake(t: Thread, ret: number): void {
    const w = t.wait!;
    t.wait = undefined;
    if (w.kind === 'futex') this.futexQueue.splice(this.futexQueue.indexOf(t), 1);
    this.proc.setResult(ret, w.scv, t.regs);
  }

  /**
   * Interrupts a waiting thread for a signal: a futex wait returns EINTR, a pipe read or a
   * sigwait is made again (after the handler, if any: SA_RESTART's way), a sleep goes on.
   */
  interrupt(t: Thread): void {
    if (t.wait?.kind === 'futex' || t.wait?.kind === 'sigsuspend') this.wake(t, -E.INTR);
    else if (t.wait?.kind === 'io' || t.wait?.kind === 'sigwait' || t.wait?.kind === 'child') t.wait = undefined;
  }

  // ---- the system calls ------------------------------------------------------------------------

  /** clone() for threads: the new thread starts after the sc with r3 = 0. Returns its tid. */
  clone(flags: number, sp: number, ptid: number, tls: number, ctid: number, scv: boolean): number {
    if ((flags & CLONE_THREAD_NEEDS) !== CLONE_THREAD_NEEDS || flags & ~(CLONE_THREAD_ALLOWED | 0xff)) return -E.NOSYS;
    const proc = this.proc, m = proc.m, g = proc.g;
    const t = new Thread(proc.allocId());
    if (flags & CLONE.PARENT_SETTID) g.w32(ptid, t.tid);
    if (flags & CLONE.CHILD_SETTID) g.w32(ctid, t.tid);
    this.save(t);
    t.pc = m.nia;
    const st = t.regs;
    proc.setResult(0, scv, st);
    const setReg = (r: number, v: number) => { st.gprHi[r] = proc.cfg.is64 ? Math.floor(v / 4294967296) >>> 0 : 0; st.gprLo[r] = v >>> 0; };
    if (sp) setReg(1, sp);
    if (flags & CLONE.SETTLS) setReg(proc.cfg.is64 ? 13 : 2, tls);
    t.blocked = this.cur.blocked;
    if (flags & CLONE.CHILD_CLEARTID) t.clearTid = ctid;
    if (!this.many) {
      this.sliceEnd = m.icount + QUANTUM;
      this.recheck = true;
      m.interruptRequested = true;
    }
    this.list.push(t);
    return t.tid;
  }

  /** exit() of the running thread: the last one ends the process. */
  exitThread(status: number): number {
    const t = this.cur;
    if (this.list.length === 1) throw new ProcessExit(status & 0xff);
    this.robustExit(t);
    if (t.clearTid) {
      try {
        this.proc.g.w32(t.clearTid, 0);
        this.wakeWaiters(t.clearTid, 1, BITSET_ALL);
      } catch { /* an unmapped address is ignored, as Linux does */ }
    }
    t.exited = true;
    this.stopRunning();
    return NO_RETURN;
  }

  /**
   * A thread's exit walks its robust futex list (struct robust_list_head { next, futex_offset,
   * list_op_pending }), as Linux's exit_robust_list: each futex the thread still owns (its tid in
   * the low 30 bits) gets FUTEX_OWNER_DIED, keeping FUTEX_WAITERS, and then one waiter is woken.
   * At most 2048 entries; a fault ends the walk, as in Linux.
   */
  private robustExit(t: Thread): void {
    const head = t.robustList;
    if (!head) return;
    const g = this.proc.g, ws = g.wordSize;
    const word = (a: number) => g.word(a);
    const clearPi = (e: number) => e - (e % 2);
    try {
      const offset = ws === 8 ? Number(BigInt.asIntN(64, g.u64(head + ws))) : g.s32(head + ws);
      const pending = word(head + 2 * ws);
      let entry = word(head);
      for (let n = 0; entry !== head && n < 2048; n++) {
        const next = word(clearPi(entry));
        if (entry !== pending) this.futexDeath(clearPi(entry) + offset, t.tid, entry % 2 === 1);
        entry = next;
      }
      if (pending) this.futexDeath(clearPi(pending) + offset, t.tid, pending % 2 === 1);
    } catch { /* an unreadable list ends the walk */ }
  }

  private futexDeath(uaddr: number, tid: number, pi: boolean): void {
    if (uaddr % 4) return;
    const g = this.proc.g;
    const v = g.u32(uaddr);
    if ((v & 0x3fffffff) !== tid) return;
    g.w32(uaddr, ((v & 0x80000000) | 0x40000000) >>> 0); // FUTEX_WAITERS kept, FUTEX_OWNER_DIED
    if (!pi && v & 0x80000000) this.wakeWaiters(uaddr, 1, BITSET_ALL);
  }

  /** sched_yield: the running thread goes to the back of the round. */
  yield(): number {
    if (this.many) this.stopRunning();
    return 0;
  }

  /** Blocks the running thread until `deadline` (nanosleep, clock_nanosleep). */
  sleep(deadline: bigint, scv: boolean): number {
    this.cur.wait = { kind: 'sleep', addr: 0, bitset: 0, deadline, scv };
    this.stopRunning();
    return NO_RETURN;
  }

  /** Blocks the running thread until a pipe changes; its sc then runs again (the same call). */
  waitIo(): number {
    const m = this.proc.m;
    m.nia = m.pc;
    this.cur.wait = { kind: 'io', addr: 0, bitset: 0, deadline: undefined, scv: false };
    this.stopRunning();
    return NO_RETURN;
  }

  /** rt_sigsuspend with nothing to deliver: waits (with its temporary mask) for a signal. */
  suspend(scv: boolean): number {
    this.cur.wait = { kind: 'sigsuspend', addr: 0, bitset: 0, deadline: undefined, scv };
    this.stopRunning();
    return NO_RETURN;
  }

  /** wait4/waitid with no child to report yet: the sc runs again when a child changes state. */
  waitChild(): number {
    const m = this.proc.m;
    m.nia = m.pc;
    this.cur.wait = { kind: 'child', addr: 0, bitset: 0, deadline: undefined, scv: false };
    this.stopRunning();
    return NO_RETURN;
  }

  /** A child changed state: the threads waiting in wait4/waitid look again. */
  wakeChild(): void {
    for (const t of this.list) if (t.wait?.kind === 'child') t.wait = undefined;
  }

  /**
   * vfork: the running thread's registers leave the machine (its call returning `ret`, the
   * child's pid), and the process stops until the child execs or exits (unvfork).
   */
  parkForVfork(ret: number, scv: boolean): void {
    const t = this.cur, m = this.proc.m;
    this.save(t);
    t.pc = m.nia;
    this.proc.setResult(ret, scv, t.regs);
    t.wait = { kind: 'vfork', addr: 0, bitset: 0, deadline: undefined, scv };
    this.parked = true;
    this.resched = true;
    this.resumeIcount = m.icount + 1; // after the sc
  }

  /** The vfork child execed or exited: the parent's thread runs again. */
  unvfork(): void {
    for (const t of this.list) if (t.wait?.kind === 'vfork') t.wait = undefined;
  }

  /** rt_sigtimedwait with none of `set` pending: the sc runs again when one comes. */
  waitSignal(set: bigint, deadline: bigint | undefined, scv: boolean): number {
    const m = this.proc.m;
    m.nia = m.pc;
    this.cur.wait = { kind: 'sigwait', addr: 0, bitset: 0, deadline, scv, sigset: set };
    this.stopRunning();
    return NO_RETURN;
  }

  /** A pipe got data or lost a writer: the threads waiting to read try again. */
  wakeIo(): void {
    for (const t of this.list) if (t.wait?.kind === 'io') t.wait = undefined;
  }

  /**
   * futex(uaddr, op, val, timeout|val2, uaddr2, val3). `timeout` is the address of a timespec
   * (`wide`: 64-bit fields) for the waits and the number val2 for the requeues and WAKE_OP.
   */
  futex(uaddr: number, op: number, val: number, timeout: number, uaddr2: number, val3: number, wide: boolean, scv: boolean): number {
    const cmd = op & ~(FUTEX.PRIVATE | FUTEX.CLOCK_REALTIME);
    if (op & FUTEX.CLOCK_REALTIME && cmd !== FUTEX.WAIT_BITSET && cmd !== FUTEX.WAIT) return -E.NOSYS;
    if (uaddr % 4) return -E.INVAL;
    const g = this.proc.g;
    const int = (v: number) => v | 0;
    switch (cmd) {
      case FUTEX.WAIT: case FUTEX.WAIT_BITSET: {
        const bitset = cmd === FUTEX.WAIT ? BITSET_ALL : val3 >>> 0;
        if (bitset === 0) return -E.INVAL;
        let deadline: bigint | undefined;
        if (timeout) {
          const sec = wide ? BigInt.asIntN(64, g.u64(timeout)) : BigInt(g.s32(timeout));
          const nsec = wide ? BigInt.asIntN(64, g.u64(timeout + 8)) : BigInt(g.s32(timeout + 4));
          if (sec < 0n || nsec < 0n || nsec >= NS) return -E.INVAL;
          const t = sec * NS + nsec;
          if (cmd === FUTEX.WAIT) deadline = this.proc.nowNs(1) + t; // relative
          else deadline = op & FUTEX.CLOCK_REALTIME ? t - BigInt(EPOCH_SECONDS) * NS : t;
        }
        if (g.u32(uaddr) !== val >>> 0) return -E.AGAIN;
        const t = this.cur;
        t.wait = { kind: 'futex', addr: uaddr, bitset, deadline, scv };
        this.futexQueue.push(t);
        this.stopRunning();
        return NO_RETURN;
      }
      case FUTEX.WAKE: return this.wakeWaiters(uaddr, int(val), BITSET_ALL);
      case FUTEX.WAKE_BITSET: return val3 === 0 ? -E.INVAL : this.wakeWaiters(uaddr, int(val), val3 >>> 0);
      case FUTEX.REQUEUE: case FUTEX.CMP_REQUEUE: {
        if (int(val) < 0 || int(timeout) < 0) return -E.INVAL;
        if (uaddr2 % 4) return -E.INVAL;
        if (cmd === FUTEX.CMP_REQUEUE && g.u32(uaddr) !== val3 >>> 0) return -E.AGAIN;
        return this.requeue(uaddr, uaddr2, int(val), int(timeout));
      }
      case FUTEX.WAKE_OP: return uaddr2 % 4 ? -E.INVAL : this.wakeOp(uaddr, uaddr2, int(val), int(timeout), val3 >>> 0);
      default: return -E.NOSYS;
    }
  }

  /** Wakes up to n waiters on addr whose bitset meets `bitset` (n <= 0 still wakes one, as Linux). */
  private wakeWaiters(addr: number, n: number, bitset: number): number {
    let woken = 0;
    for (const t of [...this.futexQueue]) {
      if (t.wait!.addr !== addr || !(t.wait!.bitset & bitset)) continue;
      this.wake(t, 0);
      if (++woken >= n) break;
    }
    return woken;
  }

  /** Wakes nWake waiters on a1 and moves up to nRequeue more to a2; returns how many of both. */
  private requeue(a1: number, a2: number, nWake: number, nRequeue: number): number {
    let count = 0;
    for (const t of [...this.futexQueue]) {
      if (count - nWake >= nRequeue) break;
      if (t.wait!.addr !== a1) continue;
      if (++count <= nWake) { this.wake(t, 0); continue; }
      t.wait!.addr = a2; // to the back of a2's queue
      this.futexQueue.splice(this.futexQueue.indexOf(t), 1);
      this.futexQueue.push(t);
    }
    return count;
  }

  /** FUTEX_WAKE_OP: *a2 = op(*a2, oparg); wake n1 on a1; if cmp(old *a2, cmparg) wake n2 on a2. */
  private wakeOp(a1: number, a2: number, n1: number, n2: number, enc: number): number {
    const g = this.proc.g;
    const op = (enc >>> 28) & 7, shift = (enc >>> 28) & 8, cmp = (enc >>> 24) & 15;
    let oparg = ((enc >>> 12) & 0xfff) << 20 >> 20;
    const cmparg = (enc & 0xfff) << 20 >> 20;
    if (shift) oparg = 1 << (oparg & 31);
    const old = g.u32(a2) | 0;
    const ops = [oparg, old + oparg, old | oparg, old & ~oparg, old ^ oparg];
    if (op >= ops.length || cmp > 5) return -E.NOSYS;
    g.w32(a2, ops[op]);
    let woken = this.wakeWaiters(a1, n1, BITSET_ALL);
    const hit = [old === cmparg, old !== cmparg, old < cmparg, old <= cmparg, old > cmparg, old >= cmparg][cmp];
    if (hit) woken += this.wakeWaiters(a2, n2, BITSET_ALL);
    return woken;
  }
}
