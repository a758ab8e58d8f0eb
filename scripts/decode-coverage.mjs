#!/usr/bin/env node
// Which instruction words objdump (binutils, default dialect) names but ppcemu's decoder does not:
// a sweep over the extended-opcode space of the primary opcodes that have one (bits 11:15 and
// 21:31 varied, the other fields 0) and every primary opcode with all fields 0. Prints each
// mnemonic objdump knows and ppcemu shows as `.long`, with a count and one example word. Most are
// other families' instructions (BookE, 440, e500/SPE extensions, Cell, Gekko paired singles, old
// POWER), privileged ones, or invalid forms objdump prints anyway; docs/cpu-models.md
// ("Cross-checked against POWER hardware") lists what the last sweep left.
// Usage: node scripts/decode-coverage.mjs   (needs the oracle toolchain and `npm run build`)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = mkdtempSync(join(tmpdir(), 'decode-coverage-'));
const words = [];
for (const opcd of [4, 6, 19, 30, 31, 56, 57, 58, 59, 60, 61, 62, 63]) {
  for (let sub = 0; sub < 32; sub++) for (let lo = 0; lo < 2048; lo++) words.push(((opcd << 26) | (sub << 16) | lo) >>> 0);
}
for (let opcd = 0; opcd < 64; opcd++) words.push((opcd << 26) >>> 0);
const src = ['.text', '.globl _start', '_start:', ...words.map((w) => `.long 0x${w.toString(16)}`)].join('\n');
writeFileSync(join(dir, 'w.s'), src + '\n');
const run = (cmd, args) => execFileSync(cmd, args, { cwd: dir, maxBuffer: 1 << 28, encoding: 'utf8' });
run('powerpc64le-linux-gnu-as', ['-o', 'w.o', 'w.s']);
run('powerpc64le-linux-gnu-ld', ['-Ttext=0x10000000', '-e', '_start', '-o', 'w.elf', 'w.o']);
writeFileSync(join(dir, 'od.txt'), run('powerpc64le-linux-gnu-objdump', ['-d', 'w.elf']));
writeFileSync(join(dir, 'pe.txt'), run('node', [join(root, 'bin/ppcemu.js'), 'disasm', 'w.elf']));

/** address -> [mnemonic, word] of a disassembly listing. */
function parse(file) {
  const out = new Map();
  for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
    const m = /^\s+([0-9a-f]+):\t((?:[0-9a-f]{2} ){4})\t?(\S*)/.exec(line);
    if (m) out.set(m[1], [m[3], m[2].trim().split(' ').reverse().join('')]);
  }
  return out;
}
const od = parse('od.txt'), pe = parse('pe.txt');
const missing = new Map();
for (const [addr, [mnem, word]] of od) {
  if (mnem === '.long' || pe.get(addr)?.[0] !== '.long') continue;
  const e = missing.get(mnem) ?? { n: 0, word };
  e.n++;
  missing.set(mnem, e);
}
for (const [mnem, { n, word }] of [...missing].sort()) console.log(`${mnem.padEnd(18)} ${String(n).padStart(6)}  e.g. 0x${word}`);
console.log(`${missing.size} mnemonics objdump names where ppcemu decodes nothing (${words.length} words; files in ${dir})`);
