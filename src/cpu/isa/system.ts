// System and storage control: sc, sync/isync/eieio, mfspr/mtspr, mftb, traps, cache management (dcbz and hints), addpcis, darn.
//
// User-mode (problem state) view, as Linux presents it:
// - mfspr/mtspr reach XER, LR, CTR, DSCR (3; 17 is emulated by Linux), VRSAVE (256; USPRG0 on
//   Book E cores without AltiVec), SPRG3 (259, read), SPRG4-7 (260-263, Book E, read), TB/TBU
//   (268/269, read), PVR (287, read: Linux emulates mfpvr), SPEFSCR (512), TAR (815), PPR (896),
//   the TM SPRs TFHAR/TFIAR/TEXASR/TEXASRU (128-131, on HTM models),
//   PPR32 (898). Other SPRs raise SIGILL: ILL_PRVOPC when SPR bit 0x10 marks them privileged,
//   ILL_ILLOPC otherwise. mftb is mfspr with the TBR field (as in QEMU).
// - sc performs a system call whatever its LEV (as QEMU); scv needs LEV=0.
// - mfmsr, mtmsr(d), dcbi are privileged (SIGILL ILL_PRVOPC).
// - dcbst, dcbf and icbi fault like a load on an inaccessible address; dcbt, dcbtst, dcba, icbt
//   never fault; dcbz zeroes the aligned cache block and faults like a store.

import { FEATURE_BIT } from '../../features/features.js';
import type { Insn } from '../insn.js';
import type { Machine } from '../machine.js';
import { timeBase } from '../clock.js';
import { Spr32, Spr64, XER_CA32, XER_OV32 } from '../state.js';
import { eaX } from './helpers.js';
import {
  illegal, privileged, SIGTRAP, TRAP_BRKPT, trapCond, trapCond32,
} from './lshelpers.js';
import { GuestFault } from '../memory.js';
import { bits, fixedBits, Flag, type Handler, type Row } from './table.js';

const F_PPC64 = FEATURE_BIT.ppc64;
const F_ISA310 = FEATURE_BIT.isa310;
const F_ALTIVEC = FEATURE_BIT.altivec;
const F_BOOKE = FEATURE_BIT.booke;
const F_SPE = FEATURE_BIT.spe;
const F_TAR = FEATURE_BIT.tar;
const F_DSCR = FEATURE_BIT.dscr;
const F_ISA206 = FEATURE_BIT.isa206;
const F_ISA207 = FEATURE_BIT.isa207;
const F_ISA300 = FEATURE_BIT.isa300;
const F_HTM = FEATURE_BIT.htm;

const TWO32 = 4294967296;

// ---- SPR access ---------------------------------------------------------------------------------

function sprFault(m: Machine, spr: number, write: boolean): never {
  const what = `${write ? 'mtspr' : 'mfspr'} ${spr}`;
  if (spr & 0x10) privileged(m, what);
  illegal(m, what);
}

function get64(m: Machine, rt: number, r: Spr64): void {
  m.gh[rt] = m.s64[2 * r];
  m.gl[rt] = m.s64[2 * r + 1];
}

function put64(m: Machine, r: Spr64, rs: number): void {
  m.s64[2 * r] = m.gh[rs];
  m.s64[2 * r + 1] = m.gl[rs];
}

function getTb(m: Machine, rt: number, upper: boolean): void {
  const tb = timeBase(m.icount, m.os?.sleptNs);
  const hi = Number(tb >> 32n) >>> 0, lo = Number(tb & 0xffffffffn);
  m.gh[rt] = upper || !m.has[F_PPC64] ? 0 : hi;
  m.gl[rt] = upper ? hi : lo;
}

/** XER as mfxer reads it: OV32/CA32 exist only from ISA 3.0 on. */
export function readXer(m: Machine): number {
  const x = m.s32[Spr32.XER];
  return m.has[F_ISA300] ? x : (x & ~(XER_OV32 | XER_CA32)) >>> 0;
}

function mfspr(m: Machine, i: Insn): void {
  const rt = i.rt, spr = i.spr;
  switch (spr) {
    case 1: m.gh[rt] = 0; m.gl[rt] = readXer(m); return;
    case 8: get64(m, rt, Spr64.LR); return;
    case 9: get64(m, rt, Spr64.CTR); return;
    case 3: case 17: // user DSCR; 17 (privileged) is emulated by Linux
      if (m.has[F_DSCR]) { get64(m, rt, Spr64.DSCR); return; }
      break;
    case 256:
      if (m.has[F_ALTIVEC]) { m.gh[rt] = 0; m.gl[rt] = m.s32[Spr32.VRSAVE]; return; }
      if (m.has[F_BOOKE]) { m.gh[rt] = 0; m.gl[rt] = m.s32[Spr32.USPRG0]; return; }
      break;
    case 128: case 129: case 130: // TFHAR, TFIAR, TEXASR (htm.ts)
      if (m.has[F_HTM]) { get64(m, rt, spr === 128 ? Spr64.TFHAR : spr === 129 ? Spr64.TFIAR : Spr64.TEXASR); return; }
      break;
    case 131: // TEXASRU: the upper half of TEXASR
      if (m.has[F_HTM]) { m.gh[rt] = 0; m.gl[rt] = m.s64[2 * Spr64.TEXASR]; return; }
      break;
    case 259: get64(m, rt, Spr64.SPRG3); return;
    case 260: case 261: case 262: case 263:
      if (m.has[F_BOOKE]) { m.gh[rt] = 0; m.gl[rt] = 0; return; }
      break;
    case 268: getTb(m, rt, false); return;
    case 269: getTb(m, rt, true); return;
    case 287: m.gh[rt] = 0; m.gl[rt] = m.s32[Spr32.PVR]; return; // Linux emulates mfpvr
    case 512:
      if (m.has[F_SPE]) { m.gh[rt] = 0; m.gl[rt] = m.s32[Spr32.SPEFSCR]; return; }
      break;
    case 815:
      if (m.has[F_TAR]) { get64(m, rt, Spr64.TAR); return; }
      break;
    case 896:
      if (m.has[F_ISA206]) { get64(m, rt, Spr64.PPR); return; }
      break;
    case 898:
      if (m.has[F_ISA207]) { m.gh[rt] = 0; m.gl[rt] = m.s64[2 * Spr64.PPR]; return; }
      break;
    default: break;
  }
  sprFault(m, spr, false);
}

function mtspr(m: Machine, i: Insn): void {
  const rs = i.rt, spr = i.spr;
  switch (spr) {
    case 1: m.s32[Spr32.XER] = m.gl[rs]; return;
    case 8: put64(m, Spr64.LR, rs); return;
    case 9: put64(m, Spr64.CTR, rs); return;
    case 3: case 17:
      if (m.has[F_DSCR]) { put64(m, Spr64.DSCR, rs); return; }
      break;
    case 256:
      if (m.has[F_ALTIVEC]) { m.s32[Spr32.VRSAVE] = m.gl[rs]; return; }
      if (m.has[F_BOOKE]) { m.s32[Spr32.USPRG0] = m.gl[rs]; return; }
      break;
    case 512:
      if (m.has[F_SPE]) { m.s32[Spr32.SPEFSCR] = m.gl[rs]; return; }
      break;
    case 128: case 129: case 130:
      if (m.has[F_HTM]) { put64(m, spr === 128 ? Spr64.TFHAR : spr === 129 ? Spr64.TFIAR : Spr64.TEXASR, rs); return; }
      break;
    case 131:
      if (m.has[F_HTM]) { m.s64[2 * Spr64.TEXASR] = m.gl[rs]; return; }
      break;
    case 815:
      if (m.has[F_TAR]) { put64(m, Spr64.TAR, rs); return; }
      break;
    case 896:
      if (m.has[F_ISA206]) { put64(m, Spr64.PPR, rs); return; }
      break;
    case 898:
      if (m.has[F_ISA207]) { m.s64[2 * Spr64.PPR] = m.gl[rs]; return; }
      break;
    default: break;
  }
  sprFault(m, spr, true);
}

// ---- handlers -------------------------------------------------------------------------------------

const ZEROS = new Map<number, Uint8Array>();

function trap(m: Machine): never {
  throw new GuestFault(SIGTRAP, TRAP_BRKPT, m.pc, `trap at 0x${m.pc.toString(16)}`);
}

const nop: Handler = () => {};

const h: Record<string, Handler> = {
  // QEMU user mode (like a Linux kernel that is not hosting a KVM guest) treats any LEV as a
  // system call, so `sc 1` is one too.
  sc: (m) => {
    if (!m.os) throw new Error('sc executed without an OS layer');
    m.os.syscall(m, false);
  },
  scv: (m, i) => {
    if (((i.word >>> 5) & 0x7f) !== 0) illegal(m, 'scv with LEV != 0');
    if (!m.os) throw new Error('scv executed without an OS layer');
    m.os.syscall(m, true);
  },

  sync: nop, lwsync: nop, ptesync: nop, eieio: nop, isync: nop,

  mfspr, mtspr, mftb: mfspr,
  mfmsr: (m) => privileged(m, 'mfmsr'),
  mtmsr: (m) => privileged(m, 'mtmsr'),
  mtmsrd: (m) => privileged(m, 'mtmsrd'),

  tw: (m, i) => { if (trapCond32(i.rt, m.gl[i.ra], m.gl[i.rb])) trap(m); },
  twi: (m, i) => { if (trapCond32(i.rt, m.gl[i.ra], i.imm)) trap(m); },
  td: (m, i) => { if (trapCond(i.rt, m.gh[i.ra], m.gl[i.ra], m.gh[i.rb], m.gl[i.rb])) trap(m); },
  tdi: (m, i) => {
    if (trapCond(i.rt, m.gh[i.ra], m.gl[i.ra], i.imm < 0 ? 0xffffffff : 0, i.imm >>> 0)) trap(m);
  },

  dcbz: (m, i) => {
    const line = m.model.dcacheLine;
    const ea = eaX(m, i);
    const base = ea - (ea % line);
    let z = ZEROS.get(line);
    if (!z) ZEROS.set(line, (z = new Uint8Array(line)));
    m.mem.writeBytes(base, z);
  },
  dcbt: nop, dcbtst: nop, dcba: nop, icbt: nop,
  // Copy-paste (ISA 3.0 Book II; memory to memory from ISA 3.1): copy reads the 128-byte block
  // holding EA into the thread's copy buffer; paste. writes the buffer to the block holding EA
  // and ends the sequence, CR0 = 0b00 || success || XER[SO]. It succeeds only after a copy and,
  // the target being ordinary memory, only on POWER10 (POWER9 pastes to accelerators alone; a
  // paste to memory fails there, as Valgrind's test_copy_paste says). cpabort ends a sequence.
  copy: (m, i) => {
    const ea = eaX(m, i), block = ea - (ea % 128);
    m.mem.checkReadable(block, 128);
    m.copyBuf = m.mem.readBytes(block, 128);
  },
  paste: (m, i) => {
    const ea = eaX(m, i), buf = m.copyBuf;
    m.copyBuf = undefined;
    const ok = buf !== undefined && m.has[F_ISA310] === 1;
    if (ok) m.mem.writeBytes(ea - (ea % 128), buf);
    m.setCrField(0, (ok ? 2 : 0) | (m.s32[Spr32.XER] >>> 31));
  },
  cpabort: (m) => { m.copyBuf = undefined; },
  // wait (ISA 3.0, 31/30) suspends the thread until an interrupt or event; for a user process some
  // interrupt (the decrementer at least) always comes, so ppcemu resumes at once.
  wait: nop,
  dcbst: (m, i) => { m.mem.read8(eaX(m, i)); },
  dcbf: (m, i) => { m.mem.read8(eaX(m, i)); },
  icbi: (m, i) => { m.mem.read8(eaX(m, i)); },
  dcbi: (m) => privileged(m, 'dcbi'),

  addpcis: (m, i) => {
    // RT <- NIA + EXTS(d || 0x0000), NIA = CIA + 4 (m.nia is not kept inside a block: machine.ts interpret)
    const v = (m.sf ? i.addr + 4 : (i.addr + 4) >>> 0) + i.imm * 65536;
    if (v < 0) { m.gh[i.rt] = 0xffffffff; m.gl[i.rt] = v >>> 0; }
    else { m.gh[i.rt] = Math.floor(v / TWO32) >>> 0; m.gl[i.rt] = v >>> 0; }
  },
  darn: (m, i) => {
    const l = i.ra & 3;
    if (l === 3) { m.gh[i.rt] = 0xffffffff; m.gl[i.rt] = 0xffffffff; return; } // reserved: error value
    let v = m.rng.next64();
    if (l === 0) { m.gh[i.rt] = 0; m.gl[i.rt] = Number(v & 0xffffffffn); return; }
    while (v === 0xffffffffffffffffn) v = m.rng.next64();
    m.gh[i.rt] = Number(v >> 32n);
    m.gl[i.rt] = Number(v & 0xffffffffn);
  },
};

// ---- rows ----------------------------------------------------------------------------------------

const X = (mnem: string, xo: number, ops: string, feature: Row['feature'] = 'base', extra?: Partial<Row>): Row =>
  ({ mnem, form: 'X', opcd: 31, xo, ops, feature, h: h[mnem], ...extra });
/** sync's L field (bits 9:10). */
const syncL = (l: number) => ({ fixed: bits(9, 10, l) });

export const rows: Row[] = [
  // sc: bit 30 = 1; scv: bits 30:31 = 0b01. LEV is bits 20:26.
  { mnem: 'sc', form: 'SC', opcd: 17, fixed: bits(30, 30, 1), ops: '', feature: 'base', h: h.sc, flags: Flag.END },
  { mnem: 'scv', form: 'SC', opcd: 17, fixed: bits(30, 31, 1), ops: 'lev', feature: 'isa300', h: h.scv, flags: Flag.END },

  X('sync', 598, '', 'base', syncL(0)), X('lwsync', 598, '', 'base', syncL(1)),
  X('ptesync', 598, '', 'base', syncL(2)), X('sync', 598, '', 'base', syncL(3)),
  X('eieio', 854, ''),
  { mnem: 'isync', form: 'XL', opcd: 19, xo: 150, ops: '', feature: 'base', h: h.isync, flags: Flag.END },

  { mnem: 'mfspr', form: 'XFX', opcd: 31, xo: 339, ops: 'rt,spr', feature: 'base', h: h.mfspr },
  { mnem: 'mtspr', form: 'XFX', opcd: 31, xo: 467, ops: 'spr,rs', feature: 'base', h: h.mtspr },
  { mnem: 'mftb', form: 'XFX', opcd: 31, xo: 371, ops: 'rt,tbr', feature: 'base', h: h.mftb },
  X('mfmsr', 83, 'rt'), X('mtmsr', 146, 'rs'), X('mtmsrd', 178, 'rs', 'ppc64'),

  X('tw', 4, 'to,ra,rb', 'base', { flags: Flag.END }),
  X('td', 68, 'to,ra,rb', 'ppc64', { flags: Flag.END }),
  { mnem: 'twi', form: 'D', opcd: 3, ops: 'to,ra,si', feature: 'base', h: h.twi, flags: Flag.END },
  { mnem: 'tdi', form: 'D', opcd: 2, ops: 'to,ra,si', feature: 'ppc64', h: h.tdi, flags: Flag.END },

  X('dcbz', 1014, 'ra0,rb'), X('dcbt', 278, 'ra0,rb'), X('dcbtst', 246, 'ra0,rb'),
  X('dcbst', 54, 'ra0,rb'), X('dcbf', 86, 'ra0,rb'), X('dcbi', 470, 'ra0,rb'),
  X('icbi', 982, 'ra0,rb'), X('icbt', 22, 'ra0,rb'), X('dcba', 758, 'ra0,rb', 'base', { flags: Flag.KERNEL_EMU }),

  { mnem: 'addpcis', form: 'DX', opcd: 19, xo: 2, ops: 'rt,si', feature: 'isa300', h: h.addpcis },
  X('darn', 755, 'rt,l', 'darn'),
  X('wait', 30, 'l', 'isa300'),
  // copy RA,RB (L = 1), paste. RA,RB (L = 1, record form only), cpabort
  X('copy', 774, 'ra0,rb', 'isa300', { fixed: bits(10, 10, 1) }),
  X('paste', 902, 'ra0,rb', 'isa300', { fixed: fixedBits(bits(10, 10, 1), bits(31, 31, 1)), flags: Flag.RC }),
  X('cpabort', 838, '', 'isa300'),
];

for (const r of rows) if (!r.h) throw new Error(`system: no handler for ${r.mnem}`);
