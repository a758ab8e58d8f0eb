// Word-size-aware access to guest memory for the OS layer (structures laid out by the ABI).
// All accesses go through Memory's permission checks except where `force` is passed.

import type { Machine } from '../cpu/machine.js';

export class GuestView {
  constructor(
    readonly m: Machine,
    /** 64-bit process (longs and pointers are 8 bytes). */
    readonly is64: boolean,
  ) {}

  get wordSize(): number { return this.is64 ? 8 : 4; }

  u8(a: number): number { return this.m.mem.read8(a); }
  u16(a: number): number { return this.m.mem.read16(a); }
  u32(a: number): number { return this.m.mem.read32(a); }
  s32(a: number): number { return this.m.mem.read32(a) | 0; }
  u64(a: number): bigint {
    const lo = this.m.mem.read64(a);
    return (BigInt(this.m.mem.hi) << 32n) | BigInt(lo);
  }
  /** 64-bit value as a JS number (exact below 2^53). */
  u64n(a: number): number {
    const lo = this.m.mem.read64(a);
    return this.m.mem.hi * 4294967296 + lo;
  }
  /** A long/pointer of the process's width, unsigned. */
  word(a: number): number { return this.is64 ? this.u64n(a) : this.u32(a); }
  /** A long of the process's width, signed. */
  sword(a: number): number {
    if (!this.is64) return this.s32(a);
    const lo = this.m.mem.read64(a);
    return (this.m.mem.hi | 0) * 4294967296 + lo;
  }

  w8(a: number, v: number): void { this.m.mem.write8(a, v); }
  w16(a: number, v: number): void { this.m.mem.write16(a, v); }
  w32(a: number, v: number): void { this.m.mem.write32(a, v >>> 0); }
  w64(a: number, v: bigint | number): void {
    const b = BigInt.asUintN(64, BigInt(v));
    this.m.mem.write64(a, Number(b >> 32n), Number(b & 0xffffffffn));
  }
  wword(a: number, v: number | bigint): void {
    if (this.is64) this.w64(a, v);
    else this.w32(a, Number(BigInt.asUintN(32, BigInt(v))));
  }

  bytes(a: number, n: number): Uint8Array { return this.m.mem.readBytes(a, n); }
  writeBytes(a: number, b: Uint8Array): void { this.m.mem.writeBytes(a, b); }
  cstring(a: number, max = 4096): string { return this.m.mem.readCString(a, max); }
}
