// The WebAssembly tier: a block (a loop when it branches back to its own start) compiled to one
// wasm function. Guest GPRs live in i64 locals, CR/XER in i32 and LR/CTR in i64 locals; they are
// loaded from the register buffer (CpuState.buf, which is the wasm memory) on entry and written
// back (only those the block writes) on every exit and around every handler call, so the
// handlers and the run loop always see exact state.
//
// Rows with a wasm emitter (emit.ts) run inline; every other instruction calls its JS handler
// through an import that sets m.pc/m.nia first, exactly as the interpreter does. Guest memory is
// reached through imported accessors (Memory.read32 etc.): a faulting access returns a sentinel,
// the function spills state, records the faulting pc and returns, and the JS side throws the
// GuestFault, so faults are precise. Instruction counts are exact: the function loops only
// while the whole block fits in the caller's budget (`left`) and reports how many instructions
// it completed (the DONE slot), before every handler call too.

import { FEATURE_BIT } from '../../features/features.js';
import type { Insn } from '../insn.js';
import { GuestFault } from '../memory.js';
import type { Machine } from '../machine.js';
import type { Block, BlockFn } from '../translate.js';
import { compileBlock } from '../translate.js';
import { Code, I32, module, Op } from './encode.js';
import { emitterFor, type Emit } from './emit.js';
import { CR_OFF, CTR_OFF, GH, GLO, L, LOCALS, LR_OFF, XER_OFF, MEM_IMPORTS, SCR_DONE, SCR_HI, SCR_PC } from './layout.js';

export { SCR_HI };

/** Status the function returns: fell out of the loop (pc in SCR_PC), fault (pc in SCR_PC), m.nia set by a handler. */
const EXIT = 0, FAULT = 1, HANDLER_NIA = 2;

/**
 * Emission context for one block: the code, the locals it reads/writes (collected by a first
 * pass, used by the second to spill exactly what was written).
 */
export class Ctx {
  readonly c = new Code();
  readonly used = new Set<number>();
  readonly written = new Set<number>();
  constructor(
    readonly sf: boolean,
    /** The model has 64-bit compares (ppc64). */
    readonly wide: boolean,
    /** Locals written anywhere in the block (from the first pass); spilled on exits. */
    private readonly spillSet: ReadonlySet<number>,
  ) {}

  /** Pushes local l (a register local), recording the use. */
  rd(l: number): this { this.used.add(l); this.c.get(l); return this; }
  /** Pops into local l (a register local), recording the write. */
  wr(l: number): this { this.used.add(l); this.written.add(l); this.c.set(l); return this; }
  g(r: number): this { return this.rd(L.gpr + r); }
  setG(r: number): this { return this.wr(L.gpr + r); }

  /** Writes the block's written register locals back to the buffer. */
  spill(): void {
    const c = this.c;
    for (const l of [...this.spillSet].sort((a, b) => a - b)) {
      if (l >= L.gpr && l < L.gpr + 32) {
        const r = l - L.gpr;
        c.i32(0).get(l).i64(32).op(Op.i64_shr_u).mem(Op.i64_store32, 2, GH + 4 * r);
        c.i32(0).get(l).mem(Op.i64_store32, 2, GLO + 4 * r);
      } else if (l === L.cr || l === L.xer) {
        c.i32(0).get(l).mem(Op.i32_store, 2, l === L.cr ? CR_OFF : XER_OFF);
      } else {
        const off = l === L.lr ? LR_OFF : CTR_OFF;
        c.i32(0).get(l).i64(32).op(Op.i64_shr_u).mem(Op.i64_store32, 2, off);
        c.i32(0).get(l).mem(Op.i64_store32, 2, off + 4);
      }
    }
  }

  /** Loads register locals `ls` from the buffer. */
  load(ls: Iterable<number>): void {
    const c = this.c;
    for (const l of [...ls].sort((a, b) => a - b)) {
      if (l >= L.gpr && l < L.gpr + 32) {
        const r = l - L.gpr;
        c.i32(0).mem(Op.i64_load32_u, 2, GH + 4 * r).i64(32).op(Op.i64_shl);
        c.i32(0).mem(Op.i64_load32_u, 2, GLO + 4 * r).op(Op.i64_or).set(l);
      } else if (l === L.cr || l === L.xer) {
        c.i32(0).mem(Op.i32_load, 2, l === L.cr ? CR_OFF : XER_OFF).set(l);
      } else {
        const off = l === L.lr ? LR_OFF : CTR_OFF;
        c.i32(0).mem(Op.i64_load32_u, 2, off).i64(32).op(Op.i64_shl);
        c.i32(0).mem(Op.i64_load32_u, 2, off + 4).op(Op.i64_or).set(l);
      }
    }
  }

  /** Stores the completed-instruction count for the JS side. */
  flushDone(): void { this.c.i32(0).get(L.done).mem(Op.i32_store, 2, SCR_DONE); }

  /**
   * After a memory accessor call that left its status (< 0 / non-zero: fault) on the stack as
   * `test`'s operand: on a fault, spill, record pc `a` and return FAULT.
   */
  faultExit(a: number): void {
    const c = this.c;
    c.op(Op.if, 0x40);
    this.spill();
    this.flushDone();
    c.i32(0).f64(a).mem(Op.f64_store, 3, SCR_PC);
    c.i32(FAULT).op(Op.return, Op.end);
  }
}

/** The emitters usable for instruction i now (its feature already used), else undefined. */
function emitter(i: Insn, used: Uint8Array, sf: boolean): Emit | undefined {
  const row = i.row;
  if (row === undefined || used[FEATURE_BIT[row.feature]] !== 1 || (row.uses && used[FEATURE_BIT[row.uses]] !== 1)) return undefined;
  return emitterFor(i, sf);
}

/** Generates the function body for block b (one pass). */
function generate(b: Block, sf: boolean, m: Machine, spillSet: ReadonlySet<number>, reloadSet: ReadonlySet<number>, helpers: number[]): Ctx {
  const x = new Ctx(sf, m.has[FEATURE_BIT.ppc64] === 1, spillSet);
  const body = new Ctx(sf, x.wide, spillSet);
  const c = body.c;
  const n = b.n;
  helpers.length = 0;
  c.op(Op.loop, 0x40);
  let lastHandler = false;
  b.insns.forEach((i, k) => {
    const last = k === n - 1;
    const next = sf ? i.addr + i.len : (i.addr + i.len) >>> 0;
    if (last) c.f64(next).set(L.nia);
    const e = emitter(i, m.used, sf);
    if (e !== undefined) { e(body, i); return; }
    // A handler call: spill, report the count, call (the import sets pc/nia), reload.
    const f = MEM_IMPORTS.length + helpers.length;
    helpers.push(k);
    body.spill();
    body.flushDone();
    c.i32(0).set(L.done);
    c.call(f).set(L.s);
    c.get(L.intr).get(L.s).i32(1).op(Op.i32_and, Op.i32_or).set(L.intr);
    body.load(reloadSet);
    if (last) lastHandler = true;
  });
  c.get(L.done).i32(n).op(Op.i32_add).set(L.done);
  c.get(L.left).i32(n).op(Op.i32_sub).tee(L.left);
  c.i32(n).op(Op.i32_ge_u);
  c.get(L.intr).op(Op.i32_eqz, Op.i32_and);
  if (lastHandler) {
    // The handler left m.nia; bit 1 of its status: m.nia is not the block's start.
    c.get(L.s).i32(2).op(Op.i32_and, Op.i32_eqz, Op.i32_and);
  } else {
    c.get(L.nia).f64(b.addr).op(Op.f64_eq, Op.i32_and);
  }
  c.op(Op.br_if, 0, Op.end);
  if (!lastHandler) {
    body.spill();
    c.i32(0).get(L.nia).mem(Op.f64_store, 3, SCR_PC);
  }
  body.flushDone();
  c.i32(lastHandler ? HANDLER_NIA : EXIT);
  // Prologue: load every register local the body uses.
  x.load(body.used);
  x.c.b.push(...c.b);
  for (const l of body.used) x.used.add(l);
  for (const l of body.written) x.written.add(l);
  return x;
}

/** Statistics (bench and tests): blocks compiled and time spent compiling (ms). */
export const wasmStats = { blocks: 0, ms: 0, bytes: 0 };

/**
 * Compiles block b for machine m in mode sf to a BlockFn running it as wasm. A call in the other
 * mode (MSR[SF] changed) runs the JS tier's translation instead.
 */
export function compileWasmBlock(b: Block, m: Machine, sf: boolean): BlockFn {
  const t0 = performance.now();
  const helpers: number[] = [];
  const first = generate(b, sf, m, new Set(), new Set(), helpers);
  const x = generate(b, sf, m, first.written, first.used, helpers);
  const imports = [...MEM_IMPORTS, ...helpers.map((k) => ({ name: `h${k}`, type: { params: [], results: [I32] } }))];
  const bytes = module(imports, { params: [I32], results: [I32] }, LOCALS, x.c.b);
  const mod = new WebAssembly.Module(bytes);

  const st = m.st, mem = m.mem;
  const u32 = new Uint32Array(st.buf, SCR_DONE, 2);
  const pcSlot = new Float64Array(st.buf, SCR_PC, 1);
  let pending: GuestFault | undefined;
  const fault = (e: unknown): number => {
    if (!(e instanceof GuestFault)) throw e;
    pending = e;
    return -1;
  };
  const f: Record<string, (...a: number[]) => number> = {
    r8: (ea) => { try { return mem.read8(ea); } catch (e) { return fault(e); } },
    r16: (ea) => { try { return mem.read16(ea); } catch (e) { return fault(e); } },
    r32: (ea) => { try { return mem.read32(ea); } catch (e) { return fault(e); } },
    r64: (ea) => { try { const lo = mem.read64(ea); u32[1] = mem.hi; return lo; } catch (e) { return fault(e); } },
    w8: (ea, v) => { try { mem.write8(ea, v & 0xff); return 0; } catch (e) { return fault(e); } },
    w16: (ea, v) => { try { mem.write16(ea, v & 0xffff); return 0; } catch (e) { return fault(e); } },
    w32: (ea, v) => { try { mem.write32(ea, v >>> 0); return 0; } catch (e) { return fault(e); } },
    w64: (ea, hi, lo) => { try { mem.write64(ea, hi >>> 0, lo >>> 0); return 0; } catch (e) { return fault(e); } },
  };
  const addr = b.addr;
  for (const k of helpers) {
    const i = b.insns[k];
    const a = i.addr, next = sf ? a + i.len : (a + i.len) >>> 0;
    f[`h${k}`] = () => {
      m.icBase += u32[0];
      m.pc = a;
      m.nia = next;
      i.h(m, i);
      return (m.interruptRequested ? 1 : 0) | (m.nia !== addr ? 2 : 0);
    };
  }
  const inst = new WebAssembly.Instance(mod, { m: { mem: st.wasmMemory }, f });
  const run = inst.exports.run as (left: number) => number;
  wasmStats.blocks++;
  wasmStats.bytes += bytes.length;
  wasmStats.ms += performance.now() - t0;

  let other: BlockFn | undefined;
  return (mm, left) => {
    if (mm.sf !== sf) { (other ??= compileBlock(b, mm.sf, mm.used))(mm, left); return; }
    const s = run(left > 0x7fffffff ? 0x7fffffff : left);
    mm.icBase += u32[0];
    if (s === EXIT) mm.nia = pcSlot[0];
    else if (s === FAULT) {
      mm.pc = pcSlot[0];
      const e = pending!;
      pending = undefined;
      throw e;
    }
  };
}
