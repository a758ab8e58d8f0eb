// Translated blocks of FP code against the interpreter, for what a single instruction's fuzz
// (fpfuzz.test.ts) cannot see: the FPSCR kept in a block local (fpu/inline.ts FS_LOAD) must be
// written back before every FP load/store that faults, around handler calls that read or change
// it (mffs, mtfsfi changing the rounding mode mid-block, mtfsb1 setting XE so that a later
// inexact result traps), before the out-of-line helpers (a SIGFPE raised by the bail-out's
// handler) and at the end of each loop iteration. Random blocks of scalar and vector arithmetic
// (record forms included), FP loads and stores and those FPSCR instructions, ending in a branch
// back to the start, run on two machines from the same random state: one with the block
// translated (PPCEMU_TIER=jit's path), one stepping every instruction through its handler. All
// VSRs, FPSCR, CR, pc, icount, memory and the fault must match.
import { describe, expect, it } from 'vitest';
import { Machine } from '../../src/cpu/machine.js';
import { Spr32, Spr64 } from '../../src/cpu/state.js';
import { type Block, compileBlock, HOT_BLOCK } from '../../src/cpu/translate.js';
import { FEATURE_BIT } from '../../src/features/features.js';
import { modelByName } from '../../src/features/models.js';
import { outcome } from './harness.js';
import { randomSource } from './random.js';

const CODE = 0x10000, DATA = 0x20000, DATA_LEN = 0x2000;
const FPSCR_LO = 2 * Spr64.FPSCR + 1, MSR_LO = 2 * Spr64.MSR + 1;

const rnd = randomSource(0x2468ace1);
const below = (n: number): number => rnd() % n;
const pick = <T>(xs: readonly T[]): T => xs[below(xs.length)];

const A = (op: number, t: number, a: number, b: number, c: number, xo: number, rc: number): number =>
  ((op << 26) | (t << 21) | (a << 16) | (b << 11) | (c << 6) | (xo << 1) | rc) >>> 0;
const D = (op: number, t: number, a: number, d: number): number => ((op << 26) | (t << 21) | (a << 16) | (d & 0xffff)) >>> 0;
const XX3 = (xo: number, t: number, a: number, b: number): number => ((60 << 26) | (t << 21) | (a << 16) | (b << 11) | (xo << 3)) >>> 0;
const B = (off: number): number => ((18 << 26) | (off & 0x03fffffc)) >>> 0;

/** FPRs / VSRs 1..8 hold the operands; r20 points into DATA, r21 at an unmapped page. */
const f = (): number => 1 + below(8);
const rc = (): number => (below(4) === 0 ? 1 : 0);
const GENS: (() => number)[] = [
  () => A(63, f(), f(), f(), 0, 21, rc()), // fadd[.]
  () => A(63, f(), f(), f(), 0, 20, rc()), // fsub[.]
  () => A(63, f(), f(), 0, f(), 25, rc()), // fmul[.]
  () => A(63, f(), f(), f(), 0, 18, rc()), // fdiv[.]
  () => A(63, f(), f(), f(), f(), 29, rc()), // fmadd[.]
  () => A(63, f(), f(), f(), f(), 30, rc()), // fnmsub[.]
  () => A(59, f(), f(), f(), 0, 21, rc()), // fadds[.]
  () => A(59, f(), f(), 0, f(), 25, rc()), // fmuls[.]
  () => A(59, f(), f(), f(), f(), 29, rc()), // fmadds[.]
  () => XX3(96, f(), f(), f()), // xvadddp
  () => XX3(112, f(), f(), f()), // xvmuldp
  () => XX3(97, f(), f(), f()), // xvmaddadp
  () => XX3(64, f(), f(), f()), // xvaddsp
  () => XX3(80, f(), f(), f()), // xvmulsp
  () => D(50, f(), below(6) === 0 ? 21 : 20, 8 * below(64)), // lfd (r21: faults)
  () => D(54, f(), below(6) === 0 ? 21 : 20, 8 * below(64)), // stfd
  () => A(63, f(), 0, 0, 0, 583, 0), // mffs
  () => ((63 << 26) | (7 << 23) | (below(4) << 12) | (134 << 1)) >>> 0, // mtfsfi 7,RN
  () => ((63 << 26) | (28 << 21) | (below(3) === 0 ? 38 : 70) << 1) >>> 0, // mtfsb1/mtfsb0 XE
];

/** A double for an operand: mostly ordinary, sometimes a value the inline code bails on. */
function value(): number {
  switch (below(12)) {
    case 0: return 0;
    case 1: return NaN;
    case 2: return 1e-310; // subnormal
    case 3: return Infinity;
    case 4: return 1.5; // exact results
    default: return (rnd() / 4294967296 - 0.5) * Math.pow(2, below(40) - 20);
  }
}

interface Mode { le: boolean; sf: boolean }

function machine(mode: Mode, fe: boolean, reference: boolean): Machine {
  const m = new Machine(modelByName('POWER9'));
  m.mem.map(CODE, 0x1000, 7);
  m.mem.map(DATA, DATA_LEN, 3);
  m.setMsr(mode.sf ? 0x80000000 : 0, (mode.le ? 1 : 0) | (fe ? 0x900 : 0));
  if (reference) m.tracer = () => {};
  return m;
}

function load(m: Machine, words: number[], regs: Float64Array, fpscr: number, data: Uint8Array): void {
  const b = new Uint8Array(words.length * 4), dv = new DataView(b.buffer);
  words.forEach((w, k) => dv.setUint32(4 * k, w, m.mem.le));
  m.mem.writeBytes(CODE, b, true);
  m.mem.writeBytes(DATA, data);
  m.st.vsrF64.set(regs);
  m.gl[20] = DATA; m.gl[21] = DATA + 0x10000;
  m.s64[FPSCR_LO] = fpscr;
}

function hot(m: Machine): void {
  const b = (m as unknown as { blockAt(pc: number): Block }).blockAt(CODE);
  for (const i of b.insns) if (i.row && m.has[FEATURE_BIT[i.row.feature]]) m.used[FEATURE_BIT[i.row.feature]] = 1;
  b.hits = HOT_BLOCK;
  b.fn = compileBlock(b, m.sf, m.used);
}

function run(m: Machine, n: number): object {
  m.pc = CODE;
  m.icount = 0;
  return {
    outcome: outcome(m, n), pc: m.pc, icount: m.icount, fpscr: m.s64[FPSCR_LO] >>> 0, cr: m.s32[Spr32.CR] >>> 0,
    vsr: Array.from(m.st.vsrU32.subarray(0, 9 * 4)),
    data: Buffer.from(m.mem.readBytes(DATA, 0x200)).toString('hex'),
  };
}

describe('translated FP blocks keep the FPSCR exact (FPSCR local)', () => {
  for (const mode of [{ le: true, sf: true }, { le: false, sf: true }, { le: false, sf: false }]) {
    it(`${mode.sf ? 64 : 32}-bit ${mode.le ? 'LE' : 'BE'}: 300 random blocks`, () => {
      let faults = 0, traps = 0, clean = 0;
      for (let t = 0; t < 300; t++) {
        const words = Array.from({ length: 4 + below(12) }, () => pick(GENS)());
        words.push(B(-4 * words.length));
        const regs = new Float64Array(2 * 9);
        for (let k = 2; k < regs.length; k++) regs[k] = below(3) === 0 ? Math.fround(value()) : value();
        // mode, XE sometimes enabled (traps when MSR[FE] is set), XX preset half the time
        const fpscr = (below(4) | (below(5) === 0 ? 0x8 : 0) | (below(2) ? 0x82000000 : 0)) >>> 0;
        const fe = below(2) === 0;
        const data = new Uint8Array(DATA_LEN);
        for (let k = 0; k < 0x200; k++) data[k] = rnd() & 0xff;
        const n = words.length * (1 + below(4)) - below(3);
        const ref = machine(mode, fe, true), jit = machine(mode, fe, false);
        load(ref, words, regs, fpscr, data);
        load(jit, words, regs, fpscr, data);
        hot(jit);
        const want = run(ref, n) as { outcome: string };
        expect(run(jit, n)).toEqual(want);
        if (want.outcome.startsWith('fault 11')) faults++;
        else if (want.outcome.startsWith('fault 8')) traps++;
        else clean++;
      }
      // every kind of ending was exercised
      expect(faults).toBeGreaterThan(10);
      expect(traps).toBeGreaterThan(5);
      expect(clean).toBeGreaterThan(10);
    });
  }
});
