// Inline JS source for the hottest simple instructions of a translated block (translate.ts).
// Each generator reproduces its row handler exactly (same 64-bit results, same CR/XER effects,
// same effective addresses and memory calls), with operand numbers, immediates, masks and the
// block's mode (MSR[SF]) folded in as constants. Anything not covered here (OE forms, rare
// instructions, invalid update forms) keeps calling its handler.
//
// The generated code sees: m (the Machine), gh/gl (GPR halves), s32 (CR/XER), s64 (LR/CTR
// pairs), mem (m.mem), F (the fixed-point helpers in FX) and, when a generator asks for it
// (Inline.wide), W = whether the model has 64-bit compares.

import { FEATURE_BIT } from '../features/features.js';
import type { Insn } from './insn.js';
import { mask64, MUL_HI, mul64lo, scratch } from './isa/fxhelpers.js';
import { Spr32, Spr64 } from './state.js';
import { type EaGen, FPX, inlineFp } from './fpu/inline.js';

const CR = Spr32.CR, XER = Spr32.XER, CTR = 2 * Spr64.CTR, LR = 2 * Spr64.LR;

/** Helpers the generated code calls as F.name (the handlers' own). */
export const FX = { mul64lo, scratch };
const TWO32 = 4294967296;
const TWO64 = 18446744073709551616;

export interface Inline {
  /** JS statements (self-contained block). */
  code: string;
  /** The instruction accesses memory: m.pc must be current before it. */
  faults: boolean;
  /** The code reads W (m.has[ppc64], hoisted once per block call). */
  wide: boolean;
  /** The code reads V/VW (m.st.vsrF64 / vsrU32) and may name its Insn `$I` (FP section below). */
  fp?: boolean;
  /** The code reads/writes the FPSCR local `fs` (fpu/inline.ts FS_LOAD). */
  fpscr?: boolean;
}

/** The flag index the hoisted W reads. */
export const WIDE_BIT = FEATURE_BIT.ppc64;

type Gen = (i: Insn, sf: boolean) => string | undefined;

/** A number as an exact JS literal. */
const lit = (v: number): string => (Object.is(v, -0) ? '0' : String(v));

/** CR0 from GPR r (as helpers.setCr0: LT/GT/EQ over 64 bits or the low word, SO copied). */
function cr0(r: number, sf: boolean): string {
  const c = sf
    ? `const h = gh[${r}] | 0; const c = h < 0 ? 8 : h > 0 || gl[${r}] !== 0 ? 4 : 2;`
    : `const l = gl[${r}] | 0; const c = l < 0 ? 8 : l > 0 ? 4 : 2;`;
  return ` { ${c} s32[${CR}] = (s32[${CR}] & 0x0fffffff) | (c << 28) | ((s32[${XER}] >>> 31) << 28); }`;
}

/** CR field BF (i.rt >>> 2) set to the LT/GT/EQ expression c with SO copied (fxhelpers.setCrAt). */
function crField(bf: number, c: string): string {
  const sh = 28 - 4 * bf;
  return `s32[${CR}] = (s32[${CR}] & ${lit(~(0xf << sh))}) | ((${c} | (s32[${XER}] >>> 31)) << ${sh});`;
}

/** rt <- ra + imm (signed 32-bit), exact over 64 bits (helpers.addImm). */
function addImm(rt: number, ra: number, imm: number): string {
  // lo = gl[ra] + imm; the carry into the high word is lo > 2^32-1 (imm >= 0) or lo >= 0
  // (imm < 0, where the high word adds 0xffffffff).
  return imm >= 0
    ? `{ const lo = gl[${ra}] + ${imm}; gh[${rt}] = gh[${ra}] + (lo > 0xffffffff ? 1 : 0); gl[${rt}] = lo; }`
    : `{ const lo = gl[${ra}] + ${imm}; gh[${rt}] = gh[${ra}] - (lo < 0 ? 1 : 0); gl[${rt}] = lo; }`;
}

/** EA of a D/DS-form access, (RA|0) + imm (helpers.eaD), as an expression; may use locals l, c. */
function eaD(ra: number, imm: number, sf: boolean): { pre: string; ea: string } {
  if (!sf) return { pre: '', ea: ra === 0 ? lit(imm >>> 0) : `(gl[${ra}] + ${imm}) >>> 0` };
  if (ra === 0) return { pre: '', ea: lit(imm < 0 ? TWO64 + imm : imm) };
  // helpers.addr64: c = floor((lo + imm) / 2^32) is -1, 0 or 1 for a 16-bit displacement.
  const c = imm >= 0 ? `l > 0xffffffff ? 1 : 0` : `l < 0 ? -1 : 0`;
  return {
    pre: `const l = gl[${ra}] + ${imm}, c = ${c}; `,
    ea: `((gh[${ra}] + c) >>> 0) * ${TWO32} + (l - c * ${TWO32})`,
  };
}

/** EA of an X-form access, (RA|0) + RB (helpers.eaX). */
function eaX(ra: number, rb: number, sf: boolean): { pre: string; ea: string } {
  if (!sf) return { pre: '', ea: ra === 0 ? `gl[${rb}]` : `(gl[${ra}] + gl[${rb}]) >>> 0` };
  if (ra === 0) return { pre: '', ea: `gh[${rb}] * ${TWO32} + gl[${rb}]` };
  return {
    pre: `const l = gl[${ra}] + gl[${rb}]; `,
    ea: `((gh[${ra}] + gh[${rb}] + (l > 0xffffffff ? 1 : 0)) >>> 0) * ${TWO32} + (l >>> 0)`,
  };
}

type Load = 'u8' | 'u16' | 's16' | 'u32' | 's32' | 'u64';
const READ: Record<Load, string> = { u8: 'read8', u16: 'read16', s16: 'read16', u32: 'read32', s32: 'read32', u64: 'read64' };

/** Sets rt from the loaded local v (64-bit loads: high half in mem.hi). */
function setLoaded(rt: number, kind: Load): string {
  switch (kind) {
    case 'u64': return `gh[${rt}] = mem.hi; gl[${rt}] = v;`;
    case 's16': return `const s = (v << 16) >> 16; gh[${rt}] = s < 0 ? 0xffffffff : 0; gl[${rt}] = s;`;
    case 's32': return `gh[${rt}] = (v | 0) < 0 ? 0xffffffff : 0; gl[${rt}] = v;`;
    default: return `gh[${rt}] = 0; gl[${rt}] = v;`;
  }
}

function loadD(kind: Load, update: boolean): Gen {
  return (i, sf) => {
    if (update && (i.ra === 0 || i.ra === i.rt)) return undefined; // invalid form: the handler raises it
    const { pre, ea } = eaD(i.ra, i.imm, sf);
    const upd = update ? ' ' + addImm(i.ra, i.ra, i.imm) : '';
    return `{ ${pre}const v = mem.${READ[kind]}(${ea});${upd} ${setLoaded(i.rt, kind)} }`;
  };
}

function loadX(kind: Load): Gen {
  return (i, sf) => {
    const { pre, ea } = eaX(i.ra, i.rb, sf);
    return `{ ${pre}const v = mem.${READ[kind]}(${ea}); ${setLoaded(i.rt, kind)} }`;
  };
}

type Store = 8 | 16 | 32 | 64;
function storeCall(size: Store, rs: number, ea: string): string {
  switch (size) {
    case 8: return `mem.write8(${ea}, gl[${rs}] & 0xff);`;
    case 16: return `mem.write16(${ea}, gl[${rs}] & 0xffff);`;
    case 32: return `mem.write32(${ea}, gl[${rs}]);`;
    case 64: return `mem.write64(${ea}, gh[${rs}], gl[${rs}]);`;
  }
}

function storeD(size: Store, update: boolean): Gen {
  return (i, sf) => {
    if (update && i.ra === 0) return undefined;
    const { pre, ea } = eaD(i.ra, i.imm, sf);
    const upd = update ? ' ' + addImm(i.ra, i.ra, i.imm) : '';
    return `{ ${pre}${storeCall(size, i.rt, ea)}${upd} }`;
  };
}

function storeX(size: Store): Gen {
  return (i, sf) => {
    const { pre, ea } = eaX(i.ra, i.rb, sf);
    return `{ ${pre}${storeCall(size, i.rt, ea)} }`;
  };
}

/** X-form logical RA <- f(RS, RB) on both halves, with the Rc form. */
function logical(op: (a: string, b: string) => string): Gen {
  return (i, sf) => {
    const s = i.rt, a = i.ra, b = i.rb;
    const body = `gh[${a}] = ${op(`gh[${s}]`, `gh[${b}]`)}; gl[${a}] = ${op(`gl[${s}]`, `gl[${b}]`)};`;
    return i.rec ? body + cr0(a, sf) : body;
  };
}

/** Sign extensions from a byte/halfword/word: `sh` is the left-then-arithmetic-right shift. */
function exts(sh: number): Gen {
  return (i, sf) => {
    const v = sh === 0 ? `gl[${i.rt}] | 0` : `(gl[${i.rt}] << ${sh}) >> ${sh}`;
    const body = `{ const v = ${v}; gh[${i.ra}] = v >> 31; gl[${i.ra}] = v; }`;
    return i.rec ? body + cr0(i.ra, sf) : body;
  };
}

/** D-form logical immediates RA <- RS op UI (ori/oris/xori/xoris: high word copied). */
function logImm(op: '|' | '^', shift: number): Gen {
  return (i) => {
    const u = (i.ui << shift) | 0;
    if (u === 0 && i.ra === i.rt) return ''; // nop (ori 0,0,0 and friends)
    return `gh[${i.ra}] = gh[${i.rt}]; gl[${i.ra}] = gl[${i.rt}] ${op} ${u};`;
  };
}

/** andi./andis.: RA <- RS & UI (high word zero), CR0 always. */
function andImm(shift: number): Gen {
  return (i, sf) => `gh[${i.ra}] = 0; gl[${i.ra}] = gl[${i.rt}] & ${(i.ui << shift) | 0};` + cr0(i.ra, sf);
}

/** `v & mask` for a constant mask (0 and all-ones folded). */
const andMask = (v: string, mask: number): string => ((mask | 0) === 0 ? '0' : (mask | 0) === -1 ? v : `${v} & ${mask | 0}`);

/** Rotate of the 32-bit RS by the constant n as an int32 expression. */
function rotl32(s: number, n: number): string {
  return n === 0 ? `gl[${s}]` : `((gl[${s}] << ${n}) | (gl[${s}] >>> ${32 - n}))`;
}

/** 64-bit rotate of RS by the constant n into locals rh, rl (fxhelpers.rotl64). */
function rotl64(s: number, n: number): string {
  let h = `gh[${s}]`, l = `gl[${s}]`;
  if (n >= 32) { const t = h; h = l; l = t; n -= 32; }
  if (n === 0) return `const rh = ${h}, rl = ${l};`;
  return `const hh = ${h}, ll = ${l}; const rh = (hh << ${n}) | (ll >>> ${32 - n}), rl = (ll << ${n}) | (hh >>> ${32 - n});`;
}

/** rldicl/rldicr/rldic: RA <- ROTL64(RS, sh) & MASK. */
function rotMd(maskOf: (i: Insn) => [number, number]): Gen {
  return (i, sf) => {
    const [mh, ml] = maskOf(i);
    const body = `{ ${rotl64(i.rt, i.sh)} gh[${i.ra}] = ${andMask('rh', mh)}; gl[${i.ra}] = ${andMask('rl', ml)}; }`;
    return i.rec ? body + cr0(i.ra, sf) : body;
  };
}

/** Compares: word or doubleword by L (and, for L=1, the model's 64-bit support, W). */
function compare(word: (i: Insn) => string, dword: (i: Insn) => string): Gen {
  return (i) => {
    const bf = i.rt >>> 2;
    const w = crField(bf, word(i)), d = crField(bf, dword(i));
    return (i.rt & 1) === 0 ? `{ ${w} }` : `if (W) { ${d} } else { ${w} }`;
  };
}
const sgn3 = (a: string, b: string) => `(${a} < ${b} ? 8 : ${a} > ${b} ? 4 : 2)`;
/** 64-bit compares over halves (fxhelpers.cmp64s / cmp64u). */
const cmp64 = (signed: boolean, ah: string, al: string, bh: string, bl: string) => signed
  ? `(${ah} !== ${bh} ? ((${ah} | 0) < (${bh} | 0) ? 8 : 4) : ${sgn3(al, bl)})`
  : `(${ah} !== ${bh} ? (${ah} < ${bh} ? 8 : 4) : ${sgn3(al, bl)})`;

/** Target of an I/B-form branch (branch.ts target()): a constant for a given instruction. */
function target(i: Insn, sf: boolean): number {
  const t = (i.aa ? 0 : i.addr) + i.imm;
  if (!sf) return t >>> 0;
  return t < 0 ? t + TWO64 : t >= TWO64 ? t - TWO64 : t;
}

/**
 * Branches without link (always a block's last instruction; m.nia is preset to the next
 * address): b, and bc testing only a CR bit (beq, bne, ...) or only CTR (bdnz, bdz).
 */
const branch: Record<string, Gen> = {
  b: (i, sf) => (i.lk ? undefined : `m.nia = ${lit(target(i, sf))};`),
  bc: (i, sf) => {
    const bo = i.rt, t = lit(target(i, sf));
    if (i.lk) return undefined;
    if ((bo & 0x14) === 0x04) {
      const x = 1 << (31 - i.ra);
      return `if ((s32[${CR}] & ${x}) === ${bo & 8 ? x : 0}) m.nia = ${t};`;
    }
    if ((bo & 0x14) === 0x10) {
      // CTR -= 1 over 64 bits; branch on (CTR != 0) as BO[3] asks (the low word in 32-bit mode).
      const nz = sf ? `(s64[${CTR}] | s64[${CTR + 1}]) !== 0` : 'lo !== 1';
      return `{ const lo = s64[${CTR + 1}]; if (lo === 0) s64[${CTR}] = s64[${CTR}] - 1; s64[${CTR + 1}] = lo - 1; ` +
        `if ((${nz} ? 1 : 0) !== ${(bo >>> 1) & 1}) m.nia = ${t}; }`;
    }
    return undefined;
  },
};

/** bclr / bcctr: target in the register pair k (low 2 bits cleared), read before LK links. */
function branchReg(k: number): Gen {
  return (i, sf) => {
    const bo = i.rt;
    const always = (bo & 0x14) === 0x14, crOnly = (bo & 0x14) === 0x04;
    if (!always && !crOnly) return undefined; // CTR tests (and bcctr's invalid forms): handler
    const t = sf ? `s64[${k}] * ${TWO32} + ((s64[${k + 1}] & -4) >>> 0)` : `(s64[${k + 1}] & -4) >>> 0`;
    const next = sf ? i.addr + 4 : (i.addr + 4) >>> 0;
    const link = i.lk ? ` s64[${LR}] = ${Math.floor(next / TWO32)}; s64[${LR + 1}] = ${next % TWO32};` : '';
    if (always) return `{ const t = ${t};${link} m.nia = t; }`;
    const x = 1 << (31 - i.ra);
    return `{ const t = ${t};${link} if ((s32[${CR}] & ${x}) === ${bo & 8 ? x : 0}) m.nia = t; }`;
  };
}

/**
 * slw / srw / sld / srd: RA <- RS shifted by RB's low 6 (words) or 7 bits (fixedpoint.ts); `body`
 * computes rh, rl from s (RS) and b (RB), all read before RA is written.
 */
function shift(body: (s: number, b: number) => string): Gen {
  return (i, sf) => {
    const code = `{ ${body(i.rt, i.rb)} gh[${i.ra}] = rh; gl[${i.ra}] = rl; }`;
    return i.rec ? code + cr0(i.ra, sf) : code;
  };
}

const GENS: Record<string, Gen> = {
  ...branch,
  bclr: branchReg(LR),
  bcctr: branchReg(CTR),
  slw: shift((s, b) => `const n = gl[${b}] & 63, rh = 0, rl = n < 32 ? gl[${s}] << n : 0;`),
  srw: shift((s, b) => `const n = gl[${b}] & 63, rh = 0, rl = n < 32 ? gl[${s}] >>> n : 0;`),
  sld: shift((s, b) => `const n = gl[${b}] & 127, h = gh[${s}], l = gl[${s}]; let rh, rl;
    if (n >= 64) { rh = 0; rl = 0; } else if (n >= 32) { rh = l << (n - 32); rl = 0; } else if (n === 0) { rh = h; rl = l; }
    else { rh = (h << n) | (l >>> (32 - n)); rl = l << n; }`),
  srd: shift((s, b) => `const n = gl[${b}] & 127, h = gh[${s}], l = gl[${s}]; let rh, rl;
    if (n >= 64) { rh = 0; rl = 0; } else if (n >= 32) { rh = 0; rl = h >>> (n - 32); } else if (n === 0) { rh = h; rl = l; }
    else { rh = h >>> n; rl = (l >>> n) | (h << (32 - n)); }`),
  mulld: (i, sf) => {
    if (i.oe) return undefined;
    const body = `{ const lo = F.mul64lo(gh[${i.ra}], gl[${i.ra}], gh[${i.rb}], gl[${i.rb}]); gh[${i.rt}] = F.scratch[${MUL_HI}]; gl[${i.rt}] = lo; }`;
    return i.rec ? body + cr0(i.rt, sf) : body;
  },
  mfspr: (i) => (i.spr === 8 || i.spr === 9
    ? `gh[${i.rt}] = s64[${i.spr === 8 ? LR : CTR}]; gl[${i.rt}] = s64[${(i.spr === 8 ? LR : CTR) + 1}];`
    : undefined),
  mtspr: (i) => (i.spr === 8 || i.spr === 9
    ? `s64[${i.spr === 8 ? LR : CTR}] = gh[${i.rt}]; s64[${(i.spr === 8 ? LR : CTR) + 1}] = gl[${i.rt}];`
    : i.spr === 1 ? `s32[${XER}] = gl[${i.rt}];` : undefined),
  addi: (i) => i.ra === 0
    ? `gh[${i.rt}] = ${(i.imm >> 31) >>> 0}; gl[${i.rt}] = ${i.imm >>> 0};`
    : addImm(i.rt, i.ra, i.imm),
  addis: (i) => i.ra === 0
    ? `gh[${i.rt}] = ${(i.imm >> 31) >>> 0}; gl[${i.rt}] = ${(i.imm << 16) >>> 0};`
    : addImm(i.rt, i.ra, i.imm << 16),
  add: (i, sf) => {
    if (i.oe) return undefined;
    const body = `{ const lo = gl[${i.ra}] + gl[${i.rb}]; gh[${i.rt}] = gh[${i.ra}] + gh[${i.rb}] + (lo > 0xffffffff ? 1 : 0); gl[${i.rt}] = lo; }`;
    return i.rec ? body + cr0(i.rt, sf) : body;
  },
  subf: (i, sf) => {
    if (i.oe) return undefined;
    const body = `{ const lo = gl[${i.rb}] - gl[${i.ra}]; gh[${i.rt}] = gh[${i.rb}] - gh[${i.ra}] - (lo < 0 ? 1 : 0); gl[${i.rt}] = lo; }`;
    return i.rec ? body + cr0(i.rt, sf) : body;
  },
  neg: (i, sf) => {
    if (i.oe) return undefined;
    const body = `{ const l = gl[${i.ra}]; gh[${i.rt}] = -gh[${i.ra}] - (l !== 0 ? 1 : 0); gl[${i.rt}] = -l; }`;
    return i.rec ? body + cr0(i.rt, sf) : body;
  },
  and: logical((a, b) => `${a} & ${b}`),
  andc: logical((a, b) => `${a} & ~${b}`),
  or: (i, sf) => (!i.rec && i.rt === i.rb
    ? `gh[${i.ra}] = gh[${i.rt}]; gl[${i.ra}] = gl[${i.rt}];`
    : logical((a, b) => `${a} | ${b}`)(i, sf)),
  orc: logical((a, b) => `${a} | ~${b}`),
  xor: logical((a, b) => `${a} ^ ${b}`),
  nor: logical((a, b) => `~(${a} | ${b})`),
  nand: logical((a, b) => `~(${a} & ${b})`),
  eqv: logical((a, b) => `~(${a} ^ ${b})`),
  ori: logImm('|', 0),
  oris: logImm('|', 16),
  xori: logImm('^', 0),
  xoris: logImm('^', 16),
  andi: andImm(0),
  andis: andImm(16),
  extsb: exts(24),
  extsh: exts(16),
  extsw: exts(0),
  rlwinm: (i, sf) => {
    const [mh, ml] = mask64(i.mb + 32, i.me + 32);
    const body = `{ const r = ${rotl32(i.rt, i.sh)}; gh[${i.ra}] = ${andMask('r', mh)}; gl[${i.ra}] = ${andMask('r', ml)}; }`;
    return i.rec ? body + cr0(i.ra, sf) : body;
  },
  rldicl: rotMd((i) => mask64(i.mb, 63)),
  rldicr: rotMd((i) => mask64(0, i.me)),
  rldic: rotMd((i) => mask64(i.mb, 63 - i.sh)),
  cmp: compare(
    (i) => sgn3(`(gl[${i.ra}] | 0)`, `(gl[${i.rb}] | 0)`),
    (i) => cmp64(true, `gh[${i.ra}]`, `gl[${i.ra}]`, `gh[${i.rb}]`, `gl[${i.rb}]`),
  ),
  cmpl: compare(
    (i) => sgn3(`gl[${i.ra}]`, `gl[${i.rb}]`),
    (i) => cmp64(false, `gh[${i.ra}]`, `gl[${i.ra}]`, `gh[${i.rb}]`, `gl[${i.rb}]`),
  ),
  cmpi: compare(
    (i) => sgn3(`(gl[${i.ra}] | 0)`, lit(i.imm)),
    (i) => cmp64(true, `gh[${i.ra}]`, `gl[${i.ra}]`, lit((i.imm >> 31) >>> 0), lit(i.imm >>> 0)),
  ),
  cmpli: compare(
    (i) => sgn3(`gl[${i.ra}]`, lit(i.ui)),
    (i) => cmp64(false, `gh[${i.ra}]`, `gl[${i.ra}]`, '0', lit(i.ui)),
  ),
  lbz: loadD('u8', false), lhz: loadD('u16', false), lha: loadD('s16', false), lwz: loadD('u32', false),
  lwa: loadD('s32', false), ld: loadD('u64', false),
  lbzu: loadD('u8', true), lhzu: loadD('u16', true), lwzu: loadD('u32', true), ldu: loadD('u64', true),
  lbzx: loadX('u8'), lhzx: loadX('u16'), lwzx: loadX('u32'), ldx: loadX('u64'), lhax: loadX('s16'), lwax: loadX('s32'),
  stb: storeD(8, false), sth: storeD(16, false), stw: storeD(32, false), std: storeD(64, false),
  stbu: storeD(8, true), sthu: storeD(16, true), stwu: storeD(32, true), stdu: storeD(64, true),
  stbx: storeX(8), sthx: storeX(16), stwx: storeX(32), stdx: storeX(64),
};

/** Memory instructions (the inline code must run with m.pc current). */
const MEMORY = new Set([
  'lbz', 'lhz', 'lha', 'lwz', 'lwa', 'ld', 'lbzu', 'lhzu', 'lwzu', 'ldu', 'lbzx', 'lhzx', 'lwzx', 'ldx', 'lhax', 'lwax',
  'stb', 'sth', 'stw', 'std', 'stbu', 'sthu', 'stwu', 'stdu', 'stbx', 'sthx', 'stwx', 'stdx',
]);

/**
 * Primary opcodes of the rows above, to be sure a row is the one meant (not a namesake); the
 * wasm emitters (wasm/emit.ts) cover the same rows and use it too.
 */
export const OPCD: Record<string, number> = {
  addi: 14, addis: 15, ori: 24, oris: 25, xori: 26, xoris: 27, andi: 28, andis: 29, rlwinm: 21,
  rldicl: 30, rldicr: 30, rldic: 30, cmpi: 11, cmpli: 10, b: 18, bc: 16, bclr: 19, bcctr: 19,
  lbz: 34, lhz: 40, lha: 42, lwz: 32, lwa: 58, ld: 58, lbzu: 35, lhzu: 41, lwzu: 33, ldu: 58,
  stb: 38, sth: 44, stw: 36, std: 62, stbu: 39, sthu: 45, stwu: 37, stdu: 62,
};

/** Inline source for instruction i in a block of mode sf, or undefined (call its handler). */
export function inlineInsn(i: Insn, sf: boolean): Inline | undefined {
  const row = i.row;
  if (!row || row.space === 'spe') return undefined;
  const fp = inlineFp(i, sf, EA_GEN);
  if (fp) return { code: fp.code, faults: fp.faults, wide: false, fp: true, fpscr: fp.fpscr };
  const gen = GENS[row.mnem];
  if (!gen || (row.opcd !== (OPCD[row.mnem] ?? 31))) return undefined;
  const code = gen(i, sf);
  if (code === undefined) return undefined;
  const wide = (row.mnem === 'cmp' || row.mnem === 'cmpl' || row.mnem === 'cmpi' || row.mnem === 'cmpli') && (i.rt & 1) !== 0;
  return { code, faults: MEMORY.has(row.mnem), wide };
}

// ==== FP section (floating point and VSX; generators in fpu/inline.ts) ======================
// FP/VSX rows are generated by fpu/inline.ts with this file's address helpers. Their code reads
// V/VW (m.st.vsrF64 / vsrU32, hoisted by translate.ts when Inline.fp), may name the instruction
// `$I` (its handler is the bail-out, called by fpu/inline.ts's out-of-line helpers) and, when
// Inline.fpscr, keeps the FPSCR in the local `fs` that translate.ts declares and writes back.
const EA_GEN: EaGen = { eaD, eaX, addImm };
Object.assign(FX, FPX);
