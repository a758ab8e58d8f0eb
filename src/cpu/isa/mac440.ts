// The 4xx integer multiply-accumulate and halfword-multiply group (PPC405/PPC440x5/PPC476FP
// user's manuals, "Multiply-accumulate instructions"; binutils' MULHW group) and dlmzb. Feature
// mac440: the 440 and 476 models (GCC's -mcpu=440/464/476 emit them through -mmulhw/-mdlmzb).
//
// Each multiplies one halfword of RA by one of RB, as 16-bit signed or unsigned integers:
//   c(ross) RA[16:31] x RB[0:15]   h(igh) RA[0:15] x RB[0:15]   l(ow) RA[16:31] x RB[16:31]
// mul[chl]hw[u] RT <- the 32-bit product. mac[chl]hw[s][u] RT <- RT + product, nmac[chl]hw[s]
// RT <- RT - product (signed only), all on the low word; the s forms saturate the 33-bit result
// to 32 bits (signed: 0x7fffffff / 0x80000000; unsigned: 0xffffffff), the others keep its low
// 32 bits. OE (the o forms) sets OV (and SO) when the 33-bit result does not fit 32 bits, the
// saturated forms included; Rc sets CR0 from the 32-bit result.
//
// dlmzb RA,RS,RB (31/78): the byte index (1..8) of the leftmost zero byte of RS||RB, 8 when
// there is none, into RA and XER[57:63] (the string byte count); dlmzb. sets CR0 to GT when the
// zero byte is in RS, LT when in RB, EQ when there is none, with XER[SO].
//
// These are 32-bit-implementation instructions: the upper halves of the results are zero.
//
// The multiply-accumulate words are also ISA 3.1 VA-form rows (vec31.ts: mac*hw* are
// vextdubvlx/vextdubvrx, nmac*hw* vextduwvlx/vextduwvrx), so these rows live in an opcode space
// of their own (space 'mac440', decode.ts), looked up first on the models with the feature.

import type { Insn } from '../insn.js';
import type { Machine } from '../machine.js';
import { Spr32, XER_BC } from '../state.js';
import { byOeRc, byRc, setOvBoth } from './fxhelpers.js';
import { setCr0 } from './helpers.js';
import { Flag, type Handler, type Row } from './table.js';

/** Which halfwords are multiplied. */
const enum Half { CROSS, HIGH, LOW }

/** The 32-bit product of the selected halfwords of RA and RB (a JS number, exact). */
function product(m: Machine, i: Insn, half: Half, signed: boolean): number {
  const a = m.gl[i.ra], b = m.gl[i.rb];
  const ah = half === Half.HIGH ? a >>> 16 : a & 0xffff;
  const bh = half === Half.LOW ? b & 0xffff : b >>> 16;
  return signed ? ((ah << 16) >> 16) * ((bh << 16) >> 16) : ah * bh;
}

/** mul[chl]hw[u][.] */
function mul(half: Half, signed: boolean): Handler {
  const body = (m: Machine, i: Insn) => { m.gh[i.rt] = 0; m.gl[i.rt] = product(m, i, half, signed) >>> 0; };
  return byRc(body, (m, i) => { body(m, i); setCr0(m, 0, m.gl[i.rt]); });
}

/** [n]mac[chl]hw[s][u][o][.]: RT +/- product on the low word, saturating or wrapping. */
function mac(half: Half, signed: boolean, sat: boolean, neg: boolean): Handler {
  const body = (m: Machine, i: Insn, oe: boolean, rc: boolean) => {
    const p = product(m, i, half, signed);
    const acc = signed ? m.gl[i.rt] | 0 : m.gl[i.rt];
    const sum = neg ? acc - p : acc + p;
    const ov = signed ? sum > 0x7fffffff || sum < -0x80000000 : sum > 0xffffffff;
    const r = ov && sat ? (signed ? (sum < 0 ? 0x80000000 : 0x7fffffff) : 0xffffffff) : sum >>> 0;
    m.gh[i.rt] = 0;
    m.gl[i.rt] = r;
    if (oe) setOvBoth(m, ov);
    if (rc) setCr0(m, 0, r);
  };
  return byOeRc((m, i) => body(m, i, false, false), (m, i) => body(m, i, false, true),
    (m, i) => body(m, i, true, false), (m, i) => body(m, i, true, true));
}

/** dlmzb[.] RA,RS,RB (RS is the Insn's rt field). */
function dlmzbBody(m: Machine, i: Insn, rc: boolean): void {
  const hi = m.gl[i.rt], lo = m.gl[i.rb];
  let n = 8, cr = 2; // no zero byte: 8, EQ
  for (let k = 0; k < 8; k++) {
    const w = k < 4 ? hi : lo;
    if (((w >>> (24 - 8 * (k & 3))) & 0xff) === 0) { n = k + 1; cr = k < 4 ? 4 : 8; break; }
  }
  m.gh[i.ra] = 0;
  m.gl[i.ra] = n;
  const x = m.s32[Spr32.XER];
  m.s32[Spr32.XER] = (x & ~XER_BC) | n;
  if (rc) m.setCrField(0, cr | (x >>> 31));
}
const dlmzb = byRc((m, i) => dlmzbBody(m, i, false), (m, i) => dlmzbBody(m, i, true));

const XR = 'rt,ra,rb', RC = Flag.RC, OERC = Flag.RC | Flag.OE;
const macRow = (mnem: string, xo: number, h: Handler): Row =>
  ({ mnem, form: 'XO', opcd: 4, xo, ops: XR, feature: 'mac440', h, flags: OERC, space: 'mac440' });
const mulRow = (mnem: string, xo: number, h: Handler): Row =>
  ({ mnem, form: 'X', opcd: 4, xo, ops: XR, feature: 'mac440', h, flags: RC });
const CROSS = Half.CROSS, HIGH = Half.HIGH, LOW = Half.LOW;

/** The multiply-accumulate rows (XO form, opcode 4, space 'mac440'): half, signed, saturate,
 *  negate. */
const macRows: Row[] = [
  macRow('macchw', 172, mac(CROSS, true, false, false)),
  macRow('macchws', 236, mac(CROSS, true, true, false)),
  macRow('macchwsu', 204, mac(CROSS, false, true, false)),
  macRow('macchwu', 140, mac(CROSS, false, false, false)),
  macRow('machhw', 44, mac(HIGH, true, false, false)),
  macRow('machhws', 108, mac(HIGH, true, true, false)),
  macRow('machhwsu', 76, mac(HIGH, false, true, false)),
  macRow('machhwu', 12, mac(HIGH, false, false, false)),
  macRow('maclhw', 428, mac(LOW, true, false, false)),
  macRow('maclhws', 492, mac(LOW, true, true, false)),
  macRow('maclhwsu', 460, mac(LOW, false, true, false)),
  macRow('maclhwu', 396, mac(LOW, false, false, false)),
  macRow('nmacchw', 174, mac(CROSS, true, false, true)),
  macRow('nmacchws', 238, mac(CROSS, true, true, true)),
  macRow('nmachhw', 46, mac(HIGH, true, false, true)),
  macRow('nmachhws', 110, mac(HIGH, true, true, true)),
  macRow('nmaclhw', 430, mac(LOW, true, false, true)),
  macRow('nmaclhws', 494, mac(LOW, true, true, true)),
];

/** The halfword multiplies (X form, opcode 4) and dlmzb. */
const mulRows: Row[] = [
  mulRow('mulchw', 168, mul(CROSS, true)),
  mulRow('mulchwu', 136, mul(CROSS, false)),
  mulRow('mulhhw', 40, mul(HIGH, true)),
  mulRow('mulhhwu', 8, mul(HIGH, false)),
  mulRow('mullhw', 424, mul(LOW, true)),
  mulRow('mullhwu', 392, mul(LOW, false)),
  { mnem: 'dlmzb', form: 'X', opcd: 31, xo: 78, ops: 'ra,rs,rb', feature: 'mac440', h: dlmzb, flags: RC },
];

export const rows: Row[] = [...mulRows, ...macRows];
