// The architected register state: typed-array views on one ArrayBuffer, offsets derived once
// from the LAYOUT table below. 64-bit registers are held as two 32-bit halves (hi, lo), the
// representation the block translator needs; values are host-endian inside the buffer.
//
// VSX overlap (Power ISA 3.0, Book I 7.2): VSR i (0..63) is 16 bytes at vsrOff + 16*i, stored
// as two host-endian doublewords: dw0 (ISA bits 0:63) first, then dw1. FPR i is dw0 of VSR i,
// VR i is VSR 32+i. `fpr` (Float64Array) and `fprBits` (Uint32Array) alias dw0 of VSR 0..31.

/** [name, element bytes, count]; order is the layout. */
const LAYOUT = [
  ['gprHi', 4, 32], // upper halves of the 64-bit GPRs
  ['gprLo', 4, 32], // lower halves
  ['vsr', 8, 128], // 64 VSRs x 2 doublewords
  ['speHi', 4, 32], // SPE upper GPR halves (e500: 32-bit GPRs plus separate upper words)
  ['spr64', 8, 20], // 64-bit SPRs, indexed by Spr64 below (stored as u32 pairs hi,lo)
  ['spr32', 4, 16], // 32-bit registers, indexed by Spr32 below
  ['debug64', 8, 9], // IAC1..4, DAC1..2 (Book E); CIABR, DAWR1, DAWRX1 (Book III-S) (hi,lo pairs)
] as const;

/** 64-bit registers held as [hi, lo] u32 pairs in the spr64 area. */
export const enum Spr64 {
  LR = 0, CTR = 1, MSR = 2, NIA = 3, TAR = 4, PPR = 5, DSCR = 6, SPRG3 = 7,
  ACC = 8, DABR = 9, DABRX = 10, DAWR0 = 11, DAWRX0 = 12, RESADDR = 13, ICOUNT = 14, FPSCR = 15,
  // transactional memory (POWER8/9) and the ROP-protection hash key (POWER10, ISA 3.1B)
  TFHAR = 16, TFIAR = 17, TEXASR = 18, HASHKEYR = 19,
}

/** 32-bit registers in the spr32 area. XER is kept as its architected 32-bit value. */
export const enum Spr32 {
  CR = 0, XER = 1, VSCR = 2, VRSAVE = 3, SPEFSCR = 4, PVR = 5,
  DBCR0 = 6, DBCR1 = 7, DBCR2 = 8, DBSR = 9, RESVALID = 10, RESSIZE = 11, USPRG0 = 12,
}

export const STATE_OFFSETS: Record<string, number> = {};
let off = 0;
for (const [name, size, count] of LAYOUT) {
  off = (off + 15) & ~15;
  STATE_OFFSETS[name] = off;
  off += size * count;
}
export const STATE_BYTES = (off + 15) & ~15;
/** The register file's copy plus the wasm tier's scratch slots (one 4 KiB page at the arena's start). */
export const STATE_AREA = 4096;

/** Whether this host stores typed arrays little-endian (it decides lane order inside a dw). */
export const HOST_LE = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

export class CpuState {
  /**
   * The register buffer: a plain one of its own, until the WebAssembly tier compiles its first
   * region for the machine and moves the registers to the start of the guest memory's arena
   * (`moveTo`; memory.ts, wasm/compile.ts), the memory its regions load and spill them in.
   */
  buf: ArrayBufferLike = new ArrayBuffer(STATE_BYTES);
  constructor() {
    // Every view field is stored twice here, so that V8 never treats it as constant: optimised
    // code that assumed so would all be thrown away when moveTo replaces the views (measured: 54
    // functions deoptimised at the first region, about 40 ms of a 4 M-instruction cold run).
    this.views();
    this.buf = new ArrayBuffer(STATE_BYTES);
    this.views();
  }

  /**
   * Moves the registers to offset 0 of `buf` (copying them), once, from the machine's first wasm
   * compile; every view below is re-made on it, so anything holding one must re-read it
   * (Machine.registersToArena does so for the machine's own).
   */
  moveTo(buf: ArrayBufferLike): void {
    new Uint8Array(buf, 0, STATE_BYTES).set(new Uint8Array(this.buf, 0, STATE_BYTES));
    this.buf = buf;
    this.views();
  }

  private views(): void {
    this.gprHi = new Uint32Array(this.buf, STATE_OFFSETS.gprHi, 32);
    this.gprLo = new Uint32Array(this.buf, STATE_OFFSETS.gprLo, 32);
    this.vsrBytes = new Uint8Array(this.buf, STATE_OFFSETS.vsr, 64 * 16);
    this.vsrU32 = new Uint32Array(this.buf, STATE_OFFSETS.vsr, 64 * 4);
    this.vsrF64 = new Float64Array(this.buf, STATE_OFFSETS.vsr, 64 * 2);
    this.vsrU64 = new BigUint64Array(this.buf, STATE_OFFSETS.vsr, 64 * 2);
    this.vsrU16 = new Uint16Array(this.buf, STATE_OFFSETS.vsr, 64 * 8);
    this.vsrF32 = new Float32Array(this.buf, STATE_OFFSETS.vsr, 64 * 4);
    this.speHi = new Uint32Array(this.buf, STATE_OFFSETS.speHi, 32);
    this.spr64 = new Uint32Array(this.buf, STATE_OFFSETS.spr64, 20 * 2);
    this.spr32 = new Uint32Array(this.buf, STATE_OFFSETS.spr32, 16);
    this.debug64 = new Uint32Array(this.buf, STATE_OFFSETS.debug64, 9 * 2);
  }

  gprHi!: Uint32Array;
  gprLo!: Uint32Array;
  /** The whole VSR file as bytes / words / doublewords; see vsrWordIndex for element order. */
  vsrBytes!: Uint8Array;
  vsrU32!: Uint32Array;
  vsrF64!: Float64Array;
  vsrU64!: BigUint64Array;
  /** Halfword and single-float views of the VSR file (host order; see isa/vechelpers.ts). */
  vsrU16!: Uint16Array;
  vsrF32!: Float32Array;
  speHi!: Uint32Array;
  spr64!: Uint32Array;
  spr32!: Uint32Array;
  debug64!: Uint32Array;

  // ---- GPRs -------------------------------------------------------------------------------
  getGpr(i: number): bigint {
    return (BigInt(this.gprHi[i]) << 32n) | BigInt(this.gprLo[i]);
  }
  setGpr(i: number, v: bigint): void {
    this.gprHi[i] = Number((v >> 32n) & 0xffffffffn);
    this.gprLo[i] = Number(v & 0xffffffffn);
  }

  // ---- FPRs (doubleword 0 of VSR 0..31) ----------------------------------------------------
  /** FPR i as a double. */
  getFpr(i: number): number { return this.vsrF64[2 * i]; }
  setFpr(i: number, v: number): void { this.vsrF64[2 * i] = v; }
  /** FPR i as raw 64 bits. */
  getFprBits(i: number): bigint { return this.vsrU64[2 * i]; }
  setFprBits(i: number, v: bigint): void { this.vsrU64[2 * i] = BigInt.asUintN(64, v); }

  // ---- VSRs ---------------------------------------------------------------------------------
  /** Index into vsrU32 of word element w (0 = most significant, ISA numbering) of VSR r. */
  static vsrWordIndex(r: number, w: number): number {
    // dw = w >> 1; inside a host-endian dw the high word is at +1 on LE hosts.
    return HOST_LE ? 4 * r + (w & 2) + (1 - (w & 1)) : 4 * r + w;
  }
  getVsrWord(r: number, w: number): number { return this.vsrU32[CpuState.vsrWordIndex(r, w)]; }
  setVsrWord(r: number, w: number, v: number): void { this.vsrU32[CpuState.vsrWordIndex(r, w)] = v; }
  /** Doubleword d (0 = ISA bits 0:63) of VSR r as raw bits. */
  getVsrDw(r: number, d: number): bigint { return this.vsrU64[2 * r + d]; }
  setVsrDw(r: number, d: number, v: bigint): void { this.vsrU64[2 * r + d] = BigInt.asUintN(64, v); }
  /** VSR r as 16 bytes in ISA (big-endian) order. */
  getVsrBytesBE(r: number): Uint8Array {
    const out = new Uint8Array(16);
    for (let w = 0; w < 4; w++) {
      const v = this.getVsrWord(r, w);
      out[4 * w] = v >>> 24; out[4 * w + 1] = v >>> 16; out[4 * w + 2] = v >>> 8; out[4 * w + 3] = v;
    }
    return out;
  }
  setVsrBytesBE(r: number, b: Uint8Array): void {
    for (let w = 0; w < 4; w++) {
      this.setVsrWord(r, w, ((b[4 * w] << 24) | (b[4 * w + 1] << 16) | (b[4 * w + 2] << 8) | b[4 * w + 3]) >>> 0);
    }
  }

  // ---- 64-bit SPRs as u32 pairs ---------------------------------------------------------------
  getSpr64(r: Spr64): bigint {
    return (BigInt(this.spr64[2 * r]) << 32n) | BigInt(this.spr64[2 * r + 1]);
  }
  setSpr64(r: Spr64, v: bigint): void {
    this.spr64[2 * r] = Number((v >> 32n) & 0xffffffffn);
    this.spr64[2 * r + 1] = Number(v & 0xffffffffn);
  }
  get cr(): number { return this.spr32[Spr32.CR]; }
  set cr(v: number) { this.spr32[Spr32.CR] = v; }
  get xer(): number { return this.spr32[Spr32.XER]; }
  set xer(v: number) { this.spr32[Spr32.XER] = v; }

  /** Debug register pairs: IAC1..4 are 0..3, DAC1..2 are 4..5. */
  getDebug64(i: number): bigint {
    return (BigInt(this.debug64[2 * i]) << 32n) | BigInt(this.debug64[2 * i + 1]);
  }
  setDebug64(i: number, v: bigint): void {
    this.debug64[2 * i] = Number((v >> 32n) & 0xffffffffn);
    this.debug64[2 * i + 1] = Number(v & 0xffffffffn);
  }
}

/** Copies every register of src into dst (the architected bytes, not the wasm tier's scratch page). */
export function copyState(dst: CpuState, src: CpuState): void {
  new Uint8Array(dst.buf, 0, STATE_BYTES).set(new Uint8Array(src.buf, 0, STATE_BYTES));
}

/** XER bit masks (architected positions, 32-bit value; ISA bit n is mask 1 << (63 - n)). */
export const XER_SO = 0x80000000;
export const XER_OV = 0x40000000;
export const XER_CA = 0x20000000;
export const XER_OV32 = 0x00080000;
export const XER_CA32 = 0x00040000;
export const XER_BC = 0x7f;
