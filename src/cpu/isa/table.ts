// The instruction table's row type and the instruction forms. One row per instruction: its form,
// primary and extended opcode, operand syntax (disassembly), required feature and handler.
// Rows live in one file per instruction class (fixedpoint.ts, loadstore.ts, branch.ts, ...);
// isa/index.ts concatenates them and decode.ts builds the lookup arrays from them.
//
// Bit numbering is the ISA's: bit 0 is the most significant bit of the 32-bit word.

import type { Feature } from '../../features/features.js';
import type { Machine } from '../machine.js';
import type { Insn } from '../insn.js';

export type Handler = (m: Machine, i: Insn) => void;

/** Instruction forms (Power ISA Book I, 1.6). Each names where its extended opcode sits. */
export type Form =
  | 'I' | 'B' | 'SC' | 'D' | 'DS' | 'DQ' | 'DX' | 'X' | 'XL' | 'XFX' | 'XFL' | 'XO' | 'XS'
  | 'A' | 'M' | 'MD' | 'MDS' | 'VA' | 'VX' | 'VC' | 'XX1' | 'XX2' | 'XX3' | 'XX3R' | 'XX4'
  | 'EVX' | 'Z23'
  // Prefixed (ISA 3.1, 8 bytes): the row describes the suffix word (opcd = the suffix's primary
  // opcode); the form names the prefix type (bits 6:7) with ST (bit 8) = 0: 8LS (00), 8RR (01),
  // MLS (10); MMIRR (11, with ST = 1: prefix bits 8:11 are 1001) prefixes the MMA XX3 words.
  | '8LS' | '8RR' | 'MLS' | 'MMIRR'
  // 8RR prefix with an XX4 suffix (xxeval, xxpermx, xxblendv*): IMM8 / UIM in the prefix's low bits
  | '8RRX'
  // MRR (11, ST = 0): only pnop, whose suffix is ignored
  | 'MRR';

/** Extended opcode field of each form as [first bit, last bit] (inclusive), or null. */
export const XO_FIELD: Record<Form, [number, number] | null> = {
  I: null, B: null, SC: null, D: null, M: null,
  DS: [30, 31], DQ: [29, 31], DX: [26, 30],
  X: [21, 30], XL: [21, 30], XFX: [21, 30], XFL: [21, 30], XO: [22, 30], XS: [21, 29],
  A: [26, 30], MD: [27, 29], MDS: [27, 30], Z23: [23, 30],
  VA: [26, 31], VX: [21, 31], VC: [22, 31], EVX: [21, 31], '8LS': null, '8RR': null, MLS: null,
  XX1: [21, 30], XX2: [21, 29], XX3: [21, 28], XX3R: [22, 28], XX4: [26, 27], MMIRR: [21, 28], '8RRX': [26, 27], MRR: null,
};

/** Row flags: how the record (Rc) and overflow (OE) bits are used, and dataflow hints. */
export const enum Flag {
  /** Bit 31 is Rc: the row covers both forms; disassembly appends '.'. */
  RC = 1,
  /** Bit 21 is OE (XO form): disassembly appends 'o'. */
  OE = 2,
  /** Ends a basic block (branches, sc, traps, anything that may change the PC or mode). */
  END = 4,
  /** Rc bit is fixed at 1 (andi., stwcx.): disassembly appends '.'. */
  DOT = 8,
  /** Bit 21 is Rc (VC form vector compares): disassembly appends '.'. */
  RC21 = 16,
  /** Cannot fault and reads neither pc, nia nor the instruction count (translated blocks skip
   *  updating them before it). */
  PURE = 32,
  /** Linux emulates the instruction for user programs where the hardware traps it (the
   *  program-check handler's emulate_instruction, arch/powerpc/kernel/traps.c): it runs on every
   *  model, and is never recorded as a used feature (it moves to any CPU). The row's feature is
   *  where the hardware implements it (docs/cpu-models.md lists them). */
  KERNEL_EMU = 64,
}

export interface Row {
  /** Base mnemonic (no '.', no 'o'). */
  mnem: string;
  form: Form;
  /** Primary opcode, bits 0:5. */
  opcd: number;
  /** Extended opcode value in the form's XO field. */
  xo?: number;
  /** Further fixed bits as [mask, value] over the whole word (e.g. a sub-opcode in RA). */
  fixed?: readonly [number, number];
  /** Operand syntax for the disassembler, comma separated operand kinds (see disasm.ts). */
  ops: string;
  feature: Feature;
  h: Handler;
  flags?: number;
  /** A second feature recorded as used on first execution: the register unit of a row whose
   *  feature is an ISA level (plfd: fpu, plxv and lxvp: vsx), so that lazily saved unit state
   *  follows it. */
  uses?: Feature;
  /** What a model without `feature` executes instead of raising SIGILL: older chips that ignore
   *  a bit later architecture versions gave meaning to (mtocrf/mfocrf run as mtcrf/mfcr). Not
   *  recorded as a use of `feature`. */
  legacy?: Handler;
  /** The feature a model needs to run `legacy` (absent: every model without `feature` runs it):
   *  hashst/hashchk are reserved no-ops from ISA 2.07 on, so POWER8 and POWER9 run them as no-ops
   *  while older chips raise SIGILL. */
  legacyOn?: Feature;
  /** Opcode space for primary opcodes shared by exclusive units, looked up before the main one
   *  on models with that unit: SPE rows (e500) and the 4xx multiply-accumulates (440, 476) reuse
   *  opcode 4, which VMX and ISA 3.1 fill on the server chips. */
  space?: AltSpace;
}

/** The alternate opcode spaces (see Row.space). */
export type AltSpace = 'spe' | 'mac440';

/** Prefix type and ST bits (prefix bits 6:8) of each prefixed form. */
const PREFIX_TYPE: Partial<Record<Form, number>> = {
  '8LS': 0b000, '8RR': 0b010, '8RRX': 0b010, MLS: 0b100, MRR: 0b110, MMIRR: 0b111,
};

/** Prefix type and ST bits (prefix bits 6:8) of the prefixed forms, or -1 for 4-byte forms. */
export function prefixType(form: Form): number {
  return PREFIX_TYPE[form] ?? -1;
}

/** Mask and value of bits first..last (ISA numbering) holding v. */
export function bits(first: number, last: number, v: number): [number, number] {
  const width = last - first + 1;
  const shift = 31 - last;
  const mask = (width === 32 ? 0xffffffff : ((1 << width) - 1) << shift) >>> 0;
  return [mask, ((v << shift) & mask) >>> 0];
}

/** The full [mask, value] that identifies a row. */
export function rowPattern(r: Row): [number, number] {
  let [mask, value] = bits(0, 5, r.opcd);
  const xf = XO_FIELD[r.form];
  if (xf && r.xo !== undefined) {
    const [m, v] = bits(xf[0], xf[1], r.xo);
    mask |= m; value |= v;
  }
  if (r.fixed) { mask |= r.fixed[0]; value |= r.fixed[1]; }
  return [mask >>> 0, value >>> 0];
}

/** Combine several [mask, value] pairs into one (for `fixed`). */
export function fixedBits(...parts: [number, number][]): [number, number] {
  let m = 0, v = 0;
  for (const [pm, pv] of parts) { m |= pm; v |= pv; }
  return [m >>> 0, v >>> 0];
}
