// Loading an executable (and, for a dynamic one, its loader) and building the initial process
// image as Linux does: PT_LOAD segments, the loader at the top of the mmap area, brk after the
// executable's highest segment, and the initial stack (argc, argv, envp,
// auxv, strings, AT_RANDOM bytes, platform strings) with the ABI's initial registers.

import { Machine } from '../cpu/machine.js';
import { PAGE_SIZE } from '../cpu/memory.js';
import { Rng } from '../cpu/rng.js';
import { Spr32, Spr64 } from '../cpu/state.js';
import type { CpuModel } from '../features/models.js';
import { AT } from './abi.js';
import { ElfError, ET_DYN, type ElfImage, PF_R, PF_W, PF_X, PT_LOAD, PT_PHDR } from './elf.js';
import { LinuxProcess, MMAP_BASE, type ProcessConfig, STACK_SIZE, STACK_TOP, GID, UID } from './process.js';

/** Where a static-pie executable is placed. */
export const PIE_BASE = 0x10000000;

export interface ExecOptions {
  argv: string[];
  env: string[];
  seed: number;
}

/** MSR bits for a user process (SF, EE, PR, ME, IR, DR, RI; LE for little-endian). */
function userMsr(is64: boolean, le: boolean): [number, number] {
  return [is64 ? 0x80000000 : 0, 0x8000 | 0x4000 | 0x1000 | 0x20 | 0x10 | 0x2 | (le ? 1 : 0)];
}

/** Lowest address and end of an ELF's PT_LOAD segments, and their largest alignment. */
function loadSpan(elf: ElfImage): { lo: number; hi: number; align: number } {
  let lo = Infinity, hi = 0, align = 1;
  for (const s of elf.segments) {
    if (s.type !== PT_LOAD || s.memsz === 0) continue;
    lo = Math.min(lo, s.vaddr);
    hi = Math.max(hi, s.vaddr + s.memsz);
    align = Math.max(align, s.align);
  }
  return { lo, hi, align };
}

/**
 * Maps an ELF's PT_LOAD segments at `bias` in whole process pages (64 KiB on 64-bit kernels), as
 * the kernel maps them; a page's permissions are the union of the segments touching it. Returns
 * the end of the highest segment. `limit`: segments must end below it.
 */
function mapSegments(m: Machine, elf: ElfImage, bias: number, ps: number, limit: number): number {
  const perms = new Map<number, number>();
  let end = 0;
  for (const s of elf.segments) {
    if (s.type !== PT_LOAD || s.memsz === 0) continue;
    const lo = Math.floor((s.vaddr + bias) / ps) * (ps / PAGE_SIZE);
    const hi = Math.ceil((s.vaddr + bias + s.memsz) / ps) * (ps / PAGE_SIZE);
    if (hi * PAGE_SIZE > limit) throw new ElfError(`segment at 0x${s.vaddr.toString(16)} is outside the supported address range`);
    const prot = (s.flags & PF_R ? 1 : 0) | (s.flags & PF_W ? 2 : 0) | (s.flags & PF_X ? 4 : 0);
    for (let p = lo; p < hi; p++) perms.set(p, (perms.get(p) ?? 0) | prot);
    end = Math.max(end, s.vaddr + bias + s.memsz);
  }
  for (const [p, prot] of perms) m.mem.map(p * PAGE_SIZE, PAGE_SIZE, prot);
  for (const s of elf.segments) {
    if (s.type !== PT_LOAD || s.filesz === 0) continue;
    m.mem.writeBytes(s.vaddr + bias, elf.bytes.subarray(s.offset, s.offset + s.filesz), true);
  }
  return end;
}

export function loadElf(model: CpuModel, elf: ElfImage, cfg: Omit<ProcessConfig, 'is64' | 'pageSize' | 'abiVersion'>, opts: ExecOptions, interp?: ElfImage): LinuxProcess {
  if (elf.interp !== undefined && !interp) throw new ElfError(`'${cfg.execPath}' is dynamically linked: its loader ${elf.interp} was not given`);
  const proc = new LinuxProcess(new Machine(model), processConfig(model, elf, cfg));
  loadImage(proc, elf, opts, interp);
  return proc;
}

/** The layout constants of a process running `elf` on `model`. */
export function processConfig(model: CpuModel, elf: ElfImage, cfg: Omit<ProcessConfig, 'is64' | 'pageSize' | 'abiVersion'>): ProcessConfig {
  const is64 = elf.class64;
  return {
    ...cfg, is64, abiVersion: is64 ? (elf.abiVersion || (elf.littleEndian ? 2 : 1)) : 0,
    pageSize: model.features.has('ppc64') ? 65536 : 4096,
  };
}

/**
 * Builds the process image of `elf` in proc's (fresh) machine: segments, loader, stack, auxv,
 * initial registers. Used at start and by execve.
 */
export function loadImage(proc: LinuxProcess, elf: ElfImage, opts: ExecOptions, interp?: ElfImage): void {
  const m = proc.m, model = m.model, cfg = proc.cfg;
  const is64 = elf.class64;
  proc.exe = elf.bytes;
  const [msrHi, msrLo] = userMsr(is64, elf.littleEndian);
  m.setMsr(msrHi, msrLo);
  m.rng = new Rng(opts.seed);
  // The ROP-protection hash key (hashst/hashchk, ISA 3.1B): Linux gives each process a random one
  // on POWER10; here it derives from the seed without drawing from the guest's random stream.
  if (model.features.has('isa310')) m.st.setSpr64(Spr64.HASHKEYR, new Rng(BigInt(opts.seed) ^ 0x524f50n).next64());

  const bias = elf.type === ET_DYN ? PIE_BASE : 0;
  const ps = proc.cfg.pageSize;
  const end = mapSegments(m, elf, bias, ps, 0xa0000000);
  // The loader goes where the kernel's first mmap would put it: at the top of the mmap area.
  let interpBase = 0;
  if (interp) {
    if (interp.type !== ET_DYN) throw new ElfError(`the loader ${elf.interp} is not a shared object (ET_DYN)`);
    const span = loadSpan(interp);
    const align = Math.max(span.align, ps);
    interpBase = Math.floor((MMAP_BASE - (span.hi - span.lo)) / align) * align - span.lo;
    mapSegments(m, interp, interpBase, ps, MMAP_BASE);
  }
  proc.brkStart = proc.brk = Math.ceil(end / ps) * ps;
  proc.mapTrampoline();

  // The stack.
  m.mem.map(STACK_TOP - STACK_SIZE, STACK_SIZE, 3);
  const g = proc.g, ws = g.wordSize;
  let sp = STACK_TOP;
  const pushBytes = (b: Uint8Array, align = 1) => {
    sp = Math.floor((sp - b.length) / align) * align;
    g.writeBytes(sp, b);
    return sp;
  };
  const cstr = (s: string) => Buffer.from(s + '\0');
  sp -= ws; // end marker
  const execfn = pushBytes(cstr(cfg.execPath));
  const envPtrs = opts.env.map((e) => pushBytes(cstr(e)));
  const argPtrs = opts.argv.map((a) => pushBytes(cstr(a)));
  const platform = pushBytes(cstr(model.platform));
  const basePlatform = pushBytes(cstr(model.basePlatform));
  const random = new Uint8Array(16);
  m.rng.fill(random);
  const randomAddr = pushBytes(random);
  sp = Math.floor(sp / 16) * 16;

  const phdrSeg = elf.segments.find((s) => s.type === PT_PHDR);
  const phdr = phdrSeg ? phdrSeg.vaddr + bias : firstLoadAddr(elf) + elf.phoff + bias;
  const entry = elf.entry + bias;
  const start = interp ? interp.entry + interpBase : entry;
  const startBias = interp ? interpBase : bias;
  const auxv: [number, number][] = [
    [AT.IGNOREPPC, AT.IGNOREPPC], [AT.IGNOREPPC, AT.IGNOREPPC],
    [AT.DCACHEBSIZE, model.dcacheLine], [AT.ICACHEBSIZE, model.icacheLine], [AT.UCACHEBSIZE, 0],
    [AT.HWCAP, model.hwcap >>> 0], [AT.PAGESZ, ps], [AT.CLKTCK, 100], [AT.PHDR, phdr],
    [AT.PHENT, elf.phentsize], [AT.PHNUM, elf.phnum], [AT.BASE, interpBase], [AT.FLAGS, 0], [AT.ENTRY, entry],
    [AT.UID, UID], [AT.EUID, UID], [AT.GID, GID], [AT.EGID, GID], [AT.SECURE, 0],
    [AT.RANDOM, randomAddr], [AT.HWCAP2, model.hwcap2 >>> 0], [AT.EXECFN, execfn],
    [AT.PLATFORM, platform], [AT.BASE_PLATFORM, basePlatform], [AT.MINSIGSTKSZ, is64 ? 8192 : 2048],
    [AT.NULL, 0],
  ];
  const words = 1 + argPtrs.length + 1 + envPtrs.length + 1 + 2 * auxv.length;
  sp = Math.floor((sp - words * ws) / 16) * 16;
  let p = sp;
  const put = (v: number) => { g.wword(p, v); p += ws; };
  put(opts.argv.length);
  argPtrs.forEach(put); put(0);
  envPtrs.forEach(put); put(0);
  for (const [k, v] of auxv) { put(k); put(v); }
  proc.argv = opts.argv;
  proc.env = opts.env;
  proc.auxv = auxv;

  // Initial registers (arch/powerpc/kernel/process.c, start_thread): VSCR[NJ] is set.
  m.s32[Spr32.VSCR] = 0x00010000;
  m.st.setGpr(1, BigInt(sp));
  // Execution starts in the loader when there is one (AT_ENTRY tells it the program's entry).
  let pc = start;
  if (is64 && proc.cfg.abiVersion !== 2) {
    // ELFv1: the entry point is a function descriptor {entry, TOC, env}; in a position-
    // independent executable (or the loader) its values are link-time addresses, relocated by
    // the load bias here as the kernel's start_thread does.
    pc = g.word(start) + startBias;
    m.st.setGpr(2, g.u64(start + 8) + BigInt(startBias));
  } else if (is64) {
    m.st.setGpr(12, BigInt(start));
  }
  m.pc = m.nia = pc;
  m.st.setSpr64(Spr64.NIA, BigInt(pc));
}

function firstLoadAddr(elf: ElfImage): number {
  const s = elf.segments.find((x) => x.type === PT_LOAD && x.offset === 0);
  return s ? s.vaddr : 0;
}
