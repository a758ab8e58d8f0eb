// The image header and the framing of records (docs/image-format.md describes every byte).
//
//   header   magic, byte order, format version, header length, record bitmask, layout constants,
//            source CPU, mode, used units and features, instruction count, header CRC32
//   records  for each bit set in the bitmask, in ascending bit order: a 32-byte record header
//            (bit, version, flags, stored length, decoded length, reserved, CRC32) and its payload
//
// Integers are in the image's byte order (byte 8 of the file), which the writer chooses (little-
// endian by default) and the reader honours.

import { crc32 } from 'node:zlib';
import { Codec } from './codec.js';
import { CheckpointError } from './errors.js';

export const MAGIC = Uint8Array.from([0x89, 0x50, 0x50, 0x43, 0x45, 0x4d, 0x55, 0x0a]); // "\x89PPCEMU\n"
export const FORMAT_VERSION = 1;
export const BYTE_ORDER_LE = 1;
export const BYTE_ORDER_BE = 2;
export const RECORD_HEADER_LEN = 32;
/** Record flag: the payload is stored deflate-compressed (raw deflate, RFC 1951). */
export const RF_DEFLATE = 1;
export const CPU_NAME_LEN = 32;

/** Header mode bits. */
export const MODE_SF = 1; // MSR[SF] was set: 64-bit mode
export const MODE_LE = 2; // MSR[LE] was set: little-endian mode
export const MODE_PROC64 = 4; // the process is a 64-bit (ELFCLASS64) program

/** Unit bits of the header's used-units word. */
export const UNIT_BITS = { fp: 1, vmx: 2, vsx: 4, spe: 8 } as const;

/**
 * Layout constants: written into every header and compared with this build on load, so an image
 * whose register files or sizes differ is refused rather than misread. Order is the header order.
 */
export const LAYOUT: readonly (readonly [string, number])[] = [
  ['gpr_count', 32], ['gpr_bits', 64], ['fpr_count', 32], ['fpr_bits', 64],
  ['vr_count', 32], ['vr_bits', 128], ['vsr_count', 64], ['vsr_bits', 128],
  ['spe_upper_count', 32], ['spe_upper_bits', 32], ['cr_bits', 32], ['xer_bits', 32],
  ['fpscr_bits', 64], ['iac_max', 4], ['dac_max', 2], ['nsig', 64],
  ['cpu_name_len', CPU_NAME_LEN], ['page_size', 4096], ['record_header_len', RECORD_HEADER_LEN],
];

/** Record bits. A bit is never reused; new records take new bits. */
export const enum Bit {
  CORE = 0, FP = 1, VMX = 2, VSX = 3, SPE = 4, DABR = 5, BOOKE_DEBUG = 6, MEMORY = 7, PROCESS = 8, PARENT = 9,
  THREADS = 10, TM = 11, HASHKEY = 12, LOCKS = 13, COPYBUF = 14,
}
export const RECORD_NAMES: readonly string[] = [
  'CORE', 'FP', 'VMX', 'VSX', 'SPE', 'DABR', 'BOOKE_DEBUG', 'MEMORY', 'PROCESS', 'PARENT', 'THREADS', 'TM', 'HASHKEY', 'LOCKS',
  'COPYBUF',
];
export const KNOWN_BITS = (1n << BigInt(RECORD_NAMES.length)) - 1n;
export const REQUIRED_BITS = (1n << BigInt(Bit.CORE)) | (1n << BigInt(Bit.MEMORY)) | (1n << BigInt(Bit.PROCESS));

export function recordName(bit: number): string {
  return RECORD_NAMES[bit] ?? `#${bit}`;
}
export function recordLabel(bit: number): string {
  return `record ${recordName(bit)} (bit ${bit})`;
}

export interface Header {
  version: number;
  littleEndian: boolean;
  headerLength: number;
  recordMask: bigint;
  layout: number[];
  cpuName: string;
  pvr: number;
  hwcap: number;
  hwcap2: number;
  cpuFeatures: bigint;
  mode: number;
  usedUnits: number;
  usedFeatures: bigint;
  icount: number;
  crc: number;
}

const hex = (v: number) => `0x${v.toString(16)}`;

/** The header, described once (reading validates as it goes: the checks come in file order). */
export function describeHeader(c: Codec, h: Header): Header {
  const magic = c.bytes(MAGIC, 8);
  if (c.reading && !MAGIC.every((b, i) => magic[i] === b)) {
    c.pos = 0;
    c.fail('not a ppcemu checkpoint image (bad magic)');
  }
  const order = c.u8v(h.littleEndian ? BYTE_ORDER_LE : BYTE_ORDER_BE);
  if (c.reading && order !== BYTE_ORDER_LE && order !== BYTE_ORDER_BE) { c.pos--; c.fail(`invalid byte order ${order}`); }
  const reserved = c.u8v(0);
  if (reserved !== 0) { c.pos--; c.fail(`reserved byte is ${reserved}, not 0`); }
  const version = c.u16(h.version);
  if (c.reading && version !== FORMAT_VERSION) {
    c.pos -= 2;
    throw new CheckpointError('unsupported', `header at offset 0xa: format version ${version} is not supported ` +
      `(this ppcemu reads version ${FORMAT_VERSION}; the image may come from a newer ppcemu)`, 10);
  }
  const headerLength = c.u32(h.headerLength);
  if (c.reading && headerLength !== HEADER_LEN) { c.pos -= 4; c.fail(`header length ${headerLength} is not ${HEADER_LEN}`); }
  if (c.reading && c.left < headerLength - c.pos) c.fail(`the image ends inside the header (${c.left + c.pos} bytes)`);
  const recordMask = c.u64(h.recordMask);
  const layout = LAYOUT.map(([, v], i) => c.u32(h.layout?.[i] ?? v));
  const cpuName = c.fixedStr(h.cpuName, CPU_NAME_LEN);
  const pvr = c.u32(h.pvr);
  const hwcap = c.u32(h.hwcap);
  const hwcap2 = c.u32(h.hwcap2);
  const cpuFeatures = c.u64(h.cpuFeatures);
  const mode = c.u32(h.mode);
  const usedUnits = c.u32(h.usedUnits);
  const usedFeatures = c.u64(h.usedFeatures);
  const icount = c.u64n(h.icount);
  const crcPos = c.pos;
  const crc = c.u32(h.crc);
  if (c.reading) {
    const buf = c.buffer!;
    const want = crc32(buf.subarray(0, crcPos));
    if (want !== crc) {
      c.pos = crcPos;
      c.fail(`header checksum mismatch (stored ${hex(crc)}, computed ${hex(want)})`);
    }
  }
  return {
    version, littleEndian: order === BYTE_ORDER_LE, headerLength, recordMask, layout, cpuName, pvr, hwcap,
    hwcap2, cpuFeatures, mode, usedUnits, usedFeatures, icount, crc,
  };
}

/** Header length of this format version (computed by measuring the description). */
export const HEADER_LEN: number = (() => {
  const c = new Codec('measure', undefined, true, 'header');
  describeHeader(c, {
    version: FORMAT_VERSION, littleEndian: true, headerLength: 0, recordMask: 0n, layout: [], cpuName: '', pvr: 0,
    hwcap: 0, hwcap2: 0, cpuFeatures: 0n, mode: 0, usedUnits: 0, usedFeatures: 0n, icount: 0, crc: 0,
  });
  return c.pos;
})();

/** Writes a header (computing its CRC) into `out` at 0. */
export function writeHeader(out: Uint8Array, h: Header): void {
  const c = new Codec('write', out.subarray(0, HEADER_LEN), h.littleEndian, 'header');
  describeHeader(c, { ...h, headerLength: HEADER_LEN, crc: 0 });
  const crc = crc32(out.subarray(0, HEADER_LEN - 4));
  new DataView(out.buffer, out.byteOffset).setUint32(HEADER_LEN - 4, crc, h.littleEndian);
}

/** Reads and validates the header; checks the layout constants and the record bitmask. */
export function readHeader(image: Uint8Array): Header {
  if (image.length < 16) {
    if (image.length < 8 || !MAGIC.every((b, i) => image[i] === b)) {
      throw new CheckpointError('corrupt', `header at offset 0x0: not a ppcemu checkpoint image (${image.length} bytes)`, 0);
    }
    throw new CheckpointError('corrupt', `header at offset 0x${image.length.toString(16)}: the image ends inside the header`, image.length);
  }
  const le = image[8] !== BYTE_ORDER_BE;
  const c = new Codec('read', image.subarray(0, Math.min(image.length, HEADER_LEN)), le, 'header');
  const h = describeHeader(c, {} as Header);
  LAYOUT.forEach(([name, v], i) => {
    if (h.layout[i] !== v) {
      throw new CheckpointError('unsupported', `header at offset 0x${(24 + 4 * i).toString(16)}: layout constant ` +
        `${name} is ${h.layout[i]} in the image but ${v} in this ppcemu`, 24 + 4 * i);
    }
  });
  const unknown = h.recordMask & ~KNOWN_BITS;
  if (unknown) {
    const bits: number[] = [];
    for (let b = 0; b < 64; b++) if ((unknown >> BigInt(b)) & 1n) bits.push(b);
    throw new CheckpointError('unsupported', `header at offset 0x10: the image has record bit(s) ${bits.join(', ')}, ` +
      'unknown to this ppcemu (written by a newer version?)', 16);
  }
  const missing = REQUIRED_BITS & ~h.recordMask;
  if (missing) {
    const names = RECORD_NAMES.filter((_, b) => (missing >> BigInt(b)) & 1n);
    throw new CheckpointError('corrupt', `header at offset 0x10: required record(s) ${names.join(', ')} missing from the bitmask`, 16);
  }
  if (h.mode & ~7) throw new CheckpointError('corrupt', `header: invalid mode bits 0x${h.mode.toString(16)}`);
  if (h.usedUnits & ~15) throw new CheckpointError('corrupt', `header: invalid used-unit bits 0x${h.usedUnits.toString(16)}`);
  return h;
}

/** One record as framed in the image. */
export interface RecordFrame {
  bit: number;
  version: number;
  flags: number;
  /** File offset of the record header. */
  offset: number;
  storedLength: number;
  decodedLength: number;
  crc: number;
  /** Whether the stored CRC matches (true until checked when `crcDeferred`). */
  crcOk: boolean;
  /** The CRC is left to the decoder (frameRecords' `deferCrc`), which checks it as it reads. */
  crcDeferred?: boolean;
  /** The stored payload (a view into the image). */
  stored: Uint8Array;
}

/** Record header, described once. */
export function describeRecordHeader(c: Codec, r: RecordFrame): RecordFrame {
  const bit = c.u16(r.bit);
  const version = c.u16(r.version);
  const flags = c.u32(r.flags);
  const storedLength = c.u64n(r.storedLength);
  const decodedLength = c.u64n(r.decodedLength);
  const reserved = c.u32(0);
  const crc = c.u32(r.crc);
  if (c.reading && reserved !== 0) { c.pos -= 8; c.fail(`reserved field is 0x${reserved.toString(16)}, not 0`); }
  return { ...r, bit, version, flags, storedLength, decodedLength, crc };
}

/** CRC32 of a record: over its header's first 28 bytes, then the stored payload. */
export function recordCrc(headerBytes: Uint8Array, stored: Uint8Array): number {
  return crc32(stored, crc32(headerBytes.subarray(0, RECORD_HEADER_LEN - 4)));
}

/** The error for record frame f whose payload's CRC came out as `computed`. */
export function crcMismatch(f: RecordFrame, computed: number): CheckpointError {
  return new CheckpointError('corrupt', `${recordLabel(f.bit)} at offset 0x${f.offset.toString(16)}: checksum mismatch ` +
    `(stored ${hex(f.crc)}, computed ${hex(computed)})`, f.offset);
}

/**
 * Frames every record after the header. `strict` throws on the first problem (restore, check);
 * otherwise checksum mismatches are only flagged (inspect). Truncation always throws. The CRC of
 * the uncompressed record `deferCrc` (a bit) is left to the caller, who checks it while reading
 * the payload (restore: the memory record's pages are checksummed as they are copied, while in
 * the cache) and must report a mismatch before any other problem of that record.
 */
export function frameRecords(image: Uint8Array, h: Header, strict: boolean, deferCrc = -1): RecordFrame[] {
  const out: RecordFrame[] = [];
  let off = h.headerLength;
  for (let bit = 0; bit < 64; bit++) {
    if (!((h.recordMask >> BigInt(bit)) & 1n)) continue;
    const label = recordLabel(bit);
    if (off + RECORD_HEADER_LEN > image.length) {
      throw new CheckpointError('corrupt', `${label} at offset 0x${off.toString(16)}: the image is truncated ` +
        `(${image.length} bytes; the record header needs ${RECORD_HEADER_LEN})`, off);
    }
    const hb = image.subarray(off, off + RECORD_HEADER_LEN);
    const c = new Codec('read', hb, h.littleEndian, label, off);
    const r = describeRecordHeader(c, { offset: off } as RecordFrame);
    const at = `${label} at offset 0x${off.toString(16)}`;
    if (r.bit !== bit) {
      throw new CheckpointError('corrupt', `${at}: the record header says bit ${r.bit}, expected ${bit}`, off);
    }
    const start = off + RECORD_HEADER_LEN;
    if (r.storedLength > image.length - start) {
      throw new CheckpointError('corrupt', `${at}: payload length ${r.storedLength} exceeds the ` +
        `${image.length - start} byte(s) left in the image (truncated?)`, off);
    }
    const stored = image.subarray(start, start + r.storedLength);
    r.stored = stored;
    if (bit === deferCrc && !(r.flags & RF_DEFLATE)) {
      r.crcDeferred = true;
      r.crcOk = true;
    } else {
      const crc = recordCrc(hb, stored);
      r.crcOk = crc === r.crc;
      if (strict && !r.crcOk) throw crcMismatch(r, crc);
    }
    if (strict && r.flags & ~RF_DEFLATE) {
      throw new CheckpointError('unsupported', `${at}: unknown record flags 0x${r.flags.toString(16)}`, off);
    }
    if (strict && !(r.flags & RF_DEFLATE) && r.decodedLength !== r.storedLength) {
      throw new CheckpointError('corrupt', `${at}: decoded length ${r.decodedLength} differs from the stored ` +
        `length ${r.storedLength} of an uncompressed record`, off);
    }
    out.push(r);
    off = start + r.storedLength;
  }
  if (off !== image.length) {
    throw new CheckpointError('corrupt', `offset 0x${off.toString(16)}: ${image.length - off} unexpected byte(s) after the last record`, off);
  }
  return out;
}
