// ELF parsing for PowerPC executables: ELF32 big-endian (EM_PPC), ELF64 big-endian ELFv1 and
// ELF64 little-endian ELFv2 (EM_PPC64). Every inconsistency is an ElfError with one clear line.

export class ElfError extends Error {}

export const PT_LOAD = 1;
export const PT_DYNAMIC = 2;
export const PT_INTERP = 3;
export const PT_PHDR = 6;
export const PT_TLS = 7;
export const PT_GNU_STACK = 0x6474e551;
export const PF_X = 1;
export const PF_W = 2;
export const PF_R = 4;
export const ET_EXEC = 2;
export const ET_DYN = 3;
export const EM_PPC = 20;
export const EM_PPC64 = 21;
const SHT_GNU_ATTRIBUTES = 0x6ffffff5;

export interface Segment {
  type: number;
  flags: number;
  offset: number;
  vaddr: number;
  filesz: number;
  memsz: number;
  align: number;
}

export interface Section {
  name: string;
  type: number;
  addr: number;
  offset: number;
  size: number;
  flags: number;
}

export interface ElfImage {
  class64: boolean;
  littleEndian: boolean;
  type: number;
  machine: number;
  /** e_flags & 3: 1 = ELFv1 (function descriptors), 2 = ELFv2; 0 = unspecified. */
  abiVersion: number;
  entry: number;
  phoff: number;
  phentsize: number;
  phnum: number;
  segments: Segment[];
  sections: Section[];
  interp: string | undefined;
  /** Tag_GNU_Power_ABI_Vector from .gnu.attributes (3 = SPE), if present. */
  gnuVectorAbi: number | undefined;
  /** Tag_GNU_Power_ABI_FP (4 = soft-float / SPE double etc.), if present. */
  gnuFpAbi: number | undefined;
  bytes: Uint8Array;
}

export function parseElf(bytes: Uint8Array): ElfImage {
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const need = (end: number, what: string) => {
    if (end > bytes.length) throw new ElfError(`truncated ELF file: ${what} ends at byte ${end}, file has ${bytes.length}`);
  };
  if (bytes.length < 4 || bytes[0] !== 0x7f || bytes[1] !== 0x45 || bytes[2] !== 0x4c || bytes[3] !== 0x46) {
    throw new ElfError('not an ELF file (bad magic)');
  }
  need(16, 'identification');
  const cls = bytes[4], data = bytes[5];
  if (cls !== 1 && cls !== 2) throw new ElfError(`bad ELF class ${cls}`);
  if (data !== 1 && data !== 2) throw new ElfError(`bad ELF data encoding ${data}`);
  const class64 = cls === 2, le = data === 1;
  need(class64 ? 64 : 52, 'ELF header');
  const u16 = (o: number) => dv.getUint16(o, le);
  const u32 = (o: number) => dv.getUint32(o, le);
  const addr = (o: number) => (class64 ? Number(dv.getBigUint64(o, le)) : dv.getUint32(o, le));
  const type = u16(16), machine = u16(18);
  if (machine !== EM_PPC && machine !== EM_PPC64) {
    throw new ElfError(`not a PowerPC executable (ELF machine ${machine})`);
  }
  if (class64 !== (machine === EM_PPC64)) {
    throw new ElfError(`inconsistent ELF: ${class64 ? 'ELF64' : 'ELF32'} file for machine ${machine === EM_PPC ? 'PPC' : 'PPC64'}`);
  }
  if (!class64 && le) throw new ElfError('32-bit little-endian PowerPC executables are not supported');
  if (type !== ET_EXEC && type !== ET_DYN) throw new ElfError(`not an executable (ELF type ${type})`);
  const entry = addr(24);
  const phoff = addr(class64 ? 32 : 28);
  const shoff = addr(class64 ? 40 : 32);
  const flags = u32(class64 ? 48 : 36);
  const phentsize = u16(class64 ? 54 : 42), phnum = u16(class64 ? 56 : 44);
  const shentsize = u16(class64 ? 58 : 46), shnum = u16(class64 ? 60 : 48), shstrndx = u16(class64 ? 62 : 50);
  const phsize = class64 ? 56 : 32;
  if (phnum === 0) throw new ElfError('ELF file has no program headers');
  if (phentsize !== phsize) throw new ElfError(`bad program header size ${phentsize}`);
  need(phoff + phnum * phentsize, 'program header table');
  const segments: Segment[] = [];
  let interp: string | undefined;
  for (let k = 0; k < phnum; k++) {
    const o = phoff + k * phentsize;
    const s: Segment = class64
      ? { type: u32(o), flags: u32(o + 4), offset: addr(o + 8), vaddr: addr(o + 16), filesz: addr(o + 32), memsz: addr(o + 40), align: addr(o + 48) }
      : { type: u32(o), offset: u32(o + 4), vaddr: u32(o + 8), filesz: u32(o + 16), memsz: u32(o + 20), flags: u32(o + 24), align: u32(o + 28) };
    if (s.type === PT_LOAD || s.type === PT_INTERP) {
      if (s.filesz > 0) need(s.offset + s.filesz, `segment ${k}`);
      if (s.filesz > s.memsz) throw new ElfError(`segment ${k}: file size exceeds memory size`);
    }
    if (s.type === PT_INTERP) {
      interp = Buffer.from(bytes.subarray(s.offset, s.offset + s.filesz)).toString('latin1').replace(/\0.*$/s, '');
    }
    segments.push(s);
  }
  if (!segments.some((s) => s.type === PT_LOAD)) throw new ElfError('ELF file has no loadable segments');
  const sections: Section[] = [];
  let gnuVectorAbi: number | undefined, gnuFpAbi: number | undefined;
  const shsize = class64 ? 64 : 40;
  if (shoff !== 0 && shnum !== 0 && shentsize === shsize && shoff + shnum * shentsize <= bytes.length) {
    const raw = [];
    for (let k = 0; k < shnum; k++) {
      const o = shoff + k * shentsize;
      raw.push(class64
        ? { nameOff: u32(o), type: u32(o + 4), flags: addr(o + 8), addr: addr(o + 16), offset: addr(o + 24), size: addr(o + 32) }
        : { nameOff: u32(o), type: u32(o + 4), flags: u32(o + 8), addr: u32(o + 12), offset: u32(o + 16), size: u32(o + 20) });
    }
    const strtab = raw[shstrndx];
    for (const r of raw) {
      let name = '';
      if (strtab && strtab.offset + r.nameOff < bytes.length) {
        let e = strtab.offset + r.nameOff;
        while (e < bytes.length && bytes[e] !== 0) e++;
        name = Buffer.from(bytes.subarray(strtab.offset + r.nameOff, e)).toString('latin1');
      }
      sections.push({ name, type: r.type, addr: r.addr, offset: r.offset, size: r.size, flags: r.flags });
      if (r.type === SHT_GNU_ATTRIBUTES && r.offset + r.size <= bytes.length) {
        const tags = parseGnuAttributes(bytes.subarray(r.offset, r.offset + r.size), le);
        gnuVectorAbi = tags.get(8);
        gnuFpAbi = tags.get(4);
      }
    }
  }
  return {
    class64, littleEndian: le, type, machine, abiVersion: flags & 3, entry, phoff, phentsize, phnum,
    segments, sections, interp, gnuVectorAbi, gnuFpAbi, bytes,
  };
}

/** Reads the 'gnu' vendor subsection's file-scope integer tags (Tag -> value). */
function parseGnuAttributes(b: Uint8Array, le: boolean): Map<number, number> {
  const tags = new Map<number, number>();
  const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  if (b.length < 1 || b[0] !== 0x41) return tags; // format version 'A'
  let p = 1;
  const uleb = () => {
    let v = 0, shift = 0;
    while (p < b.length) {
      const c = b[p++];
      v += (c & 0x7f) * 2 ** shift;
      shift += 7;
      if (!(c & 0x80)) break;
    }
    return v;
  };
  while (p + 4 <= b.length) {
    const secLen = dv.getUint32(p, le);
    const secEnd = p + secLen;
    if (secLen < 4 || secEnd > b.length) break;
    let q = p + 4;
    while (q < secEnd && b[q] !== 0) q++;
    const vendor = Buffer.from(b.subarray(p + 4, q)).toString('latin1');
    p = q + 1;
    while (vendor === 'gnu' && p + 5 <= secEnd) {
      const tag = b[p++];
      const subLen = dv.getUint32(p, le);
      const subEnd = p - 1 + subLen;
      p += 4;
      if (tag === 1) {
        while (p < subEnd) {
          const t = uleb();
          const skipString = () => { while (p < subEnd && b[p] !== 0) p++; p++; };
          if (t === 4 || t === 8 || t === 12) tags.set(t, uleb());
          else if (t === 32) { uleb(); skipString(); } // Tag_compatibility: flag, then a name
          else if (t & 1) skipString();
          else uleb();
        }
      }
      p = subEnd;
    }
    p = secEnd;
  }
  return tags;
}
