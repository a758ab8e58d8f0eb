// `ppcemu disasm FILE`: objdump -d style listing of an ELF's executable sections (or, without
// section headers, its executable segments), one instruction a line:
//     10000148:	54 69 08 3c 	slwi    r9,r3,1
// Bytes are shown in file order (so little-endian programs show reversed words, as objdump does).
// As objdump does, each block starts with a `<symbol>:` header (the section's name when no symbol
// starts there), branch targets are annotated `<symbol+0xoff>` when the ELF has a symbol table
// (ELFv1 code symbols are the `.name` entry points of the .opd descriptors), addresses are
// printed as wide as the section needs, and runs of two or more zero words are shown as `...`.

import { readFile } from 'node:fs/promises';
import { altSpaceOf } from '../cpu/decode.js';
import { disassemble, type DisasmOptions } from '../cpu/disasm.js';
import type { AltSpace } from '../cpu/isa/table.js';
import { decodeTable } from '../cpu/machine.js';
import { findModel } from '../features/models.js';
import { parseElf, PF_X, PT_LOAD, type ElfImage } from '../linux/elf.js';
import { CliError } from './errors.js';

const SHF_EXECINSTR = 4;
const SHT_PROGBITS = 1;
const SHT_SYMTAB = 2;
const STT_FUNC = 2, STT_SECTION = 3, STT_FILE = 4;
const SHN_UNDEF = 0, SHN_LORESERVE = 0xff00;

interface Region { name: string; addr: number; offset: number; size: number; index: number }

/** A symbol objdump may label code with: address, name, STT_FUNC or not, and ELF binding. */
interface Sym { addr: number; name: string; sec: number; func: boolean; bind: number; synthetic?: boolean }

function codeRegions(elf: ElfImage): Region[] {
  const secs: Region[] = [];
  elf.sections.forEach((s, index) => {
    if (s.type === SHT_PROGBITS && (s.flags & SHF_EXECINSTR) && s.size > 0) {
      secs.push({ name: s.name, addr: s.addr, offset: s.offset, size: s.size, index });
    }
  });
  if (secs.length) return secs;
  return elf.segments
    .filter((p) => p.type === PT_LOAD && (p.flags & PF_X) && p.filesz > 0)
    .map((p, k) => ({ name: `segment ${k}`, addr: p.vaddr, offset: p.offset, size: p.filesz, index: -1 }));
}

/** The symbols of the ELF's .symtab that objdump labels code with (none when stripped). */
function readSymbols(elf: ElfImage): Sym[] {
  const b = elf.bytes;
  const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const le = elf.littleEndian, c64 = elf.class64;
  const u16 = (o: number) => dv.getUint16(o, le);
  const u32 = (o: number) => dv.getUint32(o, le);
  const word = (o: number) => (c64 ? Number(dv.getBigUint64(o, le)) : u32(o));
  const cstr = (o: number) => {
    let e = o;
    while (e < b.length && b[e] !== 0) e++;
    return Buffer.from(b.subarray(o, e)).toString('latin1');
  };
  const symIndex = elf.sections.findIndex((s) => s.type === SHT_SYMTAB);
  if (symIndex < 0) return [];
  const shoff = word(c64 ? 0x28 : 0x20);
  const shentsize = u16(c64 ? 0x3a : 0x2e);
  const link = u32(shoff + symIndex * shentsize + (c64 ? 40 : 24));
  const symtab = elf.sections[symIndex], strtab = elf.sections[link];
  if (!strtab || symtab.offset + symtab.size > b.length) return [];
  const entsize = c64 ? 24 : 16;
  const syms: Sym[] = [];
  const opd = elf.sections.findIndex((s) => s.name === '.opd');
  const elfv1 = c64 && !le && elf.abiVersion !== 2 && opd >= 0;
  const opdSyms = new Map<number, Sym>();
  for (let o = symtab.offset + entsize; o + entsize <= symtab.offset + symtab.size; o += entsize) {
    const nameOff = u32(o);
    const info = b[o + (c64 ? 4 : 12)];
    const shndx = u16(o + (c64 ? 6 : 14));
    const value = c64 ? Number(dv.getBigUint64(o + 8, le)) : u32(o + 4);
    const type = info & 15, bind = info >> 4, func = type === STT_FUNC;
    if (type === STT_SECTION || type === STT_FILE || shndx === SHN_UNDEF || shndx >= SHN_LORESERVE) continue;
    const name = cstr(strtab.offset + nameOff);
    if (!name) continue;
    syms.push({ addr: value, name, sec: shndx, func, bind });
    // ELFv1: a function symbol names its descriptor in .opd; objdump adds `.name` at the entry.
    if (elfv1 && shndx === opd && type === STT_FUNC) {
      const d = elf.sections[opd];
      const at = d.offset + (value - d.addr);
      // One per descriptor, as objdump's synthetic symbols: the first global one in
      // symbol-table order, else the first one.
      const had = opdSyms.get(value);
      if (at >= d.offset && at + 8 <= d.offset + d.size && (!had || (had.bind !== 1 && bind === 1))) {
        const entry = Number(dv.getBigUint64(at, le));
        const sec = elf.sections.findIndex((x) => (x.flags & SHF_EXECINSTR) !== 0 && entry >= x.addr && entry < x.addr + x.size);
        opdSyms.set(value, { addr: entry, name: `.${name}`, sec, func, bind, synthetic: true });
      }
    }
  }
  return syms.concat([...opdSyms.values()]);
}

/** objdump's preference among symbols at one address: real ones over ELFv1 `.name` entries,
 *  then functions, non-locals, globals over weak ones, names not starting with '.', by name. */
function better(a: Sym, b: Sym): number {
  if (!a.synthetic !== !b.synthetic) return a.synthetic ? 1 : -1;
  if (a.func !== b.func) return a.func ? -1 : 1;
  if ((a.bind === 0) !== (b.bind === 0)) return a.bind === 0 ? 1 : -1;
  if ((a.bind === 1) !== (b.bind === 1)) return a.bind === 1 ? -1 : 1;
  if ((a.name[0] === '.') !== (b.name[0] === '.')) return a.name[0] === '.' ? 1 : -1;
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/** Index of the last symbol at or below `addr` (-1 if none) in a list sorted by address. */
function symbolAt(l: Sym[], addr: number): number {
  let lo = 0, hi = l.length - 1, r = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (l[mid].addr <= addr) { r = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return r;
}

/** Of the symbols at the address of l[k], objdump's choice while disassembling section `sec`:
 *  the preferred one in that section, else in a code section, else the preferred one. */
function pick(l: Sym[], k: number, sec: number, isCode: (sec: number) => boolean): Sym {
  while (k > 0 && l[k - 1].addr === l[k].addr) k--;
  let code: Sym | undefined;
  for (let i = k; i < l.length && l[i].addr === l[k].addr; i++) {
    if (l[i].sec === sec) return l[i];
    if (!code && isCode(l[i].sec)) code = l[i];
  }
  return code ?? l[k];
}

function parseAddr(text: string): number {
  const t = text.trim().toLowerCase().replace(/^0x/, '');
  if (!/^[0-9a-f]+$/.test(t)) throw new CliError(`bad address '${text}' (expected hex)`);
  return Number.parseInt(t, 16);
}

export async function disasmCommand(
  file: string,
  opts: { from?: string; count?: number; cpu?: string },
): Promise<number> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(file));
  } catch (e) {
    throw new CliError(`cannot read ${file}: ${(e as Error).message}`);
  }
  let elf: ElfImage;
  try {
    elf = parseElf(bytes);
  } catch (e) {
    throw new CliError(`${file}: ${(e as Error).message}`);
  }
  let alt: AltSpace | undefined;
  if (opts.cpu !== undefined) {
    const model = findModel(opts.cpu);
    if (!model) throw new CliError(`unknown CPU model '${opts.cpu}'`);
    alt = altSpaceOf(model.features);
  } else if (elf.gnuVectorAbi === 3) {
    alt = 'spe';
  }
  const from = opts.from !== undefined ? parseAddr(opts.from) : undefined;
  let left = opts.count ?? Infinity;
  if (opts.count !== undefined && (!Number.isInteger(opts.count) || opts.count < 0)) {
    throw new CliError(`bad instruction count ${opts.count}`);
  }
  const regions = codeRegions(elf);
  if (!regions.length) throw new CliError(`${file}: no executable code`);
  if (from !== undefined && !regions.some((r) => from >= r.addr && from < r.addr + r.size)) {
    throw new CliError(`address ${from.toString(16)} is not in an executable section`);
  }
  let syms: Sym[];
  try {
    syms = readSymbols(elf).sort((a, b) => a.addr - b.addr || better(a, b));
  } catch {
    syms = []; // a malformed symbol table: list the code without names
  }
  const named = (name: string, base: number, t: number) => (t === base ? name : `${name}+0x${(t - base).toString(16)}`);
  let curSec = -1; // the section being listed
  const isCode = (k: number) => ((elf.sections[k]?.flags ?? 0) & SHF_EXECINSTR) !== 0;
  /** Branch target annotation: the nearest symbol at or below `t`, in whatever section. */
  const symbol = (t: number): string | undefined => {
    const k = symbolAt(syms, t);
    if (k < 0) return undefined;
    const s = pick(syms, k, curSec, isCode);
    return named(s.name, s.addr, t);
  };
  const digits = elf.class64 ? 16 : 8;
  const dopts: DisasmOptions = { addrBits: elf.class64 ? 64 : 32, symbol: syms.length ? symbol : undefined };
  const table = decodeTable();
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out: string[] = [];
  const flush = () => {
    if (out.length) process.stdout.write(out.join(''));
    out.length = 0;
  };
  for (const r of regions) {
    if (left <= 0) break;
    if (r.offset + r.size > bytes.length) throw new CliError(`${file}: section ${r.name} lies outside the file`);
    let start = r.addr;
    if (from !== undefined) {
      if (from >= r.addr + r.size) continue;
      start = Math.max(r.addr, from - ((from - r.addr) % 4));
    }
    const end = r.addr + r.size;
    curSec = r.index;
    // objdump drops the leading zeros all of the section's addresses share, in groups of four
    // (keeping at least one), and pads the rest with spaces.
    const endText = end.toString(16).padStart(digits, '0');
    let skip = endText.length - endText.replace(/^0+/, '').length;
    if (skip === endText.length && r.addr !== 0) skip = 0;
    if (skip) skip = (skip - 1) & -4;
    const addrText = (a: number) => {
      const t = a.toString(16).padStart(digits, '0').slice(skip);
      const z = t.length - t.replace(/^0+/, '').length;
      return ' '.repeat(Math.min(z, t.length - 1)) + t.slice(Math.min(z, t.length - 1));
    };
    let next = symbolAt(syms, start) + 1; // the next symbol after the block containing `start`
    out.push(`\nDisassembly of section ${r.name}:\n`);
    let a = start;
    while (a + 4 <= end && left > 0) {
      const blockEnd = next < syms.length && syms[next].addr < end ? syms[next].addr : end;
      const s = next > 0 ? pick(syms, next - 1, r.index, isCode) : undefined;
      const head = s && s.addr >= r.addr ? named(s.name, s.addr, a) : named(r.name, r.addr, a);
      out.push(`\n${a.toString(16).padStart(digits, '0')} <${head}>:\n`);
      while (a < blockEnd && a + 4 <= end && left > 0) {
        const off = r.offset + (a - r.addr);
        // A run of two or more zero words (to the block's end) prints as "...".
        let z = a;
        while (z < blockEnd && bytes[r.offset + (z - r.addr)] === 0) z++;
        if (z - a >= 8) {
          out.push('\t...\n');
          a = z < blockEnd ? a + ((z - a) & ~3) : z;
          continue;
        }
        const word = dv.getUint32(off, elf.littleEndian);
        const b = [0, 1, 2, 3].map((k) => bytes[off + k].toString(16).padStart(2, '0')).join(' ');
        // A prefixed instruction (ISA 3.1): objdump prints it on the prefix's line, the suffix's
        // bytes on a line of their own, and the target of a PC-relative one as a comment.
        const row2 = word >>> 26 === 1 && a + 8 <= end
          ? table.lookupPrefixed(word, dv.getUint32(off + 4, elf.littleEndian)) : undefined;
        if (row2) {
          const suffix = dv.getUint32(off + 4, elf.littleEndian);
          const b2 = [4, 5, 6, 7].map((k) => bytes[off + k].toString(16).padStart(2, '0')).join(' ');
          let text = disassemble(suffix, a, row2, dopts, word);
          if ((word >>> 20) & 1) {
            const t = a + ((word << 14) >> 14) * 65536 + (suffix & 0xffff);
            const sym = dopts.symbol?.(t);
            text += `	# ${t.toString(16)}${sym ? ` <${sym}>` : ''}`;
          }
          out.push(`${addrText(a)}:	${b} 	${text}
${addrText(a + 4)}:	${b2} 
`);
          a += 8;
          left--;
          continue;
        }
        let text: string;
        try {
          text = disassemble(word, a, table.lookup(word, alt), dopts);
        } catch {
          text = `.long 0x${word.toString(16)}`; // a row whose operand syntax the disassembler lacks
        }
        out.push(`${addrText(a)}:\t${b} \t${text}\n`);
        if (out.length >= 4096) flush();
        a += 4;
        left--;
      }
      while (next < syms.length && syms[next].addr <= a) next++;
    }
  }
  flush();
  return 0;
}
