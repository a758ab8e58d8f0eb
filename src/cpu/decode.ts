// Lookup arrays built from the instruction table. For each opcode space and primary opcode, a
// 2048-entry array indexed by bits 21:31 lists the rows that can match; a word's row is the one
// whose full pattern matches. Building throws if two rows can match the same word (a slot
// collision), so a duplicated or mistyped opcode cannot slip in.

import { rowPattern, type Row } from './isa/table.js';

type Space = 'main' | 'spe';

export class DecodeTable {
  /** [space][opcd][bits 21:31] -> candidate rows (undefined: no row). */
  private readonly slots: Record<Space, (Row[] | undefined)[][]> = { main: [], spe: [] };
  readonly rows: readonly Row[];

  constructor(rows: readonly Row[]) {
    this.rows = rows;
    const bySpace: Record<Space, Map<number, Row[]>> = { main: new Map(), spe: new Map() };
    for (const r of rows) {
      const s: Space = r.space ?? 'main';
      let list = bySpace[s].get(r.opcd);
      if (!list) bySpace[s].set(r.opcd, (list = []));
      list.push(r);
    }
    for (const s of ['main', 'spe'] as const) {
      for (let op = 0; op < 64; op++) this.slots[s].push([]);
      for (const [op, list] of bySpace[s]) {
        checkCollisions(list);
        const arr: (Row[] | undefined)[] = new Array(2048);
        for (const r of list) {
          const [mask, value] = rowPattern(r);
          const m11 = mask & 0x7ff, v11 = value & 0x7ff;
          for (let k = 0; k < 2048; k++) {
            if ((k & m11) === v11) (arr[k] ??= []).push(r);
          }
        }
        this.slots[s][op] = arr;
      }
    }
  }

  /** The row for `word`, looking in the SPE opcode space first when `spe` is set. */
  lookup(word: number, spe = false): Row | undefined {
    const op = word >>> 26;
    if (spe) {
      const r = find(this.slots.spe[op], word);
      if (r) return r;
    }
    return find(this.slots.main[op], word);
  }
}

function find(arr: (Row[] | undefined)[], word: number): Row | undefined {
  const cands = arr.length ? arr[word & 0x7ff] : undefined;
  if (!cands) return undefined;
  for (const r of cands) {
    const [mask, value] = rowPattern(r);
    if (((word & mask) >>> 0) === value) return r;
  }
  return undefined;
}

/** Two rows collide when some word matches both patterns. */
function checkCollisions(list: Row[]): void {
  const pats = list.map(rowPattern);
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length; j++) {
      const [m1, v1] = pats[i], [m2, v2] = pats[j];
      if (((m1 & m2 & (v1 ^ v2)) >>> 0) === 0) {
        throw new Error(
          `instruction table collision: ${list[i].mnem} and ${list[j].mnem} ` +
          `(opcode ${list[i].opcd}) both match 0x${((v1 | v2) >>> 0).toString(16).padStart(8, '0')}`,
        );
      }
    }
  }
}
