// Helpers shared by the handler files: effective addresses, 64-bit arithmetic on (hi, lo)
// halves, CR0 and XER updates. Handlers should be one-liners over these where possible.
//
// Modes: in 64-bit mode (m.sf) addresses and compares use all 64 bits; in 32-bit mode addresses
// are the low 32 bits and CR0/CA/OV reflect the low word, while the registers still hold the
// full 64-bit results (as on a 64-bit CPU running a 32-bit program).

import type { Insn } from '../insn.js';
import type { Machine } from '../machine.js';
import { Spr32 } from '../state.js';

export const TWO32 = 4294967296;
const TWO64 = 18446744073709551616;

/** Value of a 64-bit address held as halves, as a JS number (exact below 2^53). */
export function addr64(hi: number, lo: number, disp: number): number {
  // Sum on the halves so that a negative register plus a displacement stays exact (doing it in
  // one double near 2^64 would round the low bits away).
  const l = lo + disp;
  // (the usual case, no carry or borrow: skips the floor and the division, 16 -> 13 ns per
  // interpreted ld in 64-bit mode)
  if (l >= 0 && l < TWO32) return (hi >>> 0) * TWO32 + l;
  const c = Math.floor(l / TWO32);
  return ((hi + c) >>> 0) * TWO32 + (l - c * TWO32);
}

/** EA of a D/DS-form access: (RA|0) + imm. */
export function eaD(m: Machine, i: Insn): number {
  const ra = i.ra;
  if (m.sf) return ra === 0 ? (i.imm < 0 ? TWO64 + i.imm : i.imm) : addr64(m.gh[ra], m.gl[ra], i.imm);
  return ((ra === 0 ? 0 : m.gl[ra]) + i.imm) >>> 0;
}

/** EA of an X-form access: (RA|0) + RB. */
export function eaX(m: Machine, i: Insn): number {
  const ra = i.ra, rb = i.rb;
  if (m.sf) {
    if (ra === 0) return m.gh[rb] * TWO32 + m.gl[rb];
    // Exact 64-bit sum on the halves (RB is often a negative index).
    const lo = m.gl[ra] + m.gl[rb];
    return ((m.gh[ra] + m.gh[rb] + (lo > 0xffffffff ? 1 : 0)) >>> 0) * TWO32 + (lo >>> 0);
  }
  return ((ra === 0 ? 0 : m.gl[ra]) + m.gl[rb]) >>> 0;
}

/** EA of a register-indirect access: (RA|0) (lswi, lxvd2x-style forms use eaX). */
export function eaRA0(m: Machine, ra: number): number {
  if (ra === 0) return 0;
  return m.sf ? m.gh[ra] * TWO32 + m.gl[ra] : m.gl[ra];
}

/** Writes the exact 64-bit EA (halves) of a D-form update access back to RA. */
export function updateD(m: Machine, i: Insn): void {
  addImm(m, i.ra, i.ra, i.imm);
}

/** RA <- RA + RB for X-form update accesses (exact 64-bit). */
export function updateX(m: Machine, i: Insn): void {
  const lo = m.gl[i.ra] + m.gl[i.rb];
  m.gh[i.ra] = (m.gh[i.ra] + m.gh[i.rb] + (lo > 0xffffffff ? 1 : 0)) >>> 0;
  m.gl[i.ra] = lo >>> 0;
}

/** rt <- ra + sign-extended imm (64-bit, no flags). */
export function addImm(m: Machine, rt: number, ra: number, imm: number): void {
  const lo = m.gl[ra] + (imm >>> 0);
  m.gh[rt] = (m.gh[ra] + (imm < 0 ? 0xffffffff : 0) + (lo > 0xffffffff ? 1 : 0)) >>> 0;
  m.gl[rt] = lo >>> 0;
}

/** Sets GPR rt to the 64-bit value (hi, lo). */
export function setGpr(m: Machine, rt: number, hi: number, lo: number): void {
  m.gh[rt] = hi;
  m.gl[rt] = lo;
}

/** Sets GPR rt to a 32-bit value zero-extended (loads). */
export function setGprU32(m: Machine, rt: number, v: number): void {
  m.gh[rt] = 0;
  m.gl[rt] = v;
}

/** Sets GPR rt to a 32-bit value sign-extended. */
export function setGprS32(m: Machine, rt: number, v: number): void {
  m.gh[rt] = (v | 0) < 0 ? 0xffffffff : 0;
  m.gl[rt] = v >>> 0;
}

/** CR0 from a result held as halves: LT/GT/EQ by mode (64-bit or low word), SO copied. */
export function setCr0(m: Machine, hi: number, lo: number): void {
  let c: number;
  if (m.sf) {
    const h = hi | 0;
    c = h < 0 ? 8 : h > 0 || lo !== 0 ? 4 : 2;
  } else {
    const l = lo | 0;
    c = l < 0 ? 8 : l > 0 ? 4 : 2;
  }
  const cr = m.s32[Spr32.CR];
  m.s32[Spr32.CR] = (cr & 0x0fffffff) | (c << 28) | ((m.s32[Spr32.XER] >>> 31) << 28);
}

/** Full 64-bit value of GPR r as a BigInt (for the rare wide operations: mul/div). */
export function gpr64(m: Machine, r: number): bigint {
  return (BigInt(m.gh[r]) << 32n) | BigInt(m.gl[r]);
}

/** Sets GPR r from a BigInt (taken modulo 2^64). */
export function setGpr64(m: Machine, r: number, v: bigint): void {
  m.gh[r] = Number((v >> 32n) & 0xffffffffn);
  m.gl[r] = Number(v & 0xffffffffn);
}
