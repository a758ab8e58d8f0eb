// Translation of hot basic blocks into JS functions. A block's function sets pc/nia and calls
// each instruction's handler in turn; every call site in the generated code sees one handler,
// so V8 can inline the handlers into the block (the interpreter's single dispatch site cannot).
// The commonest simple instructions (inline.ts) are emitted as JS source instead, with their
// operands and immediates as constants.

import { FEATURE_BIT } from '../features/features.js';
import type { Insn } from './insn.js';
import { FX, inlineInsn, WIDE_BIT } from './inline.js';
import { FPSCR_LO, FS_LOAD, FS_STORE } from './fpu/inline.js';
import { Flag } from './isa/table.js';
import type { Machine } from './machine.js';

export interface Block {
  addr: number;
  insns: Insn[];
  n: number;
  /** Executions so far (a compiled block that loops on itself counts its iterations). */
  hits: number;
  /** auto: the count of runs at which compiling it (again) is considered (Machine.blockLoop). */
  next: number;
  /** auto: the machine's instruction count at the block's last decision point (or creation). */
  mark: number;
  /** auto: it is worth a wasm region and becomes one at HOT_WASM runs (Machine.translateNow). */
  region: boolean;
  fn: BlockFn | undefined;
  /** False once the block's code was overwritten (a chained predecessor must not enter it). */
  valid: boolean;
  /** Successor cache: the last two distinct next addresses and their blocks. */
  succAddr0: number;
  succ0: Block | undefined;
  succAddr1: number;
  succ1: Block | undefined;
  /**
   * For a block ending in bclr/bcctr/bctar: the distinct addresses it was seen to branch to (at
   * most MAX_TARGETS, recorded by Machine.blockLoop on a successor-cache miss); wasm regions
   * take the hot ones as members. Undefined for other blocks.
   */
  targets: number[] | undefined;
  /** Addresses of its prefixed (8-byte) instructions, if any (for Machine.icount). */
  wide: number[] | undefined;
}

/** Runs of a block before it may be translated to JS (auto: if they were dense, Machine.translateNow). */
export const HOT_BLOCK = 2000;
/** Runs after which a block is translated however sparse they were. */
export const HOT_COLD = 10000;
/** Instructions (of the whole machine) within which HOT_BLOCK runs count as dense. */
export const HOT_SPAN = 200000;
/** Most indirect-branch targets remembered per block (Block.targets). */
export const MAX_TARGETS = 32;
/** Longest block (instructions). */
export const MAX_BLOCK = 64;

/**
 * A translated block runs its instructions and accounts for them itself (m.icBase += n). A block
 * that branches back to its own start (a tight loop) keeps looping inside the function while
 * the instruction budget `left` allows and no interrupt is pending.
 */
export type BlockFn = (m: Machine, left: number) => void;

/**
 * Translates a block for mode `sf`. `used` is the machine's used-feature flags: an instruction
 * whose feature has not been used yet calls its handler, which records the first use (with
 * PPCEMU_TIER=jit a block is translated before it ever ran).
 */
export function compileBlock(b: Block, sf: boolean, used: Uint8Array): BlockFn {
  // The inline code is specialised for the block's mode; a block entered in the other mode
  // (MSR[SF] changed since) runs a handler-only version instead.
  let other: BlockFn | undefined;
  return buildBlock(b, sf, used, (m, left) => (other ??= buildBlock(b, sf, used, undefined))(m, left));
}

/** The block's function; with `otherMode` (called when m.sf differs), inlining simple insns. */
function buildBlock(b: Block, sf: boolean, used: Uint8Array, otherMode: BlockFn | undefined): BlockFn {
  const inline = otherMode !== undefined;
  const decl: string[] = [];
  const body: string[] = [];
  let wide = false, fp = false;
  const inls = b.insns.map((insn) => {
    const row = insn.row;
    const usedYet = row !== undefined && used[FEATURE_BIT[row.feature]] === 1 && (!row.uses || used[FEATURE_BIT[row.uses]] === 1);
    return inline && usedYet ? inlineInsn(insn, sf) : undefined;
  });
  // FP arithmetic keeps the FPSCR in a local (fpu/inline.ts FS_LOAD): written back before
  // anything that may fault or call a handler (reloaded after a call) and at the iteration's end
  const fpscr = inls.some((inl) => inl?.fpscr);
  let dirty = false;
  const sync = (): string => { const c = dirty ? FS_STORE + ' ' : ''; dirty = false; return c; };
  b.insns.forEach((insn, k) => {
    const a = insn.addr;
    const next = sf ? a + insn.len : (a + insn.len) >>> 0;
    const last = k === b.n - 1;
    const inl = inls[k];
    if (inl !== undefined) {
      wide ||= inl.wide;
      if (inl.fp) {
        // FP inline code: V/VW hoisted; `$I` is the instruction (its handler is the bail-out)
        fp = true;
        if (inl.code.includes('$I')) {
          decl.push(`i${k} = I[${k}]`);
          inl.code = inl.code.replaceAll('$I', `i${k}`);
        }
      }
      // Memory accesses may fault: m.pc names the faulting instruction. The last instruction
      // also leaves m.nia for the loop test and the caller.
      const pos = last ? `m.pc = ${a}; m.nia = ${next}; ` : inl.faults ? `m.pc = ${a}; ` : '';
      body.push((inl.faults ? sync() : '') + pos + inl.code);
      if (inl.fpscr) dirty = true;
      return;
    }
    decl.push(`i${k} = I[${k}]`);
    const pure = !last && ((insn.row?.flags ?? 0) & Flag.PURE) !== 0;
    const call = pure ? `i${k}.h(m, i${k});` : `m.pc = ${a}; m.nia = ${next}; i${k}.h(m, i${k});`;
    body.push(fpscr ? `${sync()}${call} fs = s64[${FPSCR_LO}] | 0;` : call);
  });
  if (fpscr) { body.unshift(FS_LOAD); body.push(sync()); }
  const n = b.n;
  const src = `${decl.length ? `const ${decl.join(', ')};` : ''}
return function block_${b.addr.toString(16)}(m, left) {
${inline ? `  if (m.sf !== ${sf}) return O(m, left);\n` : ''}  const gh = m.gh, gl = m.gl, s32 = m.s32, s64 = m.s64, mem = m.mem${wide ? `, W = m.has[${WIDE_BIT}] === 1` : ''}${fp ? ', V = m.st.vsrF64, VW = m.st.vsrU32' : ''};
  for (;;) {
${body.join('\n')}
    m.icBase += ${n};
    left -= ${n};
    if (m.nia !== ${b.addr} || left < ${n} || m.interruptRequested) return;
  }
};`;
  return new Function('I', 'O', 'F', src)(b.insns, otherMode, FX) as BlockFn;
}
