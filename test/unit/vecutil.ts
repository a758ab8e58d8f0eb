// What the VMX and VSX unit tests share beyond the harness: the input vectors, vector register
// access, and the runners of the QEMU-recorded register and load/store cases.
import { expect, test } from 'vitest';
import type { Machine } from '../../src/cpu/machine.js';
import { Spr32 } from '../../src/cpu/state.js';
import { DATA, exec, mk } from './harness.js';

export const A = [0x80ff017f, 0x00020304, 0xfffefdfc, 0x11223344];
export const B = [0x7f01ff80, 0x00020405, 0x01020304, 0xf0e0d0c0];
export const C = [0x001f1e03, 0x10111213, 0x05060708, 0x191a1b1c];
export const D = [0x3ff81234, 0x56789abc, 0x37f12345, 0x6789abcd];

/** A fresh machine in the given byte order; 64-bit mode except on the 32-bit 7450. */
export const machine = (le: boolean, model = 'POWER9'): Machine => mk({ le, model, sf: model !== '7450' });
/** Runs the words from CODE; they must all complete. */
export function run(m: Machine, words: number[]): void { expect(exec(m, words).kind).toBe('limit'); }
export function setV(m: Machine, vsr: number, w: number[]): void { w.forEach((x, k) => m.st.setVsrWord(vsr, k, x >>> 0)); }
export function getV(m: Machine, vsr: number): number[] { return [0, 1, 2, 3].map((k) => m.st.getVsrWord(vsr, k)); }
export const hex = (w: number[]): string => w.map((x) => x.toString(16).padStart(8, '0')).join(' ');

/** [word, asm, VR3 words, VSCR, CR6, r10, GPR inputs]. VR3 = C, VR4 = A, VR5 = B, VR6 = C before. */
export type Case = [number, string, number[], number, number, bigint, Record<number, bigint>];

export function runCase(c: Case, le: boolean, model = 'POWER9'): void {
  const [word, , v3, vscr, cr6, r10, regs] = c;
  const m = machine(le, model);
  setV(m, 35, C); setV(m, 36, A); setV(m, 37, B); setV(m, 38, C);
  for (const [r, v] of Object.entries(regs)) m.st.setGpr(Number(r), v);
  run(m, [word]);
  expect(hex(getV(m, 35))).toBe(hex(v3));
  expect(m.s32[Spr32.VSCR]).toBe(vscr);
  expect(m.getCrField(6)).toBe(cr6);
  expect(m.st.getGpr(10)).toBe(r10);
}

/** Registers a big-endian and a little-endian test per register case (inside a describe). */
export function caseTests(cases: Case[]): void {
  for (const c of cases) {
    test(`${c[1]} BE`, () => runCase(c, false));
    test(`${c[1]} LE`, () => runCase(c, true));
  }
}

/**
 * [word, asm, 'l' load into VR3/VSR35 | 's' store to sbuf, r9 offset, length in GPR10 bits 0:7,
 *  BE result, LE result]. mem at DATA: byte k = (37k + 11) & 0xff; sbuf at DATA + 0x100: 0xee.
 */
export type LsCase = [number, string, 'l' | 's', number, number, string, string];

export function runLs(c: LsCase, le: boolean, model = 'POWER9'): void {
  const [word, , kind, off, len, beOut, leOut] = c;
  const m = machine(le, model);
  const mem = new Uint8Array(64);
  for (let k = 0; k < 64; k++) mem[k] = (37 * k + 11) & 0xff;
  m.mem.writeBytes(DATA, mem);
  m.mem.writeBytes(DATA + 0x100, new Uint8Array(48).fill(0xee));
  setV(m, 35, kind === 'l' ? C : A); setV(m, 40, D); setV(m, 41, [D[2], D[3], 0, 0]);
  m.st.setGpr(8, BigInt(kind === 'l' ? DATA : DATA + 0x100));
  m.st.setGpr(9, BigInt(off));
  m.st.setGpr(10, BigInt(len) << 56n);
  run(m, [word]);
  const want = le ? leOut : beOut;
  if (kind === 'l') expect(hex(getV(m, 35))).toBe(want);
  else expect(Buffer.from(m.mem.readBytes(DATA + 0x100, 32)).toString('hex')).toBe(want);
}

/** Registers a big-endian and a little-endian test per load/store case (inside a describe). */
export function lsTests(cases: LsCase[]): void {
  for (const c of cases) {
    const name = `${c[1]} ${c[2] === 'l' ? '@' : ''}${c[3]}/${c[4]}`;
    test(`${name} BE`, () => runLs(c, false));
    test(`${name} LE`, () => runLs(c, true));
  }
}
