// Wasm regions across indirect branches (src/cpu/wasm/compile.ts: the member lookup after a
// bclr/bcctr, Block.targets, call return points in gather, regrowing): a dispatch loop through
// bcctr to four handlers and a call/return loop run in the `auto` and `wasm` tiers and in the
// interpreter, cut at a series of instruction counts; registers, pc, icount and memory must match
// at every cut. wasmStats tells whether the instructions ran in wasm and how often a region was
// entered: without the lookup every bctr/blr leaves its region (a few instructions per entry),
// and `auto` drops such regions after its probe.
import { describe, expect, it } from 'vitest';
import { Machine, type Tier } from '../../src/cpu/machine.js';
import { PAGE_SIZE } from '../../src/cpu/memory.js';
import { Spr32, Spr64 } from '../../src/cpu/state.js';
import { wasmStats } from '../../src/cpu/wasm/compile.js';
import { modelByName } from '../../src/features/models.js';
import { outcome } from './harness.js';
import { randomSource } from './random.js';

const CODE = 0x10000, DATA = 0x20000;

interface Mode { sf: boolean; le: boolean }
const MODES: Mode[] = [{ sf: true, le: false }, { sf: false, le: true }];
const tag = (md: Mode) => `${md.sf ? 64 : 32}-bit ${md.le ? 'LE' : 'BE'}`;

// ---- encoders (Power ISA fields) -------------------------------------------------------------
const D = (op: number, rt: number, ra: number, d: number) => ((op << 26) | (rt << 21) | (ra << 16) | (d & 0xffff)) >>> 0;
const X = (rt: number, ra: number, rb: number, xo: number) => ((31 << 26) | (rt << 21) | (ra << 16) | (rb << 11) | (xo << 1)) >>> 0;
const addi = (rt: number, ra: number, v: number) => D(14, rt, ra, v);
const add = (rt: number, ra: number, rb: number) => X(rt, ra, rb, 266);
const xor = (ra: number, rs: number, rb: number) => X(rs, ra, rb, 316);
const cmplwi = (ra: number, v: number) => D(10, 0, ra, v);
const rlwinm = (ra: number, rs: number, sh: number, mb: number, me: number) =>
  ((21 << 26) | (rs << 21) | (ra << 16) | (sh << 11) | (mb << 6) | (me << 1)) >>> 0;
const mtctr = (rs: number) => X(rs, 9, 0, 467);
const bctr = ((19 << 26) | (20 << 21) | (528 << 1)) >>> 0;
const blr = ((19 << 26) | (20 << 21) | (16 << 1)) >>> 0;
/** b / bl to `to` from `at` (both offsets from CODE). */
const b = (at: number, to: number, lk = 0) => ((18 << 26) | ((to - at) & 0x03fffffc) | lk) >>> 0;
const bne = (at: number, to: number) => ((16 << 26) | (4 << 21) | (2 << 16) | ((to - at) & 0xfffc)) >>> 0;

/** Words at offsets from CODE (the rest of the page: zero, an illegal instruction). */
function program(parts: [number, number[]][]): number[] {
  const words: number[] = [];
  for (const [off, ws] of parts) ws.forEach((w, k) => { words[off / 4 + k] = w; });
  return Array.from(words, (w) => w ?? 0);
}

/**
 * Dispatch loop: loop = (r3++; r5 = handler (r3 >> 1) & 3, so each twice in a row; bctr), handlers h0-h3 (each a few
 * instructions, ending in b tail; h3 stores a new first instruction over h1 once, when r3 is
 * `rewriteAt` (0: never): stale members), tail = (r12 += r5; b loop).
 */
function dispatchLoop(rewriteAt: number): number[] {
  return program([
    [0x00, [addi(3, 3, 1), rlwinm(5, 3, 3, 26, 27), add(5, 5, 21), mtctr(5), bctr]],
    [0x40, [addi(6, 6, 1), D(36, 6, 20, 0), b(0x48, 0x90)]],
    [0x50, [addi(7, 7, 3), D(36, 7, 20, 4), b(0x58, 0x90)]],
    [0x60, [add(8, 8, 3), D(62, 8, 20, 8), b(0x68, 0x90)]], // std
    [0x70, [xor(9, 9, 3), cmplwi(3, rewriteAt), bne(0x78, 0x90), D(36, 13, 22, 0x50), b(0x80, 0x90)]],
    [0x90, [add(12, 12, 5), b(0x94, 0x00)]],
  ]);
}

/** Call/return loop: loop = (r3++; bl f), r1 = (r4 += r5; bl f), r2 = (r6 ^= r5; store; b loop), f = (r5 = (r3 + 7) * 3; blr). */
function callLoop(): number[] {
  return program([
    [0x00, [addi(3, 3, 1), b(0x04, 0x40, 1)]],
    [0x08, [add(4, 4, 5), b(0x0c, 0x40, 1)]],
    [0x10, [xor(6, 6, 5), D(36, 6, 20, 0), b(0x18, 0x00)]],
    [0x40, [addi(5, 3, 7), D(7, 5, 5, 3) /* mulli: a handler call */, blr]],
  ]);
}

/**
 * Dispatch to 32 handlers 0x100 apart (r5 = r3 & 31; handler k = addi r6,r6,k; b tail), tail =
 * (r12 += r6; b loop): a region of 32 members whose addresses share their low bits, so the
 * member lookup needs many buckets (branch depths past 127, LEB128 encoded).
 */
function wideDispatch(): number[] {
  const parts: [number, number[]][] = [
    [0x00, [addi(3, 3, 1), rlwinm(5, 3, 8, 19, 23), add(5, 5, 21), mtctr(5), bctr]],
    [0x80, [add(12, 12, 6), b(0x84, 0x00)]],
  ];
  for (let k = 0; k < 32; k++) parts.push([0x100 * (k + 1), [addi(6, 6, k), b(0x100 * (k + 1) + 4, 0x80)]]);
  return program(parts);
}

const rnd = randomSource(0x5eed1234);

function machine(tier: Tier, mode: Mode, words: number[], regs: Uint32Array): Machine {
  const m = new Machine(modelByName('POWER9'));
  m.tier = tier;
  m.mem.map(CODE, 4 * PAGE_SIZE, 7);
  m.mem.map(DATA, PAGE_SIZE, 3);
  m.setMsr(mode.sf ? 0x80000000 : 0, mode.le ? 1 : 0);
  const bytes = new Uint8Array(words.length * 4);
  words.forEach((w, k) => new DataView(bytes.buffer).setUint32(4 * k, w, mode.le));
  m.mem.writeBytes(CODE, bytes, true);
  for (let r = 0; r < 32; r++) { m.gh[r] = regs[2 * r]; m.gl[r] = regs[2 * r + 1]; }
  m.pc = CODE;
  return m;
}

/** Random registers; r3 = 0 (the counter), r20 = DATA, r21 = the handlers (`wide`: wideDispatch's), r22 = CODE, r13 = addi r7,r7,5. */
function registers(wide = false): Uint32Array {
  const regs = new Uint32Array(64);
  for (let k = 0; k < regs.length; k++) regs[k] = rnd() >>> 0;
  const set = (r: number, v: number) => { regs[2 * r] = 0; regs[2 * r + 1] = v; };
  set(3, 0); set(20, DATA); set(21, CODE + (wide ? 0x100 : 0x40)); set(22, CODE); set(13, addi(7, 7, 5));
  return regs;
}

function snapshot(m: Machine, outcome: string) {
  return {
    outcome, pc: m.pc, icount: m.icount, gh: Array.from(m.gh), gl: Array.from(m.gl),
    cr: m.s32[Spr32.CR], xer: m.s32[Spr32.XER], lr: [m.s64[2 * Spr64.LR], m.s64[2 * Spr64.LR + 1]],
    ctr: [m.s64[2 * Spr64.CTR], m.s64[2 * Spr64.CTR + 1]],
    data: Buffer.from(m.mem.readBytes(DATA, 64)).toString('hex'),
    code: Buffer.from(m.mem.readBytes(CODE + 0x50, 4)).toString('hex'),
  };
}

/** Instruction counts the runs stop at: a coarse series, then every count in a window (cuts inside the regions). */
function cuts(total: number, fine: number): number[] {
  const out: number[] = [];
  for (let n = 1; n < total - fine; n = Math.ceil(n * 1.7) + 3) out.push(n);
  for (let n = total - fine; n <= total; n++) out.push(n);
  return out;
}

interface Run { insns: number; entries: number; chained: number; regions: number; m: Machine; late: number; lateEntries: number }

/**
 * Runs `words` on an interpreting machine and on one in `tier` from the same registers, both
 * stopping at every count in `at`; they must agree at each. Returns the tier machine's wasm
 * statistics (instructions run in wasm, those run by the cuts after `lateFrom`, region entries,
 * regions compiled).
 */
function lockstep(tier: Tier, mode: Mode, words: number[], at: number[], lateFrom = Infinity, wide = false, regs = registers(wide)): Run {
  const t = machine(tier, mode, words, regs), r = machine('interp', mode, words, regs);
  const run: Run = { insns: 0, entries: 0, chained: 0, regions: 0, m: t, late: 0, lateEntries: 0 };
  for (const n of at) {
    const i0 = wasmStats.insns, e0 = wasmStats.entries, b0 = wasmStats.blocks, c0 = wasmStats.chained;
    const a = snapshot(t, outcome(t, n));
    run.insns += wasmStats.insns - i0;
    run.chained += wasmStats.chained - c0;
    if (n > lateFrom) { run.late += wasmStats.insns - i0; run.lateEntries += wasmStats.entries - e0; }
    run.entries += wasmStats.entries - e0; run.regions += wasmStats.blocks - b0;
    expect(a, `${tier} ${tag(mode)} n=${n}`).toEqual(snapshot(r, outcome(r, n)));
  }
  return run;
}

describe('wasm regions across indirect branches', () => {
  // auto: the loop head becomes a wasm region at its decision point (HOT_BLOCK runs, dense).
  const TOTAL = 600_000;

  for (const mode of MODES) {
    it(`auto: a dispatch loop through bctr stays in its region (${tag(mode)})`, () => {
      const s = lockstep('auto', mode, dispatchLoop(0), cuts(TOTAL, 40));
      // Most instructions after the region was made run inside it, many per entry.
      expect(s.insns).toBeGreaterThan(TOTAL / 2);
      expect(s.insns / s.entries).toBeGreaterThan(500);
    });

    it(`auto: a call/return loop (bl, blr to two return points) stays in its region (${tag(mode)})`, () => {
      const s = lockstep('auto', mode, callLoop(), cuts(TOTAL, 40));
      expect(s.insns).toBeGreaterThan(TOTAL / 2);
      expect(s.insns / s.entries).toBeGreaterThan(500);
    });

    it(`wasm: a call/return loop stays in the region of its first block (${tag(mode)})`, () => {
      // The forced tier decodes the call's target and return point at once: one region of
      // loop, f, r1, r2 runs everything; blr finds r1 and r2 by the member lookup.
      const at = cuts(20_000, 40);
      const s = lockstep('wasm', mode, callLoop(), at);
      expect(s.insns).toBeGreaterThan(19_000); // (a cut inside a block interprets its head)
      expect(s.entries).toBeLessThan(3 * at.length); // (each cut leaves the region)
    });

    it(`wasm: a dispatch loop through bctr matches the interpreter, and its regions go on through bctr to a member (${tag(mode)})`, () => {
      // The forced tier compiles each handler's region at its first run (h, tail, loop): the
      // second dispatch to the same handler stays inside, so there is about one entry per two
      // iterations.
      const s = lockstep('wasm', mode, dispatchLoop(0), cuts(20_000, 40));
      expect(s.entries).toBeLessThan(0.6 * s.m.gl[3]);
    });

    it(`wasm: a member looping on itself and one falling into the next member stay in their region (${tag(mode)})`, () => {
      // outer: r4 = 0 (falls into inner); inner: (r4++; store; r4 < 37: back to itself), then
      // r3++ and b outer. The forced tier makes one region of outer, inner and the tail, whose
      // inner loop (a self-loop: its own wasm loop) and fall-throughs (outer -> inner -> tail,
      // laid out in that order) never leave it: one entry per cut.
      const words = program([
        [0x00, [addi(4, 0, 0)]],
        [0x04, [addi(4, 4, 1), D(36, 4, 20, 0), cmplwi(4, 37), ((16 << 26) | (12 << 21) | (0 << 16) | (-12 & 0xfffc)) >>> 0]],
        [0x14, [addi(3, 3, 1), b(0x18, 0x00)]],
      ]);
      const at = cuts(30_000, 40);
      const s = lockstep('wasm', mode, words, at);
      expect(s.insns).toBeGreaterThan(29_000);
      expect(s.entries).toBeLessThan(3 * at.length);
    });

    it(`auto: a dispatch to 32 handlers whose addresses share their low bits (${tag(mode)})`, () => {
      // The handlers run 1/32 of the iterations: hot (HOT_BLOCK runs) only long after the region
      // was made (and dropped by its probe), so they join it when it is made again.
      const s = lockstep('auto', mode, wideDispatch(), cuts(1_500_000, 20), Infinity, true);
      expect(s.insns).toBeGreaterThan(1_500_000 / 4);
    });

    it(`auto: a store rewriting a handler that is a region member (${tag(mode)})`, () => {
      // r3 = 40006 (~400k instructions) comes after the region was made (~20000 iterations);
      // h1 then adds 5, not 3, and the blocks are built anew (another region ~200k later).
      const s = lockstep('auto', mode, dispatchLoop(40006), [...cuts(800_000, 20), 400_000, 650_000].sort((x, y) => x - y), 650_000);
      expect(s.m.gl[3]).toBeGreaterThan(40006);
      expect(s.m.mem.readBytes(CODE + 0x50, 4)).toEqual(machine('interp', mode, [0, addi(7, 7, 5)], registers()).mem.readBytes(CODE + 4, 4));
      expect(s.insns).toBeGreaterThan(300_000);
      expect(s.late).toBeGreaterThan(100_000); // in wasm again
    });
  }
});

/**
 * A loop of eight blocks, each ending in a branch to the next (the forced tier's regions hold at
 * most four: control passes from region to region): r3++, r4 += r3, r5 = r3 * 3 (mulli: a
 * handler call), r6 ^= r5 and a store, a load from r10 (r10 += 4: past the data page it faults),
 * r11++, r12 += r4, r9 += 2.
 */
function chainLoop(): number[] {
  return program([
    [0x00, [addi(3, 3, 1), b(0x04, 0x20)]],
    [0x20, [add(4, 4, 3), b(0x24, 0x40)]],
    [0x40, [D(7, 5, 3, 3), b(0x44, 0x60)]],
    [0x60, [xor(6, 6, 5), D(36, 6, 20, 0), b(0x68, 0x80)]],
    [0x80, [D(32, 8, 10, 0), addi(10, 10, 4), b(0x88, 0xa0)]],
    [0xa0, [addi(11, 11, 1), b(0xa4, 0xc0)]],
    [0xc0, [add(12, 12, 4), b(0xc4, 0xe0)]],
    [0xe0, [addi(9, 9, 2), b(0xe4, 0x00)]],
  ]);
}

describe('wasm regions chained (src/cpu/wasm/chain.ts)', () => {
  /** chainLoop's registers, r10 `k` words before the end of the data page (its load faults in iteration k + 1). */
  const regsFor = (k: number): Uint32Array => {
    const regs = registers();
    regs[20] = 0; regs[21] = DATA + PAGE_SIZE - 4 * k;
    return regs;
  };

  for (const mode of MODES) {
    it(`wasm: a loop over several regions passes from one to the next in wasm, exact at every cut (${tag(mode)})`, () => {
      // 18 instructions an iteration; cuts at every instruction of the last 40 (inside regions,
      // with the handler call's count carried over from the regions run before it)
      const s = lockstep('wasm', mode, chainLoop(), cuts(15_000, 40), Infinity, false, regsFor(1000));
      expect(s.regions).toBeGreaterThan(1);
      expect(s.chained).toBeGreaterThan(1000); // most transfers never leave wasm
      expect(s.insns).toBeGreaterThan(14_000);
    });

    it(`wasm: a load faulting in a region entered through the chain is precise (${tag(mode)})`, () => {
      // iteration 301 faults, after 300 * 18 + 9 instructions
      const s = lockstep('wasm', mode, chainLoop(), [2000, 4000, 5000, 5400, 5408, 5409, 5410, 6000], Infinity, false, regsFor(300));
      expect(s.chained).toBeGreaterThan(100);
      expect(outcome(s.m, 7000)).toMatch(/^fault 11\//); // SIGSEGV at the load
      expect(s.m.icount).toBe(300 * 18 + 9);
      expect(s.m.pc).toBe(CODE + 0x80);
    });

    it(`auto: a member on another page than its head, rewritten from outside the run: the region is not entered again (${tag(mode)})`, () => {
      // (addi r3,1; b +0x1000) and (addi r5,2; b back): one region, its member on the next page.
      // Rewriting that page (as a debugger or another process would, between runs) drops only
      // the member's block; entered at its head, the region must see the member gone (r5 then
      // grows by 7 a lap, as on the interpreter).
      const words = program([[0x0, [addi(3, 3, 1), b(0x4, 0x1000)]], [0x1000, [addi(5, 5, 2), b(0x1004, 0x0)]]]);
      const regs = registers();
      const t = machine('auto', mode, words, regs), r = machine('interp', mode, words, regs);
      const b0 = wasmStats.blocks, m0 = wasmStats.members;
      expect(snapshot(t, outcome(t, 100_000))).toEqual(snapshot(r, outcome(r, 100_000)));
      expect([wasmStats.blocks - b0, wasmStats.members - m0]).toEqual([1, 2]);
      const patch = new Uint8Array(4);
      new DataView(patch.buffer).setUint32(0, addi(5, 5, 7), mode.le);
      for (const m of [t, r]) m.mem.writeBytes(CODE + 0x1000, patch, true);
      expect(snapshot(t, outcome(t, 110_000))).toEqual(snapshot(r, outcome(r, 110_000)));
    });

    it(`wasm: a store rewriting a block of a chained region: the stale region is never entered again (${tag(mode)})`, () => {
      const s = lockstep('wasm', mode, dispatchLoop(2006), cuts(60_000, 20));
      expect(s.m.gl[3]).toBeGreaterThan(2006);
      expect(s.chained).toBeGreaterThan(1000);
    });
  }
});

/**
 * Two loops in one outer loop: O = (r3++; r6 = 20; b A), A = (r6--; r7 += r6; cmplwi r6,0; bne
 * A), M = (r10 = 20; b B), B = (r10--; r9 ^= r10; cmplwi r10,0; bne B), T = (r8 += r7; b O). A
 * and B become regions of their own first (HOT_WASM of their iterations, when O, M and T are not
 * hot yet); A, left for M and T once those are hot, is gathered again and takes B's region whole.
 */
function twoLoops(): number[] {
  return program([
    [0x00, [addi(3, 3, 1), addi(6, 0, 20), b(0x08, 0x20)]],
    [0x20, [addi(6, 6, -1), add(7, 7, 6), cmplwi(6, 0), bne(0x2c, 0x20)]],
    [0x30, [addi(10, 0, 20), b(0x34, 0x40)]],
    [0x40, [addi(10, 10, -1), xor(9, 9, 10), cmplwi(10, 0), bne(0x4c, 0x40)]],
    [0x50, [add(8, 8, 7), b(0x54, 0x00)]],
  ]);
}

describe('wasm regions merged (src/cpu/wasm/compile.ts gather, retry)', () => {
  for (const mode of MODES) {
    it(`auto: two loops that became regions apart end in one region with their outer loop (${tag(mode)})`, () => {
      const s = lockstep('auto', mode, twoLoops(), cuts(1_500_000, 40), 1_000_000);
      // (each loop's iterations alone, 80 instructions an entry, and the outer blocks as JS or
      // through the chain would mean thousands of entries late in the run)
      expect(s.late).toBeGreaterThan(400_000);
      expect(s.late / s.lateEntries).toBeGreaterThan(10_000);
      expect(s.regions).toBe(3); // A's, B's, A's gathered again with B's and the outer blocks
      // B's head block now enters the new region at its member (B's own region was replaced)
      const me = wasmStats.memberEntries, b0 = wasmStats.blocks;
      s.m.pc = CODE + 0x40;
      expect(outcome(s.m, s.m.icount + 100)).toBe('limit');
      expect(wasmStats.memberEntries - me).toBe(1);
      expect(wasmStats.blocks).toBe(b0);
    });
  }
});
