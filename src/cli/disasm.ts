// `ppcemu disasm FILE`: objdump -d style listing of an ELF's executable sections (or, without
// section headers, its executable segments), one instruction a line:
//     10000148:	54 69 08 3c 	slwi    r9,r3,1
// Bytes are shown in file order (so little-endian programs show reversed words, as objdump does).

import { readFile } from 'node:fs/promises';
import { disassemble, type DisasmOptions } from '../cpu/disasm.js';
import { decodeTable } from '../cpu/machine.js';
import { findModel } from '../features/models.js';
import { parseElf, PF_X, PT_LOAD, type ElfImage } from '../linux/elf.js';
import { CliError } from './errors.js';

const SHF_EXECINSTR = 4;
const SHT_PROGBITS = 1;

interface Region { name: string; addr: number; offset: number; size: number }

function codeRegions(elf: ElfImage): Region[] {
  const secs = elf.sections.filter((s) => s.type === SHT_PROGBITS && (s.flags & SHF_EXECINSTR) && s.size > 0);
  if (secs.length) return secs.map((s) => ({ name: s.name, addr: s.addr, offset: s.offset, size: s.size }));
  return elf.segments
    .filter((p) => p.type === PT_LOAD && (p.flags & PF_X) && p.filesz > 0)
    .map((p, k) => ({ name: `segment ${k}`, addr: p.vaddr, offset: p.offset, size: p.filesz }));
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
  let spe = false;
  if (opts.cpu !== undefined) {
    const model = findModel(opts.cpu);
    if (!model) throw new CliError(`unknown CPU model '${opts.cpu}'`);
    spe = model.features.has('spe');
  } else {
    spe = elf.gnuVectorAbi === 3;
  }
  const from = opts.from !== undefined ? parseAddr(opts.from) : undefined;
  let left = opts.count ?? Infinity;
  if (opts.count !== undefined && (!Number.isInteger(opts.count) || opts.count < 0)) {
    throw new CliError(`bad instruction count ${opts.count}`);
  }
  const dopts: DisasmOptions = { addrBits: elf.class64 ? 64 : 32, spe };
  const table = decodeTable();
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const regions = codeRegions(elf);
  if (!regions.length) throw new CliError(`${file}: no executable code`);
  if (from !== undefined && !regions.some((r) => from >= r.addr && from < r.addr + r.size)) {
    throw new CliError(`address ${from.toString(16)} is not in an executable section`);
  }
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
    out.push(`\nDisassembly of section ${r.name}:\n\n`);
    for (let a = start; a + 4 <= r.addr + r.size && left > 0; a += 4, left--) {
      const off = r.offset + (a - r.addr);
      const word = dv.getUint32(off, elf.littleEndian);
      const b = [0, 1, 2, 3].map((k) => bytes[off + k].toString(16).padStart(2, '0')).join(' ');
      let text: string;
      try {
        text = disassemble(word, a, table.lookup(word, spe), dopts);
      } catch {
        text = `.long 0x${word.toString(16)}`; // a row whose operand syntax the disassembler lacks
      }
      out.push(`${a.toString(16).padStart(12)}:\t${b} \t${text}\n`);
      if (out.length >= 4096) flush();
    }
  }
  flush();
  return 0;
}
