// FP fast paths against the exact reference. Every case runs one instruction twice on the same
// register and FPSCR image: once as the emulator runs it (fast paths on), once with
// FP_REFERENCE set (every fast path bails, so only the exact BigInt code in fpu/soft.ts decides),
// and compares the whole target VSR, the whole FPSCR, CR and any SIGFPE (signal and si_code).
//
// Operands mix random values over the whole exponent range with constructed ones: short
// significands (ties), cancelling addends, products near a binary32/binary64 midpoint, results
// near the subnormal, safe-range and overflow boundaries, zeros, infinities, quiet and signaling
// NaNs with payloads; every rounding mode, enabled exceptions (with MSR[FE0,FE1] set so they
// trap) and preset sticky bits (XX set exercises the vector lanes' lazy path).
// Classes whose rows the JS tier generates inline run that code against the reference too, and
// classes whose rows have a wasm emitter (src/cpu/wasm) run as a wasm region as well.
// Used by scripts/fp-fuzz.mjs (>= 1 M cases per class) and test/unit/fpfuzz.test.ts.

import { Insn } from '../src/cpu/insn.js';
import { decodeTable, Machine } from '../src/cpu/machine.js';
import { GuestFault } from '../src/cpu/memory.js';
import { FP_REFERENCE } from '../src/cpu/isa/fp.js';
import { FX, inlineInsn } from '../src/cpu/inline.js';
import { FS_LOAD, FS_STORE } from '../src/cpu/fpu/inline.js';
import { Spr32, Spr64 } from '../src/cpu/state.js';
import { emitterFor } from '../src/cpu/wasm/emit.js';
import { modelByName } from '../src/features/models.js';

/** Lane layout: scalar double/single (dw0), vector double (2 dw), vector single (4 words). */
type Lanes = 'd' | 's' | 'vd' | 'vs';
export interface FuzzClass {
  name: string;
  word: number;
  lanes: Lanes;
  /** How operands relate: 'add' (cancellation), 'mul', 'div', 'fma', 'un' (one operand), 'int'
   * (a 64-bit integer in FRB/XB, for the conversions from integer). */
  rel: 'add' | 'mul' | 'div' | 'fma' | 'un' | 'int';
}

const A = (op: number, xo: number, single: boolean): number =>
  (((single ? 59 : op) << 26) | (3 << 21) | (1 << 16) | (2 << 11) | (4 << 6) | (xo << 1)) >>> 0;
const X = (xo: number): number => ((63 << 26) | (3 << 21) | (2 << 11) | (xo << 1)) >>> 0;
/** XX3: XT=3, XA=1, XB=2 (the 'a' multiply-adds also read XT, the 'm' forms XT as multiplicand). */
const XX3 = (xo: number): number => ((60 << 26) | (3 << 21) | (1 << 16) | (2 << 11) | (xo << 3)) >>> 0;
const XX2 = (xo: number): number => ((60 << 26) | (3 << 21) | (2 << 11) | (xo << 2)) >>> 0;

export function fuzzClasses(): FuzzClass[] {
  const c: FuzzClass[] = [];
  for (const single of [false, true]) {
    const l: Lanes = single ? 's' : 'd', p = single ? 's' : '';
    c.push({ name: `fadd${p}`, word: A(63, 21, single), lanes: l, rel: 'add' });
    c.push({ name: `fsub${p}`, word: A(63, 20, single), lanes: l, rel: 'add' });
    c.push({ name: `fmul${p}`, word: A(63, 25, single), lanes: l, rel: 'mul' });
    c.push({ name: `fdiv${p}`, word: A(63, 18, single), lanes: l, rel: 'div' });
    c.push({ name: `fsqrt${p}`, word: A(63, 22, single) & ~(31 << 16) & ~(31 << 6), lanes: l, rel: 'un' });
    for (const [n, xo] of [['fmadd', 29], ['fmsub', 28], ['fnmadd', 31], ['fnmsub', 30]] as const) {
      c.push({ name: `${n}${p}`, word: A(63, xo, single), lanes: l, rel: 'fma' });
    }
  }
  c.push({ name: 'frsp', word: X(12), lanes: 's', rel: 'un' });
  c.push({ name: 'fcfid', word: X(846), lanes: 'd', rel: 'int' });
  c.push({ name: 'fcfidu', word: X(974), lanes: 'd', rel: 'int' });
  c.push({ name: 'fcfids', word: (X(846) & ~(63 << 26) | (59 << 26)) >>> 0, lanes: 'd', rel: 'int' });
  c.push({ name: 'fcfidus', word: (X(974) & ~(63 << 26) | (59 << 26)) >>> 0, lanes: 'd', rel: 'int' });
  c.push({ name: 'xscvsxddp', word: XX2(376), lanes: 'd', rel: 'int' });
  c.push({ name: 'xscvuxdsp', word: XX2(296), lanes: 'd', rel: 'int' });
  c.push({ name: 'xscvdpsp', word: XX2(265), lanes: 's', rel: 'un' });
  c.push({ name: 'xsrsp', word: XX2(281), lanes: 's', rel: 'un' });
  for (const [p, l, d] of [['dp', 'vd', 0], ['sp', 'vs', 1]] as const) {
    c.push({ name: `xvmax${p}`, word: XX3(d ? 192 : 224), lanes: l, rel: 'add' });
    c.push({ name: `xvmin${p}`, word: XX3(d ? 200 : 232), lanes: l, rel: 'add' });
    for (const [n, xo] of [['eq', 99], ['gt', 107], ['ge', 115]] as const) {
      // record form (Rc = bit 21) on odd cases: CR6
      c.push({ name: `xvcmp${n}${p}`, word: XX3(d ? xo - 32 : xo), lanes: l, rel: 'add' });
    }
  }
  for (const [n, xo] of [['sxddp', 504], ['uxddp', 488], ['sxdsp', 440], ['uxdsp', 424]] as const) {
    c.push({ name: `xvcv${n}`, word: XX2(xo), lanes: 'vd', rel: 'int' });
  }
  for (const [n, xo] of [['sxwdp', 248], ['uxwdp', 232], ['sxwsp', 184], ['uxwsp', 168]] as const) {
    c.push({ name: `xvcv${n}`, word: XX2(xo), lanes: 'vs', rel: 'int' });
  }
  c.push({ name: 'xvcvspdp', word: XX2(457), lanes: 'vs', rel: 'un' });
  c.push({ name: 'xvcvdpsxds', word: XX2(472), lanes: 'vd', rel: 'un' });
  c.push({ name: 'xvcvdpuxds', word: XX2(456), lanes: 'vd', rel: 'un' });
  c.push({ name: 'xvcvspsxws', word: XX2(152), lanes: 'vs', rel: 'un' });
  c.push({ name: 'xvcvspuxws', word: XX2(136), lanes: 'vs', rel: 'un' });
  for (const [n, xo] of [['', 0], ['z', 16], ['p', 32], ['m', 48]] as const) {
    c.push({ name: `xvrdpi${n}`, word: XX2(201 + xo), lanes: 'vd', rel: 'un' });
    c.push({ name: `xvrspi${n}`, word: XX2(137 + xo), lanes: 'vs', rel: 'un' });
  }
  c.push({ name: 'xvcvdpsp', word: XX2(393), lanes: 'vd', rel: 'un' });
  c.push({ name: 'xsadddp', word: XX3(32), lanes: 'd', rel: 'add' });
  c.push({ name: 'xsmuldp', word: XX3(48), lanes: 'd', rel: 'mul' });
  c.push({ name: 'xsdivdp', word: XX3(56), lanes: 'd', rel: 'div' });
  c.push({ name: 'xssqrtdp', word: XX2(75), lanes: 'd', rel: 'un' });
  c.push({ name: 'xsmaddadp', word: XX3(33), lanes: 'd', rel: 'fma' });
  c.push({ name: 'xsnmsubmdp', word: XX3(185), lanes: 'd', rel: 'fma' });
  c.push({ name: 'xsaddsp', word: XX3(0), lanes: 's', rel: 'add' });
  c.push({ name: 'xsmulsp', word: XX3(16), lanes: 's', rel: 'mul' });
  c.push({ name: 'xsdivsp', word: XX3(24), lanes: 's', rel: 'div' });
  c.push({ name: 'xssqrtsp', word: XX2(11), lanes: 's', rel: 'un' });
  c.push({ name: 'xsmaddasp', word: XX3(1), lanes: 's', rel: 'fma' });
  for (const [p, l, d] of [['dp', 'vd', 0], ['sp', 'vs', 1]] as const) {
    c.push({ name: `xvadd${p}`, word: XX3(d ? 64 : 96), lanes: l, rel: 'add' });
    c.push({ name: `xvsub${p}`, word: XX3(d ? 72 : 104), lanes: l, rel: 'add' });
    c.push({ name: `xvmul${p}`, word: XX3(d ? 80 : 112), lanes: l, rel: 'mul' });
    c.push({ name: `xvdiv${p}`, word: XX3(d ? 88 : 120), lanes: l, rel: 'div' });
    c.push({ name: `xvsqrt${p}`, word: XX2(d ? 139 : 203), lanes: l, rel: 'un' });
    for (const [n, xo] of [['madd', 97], ['msub', 113], ['nmadd', 225], ['nmsub', 241]] as const) {
      c.push({ name: `xv${n}a${p}`, word: XX3(d ? xo - 32 : xo), lanes: l, rel: 'fma' });
      c.push({ name: `xv${n}m${p}`, word: XX3(d ? xo - 24 : xo + 8), lanes: l, rel: 'fma' });
    }
  }
  return c;
}

// ---- operand generation ------------------------------------------------------------------

/** xorshift128+ style generator on 32-bit halves (deterministic per seed). */
class Rng {
  private a: number; private b: number;
  constructor(seed: number) { this.a = (seed * 2654435761) >>> 0 || 1; this.b = 0x9e3779b9; }
  u32(): number {
    let x = this.a; const y = this.b;
    this.a = y; x ^= x << 11; x ^= x >>> 8; this.b = (x ^ y ^ (y >>> 19)) >>> 0;
    return this.b;
  }
  below(n: number): number { return Math.floor((this.u32() / 4294967296) * n); }
  chance(p: number): boolean { return this.u32() / 4294967296 < p; }
}

const F = new Float64Array(1), U = new Uint32Array(F.buffer);
const HIW = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0, LOW = 1 - HIW;
function fromBits(hi: number, lo: number): number { U[HIW] = hi >>> 0; U[LOW] = lo >>> 0; return F[0]; }

/** Interesting exponents (unbiased): around the subnormal, safe-range, binary32 and overflow edges. */
const EDGES = [-1074, -1060, -1040, -1023, -1022, -1021, -1000, -961, -960, -959, -700, -537, -300, -160,
  -150, -149, -127, -126, -125, -64, 0, 1, 63, 126, 127, 128, 500, 994, 995, 996, 1022, 1023];

function special(r: Rng): number {
  const s = r.chance(0.5) ? 0x80000000 : 0;
  switch (r.below(12)) {
    case 0: return s ? -0 : 0;
    case 1: return s ? -Infinity : Infinity;
    case 2: return fromBits(s | 0x7ff80000 | r.below(0x80000), r.u32()); // QNaN with payload
    case 3: return fromBits(s | 0x7ff00000 | (1 + r.below(0x7ffff)), r.u32()); // SNaN
    case 4: return fromBits(s | r.below(0x100000), r.u32()); // subnormal
    case 5: return fromBits(s | 0x00100000, 0); // MIN_NORM
    case 6: return fromBits(s | 0x7fefffff, 0xffffffff); // MAX
    case 7: return (s ? -1 : 1) * 1.1754943508222875e-38; // binary32 MIN
    case 8: return (s ? -1 : 1) * 3.4028234663852886e38; // binary32 MAX
    case 9: return fromBits(s | 0x380fffff, 0xffffffff); // just below binary32 MIN
    case 10: return fromBits(s | 0x47efffff, 0xf0000000); // binary32 MAX + half ulp
    default: return fromBits(s | 0x36a00000, 0); // binary32 denormal MIN
  }
}

/** A random double: exponent from a narrow band, an edge or anywhere; significand full or short. */
function value(r: Rng): number {
  const k = r.below(100);
  if (k < 6) return special(r);
  let e: number;
  if (k < 60) e = r.below(121) - 60;
  else if (k < 85) e = EDGES[r.below(EDGES.length)] + r.below(5) - 2;
  else e = r.below(2046) - 1022;
  let hi = r.below(0x100000), lo = r.u32();
  const sh = r.below(4);
  if (sh === 1) lo = 0; // 21-bit significand
  else if (sh === 2) { lo &= 0xe0000000; } // binary32-short: midpoints after one more bit
  if (e < -1022) { // subnormal
    const v = fromBits(0x00100000 | hi, lo) * Math.pow(2, e + 1022 < -60 ? -60 : e + 1022);
    return r.chance(0.5) ? -v : v;
  }
  if (e > 1023) e = 1023;
  hi |= (e + 1023) << 20;
  if (r.chance(0.5)) hi |= 0x80000000;
  return fromBits(hi, lo);
}

/**
 * Multiply-add operands where rounding a*c + b through a double sum would round twice: a*c =
 * 1 - j^2 2^-104 (RN: 1, error pe tiny), b = 2^s - 1 + (2k+1) 2^(s-53), so p + b is a tie at
 * 2^s's ulp that only pe (lost when the partial sums are rounded to nearest) decides: the
 * round-to-odd step of the fused multiply-add must keep it. Scaled by 2^E, signs random.
 */
function doubleRoundingTrap(r: Rng): [number, number, number] {
  const j = 1 + r.below(3), sgn = r.chance(0.5) ? -1 : 1, s = 8 + r.below(40);
  const ea = r.below(40) - 20, ec = r.below(40) - 20;
  const a = (1 + j * Math.pow(2, -52)) * Math.pow(2, ea) * sgn;
  const c = (1 - j * Math.pow(2, -52)) * Math.pow(2, ec);
  const b = (Math.pow(2, s) - 1 + (2 * r.below(4) + 1) * Math.pow(2, s - 53)) * Math.pow(2, ea + ec) * sgn * (r.chance(0.8) ? 1 : -1);
  return [a, c, b];
}

/** b related to a for an operation: cancellation, ties and midpoints are made likely. */
function related(r: Rng, rel: FuzzClass['rel'], a: number, c: number): number {
  switch (r.below(6)) {
    case 0: return -a * (1 + (r.below(9) - 4) * Math.pow(2, -52)); // cancellation
    case 1: return a * Math.pow(2, -(r.below(60) + 20)) * (r.chance(0.5) ? 1 : -1); // tie/sticky
    case 2:
      if (rel === 'fma' && r.chance(0.5)) {
        // an odd multiple of half an ulp of RN(a*c): p + b is a tie that only the product's
        // error pe decides (the round-to-odd step of the fused multiply-add)
        F[0] = a * c;
        const e = ((U[HIW] >>> 20) & 0x7ff) - 1023;
        return (2 * r.below(3) + 1) * Math.pow(2, e - 53) * (r.chance(0.5) ? 1 : -1);
      }
      return rel === 'fma' ? -(a * c) * (1 + (r.below(5) - 2) * Math.pow(2, -53)) : a;
    case 3: return Math.fround(a) * (r.chance(0.5) ? 3 : 0.75); // binary32-short ratios
    default: return value(r);
  }
}

const FPSCR_LO = 2 * Spr64.FPSCR + 1, MSR_LO = 2 * Spr64.MSR + 1;
const SIGFPE = 8;

interface Snapshot { vsr: number[]; fpscr: number; cr: number; fault: string }

export type Exec = (m: Machine, insn: Insn) => void;
const byHandler: Exec = (m, insn) => insn.h(m, insn);

/**
 * The translated-block code for insn (src/cpu/inline.ts, FP section) as a function, with the
 * FPSCR local declared and written back as translate.ts does, or undefined when the row is not
 * inlined.
 */
export function inlined(insn: Insn): Exec | undefined {
  const inl = inlineInsn(insn, true);
  if (!inl) return undefined;
  const code = inl.code.replaceAll('$I', 'I');
  const src = inl.fpscr ? `${FS_LOAD}\n${code}\n${FS_STORE}` : code;
  const f = new Function('m', 'I', 'F', `const gh = m.gh, gl = m.gl, s32 = m.s32, s64 = m.s64, mem = m.mem, V = m.st.vsrF64, VW = m.st.vsrU32;\n${src}`) as
    (m: Machine, i: Insn, F: typeof FX) => void;
  return (m, i) => f(m, i, FX);
}

const CODE = 0x10000;

/**
 * The wasm tier's code for insn, or undefined when its row has no wasm emitter: a machine of its
 * own (every feature marked used, PPCEMU_TIER=wasm) runs `insn; b .-4` from CODE for two
 * instructions, so the region compiled at its first run is entered again for every case and
 * loads the case's registers from the buffer setup() wrote. That first run is here, on zeros in
 * round to nearest with XE clear: a region compiled so has the lazy paths (emitfp.ts `lazy`,
 * chosen at run time by the FPSCR) besides the eager ones, which a region compiled in another
 * mode has alone.
 */
export function wasmRegion(insn: Insn): { m: Machine; exec: Exec } | undefined {
  if (emitterFor(insn, true) === undefined) return undefined;
  const m = new Machine(modelByName('POWER9'));
  m.tier = 'wasm';
  for (let k = 0; k < m.used.length; k++) if (m.has[k]) m.used[k] = 1;
  m.setMsr(0x80000000, 0);
  m.mem.map(CODE, 0x1000, 7);
  const b = new Uint8Array(8), dv = new DataView(b.buffer);
  dv.setUint32(0, insn.word);
  dv.setUint32(4, (18 << 26) | (-4 & 0x03fffffc));
  m.mem.writeBytes(CODE, b, true);
  const exec: Exec = (mm) => { mm.pc = CODE; mm.icount = 0; mm.run(2); };
  m.s64[FPSCR_LO] = 0;
  exec(m, insn);
  return { m, exec };
}

function run(m: Machine, insn: Insn, exec: Exec = byHandler): Snapshot {
  let fault = '';
  try { exec(m, insn); } catch (e) {
    if (!(e instanceof GuestFault) || e.signo !== SIGFPE) throw e;
    fault = `SIGFPE/${e.code}`;
  }
  const W = m.st.vsrU32;
  return { vsr: [W[12], W[13], W[14], W[15]], fpscr: m.s64[FPSCR_LO] >>> 0, cr: m.s32[Spr32.CR] >>> 0, fault };
}

/** The register image of one case: VSR 1..4 words, FPSCR, MSR FE bits. */
const IMG = new Uint32Array(16 + 2);

function setup(m: Machine): void {
  const W = m.st.vsrU32;
  for (let k = 0; k < 16; k++) W[4 + k] = IMG[k];
  m.s64[FPSCR_LO] = IMG[16];
  m.s64[MSR_LO] = (m.s64[MSR_LO] & ~0x900) | IMG[17];
  m.s32[Spr32.CR] = 0;
}

const F32 = new Float32Array(1), U32 = new Uint32Array(F32.buffer);
const aForm = (cls: FuzzClass): boolean => /^x[sv]n?m(add|sub)a/.test(cls.name);

function fill(r: Rng, cls: FuzzClass): void {
  const lanes = cls.lanes === 'vs' ? 4 : cls.lanes === 'vd' ? 2 : 1;
  const W = new Uint32Array(16);
  // VSR k (1..4) lives at IMG[4*(k-1)...]; lane j of a vector double is dw j, of single word j.
  for (let j = 0; j < lanes; j++) {
    let a = value(r), c = value(r);
    let b = related(r, cls.rel, a, c);
    if (cls.rel === 'fma' && r.chance(0.05)) [a, c, b] = doubleRoundingTrap(r);
    // Operands by register (VSR 1..4): A-form FRA=1, FRB=2, FRC=4; XX3 XA=1, XB=2, XT=3 ('a'
    // multiply-adds: XA*XB + XT, 'm' forms: XA*XT + XB). b is the addend / second operand.
    const vals = cls.rel !== 'fma' ? [a, b, b, b] : aForm(cls) ? [a, c, b, c] : [a, b, c, c];
    for (let k = 0; k < 4; k++) {
      let v = vals[k];
      if (cls.lanes === 'vs' || ((cls.lanes === 's') && r.chance(0.5))) v = Math.fround(v);
      if (cls.lanes === 'vs') {
        F32[0] = v;
        let w = U32[0];
        if (v !== v) w = (w & 0xff800000) | (r.u32() & 0x7fffff) | 1; // float NaN payloads (some SNaN)
        W[4 * k + (HIW ? [1, 0, 3, 2][j] : j)] = w;
      } else {
        F[0] = v;
        const dw = cls.lanes === 'vd' ? j : 0;
        W[4 * k + 2 * dw + (HIW ? 1 : 0)] = U[HIW];
        W[4 * k + 2 * dw + (HIW ? 0 : 1)] = U[LOW];
      }
    }
  }
  if (cls.lanes === 'd' || cls.lanes === 's') for (let k = 0; k < 4; k++) { W[4 * k + 2] = r.u32(); W[4 * k + 3] = r.u32(); }
  if (cls.rel === 'int') {
    // FRB/XB: integers of 0..64 significant bits, often negative (two's complement), some at
    // 2^k + d around the exactness and range edges; per doubleword, or per word for 'vs'
    for (let j = 0; j < (cls.lanes === 'vs' ? 4 : cls.lanes === 'vd' ? 2 : 1); j++) {
      const n = r.below(65);
      let hi = n > 32 ? r.u32() >>> (64 - n) : 0;
      let lo = n >= 32 ? r.u32() : n === 0 ? 0 : r.u32() >>> (32 - n);
      if (r.chance(0.3)) {
        const k = [24, 53, 63, 64][r.below(4)], d = r.below(7) - 3;
        const v = (1n << BigInt(k)) + BigInt(d);
        hi = Number((v >> 32n) & 0xffffffffn); lo = Number(v & 0xffffffffn);
      }
      if (r.chance(0.4)) { lo = (~lo + 1) >>> 0; hi = (~hi + (lo === 0 ? 1 : 0)) >>> 0; }
      if (cls.lanes === 'vs') W[4 + (HIW ? j ^ 1 : j)] = n > 32 && r.chance(0.5) ? hi : lo;
      else { W[4 + 2 * j + (HIW ? 1 : 0)] = hi; W[4 + 2 * j + (HIW ? 0 : 1)] = lo; }
    }
  }
  for (let k = 0; k < 16; k++) IMG[k] = W[k];
  // FPSCR: mode, enables (mostly none), preset sticky bits; MSR[FE0,FE1] when something is enabled
  let fp = r.below(4);
  if (r.chance(0.2)) fp |= r.u32() & 0xf8;
  if (r.chance(0.5)) fp |= 0x82000000; // FX XX
  if (r.chance(0.1)) fp |= r.u32() & 0x1ff80700 & ~0x00001000;
  IMG[16] = fp >>> 0;
  IMG[17] = fp & 0xf8 && r.chance(0.7) ? 0x900 : 0;
}

/** Summarised FPSCR: the machine keeps VX/FEX consistent, so preset bits are made consistent. */
function consistent(l: number): number {
  l &= ~0x60000000;
  if (l & 0x01f80700) l |= 0x20000000;
  if ((l >>> 22) & l & 0xf8) l |= 0x40000000;
  return l >>> 0;
}

/**
 * inline: the class's translated-block code (src/cpu/fpu/inline.ts) was run against the
 * reference too; wasm: so was its wasm region (src/cpu/wasm).
 */
export interface FuzzResult { cases: number; mismatches: string[]; inline: boolean; wasm: boolean }

const hex = (v: number): string => (v >>> 0).toString(16).padStart(8, '0');

/** Runs n cases of one class from seed; stops collecting after 10 mismatches. */
export function fuzzClass(cls: FuzzClass, n: number, seed: number): FuzzResult {
  const m = new Machine(modelByName('POWER9'));
  m.setMsr(0x80000000, 0);
  const row = decodeTable().lookup(cls.word);
  if (!row) throw new Error(`${cls.name}: no row for ${hex(cls.word)}`);
  const plain = new Insn(cls.word, 0x10000, row.h, row);
  const rcBit = row.flags && row.flags & 1 ? 1 : row.flags && row.flags & 16 ? 0x400 : 0; // Flag.RC, Flag.RC21
  const rec = rcBit ? new Insn((cls.word | rcBit) >>> 0, 0x10000, row.h, row) : plain;
  m.pc = 0x10000;
  const r = new Rng(seed);
  const bad: string[] = [];
  const inl = inlined(plain), inlRec = rec === plain ? inl : inlined(rec);
  const wasm = wasmRegion(plain), wasmRec = rec === plain ? wasm : wasmRegion(rec);
  const report = (what: string, insn: Insn, fast: Snapshot, ref: Snapshot): void => {
    const img = Array.from(IMG.subarray(0, 16), hex).join(' ');
    bad.push(`${cls.name}${insn === rec && rec !== plain ? '.' : ''} (${what}) fpscr=${hex(IMG[16])} msr.fe=${IMG[17] ? 1 : 0} regs[1..4]=${img}\n` +
      `  fast: vsr3=${fast.vsr.map(hex).join(' ')} fpscr=${hex(fast.fpscr)} cr=${hex(fast.cr)} ${fast.fault}\n` +
      `  ref:  vsr3=${ref.vsr.map(hex).join(' ')} fpscr=${hex(ref.fpscr)} cr=${hex(ref.cr)} ${ref.fault}`);
  };
  const differ = (x: Snapshot, y: Snapshot): boolean =>
    x.fpscr !== y.fpscr || x.cr !== y.cr || x.fault !== y.fault || x.vsr.some((w, j) => w !== y.vsr[j]);
  for (let k = 0; k < n && bad.length < 10; k++) {
    fill(r, cls);
    IMG[16] = consistent(IMG[16]);
    const insn = k & 1 ? rec : plain;
    const inlExec = k & 1 ? inlRec : inl;
    FP_REFERENCE[0] = 0;
    setup(m);
    const fast = run(m, insn);
    let inline: Snapshot | undefined, inWasm: Snapshot | undefined;
    if (inlExec) { setup(m); inline = run(m, insn, inlExec); }
    const w = k & 1 ? wasmRec : wasm;
    if (w) { setup(w.m); inWasm = run(w.m, insn, w.exec); }
    FP_REFERENCE[0] = 1;
    setup(m);
    const ref = run(m, insn);
    FP_REFERENCE[0] = 0;
    if (differ(fast, ref)) report('handler', insn, fast, ref);
    if (inline && differ(inline, ref)) report('inline', insn, inline, ref);
    if (inWasm && differ(inWasm, ref)) report('wasm', insn, inWasm, ref);
  }
  return { cases: n, mismatches: bad, inline: inl !== undefined, wasm: wasm !== undefined };
}
