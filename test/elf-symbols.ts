// Test helper: a function's entry address from an unstripped ELF's .symtab (the address a call
// reaches: through the ELFv1 descriptor in .opd; at the ELFv2 local entry point).
import type { ElfImage } from '../src/linux/elf.js';

export function functionEntry(elf: ElfImage, name: string): number {
  const sec = (n: string) => {
    const s = elf.sections.find((x) => x.name === n);
    if (!s) throw new Error(`no ${n} section (a stripped binary?)`);
    return s;
  };
  const symtab = sec('.symtab'), strtab = sec('.strtab');
  const dv = new DataView(elf.bytes.buffer, elf.bytes.byteOffset, elf.bytes.byteLength);
  const le = elf.littleEndian, size = elf.class64 ? 24 : 16;
  const cstr = (off: number) => {
    let e = off;
    while (elf.bytes[e] !== 0) e++;
    return Buffer.from(elf.bytes.subarray(off, e)).toString('latin1');
  };
  for (let o = symtab.offset; o < symtab.offset + symtab.size; o += size) {
    if (cstr(strtab.offset + dv.getUint32(o, le)) !== name) continue;
    if (!elf.class64) return dv.getUint32(o + 4, le);
    const value = Number(dv.getBigUint64(o + 8, le)), other = dv.getUint8(o + 5);
    if (elf.abiVersion === 1 || (elf.abiVersion === 0 && !le)) {
      const opd = sec('.opd'); // the descriptor's first doubleword is the entry
      return Number(dv.getBigUint64(opd.offset + (value - opd.addr), le));
    }
    const n = (other >> 5) & 7; // ELFv2 st_other: the local entry is 2^n bytes in (n >= 2)
    return value + (n >= 2 ? 1 << n : 0);
  }
  throw new Error(`no symbol ${name}`);
}
