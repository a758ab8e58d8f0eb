// Threads: checkpoint cuts of the pthread programs (test/programs/glibc/threads*.c) at many points
// (spread over the run, at and around quantum ends, while threads wait with and without deadlines)
// restore to the uninterrupted run's output and status, and two runs cut at the same count give
// the same bytes. Then the scheduler on hand-written code: deadlocks end the run, a fork-style
// clone makes a process, a reservation does not survive a switch, exit ends one thread and
// exit_group all of them.
import { describe, expect, it } from 'vitest';
import { runToExit, sink, start, text } from './guest-run.js';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Machine } from '../src/cpu/machine.js';
import { Spr32, Spr64 } from '../src/cpu/state.js';
import { modelByName } from '../src/features/models.js';
import { parseElf } from '../src/linux/elf.js';
import { LinuxProcess } from '../src/linux/process.js';
import { runProcess } from '../src/linux/run.js';
import { QUANTUM } from '../src/linux/threads.js';
import { checkImage, checkpoint, formatInspect, inspectImage, parseImage, restore } from '../src/checkpoint/index.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TARGETS = ['ppc32', 'ppc64', 'ppc64le'] as const;
const MAX = 1e9;
const THREADS_BIT = 10;

const finish = (p: LinuxProcess) => runToExit(p, MAX);

function golden(target: string, name: string, ext: string): string {
  const dir = join(ROOT, 'test', 'golden', target);
  const hc = join(dir, `${name}.${ext}.handchecked`);
  return readFileSync(existsSync(hc) ? hc : join(dir, `${name}.${ext}`), 'utf8');
}

/**
 * The cuts of a program: 8 spread over the run, the end of a quantum (and one instruction
 * either side), a moment with four threads or more, moments where a thread waits on a futex
 * without and with a deadline, found by a first run in steps, and right after the first and the
 * last read that waits for a pipe.
 */
function findCuts(bin: string): number[] {
  const p = start(bin, sink());
  const ioAt: number[] = [];
  const waitIo = p.threads.waitIo.bind(p.threads);
  p.threads.waitIo = () => { ioAt.push(p.m.icount + 1); return waitIo(); };
  const step = 5_000;
  const cuts = new Set<number>();
  let sawWait = false, sawDeadline = false, sawSlice = false, sawMany = false;
  for (let c = step; ; c += step) {
    if (runProcess(p, c).kind !== 'limit') break;
    const ts = p.threads;
    if (ts.list.length >= 4 && !sawMany) { sawMany = true; cuts.add(c); }
    if (ts.many && !sawSlice) { sawSlice = true; for (const d of [-1, 0, 1]) cuts.add(ts.sliceEnd + d); }
    if (!sawWait && ts.list.some((t) => t.wait?.kind === 'futex' && t.wait.deadline === undefined)) { sawWait = true; cuts.add(c); }
    if (!sawDeadline && ts.list.some((t) => t.wait?.deadline !== undefined)) { sawDeadline = true; cuts.add(c); }
  }
  const total = p.m.icount;
  if (ioAt.length) { cuts.add(ioAt[0]); cuts.add(ioAt[ioAt.length - 1]); }
  expect(sawSlice && sawWait && sawMany, 'the program has several threads and futex waits').toBe(true);
  for (let k = 1; k <= 8; k++) cuts.add(Math.floor((total * k) / 9) + k);
  return [...cuts].filter((c) => c < total).sort((a, b) => a - b);
}

describe('threaded programs: checkpoint cuts resume exactly', () => {
  for (const target of TARGETS) {
    for (const name of ['glibc-threads', 'glibc-threads_sys']) {
      const bin = `test/bin/${target}/${name}`;
      it(`${target}/${name}`, () => {
        const cuts = findCuts(bin);
        const s0 = sink();
        const p0 = start(bin, s0);
        const images: { cut: number; img: Uint8Array; outLen: number; threads: number }[] = [];
        let sawIo = false;
        for (const cut of cuts) {
          expect(runProcess(p0, cut).kind).toBe('limit');
          expect(p0.m.icount).toBe(cut);
          images.push({ cut, img: checkpoint(p0), outLen: Buffer.concat(s0.out).length, threads: p0.threads.list.length });
          sawIo ||= p0.threads.list.some((t) => t.wait?.kind === 'io');
        }
        const status = finish(p0);
        const want = text(s0);
        expect(want).toBe(golden(target, name, 'stdout'));
        expect(String(status)).toBe(golden(target, name, 'status').trim());
        if (name === 'glibc-threads') expect(sawIo, 'a cut while a thread waits to read a pipe').toBe(true);
        for (const { cut, img, threads } of images) {
          const bits = parseImage(img).frames.map((f) => f.bit);
          expect(bits.includes(THREADS_BIT), `record THREADS at ${cut} (${threads} threads)`).toBe(threads > 1 || bits.includes(THREADS_BIT));
        }

        for (const { cut, img, outLen } of images) {
          const s = sink();
          const q = restore(img, undefined, s.streams);
          expect(q.m.icount).toBe(cut);
          expect(finish(q), `status after restoring at ${cut}`).toBe(status);
          expect(want.slice(0, outLen) + text(s), `output after restoring at ${cut}`).toBe(want);
        }

        // the same cut in a second run gives the same bytes; so does a cut taken after a restore
        for (const k of [1, Math.floor(images.length / 2), images.length - 2]) {
          const a = images[k], b = images[k + 1];
          const p = start(bin, sink());
          runProcess(p, a.cut);
          expect(Buffer.from(checkpoint(p)).equals(Buffer.from(a.img)), `second run's image at ${a.cut}`).toBe(true);
          const q = restore(a.img, undefined, sink().streams);
          expect(runProcess(q, b.cut).kind).toBe('limit');
          expect(Buffer.from(checkpoint(q)).equals(Buffer.from(b.img)), `image at ${b.cut} after restoring at ${a.cut}`).toBe(true);
        }
      }, 300_000);
    }
  }

  it('inspect shows every thread', () => {
    const p = start('test/bin/ppc64le/glibc-threads', sink());
    let c = 0;
    do runProcess(p, (c += 20_000)); while (p.threads.list.length < 9);
    const info = inspectImage(checkpoint(p));
    expect(info.threads?.length).toBe(9);
    expect(info.threads?.filter((t) => t.running).length).toBe(1);
    expect(info.threads?.map((t) => t.tid)).toEqual([4242, 4243, 4244, 4245, 4246, 4247, 4248, 4249, 4250]);
    const txt = formatInspect('x.img', info);
    expect(txt).toMatch(/threads: 9\n/);
    expect(txt).toMatch(/thread \d+ .*futex wait at 0x/);
    expect(txt).toMatch(/thread 4243 .*records CORE/);
  });
});

// ---- hand-written code ------------------------------------------------------------------------

const CODE = 0x10000000, DATA = 0x10010000;
const LI = (rt: number, v: number) => (14 << 26) | (rt << 21) | (v & 0xffff);
const LIS = (rt: number, v: number) => (15 << 26) | (rt << 21) | (v & 0xffff);
const ORI = (ra: number, rs: number, v: number) => (24 << 26) | (rs << 21) | (ra << 16) | (v & 0xffff);
const SC = 0x44000002;
const B_SELF = 0x48000000;
const LWARX = (rt: number, ra: number, rb: number) => (31 << 26) | (rt << 21) | (ra << 16) | (rb << 11) | (20 << 1);
const THREAD_FLAGS = 0x10f00; // CLONE_VM|FS|FILES|SIGHAND|THREAD
const NR = { exit: 1, clone: 120, sched_yield: 158, futex: 221, exit_group: 234 };

/** A 64-bit big-endian process whose code is `words` at CODE, with a data page at DATA. */
function proc(words: number[], model = 'POWER9'): LinuxProcess {
  const m = new Machine(modelByName(model));
  const p = new LinuxProcess(m, {
    is64: true, pageSize: 65536, abiVersion: 1, fsRoot: undefined, strace: false, execPath: '/tmp/t',
    streams: sink().streams,
  });
  m.setMsr(0x80000000, 0xd032);
  m.mem.map(CODE, 0x10000, 5);
  const b = new Uint8Array(4 * words.length);
  words.forEach((w, k) => new DataView(b.buffer).setUint32(4 * k, w >>> 0));
  m.mem.writeBytes(CODE, b, true);
  m.mem.map(DATA, 0x10000, 3);
  m.pc = CODE;
  return p;
}

const clone = [LIS(3, THREAD_FLAGS >>> 16), ORI(3, 3, THREAD_FLAGS & 0xffff), LI(4, 0), LI(0, NR.clone), SC];
const futexWait = [LIS(3, DATA >>> 16), LI(4, 0), LI(5, 0), LI(6, 0), LI(0, NR.futex), SC];

describe('scheduler', () => {
  it('ends a run where the only thread waits forever with a deadlock', () => {
    const p = proc(futexWait);
    const r = runProcess(p, 1e6);
    expect(r.kind).toBe('deadlock');
    expect(r.kind === 'deadlock' && r.message).toBe('deadlock: every thread is blocked forever (thread 4242 waits on the futex at 0x10010000) after 6 instructions');
  });

  it('ends a run where every thread waits forever with a deadlock', () => {
    const p = proc([...clone, ...futexWait]);
    const r = runProcess(p, 1e6);
    expect(r.kind === 'deadlock' && r.message).toMatch(/thread 4242 waits on the futex at 0x10010000, thread 4243 waits on the futex at 0x10010000\) after 17 instructions/);
  });

  it('runs a fork-style clone as a new process; refuses CLONE_VM without CLONE_VFORK or CLONE_THREAD', () => {
    const p = proc([LI(3, 17), LI(4, 0), LI(0, NR.clone), SC, B_SELF]);
    expect(runProcess(p, 10).kind).toBe('limit');
    expect(p.m.gl[3]).toBe(4243); // the parent gets the child's pid
    expect(p.m.s32[Spr32.CR] >>> 28 & 1).toBe(0);
    expect(p.threads.list.length).toBe(1);
    const c = p.sys!.live[1];
    expect(c.pid).toBe(4243);
    expect(c.ppid).toBe(4242);
    expect(c.m).not.toBe(p.m);
    expect(runProcess(p, QUANTUM + 100).kind).toBe('limit'); // the child had its turn meanwhile
    expect(c.m.gl[3]).toBe(0);
    expect(c.m.icount).toBeGreaterThan(QUANTUM);
    const q = proc([LI(3, 0x111), LI(4, 0), LI(0, NR.clone), SC, B_SELF]);
    expect(runProcess(q, 10).kind).toBe('limit');
    expect(q.m.gl[3]).toBe(38); // ENOSYS
    expect(q.m.s32[Spr32.CR] >>> 28 & 1).toBe(1); // CR0[SO]: an error
    expect(q.sys).toBeUndefined();
  });

  it('loses a reservation on a switch', () => {
    // both threads take a reservation, then spin: each is switched out and in again
    const p = proc([LIS(9, DATA >>> 16), ...clone, LWARX(5, 0, 9), B_SELF]);
    expect(runProcess(p, 8).kind).toBe('limit');
    expect(p.m.s32[Spr32.RESVALID]).toBe(1); // the first thread, before any switch
    expect(runProcess(p, 3 * QUANTUM + 100).kind).toBe('limit');
    expect(p.threads.list.map((t) => t === p.threads.cur ? p.m.s32[Spr32.RESVALID] : t.regs.spr32[Spr32.RESVALID])).toEqual([0, 0]);
  });

  it('takes turns round-robin, a quantum each', () => {
    const p = proc([...clone, ...clone, B_SELF]);
    const seen: number[] = [];
    for (let c = QUANTUM / 2; c < 7 * QUANTUM; c += QUANTUM) {
      runProcess(p, c);
      seen.push(p.threads.cur.tid);
    }
    expect(p.threads.list.map((t) => t.tid)).toEqual([4242, 4243, 4244, 4245]);
    expect(seen).toEqual([4242, 4243, 4244, 4245, 4242, 4243, 4244]);
  });

  it('ends one thread with exit and the process with exit_group', () => {
    // the child (r3 = 0) exits with 7; the parent then finds itself alone and exit_groups with 3
    // (after a sched_yield that lets the child run first)
    const p = proc([...clone, 0x2c230000 /* cmpdi r3,0 */, 0x40820010 /* bne +16 */, LI(3, 7), LI(0, NR.exit), SC,
      LI(0, NR.sched_yield), SC, LI(3, 3), LI(0, NR.exit_group), SC]);
    expect(runProcess(p, 12).kind).toBe('limit');
    expect(p.threads.list.length).toBe(2);
    expect(runProcess(p, 1e6)).toEqual({ kind: 'exit', status: 3, signo: 0 });
    expect(p.threads.list.map((t) => t.tid)).toEqual([4242]);
  });

  it('checks every thread\'s records against the target', () => {
    // a data breakpoint in the thread that is not running: only its records (in THREADS) show it
    const p = proc([...clone, B_SELF]);
    runProcess(p, 100);
    const other = p.threads.list.find((t) => t !== p.threads.cur)!;
    other.regs.setSpr64(Spr64.DAWR0, 0x10010000n);
    other.regs.setSpr64(Spr64.DAWRX0, 5n);
    const img = checkpoint(p);
    expect(parseImage(img).frames.map((f) => f.bit)).toEqual([0, 7, 8, THREADS_BIT]); // no top-level DABR
    expect(checkImage(img, 'POWER8').refusals).toEqual([]);
    expect(checkImage(img, 'e5500').refusals.join('\n')).toMatch(/data address breakpoint \(record DABR\), which e5500 lacks/);
    const q = restore(img, undefined, sink().streams);
    const back = q.threads.list.find((t) => t.tid === other.tid)!;
    expect(back.regs.getSpr64(Spr64.DAWR0)).toBe(0x10010000n);
    expect(inspectImage(img).threads?.find((t) => t.tid === other.tid)?.records).toEqual(['CORE', 'DABR']);
  });

  it('ends the process when its last thread calls exit', () => {
    const p = proc([LI(3, 9), LI(0, NR.exit), SC]);
    expect(runProcess(p, 100)).toEqual({ kind: 'exit', status: 9, signo: 0 });
  });
});

describe('ppcemu run', () => {
  it('ends a deadlocked program with one ppcemu: line and status 125', () => {
    // examples/hello-ppc64le with its entry replaced by a futex wait on argc (1) at the stack pointer
    const bytes = new Uint8Array(readFileSync(join(ROOT, 'examples/hello-ppc64le')));
    const elf = parseElf(bytes);
    const seg = elf.segments.find((g) => g.type === 1 && elf.entry >= g.vaddr && elf.entry < g.vaddr + g.filesz)!;
    const words = [0x7c230b78 /* mr r3,r1 */, LI(4, 0), LI(5, 1), LI(6, 0), LI(0, NR.futex), SC];
    const dv = new DataView(bytes.buffer, bytes.byteOffset);
    words.forEach((w, k) => dv.setUint32(elf.entry - seg.vaddr + seg.offset + 4 * k, w >>> 0, true));
    const file = join(mkdtempSync(join(tmpdir(), 'ppcemu-threads-')), 'deadlock');
    writeFileSync(file, bytes);
    const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'ppcemu.js'), 'run', file], { encoding: 'latin1', input: '' });
    expect(r.status).toBe(125);
    expect(r.stderr).toMatch(/^ppcemu: deadlock: every thread is blocked forever \(thread 4242 waits on the futex at 0x[0-9a-f]+\) after 6 instructions\n$/);
  });
});

describe('rt_sigsuspend, and the registers of threads that are not running', () => {
  const CMPWI0 = 0x2c030000, BEQ8 = 0x41820008;
  const suspend = [LIS(3, DATA >>> 16), LI(4, 8), LI(0, 178), SC, B_SELF];

  it('a lone thread suspended with nothing to wake it ends the run as a deadlock', () => {
    const r = runProcess(proc(suspend), 1e6);
    expect(r.kind === 'deadlock' && r.message).toBe('deadlock: every thread is blocked forever (thread 4242 waits for a signal (sigsuspend)) after 4 instructions');
  });

  it('a thread waits in sigsuspend with its temporary mask across a checkpoint, and a signal ends the wait', () => {
    // the new thread suspends with SIGUSR2 blocked, the first one spins
    const p = proc([...clone, CMPWI0, BEQ8, B_SELF, ...suspend]);
    p.m.mem.writeBytes(DATA, Uint8Array.from([0, 0, 0, 0, 0, 0, 0x08, 0]));
    p.thread.blocked = 1n << 20n; // SIGTTIN: the mask sigsuspend puts back
    expect(runProcess(p, 3 * QUANTUM).kind).toBe('limit');
    const t = p.threads.list[1];
    expect(t.wait?.kind).toBe('sigsuspend');
    expect(t.blocked).toBe(0x800n);
    expect(t.savedMask).toBe(1n << 20n);
    const img = checkpoint(p);
    const q = restore(img, undefined, sink().streams);
    const u = q.threads.list[1];
    expect([u.wait?.kind, u.blocked, u.savedMask]).toEqual(['sigsuspend', 0x800n, 1n << 20n]);
    expect(runProcess(q, q.m.icount + 3 * QUANTUM).kind).toBe('limit'); // still waiting
    q.kill(u.tid, 12, 0); // SIGUSR2: blocked by the temporary mask, no wake
    expect(runProcess(q, q.m.icount + 3 * QUANTUM).kind).toBe('limit');
    expect(u.wait?.kind).toBe('sigsuspend');
    q.kill(u.tid, 10, 0); // SIGUSR1 (default action: the process ends)
    const r = runProcess(q, q.m.icount + 3 * QUANTUM);
    expect(r.kind === 'exit' && r.status).toBe(128 + 10);
  });

  it("keeps each thread's TM and HASHKEY registers in the image (POWER10)", () => {
    const p = proc([...clone, B_SELF], 'POWER10');
    expect(runProcess(p, 20).kind).toBe('limit');
    const other = p.threads.list.find((t) => t !== p.threads.cur)!;
    other.regs.setSpr64(Spr64.HASHKEYR, 0x1122334455667788n);
    other.regs.setSpr64(Spr64.TFHAR, 0x10000010n);
    other.regs.setSpr64(Spr64.TEXASR, 0x8000000000000001n);
    p.m.st.setSpr64(Spr64.HASHKEYR, 0x99aabbccddeeff00n);
    const img = checkpoint(p);
    const info = inspectImage(img);
    expect(info.threads?.find((t) => t.tid === other.tid)?.records).toEqual(expect.arrayContaining(['TM', 'HASHKEY']));
    const q = restore(img, undefined, sink().streams);
    const o = q.threads.list.find((t) => t.tid === other.tid)!;
    expect([o.regs.getSpr64(Spr64.HASHKEYR), o.regs.getSpr64(Spr64.TFHAR), o.regs.getSpr64(Spr64.TEXASR)])
      .toEqual([0x1122334455667788n, 0x10000010n, 0x8000000000000001n]);
    expect(q.m.st.getSpr64(Spr64.HASHKEYR)).toBe(0x99aabbccddeeff00n);
    expect(Buffer.from(checkpoint(q)).equals(Buffer.from(img))).toBe(true);
  });
});

describe('pipes', () => {
  it("a dup2 over a pipe's last writer wakes the reader blocked on it (EOF)", () => {
    const CMPWI0 = 0x2c030000, BEQ32 = 0x41820020;
    const p = proc([
      LIS(3, DATA >>> 16), LI(0, 42), SC, // pipe(DATA): 3 read end, 4 write end
      ...clone, CMPWI0, BEQ32,
      LI(0, NR.sched_yield), SC, LI(3, 0), LI(4, 4), LI(0, 63), SC, B_SELF, // dup2(0, 4) after the reader blocked
      LI(3, 3), LIS(4, DATA >>> 16), ORI(4, 4, 64), LI(5, 16), LI(0, 3), SC, B_SELF, // read(3, DATA+64, 16)
    ]);
    let blocked = false;
    for (let c = 10; c < 2000 && !blocked; c += 1) {
      runProcess(p, c);
      blocked = p.threads.list.some((t) => t.wait?.kind === 'io');
    }
    expect(blocked, 'the reader blocked on the empty pipe').toBe(true);
    expect(runProcess(p, 3 * QUANTUM).kind).toBe('limit');
    const reader = p.threads.list[1];
    expect(reader.wait).toBeUndefined();
    const regs = reader === p.threads.cur ? p.m.st : reader.regs;
    expect([regs.gprLo[3], regs.spr32[Spr32.CR] >>> 28 & 1]).toEqual([0, 0]); // read returned 0: end of file
  });
});

describe('processes on hand-written code', () => {
  it("counts a vfork child's instructions as its own, not its parent's (whose machine it borrows)", () => {
    const CMPWI0 = 0x2c030000, BEQ8 = 0x41820008, MTCTR5 = 0x7ca903a6, BDNZ_SELF = 0x42000000;
    const p = proc([
      LI(0, 189), SC, CMPWI0, BEQ8, B_SELF, // vfork; the parent spins
      LI(5, 1000), MTCTR5, BDNZ_SELF, LI(3, 7), LI(0, NR.exit), SC, // the child: 1000 turns, exit(7)
    ]);
    expect(runProcess(p, 100).kind).toBe('limit');
    expect(p.m.icount).toBe(100);
    const c = p.children[0];
    expect(c.zombie).toEqual({ status: 7, signo: 0 });
    expect(c.m).toBe(p.m);
    expect(p.m.os).toBe(p);
    expect(p.m.gl[3]).toBe(c.pid); // vfork returned the child's pid to the parent
  });


  it('ends a run where every process waits forever (a wait for a child that reads a pipe nobody closes) with a deadlock', () => {
    const CMPWI0 = 0x2c030000, BEQ32 = 0x41820020;
    const p = proc([
      LIS(3, DATA >>> 16), LI(0, 42), SC, // pipe: 3, 4 (the parent keeps the write end)
      LI(3, 17), LI(4, 0), LI(0, NR.clone), SC, CMPWI0, BEQ32, // fork
      LI(3, -1), LI(4, 0), LI(5, 0), LI(6, 0), LI(0, 114), SC, B_SELF, // wait4(-1, 0, 0, 0)
      LI(3, 3), LIS(4, DATA >>> 16), LI(5, 16), LI(0, 3), SC, B_SELF, // the child: read(3, DATA, 16)
    ]);
    const r = runProcess(p, 1e6);
    expect(r.kind === 'deadlock' && r.message).toBe('deadlock: every process is blocked forever ' +
      '(process 4242: thread 4242 waits for a child process; process 4243: thread 4243 waits to read an empty pipe)');
  });
});
