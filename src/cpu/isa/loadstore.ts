// Fixed-point loads and stores: byte to doubleword, update/indexed/byte-reversed, multiple, string, load-and-reserve / store-conditional.
//
// Choices where the ISA leaves room (as QEMU user mode does them unless noted):
// - Invalid update forms (RA=0, or RA=RT for loads) raise SIGILL instead of being performed.
// - lmw/stmw and the string instructions in little-endian mode take an alignment interrupt on the
//   hardware, and Linux's alignment handler performs them (emulate_loadstore, LOAD_MULTI /
//   STORE_MULTI): each register's low word is transferred in little-endian byte order, a final
//   partial word through its low-order bytes. ppcemu does what that handler does.
//   lswi/lswx with RA (or RB) among the target registers raise SIGILL.
// - larx at an unaligned address raises SIGBUS; so does an unaligned stcx. (ISA/Linux; QEMU just
//   fails it). lq/stq need not be quadword aligned (QEMU and Linux's alignment handler both
//   perform them).
// - stcx. succeeds iff a reservation exists for the same address (any length). QEMU also
//   compares the reserved value with memory (a plain store of a different value in between makes
//   stcx. fail there, not here).
// - Update forms write the exact 64-bit sum RA+D / RA+RB back to RA (even in 32-bit mode).
// A faulting access never leaves a register modified: multi-register forms probe first.

import type { Feature } from '../../features/features.js';
import type { Insn } from '../insn.js';
import type { Machine } from '../machine.js';
import { Spr32, XER_BC } from '../state.js';
import { eaD, eaRA0, eaX, setGprS32, setGprU32, updateD, updateX } from './helpers.js';
import {
  bswap16, bswap32, checkAlign, eaPlus, finishStcx, ILL_ILLOPN, invalidForm, loadString,
  regInRange, reservationMatches, setReservation, storeString,
} from './lshelpers.js';
import { Flag, type Handler, type Row } from './table.js';

// ---- invalid-form checks -----------------------------------------------------------------------

/** Load with update: RA=0 or RA=RT is invalid. */
function chkLU(m: Machine, i: Insn): void {
  if (i.ra === 0 || i.ra === i.rt) invalidForm(m, i);
}
/** Store with update: RA=0 is invalid. */
function chkSU(m: Machine, i: Insn): void {
  if (i.ra === 0) invalidForm(m, i);
}

const sext16 = (v: number) => (v << 16) >> 16;

/** Doubleword load into rt (after the access succeeded). */
function ld64(m: Machine, rt: number, ea: number): void {
  const lo = m.mem.read64(ea);
  m.gh[rt] = m.mem.hi;
  m.gl[rt] = lo;
}

/** Doubleword load, byte-reversed. */
function ld64r(m: Machine, rt: number, ea: number): void {
  const lo = m.mem.read64(ea);
  const hi = m.mem.hi;
  m.gh[rt] = bswap32(lo);
  m.gl[rt] = bswap32(hi);
}

// ---- handlers ----------------------------------------------------------------------------------

const h: Record<string, Handler> = {
  // byte
  lbz: (m, i) => setGprU32(m, i.rt, m.mem.read8(eaD(m, i))),
  lbzx: (m, i) => setGprU32(m, i.rt, m.mem.read8(eaX(m, i))),
  lbzu: (m, i) => { chkLU(m, i); const v = m.mem.read8(eaD(m, i)); updateD(m, i); setGprU32(m, i.rt, v); },
  lbzux: (m, i) => { chkLU(m, i); const v = m.mem.read8(eaX(m, i)); updateX(m, i); setGprU32(m, i.rt, v); },
  // halfword
  lhz: (m, i) => setGprU32(m, i.rt, m.mem.read16(eaD(m, i))),
  lhzx: (m, i) => setGprU32(m, i.rt, m.mem.read16(eaX(m, i))),
  lhzu: (m, i) => { chkLU(m, i); const v = m.mem.read16(eaD(m, i)); updateD(m, i); setGprU32(m, i.rt, v); },
  lhzux: (m, i) => { chkLU(m, i); const v = m.mem.read16(eaX(m, i)); updateX(m, i); setGprU32(m, i.rt, v); },
  lha: (m, i) => setGprS32(m, i.rt, sext16(m.mem.read16(eaD(m, i)))),
  lhax: (m, i) => setGprS32(m, i.rt, sext16(m.mem.read16(eaX(m, i)))),
  lhau: (m, i) => { chkLU(m, i); const v = m.mem.read16(eaD(m, i)); updateD(m, i); setGprS32(m, i.rt, sext16(v)); },
  lhaux: (m, i) => { chkLU(m, i); const v = m.mem.read16(eaX(m, i)); updateX(m, i); setGprS32(m, i.rt, sext16(v)); },
  // word
  lwz: (m, i) => setGprU32(m, i.rt, m.mem.read32(eaD(m, i))),
  lwzx: (m, i) => setGprU32(m, i.rt, m.mem.read32(eaX(m, i))),
  lwzu: (m, i) => { chkLU(m, i); const v = m.mem.read32(eaD(m, i)); updateD(m, i); setGprU32(m, i.rt, v); },
  lwzux: (m, i) => { chkLU(m, i); const v = m.mem.read32(eaX(m, i)); updateX(m, i); setGprU32(m, i.rt, v); },
  lwa: (m, i) => setGprS32(m, i.rt, m.mem.read32(eaD(m, i))),
  lwax: (m, i) => setGprS32(m, i.rt, m.mem.read32(eaX(m, i))),
  lwaux: (m, i) => { chkLU(m, i); const v = m.mem.read32(eaX(m, i)); updateX(m, i); setGprS32(m, i.rt, v); },
  // doubleword
  ld: (m, i) => ld64(m, i.rt, eaD(m, i)),
  ldx: (m, i) => ld64(m, i.rt, eaX(m, i)),
  ldu: (m, i) => { chkLU(m, i); ld64(m, i.rt, eaD(m, i)); updateD(m, i); },
  // (RA <- RA + RB before RT is written: RT may be RB)
  ldux: (m, i) => { chkLU(m, i); const lo = m.mem.read64(eaX(m, i)), hi = m.mem.hi; updateX(m, i); m.gh[i.rt] = hi; m.gl[i.rt] = lo; },
  // stores
  stb: (m, i) => m.mem.write8(eaD(m, i), m.gl[i.rt] & 0xff),
  stbx: (m, i) => m.mem.write8(eaX(m, i), m.gl[i.rt] & 0xff),
  stbu: (m, i) => { chkSU(m, i); m.mem.write8(eaD(m, i), m.gl[i.rt] & 0xff); updateD(m, i); },
  stbux: (m, i) => { chkSU(m, i); m.mem.write8(eaX(m, i), m.gl[i.rt] & 0xff); updateX(m, i); },
  sth: (m, i) => m.mem.write16(eaD(m, i), m.gl[i.rt] & 0xffff),
  sthx: (m, i) => m.mem.write16(eaX(m, i), m.gl[i.rt] & 0xffff),
  sthu: (m, i) => { chkSU(m, i); m.mem.write16(eaD(m, i), m.gl[i.rt] & 0xffff); updateD(m, i); },
  sthux: (m, i) => { chkSU(m, i); m.mem.write16(eaX(m, i), m.gl[i.rt] & 0xffff); updateX(m, i); },
  stw: (m, i) => m.mem.write32(eaD(m, i), m.gl[i.rt]),
  stwx: (m, i) => m.mem.write32(eaX(m, i), m.gl[i.rt]),
  stwu: (m, i) => { chkSU(m, i); m.mem.write32(eaD(m, i), m.gl[i.rt]); updateD(m, i); },
  stwux: (m, i) => { chkSU(m, i); m.mem.write32(eaX(m, i), m.gl[i.rt]); updateX(m, i); },
  std: (m, i) => m.mem.write64(eaD(m, i), m.gh[i.rt], m.gl[i.rt]),
  stdx: (m, i) => m.mem.write64(eaX(m, i), m.gh[i.rt], m.gl[i.rt]),
  stdu: (m, i) => { chkSU(m, i); m.mem.write64(eaD(m, i), m.gh[i.rt], m.gl[i.rt]); updateD(m, i); },
  stdux: (m, i) => { chkSU(m, i); m.mem.write64(eaX(m, i), m.gh[i.rt], m.gl[i.rt]); updateX(m, i); },
  // byte-reversed (relative to the current byte order)
  lhbrx: (m, i) => setGprU32(m, i.rt, bswap16(m.mem.read16(eaX(m, i)))),
  lwbrx: (m, i) => setGprU32(m, i.rt, bswap32(m.mem.read32(eaX(m, i)))),
  ldbrx: (m, i) => ld64r(m, i.rt, eaX(m, i)),
  sthbrx: (m, i) => m.mem.write16(eaX(m, i), bswap16(m.gl[i.rt])),
  stwbrx: (m, i) => m.mem.write32(eaX(m, i), bswap32(m.gl[i.rt])),
  stdbrx: (m, i) => m.mem.write64(eaX(m, i), bswap32(m.gl[i.rt]), bswap32(m.gh[i.rt])),

  // multiple
  lmw: (m, i) => {
    const ea = eaD(m, i);
    const n = 32 - i.rt;
    m.mem.checkReadable(ea, 4 * n);
    for (let k = 0; k < n; k++) setGprU32(m, i.rt + k, m.mem.read32(eaPlus(m, ea, 4 * k)));
  },
  stmw: (m, i) => {
    const ea = eaD(m, i);
    const n = 32 - i.rt;
    m.mem.checkWritable(ea, 4 * n);
    for (let k = 0; k < n; k++) m.mem.write32(eaPlus(m, ea, 4 * k), m.gl[i.rt + k]);
  },

  // string: NB in the RB slot (0 means 32); byte count for the X forms in XER[57:63]
  lswi: (m, i) => {
    const ea = eaRA0(m, i.ra);
    const n = i.rb === 0 ? 32 : i.rb;
    const nr = (n + 3) >> 2, start = i.rt, ra = i.ra;
    // QEMU's check (it does not notice RA among wrapped-around registers).
    if ((start + nr > 32 && start <= ra && start + nr - 32 > ra) ||
      (start + nr <= 32 && start <= ra && start + nr > ra)) invalidForm(m, i);
    loadString(m, i.rt, ea, n);
  },
  lswx: (m, i) => {
    const ea = eaX(m, i);
    const n = m.s32[Spr32.XER] & XER_BC;
    if (n === 0) return;
    const nr = (n + 3) >> 2;
    if ((i.ra !== 0 && regInRange(i.rt, nr, i.ra)) || regInRange(i.rt, nr, i.rb)) invalidForm(m, i, ILL_ILLOPN);
    loadString(m, i.rt, ea, n);
  },
  stswi: (m, i) => {
    const ea = eaRA0(m, i.ra);
    storeString(m, i.rt, ea, i.rb === 0 ? 32 : i.rb);
  },
  stswx: (m, i) => {
    const ea = eaX(m, i);
    const n = m.s32[Spr32.XER] & XER_BC;
    if (n !== 0) storeString(m, i.rt, ea, n);
  },

  // quadword (RTp / RSp even). lq/stq move a 16-byte value in the current byte order: in
  // little-endian mode the even register takes the doubleword at EA+8 (plq/pstq below differ).
  lq: (m, i) => {
    const rt = i.rt;
    if ((rt & 1) !== 0 || rt === i.ra) invalidForm(m, i);
    lq(m, rt, eaD(m, i), m.mem.le);
  },
  stq: (m, i) => {
    if ((i.rt & 1) !== 0) invalidForm(m, i);
    stq(m, i.rt, eaD(m, i), m.mem.le);
  },

  // load and reserve
  lbarx: (m, i) => { const ea = eaX(m, i); const v = m.mem.read8(ea); setReservation(m, ea, 1); setGprU32(m, i.rt, v); },
  lharx: (m, i) => {
    const ea = eaX(m, i);
    checkAlign(m, ea, 2, 'lharx');
    const v = m.mem.read16(ea); setReservation(m, ea, 2); setGprU32(m, i.rt, v);
  },
  lwarx: (m, i) => {
    const ea = eaX(m, i);
    checkAlign(m, ea, 4, 'lwarx');
    const v = m.mem.read32(ea); setReservation(m, ea, 4); setGprU32(m, i.rt, v);
  },
  ldarx: (m, i) => {
    const ea = eaX(m, i);
    checkAlign(m, ea, 8, 'ldarx');
    ld64(m, i.rt, ea); setReservation(m, ea, 8);
  },
  lqarx: (m, i) => {
    const rt = i.rt;
    if ((rt & 1) !== 0 || rt === i.ra || rt === i.rb) invalidForm(m, i);
    const ea = eaX(m, i);
    checkAlign(m, ea, 16, 'lqarx');
    lq(m, rt, ea, m.mem.le); setReservation(m, ea, 16);
  },
  // store conditional
  stbcx: (m, i) => {
    const ea = eaX(m, i);
    const ok = reservationMatches(m, ea);
    if (ok) m.mem.write8(ea, m.gl[i.rt] & 0xff);
    finishStcx(m, ok);
  },
  sthcx: (m, i) => {
    const ea = eaX(m, i);
    checkAlign(m, ea, 2, 'sthcx.');
    const ok = reservationMatches(m, ea);
    if (ok) m.mem.write16(ea, m.gl[i.rt] & 0xffff);
    finishStcx(m, ok);
  },
  stwcx: (m, i) => {
    const ea = eaX(m, i);
    checkAlign(m, ea, 4, 'stwcx.');
    const ok = reservationMatches(m, ea);
    if (ok) m.mem.write32(ea, m.gl[i.rt]);
    finishStcx(m, ok);
  },
  stdcx: (m, i) => {
    const ea = eaX(m, i);
    checkAlign(m, ea, 8, 'stdcx.');
    const ok = reservationMatches(m, ea);
    if (ok) m.mem.write64(ea, m.gh[i.rt], m.gl[i.rt]);
    finishStcx(m, ok);
  },
  stqcx: (m, i) => {
    if ((i.rt & 1) !== 0) invalidForm(m, i);
    const ea = eaX(m, i);
    checkAlign(m, ea, 16, 'stqcx.');
    const ok = reservationMatches(m, ea);
    if (ok) stq(m, i.rt, ea, m.mem.le);
    finishStcx(m, ok);
  },
};

/** The prefixed plq/pstq (ISA 3.1, rows in isa31.ts) put the even register at EA and the odd one
 * at EA+8 in both byte orders (each doubleword in the current order), unlike lq/stq: QEMU and
 * POWER10 do so (Valgrind's test_isa_3_1_RT expectations; linuxppc issue 481 on the kernel's
 * emulation of pstq). */
export const plq: Handler = (m, i) => {
  if ((i.rt & 1) !== 0 || i.rt === i.ra) invalidForm(m, i);
  lq(m, i.rt, eaD(m, i), false);
};
export const pstq: Handler = (m, i) => {
  if ((i.rt & 1) !== 0) invalidForm(m, i);
  stq(m, i.rt, eaD(m, i), false);
};

/** Quadword load into the pair rt, rt+1 (`swap`: rt from EA+8, rt+1 from EA); both doublewords
 * read first. */
function lq(m: Machine, rt: number, ea: number, swap: boolean): void {
  const ea8 = eaPlus(m, ea, 8);
  const a = m.mem.read64(ea), ah = m.mem.hi;
  const b = m.mem.read64(ea8), bh = m.mem.hi;
  if (swap) { m.gh[rt] = bh; m.gl[rt] = b; m.gh[rt + 1] = ah; m.gl[rt + 1] = a; }
  else { m.gh[rt] = ah; m.gl[rt] = a; m.gh[rt + 1] = bh; m.gl[rt + 1] = b; }
}

/** Quadword store of the pair rs, rs+1 (`swap`: rs+1 at EA, rs at EA+8); probes all 16 bytes
 * first. */
function stq(m: Machine, rs: number, ea: number, swap: boolean): void {
  m.mem.checkWritable(ea, 16);
  const ea8 = eaPlus(m, ea, 8);
  const first = swap ? rs + 1 : rs, second = swap ? rs : rs + 1;
  m.mem.write64(ea, m.gh[first], m.gl[first]);
  m.mem.write64(ea8, m.gh[second], m.gl[second]);
}

// ---- rows ----------------------------------------------------------------------------------------

const D = (mnem: string, opcd: number, ops: string, feature: Feature = 'base'): Row =>
  ({ mnem, form: 'D', opcd, ops, feature, h: h[mnem] });
const DS = (mnem: string, opcd: number, xo: number, ops: string, feature: Feature = 'ppc64'): Row =>
  ({ mnem, form: 'DS', opcd, xo, ops, feature, h: h[mnem] });
const X = (mnem: string, xo: number, ops: string, feature: Feature = 'base', flags?: number): Row =>
  ({ mnem, form: 'X', opcd: 31, xo, ops, feature, h: h[mnem], ...(flags ? { flags } : {}) });

const LD = 'rt,d(ra)', LX = 'rt,ra0,rb', LUX = 'rt,ra,rb';
const SD = 'rs,d(ra)', SX = 'rs,ra0,rb', SUX = 'rs,ra,rb';

export const rows: Row[] = [
  D('lbz', 34, LD), D('lbzu', 35, LD), X('lbzx', 87, LX), X('lbzux', 119, LUX),
  D('lhz', 40, LD), D('lhzu', 41, LD), X('lhzx', 279, LX), X('lhzux', 311, LUX),
  D('lha', 42, LD), D('lhau', 43, LD), X('lhax', 343, LX), X('lhaux', 375, LUX),
  D('lwz', 32, LD), D('lwzu', 33, LD), X('lwzx', 23, LX), X('lwzux', 55, LUX),
  DS('lwa', 58, 2, 'rt,ds(ra)'), X('lwax', 341, LX, 'ppc64'), X('lwaux', 373, LUX, 'ppc64'),
  DS('ld', 58, 0, 'rt,ds(ra)'), DS('ldu', 58, 1, 'rt,ds(ra)'), X('ldx', 21, LX, 'ppc64'), X('ldux', 53, LUX, 'ppc64'),

  D('stb', 38, SD), D('stbu', 39, SD), X('stbx', 215, SX), X('stbux', 247, SUX),
  D('sth', 44, SD), D('sthu', 45, SD), X('sthx', 407, SX), X('sthux', 439, SUX),
  D('stw', 36, SD), D('stwu', 37, SD), X('stwx', 151, SX), X('stwux', 183, SUX),
  DS('std', 62, 0, 'rs,ds(ra)'), DS('stdu', 62, 1, 'rs,ds(ra)'), X('stdx', 149, SX, 'ppc64'), X('stdux', 181, SUX, 'ppc64'),

  X('lhbrx', 790, LX), X('lwbrx', 534, LX), X('ldbrx', 532, LX, 'isa206'),
  X('sthbrx', 918, SX), X('stwbrx', 662, SX), X('stdbrx', 660, SX, 'isa206'),

  D('lmw', 46, LD), D('stmw', 47, SD),
  X('lswi', 597, 'rt,ra0,nb'), X('lswx', 533, LX), X('stswi', 725, 'rs,ra0,nb'), X('stswx', 661, SX),

  // lq: DQ form with bits 28:31 zero (no TX bit; the DQ row's XO field is bits 29:31).
  { mnem: 'lq', form: 'DQ', opcd: 56, xo: 0, fixed: [0x8, 0], ops: 'rt,dq(ra)', feature: 'isa207', h: h.lq },
  DS('stq', 62, 2, 'rs,ds(ra)', 'isa207'),

  // Load and reserve: bit 31 is the EH hint (ignored). Store conditional: bit 31 is 1 (not checked).
  X('lbarx', 52, 'rt,ra0,rb,eh', 'isa206'), X('lharx', 116, 'rt,ra0,rb,eh', 'isa206'),
  X('lwarx', 20, 'rt,ra0,rb,eh'), X('ldarx', 84, 'rt,ra0,rb,eh', 'ppc64'),
  X('lqarx', 276, 'rt,ra0,rb,eh', 'isa207'),
  X('stbcx', 694, SX, 'isa206', Flag.DOT), X('sthcx', 726, SX, 'isa206', Flag.DOT),
  X('stwcx', 150, SX, 'base', Flag.DOT), X('stdcx', 214, SX, 'ppc64', Flag.DOT),
  X('stqcx', 182, SX, 'isa207', Flag.DOT),
];

for (const r of rows) if (!r.h) throw new Error(`loadstore: no handler for ${r.mnem}`);
