// Decimal integer (BCD) instructions on vector registers: bcdadd./bcdsub. (Power ISA 2.07) and
// the ISA 3.0 conversions, shifts, truncations and sign operations (Book I, "Decimal Integer
// Arithmetic/Format Conversion Instructions"), and the ISA 3.0 multiply-by-10 assists. All record CR6; none is hot, so values are BigInts.
//
// Signed BCD: 31 digits in the nibbles above the sign nibble (bits 124:127). Sign codes 0xA, 0xC,
// 0xE, 0xF are plus, 0xB, 0xD minus, 0x0-0x9 invalid; a digit above 9 is invalid. Results carry the
// preferred sign: minus 0xD, plus 0xC (PS=0) or 0xF (PS=1) (bcdcfz.: always 0xC, its PS names the
// zone); bcdadd./bcdsub. give a zero result the plus sign. Unsigned BCD
// (bcdus., bcdutrunc.): 32 digits, no sign.
// CR6: invalid operand -> 0b0001 (VRT undefined: ppcemu leaves it unchanged, but see addSub);
// otherwise LT, GT, EQ
// from a value -- the unbounded result of bcdadd./bcdsub., the SOURCE (VRB) of the shifts,
// truncations and conversions, as the ISA's pseudocode computes eq_flag/lt_flag/gt_flag before
// the operation; a zero value is EQ whatever its sign; unsigned operands never set LT -- and
// SO = overflow (significant digits lost).

import type { Insn } from '../insn.js';
import type { Machine } from '../machine.js';
import { bits, fixedBits, Flag, type Handler, type Row } from './table.js';
import { getQuad, setQuad } from './vechelpers.js';

const TEN31 = 10n ** 31n;
const vr = (r: number) => r + 32;
const ps = (i: Insn) => (i.word >>> 9) & 1;

/** The value of a signed BCD quadword, or undefined when it is not valid. */
function signedValue(q: bigint): bigint | undefined {
  const s = Number(q & 0xfn);
  if (s < 0xa) return undefined;
  const mag = digitsValue(q >> 4n, 31);
  if (mag === undefined) return undefined;
  return s === 0xb || s === 0xd ? -mag : mag;
}
/** Whether the sign code of a valid signed BCD quadword is minus. */
const minus = (q: bigint) => (q & 0xfn) === 0xbn || (q & 0xfn) === 0xdn;

/** The value of n packed BCD digits (lowest nibble first), or undefined if a digit exceeds 9. */
function digitsValue(q: bigint, n: number): bigint | undefined {
  let v = 0n, p = 1n;
  for (let k = 0; k < n; k++, q >>= 4n, p *= 10n) {
    const d = q & 0xfn;
    if (d > 9n) return undefined;
    v += d * p;
  }
  return v;
}
/** The low n decimal digits of the magnitude v as packed BCD. */
function packDigits(v: bigint, n: number): bigint {
  let q = 0n;
  for (let k = 0; k < n; k++, v /= 10n) q |= (v % 10n) << BigInt(4 * k);
  return q;
}
/** Signed BCD of v (low 31 digits), with the preferred sign (`neg`: sign minus even for zero). */
function signed(v: bigint, ps1: number, neg = v < 0n): bigint {
  const mag = v < 0n ? -v : v;
  return (packDigits(mag, 31) << 4n) | (neg ? 0xdn : ps1 ? 0xfn : 0xcn);
}

/** CR6 of a valid result: LT/GT/EQ from value v (negative `neg`), SO from ox. */
function cr6(m: Machine, v: bigint, neg: boolean, ox: boolean): void {
  m.setCrField(6, (v === 0n ? 2 : neg ? 8 : 4) | (ox ? 1 : 0));
}
const invalid = (m: Machine) => m.setCrField(6, 1);

// ---- arithmetic ---------------------------------------------------------------------------------

/** An operand of bcdadd./bcdsub. whose only fault is a sign code below 0xA: the value of its
 * digits, as plus (undefined when a digit is invalid). */
function plusIfBadSign(q: bigint): bigint | undefined {
  return (q & 0xfn) < 0xan ? digitsValue(q >> 4n, 31) : undefined;
}
/** bcdadd./bcdsub. An invalid operand makes CR6 0b0001 and VRT undefined; POWER8 still writes the
 * sum when only a sign code is invalid, reading it as plus (Valgrind's jm_vec_isa_2_07
 * expectations: 0 || 0 + x is x with the preferred sign), and so does ppcemu; with an invalid
 * digit VRT is left unchanged. */
const addSub = (sub: boolean): Handler => (m, i) => {
  const qa = getQuad(m, vr(i.ra)), qb = getQuad(m, vr(i.rb));
  const a = signedValue(qa), b = signedValue(qb);
  if (a === undefined || b === undefined) {
    const a2 = a ?? plusIfBadSign(qa), b2 = b ?? plusIfBadSign(qb);
    if (a2 !== undefined && b2 !== undefined) setQuad(m, vr(i.rt), signed(sub ? a2 - b2 : a2 + b2, ps(i)));
    invalid(m);
    return;
  }
  const r = sub ? a - b : a + b;
  const ox = (r < 0n ? -r : r) >= TEN31;
  setQuad(m, vr(i.rt), signed(r, ps(i)));
  cr6(m, r, r < 0n, ox);
};

// ---- sign operations ----------------------------------------------------------------------------

/** bcdcpsgn.: VRA's digits with VRB's sign code. */
const bcdcpsgn: Handler = (m, i) => {
  const qa = getQuad(m, vr(i.ra)), qb = getQuad(m, vr(i.rb));
  if (signedValue(qa) === undefined || signedValue(qb) === undefined) { invalid(m); return; }
  const r = (qa & ~0xfn) | (qb & 0xfn);
  setQuad(m, vr(i.rt), r);
  cr6(m, signedValue(r)!, minus(r), false);
};
/** bcdsetsgn.: VRB with its sign code replaced by the preferred one. */
const bcdsetsgn: Handler = (m, i) => {
  const q = getQuad(m, vr(i.rb)), v = signedValue(q);
  if (v === undefined) { invalid(m); return; }
  setQuad(m, vr(i.rt), (q & ~0xfn) | (minus(q) ? 0xdn : ps(i) ? 0xfn : 0xcn));
  cr6(m, v, minus(q), false);
};

// ---- shifts and truncation ------------------------------------------------------------------------

/** The signed shift count in VRA byte element 7 (bits 56:63), in digits. */
const shiftCount = (m: Machine, i: Insn) => (Number((getQuad(m, vr(i.ra)) >> 64n) & 0xffn) << 24) >> 24;
/** The truncation length in VRA halfword element 3 (bits 48:63). */
const truncLength = (m: Machine, i: Insn) => Number((getQuad(m, vr(i.ra)) >> 64n) & 0xffffn);

/** Magnitude mag (of `n` digits) shifted by k digits (left if positive): [result, ox]. */
function shiftDigits(mag: bigint, k: number, n: number): [bigint, boolean] {
  const lim = 10n ** BigInt(n);
  if (k >= 0) {
    const r = mag * 10n ** BigInt(Math.min(k, n));
    return [r % lim, r >= lim];
  }
  return [mag / 10n ** BigInt(Math.min(-k, n)), false];
}

/** bcds. / bcdsr. (round: a right shift adds 1 when the first digit shifted out is 5 or more;
 *  shift counts beyond 31 digits count as 31). */
const bcds = (round: boolean): Handler => (m, i) => {
  const q = getQuad(m, vr(i.rb)), v = signedValue(q);
  if (v === undefined) { invalid(m); return; }
  const k = Math.max(-31, Math.min(31, shiftCount(m, i))), neg = minus(q), mag = neg ? -v : v;
  let [r, ox] = shiftDigits(mag, k, 31);
  if (round && k < 0 && (mag / 10n ** BigInt(-k - 1)) % 10n >= 5n) r += 1n; // cannot carry out
  setQuad(m, vr(i.rt), signed(r, ps(i), neg));
  cr6(m, v, neg, ox);
};
/** bcdus.: unsigned 32-digit shift. */
const bcdus: Handler = (m, i) => {
  const v = digitsValue(getQuad(m, vr(i.rb)), 32);
  if (v === undefined) { invalid(m); return; }
  const [r, ox] = shiftDigits(v, shiftCount(m, i), 32);
  setQuad(m, vr(i.rt), packDigits(r, 32));
  cr6(m, v, false, ox);
};
/** bcdtrunc.: keep the low VRA[48:63] digits of the signed VRB. */
const bcdtrunc: Handler = (m, i) => {
  const q = getQuad(m, vr(i.rb)), v = signedValue(q);
  if (v === undefined) { invalid(m); return; }
  const neg = minus(q), mag = neg ? -v : v, lim = 10n ** BigInt(Math.min(truncLength(m, i), 31));
  const r = mag % lim;
  setQuad(m, vr(i.rt), signed(r, ps(i), neg));
  cr6(m, v, neg, r !== mag);
};
/** bcdutrunc.: keep the low VRA[48:63] digits of the unsigned VRB. */
const bcdutrunc: Handler = (m, i) => {
  const v = digitsValue(getQuad(m, vr(i.rb)), 32);
  if (v === undefined) { invalid(m); return; }
  const r = v % 10n ** BigInt(Math.min(truncLength(m, i), 32));
  setQuad(m, vr(i.rt), packDigits(r, 32));
  cr6(m, v, false, r !== v);
};

// ---- format conversions -----------------------------------------------------------------------------

/** bcdctsq.: signed BCD to a signed quadword integer (always fits). */
const bcdctsq: Handler = (m, i) => {
  const q = getQuad(m, vr(i.rb)), v = signedValue(q);
  if (v === undefined) { invalid(m); return; }
  setQuad(m, vr(i.rt), v);
  cr6(m, v, minus(q), false);
};
/** bcdcfsq.: signed quadword integer to signed BCD (low 31 digits; SO when more). */
const bcdcfsq: Handler = (m, i) => {
  const v = BigInt.asIntN(128, getQuad(m, vr(i.rb)));
  setQuad(m, vr(i.rt), signed(v, ps(i)));
  cr6(m, v, v < 0n, (v < 0n ? -v : v) >= TEN31);
};

/** Zoned: 16 bytes, digit in each low nibble; zone nibbles 0x3 (PS=0) or 0xF (PS=1); the last
 *  byte's zone is the sign: PS=0 minus when its bit 1 (0x4) is set; PS=1 0xB/0xD minus,
 *  0xA/0xC/0xE/0xF plus, below 0xA invalid. */
const bcdcfz: Handler = (m, i) => {
  const q = getQuad(m, vr(i.rb)), p = ps(i), zone = p ? 0xfn : 0x3n;
  const sign = Number((q >> 4n) & 0xfn);
  let ok = !(p && sign < 0xa), mag = 0n;
  for (let k = 15; k >= 0; k--) {
    const byte = (q >> BigInt(8 * k)) & 0xffn;
    if ((k !== 0 && byte >> 4n !== zone) || (byte & 0xfn) > 9n) ok = false;
    mag = mag * 10n + (byte & 0xfn);
  }
  if (!ok) { invalid(m); return; }
  const neg = p ? sign === 0xb || sign === 0xd : (sign & 4) !== 0;
  setQuad(m, vr(i.rt), signed(mag, 0, neg)); // plus is 0xC whatever PS (PS names the zone)
  cr6(m, mag, neg, false);
};
const bcdctz: Handler = (m, i) => {
  const q = getQuad(m, vr(i.rb)), v = signedValue(q), p = ps(i);
  if (v === undefined) { invalid(m); return; }
  const neg = minus(q), mag = neg ? -v : v, zone = p ? 0xf0n : 0x30n;
  let r = 0n, d = mag;
  for (let k = 0; k < 16; k++, d /= 10n) r |= (zone | (d % 10n)) << BigInt(8 * k);
  r = (r & ~0xf0n) | ((p ? (neg ? 0xdn : 0xcn) : (neg ? 0x7n : 0x3n)) << 4n);
  setQuad(m, vr(i.rt), r);
  cr6(m, v, neg, mag >= 10n ** 16n);
};

/** National: 8 halfwords, 7 digits 0x0030-0x0039 then the sign 0x002B (+) or 0x002D (-). */
const bcdcfn: Handler = (m, i) => {
  const q = getQuad(m, vr(i.rb)), sign = q & 0xffffn;
  let ok = sign === 0x2bn || sign === 0x2dn, mag = 0n;
  for (let k = 7; k >= 1; k--) {
    const h = (q >> BigInt(16 * k)) & 0xffffn;
    if (h < 0x30n || h > 0x39n) ok = false;
    mag = mag * 10n + (h & 0xfn);
  }
  if (!ok) { invalid(m); return; }
  setQuad(m, vr(i.rt), signed(mag, ps(i), sign === 0x2dn));
  cr6(m, mag, sign === 0x2dn, false);
};
const bcdctn: Handler = (m, i) => {
  const q = getQuad(m, vr(i.rb)), v = signedValue(q);
  if (v === undefined) { invalid(m); return; }
  const neg = minus(q), mag = neg ? -v : v;
  let r = neg ? 0x2dn : 0x2bn, d = mag;
  for (let k = 1; k < 8; k++, d /= 10n) r |= (0x30n | (d % 10n)) << BigInt(16 * k);
  setQuad(m, vr(i.rt), r);
  cr6(m, v, neg, mag >= 10n ** 7n);
};

// ---- multiply by 10 (ISA 3.0 decimal assists for binary <-> decimal conversion) ------------------------

/** vmul10[e][c]uq: VRA * 10 (+ the decimal digit in VRB bits 124:127 for the 'e' forms); the low
 *  128 bits, or for the 'c' forms the carry out of them (a value below 10). */
const mul10 = (ext: boolean, carry: boolean): Handler => (m, i) => {
  const p = getQuad(m, vr(i.ra)) * 10n + (ext ? getQuad(m, vr(i.rb)) & 0xfn : 0n);
  setQuad(m, vr(i.rt), carry ? p >> 128n : p);
};

// ---- rows: VX form, bit 21 = 1 (the record bit), bit 22 = PS, extended opcode in bits 23:31 ------------

const bcd = (mnem: string, xo9: number, ops: string, h: Handler, feature: Row['feature'] = 'vmx_300', sub?: number,
  noPs = false): Row => ({
  mnem, form: 'VX', opcd: 4, ops, feature, h, flags: Flag.DOT,
  fixed: fixedBits(bits(21, 21, 1), bits(23, 31, xo9), ...(noPs ? [bits(22, 22, 0)] : []),
    ...(sub === undefined ? [] : [bits(11, 15, sub)])),
});
const CONV = 385;

export const rows: Row[] = [
  bcd('bcdadd', 1, 'vrt,vra,vrb,ps', addSub(false), 'vmx_207'),
  bcd('bcdsub', 65, 'vrt,vra,vrb,ps', addSub(true), 'vmx_207'),
  // bcdcpsgn.: the whole 11-bit XO is 833 (bit 21 is 0)
  { mnem: 'bcdcpsgn', form: 'VX', opcd: 4, xo: 833, ops: 'vrt,vra,vrb', feature: 'vmx_300', h: bcdcpsgn, flags: Flag.DOT },
  bcd('bcds', 193, 'vrt,vra,vrb,ps', bcds(false)),
  bcd('bcdsr', 449, 'vrt,vra,vrb,ps', bcds(true)),
  bcd('bcdus', 129, 'vrt,vra,vrb', bcdus, 'vmx_300', undefined, true),
  bcd('bcdtrunc', 257, 'vrt,vra,vrb,ps', bcdtrunc),
  bcd('bcdutrunc', 321, 'vrt,vra,vrb', bcdutrunc, 'vmx_300', undefined, true),
  bcd('bcdctsq', CONV, 'vrt,vrb', bcdctsq, 'vmx_300', 0, true),
  bcd('bcdcfsq', CONV, 'vrt,vrb,ps', bcdcfsq, 'vmx_300', 2),
  bcd('bcdctz', CONV, 'vrt,vrb,ps', bcdctz, 'vmx_300', 4),
  bcd('bcdctn', CONV, 'vrt,vrb', bcdctn, 'vmx_300', 5, true),
  bcd('bcdcfz', CONV, 'vrt,vrb,ps', bcdcfz, 'vmx_300', 6),
  bcd('bcdcfn', CONV, 'vrt,vrb,ps', bcdcfn, 'vmx_300', 7),
  bcd('bcdsetsgn', CONV, 'vrt,vrb,ps', bcdsetsgn, 'vmx_300', 31),
  { mnem: 'vmul10uq', form: 'VX', opcd: 4, xo: 513, fixed: bits(16, 20, 0), ops: 'vrt,vra', feature: 'vmx_300', h: mul10(false, false) },
  { mnem: 'vmul10cuq', form: 'VX', opcd: 4, xo: 1, fixed: bits(16, 20, 0), ops: 'vrt,vra', feature: 'vmx_300', h: mul10(false, true) },
  { mnem: 'vmul10euq', form: 'VX', opcd: 4, xo: 577, ops: 'vrt,vra,vrb', feature: 'vmx_300', h: mul10(true, false) },
  { mnem: 'vmul10ecuq', form: 'VX', opcd: 4, xo: 65, ops: 'vrt,vra,vrb', feature: 'vmx_300', h: mul10(true, true) },
];
