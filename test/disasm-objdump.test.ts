// Every distinct instruction word of every committed test binary (test/bin/<target>/*) whose row
// is in the instruction table must disassemble exactly as GNU objdump printed it. The objdump
// text comes from one table per target, test/golden/<target>/objdump-words.tsv.gz, made by
// scripts/record-objdump.sh: `word<TAB>address<TAB>text`, one line per distinct word, with the
// first address the word was seen at (branches are disassembled there) and `<symbol>`
// annotations and comments stripped (empty text: a word objdump only showed as the second word of
// a prefixed instruction, which is not compared). A prefixed instruction (ISA 3.1) has its own
// line keyed by prefix and suffix (16 hex digits), so every distinct pair is compared.
//
// The words compared are read from the binaries themselves, so a binary added or rebuilt after
// the table was recorded fails here (rerun scripts/record-objdump.sh) instead of going untested.

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { disassemble } from '../src/cpu/disasm.js';
import { decodeTable } from '../src/cpu/machine.js';
import { parseElf } from '../src/linux/elf.js';

const BIN = join(import.meta.dirname, 'bin');
const GOLDEN = join(import.meta.dirname, 'golden');
const TARGETS = ['ppc32', 'ppc64', 'ppc64le'] as const;
const TABLE_FILE = 'objdump-words.tsv.gz';
const SHT_PROGBITS = 1;
const SHF_EXECINSTR = 4;

/** The ELF files under test/bin/<target>, in name order. */
function binaries(target: string): string[] {
  const dir = join(BIN, target);
  if (!existsSync(dir)) return [];
  return readdirSync(dir).sort().filter((f) => {
    if (f.endsWith('.tmp')) return false; // a build in progress (scripts/rebuild-tests.sh)
    const p = join(dir, f);
    if (!statSync(p).isFile()) return false;
    const b = readFileSync(p).subarray(0, 4);
    return b.length === 4 && b[0] === 0x7f && b[1] === 0x45 && b[2] === 0x4c && b[3] === 0x46;
  });
}

const hex8 = (w: number) => w.toString(16).padStart(8, '0');

/** The distinct words of a binary's executable sections (what objdump -d disassembles), and the
 *  distinct (prefix, suffix) pairs that start with a possible prefix word (primary opcode 1), as
 *  16 hex digits. */
function codeWords(path: string, into: Set<number>, pairs?: Set<string>): void {
  const elf = parseElf(new Uint8Array(readFileSync(path)));
  const dv = new DataView(elf.bytes.buffer, elf.bytes.byteOffset, elf.bytes.byteLength);
  for (const s of elf.sections) {
    if (s.type !== SHT_PROGBITS || !(s.flags & SHF_EXECINSTR)) continue;
    for (let o = s.offset; o + 4 <= s.offset + s.size; o += 4) {
      const w = dv.getUint32(o, elf.littleEndian);
      into.add(w);
      if (pairs && w >>> 26 === 1 && o + 8 <= s.offset + s.size) pairs.add(hex8(w) + hex8(dv.getUint32(o + 4, elf.littleEndian)));
    }
  }
}

describe('disassembly matches objdump on every distinct word of the test binaries', () => {
  for (const target of TARGETS) {
    const bins = binaries(target);
    it.skipIf(bins.length === 0)(`${target} (${bins.length} binaries)`, () => {
      const file = join(GOLDEN, target, TABLE_FILE);
      expect(existsSync(file), `${target} has binaries but no ${TABLE_FILE}: run scripts/record-objdump.sh`).toBe(true);
      const golden = new Map<string, [number, string]>(); // 8 hex digits, or 16 for a prefixed pair
      for (const line of gunzipSync(readFileSync(file)).toString('utf8').split('\n')) {
        if (!line) continue;
        const t1 = line.indexOf('\t'), t2 = line.indexOf('\t', t1 + 1);
        golden.set(line.slice(0, t1), [Number.parseInt(line.slice(t1 + 1, t2), 16), line.slice(t2 + 1)]);
      }
      const words = new Set<number>(), pairs = new Set<string>();
      for (const b of bins) codeWords(join(BIN, target, b), words, pairs);
      // objdump prints a run of zero words as "..."; any other word it must have listed, a prefix
      // word either alone or (as a prefixed instruction) with some suffix.
      const pairPrefixes = new Set([...pairs].filter((k) => golden.has(k)).map((k) => k.slice(0, 8)));
      const missing = [...words].filter((w) => w !== 0 && !golden.has(hex8(w)) && !pairPrefixes.has(hex8(w)));
      expect(missing.length, `${missing.length} words of test/bin/${target} are not in ${TABLE_FILE} ` +
        `(e.g. ${missing.slice(0, 5).map((w) => w.toString(16).padStart(8, '0')).join(' ')}): ` +
        'rerun scripts/record-objdump.sh').toBe(0);

      const table = decodeTable();
      const addrBits = target === 'ppc32' ? 32 : 64;
      let compared = 0, noRow = 0, failed = 0, suffixes = 0, otherDialect = 0;
      const seen = new Set<string>(); // mnemonics of the rows compared
      const bad: string[] = [];
      // each word on its own line, and each prefixed instruction objdump printed as one
      const items: [string, number, number][] = [...words].map((w) => [hex8(w), 0, w]);
      for (const k of pairs) if (golden.has(k)) items.push([k, Number.parseInt(k.slice(0, 8), 16), Number.parseInt(k.slice(8), 16)]);
      for (const [key, prefix, insn] of items) {
        const g = golden.get(key);
        if (!g) continue;
        if (g[1] === '') { suffixes++; continue; } // only ever the suffix of a prefixed instruction
        // objdump's default 32-bit dialect prints some opcode-4 words of the AltiVec test programs
        // as 750CL paired-single (psq_*, ps_*) or SPE (ev*) instructions; the table reads them as
        // VMX, or (mulhhw, mulchwu of test mac440) as the 440's halfword multiplies.
        if (target === 'ppc32' && /^(psq_|ps_|ev)/.test(g[1]) && insn >>> 26 === 4) { otherDialect++; continue; }
        const row = prefix ? table.lookupPrefixed(prefix, insn) : table.lookup(insn);
        if (!row) { noRow++; continue; }
        compared++;
        seen.add(row.mnem);
        let got: string;
        try {
          got = disassemble(insn, g[0], row, { addrBits }, prefix);
        } catch (e) {
          got = `<threw: ${(e as Error).message}>`;
        }
        if (got === g[1]) continue;
        failed++;
        if (bad.length < 60) {
          bad.push(`${key} @${g[0].toString(16)} ${row.mnem}: got '${got}', objdump '${g[1]}'`);
        }
      }
      console.log(`${target}: ${words.size} distinct words and ${items.length - words.size} prefixed instructions in ${bins.length} binaries: ` +
        `${compared} compared (${failed} differ), ${noRow} without a row, ${suffixes} only seen as a prefixed instruction's suffix, ` +
        `${otherDialect} printed in another dialect`);
      expect(otherDialect).toBeLessThan(50); // a handful; many would mean the filter hides real errors
      expect(bad).toEqual([]);
      // every mnemonic of the ISA 3.1, MMA, DFP, HTM and BCD groups (issue 10) is compared on the
      // 64-bit targets (test/programs/p10_disasm.c holds the ones no executing program contains)
      if (target !== 'ppc32') {
        const groups = new Set(['isa310', 'mma', 'dfp', 'htm', 'vmx_207', 'vmx_300']);
        const unseen = [...new Set(table.rows.filter((r) => groups.has(r.feature ?? '')).map((r) => r.mnem))]
          .filter((n) => !seen.has(n));
        expect(unseen, 'rows of the ISA 3.1/MMA/DFP/HTM/BCD groups no test binary holds').toEqual([]);
      }
    });
  }
});
