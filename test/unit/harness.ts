// The unit tests' shared harness: a Machine without the Linux layer, with one RWX code page at
// CODE and two RW data pages at DATA; instruction words are written at CODE in the current byte
// order and run from there; faults are caught as GuestFaults; GPRs are read and written as BigInts.
import { Machine, type StopReason } from '../../src/cpu/machine.js';
import { GuestFault } from '../../src/cpu/memory.js';
import { modelByName } from '../../src/features/models.js';

export const CODE = 0x10000;
export const DATA = 0x20000;

export interface MachineOptions {
  /** Little-endian mode (MSR[LE]); default big-endian. */
  le?: boolean;
  /** 64-bit mode (MSR[SF]); default true. */
  sf?: boolean;
  /** CPU model name; default POWER9. */
  model?: string;
}

/** A fresh machine with the code and data pages mapped and MSR set from the options. */
export function mk(opts: MachineOptions = {}): Machine {
  const m = new Machine(modelByName(opts.model ?? 'POWER9'));
  m.mem.map(CODE, 0x1000, 7);
  m.mem.map(DATA, 0x2000, 3);
  setMode(m, opts);
  return m;
}

/** Sets MSR[SF] and MSR[LE] from the options (the defaults when absent). */
export function setMode(m: Machine, opts: MachineOptions = {}): void {
  m.setMsr(opts.sf === false ? 0 : 0x80000000, opts.le ? 1 : 0);
}

/** Writes the words at CODE in the machine's current byte order. */
export function load(m: Machine, words: number[]): void {
  const b = new Uint8Array(words.length * 4);
  const dv = new DataView(b.buffer);
  words.forEach((w, k) => dv.setUint32(4 * k, w >>> 0, m.mem.le));
  m.mem.writeBytes(CODE, b, true);
}

/**
 * Writes the words at CODE and runs n instructions (default: as many as there are words) from
 * CODE; icount counts on from its current value. Returns why the run stopped.
 */
export function exec(m: Machine, words: number[], n = words.length): StopReason {
  load(m, words);
  const start = m.icount;
  m.pc = CODE;
  m.icount = start;
  return m.run(start + n);
}

/** Like exec, and throws unless all n instructions ran (no exit or interrupt). */
export function execAll(m: Machine, words: number[], n = words.length): void {
  const r = exec(m, words, n);
  if (r.kind !== 'limit') throw new Error(`stopped: ${r.kind}`);
}

/**
 * Runs m until icount reaches `limit` and says how it stopped: the StopReason's kind, or the
 * guest fault as text (for comparing two machines' outcomes; other errors propagate).
 */
export function outcome(m: Machine, limit: number): string {
  try {
    return m.run(limit).kind;
  } catch (e) {
    if (e instanceof GuestFault) return `fault ${e.signo}/${e.code} at ${e.addr.toString(16)}`;
    throw e;
  }
}

/** Runs the words and returns the GuestFault they raise (fails the test when none is raised). */
export function fault(m: Machine, words: number[]): GuestFault {
  try {
    exec(m, words);
  } catch (e) {
    if (e instanceof GuestFault) return e;
    throw e;
  }
  throw new Error('expected a GuestFault');
}

export const M64 = (1n << 64n) - 1n;
/** GPR r as an unsigned 64-bit BigInt. */
export const get = (m: Machine, r: number): bigint => m.st.getGpr(r);
/** Sets GPR r to v modulo 2^64 (negative values allowed). */
export const set = (m: Machine, r: number, v: bigint): void => m.st.setGpr(r, BigInt.asUintN(64, v));

/** Fills at..at+n (default DATA) with bytes start, start+1, ... (mod 256). */
export function fillData(m: Machine, n = 64, start = 0x80, at = DATA): void {
  const b = new Uint8Array(n);
  for (let k = 0; k < n; k++) b[k] = (start + k) & 0xff;
  m.mem.writeBytes(at, b);
}

/** The n bytes at ea, as an array of numbers. */
export const bytesAt = (m: Machine, ea: number, n: number): number[] => Array.from(m.mem.readBytes(ea, n));
