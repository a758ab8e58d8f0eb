// `ppcemu inspect`: what an image holds, as text or JSON. Framing problems other than truncation
// are reported per record (checksum status) rather than stopping at the first one.

import { featuresFromMask } from '../features/features.js';
import { hwcapNames } from '../features/hwcap.js';
import { PAGE_SIZE } from '../cpu/memory.js';
import { CheckpointError } from './errors.js';
import { HEADER_LEN, LAYOUT, MODE_LE, MODE_PROC64, MODE_SF, RECORD_NAMES, RF_DEFLATE, UNIT_BITS, frameRecords, readHeader } from './format.js';
import { armedCiabr, armedIacs, dataWatches } from '../cpu/debugregs.js';
import { decodeImage } from './image.js';
import { type Ctx, RECORDS, versionProblem } from './records.js';

export interface ImageInfo {
  size: number;
  format: { version: number; byteOrder: 'little' | 'big'; headerLength: number; headerCrc: string };
  layout: Record<string, number>;
  source: { cpu: string; pvr: string; features: string[]; hwcap: string; hwcap2: string; hwcapNames: string[]; hwcap2Names: string[] };
  mode: { sixtyFourBitMode: boolean; littleEndian: boolean; process64: boolean };
  instructions: number;
  usedUnits: string[];
  usedFeatures: string[];
  recordMask: string;
  records: {
    bit: number; name: string; version: number; versionSupported: boolean; offset: number; storedLength: number;
    decodedLength: number; compressed: boolean; crc: string; checksum: 'ok' | 'BAD';
  }[];
  memory?: { mappings: { addr: string; size: number; prot: string }[]; mappedBytes: number; storedPages: number; storedBytes: number };
  process?: { argv: string[]; env: string[]; brk: string; cwd: string; fsRoot?: string; sysroot?: string;
    /** `det`: guest time came from the instruction count (deterministic); `host`: from the host's clocks. */
    clock: string; fds: { fd: number; kind: string; path?: string }[]; pendingSignals: number[] };
  /** Armed debug facilities: data watches (DABR, DAWR0/1, DACs) and instruction breakpoints (IACs, CIABR). */
  debug?: { watches: { regs: string; addr: string; len: number; access: string }[]; iacs: { iac: number; addr: string }[]; ciabr?: string };
  /** An incremental image: its parent (as recorded), its own pages, and the checked chain of ancestors. */
  incremental?: {
    parent: string; parentSize: number; parentCrc: string; ownPages: number; zeroPages: number;
    chain: { file: string; instructions: number }[];
  };
  /** Every thread (tid order): the running one's registers are the top-level records. */
  threads?: {
    tid: number; running: boolean; pc: string; state: string; records: string[]; blocked: string; pendingSignals: number[];
  }[];
  /** Set when the image cannot be restored as it is (the first problem found). */
  error?: string;
}

const hex = (v: number | bigint, w = 8) => `0x${v.toString(16).padStart(w, '0')}`;
const protStr = (p: number) => `${p & 1 ? 'r' : '-'}${p & 2 ? 'w' : '-'}${p & 4 ? 'x' : '-'}`;

/** Throws CheckpointError when even the header or the record framing cannot be read. */
export function inspectImage(bytes: Uint8Array, path?: string): ImageInfo {
  const h = readHeader(bytes);
  const frames = frameRecords(bytes, h, false);
  const names = hwcapNames(h.hwcap, h.hwcap2);
  const info: ImageInfo = {
    size: bytes.length,
    format: { version: h.version, byteOrder: h.littleEndian ? 'little' : 'big', headerLength: h.headerLength, headerCrc: hex(h.crc) },
    layout: Object.fromEntries(LAYOUT.map(([n], i) => [n, h.layout[i]])),
    source: {
      cpu: h.cpuName, pvr: hex(h.pvr), features: featuresFromMask(h.cpuFeatures), hwcap: hex(h.hwcap), hwcap2: hex(h.hwcap2),
      hwcapNames: names.hwcap, hwcap2Names: names.hwcap2,
    },
    mode: { sixtyFourBitMode: (h.mode & MODE_SF) !== 0, littleEndian: (h.mode & MODE_LE) !== 0, process64: (h.mode & MODE_PROC64) !== 0 },
    instructions: h.icount,
    usedUnits: Object.entries(UNIT_BITS).filter(([, b]) => h.usedUnits & b).map(([u]) => u),
    usedFeatures: featuresFromMask(h.usedFeatures),
    recordMask: hex(h.recordMask, 16),
    records: frames.map((f) => ({
      bit: f.bit, name: RECORD_NAMES[f.bit], version: f.version, versionSupported: versionProblem(RECORDS[f.bit], f.version) === undefined,
      offset: f.offset, storedLength: f.storedLength, decodedLength: f.decodedLength,
      compressed: (f.flags & RF_DEFLATE) !== 0, crc: hex(f.crc), checksum: f.crcOk ? 'ok' : 'BAD',
    })),
  };
  try {
    const d = decodeImage(bytes, { path });
    const ref = d.ctx.parent;
    if (ref) {
      info.incremental = {
        parent: ref.name, parentSize: ref.size, parentCrc: hex(ref.crc), ownPages: d.ctx.pages?.length ?? 0,
        zeroPages: ref.zeroPages.length, chain: d.chain.map((c) => ({ file: c.file, instructions: c.icount })),
      };
    }
    const watches = dataWatches(d.proc.m), iacs = armedIacs(d.proc.m), ciabr = armedCiabr(d.proc.m);
    if (watches.length || iacs.length || ciabr !== undefined) {
      info.debug = {
        watches: watches.map((w) => ({ regs: w.regs, addr: hex(w.addr), len: w.len, access: `${w.read ? 'r' : ''}${w.write ? 'w' : ''}` })),
        iacs: iacs.map(([i, a]) => ({ iac: i + 1, addr: hex(a) })),
        ...(ciabr !== undefined ? { ciabr: hex(ciabr) } : {}),
      };
    }
    const mem = d.proc.m.mem;
    const maps: { addr: string; size: number; prot: string }[] = [];
    let start = -1, end = -1, prot = -1, mapped = 0, stored = 0;
    const flush = () => { if (start >= 0) maps.push({ addr: hex(start * PAGE_SIZE), size: (end - start) * PAGE_SIZE, prot: protStr(prot) }); };
    for (const p of mem.mappedPages()) {
      const pr = mem.pageProt(p);
      mapped += PAGE_SIZE;
      if (mem.pageData(p)) stored++;
      if (p === end && pr === prot) end++;
      else { flush(); start = p; end = p + 1; prot = pr; }
    }
    flush();
    info.memory = { mappings: maps, mappedBytes: mapped, storedPages: stored, storedBytes: stored * PAGE_SIZE };
    const pr = d.proc;
    info.process = {
      argv: pr.argv, env: pr.env, brk: hex(pr.brk), cwd: pr.files.cwd, clock: pr.cfg.clock ?? 'det',
      ...(pr.cfg.fsRoot ? { fsRoot: pr.cfg.fsRoot } : {}), ...(pr.cfg.sysroot ? { sysroot: pr.cfg.sysroot } : {}),
      fds: pr.fds.fds.flatMap((f, fd) => (f ? [{ fd, kind: f.kind, ...(f.host ? { path: f.host.guestPath } : {}) }] : [])),
      pendingSignals: pr.pending.map((p) => p.signo),
    };
    const ts = pr.threads;
    const running = ts.cur;
    info.threads = ts.list.map((t) => ts.withThread(t, () => {
      const x: Ctx = { ...d.ctx, niac: 0, ndac: 0 };
      const w = t.wait;
      const until = w?.deadline !== undefined ? ` until ${w.deadline} ns` : '';
      return {
        tid: t.tid, running: t === running, pc: hex(d.proc.m.pc),
        state: t === running ? 'running' : !w ? 'runnable' : w.kind === 'futex' ? `futex wait at ${hex(w.addr)}${until}` : `sleeping${until}`,
        records: RECORDS.filter((r) => r.perThread && r.present(x)).map((r) => r.name),
        blocked: hex(t.blocked, 16), pendingSignals: t.pending.map((p) => p.signo),
      };
    }));
  } catch (e) {
    if (!(e instanceof CheckpointError)) throw e;
    if (e.kind !== 'refused') info.error = e.message;
  }
  return info;
}

function mib(n: number): string {
  return n >= 1 << 20 ? `${(n / (1 << 20)).toFixed(1)} MiB` : `${(n / 1024).toFixed(1)} KiB`;
}

export function formatInspect(file: string, i: ImageInfo): string {
  const L: string[] = [];
  L.push(`image: ${file} (${i.size} bytes)`);
  L.push(`format: version ${i.format.version}, ${i.format.byteOrder}-endian, header ${i.format.headerLength} bytes (of ${HEADER_LEN}), header CRC32 ${i.format.headerCrc} ok`);
  L.push(`layout: ${Object.entries(i.layout).map(([k, v]) => `${k}=${v}`).join(' ')}`);
  L.push(`source CPU: ${i.source.cpu} (PVR ${i.source.pvr})`);
  L.push(`  features: ${i.source.features.join(' ')}`);
  L.push(`  AT_HWCAP  ${i.source.hwcap} ${i.source.hwcapNames.join(' ')}`);
  L.push(`  AT_HWCAP2 ${i.source.hwcap2} ${i.source.hwcap2Names.join(' ')}`);
  L.push(`mode: ${i.mode.sixtyFourBitMode ? '64-bit' : '32-bit'} mode, ${i.mode.littleEndian ? 'little' : 'big'}-endian, ${i.mode.process64 ? '64' : '32'}-bit process`);
  L.push(`instructions executed: ${i.instructions}`);
  L.push(`used units: ${i.usedUnits.join(' ') || '(none: integer only)'}`);
  L.push(`used ISA categories: ${i.usedFeatures.join(' ')}`);
  L.push(`records (bitmask ${i.recordMask}):`);
  for (const r of i.records) {
    L.push(`  bit ${String(r.bit).padEnd(2)} ${r.name.padEnd(12)} v${r.version}${r.versionSupported ? '' : ' (unsupported)'}  ` +
      `offset ${hex(r.offset)}  ${r.storedLength} bytes${r.compressed ? ` (deflated from ${r.decodedLength})` : ''}  crc ${r.crc} ${r.checksum}`);
  }
  if (i.debug) {
    const parts = [...i.debug.watches.map((w) => `${w.regs} watches ${w.addr}+${w.len} (${w.access})`),
      ...i.debug.iacs.map((x) => `IAC${x.iac} at ${x.addr}`), ...(i.debug.ciabr ? [`CIABR at ${i.debug.ciabr}`] : [])];
    L.push(`armed debug registers: ${parts.join(', ')}`);
  }
  if (i.incremental) {
    const n = i.incremental;
    L.push(`incremental: parent ${n.parent} (${n.parentSize} bytes, CRC32 ${n.parentCrc}); ${n.ownPages} pages stored here, ${n.zeroPages} zeroed`);
    L.push(`  chain: ${n.chain.map((c) => `${c.file} (${c.instructions} instructions)`).join(' <- ')}`);
  }
  if (i.memory) {
    L.push(`memory: ${i.memory.mappings.length} mappings, ${mib(i.memory.mappedBytes)} mapped, ${i.memory.storedPages} non-zero pages ${i.incremental ? 'with the chain\'s' : 'stored'} (${mib(i.memory.storedBytes)})`);
    for (const m of i.memory.mappings) L.push(`  ${m.addr} ${String(m.size).padStart(10)} ${m.prot}`);
  }
  if (i.process) {
    L.push(`process: argv ${JSON.stringify(i.process.argv)}, brk ${i.process.brk}, pending signals [${i.process.pendingSignals.join(', ')}]`);
    const roots = [i.process.fsRoot && `fs root ${i.process.fsRoot}`, i.process.sysroot && `sysroot ${i.process.sysroot}`].filter(Boolean);
    L.push(`  cwd ${i.process.cwd}${roots.length ? `, ${roots.join(', ')}` : ''}`);
    L.push(`  clock: ${i.process.clock === 'host' ? 'host (real time: this run is not deterministic)' : 'det (guest time from the instruction count: deterministic)'}`);
    L.push(`  fds: ${i.process.fds.map((f) => `${f.fd}:${f.kind}${f.path ? `(${f.path})` : ''}`).join(' ')}`);
  }
  if (i.threads) {
    L.push(`threads: ${i.threads.length}`);
    for (const t of i.threads) {
      L.push(`  thread ${t.tid} ${t.state}, pc ${t.pc}, records ${t.records.join(' ')}, blocked signals ${t.blocked}` +
        `${t.pendingSignals.length ? `, pending [${t.pendingSignals.join(', ')}]` : ''}`);
    }
  }
  if (i.error) L.push(`error: ${i.error}`);
  return L.join('\n') + '\n';
}
