// The debug registers as a debugger arms them (Linux's ptrace PPC_PTRACE_SETHWDEBUG does the same
// through the kernel): data watches in DABR/DABRX (one doubleword), DAWR0/DAWRX0 (doublewords in a
// 512-byte block; POWER10 adds DAWR1/DAWRX1, and its ranges may cross the block boundary, as
// Linux's hw_breakpoint_validate_len allows on ISA 3.1) or the Book E DACs (an exact address, or
// the DAC1..DAC2 range); instruction breakpoints in the Book E IACs or, on POWER8 and later, in
// CIABR. Linux's ptrace offers no instruction breakpoint on Book III-S (only xmon arms CIABR); the
// stub arms CIABR with PRIV = 0b01 (match in problem state), as a debugger of a user program needs.
// The hardware takes its Trace interrupt once the matching instruction completes (hence the name;
// xmon sees NIP after it); the stub reports the hit before the instruction runs, as gdb expects of
// a breakpoint, so gdb recognises its own. CIABR is hypervisor-only: no guest code can observe it.
// The registers are the only armed state, so a checkpoint carries it and a restore finds it armed.
// Limits (counts, spans) come from the model's DebugFacilities.

import type { Machine } from './machine.js';
import { Spr32, Spr64 } from './state.js';

/** DABR: address of a doubleword | BT (translation) | DW (write) | DR (read). */
const DABR_BT = 4, DABR_DW = 2, DABR_DR = 1;
/** DABRX / DAWRX privilege: problem state (user). */
const PRIV_USER = 1;
/** DAWRX: MRD (doublewords - 1) at bits 10..15 (ISA bits 48:53), DW, DR. */
const DAWRX_MRD_SHIFT = 10, DAWRX_DW = 0x40, DAWRX_DR = 0x20;
/** Book E DBCR0: internal debug mode, IAC1..4 enables, DAC1/DAC2 read and write enables. */
const DBCR0_IDM = 0x40000000;
export const DBCR0_IAC = [0x00800000, 0x00400000, 0x00200000, 0x00100000];
const DBCR0_DACR = [0x00080000, 0x00020000];
const DBCR0_DACW = [0x00040000, 0x00010000];
/** DAC1 (read | write), DAC2 (read | write). */
export const DBCR0_DAC = [0x000c0000, 0x00030000];
/** DBCR2 DAC12M = 0b10: DAC1 <= EA < DAC2 (inclusive range mode). */
const DBCR2_DAC12M_MASK = 0x00c00000, DBCR2_DAC12M_RANGE = 0x00800000;
/** DBSR status bits, set when an event is taken: IAC1..4, DAC1R/W, DAC2R/W (same places as DBCR0). */
const DBSR_IAC = DBCR0_IAC;
const IAC = 0, DAC = 4; // debug64 indices: IAC1..4 are 0..3, DAC1..2 are 4..5
/** debug64 indices of the Book III-S registers kept there: CIABR, DAWR1, DAWRX1. */
export const DEBUG64_CIABR = 6, DEBUG64_DAWR1 = 7, DEBUG64_DAWRX1 = 8;
/** CIABR: CIEA (the instruction's address, ISA bits 0:61) | PRIV (bits 62:63): 0b01 = problem state. */
const CIABR_PRIV = 3n, CIABR_PRIV_USER = 1n;

export interface DataWatch {
  addr: number;
  len: number;
  read: boolean;
  write: boolean;
  /** The register(s) holding it, for messages. */
  regs: string;
}

const get = (m: Machine, r: Spr64) => Number(m.st.getSpr64(r));
const u64 = (m: Machine, i: number) => Number(m.st.getDebug64(i));
/** DAWRk and DAWRXk (k = 0, 1). */
const dawrGet = (m: Machine, k: number): [number, number] =>
  k === 0 ? [get(m, Spr64.DAWR0), get(m, Spr64.DAWRX0)] : [u64(m, DEBUG64_DAWR1), u64(m, DEBUG64_DAWRX1)];
function dawrSet(m: Machine, k: number, dawr: number, dawrx: number): void {
  if (k === 0) { m.st.setSpr64(Spr64.DAWR0, BigInt(dawr)); m.st.setSpr64(Spr64.DAWRX0, BigInt(dawrx)); }
  else { m.st.setDebug64(DEBUG64_DAWR1, BigInt(dawr)); m.st.setDebug64(DEBUG64_DAWRX1, BigInt(dawrx)); }
}

/** Every armed data watch, decoded from the registers. */
export function dataWatches(m: Machine): DataWatch[] {
  const out: DataWatch[] = [];
  const dabr = get(m, Spr64.DABR);
  if (dabr & (DABR_DW | DABR_DR)) {
    out.push({ addr: dabr - (dabr % 8), len: 8, read: (dabr & DABR_DR) !== 0, write: (dabr & DABR_DW) !== 0, regs: 'DABR' });
  }
  for (let k = 0; k < 2; k++) {
    const [dawr, dawrx] = dawrGet(m, k);
    if (!(dawrx & (DAWRX_DW | DAWRX_DR))) continue;
    out.push({
      addr: dawr - (dawr % 8), len: 8 * (((dawrx >>> DAWRX_MRD_SHIFT) & 0x3f) + 1),
      read: (dawrx & DAWRX_DR) !== 0, write: (dawrx & DAWRX_DW) !== 0, regs: `DAWR${k}`,
    });
  }
  const dbcr0 = m.s32[Spr32.DBCR0];
  const range = (m.s32[Spr32.DBCR2] & DBCR2_DAC12M_MASK) === DBCR2_DAC12M_RANGE;
  for (let k = 0; k < 2; k++) {
    const read = (dbcr0 & DBCR0_DACR[k]) !== 0, write = (dbcr0 & DBCR0_DACW[k]) !== 0;
    if (!read && !write) continue;
    if (range) {
      const lo = u64(m, DAC), hi = u64(m, DAC + 1);
      out.push({ addr: lo, len: Math.max(hi - lo, 1), read, write, regs: 'DAC1-DAC2' });
      break;
    }
    out.push({ addr: u64(m, DAC + k), len: 1, read, write, regs: `DAC${k + 1}` });
  }
  return out;
}

/** Armed instruction-address compares: [IAC index, address]. */
export function armedIacs(m: Machine): [number, number][] {
  const dbcr0 = m.s32[Spr32.DBCR0];
  const out: [number, number][] = [];
  for (let i = 0; i < 4; i++) if (dbcr0 & DBCR0_IAC[i]) out.push([i, u64(m, IAC + i)]);
  return out;
}

/**
 * Whether an instruction at pc hits an armed IAC. The event is recorded in DBSR and, as Linux does
 * for a debugger's breakpoint, the IAC is disabled (one-shot: gdb inserts it again to resume).
 */
export function iacHit(m: Machine, pc: number): boolean {
  for (const [i, a] of armedIacs(m)) {
    if (a === pc) {
      m.s32[Spr32.DBSR] |= DBSR_IAC[i];
      disarmIac(m, a);
      return true;
    }
  }
  return false;
}

/** Whether an access [ea, ea+n) touches the watch. */
export function watchHit(w: DataWatch, ea: number, n: number, write: boolean): boolean {
  return (write ? w.write : w.read) && ea < w.addr + w.len && ea + n > w.addr;
}

/** Arms a data watch on [addr, addr+len); returns why it cannot be set (as ptrace refuses), or undefined. */
export function armDataWatch(m: Machine, addr: number, len: number, read: boolean, write: boolean): string | undefined {
  const d = m.model.debug, n = m.model.name;
  if (len < 1) return 'empty watch range';
  const existing = dataWatches(m);
  if (existing.some((w) => w.addr <= addr && addr + len <= w.addr + w.len && w.read === read && w.write === write)) {
    return undefined; // already armed (a restored image, or gdb inserting it again)
  }
  const flags = (r: number, w: number) => (read ? r : 0) | (write ? w : 0);
  if (d.dabr || d.dawr) {
    const block = d.watchBlock;
    const first = addr - (addr % 8), end = Math.ceil((addr + len) / 8) * 8;
    if (d.dawr1 && end - first > block) {
      return `${n}'s DAWRs watch at most ${block} bytes (whole doublewords); [0x${addr.toString(16)}, +${len}) does not fit`;
    }
    if (!d.dawr1 && Math.floor(first / block) !== Math.floor((end - 1) / block)) {
      return `${n}'s ${d.dawr ? 'DAWR' : 'DABR'} watches ${block === 8 ? 'one aligned doubleword' : `at most ${block} bytes inside one ${block}-byte-aligned block`}; ` +
        `[0x${addr.toString(16)}, +${len}) does not fit`;
    }
    if (d.dawr) {
      const slots = d.dawr1 ? 2 : 1;
      let k = 0;
      while (k < slots && dawrGet(m, k)[1] & (DAWRX_DW | DAWRX_DR)) k++;
      if (k === slots) return slots === 1 ? `${n}'s only DAWR is in use` : `${n}'s ${slots} DAWRs are in use`;
      dawrSet(m, k, first, ((end - first) / 8 - 1) << DAWRX_MRD_SHIFT | flags(DAWRX_DR, DAWRX_DW) | PRIV_USER);
    } else {
      if (get(m, Spr64.DABR) & (DABR_DW | DABR_DR)) return `${n}'s only DABR is in use`;
      m.st.setSpr64(Spr64.DABR, BigInt(first + DABR_BT + flags(DABR_DR, DABR_DW)));
      m.st.setSpr64(Spr64.DABRX, BigInt(PRIV_USER));
    }
    return undefined;
  }
  if (!d.dacs) return `${n} has no data address breakpoint register`;
  const s = m.s32;
  const used = [0, 1].map((k) => (s[Spr32.DBCR0] & (DBCR0_DACR[k] | DBCR0_DACW[k])) !== 0);
  if (len === 1) {
    const k = used.indexOf(false);
    if (k < 0) return `${n}'s ${d.dacs} DACs are in use`;
    m.st.setDebug64(DAC + k, BigInt(addr));
    s[Spr32.DBCR0] |= DBCR0_IDM | flags(DBCR0_DACR[k], DBCR0_DACW[k]);
    return undefined;
  }
  // a range needs both DACs (DAC12M range mode)
  if (used[0] || used[1]) return `a ${len}-byte watch needs both of ${n}'s DACs (range mode); they are in use`;
  m.st.setDebug64(DAC, BigInt(addr));
  m.st.setDebug64(DAC + 1, BigInt(addr + len));
  s[Spr32.DBCR2] = (s[Spr32.DBCR2] & ~DBCR2_DAC12M_MASK) | DBCR2_DAC12M_RANGE;
  s[Spr32.DBCR0] |= DBCR0_IDM | flags(DBCR0_DACR[0] | DBCR0_DACR[1], DBCR0_DACW[0] | DBCR0_DACW[1]);
  return undefined;
}

/** Disarms the watch covering [addr, addr+len) with these access kinds; false if none. */
export function disarmDataWatch(m: Machine, addr: number, len: number, read: boolean, write: boolean): boolean {
  const w = dataWatches(m).find((x) => x.addr <= addr && addr + len <= x.addr + x.len && x.read === read && x.write === write);
  if (!w) return false;
  const s = m.s32;
  if (w.regs === 'DABR') { m.st.setSpr64(Spr64.DABR, 0n); m.st.setSpr64(Spr64.DABRX, 0n); }
  else if (w.regs === 'DAWR0' || w.regs === 'DAWR1') dawrSet(m, w.regs === 'DAWR0' ? 0 : 1, 0, 0);
  else if (w.regs === 'DAC1-DAC2') {
    m.st.setDebug64(DAC, 0n); m.st.setDebug64(DAC + 1, 0n);
    s[Spr32.DBCR2] &= ~DBCR2_DAC12M_MASK;
    s[Spr32.DBCR0] &= ~(DBCR0_DACR[0] | DBCR0_DACR[1] | DBCR0_DACW[0] | DBCR0_DACW[1]);
  } else {
    const k = w.regs === 'DAC1' ? 0 : 1;
    m.st.setDebug64(DAC + k, 0n);
    s[Spr32.DBCR0] &= ~(DBCR0_DACR[k] | DBCR0_DACW[k]);
  }
  clearIdm(m);
  return true;
}

/** The instruction address CIABR matches in problem state, if it is armed so. */
export function armedCiabr(m: Machine): number | undefined {
  const v = m.st.getDebug64(DEBUG64_CIABR);
  return (v & CIABR_PRIV) === CIABR_PRIV_USER ? Number(v & ~CIABR_PRIV) : undefined;
}

/** Every armed instruction breakpoint address (IACs, CIABR). */
export function insnBreaks(m: Machine): number[] {
  const out = armedIacs(m).map(([, a]) => a);
  const c = armedCiabr(m);
  if (c !== undefined) out.push(c);
  return out;
}

/**
 * Arms an instruction breakpoint in the model's facility (a free IAC, or CIABR); returns why it
 * cannot be set, or undefined.
 */
export function armInsnBreak(m: Machine, addr: number): string | undefined {
  const d = m.model.debug, n = m.model.name;
  if (d.iacs) return armIac(m, addr);
  if (!d.ciabr) return `${n} has no instruction breakpoint register (no IAC, no CIABR)`;
  const cur = armedCiabr(m);
  if (cur === addr) return undefined;
  if (cur !== undefined) return `${n}'s only CIABR is in use (at 0x${cur.toString(16)})`;
  if (addr % 4) return `0x${addr.toString(16)} is not a word-aligned instruction address`;
  m.st.setDebug64(DEBUG64_CIABR, BigInt(addr) | CIABR_PRIV_USER);
  return undefined;
}

export function disarmInsnBreak(m: Machine, addr: number): boolean {
  if (armedCiabr(m) === addr) { m.st.setDebug64(DEBUG64_CIABR, 0n); return true; }
  return disarmIac(m, addr);
}

/**
 * Whether an instruction at pc hits an armed instruction breakpoint: an IAC (recorded in DBSR and
 * disarmed, see iacHit) or CIABR (which stays armed, as the register does).
 */
export function insnBreakHit(m: Machine, pc: number): boolean {
  return armedCiabr(m) === pc || iacHit(m, pc);
}

/** Arms an instruction breakpoint in a free IAC; returns why it cannot be set, or undefined. */
export function armIac(m: Machine, addr: number): string | undefined {
  const d = m.model.debug, n = m.model.name;
  if (!d.iacs) return `${n} has no instruction address compare register`;
  if (armedIacs(m).some(([, a]) => a === addr)) return undefined;
  const dbcr0 = m.s32[Spr32.DBCR0];
  for (let i = 0; i < d.iacs; i++) {
    if (dbcr0 & DBCR0_IAC[i]) continue;
    m.st.setDebug64(IAC + i, BigInt(addr));
    m.s32[Spr32.DBCR0] |= DBCR0_IDM | DBCR0_IAC[i];
    return undefined;
  }
  return `${n}'s ${d.iacs} IACs are in use`;
}

export function disarmIac(m: Machine, addr: number): boolean {
  const hit = armedIacs(m).find(([, a]) => a === addr);
  if (!hit) return false;
  m.st.setDebug64(IAC + hit[0], 0n);
  m.s32[Spr32.DBCR0] &= ~DBCR0_IAC[hit[0]];
  clearIdm(m);
  return true;
}

/** DBCR0[IDM] stays set while any debug event is enabled. */
function clearIdm(m: Machine): void {
  if (!(m.s32[Spr32.DBCR0] & ~DBCR0_IDM)) m.s32[Spr32.DBCR0] = 0;
}

/**
 * After a restore on another model: a watch armed in a register the model lacks moves to one it
 * has (DABR to DAWR0, DAWR0 or DAWR1 to DABR, DAWR1 to DAWR0); the compatibility check refused
 * what does not fit.
 */
export function moveDataWatches(m: Machine): void {
  const d = m.model.debug;
  const lacks = (r: string) => (r === 'DABR' && !d.dabr) || (r === 'DAWR0' && !d.dawr) || (r === 'DAWR1' && !d.dawr1);
  const moving = dataWatches(m).filter((w) => lacks(w.regs));
  for (const w of moving) disarmDataWatch(m, w.addr, w.len, w.read, w.write);
  for (const w of moving) armDataWatch(m, w.addr, w.len, w.read, w.write);
}
