// The processes of one run (fork, vfork): all emulated here, each with its own Machine (a vfork
// child borrows its parent's while the parent waits), scheduled round-robin in pid order over
// a fixed instruction quantum, switching early when every thread of the running process is
// blocked. With the threads' own round-robin inside each process (threads.ts) the interleaving
// depends only on the program and its inputs: same output, same exit status.
//
// A System exists only once a process forks: a program that never forks runs exactly as before.

import { hostSleep } from '../cpu/clock.js';
import { CLD, SIG, SIG_IGN } from './abi.js';
import type { LinuxProcess } from './process.js';
import { QUANTUM } from './threads.js';

/** SA_NOCLDWAIT: the children are reaped when they exit (no zombies, wait gives ECHILD). */
const SA_NOCLDWAIT = 2;

export class System {
  /** Live processes in pid order: the round-robin order. */
  readonly live: LinuxProcess[];
  /** The process whose machine runs. */
  cur: LinuxProcess;
  /** Instruction count (of cur's machine) at which cur's turn ends. */
  sliceEnd = 0;
  /** The running process changed (vfork) or more processes appeared: re-plan before running on. */
  reschedule = false;
  private nextId: number;
  /** Where the process that ended last stood in `live`: the round goes on from there. */
  private endedAt = 0;

  constructor(readonly root: LinuxProcess) {
    this.live = [root];
    this.cur = root;
    this.nextId = root.threads.nextTid;
  }

  /** The next pid or tid: one sequence for all processes and threads (never reused). */
  allocId(): number {
    let id = this.nextId;
    for (const p of this.live) id = Math.max(id, p.threads.nextTid);
    this.nextId = id + 1;
    for (const p of this.live) p.threads.nextTid = id + 1;
    return id;
  }

  othersLive(p: LinuxProcess): boolean {
    return this.live.length > 1 || this.live[0] !== p;
  }

  byPid(pid: number): LinuxProcess | undefined {
    return this.live.find((p) => p.pid === pid);
  }

  /** A process created by fork or vfork. */
  add(child: LinuxProcess): void {
    let k = this.live.length;
    while (k > 0 && this.live[k - 1].pid > child.pid) k--;
    this.live.splice(k, 0, child);
    if (this.sliceEnd === 0 || this.live.length === 2) this.sliceEnd = this.cur.m.icount + QUANTUM;
    this.reschedule = true;
  }

  /** Makes p the running process (its turn starts). */
  switchTo(p: LinuxProcess): void {
    this.cur = p;
    this.sliceEnd = p.m.icount + QUANTUM;
    p.threads.resched = true; // pick a thread: deliver what is pending, load a parked one
  }

  /** A pipe changed: readers blocked in any process try again. */
  wakeIo(): void {
    for (const p of this.live) p.threads.wakeIo();
  }

  /**
   * Process p ended (exit status as a shell reports it, signo when a signal killed it): its
   * descriptors close, a vfork parent resumes, its parent gets the exit signal (SIGCHLD) and can
   * reap it; its own children are orphaned (reaped as they exit, as init would).
   */
  exited(p: LinuxProcess, status: number, signo: number): void {
    const k = this.live.indexOf(p);
    if (k >= 0) this.live.splice(k, 1);
    this.endedAt = k;
    p.fds.closeAll();
    this.wakeIo();
    p.releaseVfork();
    p.zombie = { status, signo };
    for (const c of p.children) c.parent = undefined;
    p.children = p.children.filter((c) => !c.zombie);
    const parent = p.parent;
    if (!parent || parent.zombie) return;
    const act = parent.actions[SIG.CHLD];
    if (p.exitSignal === SIG.CHLD && (act.handler === SIG_IGN || act.flags & SA_NOCLDWAIT)) {
      parent.children.splice(parent.children.indexOf(p), 1);
    }
    if (p.exitSignal) {
      parent.post(p.exitSignal, {
        signo: p.exitSignal, code: signo ? CLD.KILLED : CLD.EXITED, pid: p.pid, uid: p.uid, status: signo || status,
      });
    }
    parent.threads.wakeChild();
  }

  /** The root process ended: the other processes end with it; their host files are closed. */
  end(): void {
    for (const p of this.live) if (p !== this.root) p.fds.closeAll();
    this.live.splice(0, this.live.length, this.root);
  }

  /**
   * Picks the next process that can run, round-robin after the current one (which comes last),
   * letting the clock skip to the earliest deadline when every process waits. Returns a
   * message when nothing can ever run again.
   */
  next(): string | undefined {
    for (;;) {
      const n = this.live.length;
      const at = this.live.indexOf(this.cur);
      const start = at >= 0 ? at : this.endedAt - 1 + n; // the one after the ended process is next
      for (let k = 1; k <= n; k++) {
        const p = this.live[(start + k) % n];
        if (!p.vforkChild && p.threads.runnable()) { this.switchTo(p); return undefined; }
      }
      let skip: bigint | undefined;
      for (const p of this.live) {
        const d = p.threads.earliestDeadline();
        if (d === undefined) continue;
        const left = d - p.nowNs(1);
        if (skip === undefined || left < skip) skip = left;
      }
      if (skip === undefined) return this.deadlockMessage();
      if (skip > 0n) {
        if (this.root.cfg.clock === 'host') hostSleep(skip);
        else for (const p of this.live) p.sleptNs += skip;
      }
    }
  }

  private deadlockMessage(): string {
    const what = this.live.map((p) => `process ${p.pid}: ${p.vforkChild ? 'waits for its vfork child' : p.threads.blockedText()}`);
    return `deadlock: every process is blocked forever (${what.join('; ')})`;
  }
}

/** The System of a process, created when it first forks. */
export function systemOf(p: LinuxProcess): System {
  p.sys ??= new System(p);
  return p.sys;
}

/** wait status: exit code << 8, or the signal number (WIFSIGNALED). */
export function waitStatus(z: { status: number; signo: number }): number {
  return z.signo ? z.signo : (z.status & 0xff) << 8;
}
