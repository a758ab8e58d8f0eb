// A decoded instruction: the word, its row's handler, and the operand fields under the ISA's
// names, extracted once at decode time. Every Insn has the same shape (monomorphic for V8).
// Field meanings depend on the form; aliases (RS=RT, FRT=RT, BO=RT, BI=RA, ...) share a slot.
// A prefixed instruction (ISA 3.1, 8 bytes) is one Insn: `word` is its suffix (the fields come
// from it), `prefix` the prefix word, and `imm` the 34-bit displacement d0||d1 -- with R=1
// (PC-relative) already added to the instruction's address and RA set to 0, so D-form handlers
// compute the EA unchanged.

import { Flag, type Form, type Handler, type Row } from './isa/table.js';

const sext16 = (v: number) => (v << 16) >> 16;

export class Insn {
  /** RT / RS / FRT / FRS / VRT / VRS / BO / TO / BF<<2|L; for XX forms the 6-bit XT/XS. */
  rt: number;
  /** RA / FRA / VRA / BI; for XX forms the 6-bit XA. */
  ra: number;
  /** RB / FRB / VRB / SH (5-bit); for XX forms the 6-bit XB. */
  rb: number;
  /** RC / FRC / VRC / MB (M form, 5-bit); for XX4 the 6-bit XC. */
  rc: number;
  /** Signed immediate: D/SI, DS (low bits zero), DQ, LI or BD (byte offsets), SIM. */
  imm: number;
  /** Unsigned 16-bit immediate UI (D form). */
  ui: number;
  /** Shift amount: SH (M/X), 6-bit sh (MD/XS). */
  sh: number;
  /** Mask begin: MB (M, 5-bit) or mb (MD/MDS, 6-bit). */
  mb: number;
  /** Mask end: ME (M, 5-bit) or me (MD, 6-bit). */
  me: number;
  /** Rc bit (record form): bit 31, or bit 21 (VC, XX3R); 0 for the other XX forms, whose bit 31 is TX. */
  rec: number;
  /** OE bit (XO form). */
  oe: number;
  /** AA and LK bits (I, B forms); aa is R (PC-relative) of prefixed forms. */
  aa: number;
  lk: number;
  /** SPR / TBR number (XFX form, halves swapped back), FXM for mtcrf, or other field. */
  spr: number;
  /** Free slots for a row's own precomputation (masks, lane counts). */
  x: number;
  y: number;
  /** Length in bytes: 4, or 8 for a prefixed instruction. */
  readonly len: number;
  /** The row is Flag.PURE (the interpreter skips pc/nia bookkeeping around it). */
  readonly pure: boolean;

  constructor(
    readonly word: number,
    readonly addr: number,
    public h: Handler,
    readonly row: Row | undefined,
    /** The prefix word of a prefixed instruction (0: none; a prefix is never 0). */
    readonly prefix = 0,
  ) {
    const w = word;
    const f6 = (w >>> 21) & 31, f11 = (w >>> 16) & 31, f16 = (w >>> 11) & 31, f21 = (w >>> 6) & 31;
    this.rt = f6; this.ra = f11; this.rb = f16; this.rc = f21;
    this.imm = sext16(w & 0xffff);
    this.ui = w & 0xffff;
    this.sh = f16; this.mb = f21; this.me = (w >>> 1) & 31;
    this.rec = w & 1;
    this.oe = (w >>> 10) & 1;
    this.aa = (w >>> 1) & 1;
    this.lk = w & 1;
    this.spr = ((w >>> 16) & 31) | (((w >>> 11) & 31) << 5);
    this.x = 0; this.y = 0;
    this.len = prefix === 0 ? 4 : 8;
    this.pure = row !== undefined && ((row.flags ?? 0) & Flag.PURE) !== 0;
    if (row) this.applyForm(row.form, w);
  }

  private applyForm(form: Form, w: number): void {
    switch (form) {
      case 'I': this.imm = ((w & 0x03fffffc) << 6) >> 6; break;
      case 'B': this.imm = sext16(w & 0xfffc); break;
      case 'DS': this.imm = sext16(w & 0xfffc); break;
      case 'DQ': this.imm = sext16(w & 0xfff0); this.rt |= (w & 8) << 2; break; // TX at bit 28
      case 'DX': // addpcis: d = d0||d1||d2
        this.imm = (((((w >>> 6) & 0x3ff) << 6) | (((w >>> 16) & 31) << 1) | (w & 1)) << 16) >> 16;
        break;
      case 'XS': this.sh = f16sh(w); break;
      case 'MD': this.sh = f16sh(w); this.mb = this.me = mb6(w); break;
      case 'MDS': this.mb = this.me = mb6(w); break;
      case 'XFX': this.x = (w >>> 12) & 0xff; break; // FXM (mtcrf)
      case 'XFL': this.x = (w >>> 17) & 0xff; break; // FLM (mtfsf)
      // XX forms: bit 31 is TX, bit 21 an opcode bit; only XX3R (the vector compares) has Rc (bit 21)
      case 'XX1': this.rt |= (w & 1) << 5; this.rec = 0; break;
      case 'XX2': this.rt |= (w & 1) << 5; this.rb |= (w & 2) << 4; this.rec = 0; break;
      case 'XX3': case 'XX3R': case 'MMIRR':
        this.rt |= (w & 1) << 5; this.rb |= (w & 2) << 4; this.ra |= (w & 4) << 3;
        this.rec = form === 'XX3R' ? (w >>> 10) & 1 : 0;
        if (form === 'MMIRR') this.aa = 0; // no R bit: the masks are read from `prefix`
        break;
      case 'XX4': case '8RRX':
        this.rt |= (w & 1) << 5; this.rb |= (w & 2) << 4; this.ra |= (w & 4) << 3; this.rc |= (w & 8) << 2;
        this.rec = 0;
        if (form === '8RRX') { this.imm = this.prefix & 0xff; this.x = this.prefix & 7; this.aa = 0; } // IMM8, UIM
        break;
      case 'VC': this.rec = (w >>> 10) & 1; break;
      case 'EVX': this.imm = (w >>> 11) & 31; break; // UIMM/SIMM slot of SPE loads
      case 'MRR': this.aa = 0; break; // pnop
      case '8LS': case 'MLS': {
        const p = this.prefix;
        this.imm = ((p << 14) >> 14) * 65536 + (w & 0xffff); // d0 (prefix bits 14:31) || d1
        this.aa = (p >>> 20) & 1; // R
        if (this.aa) { this.imm += this.addr; this.ra = 0; }
        // 8LS plxv/pstxv (suffix opcode 11001x / 11011x): TX is the suffix's bit 5.
        if (form === '8LS' && ((w >>> 27) === 25 || (w >>> 27) === 27)) this.rt |= ((w >>> 26) & 1) << 5;
        break;
      }
      case '8RR': // IMM32 = prefix bits 16:31 || suffix bits 16:31; XT = TX (bit 15) || T; IX (bit 14)
        this.imm = (((this.prefix & 0xffff) << 16) | (w & 0xffff)) >>> 0;
        this.rt |= ((w >>> 16) & 1) << 5;
        this.x = (w >>> 17) & 1;
        this.aa = 0;
        break;
      default: break;
    }
  }
}

/** 6-bit shift of MD/XS forms: sh[0:4] in bits 16:20, sh[5] in bit 30. */
function f16sh(w: number): number { return ((w >>> 11) & 31) | (((w >>> 1) & 1) << 5); }
/** 6-bit mb/me of MD/MDS forms: bits 21:26 with the low bit (26) as the high-order bit. */
function mb6(w: number): number { return ((w >>> 6) & 31) | (((w >>> 5) & 1) << 5); }
