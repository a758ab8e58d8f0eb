// Shared helpers of the fixed-point / branch / CR unit tests: run hard-coded instruction words
// on a reused harness Machine (one per model and mode: creating machines dominates the suite's time).
import type { Machine } from '../../src/cpu/machine.js';
import { Spr32, Spr64 } from '../../src/cpu/state.js';
import { CODE, execAll, get, M64, mk, set } from './harness.js';

export { get, M64, set };
export const BASE = CODE;
const machines = new Map<string, Machine>();

/** A machine (BE) in 64-bit (sf) or 32-bit mode, registers cleared; reused per model and mode. */
export function machine(sf = true, model = 'POWER9'): Machine {
  const key = `${model}/${sf}`;
  let m = machines.get(key);
  if (!m) {
    m = mk({ sf, model });
    machines.set(key, m);
  }
  m.gh.fill(0); m.gl.fill(0); m.s32.fill(0); m.s64.fill(0);
  m.setMsr(sf ? 0x80000000 : 0, 0);
  m.icount = 0;
  return m;
}

/** Writes the words at BASE and runs n instructions from BASE (icount starting at 0). */
export function exec(m: Machine, words: number[], n = words.length): void {
  m.icount = 0;
  execAll(m, words, n);
}

export const xer = (m: Machine) => m.s32[Spr32.XER];
export const cr = (m: Machine) => m.s32[Spr32.CR];
export const setXer = (m: Machine, v: number) => { m.s32[Spr32.XER] = v; };
export const setCr = (m: Machine, v: number) => { m.s32[Spr32.CR] = v; };
export const spr64 = (m: Machine, r: Spr64) => (BigInt(m.s64[2 * r]) << 32n) | BigInt(m.s64[2 * r + 1]);
export const setSpr64 = (m: Machine, r: Spr64, v: bigint) => {
  m.s64[2 * r] = Number((v >> 32n) & 0xffffffffn); m.s64[2 * r + 1] = Number(v & 0xffffffffn);
};

/** Interesting 64-bit operands: carries and overflows across bits 31/32 and 63. */
export const EDGE: bigint[] = [
  0n, 1n, 2n, 0x7fffffffn, 0x80000000n, 0xffffffffn, 0x100000000n, 0x17fffffffn,
  0x7fffffffffffffffn, 0x8000000000000000n, 0xffffffffffffffffn, 0xfffffffffffffffen,
  0xffffffff80000000n, 0xffffffff7fffffffn, 0x123456789abcdef0n, 0x00000000fffffffen, 0x8000000080000000n,
];
