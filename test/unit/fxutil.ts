// Shared helpers of the fixed-point / branch / CR unit tests: run hard-coded instruction words
// on a reused Machine (one per model and mode) and read registers as BigInts.
import { Machine } from '../../src/cpu/machine.js';
import { Spr32, Spr64 } from '../../src/cpu/state.js';
import { modelByName } from '../../src/features/models.js';

export const BASE = 0x10000;
const machines = new Map<string, Machine>();

/** A machine with one RWX page at BASE, in 64-bit (sf) or 32-bit mode, registers cleared. */
export function machine(sf = true, model = 'POWER9'): Machine {
  const key = `${model}/${sf}`;
  let m = machines.get(key);
  if (!m) {
    m = new Machine(modelByName(model));
    m.mem.map(BASE, 0x1000, 7);
    machines.set(key, m);
  }
  m.setMsr(sf ? 0x80000000 : 0, 0);
  m.gh.fill(0); m.gl.fill(0); m.s32.fill(0); m.s64.fill(0);
  if (sf) m.setMsr(0x80000000, 0);
  m.icount = 0;
  return m;
}

/** Writes the words at BASE (big-endian) and runs n instructions from BASE. */
export function exec(m: Machine, words: number[], n = words.length): void {
  const b = new Uint8Array(words.length * 4);
  words.forEach((w, k) => { b[4 * k] = w >>> 24; b[4 * k + 1] = w >>> 16; b[4 * k + 2] = w >>> 8; b[4 * k + 3] = w; });
  m.mem.writeBytes(BASE, b);
  m.pc = BASE;
  m.icount = 0;
  const r = m.run(n);
  if (r.kind !== 'limit') throw new Error(`stopped: ${r.kind}`);
}

export const M64 = (1n << 64n) - 1n;
export const get = (m: Machine, r: number) => (BigInt(m.gh[r]) << 32n) | BigInt(m.gl[r]);
export const set = (m: Machine, r: number, v: bigint) => {
  v &= M64;
  m.gh[r] = Number(v >> 32n); m.gl[r] = Number(v & 0xffffffffn);
};
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
