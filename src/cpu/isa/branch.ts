// Branch: b, bc, bclr, bcctr, bctar (each row covers the AA/LK variants).
//
// BO (i.rt) bits, ISA numbering BO0..BO4 = 0x10..0x01: 0x10 ignore the CR bit, 0x08 the CR
// value wanted, 0x04 do not decrement CTR, 0x02 branch when CTR == 0 (else when != 0).
// CTR is decremented as a 64-bit value; in 32-bit mode the zero test uses its low word, and
// branch targets and LR values are truncated to 32 bits (m.nia already is).
// Each bc is specialised on first execution: for a CR-only test, i.x is the CR bit's mask and
// i.y the value wanted under that mask.

import type { Insn } from '../insn.js';
import { FEATURE_BIT } from '../../features/features.js';
import { ILL_ILLOPC, SIGILL, type Machine } from '../machine.js';
import { GuestFault } from '../memory.js';
import { Spr32, Spr64 } from '../state.js';
import { specialize } from './fxhelpers.js';
import { Flag, type Handler, type Row } from './table.js';

const TWO32 = 4294967296;
const TWO64 = TWO32 * TWO32;
const LR = 2 * Spr64.LR, CTR = 2 * Spr64.CTR, TAR = 2 * Spr64.TAR;

/** Target of an I/B-form branch: relative to the instruction or absolute (AA). */
function target(m: Machine, i: Insn): number {
  const t = (i.aa ? 0 : i.addr) + i.imm;
  if (!m.sf) return t >>> 0;
  return t < 0 ? t + TWO64 : t >= TWO64 ? t - TWO64 : t;
}

/** LR <- the address after the branch (m.nia before any change). */
function link(m: Machine): void {
  const v = m.nia;
  m.s64[LR] = v >= TWO32 ? Math.floor(v / TWO32) : 0;
  m.s64[LR + 1] = v;
}

/** Target held in the 64-bit register pair at k (LR, CTR, TAR) with the low 2 bits cleared. */
function regTarget(m: Machine, k: number): number {
  const lo = (m.s64[k + 1] & ~3) >>> 0;
  return m.sf ? m.s64[k] * TWO32 + lo : lo;
}

/** Decrements CTR; returns 1 if the (mode-sized) result is non-zero. */
function decCtr(m: Machine): number {
  const lo = m.s64[CTR + 1];
  if (lo === 0) m.s64[CTR] = m.s64[CTR] - 1;
  m.s64[CTR + 1] = lo - 1;
  return (m.sf ? (m.s64[CTR] | m.s64[CTR + 1]) !== 0 : lo !== 1) ? 1 : 0;
}

/** The full BO test (CTR decrement first, then the CR bit). */
function boOk(m: Machine, bo: number, bi: number): boolean {
  if (!(bo & 4) && decCtr(m) === ((bo >>> 1) & 1)) return false;
  return (bo & 16) !== 0 || ((m.s32[Spr32.CR] >>> (31 - bi)) & 1) === ((bo >>> 3) & 1);
}

// ---- b ------------------------------------------------------------------------------------------

const bRel: Handler = (m, i) => {
  const t = i.addr + i.imm;
  m.nia = m.sf ? (t < 0 ? t + TWO64 : t) : t >>> 0;
};
const bAny: Handler = (m, i) => {
  if (i.lk) link(m);
  m.nia = target(m, i);
};
const b = specialize((_m, i) => (i.aa | i.lk ? bAny : bRel));

// ---- bc -----------------------------------------------------------------------------------------

/** CR-only test, no link (beq, bne, blt, ...). */
const bcCr: Handler = (m, i) => {
  if ((m.s32[Spr32.CR] & i.x) === i.y) m.nia = target(m, i);
};
/** bdnz / bdz. */
const bcCtr: Handler = (m, i) => {
  if (decCtr(m) !== ((i.rt >>> 1) & 1)) m.nia = target(m, i);
};
const bcAny: Handler = (m, i) => {
  const ok = boOk(m, i.rt, i.ra);
  if (i.lk) link(m);
  if (ok) m.nia = target(m, i);
};
const bc = specialize((_m, i) => {
  const bo = i.rt;
  if (i.lk) return bcAny;
  if ((bo & 0x14) === 0x04) {
    i.x = 1 << (31 - i.ra); // signed, as `cr & i.x` is
    i.y = bo & 8 ? i.x : 0;
    return bcCr;
  }
  if ((bo & 0x14) === 0x10) return bcCtr;
  return bcAny;
});

// ---- bclr / bcctr / bctar ---------------------------------------------------------------------

const blr: Handler = (m) => { m.nia = regTarget(m, LR); };
const bclrAny: Handler = (m, i) => {
  const t = regTarget(m, LR); // before LK overwrites LR
  const ok = boOk(m, i.rt, i.ra);
  if (i.lk) link(m);
  if (ok) m.nia = t;
};
const bclr = specialize((_m, i) => ((i.rt & 0x14) === 0x14 && !i.lk ? blr : bclrAny));

const bcctrAny: Handler = (m, i) => {
  const t = regTarget(m, CTR);
  const ok = (m.s32[Spr32.CR] >>> (31 - i.ra)) & 1;
  if (i.lk) link(m);
  if (i.rt & 16 || ok === ((i.rt >>> 3) & 1)) m.nia = t;
};
/**
 * bcctr with BO[2]=0 is an invalid form. As QEMU does, 64-bit server CPUs test CTR (before
 * decrementing it, and decrement only when that test passes) and others raise SIGILL.
 */
const bcctrDec: Handler = (m, i) => {
  const t = regTarget(m, CTR);
  if (i.lk) link(m);
  const nz = (m.sf ? (m.s64[CTR] | m.s64[CTR + 1]) !== 0 : m.s64[CTR + 1] !== 0) ? 1 : 0;
  if (nz === ((i.rt >>> 1) & 1)) return;
  decCtr(m);
  if (i.rt & 16 || ((m.s32[Spr32.CR] >>> (31 - i.ra)) & 1) === ((i.rt >>> 3) & 1)) m.nia = t;
};
const bcctrIllegal: Handler = (m, i) => {
  throw new GuestFault(SIGILL, ILL_ILLOPC, m.pc,
    `invalid bcctr form 0x${i.word.toString(16).padStart(8, '0')} at 0x${m.pc.toString(16)}`);
};
const bctrFast: Handler = (m) => { m.nia = regTarget(m, CTR); };
const bcctr = specialize((m, i) => {
  if (!(i.rt & 4)) return m.has[FEATURE_BIT.ppc64] ? bcctrDec : bcctrIllegal;
  return (i.rt & 0x14) === 0x14 && !i.lk ? bctrFast : bcctrAny;
});

const bctar: Handler = (m, i) => {
  const t = regTarget(m, TAR);
  const ok = boOk(m, i.rt, i.ra);
  if (i.lk) link(m);
  if (ok) m.nia = t;
};

const END = Flag.END;

export const rows: Row[] = [
  { mnem: 'b', form: 'I', opcd: 18, ops: 'li', feature: 'base', h: b, flags: END },
  { mnem: 'bc', form: 'B', opcd: 16, ops: 'bo,bi,bd', feature: 'base', h: bc, flags: END },
  { mnem: 'bclr', form: 'XL', opcd: 19, xo: 16, ops: 'bo,bi,bh', feature: 'base', h: bclr, flags: END },
  { mnem: 'bcctr', form: 'XL', opcd: 19, xo: 528, ops: 'bo,bi,bh', feature: 'base', h: bcctr, flags: END },
  { mnem: 'bctar', form: 'XL', opcd: 19, xo: 560, ops: 'bo,bi,bh', feature: 'tar', h: bctar, flags: END },
];
