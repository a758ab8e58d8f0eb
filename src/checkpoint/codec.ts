// The field codec: one description of a structure serves saving, loading and sizing it (the
// PointerWrap idea). A description is a function `(c: Codec, ...) => void` that calls one method
// per field in order. Every method takes the current value and returns the value to use:
//   write   - stores the value, returns it unchanged;
//   measure - only counts bytes, returns the value unchanged;
//   read    - ignores the argument, returns the value read from the image.
// The `*At` methods read or write an element of a typed array in place, so a register file can be
// described as `for (i...) c.u32At(arr, i)` with no separate load and save code.

import { crc32 } from 'node:zlib';
import { CheckpointError } from './errors.js';

/** Bytes written between two steps of a running checksum (see Codec.checksum): cache-sized. */
const CRC_STEP = 1 << 16;

export type CodecMode = 'read' | 'write' | 'measure';

export class Codec {
  /** Current offset relative to the start of the described area. */
  pos = 0;
  private readonly dv: DataView | undefined;
  private readonly u8: Uint8Array | undefined;
  /** Running CRC32 of the bytes written before `crcAt` (write mode, once `checksum` started it). */
  private crc = 0;
  private crcAt = -1;

  constructor(
    readonly mode: CodecMode,
    /** The bytes read from or written to (unused when measuring). */
    buf: Uint8Array | undefined,
    /** Image byte order. */
    readonly le: boolean,
    /** What is being described, for error messages (e.g. 'record CORE (bit 0)'). */
    readonly where: string,
    /** Offset of buf[0] inside the image file, for error messages. */
    readonly fileOffset = 0,
  ) {
    if (buf) {
      this.u8 = buf;
      this.dv = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
    }
  }

  /** The underlying bytes (undefined when measuring). */
  get buffer(): Uint8Array | undefined { return this.u8; }
  get reading(): boolean { return this.mode === 'read'; }
  get writing(): boolean { return this.mode === 'write'; }
  /** Bytes left to read (reading) or the buffer's remaining room (writing). */
  get left(): number { return (this.u8?.length ?? Infinity) - this.pos; }

  /** A consistency error at the current position of what is being described. */
  fail(msg: string): never {
    throw new CheckpointError('corrupt',
      `${this.where} at offset 0x${(this.fileOffset + this.pos).toString(16)}: ${msg}`, this.fileOffset + this.pos);
  }

  private need(n: number): number {
    const p = this.pos;
    if (this.mode !== 'measure' && p + n > this.u8!.length) {
      this.fail(`needs ${n} more byte(s) but only ${this.u8!.length - p} remain`);
    }
    this.pos = p + n;
    return p;
  }

  u8v(v: number): number {
    const p = this.need(1);
    if (this.mode === 'read') return this.dv!.getUint8(p);
    if (this.mode === 'write') this.dv!.setUint8(p, v);
    return v;
  }

  u16(v: number): number {
    const p = this.need(2);
    if (this.mode === 'read') return this.dv!.getUint16(p, this.le);
    if (this.mode === 'write') this.dv!.setUint16(p, v, this.le);
    return v;
  }

  u32(v: number): number {
    const p = this.need(4);
    if (this.mode === 'read') return this.dv!.getUint32(p, this.le);
    if (this.mode === 'write') this.dv!.setUint32(p, v >>> 0, this.le);
    return v;
  }

  /** A signed 32-bit value stored as its two's complement. */
  i32(v: number): number {
    return this.u32(v >>> 0) | 0;
  }

  u64(v: bigint): bigint {
    const p = this.need(8);
    if (this.mode === 'read') return this.dv!.getBigUint64(p, this.le);
    if (this.mode === 'write') this.dv!.setBigUint64(p, BigInt.asUintN(64, v), this.le);
    return v;
  }

  /** A 64-bit field holding a JS number (addresses, sizes, counts); must be below 2^53. */
  u64n(v: number): number {
    const p = this.need(8);
    const dv = this.dv!;
    if (this.mode === 'read') {
      const hi = dv.getUint32(this.le ? p + 4 : p, this.le), lo = dv.getUint32(this.le ? p : p + 4, this.le);
      if (hi >= 0x200000) { this.pos = p; this.fail(`value 0x${hi.toString(16)}${lo.toString(16).padStart(8, '0')} is too large`); }
      return hi * 4294967296 + lo;
    }
    if (this.mode === 'write') {
      const hi = Math.floor(v / 4294967296) >>> 0, lo = v >>> 0;
      dv.setUint32(this.le ? p + 4 : p, hi, this.le);
      dv.setUint32(this.le ? p : p + 4, lo, this.le);
    }
    return v;
  }

  /** Element i of a Uint32Array, in place. */
  u32At(a: Uint32Array, i: number): void {
    a[i] = this.u32(a[i]);
  }

  /** A 64-bit value held as a (hi, lo) pair of Uint32Array elements, in place. */
  pairAt(ha: Uint32Array, hi: number, la: Uint32Array, lo: number): void {
    const p = this.need(8);
    if (this.mode === 'read') {
      ha[hi] = this.dv!.getUint32(this.le ? p + 4 : p, this.le);
      la[lo] = this.dv!.getUint32(this.le ? p : p + 4, this.le);
    } else if (this.mode === 'write') {
      this.dv!.setUint32(this.le ? p + 4 : p, ha[hi], this.le);
      this.dv!.setUint32(this.le ? p : p + 4, la[lo], this.le);
    }
  }

  /** A 64-bit register stored in the spr64 / debug64 pair layout (hi at 2r, lo at 2r+1), in place. */
  spr64At(a: Uint32Array, r: number): void {
    this.pairAt(a, 2 * r, a, 2 * r + 1);
  }

  /** Element i of a BigUint64Array (a host-endian doubleword), in place. */
  u64At(a: BigUint64Array, i: number): void {
    a[i] = this.u64(a[i]);
  }

  /**
   * n raw bytes. Writing copies `b` (which must hold n bytes); reading returns a view into the
   * image (copy it if it must outlive the image buffer).
   */
  bytes(b: Uint8Array | undefined, n: number): Uint8Array {
    const p = this.need(n);
    if (this.mode === 'read') return this.u8!.subarray(p, p + n);
    if (this.mode === 'write') {
      this.u8!.set(b!.length === n ? b! : b!.subarray(0, n), p);
      // checksum what was just copied while it is still in the cache (a second pass over a big
      // payload costs as much again)
      if (this.crcAt >= 0 && p + n - this.crcAt >= CRC_STEP) this.checksum();
    }
    return b!;
  }

  /**
   * The CRC32 of everything written (or read) so far, seeded with `seed` on the first call. The
   * first call starts the count at the current position, so call it before writing or reading.
   */
  checksum(seed = 0): number {
    if (this.crcAt < 0) { this.crc = seed; this.crcAt = this.pos; }
    return this.checksumTo(this.pos);
  }

  /**
   * Adds the bytes up to offset `end` to a running checksum (none started: nothing). Reading, a
   * large block taken with `bytes` is checksummed piece by piece as its consumer copies it.
   */
  checksumTo(end: number): number {
    if (this.crcAt >= 0 && end > this.crcAt) {
      this.crc = crc32(this.u8!.subarray(this.crcAt, end), this.crc);
      this.crcAt = end;
    }
    return this.crc;
  }

  /** A length-prefixed (u32) byte string. */
  blob(b: Uint8Array): Uint8Array {
    const n = this.u32(b.length);
    if (this.mode === 'read' && n > this.left) this.fail(`byte string of ${n} bytes overruns the record`);
    return this.bytes(b, n);
  }

  /** A length-prefixed UTF-8 string. */
  str(s: string): string {
    const b = this.blob(this.mode === 'read' ? EMPTY : Buffer.from(s, 'utf8'));
    return this.mode === 'read' ? Buffer.from(b).toString('utf8') : s;
  }

  /** A string in a fixed-size, NUL-padded field of `len` bytes (truncated to fit when writing). */
  fixedStr(s: string, len: number): string {
    if (this.mode === 'read') {
      const b = this.bytes(undefined, len);
      const z = b.indexOf(0);
      return Buffer.from(b.subarray(0, z < 0 ? len : z)).toString('utf8');
    }
    const out = new Uint8Array(len);
    out.set(Buffer.from(s, 'utf8').subarray(0, len - 1));
    this.bytes(out, len);
    return s;
  }

  /** A count (u32) then that many items; `each` describes one item (given undefined when reading). */
  list<T>(items: readonly T[], each: (item: T | undefined, index: number) => T, max = 1 << 24): T[] {
    const n = this.u32(items.length);
    if (this.mode === 'read' && n > max) this.fail(`count ${n} exceeds the limit ${max}`);
    const out: T[] = [];
    for (let i = 0; i < n; i++) out.push(each(this.mode === 'read' ? undefined : items[i], i));
    return out;
  }

  /** In read mode: the described area must have been consumed exactly. */
  end(): void {
    if (this.mode === 'read' && this.pos !== this.u8!.length) {
      this.fail(`${this.u8!.length - this.pos} unexpected trailing byte(s)`);
    }
  }
}

const EMPTY = new Uint8Array(0);

/** Runs a description in measure mode, then in write mode into a buffer of exactly that size. */
export function encode(le: boolean, where: string, describe: (c: Codec) => void): Uint8Array {
  const m = new Codec('measure', undefined, le, where);
  describe(m);
  const out = new Uint8Array(m.pos);
  const w = new Codec('write', out, le, where);
  describe(w);
  return out;
}
