// Helpers for the load/store and system classes: guest exceptions (invalid forms, privileged
// operations, alignment), byte reversal, reservations, string/multiple transfers and traps.
// Kept free of per-call allocation; the fault helpers only run on the (rare) failing path.

import type { Insn } from '../insn.js';
import {
  BUS_ADRALN, ILL_ILLOPC, ILL_ILLOPN, ILL_PRVOPC, type Machine, SIGBUS, SIGILL, SIGTRAP, TRAP_BRKPT,
} from '../machine.js';
import { GuestFault } from '../memory.js';
import { Spr32, Spr64 } from '../state.js';

export { BUS_ADRALN, ILL_ILLOPC, ILL_ILLOPN, ILL_PRVOPC, SIGBUS, SIGILL, SIGTRAP, TRAP_BRKPT };

const TWO32 = 4294967296;

const hex = (v: number) => '0x' + v.toString(16);

/** An invalid instruction form (e.g. lwzu with RA=0 or RA=RT): SIGILL, as QEMU raises it. */
export function invalidForm(m: Machine, i: Insn, code = ILL_ILLOPC): never {
  throw new GuestFault(SIGILL, code, m.pc,
    `invalid form of ${i.row?.mnem ?? 'instruction'} (0x${(i.word >>> 0).toString(16).padStart(8, '0')}) at ${hex(m.pc)}`);
}

/** A privileged instruction or SPR in problem state: SIGILL ILL_PRVOPC (Linux's choice). */
export function privileged(m: Machine, what: string): never {
  throw new GuestFault(SIGILL, ILL_PRVOPC, m.pc, `privileged ${what} at ${hex(m.pc)}`);
}

/** An unimplemented/undefined operation (e.g. an SPR this model lacks): SIGILL ILL_ILLOPC. */
export function illegal(m: Machine, what: string): never {
  throw new GuestFault(SIGILL, ILL_ILLOPC, m.pc, `illegal ${what} at ${hex(m.pc)}`);
}

/** An alignment interrupt the kernel does not fix up: SIGBUS BUS_ADRALN at the EA. */
export function alignFault(m: Machine, ea: number, what: string): never {
  throw new GuestFault(SIGBUS, BUS_ADRALN, ea, `unaligned or little-endian ${what} at ${hex(m.pc)}`);
}

/** ea + k in the current addressing mode (32-bit mode wraps at 2^32). */
export function eaPlus(m: Machine, ea: number, k: number): number {
  return m.sf ? ea + k : (ea + k) >>> 0;
}

export function bswap16(v: number): number {
  return ((v & 0xff) << 8) | ((v >>> 8) & 0xff);
}

export function bswap32(v: number): number {
  return (((v & 0xff) << 24) | ((v & 0xff00) << 8) | ((v >>> 8) & 0xff00) | (v >>> 24)) >>> 0;
}

/** Requires ea to be a multiple of size (a power of two); SIGBUS otherwise. */
export function checkAlign(m: Machine, ea: number, size: number, what: string): void {
  if ((ea & (size - 1)) !== 0) alignFault(m, ea, what);
}

// ---- reservations (larx / stcx.) -------------------------------------------------------------

/** Establishes a reservation for `size` bytes at ea (after the load succeeded). */
export function setReservation(m: Machine, ea: number, size: number): void {
  m.s64[2 * Spr64.RESADDR] = Math.floor(ea / TWO32);
  m.s64[2 * Spr64.RESADDR + 1] = ea >>> 0;
  m.s32[Spr32.RESSIZE] = size;
  m.s32[Spr32.RESVALID] = 1;
}

/**
 * Whether a reservation exists for this address. The length is not compared (QEMU 7.2 does not,
 * and hardware reserves a whole granule); RESSIZE is kept for the record.
 */
export function reservationMatches(m: Machine, ea: number): boolean {
  return m.s32[Spr32.RESVALID] !== 0 &&
    m.s64[2 * Spr64.RESADDR + 1] === (ea >>> 0) && m.s64[2 * Spr64.RESADDR] === Math.floor(ea / TWO32);
}

/** Ends a store conditional: clears the reservation, CR0 = 0b00 || success || XER[SO]. */
export function finishStcx(m: Machine, ok: boolean): void {
  m.s32[Spr32.RESVALID] = 0;
  const cr = m.s32[Spr32.CR] & 0x0fffffff;
  m.s32[Spr32.CR] = cr | (ok ? 0x20000000 : 0) | ((m.s32[Spr32.XER] >>> 31) << 28);
}

// ---- string transfers (lswi/lswx/stswi/stswx) ------------------------------------------------

/** Byte j (0..3) of a string word sits at this shift: big-endian from the high-order end; in
 *  little-endian mode (Linux's alignment handler) from the low-order end. */
const byteShift = (m: Machine, j: number) => (m.mem.le ? 8 * j : 24 - 8 * j);

/** Loads n bytes at ea into the low words of rt, rt+1, ... (wrapping to r0); probes first. */
export function loadString(m: Machine, rt: number, ea: number, n: number): void {
  m.mem.checkReadable(ea, n);
  let r = rt;
  for (let k = 0; k < n; k += 4) {
    let w = 0;
    for (let j = 0; j < 4 && k + j < n; j++) w |= m.mem.read8(eaPlus(m, ea, k + j)) << byteShift(m, j);
    m.gh[r] = 0;
    m.gl[r] = w >>> 0;
    r = (r + 1) & 31;
  }
}

/** Stores n bytes from the low words of rs, rs+1, ... (wrapping) at ea; probes first. */
export function storeString(m: Machine, rs: number, ea: number, n: number): void {
  m.mem.checkWritable(ea, n);
  let r = rs;
  for (let k = 0; k < n; k++) {
    m.mem.write8(eaPlus(m, ea, k), m.gl[r] >>> byteShift(m, k & 3));
    if ((k & 3) === 3) r = (r + 1) & 31;
  }
}

/** Whether register rx is among the nregs registers starting at start (wrapping past r31). */
export function regInRange(start: number, nregs: number, rx: number): boolean {
  return (start + nregs <= 32 && rx >= start && rx < start + nregs) ||
    (start + nregs > 32 && (rx >= start || rx < start + nregs - 32));
}

// ---- traps ------------------------------------------------------------------------------------

/**
 * The TO condition of a trap over two 64-bit operands given as halves (a = ah:al, b = bh:bl).
 * TO bits (ISA 0..4 = masks 16, 8, 4, 2, 1): <s, >s, =, <u, >u.
 */
export function trapCond(to: number, ah: number, al: number, bh: number, bl: number): boolean {
  const sh = ah | 0, sbh = bh | 0;
  const slt = sh < sbh || (sh === sbh && al < bl);
  const sgt = sh > sbh || (sh === sbh && al > bl);
  const eq = ah === bh && al === bl;
  const ult = ah < bh || (ah === bh && al < bl);
  const ugt = ah > bh || (ah === bh && al > bl);
  return ((to & 16) !== 0 && slt) || ((to & 8) !== 0 && sgt) || ((to & 4) !== 0 && eq) ||
    ((to & 2) !== 0 && ult) || ((to & 1) !== 0 && ugt);
}

/** The TO condition over two 32-bit operands (tw, twi). */
export function trapCond32(to: number, a: number, b: number): boolean {
  const sa = a | 0, sb = b | 0, ua = a >>> 0, ub = b >>> 0;
  return ((to & 16) !== 0 && sa < sb) || ((to & 8) !== 0 && sa > sb) || ((to & 4) !== 0 && ua === ub) ||
    ((to & 2) !== 0 && ua < ub) || ((to & 1) !== 0 && ua > ub);
}
