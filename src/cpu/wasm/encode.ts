// A minimal WebAssembly binary writer: just what the region compiler (compile.ts) emits. One
// function body is a flat byte list built with the opcode helpers below; `module` wraps it with
// its imports (a memory, optionally a table, and functions) into a complete module (WebAssembly
// core spec 1.0 binary format, plus the sign-extension operators, memory.copy and
// i64.trunc_sat_f64_u).

export const I32 = 0x7f, I64 = 0x7e, F64 = 0x7c, V128 = 0x7b;
export const VOID = 0x40;

/** Opcodes (core spec, section 5.4). */
export const Op = {
  block: 0x02, loop: 0x03, if: 0x04, else: 0x05, end: 0x0b, br: 0x0c, br_if: 0x0d, br_table: 0x0e, return: 0x0f,
  call: 0x10, drop: 0x1a, select: 0x1b,
  local_get: 0x20, local_set: 0x21, local_tee: 0x22,
  i32_load: 0x28, i64_load: 0x29, f64_load: 0x2b, i32_load16_u: 0x2f, i64_load8_u: 0x31, i64_load16_s: 0x32,
  i64_load16_u: 0x33, i64_load32_s: 0x34, i64_load32_u: 0x35, i32_store: 0x36, i64_store: 0x37, f64_store: 0x39,
  i32_store16: 0x3b, i64_store8: 0x3c, i64_store16: 0x3d, i64_store32: 0x3e,
  i32_const: 0x41, i64_const: 0x42, f64_const: 0x44,
  i32_eqz: 0x45, i32_eq: 0x46, i32_ne: 0x47, i32_lt_s: 0x48, i32_lt_u: 0x49, i32_gt_s: 0x4a, i32_gt_u: 0x4b,
  i32_ge_u: 0x4f,
  i32_clz: 0x67, i32_ctz: 0x68, i64_clz: 0x79, i64_ctz: 0x7a, i64_popcnt: 0x7b,
  i32_rem_s: 0x6f, i32_rem_u: 0x70, i64_rem_s: 0x81, i64_rem_u: 0x82,
  i64_eqz: 0x50, i64_eq: 0x51, i64_ne: 0x52, i64_lt_s: 0x53, i64_lt_u: 0x54, i64_gt_s: 0x55, i64_gt_u: 0x56,
  f64_eq: 0x61, f64_ne: 0x62, f64_lt: 0x63, f64_gt: 0x64, f64_le: 0x65, f64_ge: 0x66,
  i32_add: 0x6a, i32_sub: 0x6b, i32_and: 0x71, i32_or: 0x72, i32_xor: 0x73, i32_shl: 0x74, i32_shr_s: 0x75,
  i32_shr_u: 0x76, i32_rotl: 0x77, i32_rotr: 0x78,
  i64_add: 0x7c, i64_sub: 0x7d, i64_mul: 0x7e, i64_and: 0x83, i64_or: 0x84, i64_xor: 0x85, i64_shl: 0x86,
  i64_shr_s: 0x87, i64_shr_u: 0x88, i64_rotl: 0x89,
  f64_abs: 0x99, f64_neg: 0x9a, f64_sqrt: 0x9f, f64_add: 0xa0, f64_sub: 0xa1, f64_mul: 0xa2, f64_div: 0xa3, f64_min: 0xa4, f64_max: 0xa5, f64_copysign: 0xa6,
  i32_wrap_i64: 0xa7, i64_extend_i32_s: 0xac, i64_extend_i32_u: 0xad, i64_trunc_f64_u: 0xb1,
  f32_demote_f64: 0xb6, f64_convert_i32_s: 0xb7, f64_convert_i32_u: 0xb8, f64_convert_i64_u: 0xba, f64_promote_f32: 0xbb,
  i32_reinterpret_f32: 0xbc, i64_reinterpret_f64: 0xbd, f32_reinterpret_i32: 0xbe, f64_reinterpret_i64: 0xbf,
  i64_extend8_s: 0xc2, i64_extend16_s: 0xc3, i64_extend32_s: 0xc4,
  // rounding to an integer and the i64 <-> f64 conversions (emitfp.ts fcti*, fcfid*)
  f64_ceil: 0x9b, f64_floor: 0x9c, f64_trunc: 0x9d, f64_nearest: 0x9e, i64_trunc_f64_s: 0xb0, f64_convert_i64_s: 0xb9,
} as const;

export function uleb(out: number[], v: number): void {
  do {
    let b = v % 128;
    v = Math.floor(v / 128);
    if (v > 0) b |= 0x80;
    out.push(b);
  } while (v > 0);
}

export function sleb32(out: number[], v: number): void {
  v |= 0;
  for (;;) {
    const b = v & 0x7f;
    v >>= 7;
    if ((v === 0 && (b & 0x40) === 0) || (v === -1 && (b & 0x40) !== 0)) { out.push(b); return; }
    out.push(b | 0x80);
  }
}

export function sleb64(out: number[], v: bigint): void {
  v = BigInt.asIntN(64, v);
  for (;;) {
    const b = Number(v & 0x7fn);
    v >>= 7n;
    if ((v === 0n && (b & 0x40) === 0) || (v === -1n && (b & 0x40) !== 0)) { out.push(b); return; }
    out.push(b | 0x80);
  }
}

const F64_BUF = new DataView(new ArrayBuffer(8));

/** A function body under construction. */
export class Code {
  readonly b: number[] = [];
  /**
   * Open block/loop/if constructs (the function's own body not counted): lets a branch to a
   * fixed outer label (a region's shared exit, compile.ts) compute its relative depth.
   */
  depth = 0;
  /** Control structure boundaries so far (block, loop, if, else, end): code between two equal counts is straight-line. */
  joins = 0;
  /**
   * Opcodes, with the immediates of block/loop/if (the block type) and br/br_if (the label)
   * inline after them; other immediates go through the helpers below.
   */
  op(...ops: number[]): this {
    const b = this.b;
    for (let k = 0; k < ops.length; k++) {
      const o = ops[k];
      b.push(o);
      if (o === Op.end) { this.depth--; this.joins++; }
      else if (o === Op.else) this.joins++;
      else if (o === Op.block || o === Op.loop || o === Op.if) { this.depth++; this.joins++; if (k + 1 < ops.length) b.push(ops[++k]); }
      else if ((o === Op.br || o === Op.br_if) && k + 1 < ops.length) b.push(ops[++k]);
    }
    return this;
  }
  get(l: number): this { this.b.push(Op.local_get); uleb(this.b, l); return this; }
  set(l: number): this { this.b.push(Op.local_set); uleb(this.b, l); return this; }
  tee(l: number): this { this.b.push(Op.local_tee); uleb(this.b, l); return this; }
  i32(v: number): this { this.b.push(Op.i32_const); sleb32(this.b, v); return this; }
  i64(v: bigint | number): this { this.b.push(Op.i64_const); sleb64(this.b, BigInt(v)); return this; }
  /**
   * A guest address (a JS number, as m.nia holds it) as an i64 constant. A 64-bit address at or
   * above 2^64 - 2^10 is 2^64 as a double: 2^64 - 1 stands for it (f64.convert_i64_u gives 2^64
   * back, the double the interpreter holds).
   */
  addr(v: number): this { return this.i64(v >= 18446744073709551616 ? 0xffffffffffffffffn : v); }
  f64(v: number): this {
    this.b.push(Op.f64_const);
    F64_BUF.setFloat64(0, v, true);
    for (let k = 0; k < 8; k++) this.b.push(F64_BUF.getUint8(k));
    return this;
  }
  /** A memory access opcode with its memarg (alignment exponent, constant offset). */
  mem(opcode: number, align: number, offset: number): this {
    this.b.push(opcode, align);
    uleb(this.b, offset);
    return this;
  }
  call(f: number): this { this.b.push(Op.call); uleb(this.b, f); return this; }
  /** call_indirect through table 0 with the function type at index `type` (the index on the stack). */
  callIndirect(type: number): this { this.b.push(0x11); uleb(this.b, type); this.b.push(0x00); return this; }
  /** i64.trunc_sat_f64_u (non-trapping conversion): out-of-range values saturate. */
  truncSatU64(): this { this.b.push(0xfc, 0x07); return this; }
  /** memory.copy (bulk memory) within memory 0: dst, src and n (i32s) on the stack. */
  memoryCopy(): this { this.b.push(0xfc, 0x0a, 0x00, 0x00); return this; }
  /** A SIMD instruction (0xfd prefix, SimdOp), then its immediates as bytes. */
  simd(op: number, ...imm: number[]): this {
    this.b.push(0xfd); uleb(this.b, op);
    for (const v of imm) this.b.push(v);
    return this;
  }
}

/** The SIMD opcodes used (after the 0xfd prefix; Code.simd writes them as LEB128). */
export const SimdOp = {
  v128_load: 0x00, v128_store: 0x0b, v128_const: 0x0c, i8x16_shuffle: 0x0d, i8x16_swizzle: 0x0e, i8x16_splat: 0x0f,
  i8x16_extract_lane_s: 0x15, i8x16_extract_lane_u: 0x16, i8x16_replace_lane: 0x17,
  i16x8_extract_lane_s: 0x18, i16x8_extract_lane_u: 0x19, i16x8_replace_lane: 0x1a,
  i32x4_extract_lane: 0x1b, i32x4_replace_lane: 0x1c,
  i64x2_extract_lane: 0x1d, i64x2_replace_lane: 0x1e, v128_load64_zero: 0x5d,
  i8x16_narrow_i16x8_s: 0x65, i8x16_narrow_i16x8_u: 0x66, i16x8_narrow_i32x4_s: 0x85, i16x8_narrow_i32x4_u: 0x86,
  i16x8_extend_low_i8x16_s: 0x87, i16x8_extend_high_i8x16_s: 0x88, i16x8_extend_low_i8x16_u: 0x89, i16x8_extend_high_i8x16_u: 0x8a,
  i32x4_extend_low_i16x8_s: 0xa7, i32x4_extend_high_i16x8_s: 0xa8, i32x4_extend_low_i16x8_u: 0xa9, i32x4_extend_high_i16x8_u: 0xaa,
  i64x2_extend_low_i32x4_s: 0xc7, i64x2_extend_high_i32x4_s: 0xc8, i64x2_extend_low_i32x4_u: 0xc9,
  i16x8_extadd_pairwise_i8x16_s: 0x7c, i32x4_extadd_pairwise_i16x8_s: 0x7e, i32x4_extadd_pairwise_i16x8_u: 0x7f,
  i16x8_extmul_low_i8x16_u: 0x9e, i16x8_extmul_high_i8x16_u: 0x9f, i32x4_extmul_low_i16x8_u: 0xbe, i32x4_extmul_high_i16x8_u: 0xbf,
  i16x8_mul: 0x95, i32x4_dot_i16x8_s: 0xba, i32x4_mul: 0xb5, i64x2_mul: 0xd5,
  i8x16_avgr_u: 0x7b, i16x8_avgr_u: 0x9b, i8x16_popcnt: 0x62, i8x16_bitmask: 0x64,
  i8x16_shl: 0x6b, i8x16_shr_s: 0x6c, i8x16_shr_u: 0x6d, i16x8_shl: 0x8b, i16x8_shr_s: 0x8c, i16x8_shr_u: 0x8d,
  i32x4_shl: 0xab, i32x4_shr_s: 0xac, i32x4_shr_u: 0xad, i64x2_shl: 0xcb, i64x2_shr_s: 0xcc, i64x2_shr_u: 0xcd,
  i32x4_lt_u: 0x3a, i32x4_ge_u: 0x40, i32x4_neg: 0xa1, i64x2_neg: 0xc1,
  i32x4_extmul_low_i16x8_s: 0xbc, i32x4_extmul_high_i16x8_s: 0xbd, i16x8_extadd_pairwise_i8x16_u: 0x7d,
  i8x16_eq: 0x23, i8x16_ne: 0x24, i8x16_gt_s: 0x27, i8x16_gt_u: 0x28, i16x8_eq: 0x2d, i16x8_ne: 0x2e, i16x8_gt_s: 0x31, i16x8_gt_u: 0x32,
  i32x4_eq: 0x37, i32x4_ne: 0x38, i32x4_gt_s: 0x3b, i32x4_gt_u: 0x3c,
  f32x4_eq: 0x41, f32x4_ne: 0x42, f32x4_lt: 0x43, f32x4_gt: 0x44, f32x4_le: 0x45, f32x4_ge: 0x46, f64x2_eq: 0x47, f64x2_ne: 0x48, f64x2_ge: 0x4c,
  v128_not: 0x4d, v128_and: 0x4e, v128_andnot: 0x4f, v128_or: 0x50, v128_xor: 0x51, v128_bitselect: 0x52,
  v128_any_true: 0x53, f32x4_demote_f64x2_zero: 0x5e, f64x2_promote_low_f32x4: 0x5f, i8x16_all_true: 0x63,
  i8x16_add: 0x6e, i8x16_add_sat_s: 0x6f, i8x16_add_sat_u: 0x70, i8x16_sub: 0x71, i8x16_sub_sat_s: 0x72, i8x16_sub_sat_u: 0x73,
  i8x16_min_s: 0x76, i8x16_min_u: 0x77, i8x16_max_s: 0x78, i8x16_max_u: 0x79,
  i16x8_add: 0x8e, i16x8_add_sat_s: 0x8f, i16x8_add_sat_u: 0x90, i16x8_sub: 0x91, i16x8_sub_sat_s: 0x92, i16x8_sub_sat_u: 0x93,
  i16x8_min_s: 0x96, i16x8_min_u: 0x97, i16x8_max_s: 0x98, i16x8_max_u: 0x99,
  i32x4_all_true: 0xa3, i32x4_add: 0xae, i32x4_sub: 0xb1, i32x4_min_s: 0xb6, i32x4_min_u: 0xb7, i32x4_max_s: 0xb8, i32x4_max_u: 0xb9,
  i64x2_add: 0xce, i64x2_sub: 0xd1, i64x2_eq: 0xd6, i64x2_gt_s: 0xd9,
  f32x4_abs: 0xe0, f32x4_neg: 0xe1, f32x4_add: 0xe4, f32x4_sub: 0xe5, f32x4_min: 0xe8, f32x4_max: 0xe9,
  f32x4_ceil: 0x67, f32x4_floor: 0x68, f32x4_trunc: 0x69, f32x4_nearest: 0x6a, f32x4_sqrt: 0xe3, f32x4_mul: 0xe6, f32x4_div: 0xe7,
  i32x4_trunc_sat_f32x4_s: 0xf8, i32x4_trunc_sat_f32x4_u: 0xf9, f32x4_convert_i32x4_s: 0xfa, f32x4_convert_i32x4_u: 0xfb,
  f64x2_abs: 0xec, f64x2_neg: 0xed, f64x2_add: 0xf0, f64x2_sub: 0xf1, f64x2_mul: 0xf2,
  f64x2_splat: 0x14, f64x2_extract_lane: 0x21,
  /** Relaxed SIMD (layout.ts HOST_FMA). */
  f64x2_relaxed_madd: 0x107,
} as const;

/** Appends `src` to `out` (no spread: bodies can exceed the engine's argument limit). */
export function append(out: number[], src: readonly number[]): void {
  for (let k = 0; k < src.length; k++) out.push(src[k]);
}

function section(out: number[], id: number, body: number[]): void {
  out.push(id);
  uleb(out, body.length);
  append(out, body);
}

function name(out: number[], s: string): void {
  uleb(out, s.length);
  for (let k = 0; k < s.length; k++) out.push(s.charCodeAt(k));
}

export interface FuncType { params: number[]; results: number[] }

/**
 * A module importing memory "m"."mem" (the shared arena), with `table` a funcref table "m"."tab",
 * and functions "f".<name> of the given types, and exporting one function "run" of type `type`
 * with extra locals `locals` and body `body` (copied once). Type index 0 is `type` (for
 * call_indirect).
 */
export function module(
  imports: { name: string; type: FuncType }[], type: FuncType, locals: number[], body: Uint8Array, table = false,
  /** A second function, not exported (index: the imports' count + 1), that `body` may call. */
  extra?: { type: FuncType; locals: number[]; body: Uint8Array },
): Uint8Array<ArrayBuffer> {
  const types: FuncType[] = [];
  const key = (t: FuncType) => t.params.join(',') + ':' + t.results.join(',');
  const typeIndex = (t: FuncType) => {
    let k = types.findIndex((u) => key(u) === key(t));
    if (k < 0) { k = types.length; types.push(t); }
    return k;
  };
  const runIdx = typeIndex(type);
  const extraIdx = extra !== undefined ? typeIndex(extra.type) : -1;
  const impIdx = imports.map((i) => typeIndex(i.type));

  const out = [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00];
  const ts: number[] = [];
  uleb(ts, types.length);
  for (const t of types) {
    ts.push(0x60);
    uleb(ts, t.params.length); ts.push(...t.params);
    uleb(ts, t.results.length); ts.push(...t.results);
  }
  section(out, 1, ts);

  const is: number[] = [];
  uleb(is, imports.length + (table ? 2 : 1));
  // memory, limits {min 1, max 65536, shared}: the guest memory's arena (cpu/memory.ts)
  name(is, 'm'); name(is, 'mem'); is.push(0x02, 0x03, 0x01); uleb(is, 65536);
  // table of funcref, limits {min 0}
  if (table) { name(is, 'm'); name(is, 'tab'); is.push(0x01, 0x70, 0x00, 0x00); }
  imports.forEach((imp, k) => { name(is, 'f'); name(is, imp.name); is.push(0x00); uleb(is, impIdx[k]); });
  section(out, 2, is);

  const fs: number[] = [extra !== undefined ? 2 : 1];
  uleb(fs, runIdx);
  if (extra !== undefined) uleb(fs, extraIdx);
  section(out, 3, fs);

  const es: number[] = [1];
  name(es, 'run'); es.push(0x00); uleb(es, imports.length);
  section(out, 7, es);

  // code section: an entry per function (its size, the locals, the body, end); `body` is copied once
  const fb = localDecls(locals);
  const size = fb.length + body.length + 1;
  const cs: number[] = [extra !== undefined ? 2 : 1];
  uleb(cs, size);
  const xs: number[] = [];
  if (extra !== undefined) {
    const xb = localDecls(extra.locals);
    uleb(xs, xb.length + extra.body.length + 1);
    append(xs, xb);
    append(xs, Array.from(extra.body));
    xs.push(Op.end);
  }
  out.push(10);
  uleb(out, cs.length + size + xs.length);
  append(out, cs);
  append(out, fb);
  const bytes = new Uint8Array(out.length + body.length + 1 + xs.length);
  bytes.set(out);
  bytes.set(body, out.length);
  bytes[out.length + body.length] = Op.end;
  bytes.set(xs, out.length + body.length + 1);
  return bytes;
}

/** A function's local declarations: runs of equal types. */
function localDecls(locals: number[]): number[] {
  const runs: [number, number][] = [];
  for (const t of locals) {
    const last = runs[runs.length - 1];
    if (last && last[1] === t) last[0]++;
    else runs.push([1, t]);
  }
  const fb: number[] = [];
  uleb(fb, runs.length);
  for (const [n, t] of runs) { uleb(fb, n); fb.push(t); }
  return fb;
}
