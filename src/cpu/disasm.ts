// Disassembler driven by the instruction table: a row gives the base mnemonic, the form, the
// flags (Rc/OE suffixes) and the operand syntax (`ops`, comma-separated operand kinds). The text
// matches GNU objdump (binutils 2.40, default dialect) for the mnemonic and operands, including
// its preferred simplified mnemonics, which are declared below as data: for a base mnemonic, a
// predicate on the instruction's fields, the simplified mnemonic and its operand list.
//
// Operand kinds (fields in ISA bit numbering):
//   rt rs ra rb rc   GPR at bits 6, 6, 11, 16, 21 ("r5")
//   ra0              RA where 0 means literal 0 ("0" or "r5")
//   si ui            signed / unsigned 16-bit immediate (bits 16:31), decimal
//   d(ra) ds(ra) dq(ra)  displacement(RA|0) of D / DS / DQ forms
//   bf bfa           CR field at bits 6 / 11 ("cr3");  crf: BI's field (bits 11:13)
//   crbt crba crbb bc  CR bit at bits 6 / 11 / 16 / 21 ("4*cr7+so", "eq")
//   bo bi bd li bh   branch fields (bd/li print the target address)
//   l to sh mb me spr tbr fxm nb flm u w  numeric fields (sh/mb/me are 6-bit in MD/MDS/XS)
//   frt frs fra frb frc   FPR at bits 6, 6, 11, 16, 21 ("f1")
//   vrt vrs vra vrb vrc   VR ("v1");  uim sim shb   vector immediates
//   xt xs xa xb xc   VSR with the extension bit of XX/DQ/X forms ("vs33");  dm shw  XX3 bits 22:23
//   xtp              VSR pair Tp||TX (bits 6:10) as "vs(32*TX+2*Tp)" (lxvp, stxvp, MMA's ACC: see 'at')
//   drm rm           mffscdrni / mffscrni rounding modes (bits 18:20 / 19:20)
//   ps               BCD preferred-sign bit (bit 22)
//   ev8(ra) ev4(ra) ev2(ra)  SPE loads/stores: UIMM (bits 16:20) scaled by 8/4/2, then (RA) ("8(r4)")
//   crfs             evsel's CR field (bits 29:31, "cr1")
//   d34(ra) si34     prefixed (ISA 3.1): the 34-bit d0||d1 as "d(RA|0)", or "d" alone when R=1
//                    (PC-relative); paddi's signed immediate
//   imm32 ix         8RR prefixed: IMM32 (prefix bits 16:31 || suffix bits 16:31), xxsplti32dx IX
// SPE rows (space 'spe') print RA as a register even where it means (RA|0) ('ra0': "r0"), as
// objdump's SPE operand tables do.
//   eh th imm8 wc lev  misc (larx hint, dcbt TH, xxspltib immediate, wait WC, sc/scv LEV)
// A kind followed by '?' is optional: printed only when non-zero or when a later optional
// operand is printed (objdump's rule for optional operands).

import type { Form, Row } from './isa/table.js';
import { Flag, rowPattern } from './isa/table.js';

export interface DisasmOptions {
  /** Address width for branch targets (objdump on a 32-bit ELF wraps at 2^32). Default 64. */
  addrBits?: 32 | 64;
  /** Symbol annotation for branch targets, e.g. `main+0xc` (printed as ` <main+0xc>`). */
  symbol?: (addr: number) => string | undefined;
}

/** The decoded fields an operand printer or simplified-mnemonic predicate can look at. */
export interface Fields {
  readonly w: number;
  readonly row: Row;
  readonly form: Form;
  readonly addr: number;
  /** 5-bit fields at bits 6, 11, 16, 21. */
  readonly rt: number;
  readonly ra: number;
  readonly rb: number;
  readonly rc: number;
  /** Shift / mask fields (6-bit in MD, MDS, XS forms). */
  readonly sh: number;
  readonly mb: number;
  readonly me: number;
  /** Rc bit as the row defines it (0 when the row has none). */
  readonly rec: number;
  readonly spr: number;
  /** VSR numbers with their extension bits (XX forms, DQ, X-form VSX loads/stores). */
  readonly xt: number;
  readonly xa: number;
  readonly xb: number;
  readonly xc: number;
  readonly l: number;
  readonly si: number;
  /** Prefix word of a prefixed instruction (0: none); `w` is then the suffix. */
  readonly prefix: number;
}

const sext16 = (v: number) => (v << 16) >> 16;
const hex = (n: number) => n.toString(16);

// ---- field extraction ------------------------------------------------------------------------

function vsxExt(w: number, form: Form): [number, number, number, number] {
  const t = (w >>> 21) & 31, a = (w >>> 16) & 31, b = (w >>> 11) & 31, c = (w >>> 6) & 31;
  switch (form) {
    case 'XX1': case 'X': return [t | ((w & 1) << 5), a, b, c];
    case 'XX2': return [t | ((w & 1) << 5), a, b | ((w & 2) << 4), c];
    case 'XX3': case 'XX3R': case 'MMIRR': return [t | ((w & 1) << 5), a | ((w & 4) << 3), b | ((w & 2) << 4), c];
    case 'XX4': case '8RRX': return [t | ((w & 1) << 5), a | ((w & 4) << 3), b | ((w & 2) << 4), c | ((w & 8) << 2)];
    case 'DQ': return [t | ((w & 8) << 2), a, b, c];
    case '8LS': return [t | (((w >>> 26) & 1) << 5), a, b, c]; // plxv/pstxv: TX is bit 5
    case '8RR': return [t | (((w >>> 16) & 1) << 5), a, b, c]; // TX is bit 15
    default: return [t, a, b, c];
  }
}

/** Mnemonics whose L field is not bit 10 (the compares' position). */
const L_FIELD: Record<string, (w: number) => number> = {
  mtmsrd: (w) => (w >>> 16) & 1,
  mtmsr: (w) => (w >>> 16) & 1,
  sync: (w) => (w >>> 21) & 7,
  lwsync: (w) => (w >>> 21) & 7,
  ptesync: (w) => (w >>> 21) & 7,
  dcbf: (w) => (w >>> 21) & 7,
  mtfsf: (w) => (w >>> 25) & 1,
  tlbie: (w) => (w >>> 21) & 1,
  wait: (w) => (w >>> 21) & 3,
  darn: (w) => (w >>> 16) & 3,
};

export function fieldsOf(w: number, addr: number, row: Row, prefix = 0): Fields {
  const form = row.form;
  const rt = (w >>> 21) & 31, ra = (w >>> 16) & 31, rb = (w >>> 11) & 31, rc = (w >>> 6) & 31;
  let sh = rb, mb = rc, me = (w >>> 1) & 31;
  if (form === 'MD' || form === 'MDS' || form === 'XS') {
    if (form !== 'MDS') sh = rb | (((w >>> 1) & 1) << 5);
    mb = me = ((w >>> 6) & 31) | (((w >>> 5) & 1) << 5);
  }
  const [xt, xa, xb, xc] = vsxExt(w, form);
  const flags = row.flags ?? 0;
  const rec = flags & Flag.RC ? w & 1 : flags & Flag.RC21 ? (w >>> 10) & 1 : flags & Flag.DOT ? 1 : 0;
  const lf = L_FIELD[row.mnem];
  return {
    w, row, form, addr, rt, ra, rb, rc, sh, mb, me, rec,
    spr: ra | (rb << 5), xt, xa, xb, xc,
    l: lf ? lf(w) : (w >>> 21) & 1,
    si: sext16(w),
    prefix,
  };
}

// ---- operand printing ------------------------------------------------------------------------

const CR_BITS = ['lt', 'gt', 'eq', 'so'];
const crbit = (n: number) => (n < 4 ? CR_BITS[n] : `4*cr${n >> 2}+${CR_BITS[n & 3]}`);
const gpr = (n: number) => `r${n}`;
const gpr0 = (n: number) => (n === 0 ? '0' : `r${n}`);
/** A prefixed instruction's 34-bit d0 (prefix bits 14:31) || d1 (suffix bits 16:31), signed. */
const d34 = (f: Fields) => ((f.prefix << 14) >> 14) * 65536 + (f.w & 0xffff);
/** A prefixed instruction's R bit (prefix bit 11). */
const rBit = (f: Fields) => (f.prefix >>> 20) & 1;

interface Ctx { f: Fields; opts: DisasmOptions; n: number }

function target(c: Ctx, disp: number): [string, number] {
  const { f, opts } = c;
  const aa = (f.w >>> 1) & 1;
  let t: number;
  let text: string;
  if (aa) t = disp >>> 0;
  else if ((opts.addrBits ?? 64) === 32) t = (f.addr + disp) >>> 0;
  else t = f.addr + disp;
  if (t < 0 || t >= 2 ** 53) text = BigInt.asUintN(64, BigInt(f.addr) + BigInt(disp)).toString(16);
  else text = hex(t);
  const sym = opts.symbol?.(t);
  // objdump prints a bare 0x-prefixed address when no symbol covers the target.
  return [sym ? `${text} <${sym}>` : `0x${text}`, 1];
}

/** Text and numeric value (for the optional-operand rule) of one operand. */
function operand(kind: string, c: Ctx): [string, number] {
  const { f } = c;
  const w = f.w;
  switch (kind) {
    case 'rt': case 'rs': return [gpr(f.rt), f.rt];
    case 'ra': return [gpr(f.ra), f.ra];
    case 'rb': return [gpr(f.rb), f.rb];
    case 'rc': return [gpr(f.rc), f.rc];
    case 'ra0': return [f.row.space === 'spe' ? gpr(f.ra) : gpr0(f.ra), f.ra];
    case 'si': case 'd': return [String(f.si), f.si];
    case 'ui': return [String(w & 0xffff), w & 0xffff];
    case 'd(ra)': return [`${f.si}(${gpr0(f.ra)})`, 1];
    case 'ds(ra)': return [`${sext16(w & 0xfffc)}(${gpr0(f.ra)})`, 1];
    case 'dq(ra)': return [`${sext16(w & 0xfff0)}(${gpr0(f.ra)})`, 1];
    case 'd34(ra)': return [rBit(f) ? String(d34(f)) : `${d34(f)}(${gpr0(f.ra)})`, 1];
    case 'si34': return [String(d34(f)), d34(f)];
    case 'imm32': { const v = (((f.prefix & 0xffff) << 16) | (w & 0xffff)) >>> 0; return [String(v), v]; }
    case 'ix': return [String((w >>> 17) & 1), (w >>> 17) & 1];
    case 'ev8(ra)': return [`${f.rb * 8}(${gpr(f.ra)})`, 1];
    case 'ev4(ra)': return [`${f.rb * 4}(${gpr(f.ra)})`, 1];
    case 'ev2(ra)': return [`${f.rb * 2}(${gpr(f.ra)})`, 1];
    case 'crfs': return [`cr${w & 7}`, w & 7];
    case 'bf': return [`cr${f.rt >> 2}`, f.rt >> 2];
    case 'bfa': return [`cr${f.ra >> 2}`, f.ra >> 2];
    case 'crf': return [`cr${f.ra >> 2}`, f.ra >> 2];
    case 'crbt': return [crbit(f.rt), 1];
    case 'crba': case 'bi': return [crbit(f.ra), 1];
    case 'crbb': return [crbit(f.rb), 1];
    case 'bc': return [crbit(f.rc), 1];
    case 'bo': case 'to': case 'th': return [String(f.rt), f.rt];
    case 'bd': return target(c, sext16(w & 0xfffc));
    case 'li': return target(c, ((w & 0x03fffffc) << 6) >> 6);
    case 'bh': return [String((w >>> 11) & 3), (w >>> 11) & 3];
    case 'l': return [String(f.l), f.l];
    case 'sh': return [String(f.sh), f.sh];
    case 'mb': return [String(f.mb), f.mb];
    case 'me': return [String(f.me), f.me];
    case 'spr': case 'tbr': return [String(f.spr), f.spr];
    case 'fxm': return [String((w >>> 12) & 0xff), (w >>> 12) & 0xff];
    case 'nb': return [String(f.rb || 32), f.rb];
    case 'flm': return [String((w >>> 17) & 0xff), (w >>> 17) & 0xff];
    case 'u': return [String((w >>> 12) & 15), (w >>> 12) & 15];
    case 'w': return [String((w >>> 16) & 1), (w >>> 16) & 1];
    case 'eh': return [String(w & 1), w & 1];
    case 'lev': return [String((w >>> 5) & 0x7f), (w >>> 5) & 0x7f];
    case 'drm': return [String((w >>> 11) & 7), (w >>> 11) & 7];
    case 'rm': return [String((w >>> 11) & 3), (w >>> 11) & 3];
    case 'wc': case 'strm': return [String((w >>> 21) & 3), (w >>> 21) & 3]; // wait WC, dst/dss STRM
    case 'cy': return [String((w >>> 9) & 3), 1]; // addex CY, bits 21:22 (always printed)
    case 'frt': case 'frs': return [`f${f.rt}`, f.rt];
    case 'frtp': return [`f${f.rt}`, f.rt]; // DFP quad FRTp (odd: reserved, .long)
    case 'frap': return [`f${f.ra & ~1}`, f.ra]; // DFP quad FRAp/FRBp: objdump prints an odd one as the even register
    case 'frtpe': return [`f${f.rt & ~1}`, f.rt]; // dcffixqq's FRTp: likewise
    case 'frbp': return [`f${f.rb & ~1}`, f.rb];
    case 'fra': return [`f${f.ra}`, f.ra];
    case 'frb': return [`f${f.rb}`, f.rb];
    case 'frc': return [`f${f.rc}`, f.rc];
    case 'vrt': case 'vrs': return [`v${f.rt}`, f.rt];
    case 'vra': return [`v${f.ra}`, f.ra];
    case 'vrb': return [`v${f.rb}`, f.rb];
    case 'vrc': return [`v${f.rc}`, f.rc];
    case 'uim': {
      const v = f.form === 'XX2' || f.form === 'XX3' ? (w >>> 16) & 15 : f.ra;
      return [String(v), v];
    }
    case 'sim': { const v = (f.ra << 27) >> 27; return [String(v), v]; }
    case 'shb': return [String((w >>> 6) & 15), (w >>> 6) & 15];
    case 'imm8': return [String((w >>> 11) & 0xff), (w >>> 11) & 0xff];
    case 'xt': case 'xs': return [`vs${f.xt}`, f.xt];
    case 'xtp': { const v = ((f.rt & 1) << 5) | (f.rt & 0x1e); return [`vs${v}`, v]; } // Tp||TX
    case 'xa': return [`vs${f.xa}`, f.xa];
    case 'xb': return [`vs${f.xb}`, f.xb];
    case 'xc': return [`vs${f.xc}`, f.xc];
    case 'dm': case 'shw': return [String((w >>> 8) & 3), (w >>> 8) & 3];
    case 'ps': return [String((w >>> 9) & 1), (w >>> 9) & 1]; // BCD preferred sign, bit 22
    case 'n3': return [String((w >>> 16) & 7), (w >>> 16) & 7]; // vgnb N, bits 13:15
    case 'r10': case 'l10': return [String((w >>> 21) & 1), (w >>> 21) & 1]; // tbegin. R, tsr. L (bit 10)
    case 'dh(ra)': return [`${-512 + 8 * (((w & 1) << 5) | f.rt)}(${gpr(f.ra)})`, 1]; // hashst D
    case 'imm8p': return [String(f.prefix & 0xff), 1]; // xxeval IMM (prefix bits 24:31)
    case 'uim3p': return [String(f.prefix & 7), 1]; // xxpermx UIM (prefix bits 29:31)
    case 'mp': return [String((w >>> 16) & 1), (w >>> 16) & 1]; // vcntmb* MP (bit 15)
    case 'sh3': return [String((w >>> 6) & 7), (w >>> 6) & 7]; // vsldbi/vsrdbi SH (bits 23:25)
    case 'uim5b': return [String((w >>> 11) & 31), (w >>> 11) & 31]; // lxvkq UIM (bits 16:20)
    case 'uim4': return [String((w >>> 16) & 15), (w >>> 16) & 15]; // vinsw/vinsd UIM (bits 12:15)
    case 'bm16': { const v = sext16((((w >>> 6) & 0x3ff) << 6) | (((w >>> 16) & 31) << 1) | (w & 1)); return [String(v), v]; } // mtvsrbmi, signed as objdump prints it
    case 'si5': { const v = (((w >>> 11) & 31) << 27) >> 27; return [String(v), v]; } // tabort*i. SI (bits 16:20)
    // MMA: accumulator AT/AS (bits 6:8); the MMIRR prefix's XMSK (24:27), YMSK (28:31 or 28:29)
    // and PMSK (16:23, 16:19 or 16:17)
    case 'at': return [`a${(w >>> 23) & 7}`, (w >>> 23) & 7];
    case 'xmsk': return [String((f.prefix >>> 4) & 15), 1];
    case 'ymsk': return [String(f.prefix & 15), 1];
    case 'ymsk2': return [String((f.prefix >>> 2) & 3), 1];
    case 'pmsk8': return [String((f.prefix >>> 8) & 0xff), 1];
    case 'pmsk4': return [String((f.prefix >>> 12) & 15), 1];
    case 'pmsk2': return [String((f.prefix >>> 14) & 3), 1];
    // VSR operands printed as the FPR or VR they overlay (mtfprd / mtvrd and friends).
    case 'xtf': return [`f${f.xt}`, f.xt];
    case 'xtv': return [`v${f.xt - 32}`, f.xt];
    case 'n': return [String(c.n), c.n];
    case 'st': return [String((w >>> 15) & 1), (w >>> 15) & 1]; // vshasigma ST, bit 16
    case 'six': return [String((w >>> 11) & 15), (w >>> 11) & 15]; // vshasigma SIX, bits 17:20
    case 'dcmx': return [String((w >>> 16) & 0x7f), (w >>> 16) & 0x7f]; // xststdc* DCMX, bits 9:15
    case 'dcmxv': { const v = (((w >>> 6) & 1) << 6) | (((w >>> 2) & 1) << 5) | ((w >>> 16) & 31); return [String(v), v]; } // xvtstdc* DCMX = dc (25) || dm (29) || dx (11:15)
    case 'r': return [String((w >>> 16) & 1), (w >>> 16) & 1]; // xsrqpi R, bit 15
    case 'rmc': return [String((w >>> 9) & 3), (w >>> 9) & 3]; // xsrqpi RMC, bits 21:22
    case 'dcm': case 'sh6': return [String((w >>> 10) & 63), (w >>> 10) & 63]; // DFP DCM / SH, bits 16:21
    case 'uim6': return [String((w >>> 16) & 63), (w >>> 16) & 63]; // dtstsfi UIM, bits 10:15
    case 'te': { const v = (f.ra << 27) >> 27; return [String(v), v]; } // dquai TE, bits 11:15
    case 'sp': return [String((w >>> 19) & 3), (w >>> 19) & 3]; // ddedpd SP, bits 11:12
    case 's': return [String((w >>> 20) & 1), (w >>> 20) & 1]; // denbcd S, bit 11
    default: throw new Error(`disassembler: unknown operand kind '${kind}' in ${f.row.mnem}`);
  }
}

/** Operands that objdump treats as optional (omitted when zero) in the rows' own syntax. */
const OPTIONAL = new Set(['eh', 'bh', 'w', 'sc:lev', 'mtfsf:l', 'mtmsrd:l', 'mtmsr:l', 'tlbie:l']);

function formatOps(ops: string, c: Ctx, mnem: string): string {
  if (ops === '') return '';
  const parts = ops.split(',');
  const texts: string[] = [];
  const omit: boolean[] = [];
  let laterKept = false;
  for (let k = parts.length - 1; k >= 0; k--) {
    let kind = parts[k].trim();
    let opt = kind.endsWith('?');
    if (opt) kind = kind.slice(0, -1);
    else opt = OPTIONAL.has(kind) || OPTIONAL.has(`${mnem}:${kind}`);
    const [text, value] = operand(kind, c);
    texts[k] = text;
    omit[k] = opt && value === 0 && !laterKept;
    if (opt && !omit[k]) laterKept = true;
  }
  return texts.filter((_, k) => !omit[k]).join(',');
}

// ---- simplified mnemonics ----------------------------------------------------------------------

/** A simplified mnemonic objdump prefers: used for `base` when `when` holds. */
interface Alias {
  mnem: string | ((f: Fields) => string | null);
  ops: string;
  when?: (f: Fields) => boolean;
  /** Value of the `n` operand. */
  n?: (f: Fields) => number;
}

/** sync L,SC (ISA 3.1: L is bits 8:10, SC bits 14:15; the rows split on bits 9:10 only): objdump's
 *  names, else `sync L,SC` (L = 3, 6, 7: .long). Keyed by L * 4 + SC. */
const SYNC_NAMES: Record<number, string> = {
  0: 'hwsync', 2: 'stcisync', 3: 'stsync', 4: 'lwsync', 5: 'stncisync', 8: 'ptesync', 16: 'phwsync', 20: 'plwsync',
};
const SYNC: Alias[] = [
  { mnem: (f) => SYNC_NAMES[f.l * 4 + ((f.w >>> 16) & 3)] ?? null, ops: '' },
  { mnem: (f) => (f.l === 3 || f.l >= 6 ? '.long' : 'sync'), ops: 'l,n', n: (f) => (f.w >>> 16) & 3 },
];

const TO_NAMES: Record<number, string> = {
  1: 'lgt', 2: 'llt', 4: 'eq', 5: 'lge', 6: 'lle', 8: 'gt', 12: 'ge', 16: 'lt', 20: 'le', 24: 'ne', 31: 'u',
};

/** SPR names as objdump prints them: "n name" (mf and mt), "name/" (mf only), "/name" (mt
 *  only), "mfpart/mtpart", and "#k" for the indexed families (mfsprg rT,k). */
const SPR_DATA =
  '1 xer, 3 udscr, 4 rtcu/, 5 rtcl/, 8 lr, 9 ctr, 13 uamr, 17 dscr, 18 dsisr, 19 dar, 20 /rtcu, ' +
  '21 /rtcl, 22 dec, 25 sdr1, 26 srr0, 27 srr1, 28 cfar, 29 amr, 48 pidr, 61 iamr, 128 /tfhar, ' +
  '129 /tfiar, 130 /texasr, 131 /texasru, 136 ctrl/, 152 /ctrl, 153 fscr, 157 uamor, 159 pspb, ' +
  '176 dpdes, 180 dawr0, 181 dawr1, 186 rpr, 187 ciabr, 188 dawrx0, 189 dawrx1, 190 hfscr, ' +
  '256 vrsave, 259 usprg3/, 268 tb/, 269 tbu/, 272 sprg#0, 273 sprg#1, 274 sprg#2, 275 sprg#3, ' +
  '280 asr, 282 ear, 284 /tbl, 285 /tbu, 286 /tbu40, 287 pvr/, 304 hsprg0, 305 hsprg1, 306 hdisr, ' +
  '307 hdar, 308 spurr, 309 purr, 310 hdec, 313 hrmor, 314 hsrr0, 315 hsrr1, 318 lpcr, 319 lpidr, ' +
  '336 hmer, 337 hmeer, 338 pcr, 339 heir, 349 amor, 446 tir/, 464 ptcr, 496 usprg0, 497 usprg1, ' +
  '505 urmor, 506 usrr0, 507 usrr1, 511 smfctrl, 528 ibatu#0, 529 ibatl#0, 530 ibatu#1, ' +
  '531 ibatl#1, 532 ibatu#2, 533 ibatl#2, 534 ibatu#3, 535 ibatl#3, 536 dbatu#0, 537 dbatl#0, ' +
  '538 dbatu#1, 539 dbatl#1, 540 dbatu#2, 541 dbatl#2, 542 dbatu#3, 543 dbatl#3, 736 usier2/, ' +
  '737 usier3/, 738 ummcr3/, 752 /sier2, 753 /sier3, 754 /mmcr3, 768 usier/, 769 ummcr2, ' +
  '770 ummcra, 771 upmc1, 772 upmc2, 773 upmc3, 774 upmc4, 775 upmc5, 776 upmc6, 779 ummcr0, ' +
  '780 usiar/, 781 usdar/, 782 ummcr1/, 784 /sier, 786 /mmcra, 787 /pmc1, 788 /pmc2, 789 /pmc3, ' +
  '790 /pmc4, 791 /pmc5, 792 /pmc6, 795 /mmcr0, 796 /siar, 797 /sdar, 798 /mmcr1, 800 bescrs, ' +
  '801 bescrsu, 802 bescrr, 803 bescrru, 804 ebbhr, 805 ebbrr, 806 bescr, 815 tar, 816 asdr, ' +
  '823 psscr, 848 ic, 849 vtb, 855 hpsscr, 896 ppr, 898 ppr32, 1023 pir/';

/** spr -> [mf name, mt name, index] ('' when objdump prints the generic form). */
const SPR_NAMES = new Map<number, [string, string, number]>();
for (const ent of SPR_DATA.split(', ')) {
  const [num, spec] = ent.split(' ');
  const [names, idx] = spec.split('#');
  const [mf, mt = mf] = names.split('/');
  SPR_NAMES.set(Number(num), [mf, mt, idx === undefined ? -1 : Number(idx)]);
}

const sprAlias = (dir: 0 | 1) => (f: Fields): string | null => {
  const e = SPR_NAMES.get(f.spr);
  return e && e[dir] ? (dir ? 'mt' : 'mf') + e[dir] : null;
};
const sprIndexed = (f: Fields) => (SPR_NAMES.get(f.spr)?.[2] ?? -1) >= 0;

const oneBit = (v: number) => v !== 0 && (v & (v - 1)) === 0;
/** addpcis's d = d0 || d1 || d2 (bits 16:25, 11:15, 31), signed. */
const dx = (w: number) => (((((w >>> 6) & 0x3ff) << 6) | (((w >>> 16) & 31) << 1) | (w & 1)) << 16) >> 16;

const DCBT_NAMES = (base: string) => (f: Fields): string | null =>
  f.rt < 8 ? `${base}ct` : f.rt < 16 ? `${base}ds` : f.rt === 16 ? `${base}t` : null;

/** binutils 2.40 prints the MMA instructions under their dense-math names: xvf32ger as
 *  dmxvf32ger, pmxvf32ger as pmdmxvf32ger, xxmtacc as dmxxmtacc, xxsetaccz as dmsetaccz. */
const mmaAliases = new WeakMap<Row, Alias[]>();
function mmaAlias(row: Row): Alias[] {
  let a = mmaAliases.get(row);
  if (!a) {
    const n = row.mnem;
    a = [{ mnem: n === 'xxsetaccz' ? 'dmsetaccz' : n.startsWith('pm') ? `pmdm${n.slice(2)}` : `dm${n}`, ops: row.ops }];
    mmaAliases.set(row, a);
  }
  return a;
}

/** Simplified mnemonics by base mnemonic, tried in order; the first whose predicate holds wins. */
const ALIASES: Record<string, Alias[]> = {
  addi: [{ mnem: 'li', ops: 'rt,si', when: (f) => f.ra === 0 }],
  addis: [{ mnem: 'lis', ops: 'rt,si', when: (f) => f.ra === 0 }],
  ori: [
    { mnem: 'nop', ops: '', when: (f) => f.w === 0x60000000 },
    { mnem: 'exser', ops: '', when: (f) => f.w === 0x63ff0000 },
  ],
  xori: [{ mnem: 'xnop', ops: '', when: (f) => f.w === 0x68000000 }],
  or: [
    { mnem: (f) => ({ 26: 'miso', 27: 'yield', 29: 'mdoio', 30: 'mdoom' } as Record<number, string>)[f.rt] ?? null,
      ops: '', when: (f) => f.rt === f.ra && f.rt === f.rb && !f.rec },
    { mnem: 'mr', ops: 'ra,rs', when: (f) => f.rt === f.rb },
  ],
  nor: [{ mnem: 'not', ops: 'ra,rs', when: (f) => f.rt === f.rb }],
  cmp: [{ mnem: (f) => (f.l ? 'cmpd' : 'cmpw'), ops: 'bf?,ra,rb' }],
  cmpl: [{ mnem: (f) => (f.l ? 'cmpld' : 'cmplw'), ops: 'bf?,ra,rb' }],
  cmpi: [{ mnem: (f) => (f.l ? 'cmpdi' : 'cmpwi'), ops: 'bf?,ra,si' }],
  cmpli: [{ mnem: (f) => (f.l ? 'cmpldi' : 'cmplwi'), ops: 'bf?,ra,ui' }],
  rlwinm: [
    { mnem: 'rotlwi', ops: 'ra,rs,sh', when: (f) => f.mb === 0 && f.me === 31 },
    { mnem: 'clrrwi', ops: 'ra,rs,n', when: (f) => f.sh === 0 && f.mb === 0, n: (f) => 31 - f.me },
    { mnem: 'clrlwi', ops: 'ra,rs,mb', when: (f) => f.sh === 0 && f.me === 31 },
    { mnem: 'slwi', ops: 'ra,rs,sh', when: (f) => f.mb === 0 && f.me === 31 - f.sh },
    { mnem: 'srwi', ops: 'ra,rs,mb', when: (f) => f.me === 31 && f.mb === 32 - f.sh },
  ],
  rlwnm: [{ mnem: 'rotlw', ops: 'ra,rs,rb', when: (f) => f.mb === 0 && f.me === 31 }],
  rldicl: [
    { mnem: 'rotldi', ops: 'ra,rs,sh', when: (f) => f.mb === 0 },
    { mnem: 'clrldi', ops: 'ra,rs,mb', when: (f) => f.sh === 0 },
    { mnem: 'srdi', ops: 'ra,rs,mb', when: (f) => f.mb === 64 - f.sh },
  ],
  rldicr: [
    { mnem: 'clrrdi', ops: 'ra,rs,n', when: (f) => f.sh === 0, n: (f) => 63 - f.me },
    { mnem: 'sldi', ops: 'ra,rs,sh', when: (f) => f.me === 63 - f.sh },
  ],
  rldcl: [{ mnem: 'rotld', ops: 'ra,rs,rb', when: (f) => f.mb === 0 }],
  tw: [
    { mnem: 'trap', ops: '', when: (f) => f.w === 0x7fe00008 },
    { mnem: (f) => 'tw' + TO_NAMES[f.rt], ops: 'ra,rb', when: (f) => f.rt in TO_NAMES },
  ],
  td: [{ mnem: (f) => 'td' + TO_NAMES[f.rt], ops: 'ra,rb', when: (f) => f.rt in TO_NAMES }],
  twi: [{ mnem: (f) => `tw${TO_NAMES[f.rt]}i`, ops: 'ra,si', when: (f) => f.rt in TO_NAMES }],
  tdi: [{ mnem: (f) => `td${TO_NAMES[f.rt]}i`, ops: 'ra,si', when: (f) => f.rt in TO_NAMES }],
  crxor: [{ mnem: 'crclr', ops: 'crbt', when: (f) => f.rt === f.ra && f.ra === f.rb }],
  creqv: [{ mnem: 'crset', ops: 'crbt', when: (f) => f.rt === f.ra && f.ra === f.rb }],
  cror: [{ mnem: 'crmove', ops: 'crbt,crba', when: (f) => f.ra === f.rb }],
  crnor: [{ mnem: 'crnot', ops: 'crbt,crba', when: (f) => f.ra === f.rb }],
  isel: [{ mnem: (f) => 'isel' + CR_BITS[f.rc], ops: 'rt,ra0,rb', when: (f) => f.rc < 3 }],
  mfspr: [
    { mnem: sprAlias(0), ops: 'rt,n', when: sprIndexed, n: (f) => SPR_NAMES.get(f.spr)![2] },
    { mnem: sprAlias(0), ops: 'rt' },
  ],
  mtspr: [
    { mnem: sprAlias(1), ops: 'n,rs', when: sprIndexed, n: (f) => SPR_NAMES.get(f.spr)![2] },
    { mnem: sprAlias(1), ops: 'rs' },
  ],
  mftb: [{ mnem: (f) => (f.spr === 268 ? 'mftb' : f.spr === 269 ? 'mftbu' : '.long'), ops: 'rt' }],
  // objdump prints the FPSCR bit of mtfsb0/mtfsb1 as a number, whatever kind the row uses.
  mtfsb0: [{ mnem: 'mtfsb0', ops: 'to' }],
  mtfsb1: [{ mnem: 'mtfsb1', ops: 'to' }],
  mtfsfi: [{ mnem: 'mtfsfi', ops: 'n,u,w?', n: (f) => f.rt >> 2 }],
  // single-field forms: objdump rejects an FXM without exactly one bit set
  mfocrf: [{ mnem: '.long', ops: '', when: (f) => !oneBit((f.w >>> 12) & 0xff) }],
  mtocrf: [{ mnem: '.long', ops: '', when: (f) => !oneBit((f.w >>> 12) & 0xff) }],
  // LEV is printed when non-zero, whatever operands the row declares.
  sc: [{ mnem: 'sc', ops: 'lev?' }],
  addpcis: [
    { mnem: 'lnia', ops: 'rt', when: (f) => dx(f.w) === 0 },
    { mnem: 'addpcis', ops: 'rt,n', n: (f) => dx(f.w) },
  ],
  paddi: [
    { mnem: 'pla', ops: 'rt,si34', when: (f) => rBit(f) === 1 },
    { mnem: 'pli', ops: 'rt,si34', when: (f) => f.ra === 0 },
  ],
  xvcpsgndp: [{ mnem: 'xvmovdp', ops: 'xt,xa', when: (f) => f.xa === f.xb }],
  xvcpsgnsp: [{ mnem: 'xvmovsp', ops: 'xt,xa', when: (f) => f.xa === f.xb }],
  mtcrf: [{ mnem: 'mtcr', ops: 'rs', when: (f) => ((f.w >>> 12) & 0xff) === 0xff }],
  tend: [{ mnem: (f) => ((f.w >>> 25) & 1 ? 'tendall' : 'tend'), ops: '' }],
  tsr: [{ mnem: (f) => ((f.w >>> 21) & 1 ? 'tresume' : 'tsuspend'), ops: '' }],
  sync: SYNC, lwsync: SYNC, ptesync: SYNC,
  dcbf: [{ mnem: (f) => ['dcbf', 'dcbfl', '.long', 'dcbflp', 'dcbfps', '.long', 'dcbstps', '.long'][f.l], ops: 'ra0,rb' }],
  wait: [{ mnem: (f) => ['wait', 'waitrsv', 'waitimpl', '.long'][f.l], ops: '' }],
  dcbt: [
    { mnem: DCBT_NAMES('dcbt'), ops: 'ra0,rb,th?', when: (f) => f.rt !== 0 && f.rt !== 8 && f.rt < 16 },
    { mnem: DCBT_NAMES('dcbt'), ops: 'ra0,rb', when: (f) => f.rt === 0 || f.rt === 8 || f.rt === 16 },
    { mnem: 'dcbna', ops: 'ra0,rb', when: (f) => f.rt === 17 },
    { mnem: 'dcbt', ops: 'ra0,rb,th' },
  ],
  dcbtst: [
    { mnem: DCBT_NAMES('dcbtst'), ops: 'ra0,rb,th?', when: (f) => f.rt !== 0 && f.rt !== 8 && f.rt < 16 },
    { mnem: DCBT_NAMES('dcbtst'), ops: 'ra0,rb', when: (f) => f.rt === 0 || f.rt === 8 || f.rt === 16 },
    { mnem: 'dcbtst', ops: 'ra0,rb,th' },
  ],
  vor: [{ mnem: 'vmr', ops: 'vrt,vra', when: (f) => f.ra === f.rb }],
  vnor: [{ mnem: 'vnot', ops: 'vrt,vra', when: (f) => f.ra === f.rb }],
  xxlor: [{ mnem: 'xxmr', ops: 'xt,xa', when: (f) => f.xa === f.xb }],
  xxlnor: [{ mnem: 'xxlnot', ops: 'xt,xa', when: (f) => f.xa === f.xb }],
  xxpermdi: [
    { mnem: 'xxswapd', ops: 'xt,xa', when: (f) => f.xa === f.xb && ((f.w >>> 8) & 3) === 2 },
    { mnem: 'xxspltd', ops: 'xt,xa,n', when: (f) => f.xa === f.xb && ((f.w >>> 8) & 3) % 3 === 0,
      n: (f) => ((f.w >>> 8) & 3) >> 1 },
    { mnem: 'xxmrghd', ops: 'xt,xa,xb', when: (f) => ((f.w >>> 8) & 3) === 0 },
    { mnem: 'xxmrgld', ops: 'xt,xa,xb', when: (f) => ((f.w >>> 8) & 3) === 3 },
  ],
  mtvsrd: [
    { mnem: 'mtfprd', ops: 'xtf,ra', when: (f) => f.xt < 32 },
    { mnem: 'mtvrd', ops: 'xtv,ra' },
  ],
  mfvsrd: [
    { mnem: 'mffprd', ops: 'ra,xtf', when: (f) => f.xt < 32 },
    { mnem: 'mfvrd', ops: 'ra,xtv' },
  ],
  mtvsrwa: [
    { mnem: 'mtfprwa', ops: 'xtf,ra', when: (f) => f.xt < 32 },
    { mnem: 'mtvrwa', ops: 'xtv,ra' },
  ],
  mtvsrwz: [
    { mnem: 'mtfprwz', ops: 'xtf,ra', when: (f) => f.xt < 32 },
    { mnem: 'mtvrwz', ops: 'xtv,ra' },
  ],
  mfvsrwz: [
    { mnem: 'mffprwz', ops: 'ra,xtf', when: (f) => f.xt < 32 },
    { mnem: 'mfvrwz', ops: 'ra,xtv' },
  ],
};

/** objdump's preferred forms for SPE rows (opcode space 'spe'). */
const SPE_ALIASES: Record<string, Alias[]> = {
  evor: [{ mnem: 'evmr', ops: 'rt,ra', when: (f) => f.ra === f.rb }],
  evnor: [{ mnem: 'evnot', ops: 'rt,ra', when: (f) => f.ra === f.rb }],
  evsubfw: [{ mnem: 'evsubw', ops: 'rt,rb,ra' }],
  evsubifw: [{ mnem: 'evsubiw', ops: 'rt,rb,uim' }],
};

// ---- branches --------------------------------------------------------------------------------

const COND_TRUE = ['lt', 'gt', 'eq', 'so'];
const COND_FALSE = ['ge', 'le', 'ne', 'ns'];

/** bc / bclr / bcctr / bctar as objdump prints them (simplified where it does). */
function branch(kind: '' | 'lr' | 'ctr' | 'tar', c: Ctx): [string, string] | null {
  const f = c.f;
  const bo = f.rt, bi = f.ra, lk = f.w & 1, aa = kind === '' ? (f.w >>> 1) & 1 : 0;
  const isBc = kind === '';
  const tail = (lk ? 'l' : '') + (aa ? 'a' : '');
  const tgt = isBc ? ',bd' : ',bh?';
  const raw = (sfx: string): [string, string] => [`bc${kind}${tail}${sfx}`, formatOps(`bo,bi${tgt}`, c, '')];
  const ext = (base: string, sfx: string, ops: string): [string, string] =>
    [`${base}${kind}${tail}${sfx}`, formatOps(isBc ? ops + (ops ? ',bd' : 'bd') : ops + (ops ? ',bh?' : 'bh?'), c, '')];
  if ((bo & 0b10100) === 0b10100) { // branch always
    if (bo !== 20) return null;
    if (isBc || bi !== 0) return raw('');
    return ext('b', '', '');
  }
  if ((bo & 0b10100) === 0) { // decrement CTR and test a CR bit
    const y = bo & 1;
    if (kind === 'ctr') return y ? null : raw('');
    if (kind === 'tar' && y) return null;
    return ext((bo & 2 ? 'bdz' : 'bdnz') + (bo & 8 ? 't' : 'f'), y && kind === 'lr' ? '+' : '', 'bi');
  }
  if ((bo & 0b10100) === 0b00100) { // test a CR bit
    const at = bo & 3;
    if (at === 1 && kind === 'tar') return null;
    const sfx = at === 1 ? (isBc ? '' : '+') : at === 2 ? '-' : at === 3 ? '+' : '';
    const name = 'b' + (bo & 8 ? COND_TRUE : COND_FALSE)[bi & 3];
    return ext(name, sfx, 'crf?');
  }
  // decrement CTR only (1a00t, 1a01t)
  const base = bo & 2 ? 'bdz' : 'bdnz';
  const a = (bo >>> 3) & 1, t = bo & 1;
  if (!a && t) {
    if (bi !== 0 || kind === 'ctr' || kind === 'tar') return null;
    return ext(base, kind === 'lr' ? '+' : '', '');
  }
  const sfx = a ? (t ? '+' : '-') : '';
  if (kind === 'ctr' || bi !== 0) return raw(sfx);
  return ext(base, sfx, '');
}

// ---- reserved bits ------------------------------------------------------------------------------

/** L field masks of the mnemonics in L_FIELD. */
const L_MASK: Record<string, number> = {
  mtmsrd: 0x10000, mtmsr: 0x10000, sync: 0x00e00000, lwsync: 0x00e00000, ptesync: 0x00e00000, dcbf: 0x00e00000, mtfsf: 0x02000000,
  tlbie: 0x00200000, wait: 0x00600000, darn: 0x30000,
};

/** Word bits an operand kind occupies (0 for kinds with no field). */
function kindMask(kind: string, row: Row): number {
  const form = row.form;
  const md = form === 'MD' || form === 'MDS' || form === 'XS';
  switch (kind) {
    case 'rt': case 'rs': case 'frt': case 'frs': case 'vrt': case 'vrs': case 'bo': case 'to': case 'th':
    case 'crbt': case 'xtp': return 0x03e00000;
    case 'ra': case 'ra0': case 'fra': case 'vra': case 'bi': case 'crba': case 'sim': case 'uim': return 0x001f0000;
    case 'rb': case 'frb': case 'vrb': case 'crbb': case 'nb': return 0x0000f800;
    case 'sh': return md ? 0xf802 : 0xf800;
    case 'mb': return md ? 0x7e0 : 0x7c0;
    case 'me': return md ? 0x7e0 : 0x3e;
    case 'rc': case 'frc': case 'vrc': case 'bc': return 0x7c0;
    case 'si': case 'ui': case 'd': return 0xffff;
    case 'd(ra)': case 'd34(ra)': return 0x1fffff;
    case 'si34': case 'imm32': return 0xffff;
    case 'ix': return 0x20000;
    case 'ds(ra)': return 0x1ffffc;
    case 'dq(ra)': return 0x1ffff0;
    case 'ev8(ra)': case 'ev4(ra)': case 'ev2(ra)': return 0x1ff800;
    case 'crfs': return 7;
    case 'bf': return 0x03800000;
    case 'bfa': case 'crf': return 0x001c0000;
    case 'l': return L_MASK[row.mnem] ?? 0x00200000;
    case 'bd': return 0xfffc;
    case 'li': return 0x03fffffc;
    case 'bh': return 0x1800;
    case 'spr': case 'tbr': return 0x001ff800;
    case 'fxm': return 0x000ff000;
    case 'flm': return 0x01fe0000;
    case 'u': return 0xf000;
    case 'w': return 0x10000;
    case 'shb': return 0x3c0;
    case 'eh': return 1;
    case 'lev': return 0xfe0;
    case 'drm': return 0x3800;
    case 'rm': return 0x1800;
    case 'wc': case 'strm': return 0x00600000;
    case 'cy': return 0x600;
    case 'imm8': return 0x7f800;
    case 'xt': case 'xs': return form === 'DQ' ? 0x03e00008 : form === '8RR' ? 0x03e10000 : 0x03e00001;
    case 'xa': return 0x001f0004;
    case 'xb': return 0x0000f802;
    case 'xc': return 0x7c8;
    case 'dm': case 'shw': return 0x300;
    case 'ps': return 0x200;
    case 'n3': return 0x70000;
    case 'r10': case 'l10': return 0x00200000;
    case 'si5': return 0xf800;
    case 'imm8p': case 'uim3p': return 0;
    case 'mp': return 0x10000;
    case 'sh3': return 0x1c0;
    case 'uim5b': return 0xf800;
    case 'uim4': return 0xf0000;
    case 'bm16': return 0x001fffc1;
    case 'dh(ra)': return 0x03ff0001;
    case 'at': return 0x03800000;
    case 'xmsk': case 'ymsk': case 'ymsk2': case 'pmsk8': case 'pmsk4': case 'pmsk2': return 0;
    case 'st': return 0x8000;
    case 'six': return 0x7800;
    case 'dcmx': return 0x7f0000;
    case 'r': return 0x10000;
    case 'rmc': return 0x600;
    case 'dcm': case 'sh6': return 0xfc00;
    case 'frtp': return 0x03c00000;
    case 'frtpe': return 0x03e00000;
    case 'frap': return 0x001f0000;
    case 'frbp': return 0x0000f800;
    case 'uim6': return 0x3f0000;
    case 'te': return 0x1f0000;
    case 'sp': return 0x180000;
    case 's': return 0x100000;
    default: return 0xffffffff; // an unknown kind: do not second-guess the row
  }
}

/** Fields simplified mnemonics compute into the `n` operand (so no operand kind names them). */
const ALIAS_FIELDS: Record<string, number> = {
  addpcis: 0x001fffc1, // d1 (bits 11:15), d0 (bits 16:25), d2 (bit 31)
  tend: 0x02000000, // A (bit 6): tendall.
  tsr: 0x00200000, // L (bit 10): tresume. / tsuspend.
  sync: 0x00e30000, lwsync: 0x00e30000, ptesync: 0x00e30000, // L (bits 8:10), SC (bits 14:15)
  dcbf: 0x00e00000, // L (bits 8:10): dcbfl, dcbflp, dcbfps, dcbstps
};

/** Reserved fields objdump does not check for these mnemonics (its opcode masks leave them out):
 *  the DFP instructions' unused RA field, BF's low bits, the bits beside SP/S/R; lxvpx's bit 31. */
const OBJDUMP_IGNORES: Record<string, number> = {};
for (const mn of ['dcmpu', 'dcmpo', 'dtstdc', 'dtstdg', 'dtstex', 'dtstsf']) OBJDUMP_IGNORES[mn] = OBJDUMP_IGNORES[`${mn}q`] = 0x00600000;
for (const mn of ['dctdp', 'drsp', 'dctfix', 'dxex']) OBJDUMP_IGNORES[mn] = OBJDUMP_IGNORES[`${mn}q`] = 0x001f0000;
OBJDUMP_IGNORES.dctqpq = OBJDUMP_IGNORES.drdpq = OBJDUMP_IGNORES.dcffixq = 0x001f0000; // (not dcffix)
OBJDUMP_IGNORES.ddedpd = OBJDUMP_IGNORES.ddedpdq = 0x00070000;
OBJDUMP_IGNORES.denbcd = OBJDUMP_IGNORES.denbcdq = 0x000f0000;
for (const mn of ['drintx', 'drintn']) OBJDUMP_IGNORES[mn] = OBJDUMP_IGNORES[`${mn}q`] = 0x001e0000;
OBJDUMP_IGNORES.lxvpx = OBJDUMP_IGNORES.stxvpx = 1; // bit 31 (the instructions ignore it too)

const usedMasks = new WeakMap<Row, number>();

const aliasesOf = (row: Row): Alias[] | undefined =>
  row.feature === 'mma' ? mmaAlias(row) : (row.space === 'spe' ? SPE_ALIASES : ALIASES)[row.mnem];

/** Bits a row gives meaning to: its opcode pattern, its operands and its Rc/OE/AA/LK bits. */
function usedMask(row: Row): number {
  let m = usedMasks.get(row);
  if (m !== undefined) return m;
  m = rowPattern(row)[0];
  // The row's operands, plus any field its simplified mnemonics read (e.g. dcbt's TH).
  const ops = [row.ops, ...(aliasesOf(row) ?? []).map((a) => a.ops)].join(',');
  for (const k of ops.split(',')) {
    const kind = k.trim().replace(/\?$/, '');
    if (kind && kind !== 'n' && kind !== 'xtf' && kind !== 'xtv') m |= kindMask(kind, row);
  }
  m |= ALIAS_FIELDS[row.mnem] ?? 0;
  m |= OBJDUMP_IGNORES[row.mnem] ?? 0;
  const fl = row.flags ?? 0;
  if (fl & (Flag.RC | Flag.DOT)) m |= 1;
  if (fl & (Flag.OE | Flag.RC21)) m |= 0x400;
  if (row.form === 'I' || row.form === 'B') m |= 3;
  if (row.form === 'XL' || row.form === 'SC') m |= 1; // LK of bclr/bcctr/bctar; sc's fixed bit
  m >>>= 0;
  usedMasks.set(row, m);
  return m;
}

/** True when the word sets bits the row reserves (objdump prints such words as `.long`). */
export function hasReservedBits(word: number, row: Row): boolean {
  // objdump's SPE opcodes match on the primary and extended opcode only (unused fields ignored).
  if (row.space === 'spe') return false;
  if (row.form === 'MRR') return false; // pnop: the suffix is not part of the instruction
  return ((word & ~usedMask(row)) >>> 0) !== 0;
}

// ---- entry points ----------------------------------------------------------------------------

function mnemonicOf(row: Row, f: Fields): string {
  const flags = row.flags ?? 0;
  let m = row.mnem;
  if (flags & Flag.OE && (f.w >>> 10) & 1) m += 'o';
  if (f.rec) m += '.';
  return m;
}

/** objdump's column layout: mnemonic padded to 8 (at least one space) before the operands. */
function layout(mnem: string, ops: string): string {
  if (!ops) return mnem;
  return (mnem.length < 8 ? mnem.padEnd(8) : mnem + ' ') + ops;
}

export const unknownWord = (word: number) => `.long 0x${(word >>> 0).toString(16)}`;

/**
 * Disassembles one instruction word at `addr` with its table row (undefined: not in the table).
 * For a prefixed instruction, `word` is the suffix and `prefix` the prefix word (the row from
 * DecodeTable.lookupPrefixed); objdump prints it as one instruction.
 */
export function disassemble(word: number, addr: number, row: Row | undefined, opts: DisasmOptions = {}, prefix = 0): string {
  word >>>= 0;
  prefix >>>= 0;
  if (!row || hasReservedBits(word, row)) return unknownWord(prefix || word);
  const f = fieldsOf(word, addr, row, prefix);
  const c: Ctx = { f, opts, n: 0 };
  const op = word >>> 26;
  if (op === 18 && row.space === undefined) {
    const m = 'b' + (word & 1 ? 'l' : '') + ((word >>> 1) & 1 ? 'a' : '');
    return layout(m, formatOps('li', c, m));
  }
  if ((op === 16 || op === 19) && row.space === undefined) {
    const xo = (word >>> 1) & 0x3ff;
    const kind = op === 16 ? '' : xo === 16 ? 'lr' : xo === 528 ? 'ctr' : xo === 560 ? 'tar' : undefined;
    if (kind !== undefined) {
      const r = branch(kind, c);
      return r ? layout(r[0], r[1]) : unknownWord(word);
    }
  }
  const aliases = aliasesOf(row);
  if (aliases) {
    for (const a of aliases) {
      if (a.when && !a.when(f)) continue;
      let m = typeof a.mnem === 'string' ? a.mnem : a.mnem(f);
      if (m === null) continue;
      if (m === '.long') return unknownWord(word);
      if (f.rec) m += '.';
      if (a.n) c.n = a.n(f);
      return layout(m, formatOps(a.ops, c, row.mnem));
    }
  }
  return layout(mnemonicOf(row, f), formatOps(row.ops, c, row.mnem));
}

