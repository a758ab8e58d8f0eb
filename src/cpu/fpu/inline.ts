// Inline JS source for floating-point and VSX instructions in translated blocks (the FP section of
// ../inline.ts calls inlineFp). Each generator reproduces its row handler exactly or bails:
//
// - FP and VSX loads, stores, register moves and permutes: the handler's own memory calls and
//   word copies, with operands and displacement folded in (the EA computed inline).
// - Scalar arithmetic (f{add,sub,mul,div,sqrt}[s], the fused multiply-adds, record forms): the
//   fast path of isa/fp.ts with XE clear: the host's double operation (round to nearest), the
//   sign of its rounding error from an error-free transformation (TwoSum, Dekker's product, the
//   division/square-root remainder; the multiply-adds: the kernel fmaK written out), and under
//   RZ/RP/RM a step of one ulp toward the exact value when the error points past it (binary32:
//   roundS's directed rule); FPRF/FR/FI/XX/FX written to the FPSCR local `fs`. What is rare goes
//   out of line before anything is written: F.fin (roundD/roundS: a binary32 midpoint decision,
//   a directed step near the range's edges) or F.bail (the row's handler: XE set, an operand or
//   result outside the range where the transformation is exact, a NaN, infinity or zero).
// - Vector xv{add,sub,mul}dp and the double multiply-adds in every rounding mode, xv{add,sub,
//   mul}sp in lazy mode (round to nearest, enables clear, XX set): lanes computed into locals
//   (bail before any write); a vector op changes only XX/FX among the status bits.
//
// bench/fpfuzz.ts runs this generated code against the exact reference (FP_REFERENCE) for every
// arithmetic class it covers, beside the handler; test/unit/fpblock.test.ts runs whole blocks.
//
// The generated code sees, besides ../inline.ts's names: V (m.st.vsrF64), VW (m.st.vsrU32),
// fs (the FPSCR local, FS_LOAD), $I (the instruction, replaced by translate.ts) and F (FX with
// FPX merged in).

import type { Insn } from '../insn.js';
import type { Machine } from '../machine.js';
import { MAX_D, MIN_NORM, MAX_S, MIN_S, RES, fpLoadSingle, fpStoreSingle, roundD, roundS } from '../isa/fp.js';
import { f64, HI, LO, u32 } from './soft.js';
import { CpuState, Spr32, Spr64 } from '../state.js';
import { C_NNORM, C_NZERO, C_PNORM, C_PZERO, ENABLES, FI, FR, FX, STATUS, XE, XX } from './fpscr.js';

export interface FpInline {
  code: string;
  faults: boolean;
  /** The code reads/writes the FPSCR local `fs` (FS_LOAD/FS_STORE) and names its Insn `$I`. */
  fpscr: boolean;
}

/** Address helpers from ../inline.ts (passed in to avoid an import cycle at load time). */
export interface EaGen {
  eaD(ra: number, imm: number, sf: boolean): { pre: string; ea: string };
  eaX(ra: number, rb: number, sf: boolean): { pre: string; ea: string };
  addImm(rt: number, ra: number, imm: number): string;
}

const FLO = 2 * Spr64.FPSCR + 1;
/** Index of the FPSCR low word in m.s64. */
export const FPSCR_LO = FLO;
const CR = Spr32.CR;
const hiW = (r: number, d = 0): number => CpuState.vsrWordIndex(r, 2 * d);
const loW = (r: number, d = 0): number => CpuState.vsrWordIndex(r, 2 * d + 1);
const SAFE_LO = 1.0020841800044864e-289; // 2^-960, as isa/fp.ts
const SAFE_HI = 2.6153245263757307e299; // 2^995
const SPLIT = 134217729;
/** RN and XE clear: the scalar inline path (a directed mode or XE goes out of line). */
const NEAR = 0xb;
/** Round-to-nearest, every enable clear and XX already set: a vector lane changes no FPSCR bit. */
const LAZY_MASK = (XX | ENABLES | 3) >>> 0;
const NOT_STATUS = ~STATUS;

// ---- the FPSCR as a block local ---------------------------------------------------------------
//
// Arithmetic code reads and writes the local `fs` (the FPSCR low word, as an int32) instead of
// the register buffer. translate.ts declares it from the buffer at the top of each loop
// iteration (FS_LOAD) and writes it back (FS_STORE) before every access that may fault, every
// handler call (and reloads it after) and at the end of the iteration; an out-of-line helper
// (F.bail, F.fin) is called with fs written back and reloads it after. So the
// FPSCR in the buffer is exact wherever anything else can observe it.
export const FS_LOAD = `let fs = s64[${FLO}] | 0;`;
export const FS_STORE = `s64[${FLO}] = fs;`;

/**
 * The FPSCR after a round-to-nearest result q (normal double or binary32 value) whose error has
 * the sign of d: FPRF, FR/FI, and XX (FX when XX goes from 0 to 1).
 */
const statusD = (q: string, d: string): string =>
  `(fs & ${NOT_STATUS}) | (${q} > 0 ? ${C_PNORM} : ${C_NNORM}) | (${d} === 0 ? 0 : ((${q} > 0) === (${d} < 0) ? ${FI | FR | XX} : ${FI | XX}) | ((~fs & ${XX}) << 6))`;

/** fin's flag bits: the kernel's range checks passed; binary32 result; negating multiply-add. */
const FIN_OK = 1, FIN_SINGLE = 2, FIN_NEG = 4;

/**
 * Finishing code for a double kernel result r with error sign e (sign of exact - r), both
 * locals, `ok` the kernel's range checks: in round-to-nearest with XE clear, FRT and fs are
 * written inline; otherwise F.fin (out of line) rounds (r, e) once in the current mode with
 * isa/fp.ts roundD/roundS (directed modes, binary32 double-rounding decisions), or runs the
 * row's handler (XE set, anything outside the kernels' exact range). The negating multiply-adds
 * round, then negate (ISA Book I 4.6.5.2).
 * single: the binary32 result f = RN32(r) is inline when it needs no second decision (exact r,
 * or f === r: roundS's cases), else fin decides.
 */
function finish(rt: number, ok: string, single: boolean, neg: boolean, okDir = 'true'): string {
  const r = neg ? '(-r)' : 'r', e = neg ? '(-e)' : 'e';
  // out of line: the FPSCR goes through the buffer (an int32 with FX set passed to or returned
  // from a call would be a heap number)
  const out = `{ const D = F.FD; D[0] = r; D[1] = e; s64[${FLO}] = fs; F.fin(m, $I, (go ? ${FIN_OK} : 0) | ${(single ? FIN_SINGLE : 0) | (neg ? FIN_NEG : 0)}); fs = s64[${FLO}] | 0; }`;
  if (!single) {
    // RZ/RP/RM: the nearest result q steps one ulp toward the exact value when its error says
    // the mode rounds to the other neighbour, its error's sign flipping; a step
    // that might leave the normal range (okDir false) goes out of line
    const q = neg ? '(-q)' : 'q', d = neg ? '(-d)' : 'd';
    return `const go = ${ok}; let done = false;
    if (go && (fs & ${XE}) === 0) {
      let q = r, d = e; const rm = fs & 3;
      if (!(${stepDue('q', 'd')})) done = true;
      else if (${okDir}) { ${stepToward('q', 'd')} d = -d; done = true; }
      if (done) { V[${2 * rt}] = ${q}; fs = ${statusD(q, d)}; }
    }
    if (!done) ${out}`;
  }
  // binary32: f = RN32(r); exact when e === 0 && f === r; when only one of them is inexact the
  // rounding is decided (f === r: the double's error; e === 0: f's own side of r). Directed
  // modes (isa/fp.ts roundS): x is within half a double ulp of r, so no binary32 value lies
  // strictly between them: the result is g = RN32(r) of the un-negated r when g lies on the
  // mode's side of x, else g's binary32 neighbour in that direction (F.F32/F.W32); exact when
  // g === r and e === 0. Then the negating forms negate.
  return `const go = ${ok}, f = Math.fround(${r}), y = Math.abs(f); let done = false;
    if (go && Math.abs(r) > ${MIN_S} && y <= ${MAX_S}) {
      if ((fs & ${NEAR}) === 0) {
        if (e === 0 || f === ${r}) {
          V[${2 * rt}] = f; done = true;
          fs = (fs & ${NOT_STATUS}) | (f > 0 ? ${C_PNORM} : ${C_NNORM}) | (e === 0 && f === ${r} ? 0 : ((f !== ${r} ? y > Math.abs(r) : (f > 0) === (${e} < 0)) ? ${FI | FR | XX} : ${FI | XX}) | ((~fs & ${XX}) << 6));
        }
      } else if ((fs & ${XE}) === 0) {
        const rm = fs & 3, g = ${neg ? '-f' : 'f'};
        let v = g, st = 0;
        if (g !== r || e !== 0) {
          if (y > 2.4e-38 && y < 3.4e38) {
            const dir = rm === 1 ? (r > 0 ? -1 : 1) : rm === 2 ? 1 : -1;
            if ((g !== r ? (g > r ? 1 : -1) : (e > 0 ? -1 : 1)) !== dir) {
              const F32 = F.F32, W32 = F.W32; F32[0] = g; W32[0] = (g > 0) === (dir > 0) ? W32[0] + 1 : W32[0] - 1; v = F32[0];
            }
            st = (dir > 0) === (v > 0) ? ${FI | FR} : ${FI};
          } else st = -1;
        }
        if (st >= 0) {
          ${neg ? 'v = -v; ' : ''}V[${2 * rt}] = v; done = true;
          fs = (fs & ${NOT_STATUS}) | st | (v > 0 ? ${C_PNORM} : ${C_NNORM}) | (st !== 0 ? ${XX} | ((~fs & ${XX}) << 6) : 0);
        }
      }
    }
    if (!done) ${out}`;
}

const dekker = (a: string, b: string, p: string): string =>
  `let t = ${SPLIT} * ${a}; const ah = t - (t - ${a}), al = ${a} - ah; t = ${SPLIT} * ${b}; const bh = t - (t - ${b}), bl = ${b} - bh;
    const pe = ((ah * bh - ${p}) + ah * bl + al * bh) + al * bl;`;
const safe = (x: string): string => `(${x} > ${SAFE_LO} && ${x} < ${SAFE_HI})`;

/**
 * isa/fp.ts fmaK written out: locals r<x> (RN(a*c + b)), e<x> (a number with the sign of the
 * exact value minus r<x>, 0 when exact) and ok<x> (fmaK would not bail). Dekker's product
 * p + pe = a*c; TwoSum th + tl = p + b; when pe is nonzero, Boldo-Melquiond: RN(th + RO(tl + pe)),
 * the round-to-odd step on the scratch double F.D.
 */
function fmaInline(A: string, C: string, B: string, x: string): string {
  const step = `{ const D = F.D, DU = F.DU; D[0] = v${x}; let lo = DU[${LO}]; if ((lo & 1) === 0) { let hi = DU[${HI}];
      if ((v${x} > 0) === (ve${x} > 0)) { lo = (lo + 1) >>> 0; if (lo === 0) hi++; } else { if (lo === 0) hi--; lo = (lo - 1) >>> 0; }
      DU[${LO}] = lo; DU[${HI}] = hi; v${x} = D[0]; d${x} = -ve${x}; } }`;
  return `const a${x} = ${A}, c${x} = ${C}, b${x} = ${B}, p${x} = a${x} * c${x};
    const xa${x} = Math.abs(a${x}), xc${x} = Math.abs(c${x}), xb${x} = Math.abs(b${x}), xp${x} = Math.abs(p${x});
    let r${x} = 0, e${x} = 0, ok${x} = ${safe(`xa${x}`)} && ${safe(`xc${x}`)} && (b${x} === 0 || ${safe(`xb${x}`)}) && ${safe(`xp${x}`)};
    if (ok${x}) {
      let t = ${SPLIT} * a${x}; const ah = t - (t - a${x}), al = a${x} - ah; t = ${SPLIT} * c${x}; const bh = t - (t - c${x}), bl = c${x} - bh;
      const pe = ((ah * bh - p${x}) + ah * bl + al * bh) + al * bl;
      const th = p${x} + b${x}, bb = th - p${x}, tl = (p${x} - (th - bb)) + (b${x} - bb);
      if (pe === 0) { r${x} = th; e${x} = tl; }
      else {
        let v${x} = tl + pe; const bv = v${x} - tl, ve${x} = (tl - (v${x} - bv)) + (pe - bv);
        let d${x} = ve${x};
        if (ve${x} !== 0) ${step}
        const s = th + v${x}, bs = s - th, se = (th - (s - bs)) + (v${x} - bs);
        r${x} = s; e${x} = se !== 0 ? se : d${x};
      }
      const xr = Math.abs(r${x}); ok${x} = ${safe('xr')};
    }`;
}

type Arith = 'add' | 'sub' | 'mul' | 'div' | 'sqrt' | 'fma';

/** CR1 <- FPSCR[FX, FEX, VX, OX] (the record forms). */
const cr1 = `s32[${CR}] = (s32[${CR}] & ${~0x0f000000}) | ((fs >>> 28) << 24);`;

/** A-form arithmetic on FPRs (FRA, FRB, FRC), double or single; record forms set CR1 after. */
function arith(op: Arith, i: Insn, single: boolean, kind = 0): string | undefined {
  const A = `V[${2 * i.ra}]`, B = `V[${2 * i.rb}]`, C = `V[${2 * i.rc}]`;
  let body: string;
  switch (op) {
    case 'add': case 'sub':
      // addK: TwoSum; a normal sum is exact in its error, a NaN error means r - a overflowed
      body = `const a = ${A}, b = ${op === 'sub' ? '-' : ''}${B}, r = a + b, bb = r - a, e = (a - (r - bb)) + (b - bb), x = Math.abs(r);
    ${finish(i.rt, `x >= ${MIN_NORM} && x <= ${MAX_D} && e === e`, single, false, `x > ${MIN_NORM} && x < ${MAX_D}`)}`;
      break;
    case 'mul':
      body = `const a = ${A}, c = ${C}, r = a * c, xa = Math.abs(a), xc = Math.abs(c), x = Math.abs(r);
    ${dekker('a', 'c', 'r')} const e = pe;
    ${finish(i.rt, `${safe('xa')} && ${safe('xc')} && ${safe('x')}`, single, false)}`;
      break;
    case 'div':
      // divK: rem = a - r*b exactly; sign(exact - r) = sign(rem) * sign(b)
      body = `const a = ${A}, b = ${B}, r = a / b, xa = Math.abs(a), xb = Math.abs(b), x = Math.abs(r);
    ${dekker('r', 'b', 'r * b')} const rem = (a - r * b) - pe, e = b > 0 ? rem : -rem;
    ${finish(i.rt, `${safe('xa')} && ${safe('xb')} && ${safe('x')}`, single, false)}`;
      break;
    case 'sqrt':
      body = `const a = ${B}, r = Math.sqrt(a);
    ${dekker('r', 'r', 'r * r')} const e = (a - r * r) - pe;
    ${finish(i.rt, `a > ${SAFE_LO} && a < ${SAFE_HI}`, single, false)}`;
      break;
    case 'fma': {
      const neg = (kind & 2) !== 0;
      body = `${fmaInline(A, C, `${kind & 1 ? '-' : ''}${B}`, '')}
    ${finish(i.rt, 'ok', single, neg)}`;
      break;
    }
  }
  return `{ ${body}${i.rec ? `\n    ${cr1}` : ''} }`;
}

/** Moves the double q (a local) one ulp toward the side d (its error's sign) points to (scratch F.D). */
const stepToward = (q: string, d: string): string =>
  `{ const D = F.D, DU = F.DU; D[0] = ${q}; let lo = DU[${LO}], hi = DU[${HI}];
    if ((${q} > 0) === (${d} > 0)) { lo = (lo + 1) >>> 0; if (lo === 0) hi++; } else { if (lo === 0) hi--; lo = (lo - 1) >>> 0; }
    DU[${LO}] = lo; DU[${HI}] = hi; ${q} = D[0]; }`;

/** Whether, under the directed mode rm (a local), nearest result q with error e must step toward the exact value. */
const stepDue = (q: string, d: string): string =>
  `rm !== 0 && ${d} !== 0 && (rm === 1 ? (${q} > 0) === (${d} < 0) : rm === 2 ? ${d} > 0 : ${d} < 0)`;

/**
 * Vector lanes: xv{add,sub,mul}dp and the double multiply-adds in every rounding mode,
 * xv{add,sub,mul}sp in lazy mode. Lazy mode (round-to-nearest, every exception disabled, XX
 * already set) is where a vector op can change no FPSCR bit (vector ops never set FR/FI/FPRF),
 * so a lane is the correctly rounded operation plus a range check: add/sub/mul natively (a
 * binary32 lane rounds the double result: exact for binary32 operands, 53 >= 2*24 + 2), the
 * multiply-adds through fmaInline. Otherwise (XE clear) a double lane also takes its error's
 * sign (TwoSum, Dekker, fmaInline) for XX and, under RZ/RP/RM, steps one ulp toward the exact
 * value when the error says the mode rounds to the other neighbour (a step that would leave
 * the normal range bails). Anything else (XE set, a lane outside the range: NaN,
 * infinity, overflow, tiny or zero results where they matter) runs the row's handler before
 * anything is written.
 */
function vlanes(op: 'add' | 'sub' | 'mul' | 'fma', i: Insn, single: boolean, aForm = false, kind = 0): string {
  const n = single ? 4 : 2, lazy: string[] = [], full: string[] = [];
  const el = (r: number, k: number): string => (single ? `V32[${CpuState.vsrWordIndex(r, k)}]` : `V[${2 * r + k}]`);
  const bailOut = `{ s64[${FLO}] = fs; F.bail(m, $I); fs = s64[${FLO}] | 0; break fp; }`;
  const sign = op === 'sub' ? '-' : '+';
  for (let k = 0; k < n; k++) {
    const A = el(i.ra, k), B = el(i.rb, k), T = el(i.rt, k);
    // a-form XA*XB + XT, m-form XA*XT + XB; kind bit 0 subtracts, bit 1 negates (after rounding)
    const [mc, add] = aForm ? [B, T] : [T, B];
    const fma = (): string => `${fmaInline(A, mc, `${kind & 1 ? '-' : ''}${add}`, String(k))}
    if (!ok${k}) ${bailOut}`;
    if (single) {
      // a binary32 result at or below the normal range (tininess, or a zero's sign) bails
      lazy.push(`const r${k} = Math.fround(${A} ${op === 'mul' ? '*' : sign} ${B}), x${k} = Math.abs(r${k}); if (!(x${k} > ${MIN_S} && x${k} <= ${MAX_S})) ${bailOut}`);
      continue;
    }
    switch (op) {
      case 'add': case 'sub':
        // a double sum below the normal range is exact: nothing to raise
        lazy.push(`const r${k} = ${A} ${sign} ${B}; if (!(Math.abs(r${k}) <= ${MAX_D})) ${bailOut}`);
        // not lazy: UE may be set, and a zero sum's sign depends on the mode: both bail
        full.push(`const a${k} = ${A}, b${k} = ${sign}${B}; let r${k} = a${k} + b${k}; const bb${k} = r${k} - a${k}, e${k} = (a${k} - (r${k} - bb${k})) + (b${k} - bb${k}), x${k} = Math.abs(r${k});
    if (!(x${k} >= ${MIN_NORM} && x${k} <= ${MAX_D} && e${k} === e${k})) ${bailOut}`);
        break;
      case 'mul':
        lazy.push(`const r${k} = ${A} * ${B}, x${k} = Math.abs(r${k}); if (!(x${k} > ${MIN_NORM} && x${k} <= ${MAX_D})) ${bailOut}`);
        full.push(`const a${k} = ${A}, c${k} = ${B}; let r${k} = a${k} * c${k}; const x${k} = Math.abs(r${k});
    if (!(${safe(`Math.abs(a${k})`)} && ${safe(`Math.abs(c${k})`)} && ${safe(`x${k}`)})) ${bailOut}
    let e${k} = 0; { ${dekker(`a${k}`, `c${k}`, `r${k}`)} e${k} = pe; }`);
        break;
      default:
        lazy.push(fma());
        full.push(fma());
    }
    const okDir = op === 'add' || op === 'sub' ? `x${k} > ${MIN_NORM} && x${k} < ${MAX_D}` : 'true';
    full[k] += `
    ix |= e${k} !== 0 ? 1 : 0; if (${stepDue(`r${k}`, `e${k}`)}) { if (!(${okDir})) ${bailOut} ${stepToward(`r${k}`, `e${k}`)} }`;
  }
  const neg = op === 'fma' && kind & 2 ? Array.from({ length: n }, (_, k) => `r${k} = -r${k};`).join(' ') + ' ' : '';
  const writes = Array.from({ length: n }, (_, k) => `${el(i.rt, k)} = r${k};`).join(' ');
  if (single) {
    return `fp: { if ((fs & ${LAZY_MASK}) !== ${XX}) ${bailOut} const V32 = m.st.vsrF32;
    ${lazy.join('\n    ')}
    ${writes} }`;
  }
  return `fp: { if ((fs & ${LAZY_MASK}) === ${XX}) {
    ${lazy.join('\n    ')}
    ${neg}${writes} break fp; }
    if ((fs & ${XE}) !== 0) ${bailOut}
    const rm = fs & 3; let ix = 0;
    ${full.join('\n    ')}
    ${neg}${writes}
    if (ix !== 0 && (fs & ${XX}) === 0) fs |= ${(XX | FX) >>> 0}; }`;
}

type Gen = (i: Insn, sf: boolean, g: EaGen) => string | undefined;

// Memory: the address is computed inline (as ../inline.ts's integer loads and stores do) and the
// generated code calls Memory's accessors directly; the loaded words go straight into the VSR
// (no helper layer: V8 does not inline helpers into a large block function, and each layer cost
// a call and a boxed address or word).
const F32 = new Float32Array(1), W32 = new Uint32Array(F32.buffer);
/** lfs of a NaN or infinity: the handler's converter (SNaNs stay signaling). */
function lfsSlow(m: Machine, rt: number, w: number): void { fpLoadSingle(m, rt, w); }
/** stfs of a double that is not exactly a binary32 value: the handler's bit-level conversion. */
function stfsSlow(m: Machine, rs: number): number { return fpStoreSingle(m, rs); }

const HW = new Int32Array(64), LW = new Int32Array(64), HW1 = new Int32Array(64), LW1 = new Int32Array(64);
for (let r = 0; r < 64; r++) { HW[r] = hiW(r); LW[r] = loW(r); HW1[r] = hiW(r, 1); LW1[r] = loW(r, 1); }
/** lfd (isa/fp.ts lfd). */
function ld64(m: Machine, ea: number, rt: number): void {
  const mem = m.mem, W = m.st.vsrU32;
  const lo = mem.read64(ea);
  W[HW[rt]] = mem.hi; W[LW[rt]] = lo;
}
/** stfd. */
function st64(m: Machine, ea: number, rs: number): void {
  const W = m.st.vsrU32;
  m.mem.write64(ea, W[HW[rs]], W[LW[rs]]);
}
/** lxv/lxvx (vechelpers loadQuad: little-endian reverses the whole quadword). */
function ldQ(m: Machine, ea: number, rt: number): void {
  const mem = m.mem, W = m.st.vsrU32, le = mem.le;
  const l0 = mem.read64(le ? ea + 8 : ea), h0 = mem.hi;
  const l1 = mem.read64(le ? ea : ea + 8), h1 = mem.hi;
  W[HW[rt]] = h0; W[LW[rt]] = l0; W[HW1[rt]] = h1; W[LW1[rt]] = l1;
}
/** lxvd2x (vechelpers loadDw2: element order, each doubleword in the current byte order). */
function ldD2(m: Machine, ea: number, rt: number): void {
  const mem = m.mem, W = m.st.vsrU32;
  const l0 = mem.read64(ea), h0 = mem.hi;
  const l1 = mem.read64(ea + 8), h1 = mem.hi;
  W[HW[rt]] = h0; W[LW[rt]] = l0; W[HW1[rt]] = h1; W[LW1[rt]] = l1;
}
/** stxv/stxvx (storeQuad); a store crossing a page checks the whole quadword first. */
function stQ(m: Machine, ea: number, rs: number): void {
  const mem = m.mem, W = m.st.vsrU32, le = mem.le;
  if ((ea & 0xfff) > 0xff0) mem.checkWritable(ea, 16);
  mem.write64(le ? ea + 8 : ea, W[HW[rs]], W[LW[rs]]);
  mem.write64(le ? ea : ea + 8, W[HW1[rs]], W[LW1[rs]]);
}
/** stxvd2x (storeDw2). */
function stD2(m: Machine, ea: number, rs: number): void {
  const mem = m.mem, W = m.st.vsrU32;
  if ((ea & 0xfff) > 0xff0) mem.checkWritable(ea, 16);
  mem.write64(ea, W[HW[rs]], W[LW[rs]]);
  mem.write64(ea + 8, W[HW1[rs]], W[LW1[rs]]);
}

/** fin's operands: the kernel's round-to-nearest double and its error. */
const FD = new Float64Array(2);

/** Runs insn i's handler with m.pc/m.nia set (the caller wrote the FPSCR local back first and reloads it after). */
function bail(m: Machine, i: Insn): void {
  m.pc = i.addr;
  m.nia = m.sf ? i.addr + i.len : (i.addr + i.len) >>> 0;
  i.h(m, i);
}

/**
 * The out-of-line finish of a scalar kernel result (FD[0], error FD[1]) that the inline code did
 * not take: with the kernel in range and XE clear, isa/fp.ts finishFast's rounding (roundD /
 * roundS: every mode, binary32 double-rounding decisions) and FPSCR update; else the handler.
 * The FPSCR is in the buffer (the caller writes its local back before and reloads it after).
 */
function fin(m: Machine, i: Insn, flags: number): void {
  const fs = m.s64[FLO] | 0;
  if ((flags & FIN_OK) !== 0 && (fs & XE) === 0) {
    const e = FD[1];
    RES[0] = FD[0];
    const es = e > 0 ? 1 : e < 0 ? -1 : 0;
    const st = flags & FIN_SINGLE ? roundS(es, fs & 3) : roundD(es, fs & 3);
    if (st >= 0) {
      const v = flags & FIN_NEG ? -RES[1] : RES[1];
      m.st.vsrF64[2 * i.rt] = v;
      const fprf = v > 0 ? C_PNORM : v < 0 ? C_NNORM : 1 / v > 0 ? C_PZERO : C_NZERO;
      m.s64[FLO] = (fs & NOT_STATUS) | st | fprf | (st & FI ? XX | ((~fs & XX) << 6) : 0);
      return;
    }
  }
  bail(m, i);
}

/** Helpers the generated FP code calls as F.name. */
export const FPX = { D: f64, DU: u32, F32, W32, FD, lfsSlow, stfsSlow, ld64, st64, ldQ, ldD2, stQ, stD2, bail, fin };

type MemKind = 'lfd' | 'stfd' | 'lfs' | 'stfs' | 'ldq' | 'stq' | 'ldd2' | 'std2';
/**
 * A load/store at the inline EA (D form: RA|0 + imm; X form: RA|0 + RB) and the update-form RA
 * write (after the access, so a fault leaves RA unchanged). The quadword forms follow
 * vechelpers loadQuad/storeQuad (both doublewords in the current byte order, little-endian
 * reversing the whole quadword) and loadDw2/storeDw2 (element order, lxvd2x/stxvd2x); a store
 * that crosses a page checks the whole quadword first, so a fault writes nothing.
 */
const mem = (kind: MemKind, upd: boolean, x: boolean): Gen => (i, sf, g) => {
  if (upd && i.ra === 0) return undefined; // invalid form: the handler decides
  const { pre, ea } = x ? g.eaX(i.ra, i.rb, sf) : g.eaD(i.ra, i.imm, sf);
  const r = i.rt;
  let body: string;
  switch (kind) {
    // doublewords: a helper call with the EA (a loaded or stored word >= 2^30 passed to or
    // returned from a Memory accessor that V8 does not inline into the block is a heap number)
    case 'lfd': body = `F.ld64(m, ${ea}, ${r});`; break;
    case 'stfd': body = `F.st64(m, ${ea}, ${r});`; break;
    case 'lfs':
      // a finite binary32 converts exactly through Float32Array
      body = `const w = mem.read32(${ea}); if ((w & 0x7f800000) !== 0x7f800000) { const W32 = F.W32; W32[0] = w; V[${2 * r}] = F.F32[0]; } else F.lfsSlow(m, ${r}, w);`;
      break;
    case 'stfs':
      // a double that is exactly a binary32 value stores its Float32Array bits (ISA stfs: no rounding)
      body = `const d = V[${2 * r}], f = Math.fround(d); let w; if (f === d) { const F32 = F.F32; F32[0] = f; w = F.W32[0]; } else w = F.stfsSlow(m, ${r}); mem.write32(${ea}, w);`;
      break;
    // quadwords: one helper call (two inline read64/write64 calls each made the block functions
    // much larger, and slower to compile, for no gain)
    case 'ldq': body = `F.ldQ(m, ${ea}, ${r});`; break;
    case 'ldd2': body = `F.ldD2(m, ${ea}, ${r});`; break;
    case 'stq': body = `F.stQ(m, ${ea}, ${r});`; break;
    case 'std2': body = `F.stD2(m, ${ea}, ${r});`; break;
  }
  const u = upd ? ` ${x ? updX(i) : g.addImm(i.ra, i.ra, i.imm)}` : '';
  return `{ ${pre}${body}${u} }`;
};
const lfd = (x: boolean, upd: boolean): Gen => mem('lfd', upd, x);
const stfd = (x: boolean, upd: boolean): Gen => mem('stfd', upd, x);
const lfs = (x: boolean, upd: boolean): Gen => mem('lfs', upd, x);
const stfs = (x: boolean, upd: boolean): Gen => mem('stfs', upd, x);
/** RA <- RA + RB (helpers.updateX). */
function updX(i: Insn): string {
  return `{ const lo = gl[${i.ra}] + gl[${i.rb}]; gh[${i.ra}] = (gh[${i.ra}] + gh[${i.rb}] + (lo > 0xffffffff ? 1 : 0)) >>> 0; gl[${i.ra}] = lo >>> 0; }`;
}

const move = (kind: number): Gen => (i) => {
  if (i.rec) return undefined;
  const h = `VW[${hiW(i.rb)}]`;
  const v = [h, `${h} ^ 0x80000000`, `${h} & 0x7fffffff`, `${h} | 0x80000000`, `(${h} & 0x7fffffff) | (VW[${hiW(i.ra)}] & 0x80000000)`][kind];
  return `{ const h = ${v}, lo = VW[${loW(i.rb)}]; VW[${hiW(i.rt)}] = h; VW[${loW(i.rt)}] = lo; }`;
};

/** xxpermdi (xxmrghd/xxmrgld/xxswapd are its forms). */
const xxpermdi: Gen = (i) => {
  const dm = (i.word >>> 8) & 3, d0 = dm >>> 1, d1 = dm & 1;
  return `{ const ah = VW[${hiW(i.ra, d0)}], al = VW[${loW(i.ra, d0)}], bh = VW[${hiW(i.rb, d1)}], bl = VW[${loW(i.rb, d1)}];
    VW[${hiW(i.rt, 0)}] = ah; VW[${loW(i.rt, 0)}] = al; VW[${hiW(i.rt, 1)}] = bh; VW[${loW(i.rt, 1)}] = bl; }`;
};
const xxlogic = (f: (a: string, b: string) => string): Gen => (i) => {
  const t = i.rt << 2, a = i.ra << 2, b = i.rb << 2;
  const w = [0, 1, 2, 3].map((k) => `const w${k} = ${f(`VW[${a + k}]`, `VW[${b + k}]`)};`).join(' ');
  return `{ ${w} VW[${t}] = w0; VW[${t + 1}] = w1; VW[${t + 2}] = w2; VW[${t + 3}] = w3; }`;
};

const GENS: Record<string, Gen> = {
  lfd: lfd(false, false), lfdu: lfd(false, true), lfdx: lfd(true, false), lfdux: lfd(true, true),
  stfd: stfd(false, false), stfdu: stfd(false, true), stfdx: stfd(true, false), stfdux: stfd(true, true),
  lfs: lfs(false, false), lfsu: lfs(false, true), lfsx: lfs(true, false), lfsux: lfs(true, true),
  stfs: stfs(false, false), stfsu: stfs(false, true), stfsx: stfs(true, false), stfsux: stfs(true, true),
  fmr: move(0), fneg: move(1), fabs: move(2), fnabs: move(3), fcpsgn: move(4),
  fadd: (i) => arith('add', i, false), fsub: (i) => arith('sub', i, false), fmul: (i) => arith('mul', i, false),
  fdiv: (i) => arith('div', i, false), fsqrt: (i) => arith('sqrt', i, false),
  fadds: (i) => arith('add', i, true), fsubs: (i) => arith('sub', i, true), fmuls: (i) => arith('mul', i, true),
  fdivs: (i) => arith('div', i, true), fsqrts: (i) => arith('sqrt', i, true),
  fmadd: (i) => arith('fma', i, false, 0), fmsub: (i) => arith('fma', i, false, 1),
  fnmadd: (i) => arith('fma', i, false, 2), fnmsub: (i) => arith('fma', i, false, 3),
  fmadds: (i) => arith('fma', i, true, 0), fmsubs: (i) => arith('fma', i, true, 1),
  fnmadds: (i) => arith('fma', i, true, 2), fnmsubs: (i) => arith('fma', i, true, 3),
  // VSX loads/stores: the handlers' element-order helpers
  lxvd2x: mem('ldd2', false, true), stxvd2x: mem('std2', false, true), lxvx: mem('ldq', false, true), stxvx: mem('stq', false, true),
  lxv: mem('ldq', false, false), stxv: mem('stq', false, false),
  xxpermdi,
  xxlor: xxlogic((a, b) => `${a} | ${b}`), xxlxor: xxlogic((a, b) => `${a} ^ ${b}`), xxland: xxlogic((a, b) => `${a} & ${b}`),
  xvadddp: (i) => vlanes('add', i, false), xvsubdp: (i) => vlanes('sub', i, false), xvmuldp: (i) => vlanes('mul', i, false),
  xvmaddadp: (i) => vlanes('fma', i, false, true, 0), xvmaddmdp: (i) => vlanes('fma', i, false, false, 0),
  xvmsubadp: (i) => vlanes('fma', i, false, true, 1), xvmsubmdp: (i) => vlanes('fma', i, false, false, 1),
  xvnmaddadp: (i) => vlanes('fma', i, false, true, 2), xvnmaddmdp: (i) => vlanes('fma', i, false, false, 2),
  xvnmsubadp: (i) => vlanes('fma', i, false, true, 3), xvnmsubmdp: (i) => vlanes('fma', i, false, false, 3),
  xvaddsp: (i) => vlanes('add', i, true), xvsubsp: (i) => vlanes('sub', i, true), xvmulsp: (i) => vlanes('mul', i, true),
};
/** Rows whose code reads and writes the FPSCR local fs (and may call F.bail / F.fin with $I). */
const ARITH = new Set(Object.keys(GENS).filter((k) => /^(f(add|sub|mul|div|sqrt|n?m(add|sub))s?|xv.*[ds]p)$/.test(k)));

/** Primary opcodes of the rows above (a namesake in another table is not the row meant). */
const OPCD: Record<string, number> = {
  lfd: 50, lfdu: 51, stfd: 54, stfdu: 55, lfs: 48, lfsu: 49, stfs: 52, stfsu: 53,
  lfdx: 31, lfdux: 31, stfdx: 31, stfdux: 31, lfsx: 31, lfsux: 31, stfsx: 31, stfsux: 31,
  lxvd2x: 31, stxvd2x: 31, lxvx: 31, stxvx: 31, lxv: 61, stxv: 61,
};
const MEMORY = new Set(Object.keys(OPCD));
const SINGLE = new Set(['fadds', 'fsubs', 'fmuls', 'fdivs', 'fsqrts', 'fmadds', 'fmsubs', 'fnmadds', 'fnmsubs']);

/** Inline source for an FP/VSX instruction, or undefined (call its handler). */
export function inlineFp(i: Insn, sf: boolean, g: EaGen): FpInline | undefined {
  const row = i.row;
  if (!row) return undefined;
  const gen = GENS[row.mnem];
  if (!gen) return undefined;
  const opcd = OPCD[row.mnem] ?? (row.mnem.startsWith('x') ? 60 : SINGLE.has(row.mnem) ? 59 : 63);
  if (row.opcd !== opcd) return undefined;
  const code = gen(i, sf, g);
  if (code === undefined) return undefined;
  return { code, faults: MEMORY.has(row.mnem), fpscr: ARITH.has(row.mnem) };
}
