// The library API: checkpoint a process to bytes, and restore bytes into a new process for a given
// CPU model: validate everything, check the target, and only then build what runs.

import * as fs from 'node:fs';
import { dirname, join } from 'node:path';
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import { armedCiabr, dataWatches, moveDataWatches } from '../cpu/debugregs.js';
import { Machine } from '../cpu/machine.js';
import { PAGE_SIZE } from '../cpu/memory.js';
import { featureMask, featuresFromMask, FEATURE_BIT, unitOf } from '../features/features.js';
import { type CpuModel, findModel, modelByPvr } from '../features/models.js';
import { unknownModelMessage } from '../features/select.js';
import { AT } from '../linux/abi.js';
import { fileKey } from '../linux/locks.js';
import type { StdStreams } from '../linux/files.js';
import { errnoText } from '../linux/fs.js';
import type { LinuxProcess } from '../linux/process.js';
import { Codec } from './codec.js';
import { compatibility, type CpuCompat, type ImageFacts, type Verdict } from './compat.js';
import { CheckpointError, RefusedError } from './errors.js';
import {
  Bit, FORMAT_VERSION, HEADER_LEN, type Header, LAYOUT, MODE_LE, MODE_PROC64, MODE_SF, RECORD_HEADER_LEN,
  type RecordFrame, RF_DEFLATE, UNIT_BITS, crcMismatch, describeRecordHeader, frameRecords, readHeader, recordCrc, recordLabel,
  writeHeader,
} from './format.js';
import { type Ctx, RECORDS, versionProblem } from './records.js';

export interface CheckpointOptions {
  /** Deflate the MEMORY record (smaller, slower). */
  compress?: boolean;
  /** Byte order of the image (default little-endian). */
  bigEndian?: boolean;
  /**
   * An incremental image: only the pages written since `parent` was taken (the memory's dirty
   * set, Memory.trackDirty() at the parent) are stored; the rest come from the parent, found as
   * `name` next to the new image and identified by its bytes' size and CRC32.
   */
  parent?: { name: string; bytes: Uint8Array };
}

/** Longest chain of parents followed. */
const MAX_CHAIN = 1000;

const EMPTY = new Uint8Array(0);

/** Takes a checkpoint of a process (its machine included) at the current instruction boundary. */
export function checkpoint(proc: LinuxProcess, opts: CheckpointOptions = {}): Uint8Array {
  const m = proc.m;
  const le = !opts.bigEndian;
  const x: Ctx = { m, proc, hostFiles: [], niac: 0, ndac: 0 };
  // An image holds one process: refused while others exist or children wait to be reaped.
  const others = (proc.sys?.live.length ?? 1) - 1 + proc.children.filter((c) => c.zombie).length;
  if (others > 0) {
    throw new CheckpointError('refused', `cannot checkpoint: the program has ${others} other process${others === 1 ? '' : 'es'} (fork); an image holds a single process`);
  }
  if (opts.parent) {
    const dirty = m.mem.dirtyPages();
    if (!dirty) throw new CheckpointError('io', 'an incremental checkpoint needs dirty-page tracking since its parent');
    x.dirty = dirty;
    x.parent = { name: opts.parent.name, size: opts.parent.bytes.length, crc: crc32(opts.parent.bytes), zeroPages: [] };
  }
  const recs = RECORDS.filter((r) => r.present(x));
  // Size every record (measure), then encode straight into the image (no copy of big payloads).
  const parts = recs.map((r) => {
    const c = new Codec('measure', undefined, le, recordLabel(r.bit));
    r.describe(c, x);
    let stored: Uint8Array | undefined;
    if (opts.compress && r.compressible) {
      const raw = new Uint8Array(c.pos);
      r.describe(new Codec('write', raw, le, recordLabel(r.bit)), x);
      stored = deflateRawSync(raw, { level: 1 });
    }
    return { r, decodedLength: c.pos, stored };
  });
  const total = HEADER_LEN + parts.reduce((s, p) => s + RECORD_HEADER_LEN + (p.stored?.length ?? p.decodedLength), 0);
  const out = new Uint8Array(total);
  const msr = m.st.getSpr64(2 /* Spr64.MSR */);
  const aux = (k: number, dflt: number) => proc.auxv.find(([t]) => t === k)?.[1] ?? dflt;
  let units = 0;
  for (const u of m.usedUnits()) units |= UNIT_BITS[u];
  const h: Header = {
    version: FORMAT_VERSION, littleEndian: le, headerLength: HEADER_LEN,
    recordMask: recs.reduce((s, r) => s | (1n << BigInt(r.bit)), 0n),
    layout: LAYOUT.map(([, v]) => v),
    cpuName: m.model.name, pvr: m.model.pvr >>> 0, hwcap: aux(AT.HWCAP, m.model.hwcap) >>> 0,
    hwcap2: aux(AT.HWCAP2, m.model.hwcap2) >>> 0, cpuFeatures: featureMask(m.model.features),
    mode: ((msr >> 63n) & 1n ? MODE_SF : 0) | (msr & 1n ? MODE_LE : 0) | (proc.cfg.is64 ? MODE_PROC64 : 0),
    usedUnits: units, usedFeatures: featureMask(m.usedFeatures()), icount: m.icount, crc: 0,
  };
  writeHeader(out, h);
  let off = HEADER_LEN;
  for (const p of parts) {
    const storedLength = p.stored?.length ?? p.decodedLength;
    const hb = out.subarray(off, off + RECORD_HEADER_LEN);
    const payload = out.subarray(off + RECORD_HEADER_LEN, off + RECORD_HEADER_LEN + storedLength);
    const frame = {
      bit: p.r.bit, version: p.r.version, flags: p.stored ? RF_DEFLATE : 0, storedLength,
      decodedLength: p.decodedLength, crc: 0,
    } as RecordFrame;
    describeRecordHeader(new Codec('write', hb, le, recordLabel(p.r.bit)), frame);
    if (p.stored) {
      payload.set(p.stored);
      frame.crc = recordCrc(hb, payload);
    } else {
      // the CRC is taken as the payload is written (recordCrc's order: header, then payload)
      const c = new Codec('write', payload, le, recordLabel(p.r.bit));
      c.checksum(recordCrc(hb, EMPTY));
      p.r.describe(c, x);
      frame.crc = c.checksum();
    }
    describeRecordHeader(new Codec('write', hb, le, recordLabel(p.r.bit)), frame);
    off += RECORD_HEADER_LEN + storedLength;
  }
  return out;
}

/** Writes bytes to `file` atomically: a temporary file in the same directory, fsync, rename. */
export function writeFileAtomic(file: string, bytes: Uint8Array): void {
  const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/')) || '/' : '.';
  const base = file.slice(file.lastIndexOf('/') + 1);
  const tmp = `${dir}/.${base}.${process.pid}.tmp`;
  let fd: number | undefined;
  try {
    fd = fs.openSync(tmp, 'w', 0o644);
    let done = 0;
    while (done < bytes.length) done += fs.writeSync(fd, bytes, done, Math.min(bytes.length - done, 1 << 30));
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    fs.renameSync(tmp, file);
  } catch (e) {
    if (fd !== undefined) try { fs.closeSync(fd); } catch { /* already failing */ }
    try { fs.unlinkSync(tmp); } catch { /* not created */ }
    throw new CheckpointError('io', `cannot write checkpoint '${file}': ${(e as Error).message}`);
  }
  try { // make the rename durable
    const dfd = fs.openSync(dir, 'r');
    try { fs.fsyncSync(dfd); } finally { fs.closeSync(dfd); }
  } catch { /* directories cannot be fsync'ed on every platform */ }
}

// ---- reading ----------------------------------------------------------------------------------

export interface ParsedImage {
  header: Header;
  frames: RecordFrame[];
}

/** Validates the header and the framing of every record (lengths, checksums, flags). */
export function parseImage(bytes: Uint8Array, strict = true): ParsedImage {
  const header = readHeader(bytes);
  return { header, frames: frameRecords(bytes, header, strict) };
}

/** A record's payload, inflated when stored compressed. */
export function payloadOf(f: RecordFrame): Uint8Array {
  if (!(f.flags & RF_DEFLATE)) return f.stored;
  const at = `${recordLabel(f.bit)} at offset 0x${f.offset.toString(16)}`;
  let out: Buffer;
  try {
    out = inflateRawSync(f.stored, { maxOutputLength: Math.max(1, f.decodedLength) });
  } catch (e) {
    throw new CheckpointError('corrupt', `${at}: compressed payload does not inflate to ${f.decodedLength} bytes (${(e as Error).message})`, f.offset);
  }
  if (out.length !== f.decodedLength) {
    throw new CheckpointError('corrupt', `${at}: compressed payload inflates to ${out.length} bytes, not ${f.decodedLength}`, f.offset);
  }
  return new Uint8Array(out.buffer, out.byteOffset, out.length);
}

export interface RestoreOptions {
  /** CPU model (name, alias or PVR); default: the image's source model. */
  cpu?: string;
  cpuCompat?: CpuCompat;
  streams?: StdStreams;
  fsRoot?: string;
  sysroot?: string;
  strace?: boolean;
  /** The image's file: an incremental image's parent is looked for next to it. */
  path?: string;
  /**
   * Reads an incremental image's parent (default: the file `name` next to `path`); returns its
   * bytes and the path to resolve its own parent against. Throws a message for a missing one.
   */
  readParent?: (name: string, path: string) => { bytes: Uint8Array; path: string };
}

function readParentFile(name: string, path: string): { bytes: Uint8Array; path: string } {
  const file = join(dirname(path), name);
  try {
    return { bytes: fs.readFileSync(file), path: file };
  } catch (e) {
    const why = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'is missing' : `cannot be read (${(e as Error).message})`;
    throw new CheckpointError('io', `the parent image '${file}' of '${path}' ${why}`);
  }
}

export interface Decoded {
  proc: LinuxProcess;
  model: CpuModel;
  header: Header;
  facts: ImageFacts;
  verdict: Verdict;
  ctx: Ctx;
  /** An incremental image's ancestors, nearest first (empty for a full image). */
  chain: { file: string; icount: number }[];
}

/** The model an image restores on by default, or the one named. */
export function targetModel(h: Header, cpu: string | undefined): CpuModel {
  if (cpu !== undefined && cpu !== '') {
    const m = findModel(cpu);
    if (!m) throw new CheckpointError('refused', unknownModelMessage(cpu));
    return m;
  }
  const m = findModel(h.cpuName) ?? modelByPvr(h.pvr);
  if (!m) throw new CheckpointError('refused', `the image's CPU '${h.cpuName}' (PVR 0x${h.pvr.toString(16)}) is unknown to this ppcemu; choose one with --cpu`);
  return m;
}

/**
 * Validates the whole image and decodes it into a new machine and process for the target model,
 * then judges the target. Nothing runs and no host file is opened.
 */
export function decodeImage(bytes: Uint8Array, opts: RestoreOptions = {}, depth = 0): Decoded {
  // the memory record's CRC is taken as its pages are copied (Codec.checksumTo), not beforehand
  const h = readHeader(bytes);
  const frames = frameRecords(bytes, h, true, Bit.MEMORY);
  for (const f of frames) {
    const problem = versionProblem(RECORDS[f.bit], f.version);
    if (problem) throw new CheckpointError('unsupported', `${recordLabel(f.bit)} at offset 0x${f.offset.toString(16)}: ${problem}`, f.offset);
  }
  const model = targetModel(h, opts.cpu);
  const m = new Machine(model);
  const x: Ctx = {
    m, proc: undefined, header: h, streams: opts.streams, strace: opts.strace, fsRoot: opts.fsRoot, sysroot: opts.sysroot,
    hostFiles: [], niac: 0, ndac: 0,
  };
  for (const f of frames) {
    const payload = payloadOf(f);
    const c = new Codec('read', payload, h.littleEndian, recordLabel(f.bit), f.offset + RECORD_HEADER_LEN);
    x.version = f.version;
    if (!f.crcDeferred) {
      RECORDS[f.bit].describe(c, x);
      c.end();
      continue;
    }
    const hb = bytes.subarray(f.offset, f.offset + RECORD_HEADER_LEN);
    c.checksum(recordCrc(hb, EMPTY));
    try {
      RECORDS[f.bit].describe(c, x);
      c.end();
    } catch (e) {
      // damage is reported as such, before what it made the payload say
      const crc = recordCrc(hb, payload);
      if (e instanceof CheckpointError && crc !== f.crc) throw crcMismatch(f, crc);
      throw e;
    }
    const crc = c.checksumTo(payload.length);
    if (crc !== f.crc) throw crcMismatch(f, crc);
  }
  for (const r of RECORDS) if (!frames.some((f) => f.bit === r.bit)) r.absent?.(x);
  const chain = x.parent ? inheritPages(m, x, opts, depth) : [];
  const proc = x.proc!;
  // internal consistency
  const fail = (msg: string) => { throw new CheckpointError('corrupt', `image inconsistent: ${msg}`); };
  if (!proc.cfg.is64) {
    if (m.pc >= 2 ** 32) fail(`a 32-bit process cannot have NIA 0x${m.pc.toString(16)}`);
    for (const p of m.mem.mappedPages()) if (p >= 2 ** 20) fail('a 32-bit process has memory above 4 GiB');
  }
  if (h.mode & MODE_SF && !proc.cfg.is64) fail('a 32-bit process in 64-bit mode');
  const bits = new Set(frames.map((f) => f.bit));
  let units = 0;
  for (const [u, b] of Object.entries(UNIT_BITS)) {
    const used = featuresFromMask(h.usedFeatures).some((f) => unitOf(f) === u);
    if (used) units |= b;
  }
  if (units !== h.usedUnits) fail('the used units contradict the used features');
  if (h.usedUnits & (UNIT_BITS.fp | UNIT_BITS.vsx) && !bits.has(Bit.FP)) fail('FP state was used but record FP is missing');
  if (h.usedUnits & (UNIT_BITS.vmx | UNIT_BITS.vsx) && !bits.has(Bit.VMX)) fail('VMX state was used but record VMX is missing');
  if (h.usedUnits & UNIT_BITS.vsx && !bits.has(Bit.VSX)) fail('VSX state was used but record VSX is missing');
  if (h.usedUnits & UNIT_BITS.spe && !bits.has(Bit.SPE)) fail('SPE state was used but record SPE is missing');
  for (const f of featuresFromMask(h.usedFeatures)) m.used[FEATURE_BIT[f]] = 1;
  // the target must suit every thread: the records of all threads count
  const facts: ImageFacts = {
    header: h, bits: new Set([...bits, ...(x.threadBits ?? [])]), niac: x.niac, ndac: x.ndac, watches: dataWatches(m), ciabr: armedCiabr(m),
  };
  const verdict = compatibility(facts, model, opts.cpuCompat ?? 'warn');
  return { proc, model, header: h, facts, verdict, ctx: x, chain };
}

/** An incremental image's pages that it does not store: from its parent chain (checked first). */
function inheritPages(m: Machine, x: Ctx, opts: RestoreOptions, depth: number): Decoded['chain'] {
  const ref = x.parent!;
  const path = opts.path;
  if (path === undefined) {
    throw new CheckpointError('io', `the image is incremental: its parent '${ref.name}' is found next to its file, so it must be read from one`);
  }
  if (depth >= MAX_CHAIN) throw new CheckpointError('corrupt', `the chain of parent images is longer than ${MAX_CHAIN} (a loop?)`);
  const { bytes, path: file } = (opts.readParent ?? readParentFile)(ref.name, path);
  const crc = crc32(bytes);
  if (bytes.length !== ref.size || crc !== ref.crc) {
    throw new CheckpointError('corrupt', `the parent image '${file}' is not the one '${path}' was taken from ` +
      `(it has ${bytes.length} bytes, CRC32 0x${crc.toString(16).padStart(8, '0')}; recorded: ${ref.size} bytes, ` +
      `CRC32 0x${ref.crc.toString(16).padStart(8, '0')})`);
  }
  let parent: Decoded;
  try {
    parent = decodeImage(bytes, { path: file, readParent: opts.readParent }, depth + 1);
  } catch (e) {
    if (e instanceof CheckpointError && !e.message.startsWith('the parent image')) {
      throw new CheckpointError(e.kind, `the parent image '${file}' of '${path}': ${e.message}`);
    }
    throw e;
  }
  const own = new Set([...(x.pages ?? []), ...ref.zeroPages]);
  const pm = parent.proc.m.mem;
  for (const p of m.mem.mappedPages()) {
    if (own.has(p)) continue;
    const d = pm.isMapped(p * PAGE_SIZE) ? pm.pageData(p) : undefined;
    if (d) m.mem.setPageData(p, d);
  }
  return [{ file, icount: parent.header.icount }, ...parent.chain];
}

export interface Restored {
  proc: LinuxProcess;
  model: CpuModel;
  header: Header;
  warnings: string[];
}

/**
 * Restores an image into a new process ready to run on the target model. Throws CheckpointError
 * (corrupt / unsupported / io) or RefusedError (listing every missing item); never leaves a
 * partially restored process behind.
 */
export function restoreImage(bytes: Uint8Array, opts: RestoreOptions = {}): Restored {
  const d = decodeImage(bytes, opts);
  if (d.verdict.refusals.length) throw new RefusedError(d.model.name, d.verdict.refusals);
  const { proc, model } = d;
  const m = proc.m;
  // a 32-bit target holds 32-bit registers: the upper halves (invisible in 32-bit mode) go
  if (model.bits === 32) {
    m.gh.fill(0);
    for (const r of [0, 1, 4, 5, 6, 7, 13]) m.s64[2 * r] = 0; // LR, CTR, TAR, PPR, DSCR, SPRG3, RESADDR
  }
  moveDataWatches(m);
  // reopen host files last: failures still leave nothing behind
  const opened: number[] = [];
  for (const f of d.ctx.hostFiles) {
    const h = f.host!;
    const r = proc.files.reopen(h.guestPath, f.flags, h.isDir);
    if (typeof r === 'number') {
      for (const fd of opened) fs.closeSync(fd);
      const where = [proc.cfg.fsRoot && `--fs-root ${proc.cfg.fsRoot}`, proc.cfg.sysroot && `--sysroot ${proc.cfg.sysroot}`].filter(Boolean).join(' or ') || 'no --fs-root';
      const fd = proc.fds.fds.indexOf(f);
      throw new CheckpointError('io', `cannot reopen '${h.guestPath}' (descriptor ${fd}) of the image: ${errnoText(-r)} (under ${where})`);
    }
    Object.assign(h, r);
    opened.push(r.fd);
  }
  for (const l of d.ctx.locks ?? []) {
    const f = proc.fds.fds[l.fd]!;
    proc.locks.set(fileKey(f), l.ofd ? f : proc.pid, proc.pid, l.type, l.start, l.end);
  }
  if (!proc.locks.empty) proc.fds.locking = { table: proc.locks, pid: proc.pid };
  return { proc, model, header: d.header, warnings: d.verdict.warnings };
}

/** Library form: restore `bytes` for `modelName` (default: the image's model) with `streams`. */
export function restore(bytes: Uint8Array, modelName?: string, streams?: StdStreams, opts: RestoreOptions = {}): LinuxProcess {
  return restoreImage(bytes, { ...opts, cpu: modelName, streams }).proc;
}

/** The verdict of restoring on `modelName` without running anything (throws for invalid images). */
export function checkImage(bytes: Uint8Array, modelName?: string, policy: CpuCompat = 'warn', path?: string): Verdict & { model: string } {
  const d = decodeImage(bytes, { cpu: modelName, cpuCompat: policy, path });
  return { ...d.verdict, model: d.model.name };
}
