// The instruction table itself: the lookup arrays reject overlapping rows, every row decodes back
// from its own pattern, and opcode spaces (SPE shares primary opcode 4 with VMX) stay apart.

import { describe, expect, it } from 'vitest';
import { DecodeTable } from '../../src/cpu/decode.js';
import { Insn } from '../../src/cpu/insn.js';
import { ALL_ROWS } from '../../src/cpu/isa/index.js';
import { type AltSpace, prefixType, rowPattern, type Row } from '../../src/cpu/isa/table.js';

const row = (over: Partial<Row>): Row => ({
  mnem: 'x', form: 'X', opcd: 31, xo: 266, ops: 'rt,ra,rb', feature: 'base', h: () => {}, ...over,
});

describe('decode table', () => {
  it('builds from the real table', () => {
    expect(() => new DecodeTable(ALL_ROWS)).not.toThrow();
  });

  it('throws on a slot collision, naming both rows', () => {
    expect(() => new DecodeTable([row({ mnem: 'one' }), row({ mnem: 'two' })]))
      .toThrow(/collision: one and two/);
    // XO-form 'add' (bits 22:30 = 266) and an X-form row whose 10-bit XO is 266 + 512 (OE=1)
    expect(() => new DecodeTable([row({ mnem: 'add', form: 'XO' }), row({ mnem: 'addo_alias', xo: 778 })]))
      .toThrow(/collision/);
    // distinct opcodes do not collide
    expect(() => new DecodeTable([row({ mnem: 'a' }), row({ mnem: 'b', xo: 267 })])).not.toThrow();
  });

  it('keeps the SPE opcode space apart from VMX', () => {
    const vmx = row({ mnem: 'vmx', form: 'VX', opcd: 4, xo: 529 });
    const spe = row({ mnem: 'spe', form: 'EVX', opcd: 4, xo: 529, space: 'spe' });
    const t = new DecodeTable([vmx, spe]);
    const word = rowPattern(vmx)[1];
    expect(t.lookup(word)?.mnem).toBe('vmx');
    expect(t.lookup(word, 'spe')?.mnem).toBe('spe');
    expect(t.lookup(word, 'mac440')?.mnem).toBe('vmx'); // no such row in that space: the main one
  });

  it('decodes every row of the real table from its own pattern', () => {
    const t = new DecodeTable(ALL_ROWS);
    for (const r of ALL_ROWS) {
      const [, value] = rowPattern(r);
      const pt = prefixType(r.form); // prefixed rows: looked up with a prefix of their type
      const got = pt >= 0 ? t.lookupPrefixed((0x04000000 | (pt << 23)) >>> 0, value) : t.lookup(value, r.space);
      expect(got?.mnem, `${r.mnem} 0x${value.toString(16)}`).toBe(r.mnem);
    }
  });

  it('finds the same row as a linear scan of the table, for words built from every row and random words', () => {
    // The lookup builds its candidate lists lazily, slot by slot: check it against the plain
    // definition (the one row whose pattern matches), in the order words arrive.
    const t = new DecodeTable(ALL_ROWS, { check: false });
    const plain = ALL_ROWS.filter((r) => prefixType(r.form) < 0).map((r) => ({ r, p: rowPattern(r) }));
    const scan = (w: number, alt?: AltSpace) => {
      const hit = (space: AltSpace | 'main') => plain.find(({ r, p }) => (r.space ?? 'main') === space && ((w & p[0]) >>> 0) === p[1])?.r;
      return (alt ? hit(alt) : undefined) ?? hit('main');
    };
    let x = 0x1234567;
    const rnd = () => { x ^= x << 13; x ^= x >>> 17; x ^= x << 5; return x >>> 0; };
    const words: number[] = [];
    for (const { p } of plain) for (let k = 0; k < 3; k++) words.push(((rnd() & ~p[0]) | p[1]) >>> 0);
    for (let k = 0; k < 20000; k++) words.push(rnd());
    for (const w of words) {
      for (const alt of [undefined, 'spe', 'mac440'] as const) {
        expect(t.lookup(w, alt)?.mnem, `0x${w.toString(16)} space=${alt}`).toBe(scan(w, alt)?.mnem);
      }
    }
  });
});

describe('Insn.rec of the XX forms', () => {
  const t = new DecodeTable(ALL_ROWS);
  const insn = (w: number) => { const row = t.lookup(w)!; return new Insn(w, 0, row.h, row); };
  it('is the Rc bit (21) only for the record-form vector compares (XX3R); 0 for XX1..XX4', () => {
    // xxlxor vs33,vs34,vs35 (XX3, XO 154: bit 21 set as an opcode bit; TX = 1)
    expect(insn(0xf0221cd7).row?.mnem).toBe('xxlxor');
    expect(insn(0xf0221cd7).rec).toBe(0);
    // xvcmpeqdp. vs1,vs2,vs3 (XX3R, Rc = 1) and xvcmpeqdp (Rc = 0)
    expect(insn(0xf0221f18).row?.mnem).toBe('xvcmpeqdp');
    expect(insn(0xf0221f18).rec).toBe(1);
    expect(insn(0xf0221b18).rec).toBe(0);
    // xsabsdp vs33,vs2 (XX2, TX = 1 in bit 31) and lxsiwzx vs33,0,r3 (XX1, TX = 1)
    expect(insn(0xf0201565).row?.mnem).toBe('xsabsdp');
    expect(insn(0xf0201565).rec).toBe(0);
    expect(insn(0x7c201819).row?.mnem).toBe('lxsiwzx');
    expect(insn(0x7c201819).rec).toBe(0);
  });
});
