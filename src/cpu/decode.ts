// Lookup arrays built from the instruction table. For each opcode space and primary opcode, a
// 2048-entry array indexed by bits 21:31 lists the rows that can match; a word's row is the one
// whose full pattern matches. Building throws if two rows can match the same word (a slot
// collision), so a duplicated or mistyped opcode cannot slip in. The collision check runs for
// the whole table up front; a primary opcode's array is filled on its first lookup (a short
// program decodes a few dozen opcodes: start-up does not pay for the rest). Prefixed rows (ISA 3.1) have
// their own space, keyed by the prefix type (prefix bits 6:8) and the suffix's primary opcode,
// and are matched on the suffix word.

import { prefixType, rowPattern, type Row } from './isa/table.js';

type Space = 'main' | 'spe';

export class DecodeTable {
  /** [space][opcd][bits 21:31] -> candidate rows (undefined: no row); filled on first lookup. */
  private readonly slots: Record<Space, (Row[] | undefined)[][]> = { main: [], spe: [] };
  /** [space][opcd] -> the opcode's rows, until its slots are built. */
  private readonly pending: Record<Space, (Row[] | undefined)[]> = { main: [], spe: [] };
  /** [prefix bits 6:8 << 6 | suffix opcd][suffix bits 21:31] -> candidate rows. */
  private readonly prefixed: (Row[] | undefined)[][] = [];
  readonly rows: readonly Row[];

  constructor(rows: readonly Row[]) {
    this.rows = rows;
    const bySpace: Record<Space, Map<number, Row[]>> = { main: new Map(), spe: new Map() };
    const byPrefix = new Map<number, Row[]>();
    for (let k = 0; k < 8 * 64; k++) this.prefixed.push([]);
    for (const r of rows) {
      const pt = prefixType(r.form);
      if (pt >= 0) {
        const key = (pt << 6) | r.opcd;
        let list = byPrefix.get(key);
        if (!list) byPrefix.set(key, (list = []));
        list.push(r);
        continue;
      }
      const s: Space = r.space ?? 'main';
      let list = bySpace[s].get(r.opcd);
      if (!list) bySpace[s].set(r.opcd, (list = []));
      list.push(r);
    }
    for (const s of ['main', 'spe'] as const) {
      for (let op = 0; op < 64; op++) this.slots[s].push([]);
      for (const [op, list] of bySpace[s]) {
        checkCollisions(list);
        this.pending[s][op] = list;
      }
    }
    for (const [key, list] of byPrefix) {
      checkCollisions(list);
      this.prefixed[key] = slotsOf(list);
    }
  }

  private slotsFor(s: Space, op: number): (Row[] | undefined)[] {
    const list = this.pending[s][op];
    if (list !== undefined) {
      this.slots[s][op] = slotsOf(list);
      this.pending[s][op] = undefined;
    }
    return this.slots[s][op];
  }

  /** The row for `word`, looking in the SPE opcode space first when `spe` is set. */
  lookup(word: number, spe = false): Row | undefined {
    const op = word >>> 26;
    if (spe) {
      const r = find(this.slotsFor('spe', op), word);
      if (r) return r;
    }
    return find(this.slotsFor('main', op), word);
  }

  /** The row of a prefixed instruction (prefix word with primary opcode 1, and its suffix). */
  lookupPrefixed(prefix: number, suffix: number): Row | undefined {
    return find(this.prefixed[(((prefix >>> 23) & 7) << 6) | (suffix >>> 26)], suffix);
  }
}

/** The 2048-entry candidate array of one primary opcode's rows. */
function slotsOf(list: Row[]): (Row[] | undefined)[] {
  const arr: (Row[] | undefined)[] = new Array(2048);
  if (list.length === 1) return arr.fill(list); // most primary opcodes: one row, every slot the same list
  for (const r of list) {
    const [mask, value] = patternOf(r);
    const free = ~mask & 0x7ff, v11 = value & 0x7ff;
    // Every k agreeing with the row on its fixed bits: v11 plus each subset of the free bits.
    for (let sub = free; ; sub = (sub - 1) & free) {
      (arr[v11 | sub] ??= []).push(r);
      if (sub === 0) break;
    }
  }
  return arr;
}

/** Each row's [mask, value], computed once. */
const patterns = new WeakMap<Row, [number, number]>();
function patternOf(r: Row): [number, number] {
  let p = patterns.get(r);
  if (!p) patterns.set(r, (p = rowPattern(r)));
  return p;
}

function find(arr: (Row[] | undefined)[], word: number): Row | undefined {
  const cands = arr.length ? arr[word & 0x7ff] : undefined;
  if (!cands) return undefined;
  for (const r of cands) {
    const [mask, value] = patternOf(r);
    if (((word & mask) >>> 0) === value) return r;
  }
  return undefined;
}

/** Two rows collide when some word matches both patterns. */
function checkCollisions(list: Row[]): void {
  const masks = Int32Array.from(list, (r) => patternOf(r)[0]);
  const values = Int32Array.from(list, (r) => patternOf(r)[1]);
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
