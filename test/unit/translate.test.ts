// Translated blocks (translate.ts + the inline code of inline.ts, and the WebAssembly tier of
// src/cpu/wasm) against the interpreter: the same block runs on two machines from identical
// random states, one with the block compiled (forced hot) and one stepping every instruction
// through its handler (a tracer forces that); all GPRs, CR, XER, LR, CTR, pc, icount, the fault
// (if any) and the data memory must match bit for bit. Each compiled tier runs every test.
import { beforeAll, describe, expect, it } from 'vitest';
import { compileWasmBlock, HOT_MEMBER, HOT_WASM, HOT_WASM_FP, wasmStats } from '../../src/cpu/wasm/compile.js';
import { SCAN_EVERY } from '../../src/cpu/wasm/chain.js';
import { emitterFor } from '../../src/cpu/wasm/emit.js';
import { inlineInsn } from '../../src/cpu/inline.js';
import { rows as FIXED_POINT_ROWS } from '../../src/cpu/isa/fixedpoint.js';
import { Machine } from '../../src/cpu/machine.js';
import { Spr32, Spr64 } from '../../src/cpu/state.js';
import { type Block, type BlockFn, compileBlock, HOT_BLOCK, HOT_COLD, HOT_SPAN } from '../../src/cpu/translate.js';
import { FEATURE_BIT } from '../../src/features/features.js';
import { modelByName } from '../../src/features/models.js';
import { outcome } from './harness.js';
import { randomSource } from './random.js';

const CODE = 0x10000;
const DATA = 0x20000, DATA_LEN = 0x2000;
/** Low region reached by RA=0 with a positive displacement. */
const LOW = 0, LOW_LEN = 0x8000;
/** A region above 4 GiB (64-bit mode bases). */
const HIGH = 0x7fff * 4294967296 + 0x40000, HIGH_LEN = 0x2000;

// ---- deterministic random source ------------------------------------------------------------

const rnd = randomSource(0x12345678);
const below = (n: number) => rnd() % n;
const pick = <T>(xs: readonly T[]): T => xs[below(xs.length)];

/** Interesting 32-bit halves: carries and sign changes across bits 31/32 and 63. */
const EDGE = [0, 1, 2, 0x7fff, 0x8000, 0xffff, 0x7fffffff, 0x80000000, 0x80000001, 0xfffffffe, 0xffffffff, 0x10000, 0xffff8000];
const half = () => (below(3) === 0 ? pick(EDGE) : rnd());
/** Signed 16-bit immediates, edges included. */
const IMM16 = [0, 1, -1, 0x7fff, -0x8000, 0x7ffe, -0x7fff, 0x100, -0x100];
const imm16 = () => (below(3) === 0 ? pick(IMM16) : (rnd() << 16) >> 16);
const ui16 = () => (below(3) === 0 ? pick([0, 1, 0xffff, 0x8000, 0x7fff]) : rnd() & 0xffff);

// ---- encoders (Power ISA fields; bit 0 = MSB) ----------------------------------------------

const D = (op: number, rt: number, ra: number, imm: number) => ((op << 26) | (rt << 21) | (ra << 16) | (imm & 0xffff)) >>> 0;
const DS = (op: number, rt: number, ra: number, ds: number, xo: number) => ((op << 26) | (rt << 21) | (ra << 16) | (ds & 0xfffc) | xo) >>> 0;
const X = (rt: number, ra: number, rb: number, xo: number, rc = 0) => ((31 << 26) | (rt << 21) | (ra << 16) | (rb << 11) | (xo << 1) | rc) >>> 0;
const XO = (rt: number, ra: number, rb: number, oe: number, xo: number, rc: number) =>
  ((31 << 26) | (rt << 21) | (ra << 16) | (rb << 11) | (oe << 10) | (xo << 1) | rc) >>> 0;
const M = (rs: number, ra: number, sh: number, mb: number, me: number, rc: number) =>
  ((21 << 26) | (rs << 21) | (ra << 16) | (sh << 11) | (mb << 6) | (me << 1) | rc) >>> 0;
const MD = (rs: number, ra: number, sh: number, mb: number, xo: number, rc: number) =>
  ((30 << 26) | (rs << 21) | (ra << 16) | ((sh & 31) << 11) | ((mb & 31) << 6) | ((mb >> 5) << 5) | (xo << 2) | ((sh >> 5) << 1) | rc) >>> 0;
/** mfspr / mtspr: the SPR number's halves swapped in bits 11:20. */
const XFX = (rt: number, spr: number, xo: number) => ((31 << 26) | (rt << 21) | ((spr & 31) << 16) | ((spr >> 5) << 11) | (xo << 1)) >>> 0;
/** `b` by a byte offset. */
const B = (off: number) => ((18 << 26) | (off & 0x03fffffc)) >>> 0;

// ---- random instructions ---------------------------------------------------------------------

/** Base registers hold addresses into the data regions; memory tests keep them intact. */
const BASES = [20, 21, 22];
const IDX = 23;
/** Holds a small value (high word 0, 1 or all ones) as a base. */
const SMALL = 24;
const anyReg = () => below(32);
/** A target that is not a base register (so later accesses in the block stay mapped). */
const dst = () => { for (;;) { const r = below(32); if (r < 20 || r > 23) return r; } };
const rc = () => below(2);

type Gen = () => number;
/** Displacement and base for a D-form access of `size` bytes (ds: multiple of 4). */
function memD(ds: boolean): [number, number] {
  const k = below(16);
  let ra: number, d: number;
  if (k === 0) { ra = 0; d = imm16(); } // RA=0: literal zero base
  else if (k === 1) { ra = anyReg(); d = imm16(); } // anything (mostly faults)
  else if (k === 2) { ra = SMALL; d = imm16(); } // low base: wraps below 0 with a negative d
  else { ra = pick(BASES); d = below(0x1000) - 0x800; }
  return [ra, ds ? d & ~3 : d];
}
const ldD = (op: number, upd = false): Gen => () => {
  const [ra, d] = memD(false);
  const rt = upd && below(8) === 0 ? ra : dst(); // RA=RT: invalid form (handler raises it)
  return D(op, rt, ra, d);
};
const stD = (op: number): Gen => () => { const [ra, d] = memD(false); return D(op, anyReg(), ra, d); };
const ldDS = (xo: number, upd = false): Gen => () => {
  const [ra, d] = memD(true);
  const rt = upd && below(8) === 0 ? ra : dst();
  return DS(58, rt, ra, d, xo);
};
const stDS = (xo: number): Gen => () => { const [ra, d] = memD(true); return DS(62, anyReg(), ra, d, xo); };
const memRa = () => (below(8) === 0 ? 0 : pick(BASES));
const ldX = (xo: number): Gen => () => X(dst(), memRa(), below(4) === 0 ? pick(BASES) : IDX, xo);
const stX = (xo: number): Gen => () => X(anyReg(), memRa(), below(4) === 0 ? pick(BASES) : IDX, xo);
/** X-form accesses inside the data (a base and the index; for the update forms, valid ones: RT = RB is among OTHERS). */
const ldXIn = (xo: number): Gen => () => X(dst(), pick(BASES), IDX, xo);
const stXIn = (xo: number): Gen => () => X(anyReg(), pick(BASES), IDX, xo);

/** Inlined instructions (and their Rc forms) by name. */
const INLINED: Record<string, Gen> = {
  addi: () => D(14, dst(), below(4) === 0 ? 0 : anyReg(), imm16()),
  addis: () => D(15, dst(), below(4) === 0 ? 0 : anyReg(), imm16()),
  add: () => XO(dst(), anyReg(), anyReg(), 0, 266, rc()),
  subf: () => XO(dst(), anyReg(), anyReg(), 0, 40, rc()),
  neg: () => XO(dst(), anyReg(), 0, 0, 104, rc()),
  and: () => X(anyReg(), dst(), anyReg(), 28, rc()),
  andc: () => X(anyReg(), dst(), anyReg(), 60, rc()),
  or: () => { const s = anyReg(); return X(s, dst(), below(2) ? s : anyReg(), 444, rc()); },
  orc: () => X(anyReg(), dst(), anyReg(), 412, rc()),
  xor: () => X(anyReg(), dst(), anyReg(), 316, rc()),
  nand: () => X(anyReg(), dst(), anyReg(), 476, rc()),
  nor: () => X(anyReg(), dst(), anyReg(), 124, rc()),
  eqv: () => X(anyReg(), dst(), anyReg(), 284, rc()),
  ori: () => (below(8) === 0 ? D(24, 0, 0, 0) : D(24, anyReg(), dst(), ui16())),
  oris: () => D(25, anyReg(), dst(), ui16()),
  xori: () => D(26, anyReg(), dst(), ui16()),
  xoris: () => D(27, anyReg(), dst(), ui16()),
  andi: () => D(28, anyReg(), dst(), ui16()),
  andis: () => D(29, anyReg(), dst(), ui16()),
  extsb: () => X(anyReg(), dst(), 0, 954, rc()),
  extsh: () => X(anyReg(), dst(), 0, 922, rc()),
  extsw: () => X(anyReg(), dst(), 0, 986, rc()),
  rlwinm: () => M(anyReg(), dst(), below(32), below(32), below(32), rc()),
  rldicl: () => MD(anyReg(), dst(), below(64), below(64), 0, rc()),
  rldicr: () => MD(anyReg(), dst(), below(64), below(64), 1, rc()),
  rldic: () => MD(anyReg(), dst(), below(64), below(64), 2, rc()),
  cmp: () => X((below(8) << 2) | below(2), anyReg(), anyReg(), 0),
  cmpl: () => X((below(8) << 2) | below(2), anyReg(), anyReg(), 32),
  cmpi: () => D(11, (below(8) << 2) | below(2), anyReg(), imm16()),
  cmpli: () => D(10, (below(8) << 2) | below(2), anyReg(), ui16()),
  lbz: ldD(34), lhz: ldD(40), lha: ldD(42), lwz: ldD(32), lwa: ldDS(2), ld: ldDS(0),
  lbzu: ldD(35, true), lhzu: ldD(41, true), lwzu: ldD(33, true), ldu: ldDS(1, true),
  lbzx: ldX(87), lhzx: ldX(279), lwzx: ldX(23), ldx: ldX(21), lhax: ldX(343), lwax: ldX(341),
  stb: stD(38), sth: stD(44), stw: stD(36), std: stDS(0),
  stbu: stD(39), sthu: stD(45), stwu: stD(37), stdu: stDS(1),
  stbx: stX(215), sthx: stX(407), stwx: stX(151), stdx: stX(149),
  slw: () => X(anyReg(), dst(), anyReg(), 24, rc()),
  srw: () => X(anyReg(), dst(), anyReg(), 536, rc()),
  sld: () => X(anyReg(), dst(), anyReg(), 27, rc()),
  srd: () => X(anyReg(), dst(), anyReg(), 539, rc()),
  mulld: () => XO(dst(), anyReg(), anyReg(), 0, 233, rc()),
  mfspr: () => XFX(dst(), pick([8, 9]), 339),
  mtspr: () => XFX(anyReg(), pick([1, 8, 9]), 467),
};
/** XS form (sradi): the 6-bit shift's high bit in bit 30. */
const XS = (rs: number, ra: number, sh: number, xo: number, rc: number) =>
  ((31 << 26) | (rs << 21) | (ra << 16) | ((sh & 31) << 11) | (xo << 2) | ((sh >> 5) << 1) | rc) >>> 0;
/** MDS form (rldcl, rldcr): rotate by RB. */
const MDS = (rs: number, ra: number, rb: number, mb: number, xo: number, rc: number) =>
  ((30 << 26) | (rs << 21) | (ra << 16) | (rb << 11) | ((mb & 31) << 6) | ((mb >> 5) << 5) | (xo << 1) | rc) >>> 0;

/**
 * Instructions the wasm tier runs inline but the JS tier leaves to their handlers (XER[CA]
 * users and setters, word and high multiplies, rotates with insert or by RB), by row mnemonic
 * (addic. by its own name). The random XER has CA set or clear.
 */
const WASM_INLINED: Record<string, Gen> = {
  mulli: () => D(7, dst(), anyReg(), imm16()),
  addic: () => D(12, dst(), anyReg(), imm16()),
  'addic.': () => D(13, dst(), anyReg(), imm16()),
  subfic: () => D(8, dst(), anyReg(), imm16()),
  addc: () => XO(dst(), anyReg(), anyReg(), 0, 10, rc()),
  subfc: () => XO(dst(), anyReg(), anyReg(), 0, 8, rc()),
  adde: () => XO(dst(), anyReg(), anyReg(), 0, 138, rc()),
  subfe: () => XO(dst(), anyReg(), anyReg(), 0, 136, rc()),
  addze: () => XO(dst(), anyReg(), 0, 0, 202, rc()),
  subfze: () => XO(dst(), anyReg(), 0, 0, 200, rc()),
  addme: () => XO(dst(), anyReg(), 0, 0, 234, rc()),
  subfme: () => XO(dst(), anyReg(), 0, 0, 232, rc()),
  srawi: () => X(anyReg(), dst(), below(32), 824, rc()),
  sraw: () => X(anyReg(), dst(), anyReg(), 792, rc()),
  sradi: () => XS(anyReg(), dst(), below(64), 413, rc()),
  srad: () => X(anyReg(), dst(), anyReg(), 794, rc()),
  mullw: () => XO(dst(), anyReg(), anyReg(), 0, 235, rc()),
  mulhw: () => XO(dst(), anyReg(), anyReg(), 0, 75, rc()),
  mulhwu: () => XO(dst(), anyReg(), anyReg(), 0, 11, rc()),
  mulhd: () => XO(dst(), anyReg(), anyReg(), 0, 73, rc()),
  mulhdu: () => XO(dst(), anyReg(), anyReg(), 0, 9, rc()),
  rlwimi: () => M(anyReg(), dst(), below(32), below(32), below(32), rc()) & ~(1 << 26), // opcd 20
  rlwnm: () => (M(anyReg(), dst(), anyReg(), below(32), below(32), rc()) | (2 << 26)) >>> 0, // opcd 23
  rldimi: () => MD(anyReg(), dst(), below(64), below(64), 3, rc()),
  rldcl: () => MDS(anyReg(), dst(), anyReg(), below(64), 8, rc()),
  rldcr: () => MDS(anyReg(), dst(), anyReg(), below(64), 9, rc()),
  lhau: () => D(43, dst(), pick(BASES), below(64) - 32), // (valid forms; the base stays in its region)
  // the CR logical ops, mcrf, the CR moves (FXM: any mask for mtcrf, one field for the
  // o-forms, or sometimes another mask, which they ignore) and maddld
  ...Object.fromEntries(([['crand', 257], ['cror', 449], ['crxor', 193], ['crnand', 225], ['crnor', 33], ['creqv', 289],
    ['crandc', 129], ['crorc', 417]] as const).map(([n, xo]) => [n, () => XL(below(32), below(32), below(32), xo)])),
  mcrf: () => XL(below(8) << 2, below(8) << 2, 0, 0),
  mtcrf: () => XFXcr(anyReg(), 0, below(256), 144),
  mtocrf: () => XFXcr(anyReg(), 1, below(4) === 0 ? below(256) : 0x80 >> below(8), 144),
  mfcr: () => XFXcr(dst(), 0, 0, 19),
  mfocrf: () => XFXcr(dst(), 1, below(4) === 0 ? below(256) : 0x80 >> below(8), 19),
  maddld: () => ((4 << 26) | (dst() << 21) | (anyReg() << 16) | (anyReg() << 11) | (anyReg() << 6) | 51) >>> 0,
  // the bit counts (RS, RA) and the cache hints (no effect, no fault, at any address)
  cntlzw: () => X(anyReg(), dst(), 0, 26, rc()), cntlzd: () => X(anyReg(), dst(), 0, 58, rc()),
  cnttzw: () => X(anyReg(), dst(), 0, 538, rc()), cnttzd: () => X(anyReg(), dst(), 0, 570, rc()),
  popcntw: () => X(anyReg(), dst(), 0, 378), popcntd: () => X(anyReg(), dst(), 0, 506),
  dcbt: () => X(0, anyReg(), anyReg(), 278), dcbtst: () => X(0, anyReg(), anyReg(), 246),
  // the X-form updates (RT may be RB; the invalid forms are among OTHERS) and the byte-reversed accesses
  lbzux: ldXIn(119), lhzux: ldXIn(311), lhaux: ldXIn(375), lwzux: ldXIn(55), lwaux: ldXIn(373), ldux: ldXIn(53),
  stbux: stXIn(247), sthux: stXIn(439), stwux: stXIn(183), stdux: stXIn(181),
  lhbrx: ldXIn(790), lwbrx: ldXIn(534), ldbrx: ldXIn(532), sthbrx: stXIn(918), stwbrx: stXIn(662), stdbrx: stXIn(660),
  cmpb: () => X(anyReg(), dst(), anyReg(), 508),
  // the modulos (any registers; the zero and overflow cases in their own test)
  moduw: () => X(dst(), anyReg(), anyReg(), 267), modsw: () => X(dst(), anyReg(), anyReg(), 779),
  modud: () => X(dst(), anyReg(), anyReg(), 265), modsd: () => X(dst(), anyReg(), anyReg(), 777),
  // isel (BC: any CR bit; RA = 0 reads 0) and extswsli
  isel: () => ((31 << 26) | (dst() << 21) | ((below(4) === 0 ? 0 : anyReg()) << 16) | (anyReg() << 11) | (below(32) << 6) | (15 << 1)) >>> 0,
  extswsli: () => XS(anyReg(), dst(), below(64), 445, rc()),
};
/** XL form (CR logical ops; mcrf: BF, BFA in the top 3 bits of their fields). */
function XL(bt: number, ba: number, bb: number, xo: number): number { return ((19 << 26) | (bt << 21) | (ba << 16) | (bb << 11) | (xo << 1)) >>> 0; }
/** XFX form (mtcrf/mtocrf: RS; mfcr/mfocrf: RT), bit 11 selecting the one-field forms. */
function XFXcr(r: number, b11: number, fxm: number, xo: number): number { return ((31 << 26) | (r << 21) | (b11 << 20) | (fxm << 12) | (xo << 1)) >>> 0; }
const ONLY64 = new Set(['extsw', 'rldicl', 'rldicr', 'rldic', 'lwa', 'lwax', 'ld', 'ldu', 'ldx', 'std', 'stdu', 'stdx', 'sld', 'srd', 'mulld',
  'sradi', 'srad', 'mulhd', 'mulhdu', 'rldimi', 'rldcl', 'rldcr', 'maddld', 'cntlzd', 'cnttzd', 'popcntd', 'extswsli',
  'lwaux', 'ldux', 'stdux', 'ldbrx', 'stdbrx', 'modud', 'modsd']);

/** Instructions both tiers leave to their handlers, mixed in (OE forms, divides, parity). */
const OTHERS: Gen[] = [
  () => XO(dst(), anyReg(), anyReg(), 1, 266, rc()), // addo[.]
  () => XO(dst(), anyReg(), anyReg(), 1, 40, rc()), // subfo[.]
  () => XO(dst(), anyReg(), anyReg(), 1, 8, rc()), // subfco[.]
  () => XO(dst(), anyReg(), anyReg(), 1, 138, rc()), // addeo[.]
  () => XO(dst(), anyReg(), anyReg(), 1, 235, rc()), // mullwo[.]
  () => XO(dst(), anyReg(), anyReg(), 0, 459, rc()), // divwu
  () => X(anyReg(), dst(), 0, 154), // prtyw
  () => { const ra = pick(BASES); return X(ra, ra, IDX, 55); }, // lwzux with RA = RT: invalid (the handler raises it)
  () => X(IDX, pick(BASES), IDX, pick([119, 55, 53])), // lbzux/lwzux/ldux with RT = RB: RA gets the EA from the old RB
  () => X(anyReg(), 0, IDX, 183), // stwux with RA = 0: invalid
  ldD(43, true), // lhau with any base (faults) and invalid forms (wasm: the handler raises them)
];

/** The compiled tier the tests below force (set per describe). */
let hotTier: 'jit' | 'wasm' = 'jit';

// ---- machines ----------------------------------------------------------------------------------

interface Mode { sf: boolean; le: boolean; model: string }

function machine(mode: Mode, reference: boolean): Machine {
  const m = new Machine(modelByName(mode.model));
  m.mem.map(CODE, 0x1000, 7);
  m.mem.map(DATA, DATA_LEN, 3);
  m.mem.map(LOW, LOW_LEN, 3);
  m.mem.map(HIGH, HIGH_LEN, 3);
  m.setMsr(mode.sf ? 0x80000000 : 0, mode.le ? 1 : 0);
  if (reference) m.tracer = () => {}; // one instruction at a time through the handlers
  return m;
}

function loadCode(m: Machine, words: number[]): void {
  const b = new Uint8Array(words.length * 4);
  const dv = new DataView(b.buffer);
  words.forEach((w, k) => dv.setUint32(4 * k, w, m.mem.le));
  m.mem.writeBytes(CODE, b, true);
}

/** The block at CODE of machine m, built and translated now (as if it had run HOT_BLOCK times). */
function forceHot(m: Machine): Block {
  const b = (m as unknown as { blockAt(pc: number): Block }).blockAt(CODE);
  // As after HOT_BLOCK runs: every feature of the block's instructions has been used.
  for (const i of b.insns) if (i.row && m.has[FEATURE_BIT[i.row.feature]]) m.used[FEATURE_BIT[i.row.feature]] = 1;
  if (b.fn === undefined) { b.hits = HOT_BLOCK; b.fn = hotTier === 'wasm' ? compileWasmBlock(b, m, m.sf) : compileBlock(b, m.sf, m.used); }
  return b;
}

interface State { gh: Uint32Array; gl: Uint32Array; cr: number; xer: number; ctr: [number, number]; data: Uint8Array[] }

function randomState(mode: Mode, withData = true): State {
  const gh = new Uint32Array(32), gl = new Uint32Array(32);
  for (let r = 0; r < 32; r++) { gh[r] = half(); gl[r] = half(); }
  // Bases: in 32-bit mode the high word is junk (ignored by EAs); in 64-bit mode r22 is above 4 GiB.
  const base = (r: number, lo: number, hi: number) => { gl[r] = lo; gh[r] = mode.sf ? hi : half(); };
  base(20, DATA + 0x1000 + below(16), 0);
  base(21, DATA + 0x800 + below(0x800), 0);
  if (mode.sf) base(22, (HIGH % 4294967296) + 0x1000 + below(16), Math.floor(HIGH / 4294967296));
  else base(22, DATA + 0x1800 - below(16), 0);
  // Index: a small signed offset (negative ones carry across bit 32 in 64-bit mode).
  const idx = below(0x800) - 0x400;
  gl[IDX] = idx >>> 0; gh[IDX] = mode.sf ? (idx < 0 ? 0xffffffff : 0) : half();
  gl[SMALL] = below(0x8000); gh[SMALL] = pick([0, 0, 1, 0xffffffff]);
  const xer = (rnd() & 0xe00c0000) | below(128);
  const data = (withData ? [DATA_LEN, 0x1000, HIGH_LEN] : []).map((n) => { const b = new Uint8Array(n); for (let k = 0; k < n; k++) b[k] = rnd() & 0xff; return b; });
  const ctr: [number, number] = [pick([0, 0, 1, 0xffffffff, rnd()]), pick([0, 1, 2, 0xffffffff, rnd()])];
  return { gh, gl, cr: rnd(), xer, ctr, data };
}

function setRegs(m: Machine, s: State): void {
  m.gh.set(s.gh); m.gl.set(s.gl);
  m.s32[Spr32.CR] = s.cr; m.s32[Spr32.XER] = s.xer;
  [m.s64[2 * Spr64.CTR], m.s64[2 * Spr64.CTR + 1]] = s.ctr;
}

function setState(m: Machine, s: State): void {
  setRegs(m, s);
  m.mem.writeBytes(DATA, s.data[0]);
  m.mem.writeBytes(LOW, s.data[1]);
  m.mem.writeBytes(HIGH, s.data[2]);
}

/** Runs n instructions from CODE; returns the fault (as text) or 'ok'. */
function run(m: Machine, n: number): string {
  m.pc = CODE;
  m.icount = 0;
  return outcome(m, n);
}

/** Everything architected the block can change. */
function snapshot(m: Machine, outcome: string, memory = true) {
  const regs = {
    outcome, pc: m.pc, icount: m.icount,
    gh: Array.from(m.gh), gl: Array.from(m.gl), cr: m.s32[Spr32.CR] >>> 0, xer: m.s32[Spr32.XER] >>> 0,
    s64: Array.from(m.s64), // LR, CTR, ...
  };
  if (!memory) return regs;
  return {
    ...regs,
    data: Buffer.from(m.mem.readBytes(DATA, DATA_LEN)).toString('hex'),
    low: Buffer.from(m.mem.readBytes(LOW, 0x1000)).toString('hex'),
    high: Buffer.from(m.mem.readBytes(HIGH, HIGH_LEN)).toString('hex'),
  };
}

/**
 * Runs the block `body` + a branch back to its start on a translated and a reference machine
 * from `trials` random states; returns how many trials completed without a fault.
 */
function compare(mode: Mode, body: number[], trials: number, end = B(-4 * body.length)): number {
  const words = [...body, end];
  const t = machine(mode, false), r = machine(mode, true);
  loadCode(t, words); loadCode(r, words);
  let clean = 0;
  for (let k = 0; k < trials; k++) {
    const s = randomState(mode);
    setState(t, s); setState(r, s);
    forceHot(t);
    const ot = run(t, words.length), or = run(r, words.length);
    const a = snapshot(t, ot), b = snapshot(r, or);
    if (JSON.stringify(a) !== JSON.stringify(b)) {
      const diff = Object.keys(a).filter((key) => JSON.stringify(a[key as keyof typeof a]) !== JSON.stringify(b[key as keyof typeof b]));
      expect.fail(`mode ${JSON.stringify(mode)} words ${words.map((w) => w.toString(16)).join(' ')} trial ${k}: ` +
        `differs in ${diff.join(', ')}\ntranslated ${JSON.stringify(a).slice(0, 400)}\nreference  ${JSON.stringify(b).slice(0, 400)}`);
    }
    if (ot === 'limit') clean++;
  }
  return clean;
}

const MODES: Mode[] = [
  { sf: true, le: false, model: 'POWER9' },
  { sf: true, le: true, model: 'POWER9' },
  { sf: false, le: false, model: 'POWER9' },
  { sf: false, le: true, model: 'POWER9' },
];

describe('inline code generation', () => {
  it('inlines every listed instruction (and leaves OE forms and invalid forms to the handler)', () => {
    const m = machine(MODES[0], false);
    for (const [name, gen] of Object.entries(INLINED)) {
      for (let k = 0; k < 20; k++) {
        const w = gen();
        const i = m.decodeWord(w, CODE);
        expect(i.row?.mnem, `${name} ${w.toString(16)}`).toBe(name);
        const inl = inlineInsn(i, true);
        const invalidUpdate = /u$/.test(name) && (i.ra === 0 || (name.startsWith('l') && i.ra === i.rt));
        expect(inl === undefined, `${name} ${w.toString(16)}`).toBe(invalidUpdate);
      }
    }
    expect(inlineInsn(m.decodeWord(XO(3, 4, 5, 1, 266, 0), CODE), true)).toBeUndefined(); // addo
    expect(inlineInsn(m.decodeWord(D(12, 3, 4, 5), CODE), true)).toBeUndefined(); // addic
  });
});

for (const tier of ['jit', 'wasm'] as const) describe(`${tier}: compiled blocks match the interpreter`, () => {
  beforeAll(() => { hotTier = tier; });
  for (const mode of MODES) {
    const tag = `${mode.sf ? 64 : 32}-bit ${mode.le ? 'LE' : 'BE'}`;
    it(`each inlined instruction, random operands (${tag})`, () => {
      for (const [name, gen] of [...Object.entries(INLINED), ...Object.entries(WASM_INLINED)]) {
        if (!mode.sf && ONLY64.has(name) && below(2) === 0) continue; // still run half of them in 32-bit mode
        const body = Array.from({ length: 6 }, gen);
        compare(mode, body, 12);
      }
    });
    it(`mixed blocks with handler-called instructions (${tag})`, () => {
      const gens = [...Object.values(INLINED), ...Object.values(WASM_INLINED), ...OTHERS];
      let clean = 0;
      for (let k = 0; k < 60; k++) {
        const body = Array.from({ length: 1 + below(12) }, () => pick(gens)());
        clean += compare(mode, body, 6);
      }
      expect(clean).toBeGreaterThan(20); // enough runs got past every access
    });
  }

  it('edge operands: carries across bits 31/32 and 63, sign boundaries, immediates', () => {
    const HI = [0, 1, 0x7fffffff, 0x80000000, 0xffffffff];
    const LO = [0, 1, 0x7fff, 0x8000, 0x7fffffff, 0x80000000, 0xffff8000, 0xfffffffe, 0xffffffff];
    const vals: [number, number][] = HI.flatMap((h) => LO.map((l): [number, number] => [h, l]));
    const imms = [0, 1, -1, 2, -2, 0x7fff, -0x8000];
    // Register-operand forms: every pair (r4, r5); immediate forms: every r4 with every immediate.
    const rr = [XO(3, 4, 5, 0, 266, 1), XO(3, 4, 5, 0, 40, 1), XO(3, 4, 0, 0, 104, 1), X(4, 3, 5, 28, 1),
      X(4, 3, 5, 444, 1), X(4, 3, 5, 316, 1), X(0 << 2 | 1, 4, 5, 0), X(1 << 2 | 1, 4, 5, 32),
      X(2 << 2, 4, 5, 0), X(3 << 2, 4, 5, 32)];
    const ri = (imm: number) => [D(14, 3, 4, imm), D(15, 6, 4, imm), D(11, 0 << 2 | 1, 4, imm), D(11, 1 << 2, 4, imm),
      D(10, 2 << 2 | 1, 4, imm), D(10, 3 << 2, 4, imm), D(28, 4, 7, imm), D(29, 4, 8, imm), D(24, 4, 9, imm),
      X(4, 10, 0, 986, 1), X(4, 11, 0, 954, 1), M(4, 12, imm & 31, (imm >> 5) & 31, (imm >> 10) & 31, 1),
      MD(4, 13, imm & 63, (imm >> 6) & 63, 0, 1), MD(4, 14, imm & 63, (imm >> 6) & 63, 1, 1)];
    for (const mode of MODES.filter((md) => !md.le)) {
      const regs = (r4: [number, number], r5: [number, number]) => {
        const s = randomState(mode, false);
        [s.gh[4], s.gl[4]] = r4; [s.gh[5], s.gl[5]] = r5;
        return s;
      };
      const t = machine(mode, false), r = machine(mode, true);
      const check = (words: number[], s: State) => {
        setRegs(t, s); setRegs(r, s);
        forceHot(t);
        expect(snapshot(t, run(t, words.length), false)).toEqual(snapshot(r, run(r, words.length), false));
      };
      let words = [...rr, B(-4 * rr.length)];
      loadCode(t, words); loadCode(r, words);
      for (const a of vals) for (const b of vals) check(words, regs(a, b));
      for (const imm of imms) {
        const body = ri(imm);
        words = [...body, B(-4 * body.length)];
        loadCode(t, words); loadCode(r, words);
        for (const a of vals) check(words, regs(a, a));
      }
      // Loads and stores whose EA sums carry across bit 32 or wrap (RA low word near 2^32 or 0).
      const mem = [D(32, 3, 4, -4), D(32, 3, 4, 4), D(36, 5, 4, 0x7ffc), D(34, 3, 0, -0x8000), D(38, 5, 0, 0x10),
        X(6, 4, 5, 23), X(7, 0, 5, 151)];
      if (mode.sf) mem.push(DS(58, 3, 4, -8, 0), DS(62, 5, 4, 8, 0));
      for (const w of mem) { // one per block: each faults at a different EA
        words = [w, B(-4)];
        loadCode(t, words); loadCode(r, words);
        for (const a of vals) for (const b of vals) check(words, regs(a, b));
      }
    }
  });

  it('carries, algebraic shifts and high multiplies at the 32/64-bit boundaries, XER[CA] set and clear', () => {
    const HI = [0, 0x7fffffff, 0x80000000, 0xffffffff];
    const LO = [0, 1, 0x7fffffff, 0x80000000, 0xffffffff];
    const vals: [number, number][] = HI.flatMap((h) => LO.map((l): [number, number] => [h, l]));
    // One instruction per block (each sees the CA it is given); RA = r4, RB = r5 (a shift count for the shifts).
    const rr = [10, 8, 138, 136].flatMap((xo) => [XO(3, 4, 5, 0, xo, 1), XO(3, 4, 5, 0, xo, 0)])
      .concat([75, 11, 73, 9, 235].map((xo) => XO(3, 4, 5, 0, xo, 1)));
    const unary = [202, 200, 234, 232].map((xo) => XO(3, 4, 0, 0, xo, 1));
    const counts = [0, 1, 31, 32, 33, 63, 64, 65, 127, 128];
    const shifts = [X(4, 3, 5, 792, 1), X(4, 3, 5, 794, 1)];
    const imms = [0, 1, -1, 2, 0x7fff, -0x8000];
    const ri = (imm: number) => [D(12, 3, 4, imm), D(13, 3, 4, imm), D(8, 3, 4, imm), D(7, 3, 4, imm),
      X(4, 3, imm & 31, 824, 1), XS(4, 3, imm & 63, 413, 1), XS(4, 3, 32 + (imm & 31), 413, 1)];
    for (const mode of MODES.filter((md) => !md.le)) {
      const t = machine(mode, false), r = machine(mode, true);
      const check = (w: number, r4: [number, number], r5: [number, number]) => {
        const words = [w, B(-4)];
        loadCode(t, words); loadCode(r, words);
        for (const ca of [0, 0x20000000]) {
          const s = randomState(mode, false);
          [s.gh[4], s.gl[4]] = r4; [s.gh[5], s.gl[5]] = r5;
          s.xer = (s.xer & ~0x20000000) | ca;
          setRegs(t, s); setRegs(r, s);
          forceHot(t);
          expect(snapshot(t, run(t, 2), false), `${w.toString(16)} ${r4} ${r5} ${ca}`).toEqual(snapshot(r, run(r, 2), false));
        }
      };
      for (const w of rr) for (const a of vals) for (const b of vals) check(w, a, b);
      for (const w of unary) for (const a of vals) check(w, a, a);
      for (const w of shifts) for (const a of vals) for (const n of counts) check(w, a, [0, n]);
      for (const imm of imms) for (const w of ri(imm)) for (const a of vals) check(w, a, a);
    }
  });

  it('blocks ending in b / bc (CR bit, CTR, both, with link) back to their start', () => {
    const BC = (bo: number, bi: number, off: number, aa = 0, lk = 0) => ((16 << 26) | (bo << 21) | (bi << 16) | (off & 0xfffc) | (aa << 1) | lk) >>> 0;
    const BOS = [0x04, 0x0c, 0x05, 0x0d, 0x10, 0x12, 0x18, 0x1a, 0x00, 0x02, 0x08, 0x0a, 0x14, 0x11, 0x13];
    const gens = Object.values(INLINED);
    for (const mode of MODES) {
      for (let k = 0; k < 40; k++) {
        const body = Array.from({ length: 1 + below(6) }, () => pick(gens)());
        const back = -4 * body.length;
        const end = k % 10 === 9 ? ((18 << 26) | (back & 0x03fffffc) | below(2)) >>> 0 // b / bl
          : k % 10 === 8 ? BC(pick(BOS), below(32), back, 0, 1) // bcl
            : BC(pick(BOS), below(32), back);
        compare(mode, body, 8, end);
      }
      // Absolute targets (0 / negative: fetch fault after the block) and a forward skip.
      compare(mode, [D(14, 3, 3, 1)], 8, BC(0x10, 0, 0, 1));
      compare(mode, [D(14, 3, 3, 1)], 8, BC(0x0c, 2, -8, 1));
      compare(mode, [D(14, 3, 3, 1)], 8, ((18 << 26) | (0x3fffff0 & 0x03fffffc) | 2) >>> 0);
    }
  });

  it('blocks ending in bclr / bcctr (always, on a CR bit, with and without link)', () => {
    const XL = (bo: number, bi: number, xo: number, lk: number) => ((19 << 26) | (bo << 21) | (bi << 16) | (xo << 1) | lk) >>> 0;
    const gens = Object.values(INLINED);
    for (const mode of MODES) {
      for (let k = 0; k < 40; k++) {
        // LR/CTR set inside the block: back to the start (a loop), or to a random value.
        const body = Array.from({ length: below(5) }, () => pick(gens)());
        const spr = pick([8, 9]);
        const xo = spr === 8 ? 16 : 528;
        const to = below(2) === 0 ? SMALL : anyReg();
        const end = XL(pick([0x14, 0x04, 0x0c, 0x05, 0x0d, 0x15]), below(32), xo, below(2));
        compare(mode, [...body, XFX(to, spr, 467)], 6, end);
      }
    }
  });

  it('memory accesses that do not fault complete in every mode', () => {
    // Loads/stores off the base registers only: these trials must all run to the end.
    for (const mode of MODES) {
      const body = [D(32, 3, 20, 8), D(36, 4, 21, -8), D(34, 5, 22, 1), D(38, 6, 20, -1), X(7, 20, IDX, 23), X(8, 21, IDX, 151)];
      if (mode.sf) body.push(DS(58, 9, 22, -16, 0), DS(62, 10, 20, 24, 0), DS(62, 11, 22, -8, 1));
      body.push(D(37, 12, 21, -16), D(33, 13, 20, 4));
      expect(compare(mode, body, 20)).toBe(20);
    }
  });

  it('64-bit compares fall back to word compares on a 32-bit model', () => {
    const mode: Mode = { sf: false, le: false, model: '7450' };
    const body = [X(1 << 2 | 1, 3, 4, 0), X(2 << 2 | 1, 5, 6, 32), D(11, 3 << 2 | 1, 7, -5), D(10, 4 << 2 | 1, 8, 0x8000),
      D(14, 3, 3, -1), M(4, 5, 3, 0, 31, 1), X(1 << 2, 3, 4, 0)];
    compare(mode, body, 40);
  });

  it('a block that becomes hot by running gives the same result as the interpreter', () => {
    // A counted loop: r3 += r4 (carries across bit 32), CR0 from cmpwi, stores through r20.
    const mode = MODES[0];
    const body = [D(14, 5, 5, 1), XO(3, 3, 4, 0, 266, 1), D(36, 3, 20, 0), D(32, 6, 20, 0), D(11, 1 << 2, 5, 1000)];
    const words = [...body, B(-4 * body.length)];
    const t = machine(mode, false), r = machine(mode, true);
    loadCode(t, words); loadCode(r, words);
    const s = randomState(mode);
    s.gl[4] = 0xfffffff0; s.gl[5] = 0; s.gh[5] = 0;
    setState(t, s); setState(r, s);
    const n = words.length * (HOT_BLOCK * 3 + 1);
    const ot = run(t, n), or = run(r, n);
    expect(forceHot(t).hits).toBe(HOT_BLOCK);
    expect(snapshot(t, ot)).toEqual(snapshot(r, or));
  });

  /** An `auto` machine and an `interp` one (mode 0) running `words` from the same random registers, GPRs `zero` cleared. */
  function autoAndInterp(words: number[], zero: number[]): [Machine, Machine] {
    const t = machine(MODES[0], false), r = machine(MODES[0], false);
    t.tier = 'auto'; r.tier = 'interp';
    loadCode(t, words); loadCode(r, words);
    const s = randomState(MODES[0], false);
    for (const g of zero) s.gl[g] = 0;
    setRegs(t, s); setRegs(r, s);
    return [t, r];
  }

  it('auto: a block whose runs are dense is translated after HOT_BLOCK runs, a sparse one only after HOT_COLD', () => {
    // Outer loop: A = (dadd f0,f0,f0; addi r3; li r6,40; then the inner loop's first
    // iteration), B = the inner loop (addi r6,-1; add r7,r7,r6; cmpwi r6,0; bne B), C = b A. A
    // runs once per ~165 instructions (HOT_BLOCK runs span more than HOT_SPAN), B 39 times as
    // often. (The DFP instruction keeps A out of B's wasm region, which would otherwise take it
    // once it ran HOT_BLOCK times: A must keep running from the loop.)
    const words = [(59 << 26 | 2 << 1) >>> 0, D(14, 3, 3, 1), D(14, 6, 0, 40), D(14, 6, 6, -1), XO(7, 7, 6, 0, 266, 0), D(11, 0, 6, 0),
      (16 << 26 | 4 << 21 | 2 << 16 | (-12 & 0xfffc)) >>> 0, B(-28)];
    const perOuter = 3 + 40 * 4 + 1;
    expect(HOT_BLOCK * perOuter).toBeGreaterThan(HOT_SPAN);
    const [t, r] = autoAndInterp(words, [3, 7]);
    const blockA = () => t.blockFor(CODE, false)!, blockB = () => t.blockFor(CODE + 12, false)!;
    const first = (HOT_BLOCK + 100) * perOuter; // (each run() starts again at CODE, from icount 0)
    expect(snapshot(t, run(t, first), false)).toEqual(snapshot(r, run(r, first), false));
    expect(blockB().fn).toBeDefined(); // dense: translated
    expect(blockA().hits).toBeGreaterThan(HOT_BLOCK);
    expect(blockA().fn).toBeUndefined(); // sparse: still interpreted
    const n = (HOT_COLD + 100) * perOuter + 8; // ends inside block B
    const ot = run(t, n);
    expect(blockA().fn).toBeDefined();
    expect(snapshot(t, ot, false)).toEqual(snapshot(r, run(r, n), false));
    expect(t.gl[3]).toBe(HOT_BLOCK + 100 + HOT_COLD + 101);
  });

  it('auto: a region that cannot loop and is shorter than the probe requires is not compiled', () => {
    // A = (addi r3,1; addi r9,1; b B), B = (dadd; b A): both dense; A is worth a region, but B
    // (DFP) cannot be a member, so A's region would be left after 3 instructions every time.
    const words = [D(14, 3, 3, 1), D(14, 9, 9, 1), B(4), (59 << 26 | 2 << 1) >>> 0, B(-16)];
    const [t, r] = autoAndInterp(words, [3, 9]);
    const regions = wasmStats.blocks;
    const n = (HOT_WASM + 100) * 5;
    expect(snapshot(t, run(t, n), false)).toEqual(snapshot(r, run(r, n), false));
    expect(t.blockFor(CODE, false)!.fn!.name).toBe(`block_${CODE.toString(16)}`); // JS instead
    expect(wasmStats.blocks).toBe(regions);
  });

  it('auto: a block that gains from wasm stays interpreted until HOT_WASM runs, then becomes a region (no JS step); one that does not is translated to JS', () => {
    // A = (li r6,40; li r5,40; B1's first iteration), B1 = (addi r6,-1; add r7,r7,r6; cmpwi r6,0;
    // bne B1), B2 = (divw r8,r7,r7; divwu r9,r7,r8; addi r5,-1; cmpwi r5,0; bne B2: two of its
    // four instructions before the branch call handlers), C = (addi r3,1; b A). B1 and B2 run
    // densely: B1 39 times per outer iteration, B2 40.
    const bne = (d: number) => (16 << 26 | 4 << 21 | 2 << 16 | (d & 0xfffc)) >>> 0;
    const words = [D(14, 6, 0, 40), D(14, 5, 0, 40), D(14, 6, 6, -1), XO(7, 7, 6, 0, 266, 0), D(11, 0, 6, 0), bne(-12),
      XO(8, 7, 7, 0, 491, 0), XO(9, 7, 8, 0, 459, 0), D(14, 5, 5, -1), D(11, 0, 5, 0), bne(-16), D(14, 3, 3, 1), B(-48)];
    const perOuter = 2 + 40 * 4 + 40 * 5 + 2;
    expect(HOT_BLOCK / 39).toBeLessThan(100);
    expect(HOT_WASM / 39).toBeGreaterThan(100);
    expect(HOT_WASM / 39).toBeLessThan(250);
    const [t, r] = autoAndInterp(words, [3, 7]);
    const regions = wasmStats.blocks;
    const b1 = () => t.blockFor(CODE + 8, false)!, b2 = () => t.blockFor(CODE + 24, false)!;
    let n = 100 * perOuter + 3; // (each run() starts again at CODE, from icount 0)
    expect(snapshot(t, run(t, n), false)).toEqual(snapshot(r, run(r, n), false));
    expect(b1().hits).toBeGreaterThan(HOT_BLOCK);
    expect(b1().fn).toBeUndefined(); // waits for HOT_WASM, interpreted
    expect(b2().fn).toBeDefined(); // JS
    expect(wasmStats.blocks).toBe(regions);
    n = 150 * perOuter + 3;
    expect(snapshot(t, run(t, n), false)).toEqual(snapshot(r, run(r, n), false));
    expect(b1().fn).toBeDefined();
    expect(wasmStats.blocks - regions).toBe(1); // B1's region; B2 runs as JS
  });

  it('auto: a dense block with a floating-point row becomes a region at its first decision point (HOT_WASM_FP), not at HOT_WASM', () => {
    // A = (li r6,40; B1's first iteration), B1 = (fadd f1,f1,f2; addi r6,-1; cmpwi r6,0; bne B1),
    // C = (addi r3,1; b A): B1 runs 39 times per outer iteration, densely.
    const bne = (d: number) => (16 << 26 | 4 << 21 | 2 << 16 | (d & 0xfffc)) >>> 0;
    const fadd = ((63 << 26) | (1 << 21) | (1 << 16) | (2 << 11) | (21 << 1)) >>> 0;
    const words = [D(14, 6, 0, 40), fadd, D(14, 6, 6, -1), D(11, 0, 6, 0), bne(-12), D(14, 3, 3, 1), B(-24)];
    const perOuter = 1 + 40 * 4 + 2;
    expect(HOT_WASM_FP).toBeLessThan(HOT_WASM);
    const [t, r] = autoAndInterp(words, [3]);
    const regions = wasmStats.blocks;
    const b1 = () => t.blockFor(CODE + 4, false)!;
    const n = Math.ceil((HOT_WASM_FP + 200) / 39) * perOuter + 1; // B1 past HOT_WASM_FP runs, far from HOT_WASM
    expect(snapshot(t, run(t, n), false)).toEqual(snapshot(r, run(r, n), false));
    expect(b1().hits).toBeLessThan(HOT_WASM / 2);
    expect(b1().fn).toBeDefined();
    expect(wasmStats.blocks - regions).toBe(1);
  });

  it('auto: a wasm region takes as members blocks that ran HOT_MEMBER times though still interpreted (sparse)', () => {
    // A = (li r6,8; 90 x addi r9,1; the inner loop's first iteration: blocks A1 and A2), B = the
    // inner loop (8 iterations), C = (addi r3,1; b A). A1, A2 and C run once per 125
    // instructions: sparse, so interpreted until HOT_COLD. B is dense: a region at HOT_WASM runs
    // (~1150 outer iterations), when A1, A2 and C, still interpreted, have run more than
    // HOT_MEMBER times: they join B's region, and the whole loop runs inside it.
    const words = [D(14, 6, 0, 8), ...Array<number>(90).fill(D(14, 9, 9, 1)), D(14, 6, 6, -1), XO(7, 7, 6, 0, 266, 0), D(11, 0, 6, 0),
      (16 << 26 | 4 << 21 | 2 << 16 | (-12 & 0xfffc)) >>> 0, D(14, 3, 3, 1), B(-4 * 96)];
    const perOuter = 1 + 90 + 8 * 4 + 2;
    expect(HOT_BLOCK * perOuter).toBeGreaterThan(HOT_SPAN);
    const [t, r] = autoAndInterp(words, [3, 7, 9]);
    const members = wasmStats.members, regions = wasmStats.blocks;
    const n = 3000 * perOuter + 5;
    expect(snapshot(t, run(t, n), false)).toEqual(snapshot(r, run(r, n), false));
    const a1 = t.blockFor(CODE, false)!, b = t.blockFor(CODE + 4 * 91, false)!, c = t.blockFor(CODE + 4 * 95, false)!;
    expect(a1.fn).toBeUndefined(); // members only: interpreted when run outside the region
    expect(c.fn).toBeUndefined();
    expect(a1.hits).toBeGreaterThan(HOT_MEMBER);
    expect(a1.hits).toBeLessThan(HOT_COLD);
    expect(b.fn).toBeDefined();
    expect(wasmStats.blocks - regions).toBe(1); // B's, with C, A1 and A2
    expect(wasmStats.members - members).toBe(4);
  });

  it('auto: a block of a live region, not its head, enters that region at itself instead of heading a new one', () => {
    // Lp = (addi r3,1; addi r6,-1; cmpwi r6,0; beq out), Lq = (addi r7,1; b Lp): one loop, two
    // blocks; out = (addi r9,1; b out). A region headed at Lp takes Lq; asked for Lq (control
    // came in there), compileWasmBlock gives Lq's entry into it, and runs from Lq match the
    // interpreter's. Once the head's region is replaced (here: dropped to JS), Lq's entry asks
    // again and heads its own.
    const beq = (d: number) => (16 << 26 | 12 << 21 | 2 << 16 | (d & 0xfffc)) >>> 0;
    const words = [D(14, 3, 3, 1), D(14, 6, 6, -1), D(11, 0, 6, 0), beq(12), D(14, 7, 7, 1), B(-20), D(14, 9, 9, 1), B(0)];
    const [t, r] = autoAndInterp(words, [3, 7, 9]);
    t.gl[6] = r.gl[6] = 300;
    const lp = t.blockFor(CODE, true)!, lq = t.blockFor(CODE + 16, true)!;
    lp.hits = lq.hits = HOT_BLOCK;
    const js = (b: Block): BlockFn => (m, left) => (b.fn = compileBlock(b, m.sf, m.used))(m, left);
    lp.fn = compileWasmBlock(lp, t, t.sf, js(lp));
    const regions = wasmStats.blocks, entries = wasmStats.memberEntries;
    lq.fn = compileWasmBlock(lq, t, t.sf, js(lq));
    expect(wasmStats.blocks).toBe(regions); // no region of its own
    const from = (m: Machine, n: number) => { m.pc = CODE + 16; m.icount = 0; return snapshot(m, outcome(m, n), false); };
    expect(from(t, 1000)).toEqual(from(r, 1000));
    expect(wasmStats.memberEntries - entries).toBe(1); // the whole loop ran in the region, entered once at Lq
    lp.fn = js(lp); // the head's region is gone
    expect(from(t, 1500)).toEqual(from(r, 1500));
    expect(wasmStats.blocks - regions).toBe(1); // Lq's own region
    expect(wasmStats.memberEntries - entries).toBe(1);
  });

  /**
   * K blocks of (addi r3,1; b next), the last branching back to the first, each as if run
   * HOT_BLOCK times, and a region headed at the first: it takes 32 of them (MAX_MEMBERS), the
   * last left out. `js`: a block's JS translation (the fallback a region is given).
   */
  const K = 33;
  function fullLoop() {
    const words = Array.from({ length: K }, (_, k) => [D(14, 3, 3, 1), B(k === K - 1 ? -(8 * (K - 1) + 4) : 4)]).flat();
    const [t, r] = autoAndInterp(words, [3]);
    const blocks = Array.from({ length: K }, (_, k) => t.blockFor(CODE + 8 * k, true)!);
    for (const b of blocks) b.hits = HOT_BLOCK;
    const js = (b: Block): BlockFn => (m, left) => (b.fn = compileBlock(b, m.sf, m.used))(m, left);
    blocks[0].fn = compileWasmBlock(blocks[0], t, t.sf, js(blocks[0]));
    return { t, r, blocks, js };
  }

  it('auto: a small block that cannot join a full region becomes a region of its own when it leads into one (the chain carries on)', () => {
    // fullLoop: alone the last block could not loop and runs 2 instructions, but its successor
    // is in the region: a region too (lz4's compressor spent a third of its time in such
    // blocks' JS round trips), and the loop runs through the chain, matching the interpreter.
    const { t, r, blocks, js } = fullLoop();
    const regions = wasmStats.blocks, members = wasmStats.members;
    const last = blocks[K - 1], fallback = js(last);
    last.fn = compileWasmBlock(last, t, t.sf, fallback);
    expect(last.fn).not.toBe(fallback);
    expect([wasmStats.blocks - regions, wasmStats.members - members]).toEqual([1, 1]);
    const chained = wasmStats.chained;
    const n = 40 * 2 * K;
    expect(snapshot(t, run(t, n), false)).toEqual(snapshot(r, run(r, n), false));
    expect(wasmStats.chained - chained).toBeGreaterThan(70); // two transfers per lap, 40 laps
  });

  it('auto: a small region the chain keeps entering joins the full region that leads into it (past MAX_MEMBERS)', () => {
    // As above: the loop of K blocks runs as a full region and the last block's region, two
    // transfers per lap. Once the chain entered the small one SCAN_EVERY / 8 times within
    // SCAN_EVERY transfers, the full region is compiled again with the last block as a member
    // (lz4's match finder: 21.5 M transfers -> 1.7 M), and a lap makes no transfer.
    const { t, r, blocks, js } = fullLoop();
    blocks[K - 1].fn = compileWasmBlock(blocks[K - 1], t, t.sf, js(blocks[K - 1]));
    for (const b of blocks) b.next = Infinity; // (as Machine.compileHot leaves them)
    const regions = wasmStats.blocks, members = wasmStats.members;
    const laps = SCAN_EVERY / 2 + 100; // two transfers a lap: past SCAN_EVERY in one run
    let n = laps * 2 * K;
    expect(snapshot(t, run(t, n), false)).toEqual(snapshot(r, run(r, n), false));
    expect([wasmStats.blocks - regions, wasmStats.members - members]).toEqual([1, K]); // the first region again, with the last block
    const chained = wasmStats.chained;
    n = 50 * 2 * K;
    expect(snapshot(t, run(t, n), false)).toEqual(snapshot(r, run(r, n), false));
    expect(wasmStats.chained - chained).toBe(0);
  });

  it('a block translated in one mode runs correctly in the other', () => {
    const body = [D(14, 3, 3, -1), XO(4, 3, 5, 0, 266, 1), D(11, 0, 3, 0), D(32, 6, 20, 0)];
    const words = [...body, B(-4 * body.length)];
    const t = machine(MODES[0], false), r = machine(MODES[2], true);
    loadCode(t, words); loadCode(r, words);
    forceHot(t);
    t.setMsr(0, 0); // now 32-bit
    const s = randomState(MODES[2]);
    setState(t, s); setState(r, s);
    expect(snapshot(t, run(t, words.length))).toEqual(snapshot(r, run(r, words.length)));
  });
});

for (const tier of ['jit', 'wasm'] as const) describe(`${tier}: a destination register that is also a source (issue 10)`, () => {
  beforeAll(() => { hotTier = tier; });
  it('__builtin_parityll (popcntb then prtyd, RA = RS) of a value with 35 bits set is 1 in both tiers', () => {
    for (const mode of MODES.filter((md) => md.sf)) {
      for (const reference of [false, true]) {
        const m = machine(mode, reference);
        const words = [X(5, 5, 0, 122), X(5, 5, 0, 186), B(-8)];
        loadCode(m, words);
        m.gh[5] = 7; m.gl[5] = 0xffffffff;
        if (!reference) forceHot(m);
        expect(run(m, words.length)).toBe('limit');
        expect([m.gh[5], m.gl[5]], `${JSON.stringify(mode)} reference=${reference}`).toEqual([0, 1]);
      }
    }
  });

  it('every X/XO-form fixed-point row gives the same result when RT/RA names one of its sources', () => {
    const mode: Mode = { sf: true, le: false, model: 'POWER10' };
    const rows = FIXED_POINT_ROWS.filter((r) => r.opcd === 31 && (r.form === 'X' || r.form === 'XO') && !r.space &&
      ['ra,rs', 'ra,rs,rb', 'rt,ra,rb', 'rt,ra'].includes(r.ops));
    expect(rows.length).toBeGreaterThan(40);
    const t = machine(mode, false), r = machine(mode, true);
    for (const row of rows) {
      const xform = row.ops.startsWith('ra');
      const unary = !row.ops.endsWith(',rb');
      const enc = (d: number, s1: number, s2: number, rcb: number) => row.form === 'X'
        ? (xform ? X(s1, d, s2, row.xo!, rcb) : X(d, s1, s2, row.xo!, rcb))
        : XO(d, s1, s2, 0, row.xo!, rcb);
      for (const rcb of [0, 1]) {
        for (let k = 0; k < 8; k++) {
          const s = randomState(mode, false);
          // Reference: the destination is a third register; then each source in turn is the destination.
          const cases = [[3, 4, unary ? 0 : 5], [4, 4, unary ? 0 : 5], ...(unary ? [] : [[5, 4, 5]])];
          const results = cases.map(([d, s1, s2]) => [t, r].map((m) => {
            const words = [enc(d, s1, s2, rcb), B(-4)];
            loadCode(m, words);
            setRegs(m, s);
            if (m === t) forceHot(m);
            run(m, words.length);
            return [m.gh[d], m.gl[d], m.s32[Spr32.CR] >>> 0, m.s32[Spr32.XER] >>> 0];
          }));
          for (const res of results) for (const x of res) {
            expect(x, `${row.mnem}${rcb ? '.' : ''} ${JSON.stringify(cases)} trial ${k}`).toEqual(results[0][1]);
          }
        }
      }
    }
  });
});

describe('wasm regions', () => {
  it('a loop over three blocks (one region) matches the interpreter when cut after every instruction', () => {
    const members = wasmStats.members, regions = wasmStats.blocks;
    // 00 addi r3,r3,1; cmpwi r3,20; bge 1c | 0c stw r3,0(r20); add r4,r4,r3; stw r6,0x1c(r7);
    // b 00 | 1c addi r5,0,7; b . -- the store through r7 rewrites 1c (addi r5,0,9) from inside
    // the region, so the exit block must be decoded anew.
    const BC = (bo: number, bi: number, off: number) => ((16 << 26) | (bo << 21) | (bi << 16) | (off & 0xfffc)) >>> 0;
    const words = [D(14, 3, 3, 1), D(11, 0, 3, 20), BC(4, 0, 0x14), D(36, 3, 20, 0), XO(4, 4, 3, 0, 266, 0),
      D(36, 6, 7, 0x1c), B(-0x18), D(14, 5, 0, 7), B(0)];
    for (const mode of MODES) {
      for (let n = 1; n <= 150; n += mode.sf && !mode.le ? 1 : 3) {
        const s = randomState(mode);
        s.gh[3] = 0; s.gl[3] = 0; s.gh[7] = 0; s.gl[7] = CODE;
        s.gh[6] = 0; s.gl[6] = D(14, 5, 0, 9);
        const [t, r] = [machine(mode, false), machine(mode, true)];
        t.tier = 'wasm';
        if (n % 2 === 1) t.used.set(t.has); // odd n: emitters; even n: first-use handler calls
        for (const m of [t, r]) { loadCode(m, words); setState(m, s); }
        const a = snapshot(t, run(t, n)), b = snapshot(r, run(r, n));
        expect(a, `${JSON.stringify(mode)} n=${n}`).toEqual(b);
        if (n >= 140) expect(t.gl[5]).toBe(9); // 19 iterations of 7, then 4 instructions
      }
    }
    expect(wasmStats.members - members).toBeGreaterThan(2 * (wasmStats.blocks - regions)); // regions of several blocks
  });
});

describe('wasm emitters', () => {
  it('ISA 3.1 setbc/setbcr/setnbc/setnbcr and brh/brw/brd run inline on POWER10, as the interpreter', () => {
    const gens: Gen[] = [
      ...[384, 416, 448, 480].map((xo) => () => X(dst(), below(32), 0, xo)),
      ...[219, 155, 187].map((xo) => () => X(anyReg(), dst(), 0, xo)),
      () => X((below(8) << 2) | below(2), anyReg(), anyReg(), 0), // cmp: CR fields change
    ];
    for (const base of MODES) {
      const mode: Mode = { ...base, model: 'POWER10' };
      for (let n = 0; n < 20; n++) {
        const [t, r] = [machine(mode, false), machine(mode, true)];
        t.tier = 'wasm'; t.used.set(t.has);
        const body = Array.from({ length: 12 }, () => pick(gens)());
        const words = [...body, B(-4 * body.length)];
        const s = randomState(mode);
        for (const m of [t, r]) { loadCode(m, words); setState(m, s); }
        const calls = wasmStats.calls;
        expect(snapshot(t, run(t, 3 * words.length))).toEqual(snapshot(r, run(r, 3 * words.length)));
        expect(wasmStats.calls - calls).toBe(0);
      }
    }
  });

  it('the modulos with a zero divisor, and the most negative value modulo -1, give 0 inline (as the handlers)', () => {
    const mode = MODES[0];
    const cases: [number, number, number, number][] = [[0x12345678, 0x9abcdef0, 0, 0], [0xffffffff, 0x80000000, 0xffffffff, 0xffffffff],
      [0x80000000, 0, 0xffffffff, 0xffffffff], [0, 7, 0, 0xfffffffd], [0xffffffff, 0xfffffff9, 0, 3]];
    for (const [ah, al, bh, bl] of cases) {
      const [t, r] = [machine(mode, false), machine(mode, true)];
      t.tier = 'wasm'; t.used.set(t.has);
      const words = [X(3, 5, 6, 267), X(4, 5, 6, 779), X(7, 5, 6, 265), X(8, 5, 6, 777), B(-16)];
      for (const m of [t, r]) { loadCode(m, words); m.gh[5] = ah; m.gl[5] = al; m.gh[6] = bh; m.gl[6] = bl; }
      const calls = wasmStats.calls;
      expect(snapshot(t, run(t, 10))).toEqual(snapshot(r, run(r, 10)));
      expect(wasmStats.calls - calls).toBe(0);
    }
  });

  it('cmpb marks exactly the equal bytes (0x00, 0x7f, 0x80, 0xff and their neighbours), inline', () => {
    const mode = MODES[0];
    const pairs: [number, number, number, number][] = [ // [RS hi, RS lo, RB hi, RB lo]
      [0x007f80ff, 0x01fe7e81, 0x007f80ff, 0x01fe7e81], [0x007f80ff, 0x01fe7e81, 0x807f00ff, 0x01ff7e80],
      [0xffffffff, 0x00000000, 0xfffeffff, 0x00010000], [0x12345678, 0x9abcdef0, 0x12005600, 0x9a00de00],
    ];
    for (const [sh, sl, bh, bl] of pairs) {
      const [t, r] = [machine(mode, false), machine(mode, true)];
      t.tier = 'wasm'; t.used.set(t.has);
      const words = [X(6, 5, 7, 508), B(-4)];
      for (const m of [t, r]) { loadCode(m, words); m.gh[6] = sh; m.gl[6] = sl; m.gh[7] = bh; m.gl[7] = bl; }
      const calls = wasmStats.calls;
      expect(snapshot(t, run(t, 4))).toEqual(snapshot(r, run(r, 4)));
      expect(wasmStats.calls - calls).toBe(0);
    }
  });

  it('isel, a row the kernel emulates (it runs on every model and records no use), is inline in a region though its feature is not marked used', () => {
    for (const mode of MODES) {
      const [t, r] = [machine(mode, false), machine(mode, true)];
      t.tier = 'wasm';
      t.used.set(t.has); // every feature used but isel's
      t.used[FEATURE_BIT.isel] = 0;
      // isel r5,r6,r7,cr0.eq; cmpw r5,r6; addi r6,r6,1; b .-12
      const words = [((31 << 26) | (5 << 21) | (6 << 16) | (7 << 11) | (2 << 6) | (15 << 1)) >>> 0, X(0, 5, 6, 0), D(14, 6, 6, 1), B(-12)];
      const s = randomState(mode);
      for (const m of [t, r]) { loadCode(m, words); setState(m, s); }
      const calls = wasmStats.calls;
      expect(snapshot(t, run(t, 40))).toEqual(snapshot(r, run(r, 40)));
      expect(wasmStats.calls - calls).toBe(0);
      expect(t.usedFeatures()).not.toContain('isel');
    }
  });

  it('carrying adds, algebraic shifts, word/high multiplies, inserting rotates, bit counts, isel, extswsli, X-form updates, byte-reversed accesses and cache hints run inline in a region (no handler call)', () => {
    for (const mode of MODES) {
      const m = machine(mode, false);
      for (const [name, gen] of Object.entries(WASM_INLINED)) {
        for (let k = 0; k < 10; k++) {
          const i = m.decodeWord(gen(), CODE);
          expect(i.row?.mnem, name).toBe(name.replace('.', ''));
          expect(emitterFor(i, mode.sf), `${name} ${i.word.toString(16)}`).toBeDefined();
        }
      }
      // OE forms still call their handlers.
      for (const xo of [10, 8, 138, 136, 202, 200, 234, 232, 235]) expect(emitterFor(m.decodeWord(XO(3, 4, 5, 1, xo, 0), CODE), mode.sf)).toBeUndefined();
      // A block of one of each (two of each Rc form) in a region: its runs make no handler call.
      hotTier = 'wasm';
      const body = Object.values(WASM_INLINED).flatMap((gen) => [gen(), gen()]);
      const words = [...body, B(-4 * body.length)];
      loadCode(m, words);
      setRegs(m, randomState(mode, false));
      m.gh[IDX] = 0; m.gl[IDX] = 8; // (the X-form updates move their bases by it: they stay in the data)
      forceHot(m);
      const calls = wasmStats.calls;
      expect(run(m, 3 * words.length)).toBe('limit');
      expect(wasmStats.calls - calls, JSON.stringify(mode)).toBe(0);
    }
  });
});

describe('self-modifying code', () => {
  it('a store over decoded code above 4 GiB is seen by the next execution', () => {
    for (const tier of ['interp', 'jit', 'wasm'] as const) {
      const m = machine(MODES[0], false);
      m.tier = tier;
      const at = HIGH + 0x10000;
      m.mem.map(at, 0x1000, 7);
      const put = (w: number) => { const b = new Uint8Array(4); new DataView(b.buffer).setUint32(0, w); m.mem.writeBytes(at, b); };
      put(D(14, 3, 0, 1)); // li r3,1
      const b2 = new Uint8Array(4); new DataView(b2.buffer).setUint32(0, B(-4)); m.mem.writeBytes(at + 4, b2);
      const go = () => { m.pc = at; m.icount = 0; m.run(2); return m.gl[3]; };
      expect(go()).toBe(1);
      put(D(14, 3, 0, 2)); // li r3,2 over the decoded li r3,1
      expect(go(), tier).toBe(2);
    }
  });

  // A store with update into decoded code ends a wasm region after it (the region may be stale):
  // RA's update, the rest of the instruction, must happen before it leaves. (Found by a random
  // block: stbu r16,1(r1) writing the block's own first byte left r1 as it was.)
  it('an update-form store into the running block updates RA first (every tier, both modes)', () => {
    // addi r4,r6,0 (r6 = CODE - 8); stbu/sthu/stwu/stdu/stfdu/stfsu 5,8(r4): EA = CODE, the
    // addi, rewritten with its own bytes (r5/f5 hold them); addi r3,r3,1; b back
    const stores: [number, 1 | 2 | 4 | 8, boolean][] = [[39, 1, false], [45, 2, false], [37, 4, false], [62, 8, false], [55, 8, true], [53, 4, true]];
    for (const mode of [MODES[0], MODES[2], MODES[3]]) for (const [op, size, fp] of stores) {
      const st = op === 62 ? ((62 << 26) | (5 << 21) | (4 << 16) | 8 | 1) >>> 0 : D(op, 5, 4, 8);
      const words = [D(14, 4, 6, 0), st, D(14, 3, 3, 1), B(-12)];
      const res: unknown[] = [];
      for (const tier of ['interp', 'jit', 'wasm'] as const) {
        const m = machine(mode, false);
        m.tier = tier;
        loadCode(m, words);
        m.gl[6] = CODE - 8; m.gh[6] = 0; m.gl[3] = 0; m.gh[3] = 0;
        // what the store must write: the bytes already there
        if (size === 8) { const lo = m.mem.read64(CODE); m.gh[5] = m.mem.hi; m.gl[5] = lo; } else m.gl[5] = size === 4 ? m.mem.read32(CODE) : size === 2 ? m.mem.read16(CODE) : m.mem.read8(CODE);
        if (fp) {
          const f = new Float64Array(1), u = new Uint32Array(f.buffer), f32 = new Float32Array(new Uint32Array([m.gl[5]]).buffer);
          if (size === 8) { u[1] = m.gh[5]; u[0] = m.gl[5]; } else f[0] = f32[0];
          m.st.vsrF64[2 * 5] = f[0];
        }
        m.pc = CODE; m.icount = 0;
        m.run(4 * 50);
        res.push([m.gl[3], m.gl[4], m.gh[4], m.icount, m.pc, Buffer.from(m.mem.readBytes(CODE, 16)).toString('hex')]);
      }
      expect((res[0] as number[])[1], 'RA updated').toBe(CODE);
      expect(res[1], `${op} jit`).toEqual(res[0]);
      expect(res[2], `${op} wasm`).toEqual(res[0]);
    }
  });
});
