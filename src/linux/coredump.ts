// ELF core files as Linux writes them (fs/binfmt_elf.c) for a PowerPC process: ET_CORE with a
// PT_NOTE segment (NT_PRSTATUS with the ABI's pt_regs, NT_PRPSINFO, NT_AUXV, NT_FILE, then the
// register sets the process has state for: NT_PRFPREG, NT_PPC_VMX, NT_PPC_VSX, NT_PPC_SPE,
// NT_PPC_TAR/PMU/PPR/DSCR) and one PT_LOAD per mapping. Struct layouts are the kernel's for the
// process's word size (elf_prstatus: 268 / 504 bytes; elf_prpsinfo: 128 / 136) in its byte order.
// Pages never written are left as holes (the file is sparse), as the kernel's dump skips them.

import * as fs from 'node:fs';
import { resolve } from 'node:path';
import { PAGE_SIZE } from '../cpu/memory.js';
import { Spr32, Spr64 } from '../cpu/state.js';
import { EM_PPC, EM_PPC64, ET_DYN, PF_R, PF_W, PF_X, PT_LOAD, parseElf } from './elf.js';
import { PIE_BASE } from './loader.js';
import { GID, type LinuxProcess, PID, UID } from './process.js';

const ET_CORE = 4, PT_NOTE = 4;
export const NT = {
  PRSTATUS: 1, PRFPREG: 2, PRPSINFO: 3, AUXV: 6, FILE: 0x46494c45,
  PPC_VMX: 0x100, PPC_SPE: 0x101, PPC_VSX: 0x102, PPC_TAR: 0x103, PPC_PPR: 0x104, PPC_DSCR: 0x105,
  PPC_PMU: 0x107,
} as const;
/** pt_regs slots (arch/powerpc/include/uapi/asm/ptrace.h): gpr[32], nip, msr, orig_gpr3, ctr, link, xer, ccr, mq/softe, trap, dar. */
const PT_NIP = 32, PT_MSR = 33, PT_ORIG_R3 = 34, PT_CTR = 35, PT_LNK = 36, PT_XER = 37, PT_CCR = 38, PT_TRAP = 40;
const ELF_NGREG = 48;
/** The interrupt vector that raised each fatal signal (pt_regs.trap). */
const TRAP_OF: Record<number, number> = { 11: 0x300, 7: 0x600, 4: 0x700, 5: 0x700, 8: 0x700 };

/** A growable little buffer writer in the process's byte order and word size. */
class Out {
  private b = Buffer.alloc(256);
  n = 0;
  constructor(readonly le: boolean, readonly ws: 4 | 8) {}
  private room(k: number): void {
    if (this.n + k > this.b.length) this.b = Buffer.concat([this.b, Buffer.alloc(Math.max(k, this.b.length))]);
  }
  u8(v: number): this { this.room(1); this.b[this.n++] = v & 0xff; return this; }
  u16(v: number): this { this.room(2); if (this.le) this.b.writeUInt16LE(v & 0xffff, this.n); else this.b.writeUInt16BE(v & 0xffff, this.n); this.n += 2; return this; }
  u32(v: number): this { this.room(4); if (this.le) this.b.writeUInt32LE(v >>> 0, this.n); else this.b.writeUInt32BE(v >>> 0, this.n); this.n += 4; return this; }
  u64(v: bigint | number): this {
    this.room(8);
    const x = BigInt.asUintN(64, BigInt(v));
    if (this.le) this.b.writeBigUInt64LE(x, this.n); else this.b.writeBigUInt64BE(x, this.n);
    this.n += 8;
    return this;
  }
  /** A C long / pointer. */
  word(v: bigint | number): this { return this.ws === 8 ? this.u64(v) : this.u32(Number(BigInt.asUintN(32, BigInt(v)))); }
  bytes(d: Uint8Array): this { this.room(d.length); this.b.set(d, this.n); this.n += d.length; return this; }
  zeros(k: number): this { this.room(k); this.b.fill(0, this.n, this.n + k); this.n += k; return this; }
  align(a: number): this { return this.zeros((a - (this.n % a)) % a); }
  done(): Buffer { return this.b.subarray(0, this.n); }
}

export interface CoreOptions {
  /** The fatal signal (0 for a core made from an image without one). */
  signo?: number;
}

/** The register notes for the state the process has (the units it used, the model's SPRs). */
function registerNotes(p: LinuxProcess, le: boolean, ws: 4 | 8): [number, Buffer][] {
  const m = p.m, st = m.st;
  const units = m.usedUnits();
  const notes: [number, Buffer][] = [];
  const o = () => new Out(le, ws);
  if (units.has('fp') || units.has('vsx')) {
    const f = o();
    for (let i = 0; i < 32; i++) f.u64(st.vsrU64[2 * i]);
    notes.push([NT.PRFPREG, f.u64(st.getSpr64(Spr64.FPSCR)).done()]);
  }
  if (units.has('vmx') || units.has('vsx')) {
    const v = o();
    for (let i = 0; i < 32; i++) {
      const b = st.getVsrBytesBE(32 + i);
      v.bytes(le ? b.reverse() : b);
    }
    // 34 quadwords: VSCR in the last word of the 33rd (BE) or its first (LE), VRSAVE first in the 34th
    if (le) v.u32(m.s32[Spr32.VSCR]).zeros(12); else v.zeros(12).u32(m.s32[Spr32.VSCR]);
    notes.push([NT.PPC_VMX, v.u32(m.s32[Spr32.VRSAVE]).zeros(12).done()]);
  }
  if (units.has('vsx')) {
    const x = o();
    for (let i = 0; i < 32; i++) x.u64(st.vsrU64[2 * i + 1]);
    notes.push([NT.PPC_VSX, x.done()]);
  }
  if (units.has('spe')) {
    const s = o();
    for (let i = 0; i < 32; i++) s.u32(st.speHi[i]);
    notes.push([NT.PPC_SPE, s.u64(st.getSpr64(Spr64.ACC)).u32(m.s32[Spr32.SPEFSCR]).done()]);
  }
  const feats = m.model.features;
  if (feats.has('tar')) {
    notes.push([NT.PPC_TAR, o().u64(st.getSpr64(Spr64.TAR)).done()]);
    // ISA 2.07 kernels also dump the user PMU registers (SIER, MMCR2, MMCR0, SIAR, SDAR); they
    // are not modelled (zero), but gdb wants the note to show TAR
    notes.push([NT.PPC_PMU, o().zeros(40).done()]);
  }
  if (feats.has('dscr')) {
    notes.push([NT.PPC_PPR, o().u64(st.getSpr64(Spr64.PPR)).done()]);
    notes.push([NT.PPC_DSCR, o().u64(st.getSpr64(Spr64.DSCR)).done()]);
  }
  return notes;
}

function prstatus(p: LinuxProcess, signo: number, le: boolean, ws: 4 | 8): Buffer {
  const m = p.m, st = m.st;
  const o = new Out(le, ws);
  o.u32(signo).u32(0).u32(0).u16(signo).align(ws); // pr_info (signo, code, errno), pr_cursig
  o.word(0).word(p.blocked & (ws === 8 ? 0xffffffffffffffffn : 0xffffffffn)); // pr_sigpend, pr_sighold
  o.u32(PID).u32(1).u32(PID).u32(PID); // pid, ppid, pgrp, sid
  o.zeros(4 * 2 * ws); // utime, stime, cutime, cstime
  const regs = new Array<bigint>(ELF_NGREG).fill(0n);
  for (let i = 0; i < 32; i++) regs[i] = st.getGpr(i);
  regs[PT_NIP] = BigInt(m.pc);
  regs[PT_MSR] = st.getSpr64(Spr64.MSR);
  regs[PT_ORIG_R3] = st.getGpr(3);
  regs[PT_CTR] = st.getSpr64(Spr64.CTR);
  regs[PT_LNK] = st.getSpr64(Spr64.LR);
  regs[PT_XER] = BigInt(m.s32[Spr32.XER]);
  regs[PT_CCR] = BigInt(m.s32[Spr32.CR]);
  regs[PT_TRAP] = BigInt(TRAP_OF[signo] ?? 0);
  for (const r of regs) o.word(r);
  return o.u32(1).align(ws).done(); // pr_fpvalid
}

function prpsinfo(p: LinuxProcess, le: boolean, ws: 4 | 8): Buffer {
  const o = new Out(le, ws);
  o.u8(0).u8('R'.charCodeAt(0)).u8(0).u8(0).align(ws).word(0); // state, sname, zomb, nice, flag
  o.u32(UID).u32(GID).u32(PID).u32(1).u32(PID).u32(PID);
  const name = Buffer.alloc(16);
  Buffer.from(p.cfg.execPath.slice(p.cfg.execPath.lastIndexOf('/') + 1)).copy(name, 0, 0, 15);
  const args = Buffer.alloc(80);
  Buffer.from(p.argv.join(' ')).copy(args, 0, 0, 79);
  return o.bytes(name).bytes(args).align(ws).done();
}

/** NT_FILE: the executable's file-backed mappings, when the executable can be read here. */
function fileNote(p: LinuxProcess, le: boolean, ws: 4 | 8): Buffer {
  const entries: [number, number, number][] = [];
  const path = resolve(p.cfg.execPath);
  const ps = p.cfg.pageSize;
  try {
    const elf = parseElf(fs.readFileSync(path));
    const bias = elf.type === ET_DYN ? PIE_BASE : 0;
    for (const s of elf.segments) {
      if (s.type !== PT_LOAD || s.filesz === 0) continue;
      const start = Math.floor((s.vaddr + bias) / ps) * ps;
      entries.push([start, Math.ceil((s.vaddr + bias + s.filesz) / ps) * ps, Math.floor(s.offset / ps)]);
    }
  } catch { /* not readable here: no file-backed mappings are named */ }
  const o = new Out(le, ws).word(entries.length).word(ps);
  for (const [a, b, off] of entries) o.word(a).word(b).word(off);
  for (let i = 0; i < entries.length; i++) o.bytes(Buffer.from(`${path}\0`));
  return o.done();
}

/** Writes the core file of process `p` to `file` (a temporary file renamed over it when complete). */
export function writeCore(p: LinuxProcess, file: string, opts: CoreOptions = {}): void {
  const m = p.m, is64 = p.cfg.is64, le = m.mem.le, ws = is64 ? 8 : 4;
  const signo = opts.signo ?? 0;
  const auxv = new Out(le, ws);
  for (const [k, v] of p.auxv) auxv.word(k).word(v);
  const notes: [number, Buffer][] = [
    [NT.PRSTATUS, prstatus(p, signo, le, ws)], [NT.PRPSINFO, prpsinfo(p, le, ws)], [NT.AUXV, auxv.done()],
    [NT.FILE, fileNote(p, le, ws)], ...registerNotes(p, le, ws),
  ];
  const noteSeg = new Out(le, ws);
  for (const [type, desc] of notes) {
    // the kernel names its own register sets' notes "LINUX" (the classic ones, NT_PRFPREG included, "CORE")
    const name = type >= NT.PPC_VMX && type <= NT.PPC_PMU ? 'LINUX\0' : 'CORE\0';
    noteSeg.u32(name.length).u32(desc.length).u32(type).bytes(Buffer.from(name)).align(4).bytes(desc).align(4);
  }
  // mappings: maximal runs of pages with one permission
  const maps: [number, number, number][] = [];
  for (const pg of m.mem.mappedPages()) {
    const prot = m.mem.pageProt(pg), last = maps[maps.length - 1];
    if (last && last[0] + last[1] === pg * PAGE_SIZE && last[2] === prot) last[1] += PAGE_SIZE;
    else maps.push([pg * PAGE_SIZE, PAGE_SIZE, prot]);
  }
  const ehsize = is64 ? 64 : 52, phentsize = is64 ? 56 : 32, phnum = 1 + maps.length;
  const noteOff = ehsize + phnum * phentsize;
  let dataOff = Math.ceil((noteOff + noteSeg.n) / PAGE_SIZE) * PAGE_SIZE;
  const h = new Out(le, ws);
  h.bytes(Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, is64 ? 2 : 1, le ? 1 : 2, 1, 0])).zeros(8);
  h.u16(ET_CORE).u16(is64 ? EM_PPC64 : EM_PPC).u32(1).word(0).word(ehsize).word(0);
  h.u32(is64 ? p.cfg.abiVersion : 0).u16(ehsize).u16(phentsize).u16(phnum).u16(0).u16(0).u16(0);
  const phdr = (type: number, flags: number, off: number, vaddr: number, size: number, align: number) => {
    if (is64) h.u32(type).u32(flags).u64(off).u64(vaddr).u64(0).u64(size).u64(size).u64(align);
    else h.u32(type).u32(off).u32(vaddr).u32(0).u32(size).u32(size).u32(flags).u32(align);
  };
  phdr(PT_NOTE, 0, noteOff, 0, noteSeg.n, 4);
  const placed: [number, number][] = [];
  for (const [addr, len, prot] of maps) {
    phdr(PT_LOAD, (prot & 1 ? PF_R : 0) | (prot & 2 ? PF_W : 0) | (prot & 4 ? PF_X : 0), dataOff, addr, len, PAGE_SIZE);
    placed.push([addr, dataOff]);
    dataOff += len;
  }
  const tmp = `${file}.${process.pid}.tmp`;
  const fd = fs.openSync(tmp, 'w', 0o600);
  let ok = false;
  try {
    fs.writeSync(fd, h.done(), 0, h.n, 0);
    fs.writeSync(fd, noteSeg.done(), 0, noteSeg.n, noteOff);
    maps.forEach(([addr, len], k) => {
      for (let a = addr; a < addr + len; a += PAGE_SIZE) {
        const d = m.mem.pageData(a / PAGE_SIZE);
        if (d) fs.writeSync(fd, d, 0, PAGE_SIZE, placed[k][1] + (a - addr));
      }
    });
    fs.ftruncateSync(fd, dataOff);
    ok = true;
  } finally {
    fs.closeSync(fd);
    if (!ok) fs.rmSync(tmp, { force: true });
  }
  fs.renameSync(tmp, file);
}
