// Lookup from instruction words to rows. For each opcode space and primary opcode, a 2048-entry
// array indexed by bits 21:31 lists the rows that can match; a word's row is the one whose full
// pattern matches. Prefixed rows (ISA 3.1) have their own space, keyed by the prefix type (prefix
// bits 6:8) and the suffix's primary opcode, and are matched on the suffix word.
//
// Nothing is built before it is needed (start-up time): a slot's candidate list is computed on
// its first lookup, by one scan of its primary opcode's rows (a short program decodes a few
// hundred distinct slots). The collision check -- two rows that can match the same word, i.e. a
// duplicated or mistyped opcode -- runs for the whole table when a table is built with
// `check: true` (test/unit/decode.test.ts does it for the real table, so no build with a
// collision passes the suite); the emulator's own table skips it at start-up.

import type { Feature } from '../features/features.js';
import { type AltSpace, prefixType, rowPattern, type Row } from './isa/table.js';

/** Key offsets of the alternate opcode spaces (the main space is 0..63). */
const SPACE_BASE: Record<AltSpace, number> = { spe: 64, mac440: 128 };
/** Prefixed rows' keys start here. */
const PREFIXED_BASE = 192;

/** The alternate opcode space a model with these features looks up first, if any. */
export function altSpaceOf(features: ReadonlySet<Feature>): AltSpace | undefined {
  return features.has('spe') ? 'spe' : features.has('mac440') ? 'mac440' : undefined;
}

const NONE = new Uint16Array(0);
/** Shared by every opcode until its first lookup (no 2048-entry array per opcode at start-up). */
const EMPTY: (Uint16Array | undefined)[] = [];

/** The rows of one primary opcode, their patterns, and the candidate lists built so far. */
class OpRows {
  private masks: Int32Array | undefined;
  private values: Int32Array | undefined;
  /** [bits 21:31] -> indices of the rows whose fixed bits there agree; built on first use. */
  private slots: (Uint16Array | undefined)[] = EMPTY;
  constructor(readonly rows: Row[]) {}

  /** The candidates of slot `k` (a word's bits 21:31); the patterns on the opcode's first lookup. */
  private candidates(k: number): Uint16Array {
    const n = this.rows.length;
    if (this.masks === undefined || this.values === undefined) {
      this.masks = new Int32Array(n);
      this.values = new Int32Array(n);
      for (let j = 0; j < n; j++) {
        const p = rowPattern(this.rows[j]);
        this.masks[j] = p[0];
        this.values[j] = p[1];
      }
    }
    const c: number[] = [];
    for (let j = 0; j < n; j++) if (((k ^ this.values[j]) & this.masks[j] & 0x7ff) === 0) c.push(j);
    if (this.slots === EMPTY) this.slots = new Array(2048);
    return (this.slots[k] = c.length ? Uint16Array.from(c) : NONE);
  }

  /** The row matching `word` (an int32) in full, if any. */
  find(word: number): Row | undefined {
    const c = this.slots[word & 0x7ff] ?? this.candidates(word & 0x7ff);
    const masks = this.masks!, values = this.values!;
    for (let j = 0; j < c.length; j++) {
      const r = c[j];
      if ((word & masks[r]) === values[r]) return this.rows[r];
    }
    return undefined;
  }
}



export class DecodeTable {
  /** [opcd], [64 + opcd] (SPE space) and [128 + opcd] (4xx MAC space) -> the opcode's rows. */
  private readonly ops: (OpRows | undefined)[] = new Array(PREFIXED_BASE);
  /** [prefix bits 6:8 << 6 | suffix opcd] -> the prefixed rows. */
  private readonly prefixed: (OpRows | undefined)[] = new Array(8 * 64);
  readonly rows: readonly Row[];

  constructor(rows: readonly Row[], opts: { check?: boolean } = { check: true }) {
    this.rows = rows;
    const lists = new Map<number, Row[]>();
    for (const r of rows) {
      const pt = prefixType(r.form);
      // keys: 0..63 main space, SPACE_BASE + opcd the alternate ones, PREFIXED_BASE + (pt << 6 | opcd)
      const key = pt >= 0 ? PREFIXED_BASE + ((pt << 6) | r.opcd) : (r.space ? SPACE_BASE[r.space] : 0) + r.opcd;
      let list = lists.get(key);
      if (!list) lists.set(key, (list = []));
      list.push(r);
    }
    for (const [key, list] of lists) {
      if (opts.check) checkCollisions(list);
      if (key >= PREFIXED_BASE) this.prefixed[key - PREFIXED_BASE] = new OpRows(list);
      else this.ops[key] = new OpRows(list);
    }
  }

  /** The row for `word`, looking in the alternate opcode space `alt` first when given. */
  lookup(word: number, alt?: AltSpace): Row | undefined {
    const op = word >>> 26;
    if (alt) {
      const r = this.ops[SPACE_BASE[alt] + op]?.find(word | 0);
      if (r) return r;
    }
    return this.ops[op]?.find(word | 0);
  }

  /** The row of a prefixed instruction (prefix word with primary opcode 1, and its suffix). */
  lookupPrefixed(prefix: number, suffix: number): Row | undefined {
    return this.prefixed[(((prefix >>> 23) & 7) << 6) | (suffix >>> 26)]?.find(suffix | 0);
  }
}

/** Two rows collide when some word matches both patterns. */
function checkCollisions(list: Row[]): void {
  const masks = Int32Array.from(list, (r) => rowPattern(r)[0]);
  const values = Int32Array.from(list, (r) => rowPattern(r)[1]);
  for (let i = 0; i < list.length; i++) {
    const m1 = masks[i], v1 = values[i];
    for (let j = i + 1; j < list.length; j++) {
      if ((m1 & masks[j] & (v1 ^ values[j])) === 0) {
        const v2 = values[j];
        throw new Error(
          `instruction table collision: ${list[i].mnem} and ${list[j].mnem} ` +
          `(opcode ${list[i].opcd}) both match 0x${((v1 | v2) >>> 0).toString(16).padStart(8, '0')}`,
        );
      }
    }
  }
}
