// Condition register: CR logical ops, mcrf, mfcr/mtcrf/mfocrf/mtocrf, mcrxr, mcrxrx.
// Chips before the single-field forms (750, 74xx, e500, 440) ignore bit 11, so mfocrf/mtocrf
// run there as mfcr/mtcrf (the rows' `legacy`). mcrxr left the server architecture with
// POWER4/ISA 2.01's successors; Linux emulates it where it traps (Flag.KERNEL_EMU).
// (setb lives with the compares in fixedpoint.ts.) CR bit n (ISA numbering 0..31 of the 32-bit
// CR) is mask 1 << (31 - n); field f is the nibble at shift 28 - 4*f.

import type { Insn } from '../insn.js';
import type { Machine } from '../machine.js';
import { Spr32 } from '../state.js';
import { specialize } from './fxhelpers.js';
import { bits, fixedBits, Flag, type Handler, type Row } from './table.js';

const CR = Spr32.CR;

/** CR bit BT <- v (0/1). */
function setBit(m: Machine, bt: number, v: number): void {
  const sh = 31 - bt;
  m.s32[CR] = (m.s32[CR] & ~(1 << sh)) | (v << sh);
}
const bitA = (m: Machine, i: Insn) => (m.s32[CR] >>> (31 - i.ra)) & 1;
const bitB = (m: Machine, i: Insn) => (m.s32[CR] >>> (31 - i.rb)) & 1;

const crand: Handler = (m, i) => setBit(m, i.rt, bitA(m, i) & bitB(m, i));
const cror: Handler = (m, i) => setBit(m, i.rt, bitA(m, i) | bitB(m, i));
const crxor: Handler = (m, i) => setBit(m, i.rt, bitA(m, i) ^ bitB(m, i));
const crnand: Handler = (m, i) => setBit(m, i.rt, (bitA(m, i) & bitB(m, i)) ^ 1);
const crnor: Handler = (m, i) => setBit(m, i.rt, (bitA(m, i) | bitB(m, i)) ^ 1);
const creqv: Handler = (m, i) => setBit(m, i.rt, bitA(m, i) ^ bitB(m, i) ^ 1);
const crandc: Handler = (m, i) => setBit(m, i.rt, bitA(m, i) & (bitB(m, i) ^ 1));
const crorc: Handler = (m, i) => setBit(m, i.rt, bitA(m, i) | (bitB(m, i) ^ 1));

/** mcrf BF,BFA: BF in i.rt>>2, BFA in i.ra>>2. */
const mcrf: Handler = (m, i) => m.setCrField(i.rt >>> 2, m.getCrField(i.ra >>> 2));

/** CR mask covering the fields selected by an 8-bit FXM (bit 0x80 = field 0). */
export function fxmMask(fxm: number): number {
  let mask = 0;
  for (let f = 0; f < 8; f++) if (fxm & (0x80 >> f)) mask |= 0xf << (28 - 4 * f);
  return mask >>> 0;
}
/** Whether an FXM selects exactly one field (what mtocrf/mfocrf define). */
export const oneField = (fxm: number): boolean => fxm !== 0 && (fxm & (fxm - 1)) === 0;

const mfcr: Handler = (m, i) => { m.gh[i.rt] = 0; m.gl[i.rt] = m.s32[CR]; };
/** mtcrf/mtocrf: i.y is the field mask (specialised); RS is i.rt. */
const mtMasked: Handler = (m, i) => { m.s32[CR] = (m.s32[CR] & ~i.y) | (m.gl[i.rt] & i.y); };
const mfMasked: Handler = (m, i) => { m.gh[i.rt] = 0; m.gl[i.rt] = m.s32[CR] & i.y; };
const nop: Handler = () => {};
const mtcrf = specialize((_m, i) => { i.y = fxmMask(i.x); return mtMasked; });
// mfocrf/mtocrf with other than exactly one FXM bit are undefined; as QEMU, they do nothing.
const mtocrf = specialize((_m, i) => { i.y = fxmMask(i.x); return oneField(i.x) ? mtMasked : nop; });
const mfocrf = specialize((_m, i) => { i.y = fxmMask(i.x); return oneField(i.x) ? mfMasked : nop; });

/** mcrxr BF: CR[BF] <- XER[32:35] (SO, OV, CA, 0); XER[32:35] <- 0 (as Linux's emulation). Bit 35
 * is reserved: mtxer may have left a 1 there (QEMU keeps it too), but the chips copy 0 (Valgrind's
 * jm-int_other expectations, and QEMU). */
const mcrxr: Handler = (m, i) => {
  const x = m.s32[Spr32.XER];
  m.setCrField(i.rt >>> 2, (x >>> 28) & 0xe);
  m.s32[Spr32.XER] = x & 0x0fffffff;
};

/** mcrxrx BF: CR[BF] <- OV || OV32 || CA || CA32. */
const mcrxrx: Handler = (m, i) => {
  const x = m.s32[Spr32.XER];
  m.setCrField(i.rt >>> 2, (((x >>> 30) & 1) << 3) | (((x >>> 19) & 1) << 2) | (((x >>> 29) & 1) << 1) | ((x >>> 18) & 1));
};

const CRL = 'crbt,crba,crbb';
const B11_0 = fixedBits(bits(11, 11, 0)), B11_1 = fixedBits(bits(11, 11, 1));

export const rows: Row[] = [
  { mnem: 'crand', form: 'XL', opcd: 19, xo: 257, ops: CRL, feature: 'base', h: crand },
  { mnem: 'cror', form: 'XL', opcd: 19, xo: 449, ops: CRL, feature: 'base', h: cror },
  { mnem: 'crxor', form: 'XL', opcd: 19, xo: 193, ops: CRL, feature: 'base', h: crxor },
  { mnem: 'crnand', form: 'XL', opcd: 19, xo: 225, ops: CRL, feature: 'base', h: crnand },
  { mnem: 'crnor', form: 'XL', opcd: 19, xo: 33, ops: CRL, feature: 'base', h: crnor },
  { mnem: 'creqv', form: 'XL', opcd: 19, xo: 289, ops: CRL, feature: 'base', h: creqv },
  { mnem: 'crandc', form: 'XL', opcd: 19, xo: 129, ops: CRL, feature: 'base', h: crandc },
  { mnem: 'crorc', form: 'XL', opcd: 19, xo: 417, ops: CRL, feature: 'base', h: crorc },
  { mnem: 'mcrf', form: 'XL', opcd: 19, xo: 0, ops: 'bf,bfa', feature: 'base', h: mcrf },
  { mnem: 'mfcr', form: 'XFX', opcd: 31, xo: 19, fixed: B11_0, ops: 'rt', feature: 'base', h: mfcr },
  { mnem: 'mfocrf', form: 'XFX', opcd: 31, xo: 19, fixed: B11_1, ops: 'rt,fxm', feature: 'mfocrf', h: mfocrf, legacy: mfcr },
  { mnem: 'mtcrf', form: 'XFX', opcd: 31, xo: 144, fixed: B11_0, ops: 'fxm,rs', feature: 'base', h: mtcrf },
  { mnem: 'mtocrf', form: 'XFX', opcd: 31, xo: 144, fixed: B11_1, ops: 'fxm,rs', feature: 'mfocrf', h: mtocrf, legacy: mtcrf },
  { mnem: 'mcrxr', form: 'X', opcd: 31, xo: 512, ops: 'bf', feature: 'mcrxr', h: mcrxr, flags: Flag.KERNEL_EMU },
  { mnem: 'mcrxrx', form: 'X', opcd: 31, xo: 576, ops: 'bf', feature: 'isa300', h: mcrxrx },
];
