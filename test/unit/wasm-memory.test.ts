// The wasm tier's inline guest memory (src/cpu/wasm/emit.ts over the arena's page tables in
// src/cpu/memory.ts) against the interpreter: the same program runs on two machines from the same
// state, one with every block compiled to a wasm region at its first run (PPCEMU_TIER=wasm), one
// interpreting; registers, pc, icount, the fault and memory must match. wasmStats.slow counts the
// accesses that left the inline path for the accessor calls, so each test also checks which path
// the accesses took: in-page accesses to ordinary pages stay inline, the rest (straddling a page,
// code pages, watched pages, clean pages under dirty tracking, faults) take the slow path.
import { describe, expect, it } from 'vitest';
import { Machine } from '../../src/cpu/machine.js';
import { GuestFault, PAGE_SIZE } from '../../src/cpu/memory.js';
import { Spr32 } from '../../src/cpu/state.js';
import { wasmStats } from '../../src/cpu/wasm/compile.js';
import { wasmSimd } from '../../src/cpu/wasm/emit.js';
import { modelByName } from '../../src/features/models.js';
import { outcome } from './harness.js';
import { randomSource } from './random.js';

const CODE = 0x10000;
const DATA = 0x20000, DATA_LEN = 4 * PAGE_SIZE;
const RO = 0x30000; // read-only page
const UNMAPPED = 0x40000;

interface Mode { sf: boolean; le: boolean }
const MODES: Mode[] = [{ sf: true, le: false }, { sf: true, le: true }, { sf: false, le: false }, { sf: false, le: true }];
const tag = (md: Mode) => `${md.sf ? 64 : 32}-bit ${md.le ? 'LE' : 'BE'}`;

// ---- encoders (Power ISA fields) -------------------------------------------------------------
const D = (op: number, rt: number, ra: number, d: number) => ((op << 26) | (rt << 21) | (ra << 16) | (d & 0xffff)) >>> 0;
const DS = (op: number, rt: number, ra: number, d: number, xo: number) => ((op << 26) | (rt << 21) | (ra << 16) | (d & 0xfffc) | xo) >>> 0;
const X = (rt: number, ra: number, rb: number, xo: number) => ((31 << 26) | (rt << 21) | (ra << 16) | (rb << 11) | (xo << 1)) >>> 0;
const B = (off: number) => ((18 << 26) | (off & 0x03fffffc)) >>> 0;
const addi = (rt: number, ra: number, v: number) => D(14, rt, ra, v);

const rnd = randomSource(0x2468ace1);

/** A machine in `mode`, interpreting or compiling every block to wasm at its first run. */
function machine(mode: Mode, tier: 'interp' | 'wasm', code: number[], regs: Record<number, number>, data: Uint8Array): Machine {
  const m = new Machine(modelByName('POWER9'));
  m.tier = tier;
  for (let k = 0; k < m.used.length; k++) if (m.has[k]) m.used[k] = 1; // as if every feature had run
  m.mem.map(CODE, PAGE_SIZE, 7);
  m.mem.map(DATA, DATA_LEN, 3);
  m.mem.map(RO, PAGE_SIZE, 1);
  m.setMsr(mode.sf ? 0x80000000 : 0, mode.le ? 1 : 0);
  const b = new Uint8Array(code.length * 4);
  code.forEach((w, k) => new DataView(b.buffer).setUint32(4 * k, w, mode.le));
  m.mem.writeBytes(CODE, b, true);
  m.mem.writeBytes(DATA, data);
  m.mem.writeBytes(RO, data.subarray(0, PAGE_SIZE), true);
  for (const [r, v] of Object.entries(regs)) { m.gh[Number(r)] = 0; m.gl[Number(r)] = v >>> 0; }
  return m;
}

/** Random bytes, half of them with the top bit set (sign extensions matter). */
function randomData(): Uint8Array {
  const d = new Uint8Array(DATA_LEN);
  for (let k = 0; k < d.length; k++) d[k] = rnd() & 0xff;
  return d;
}

function run(m: Machine, n: number): string {
  m.pc = CODE;
  m.icount = 0;
  return outcome(m, n);
}

function snapshot(m: Machine, outcome: string) {
  return {
    outcome, pc: m.pc, icount: m.icount, gh: Array.from(m.gh), gl: Array.from(m.gl),
    cr: m.s32[Spr32.CR], data: Buffer.from(m.mem.readBytes(DATA, DATA_LEN)).toString('hex'),
  };
}

/**
 * Runs `code` for n instructions on an interpreting and a wasm machine (after `prepare`); the
 * two must agree. Returns the wasm machine, its snapshot and how many slow-path calls it made.
 */
function compare(mode: Mode, code: number[], regs: Record<number, number>, n: number, prepare?: (m: Machine) => void) {
  const data = randomData();
  const r = machine(mode, 'interp', code, regs, data), w = machine(mode, 'wasm', code, regs, data);
  prepare?.(r); prepare?.(w);
  const expected = snapshot(r, run(r, n));
  const slow0 = wasmStats.slow, regions0 = wasmStats.blocks;
  const got = snapshot(w, run(w, n));
  const slow = wasmStats.slow - slow0;
  expect(wasmStats.blocks - regions0, 'the wasm machine compiled regions').toBeGreaterThan(0);
  expect(got, `${tag(mode)} ${code.map((c) => c.toString(16)).join(' ')}`).toEqual(expected);
  return { m: w, ref: r, got, slow };
}

// Registers: r20 base, r21/r22/r24 update-form bases, r23/r25 indexes (all inside DATA).
const REGS = { 20: DATA + 0x100, 21: DATA + 0x1200, 22: DATA + 0x2200, 23: 0x10, 24: DATA + 0x3100, 25: 0x40 };

/** Every inlined load and store: all sizes, algebraic (sign-extending) and update forms, D and X forms. */
function allAccesses(sf: boolean): number[] {
  const w = [
    D(34, 3, 20, 0), D(40, 4, 20, 2), D(42, 5, 20, 4), D(32, 6, 20, 8), // lbz lhz lha lwz
    D(35, 9, 21, 1), D(41, 10, 21, 2), D(33, 11, 21, 4), // lbzu lhzu lwzu
    X(13, 20, 23, 343), X(15, 20, 23, 87), X(16, 20, 23, 279), X(17, 20, 23, 23), // lhax lbzx lhzx lwzx
    D(38, 3, 20, 0x80), D(44, 5, 20, 0x82), D(36, 6, 20, 0x84), // stb sth stw
    D(39, 6, 24, 1), D(45, 10, 24, 2), D(37, 11, 24, 4), // stbu sthu stwu
    X(13, 20, 25, 215), X(14, 20, 25, 407), X(16, 20, 25, 151), // stbx sthx stwx
  ];
  if (sf) {
    w.push(DS(58, 7, 20, 12, 2), DS(58, 8, 20, 16, 0), DS(58, 12, 22, 8, 1), // lwa ld ldu
      X(14, 20, 23, 341), X(18, 20, 23, 21), // lwax ldx
      DS(62, 8, 20, 0x88, 0), DS(62, 12, 24, 8, 1), X(18, 20, 25, 149), // std stdu stdx
      D(34, 19, 20, 0x80), D(40, 26, 20, 0x82), DS(58, 27, 20, 0x88, 0)); // read the stores back
  }
  return w;
}

describe('wasm tier: inline guest memory matches the interpreter', () => {
  for (const mode of MODES) {
    it(`all sizes, sign-extending and update forms stay inline (${tag(mode)})`, () => {
      const body = allAccesses(mode.sf);
      const code = [...body, B(-4 * body.length)];
      const { slow } = compare(mode, code, REGS, 3 * code.length);
      expect(slow).toBe(0); // every access was in-page on a page in the tables
    });

    it(`without wasm SIMD, big-endian doublewords are byte-reversed by shifts: the same results (${tag(mode)})`, () => {
      expect(wasmSimd.on).toBe(true); // (this host has it: the test above ran the shuffle)
      wasmSimd.on = false;
      try {
        const body = allAccesses(mode.sf);
        const code = [...body, B(-4 * body.length)];
        const { slow } = compare(mode, code, REGS, 3 * code.length);
        expect(slow).toBe(0);
      } finally { wasmSimd.on = true; }
    });

    it(`accesses straddling a page take the slow path (${tag(mode)})`, () => {
      for (let k = 1; k < (mode.sf ? 8 : 4); k++) { // k bytes before the page end: the widest access crosses
        const body = [D(40, 3, 20, 0), D(42, 4, 20, 0), D(32, 5, 20, 0), D(44, 6, 20, 0), D(36, 7, 20, 0)];
        if (mode.sf) body.push(DS(58, 8, 20, 0, 2), DS(58, 9, 20, 0, 0), DS(62, 9, 20, 0, 0));
        const code = [...body, B(-4 * body.length)];
        const { slow } = compare(mode, code, { 20: DATA + PAGE_SIZE - k }, 2 * code.length);
        expect(slow).toBeGreaterThan(0);
      }
    });

    it(`a fault inside a region stops at the exact instruction, the stores before it done (${tag(mode)})`, () => {
      // stw, stb, lwz: the third faults (unmapped); stores to the read-only page fault the same way.
      // (address 8: an empty page-cache slot must not look like page 0)
      for (const [bad, code] of [[UNMAPPED, 1], [RO, 2], [0, 1]] as const) {
        const last = bad === RO ? D(36, 4, 26, 8) : D(32, 5, 26, 8);
        const words = [D(36, 3, 20, 0), D(38, 4, 20, 5), addi(7, 7, 1), last, addi(8, 8, 1), B(-20)];
        const { got } = compare(mode, words, { ...REGS, 3: 0x11223344, 4: 0xa5, 26: bad }, 40);
        expect(got.outcome).toBe(`fault 11/${code} at ${(bad + 8).toString(16)}`);
        expect(got.pc).toBe(CODE + 12);
        expect(got.icount).toBe(3);
      }
    });

    it(`pages mapped but never written before the arena: readable ones read zeros inline, PROT_NONE ones fault (${tag(mode)})`, () => {
      const ZERO = 0x50000, NONE = 0x60000; // (the arena is made at the first region: after these)
      const prepare = (m: Machine) => { m.mem.map(ZERO, 2 * PAGE_SIZE, 3); m.mem.map(NONE, PAGE_SIZE, 0); };
      const words = [D(32, 5, 26, 8), D(40, 6, 26, 0x1002), addi(7, 7, 1), B(-12)];
      const { got, slow } = compare(mode, words, { 5: 0x1234, 6: 0x99, 26: ZERO }, 30, prepare);
      expect(got.outcome).toBe('limit');
      expect(got.gl[5]).toBe(0);
      expect(got.gl[6]).toBe(0);
      expect(slow).toBe(0); // the read table held the zero page for both
      const { got: none } = compare(mode, words, { 26: NONE }, 30, prepare);
      expect(none.outcome).toBe(`fault 11/2 at ${(NONE + 8).toString(16)}`);
      expect(none.icount).toBe(0);
    });

    it(`a store to a code page invalidates the code it wrote (${tag(mode)})`, () => {
      // stw r5 over the addi at CODE+0x100 (a member of the same region): it becomes addi r3,r3,100.
      const code = new Array<number>(0x40 + 2).fill(0);
      code[0] = D(36, 5, 20, 0x100); code[1] = B(0xfc);
      code[0x40] = addi(3, 3, 1); code[0x41] = B(-0x104);
      const { got, slow } = compare(mode, code, { 20: CODE, 5: addi(3, 3, 100), 3: 0 }, 12);
      expect(got.gl[3]).toBe(300); // three passes, each through the rewritten addi
      expect(slow).toBeGreaterThanOrEqual(3); // a code page is never in the write table
    });

    it(`a load site's page cache is read anew after the tables change: a first write to a zero page (${tag(mode)})`, () => {
      // FRESH is mapped but never written (the zero page backs it): the first stw to it takes the
      // slow path, which gives it a page of its own; every load after that, the same site's on
      // the next pass included, must see the stored values.
      const FRESH = 0x50000;
      const code = [D(32, 3, 20, 0), D(36, 4, 20, 0), D(32, 5, 20, 0), addi(4, 4, 1), X(7, 7, 3, 266), B(-20)]; // lwz stw lwz addi add
      const { got, slow } = compare(mode, code, { 20: FRESH, 4: 7 }, 4 * code.length, (m) => m.mem.map(FRESH, PAGE_SIZE, 3));
      expect(got.gl[3]).toBe(9); // the fourth pass's first load: the third's store
      expect(got.gl[7]).toBe(7 + 8 + 9); // each pass's first load after the first pass's
      expect(slow).toBeGreaterThan(0);
    });

    it(`two load sites sharing a page-cache slot each read their own page (${tag(mode)})`, () => {
      // the lwz at CODE + 0x400 uses the cache slot of the one at CODE (memory.ts ARENA_PAGE_CACHE)
      const code = new Array<number>(0x100 + 3).fill(0);
      code[0] = D(32, 3, 20, 0); code[1] = X(7, 7, 3, 266); code[2] = B(0x400 - 8); // lwz add b
      code[0x100] = D(32, 6, 21, 0); code[0x101] = X(8, 8, 6, 266); code[0x102] = B(-0x408);
      const { got, ref } = compare(mode, code, { 20: DATA + 0x10, 21: DATA + PAGE_SIZE + 0x20 }, 6 * 5);
      expect(got.gl[7]).toBe(ref.gl[7]);
      expect(got.gl[7]).not.toBe(got.gl[8]); // (random data: the two pages' words differ)
    });

    it(`watched pages: every access reaches the watch, which can stop the instruction (${tag(mode)})`, () => {
      const body = allAccesses(mode.sf);
      const code = [...body, B(-4 * body.length)];
      const seen: Record<string, string[]> = { interp: [], wasm: [] };
      const watch = (m: Machine, stopAt?: number) => m.mem.setWatch(new Map([[DATA / PAGE_SIZE, 3]]), (ea, n, write) => {
        seen[m.tier].push(`${write ? 'w' : 'r'}${n}@${ea.toString(16)}`);
        if (write && stopAt !== undefined && ea === stopAt) throw new GuestFault(5, 1, ea); // as gdb's watchpoint stop
      });
      compare(mode, code, REGS, 2 * code.length, (m) => watch(m));
      expect(seen.wasm.length).toBeGreaterThan(10);
      expect(seen.wasm).toEqual(seen.interp);
      seen.interp = []; seen.wasm = [];
      const { got } = compare(mode, code, REGS, 2 * code.length, (m) => watch(m, DATA + 0x100 + 0x84));
      expect(got.outcome).toBe(`fault 5/1 at ${(DATA + 0x184).toString(16)}`);
      expect(seen.wasm).toEqual(seen.interp);
    });

    it(`dirty tracking: first writes to clean pages are recorded, later ones stay inline (${tag(mode)})`, () => {
      const body = allAccesses(mode.sf);
      const code = [...body, B(-4 * body.length)];
      const passes = 4;
      const { m, ref, slow } = compare(mode, code, REGS, passes * code.length, (mm) => mm.mem.trackDirty());
      const dirty = [...m.mem.dirtyPages()!].sort((a, b) => a - b);
      expect(dirty).toEqual([...ref.mem.dirtyPages()!].sort((a, b) => a - b));
      expect(dirty).toEqual([DATA / PAGE_SIZE, DATA / PAGE_SIZE + 3]); // r20's page, r24's page
      const stores = code.filter((w) => [36, 37, 38, 39, 44, 45, 62].includes(w >>> 26) || (w >>> 26 === 31 && [215, 407, 151, 149].includes((w >>> 1) & 0x3ff))).length;
      expect(slow).toBeLessThan(stores * passes / 2);
    });
  }

  it('a region with many loads shares one exit: its size grows by far less than a register spill per access', () => {
    // 24 loads writing r3..r26: inline, each fault exit would spill all 24 GPRs (some 400 bytes)
    const body = Array.from({ length: 24 }, (_, k) => D(32, 3 + k, 20, 4 * k));
    const code = [...body, B(-4 * body.length)];
    const bytes0 = wasmStats.bytes;
    compare(MODES[0], code, { 20: DATA }, code.length);
    expect((wasmStats.bytes - bytes0) / body.length).toBeLessThan(300);
  });

  it('pages survive the arena growing (views made before stay valid, the tables see new pages)', () => {
    const mode = MODES[0];
    const body = [D(32, 3, 20, 0), addi(3, 3, 1), D(36, 3, 21, 0)];
    const code = [...body, B(-4 * body.length)];
    const far = 0x1000000, len = 16 << 20; // 16 MiB touched: more than the arena holds at first
    const { m } = compare(mode, code, { 20: DATA, 21: far + len - 8 }, code.length, (mm) => mm.mem.map(far, len, 3));
    const arena = m.mem.arena!, before = arena.memory.buffer.byteLength;
    const page = m.mem.pageData(DATA / PAGE_SIZE)!; // a view on the arena made before it grows
    for (let a = far; a < far + len; a += PAGE_SIZE) m.mem.writeBytes(a, Uint8Array.of(a >>> 12));
    expect(arena.memory.buffer.byteLength).toBeGreaterThan(before); // it grew
    page.set([0, 0, 0, 41], 0x200);
    m.gl[20] = DATA + 0x200;
    const slow0 = wasmStats.slow;
    m.pc = CODE; m.icount = 0;
    m.run(code.length);
    expect(wasmStats.slow - slow0).toBe(0); // both accesses inline, the store to a page made after the growth
    expect(m.gl[3]).toBe(42);
    expect(Array.from(m.mem.readBytes(far + len - 8, 8))).toEqual([0, 0, 0, 42, 0, 0, 0, 0]); // stw, big-endian
  });
});
