// The wasm tier's floating-point and VSX tests' shared harness (wasm-fp.test.ts, wasm-vsx.test.ts):
// a POWER9 machine with every feature marked used, one code page at CODE and DATA_LEN bytes of
// data at DATA, loaded from a Setup in one of the four modes; `compare` runs the same Setup on
// an interpreting machine and on one compiling every block to a wasm region at its first run
// (PPCEMU_TIER=wasm) and requires the same outcome, pc, count, FPSCR, CR, XER, VSCR, GPRs, VSRs and
// data. The interpreting machine runs with FP_REFERENCE set: every floating-point fast path of
// the handlers bails, so the exact BigInt code (fpu/soft.ts) decides each result and status bit
// the wasm tier's fast paths are held to.
import { expect } from 'vitest';
import { Machine } from '../../src/cpu/machine.js';
import { PAGE_SIZE } from '../../src/cpu/memory.js';
import { summarize } from '../../src/cpu/fpu/fpscr.js';
import { FP_REFERENCE } from '../../src/cpu/isa/fp.js';
import { Spr32, Spr64 } from '../../src/cpu/state.js';
import { wasmStats } from '../../src/cpu/wasm/compile.js';
import { modelByName } from '../../src/features/models.js';
import { outcome } from './harness.js';

export const CODE = 0x10000, DATA = 0x20000, DATA_LEN = 4 * PAGE_SIZE;
const FPSCR_LO = 2 * Spr64.FPSCR + 1, FPSCR_HI = 2 * Spr64.FPSCR;

export interface Mode { sf: boolean; le: boolean }
export const MODES: Mode[] = [{ sf: true, le: true }, { sf: true, le: false }, { sf: false, le: false }, { sf: false, le: true }];
export const tag = (md: Mode) => `${md.sf ? 64 : 32}-bit ${md.le ? 'LE' : 'BE'}`;

/**
 * A test's machine state: instruction words (a loop, usually), the VSR file (as doubles or as
 * words, ISA order per vsrWordIndex), GPR low words, the FPSCR's low word (and DRN, its high
 * word), MSR[FE0,FE1] (enabled FP exceptions trap), the data and its protection.
 */
export interface Setup {
  words: number[]; regs: Float64Array | Uint32Array; gprs: Record<number, number>; fpscr: number; fe: boolean;
  data: Uint8Array; drn?: number;
  /** VSCR (NJ, SAT), when not the machine's initial one. */
  vscr?: number;
  /** mprotect calls [address, length, protection] after the data is written. */
  prot?: readonly (readonly [number, number, number])[];
}

export function machine(mode: Mode, tier: 'interp' | 'wasm', s: Setup): Machine {
  const m = new Machine(modelByName('POWER9'));
  m.tier = tier;
  for (let k = 0; k < m.used.length; k++) if (m.has[k]) m.used[k] = 1; // as if every feature had run
  m.mem.map(CODE, PAGE_SIZE, 7);
  m.mem.map(DATA, DATA_LEN, 3);
  m.setMsr(mode.sf ? 0x80000000 : 0, (mode.le ? 1 : 0) | (s.fe ? 0x900 : 0));
  const b = new Uint8Array(s.words.length * 4), dv = new DataView(b.buffer);
  s.words.forEach((w, k) => dv.setUint32(4 * k, w, mode.le));
  m.mem.writeBytes(CODE, b, true);
  m.mem.writeBytes(DATA, s.data);
  for (const [a, n, p] of s.prot ?? []) m.mem.protect(a, n, p);
  if (s.regs instanceof Float64Array) m.st.vsrF64.set(s.regs); else m.st.vsrU32.set(s.regs);
  for (const [r, v] of Object.entries(s.gprs)) { m.gh[Number(r)] = 0; m.gl[Number(r)] = v >>> 0; }
  // VX and FEX as the causes and enables make them: no instruction leaves them otherwise (mtfsf
  // recomputes them), and the fast paths and the exact code may differ on a state that is not
  m.s64[FPSCR_LO] = summarize(s.fpscr);
  m.s64[FPSCR_HI] = s.drn ?? 0; // the FPSCR's high word: DRN (mffs reads it)
  if (s.vscr !== undefined) m.s32[Spr32.VSCR] = s.vscr;
  return m;
}

/** Runs n instructions from CODE; the state a test compares. */
export function run(m: Machine, n: number) {
  m.pc = CODE;
  m.icount = 0;
  return {
    outcome: outcome(m, n), pc: m.pc, icount: m.icount, fpscr: [m.s64[FPSCR_HI] >>> 0, m.s64[FPSCR_LO] >>> 0],
    cr: m.s32[Spr32.CR] >>> 0, xer: m.s32[Spr32.XER] >>> 0, vscr: m.s32[Spr32.VSCR] >>> 0, gh: Array.from(m.gh), gl: Array.from(m.gl),
    vsr: Array.from(m.st.vsrU32), data: Buffer.from(m.mem.readBytes(DATA, DATA_LEN)).toString('hex'),
  };
}

/** Runs `s` for n instructions on both machines; they must agree. Returns the outcome and the regions' handler calls. */
export function compare(mode: Mode, s: Setup, n: number) {
  const ref = machine(mode, 'interp', s), w = machine(mode, 'wasm', s);
  FP_REFERENCE[0] = 1;
  let want;
  try { want = run(ref, n); } finally { FP_REFERENCE[0] = 0; }
  const calls0 = wasmStats.calls, regions0 = wasmStats.blocks;
  const got = run(w, n);
  expect(wasmStats.blocks - regions0, 'the wasm machine compiled regions').toBeGreaterThan(0);
  expect(got, `${tag(mode)} ${s.words.map((c) => c.toString(16)).join(' ')} fpscr ${s.fpscr.toString(16)}`).toEqual(want);
  return { outcome: want.outcome, calls: wasmStats.calls - calls0 };
}

/** FPSCR bits the tests set: XE; the other enables; XX with FX. */
export const XE = 0x8, ENABLES_BUT_XE = 0xf0, XX_FX = 0x82000000;
