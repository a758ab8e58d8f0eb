// The gdb remote stub: `ppcemu run --gdb PORT` / `restore --gdb PORT` listen on 127.0.0.1:PORT,
// keep the guest stopped before its next instruction until gdb connects, then serve the remote
// protocol. The emulator is synchronous, so a resumed guest runs in slices of SLICE instructions
// with a return to the event loop between them (where gdb's Ctrl-C arrives); everything else
// happens while the guest is stopped. One connection, one process, one thread.
//
// Breakpoints: Z0 addresses are kept here (no trap instruction is written into guest memory);
// Z1..Z4 arm the model's debug registers (src/cpu/debugregs.ts: IACs or CIABR, DABR, DAWRs,
// DACs), where the state lives. The machine is given the breakpoint addresses (setBreakpoints):
// its blocks end before them and only the blocks starting at them run interpreted, so code away
// from a breakpoint keeps its tier; data watches make the watched pages' accesses take the
// memory's slow path, which checks them.
//
// Reverse execution (bs, bc): in-memory snapshots (checkpoint images) taken as the guest runs
// forward, and deterministic re-execution from the nearest one. Going back to instruction N
// restores the last snapshot at or before N and runs forward to N; reverse-continue replays the
// stretches between snapshots, latest first, noting where a breakpoint or watchpoint would have
// stopped, and goes to the last such place. Output the guest already wrote is not written again
// while re-executing (the run is deterministic, so it is the same output).

import * as net from 'node:net';
import { resolve as resolvePath } from 'node:path';
import {
  armDataWatch, armInsnBreak, dataWatches, disarmDataWatch, disarmInsnBreak, insnBreakHit, insnBreaks, type DataWatch, watchHit,
} from '../cpu/debugregs.js';
import { type Machine, ProcessExit, SIGTRAP, TRAP_BRKPT, TRAP_HWBKPT } from '../cpu/machine.js';
import { GuestFault, PAGE_SIZE } from '../cpu/memory.js';
import { checkpoint, restoreImage } from '../checkpoint/index.js';
import { Spr32, Spr64 } from '../cpu/state.js';
import { PID, type LinuxProcess } from '../linux/process.js';
import { EXIT_PPCEMU_ERROR, runProcess } from '../linux/run.js';
import { type Incoming, PacketReader, frame, fromHex, hexNum, toHex, unescapeBinary, xferWindow } from './packets.js';
import { registerSet, type RegisterSet } from './registers.js';

/** Instructions between two returns to the event loop while the guest runs. */
const SLICE = 500_000;
/** Reverse execution: a snapshot at least every this many instructions, at most MAX_SNAPS of them. */
const SNAP_EVERY = 100_000;
const MAX_SNAPS = 64;
/** Every this many snapshots in a chain one is whole, so a restore reads a few images at most. */
const MAX_DEPTH = 8;
const SIGINT = 2;
const TRAP_TRACE = 2;
const TID = PID.toString(16);

export interface StubOptions {
  port: number;
  /** Instruction limit (absolute count); reaching it ends the session as a ppcemu error. */
  limit?: number;
  /** `monitor` commands beyond the built-in ones (checkpoint FILE is given by the CLI). */
  monitor?: (cmd: string, args: string[], out: (s: string) => void) => boolean;
  log?: (s: string) => void;
  /** Reverse execution: a snapshot at least every `every` instructions, at most `max` of them. */
  snapshots?: { every: number; max: number };
}

/** How the session ended: the guest's exit status, or that gdb killed it. */
export type SessionEnd = { kind: 'exit'; status: number } | { kind: 'killed' } | { kind: 'limit' } | { kind: 'detached' };

/** A snapshot: an image, incremental on top of `depth` ancestors (0: whole). */
interface Snap { id: string; icount: number; bytes: Uint8Array; depth: number }

interface Stop {
  signo: number;
  /** si_code and si_addr of the siginfo the kernel would give (qXfer:siginfo). */
  code?: number;
  addr?: number;
  watch?: { kind: 'watch' | 'rwatch' | 'awatch'; addr: number };
}

export class GdbStub {
  private m: Machine;
  private readonly regs: RegisterSet;
  private readonly le: boolean;
  private readonly is64: boolean;
  private readonly swBreaks = new Set<number>();
  /** Data watches gdb inserted ("addr,len,type"): their hits say `watch:`; others (armed in a restored image) are plain SIGTRAPs. */
  private readonly gdbWatches = new Set<string>();
  private watches: DataWatch[] = [];
  private hasHwBreaks = false;
  /** The last stop, reported by `?`. */
  private stop: Stop = { signo: SIGTRAP };
  /** Why the machine stopped inside a slice. */
  private hit: Stop | undefined;
  /** A guest fault reported to gdb and not yet delivered (gdb passes it back with C/S). */
  private fault: GuestFault | undefined;
  private running = false;
  private interrupted = false;
  private sock: net.Socket | undefined;
  private done: ((e: SessionEnd) => void) | undefined;
  /** Ends the session with an error (a bug in ppcemu: the CLI reports it in one line). */
  private failed: ((e: unknown) => void) | undefined;

  /**
   * Snapshots for reverse execution, by instruction count: incremental images in memory (the
   * mechanism of --incremental), each naming the snapshot the machine's state had been restored
   * from or last saved to (`base`, with the memory tracking dirty pages since).
   */
  private snaps: Snap[] = [];
  private base: Snap | undefined;
  private nextSnap = 1;
  /** The furthest instruction count executed: output from before it was already written. */
  private highWater = 0;
  /** Re-executing to travel back: no stops; faults are delivered as they were. */
  private replaying = false;
  /** Reverse-continue's scan: where the guest would have stopped (instruction count, reason). */
  private scan: { icount: number; stop: Stop; after?: boolean }[] | undefined;

  constructor(public proc: LinuxProcess, readonly opts: StubOptions) {
    const m = this.m = proc.m;
    this.is64 = proc.cfg.is64;
    this.le = m.mem.le;
    this.regs = registerSet(m, this.is64, this.le);
    this.highWater = m.icount;
    const streams = proc.cfg.streams;
    const { stdout, stderr } = streams;
    streams.stdout = (b) => { if (this.m.icount >= this.highWater) stdout(b); };
    streams.stderr = (b) => { if (this.m.icount >= this.highWater) stderr(b); };
    this.adopt(proc);
  }

  /** Makes `proc` the debugged process: faults stop it for gdb before the kernel would deliver them. */
  private adopt(proc: LinuxProcess): void {
    // a process replaced by a restored snapshot gives back its host files
    if (this.proc !== proc) for (let fd = 0; fd < this.proc.fds.fds.length; fd++) if (this.proc.fds.fds[fd]?.host) this.proc.fds.close(fd);
    this.proc = proc;
    const m = this.m = proc.m;
    m.os = {
      syscall: (mm, scv) => proc.syscall(mm, scv),
      fault: (mm, f) => {
        if (this.replaying) { proc.fault(mm, f); return; }
        this.fault = f;
        this.hit ??= { signo: f.signo, code: f.code, addr: f.addr };
        mm.interruptRequested = true;
      },
    };
    this.rearm();
  }

  /** Listens, serves one gdb connection, and resolves when the session ends. */
  serve(): Promise<SessionEnd> {
    return new Promise((resolve, reject) => {
      const server = net.createServer();
      server.on('error', reject);
      this.failed = (e) => {
        this.done = undefined;
        this.sock?.destroy();
        reject(e);
      };
      server.listen(this.opts.port, '127.0.0.1', () => {
        this.opts.log?.(`waiting for gdb on 127.0.0.1:${(server.address() as net.AddressInfo).port}`);
      });
      server.once('connection', (sock) => {
        server.close();
        this.sock = sock;
        sock.setNoDelay(true);
        const reader = new PacketReader();
        this.done = (e) => {
          this.done = undefined;
          this.m.os = this.proc;
          this.snaps = [];
          sock.end();
          resolve(e);
        };
        sock.on('data', (chunk) => {
          for (const p of reader.push(chunk)) this.incoming(p);
        });
        sock.on('error', () => { /* handled by close */ });
        sock.on('close', () => this.done?.({ kind: 'killed' }));
      });
    });
  }

  // ---- packets ------------------------------------------------------------------------------

  private send(body: string | Buffer): void {
    this.sock?.write(frame(body));
  }

  private incoming(p: Incoming): void {
    if (p.kind === 'interrupt') {
      if (this.running) { this.interrupted = true; this.m.interruptRequested = true; }
      return;
    }
    if (p.kind === 'bad') { this.sock?.write('-'); return; }
    this.sock?.write('+');
    if (this.running) return; // gdb sends nothing but Ctrl-C while the guest runs
    let reply: string | Buffer | undefined;
    try {
      reply = this.handle(p.data);
    } catch (e) {
      if (!(e instanceof RangeError || e instanceof GuestFault)) { this.failed?.(e); return; }
      reply = 'E01'; // a malformed packet, or memory that is not mapped
    }
    if (reply !== undefined) this.send(reply);
  }

  /** Answers one packet; undefined when the answer comes later (resume) or never (kill). */
  private handle(data: Buffer): string | Buffer | undefined {
    const s = data.toString('latin1');
    const m = this.m;
    switch (s[0]) {
      case '?': return this.stopReply(this.stop);
      case 'g': return this.regs.regs.map((r) => toHex(r.get(m))).join('');
      case 'G': {
        this.forkHistory();
        const b = fromHex(s.slice(1));
        let off = 0;
        for (const r of this.regs.regs) {
          if (off + r.bits / 8 > b.length) break;
          r.set(m, b.subarray(off, off + r.bits / 8));
          off += r.bits / 8;
        }
        return 'OK';
      }
      case 'p': {
        const r = this.regs.regs[hexNum(s.slice(1))];
        return r ? toHex(r.get(m)) : 'E00';
      }
      case 'P': {
        const [n, v] = s.slice(1).split('=');
        const r = this.regs.regs[hexNum(n)];
        if (!r) return 'E00';
        this.forkHistory();
        r.set(m, fromHex(v));
        return 'OK';
      }
      case 'm': {
        const [a, l] = s.slice(1).split(',');
        return toHex(m.mem.readBytes(hexNum(a), Math.min(hexNum(l), 0x10000)));
      }
      case 'M': {
        const [head, hex] = s.slice(1).split(':');
        this.forkHistory();
        m.mem.writeBytes(hexNum(head.split(',')[0]), fromHex(hex), true);
        return 'OK';
      }
      case 'X': {
        const colon = data.indexOf(0x3a);
        const [a] = s.slice(1, colon).split(',');
        const bytes = unescapeBinary(data.subarray(colon + 1));
        if (bytes.length) { this.forkHistory(); m.mem.writeBytes(hexNum(a), bytes, true); }
        return 'OK';
      }
      case 'Z': case 'z': return this.breakpoint(s[0] === 'Z', s.slice(1));
      case 'b':
        if (s === 'bs') return this.reverseStep();
        if (s === 'bc') return this.reverseContinue();
        return '';
      case 'c': case 's': return this.resume(s[0] === 's', 0, s.slice(1));
      case 'C': case 'S': {
        const [sig, addr] = s.slice(1).split(';');
        return this.resume(s[0] === 'S', hexNum(sig), addr ?? '');
      }
      case 'H': case 'T': return 'OK';
      case 'k': this.end({ kind: 'killed' }); return undefined;
      case 'D': this.detach(); return undefined;
      case 'q': case 'Q': return this.query(s);
      case 'v': return this.vPacket(s);
      default: return '';
    }
  }

  private query(s: string): string | Buffer {
    const xfer = /^qXfer:([a-z-]+):read:([^:]*):([0-9a-fA-F]+),([0-9a-fA-F]+)$/.exec(s);
    if (xfer) {
      const [, obj, annex, off, len] = xfer;
      const blob = this.xferObject(obj, annex);
      return blob ? xferWindow(blob, hexNum(off), hexNum(len)) : 'E00';
    }
    if (s.startsWith('qSupported')) {
      return 'PacketSize=4000;qXfer:features:read+;qXfer:auxv:read+;qXfer:exec-file:read+;qXfer:siginfo:read+;vContSupported+;ReverseStep+;ReverseContinue+';
    }
    if (s === 'qAttached' || s.startsWith('qAttached:')) return '0';
    if (s === 'qC') return `QC${TID}`;
    if (s === 'qfThreadInfo') return `m${TID}`;
    if (s === 'qsThreadInfo') return 'l';
    if (s === 'qSymbol::') return 'OK';
    if (s.startsWith('qRcmd,')) return this.monitor(Buffer.from(s.slice(6), 'hex').toString('latin1'));
    return '';
  }

  private xferObject(obj: string, annex: string): Uint8Array | undefined {
    if (obj === 'features' && annex === 'target.xml') return Buffer.from(this.regs.xml);
    if (obj === 'siginfo') {
      // the target's siginfo_t (128 bytes): si_signo, si_errno, si_code, then si_addr (after padding on 64-bit)
      const b = Buffer.alloc(128);
      const st = this.stop;
      const w32 = (v: number, o: number) => (this.le ? b.writeInt32LE(v, o) : b.writeInt32BE(v, o));
      w32(st.signo, 0);
      w32(st.code ?? 0, 8);
      const a = BigInt(st.addr ?? 0);
      if (this.is64) { if (this.le) b.writeBigUInt64LE(a, 16); else b.writeBigUInt64BE(a, 16); } else w32(Number(BigInt.asIntN(32, a)), 12);
      return b;
    }
    if (obj === 'exec-file') return Buffer.from(resolvePath(this.proc.cfg.execPath)); // a host path for gdb
    if (obj === 'auxv') {
      const ws = this.is64 ? 8 : 4;
      const out = new Uint8Array(this.proc.auxv.length * 2 * ws);
      const dv = new DataView(out.buffer);
      this.proc.auxv.flat().forEach((v, k) => {
        if (ws === 8) dv.setBigUint64(8 * k, BigInt(v), this.le);
        else dv.setUint32(4 * k, v >>> 0, this.le);
      });
      return out;
    }
    return undefined;
  }

  private vPacket(s: string): string | undefined {
    if (s === 'vCont?') return 'vCont;c;C;s;S';
    if (s.startsWith('vCont;')) {
      // one thread: the first action is the one that applies to it
      const a = s.slice(6).split(';')[0].split(':')[0];
      const sig = a.length > 1 ? hexNum(a.slice(1)) : 0;
      if (a[0] === 'c' || a[0] === 'C') return this.resume(false, sig, '');
      if (a[0] === 's' || a[0] === 'S') return this.resume(true, sig, '');
      return 'E00';
    }
    if (s.startsWith('vKill')) { this.sock?.write(frame('OK')); this.end({ kind: 'killed' }); return undefined; }
    return '';
  }

  private monitor(line: string): string {
    const [cmd, ...args] = line.trim().split(/\s+/);
    const out: string[] = [];
    const say = (t: string) => out.push(t.endsWith('\n') ? t : `${t}\n`);
    const m = this.m;
    if (cmd === 'icount') say(`${m.icount}`);
    else if (cmd === 'cpu') say(`${m.model.name} (PVR 0x${m.model.pvr.toString(16).padStart(8, '0')}, ISA ${m.model.isa})`);
    else if (!this.opts.monitor?.(cmd, args, say)) say(`unknown monitor command '${line.trim()}' (try: icount, cpu, checkpoint FILE)`);
    // console output goes in O packets before the final OK
    for (const t of out) this.send(`O${Buffer.from(t).toString('hex')}`);
    return 'OK';
  }

  // ---- breakpoints and watchpoints --------------------------------------------------------------

  private breakpoint(insert: boolean, args: string): string {
    const [type, a, k] = args.split(',');
    const addr = hexNum(a), len = hexNum(k.split(';')[0]);
    const m = this.m;
    let err: string | undefined;
    switch (type) {
      case '0':
        if (insert) this.swBreaks.add(addr);
        else this.swBreaks.delete(addr);
        break;
      case '1':
        if (insert) err = armInsnBreak(m, addr);
        else disarmInsnBreak(m, addr);
        break;
      case '2': case '3': case '4': {
        const read = type !== '2', write = type !== '3';
        if (insert) err = armDataWatch(m, addr, len, read, write);
        else disarmDataWatch(m, addr, len, read, write);
        if (insert && !err) this.gdbWatches.add(`${addr},${len},${type}`);
        else this.gdbWatches.delete(`${addr},${len},${type}`);
        break;
      }
      default: return '';
    }
    if (err) {
      this.opts.log?.(`gdb: cannot set ${['breakpoint', 'hardware breakpoint', 'watchpoint', 'read watchpoint', 'access watchpoint'][Number(type)]}: ${err}`);
      return 'E16'; // EINVAL/ENOSPC as ptrace would answer
    }
    this.rearm(false); // the addresses go to the machine on resume: gdb removes and inserts them at every stop
    return 'OK';
  }

  /**
   * Installs the machine hooks for what is armed now (nothing armed: the fast engine runs); the
   * breakpoint addresses too unless `breaks` is false.
   */
  private rearm(breaks = true): void {
    const m = this.m;
    this.watches = dataWatches(m);
    const hw = insnBreaks(m);
    this.hasHwBreaks = hw.length > 0;
    const pages = new Map<number, number>();
    for (const w of this.watches) {
      for (let p = Math.floor(w.addr / PAGE_SIZE); p <= Math.floor((w.addr + w.len - 1) / PAGE_SIZE); p++) {
        pages.set(p, (pages.get(p) ?? 0) | (w.read ? 1 : 0) | (w.write ? 2 : 0));
      }
    }
    m.mem.setWatch(pages, (ea, n, write) => this.onAccess(ea, n, write));
    if (breaks) m.setBreakpoints([...this.swBreaks, ...hw], (pc) => this.breakHere(pc, true));
  }

  /** A breakpoint at pc (recording the stop when `record`; an IAC hit is then consumed). */
  private breakHere(pc: number, record: boolean): boolean {
    if (this.scan) {
      if (this.swBreaks.has(pc) || insnBreaks(this.m).includes(pc)) {
        this.scan.push({ icount: this.m.icount, stop: { signo: SIGTRAP, code: TRAP_BRKPT, addr: pc } });
      }
      return false;
    }
    if (this.swBreaks.has(pc)) {
      if (record) this.hit = { signo: SIGTRAP, code: TRAP_BRKPT, addr: pc };
      return true;
    }
    if (!this.hasHwBreaks) return false;
    if (!record) return insnBreaks(this.m).includes(pc);
    if (!insnBreakHit(this.m, pc)) return false;
    this.hit = { signo: SIGTRAP, code: TRAP_HWBKPT, addr: pc };
    this.rearm();
    return true;
  }

  /**
   * A data access on a watched page. A hit stops the instruction before it changes anything, as
   * the DSI does: SIGTRAP (TRAP_HWBKPT) with the data address, and the watch is disarmed, as Linux
   * does for a debugger's (one-shot); gdb steps over the access and inserts the watch again.
   */
  private onAccess(ea: number, n: number, write: boolean): void {
    for (const w of this.watches) {
      if (!watchHit(w, ea, n, write)) continue;
      const kind = w.read && w.write ? 'awatch' as const : w.write ? 'watch' as const : 'rwatch' as const;
      const addr = Math.max(ea, w.addr); // inside the watched range, where gdb looks for it
      const type = w.read && w.write ? 4 : w.write ? 2 : 3;
      const known = [...this.gdbWatches].some((k) => {
        const [a, l, t] = k.split(',').map(Number);
        return t === type && a < w.addr + w.len && a + l > w.addr;
      });
      const stop: Stop = { signo: SIGTRAP, code: TRAP_HWBKPT, addr, watch: known ? { kind, addr } : undefined };
      // going backwards, the access happens between after it and before it: stop after it (gdb
      // then steps back over it, as it steps forward over it)
      if (this.scan) { this.scan.push({ icount: this.m.icount + 1, stop, after: true }); return; }
      if (this.replaying) return;
      this.hit = stop;
      disarmDataWatch(this.m, w.addr, w.len, w.read, w.write);
      this.rearm();
      throw new GuestFault(SIGTRAP, TRAP_HWBKPT, addr);
    }
  }

  // ---- running ---------------------------------------------------------------------------------

  private stopReply(st: Stop): string {
    const pc = this.regs.regs[this.regs.pc];
    const sig = st.signo.toString(16).padStart(2, '0');
    const watch = st.watch ? `${st.watch.kind}:${st.watch.addr.toString(16)};` : '';
    return `T${sig}${watch}thread:${TID};${this.regs.pc.toString(16)}:${toHex(pc.get(this.m))};`;
  }

  /** Resumes (step or continue) with an optional signal; the stop reply is sent when it stops. */
  private resume(step: boolean, signo: number, addr: string): undefined {
    const m = this.m;
    if (addr) m.pc = m.nia = hexNum(addr);
    const f = this.fault;
    this.fault = undefined;
    this.hit = undefined;
    if (f && signo === f.signo) {
      // deliver the fault gdb passed on: a handler frame, or the end of the process
      try {
        this.proc.fault(m, f);
        m.pc = m.nia;
      } catch (e) {
        if (e instanceof ProcessExit) { this.exited(e.status, e.signo); return undefined; }
        throw e;
      }
    }
    this.snapshot();
    this.rearm();
    this.running = true;
    this.interrupted = false;
    // leaving a breakpoint address: its first instruction runs without the check
    const first = this.breakHere(m.pc, false) || step ? m.icount + 1 : undefined;
    this.slice(step, first);
    return undefined;
  }

  private slice(step: boolean, first: number | undefined): void {
    const m = this.m;
    const limit = this.opts.limit ?? Number.MAX_SAFE_INTEGER;
    if (m.icount >= limit) { this.end({ kind: 'limit' }); return; }
    let r;
    if (first !== undefined) {
      const hook = m.breakBefore;
      m.breakBefore = undefined;
      try { r = runProcess(this.proc, Math.min(first, limit)); } finally { m.breakBefore = hook; }
    } else {
      r = runProcess(this.proc, Math.min(limit, m.icount + SLICE));
    }
    this.highWater = Math.max(this.highWater, m.icount);
    if (r.kind === 'exit') { this.exited(r.status, r.signo); return; }
    if (r.kind === 'deadlock') {
      this.proc.cfg.streams.stderr(Buffer.from(`ppcemu: ${r.message}\n`));
      this.exited(EXIT_PPCEMU_ERROR, 0);
      return;
    }
    this.snapshot();
    if (this.hit || step || this.interrupted) {
      this.stopped(this.hit ?? (step && !this.interrupted ? { signo: SIGTRAP, code: TRAP_TRACE, addr: m.pc } : { signo: SIGINT, code: 0 }));
      return;
    }
    setImmediate(() => {
      if (!this.done) return;
      try {
        this.slice(false, undefined);
      } catch (e) {
        this.failed?.(e);
      }
    });
  }

  private stopped(st: Stop): void {
    this.running = false;
    this.interrupted = false;
    this.stop = st;
    this.send(this.stopReply(st));
  }

  private exited(status: number, signo: number): void {
    this.running = false;
    this.send(signo ? `X${signo.toString(16).padStart(2, '0')}` : `W${(status & 0xff).toString(16).padStart(2, '0')}`);
    this.end({ kind: 'exit', status });
  }

  private end(e: SessionEnd): void {
    this.done?.(e);
  }

  // ---- reverse execution ---------------------------------------------------------------------

  /** Keeps a snapshot of now unless one was taken in the last SNAP_EVERY instructions. */
  private snapshot(): void {
    const now = this.m.icount;
    const below = this.snaps.filter((x) => x.icount <= now).pop();
    if (below && now - below.icount < (this.opts.snapshots?.every ?? SNAP_EVERY)) return;
    const base = this.base && this.base.depth < MAX_DEPTH ? this.base : undefined;
    const parent = base && { name: base.id, bytes: base.bytes };
    const snap = { id: `snapshot-${this.nextSnap++}`, icount: now, bytes: checkpoint(this.proc, { parent }), depth: base ? base.depth + 1 : 0 };
    this.m.mem.trackDirty();
    this.base = snap;
    this.snaps.push(snap);
    this.snaps.sort((a, b) => a.icount - b.icount);
    if (this.snaps.length > (this.opts.snapshots?.max ?? MAX_SNAPS)) this.thin();
  }

  /** Too many snapshots: keep the first and every other one, each made whole (no parents). */
  private thin(): void {
    const keep = this.snaps.filter((_, k) => k === 0 || k % 2 === 1);
    const whole = keep.map((x) => ({ ...x, bytes: x.depth ? checkpoint(this.restoreSnap(x).proc) : x.bytes, depth: 0 }));
    this.snaps = whole;
    this.base = whole.find((x) => x.id === this.base?.id);
    if (!this.base) {
      // the state now descends from a dropped snapshot: start the chain again from here
      this.base = { id: `snapshot-${this.nextSnap++}`, icount: this.m.icount, bytes: checkpoint(this.proc), depth: 0 };
      this.snaps.push(this.base);
      this.snaps.sort((a, b) => a.icount - b.icount);
      this.m.mem.trackDirty();
    }
  }

  /** A snapshot restored into a new process (its parents read from the list). */
  private restoreSnap(snap: Snap) {
    return restoreImage(snap.bytes, {
      cpu: this.m.model.name, streams: this.proc.cfg.streams, fsRoot: this.proc.cfg.fsRoot, path: snap.id,
      readParent: (name) => ({ bytes: this.snaps.find((x) => x.id === name)!.bytes, path: name }),
    });
  }

  /** gdb changed registers or memory: the recorded future is no longer this execution's. */
  private forkHistory(): void {
    const now = this.m.icount;
    this.snaps = this.snaps.filter((x) => x.icount <= now);
    this.highWater = now;
  }

  /** Goes to instruction count `target` (at or after the first snapshot): restore, then re-execute. */
  private travelTo(target: number): void {
    const snap = this.snaps.filter((x) => x.icount <= target).pop()!;
    const m = this.m;
    // gdb's current breakpoints and watchpoints live in the debug registers: they come along
    const s64 = Uint32Array.from(m.s64), debug64 = Uint32Array.from(m.st.debug64);
    const dbcr = [Spr32.DBCR0, Spr32.DBCR1, Spr32.DBCR2, Spr32.DBSR].map((r) => m.s32[r]);
    const r = this.restoreSnap(snap);
    const n = r.proc.m;
    for (const reg of [Spr64.DABR, Spr64.DABRX, Spr64.DAWR0, Spr64.DAWRX0]) n.s64.set(s64.subarray(2 * reg, 2 * reg + 2), 2 * reg);
    n.st.debug64.set(debug64);
    [Spr32.DBCR0, Spr32.DBCR1, Spr32.DBCR2, Spr32.DBSR].forEach((reg, k) => { n.s32[reg] = dbcr[k]; });
    this.adopt(r.proc);
    this.base = snap;
    n.mem.trackDirty();
    this.fault = undefined;
    this.replaying = true;
    const hook = n.breakBefore;
    n.breakBefore = undefined;
    try {
      while (n.icount < target) {
        const st = n.run(target);
        if (st.kind === 'exit') throw new Error(`re-execution ended the process at ${n.icount} before ${target}`);
      }
    } finally {
      this.replaying = false;
      n.breakBefore = hook;
    }
  }

  private atStart(): boolean {
    return this.snaps.length === 0 || this.m.icount <= this.snaps[0].icount;
  }

  private reverseStep(): string {
    if (this.atStart()) return this.stopReplyAt({ signo: SIGTRAP }, 'replaylog:begin;');
    this.travelTo(this.m.icount - 1);
    this.stop = { signo: SIGTRAP };
    return this.stopReply(this.stop);
  }

  /** Back to the last place before now where a breakpoint or watchpoint would have stopped. */
  private reverseContinue(): string {
    const now = this.m.icount;
    let end = now;
    for (let k = this.snaps.length - 1; k >= 0; k--) {
      const start = this.snaps[k].icount;
      if (start >= end) continue;
      this.travelTo(start);
      this.scan = [];
      this.rearm();
      try {
        this.replaying = true;
        while (this.m.icount < end) {
          const k = runProcess(this.proc, end).kind;
          if (k === 'exit' || k === 'deadlock') break;
        }
      } finally {
        this.replaying = false;
      }
      const hits = this.scan.filter((h) => h.icount < end || (h.after && h.icount === end));
      this.scan = undefined;
      this.rearm();
      if (hits.length) {
        const last = hits[hits.length - 1];
        this.travelTo(last.icount);
        this.stop = last.stop;
        return this.stopReply(last.stop);
      }
      end = start;
    }
    if (this.snaps.length) this.travelTo(this.snaps[0].icount);
    return this.stopReplyAt({ signo: SIGTRAP }, 'replaylog:begin;');
  }

  private stopReplyAt(st: Stop, extra: string): string {
    this.stop = st;
    return this.stopReply(st).replace(/^(T[0-9a-f]{2})/, `$1${extra}`);
  }

  /** gdb detaches: its breakpoints go (the debug registers keep what is armed) and the caller runs on. */
  private detach(): void {
    this.send('OK');
    this.swBreaks.clear();
    this.m.setBreakpoints([], undefined);
    this.m.mem.setWatch(new Map(), () => {});
    this.end({ kind: 'detached' });
  }
}
