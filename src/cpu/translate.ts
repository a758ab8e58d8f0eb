// Translation of hot basic blocks into JS functions. A block's function sets pc/nia and calls
// each instruction's handler in turn; every call site in the generated code sees one handler,
// so V8 can inline the handlers into the block (the interpreter's single dispatch site cannot).

import type { Insn } from './insn.js';
import { Flag } from './isa/table.js';
import type { Machine } from './machine.js';

export interface Block {
  addr: number;
  insns: Insn[];
  n: number;
  /** Interpreted executions so far. */
  hits: number;
  fn: BlockFn | undefined;
  /** Instructions completed by the last interpreted execution. */
  executed: number;
  /** False once the block's code was overwritten (a chained predecessor must not enter it). */
  valid: boolean;
  /** Successor cache: the last two distinct next addresses and their blocks. */
  succAddr0: number;
  succ0: Block | undefined;
  succAddr1: number;
  succ1: Block | undefined;
}

/** Interpreted executions before a block is translated. */
export const HOT_BLOCK = 16;
/** Longest block (instructions). */
export const MAX_BLOCK = 64;

/**
 * A translated block runs its instructions and accounts for them itself (m.icBase += n). A block
 * that branches back to its own start (a tight loop) keeps looping inside the function while
 * the instruction budget `left` allows and no interrupt is pending.
 */
export type BlockFn = (m: Machine, left: number) => void;

export function compileBlock(b: Block, sf: boolean): BlockFn {
  const decl: string[] = [];
  const body: string[] = [];
  b.insns.forEach((insn, k) => {
    const a = insn.addr;
    const next = sf ? a + 4 : (a + 4) >>> 0;
    decl.push(`i${k} = I[${k}]`);
    const pure = k < b.n - 1 && ((insn.row?.flags ?? 0) & Flag.PURE) !== 0;
    body.push(pure ? `i${k}.h(m, i${k});` : `m.pc = ${a}; m.nia = ${next}; i${k}.h(m, i${k});`);
  });
  const n = b.n;
  const src = `const ${decl.join(', ')};
return function block_${b.addr.toString(16)}(m, left) {
  for (;;) {
${body.join('\n')}
    m.icBase += ${n};
    left -= ${n};
    if (m.nia !== ${b.addr} || left < ${n} || m.interruptRequested) return;
  }
};`;
  return new Function('I', src)(b.insns) as BlockFn;
}
