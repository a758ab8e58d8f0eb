#!/usr/bin/env node
// Development tool: finds the first instruction where ppcemu's control flow or registers leave
// QEMU's. Usage: scripts/lockstep.mjs TARGET BINARY [--cpu M] [--qcpu M] [--max N]
//   --regs-after N  compare registers only from instruction N on (control flow always); the
//                   auxv walk in libc start-up differs by design (kernel auxv order, stack place)
//   --sync-at HEX   start comparing at the first arrival of both runs at this address (e.g. the
//                   return from _dl_aux_init), skipping the auxv walk whose branches differ
//   --hwcap H1,H2   give the guest these AT_HWCAP/AT_HWCAP2 values (QEMU's differ from the
//                   kernel's, which steers glibc's start-up down other paths)
//   --keep-going    print register differences (each register once) and stop only when control
//                   flow diverges
// Needs the built dist/ (npm run build) and qemu-user; QEMU logs with -singlestep -d cpu.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { parseElf } from '../dist/src/linux/elf.js';
import { createProcess } from '../dist/src/linux/run.js';

const [target, bin, ...rest] = process.argv.slice(2);
const opt = (k, d) => { const i = rest.indexOf(k); return i >= 0 ? rest[i + 1] : d; };
const max = Number(opt('--max', 2e6));
const regsAfter = Number(opt('--regs-after', 0));
const keepGoing = rest.includes('--keep-going');
const reported = new Set();
const qemu = { ppc32: 'qemu-ppc', ppc64: 'qemu-ppc64', ppc64le: 'qemu-ppc64le' }[target];
const log = '/tmp/lockstep-qemu.log';
const qargs = ['-singlestep', '-d', 'cpu,nochain', '-D', log];
if (opt('--qcpu')) qargs.push('-cpu', opt('--qcpu'));
try { execFileSync('env', ['-i', 'PATH=/usr/bin:/bin', 'LANG=C', 'timeout', '120', qemu, ...qargs, bin], { stdio: ['ignore', 'ignore', 'ignore'] }); } catch { /* exit status */ }
const q = [];
let cur;
const fd = fs.openSync(log, 'r');
const chunk = Buffer.alloc(1 << 24);
let text = '', eof = false;
const lines = function* () {
  for (;;) {
    const nl = text.indexOf('\n');
    if (nl >= 0) { yield text.slice(0, nl); text = text.slice(nl + 1); continue; }
    if (eof) return;
    const n = fs.readSync(fd, chunk, 0, chunk.length, null);
    if (n === 0) eof = true;
    text += chunk.toString('latin1', 0, n);
  }
};
for (const line of lines()) {
  if (line.startsWith('NIP ')) {
    if (q.length >= max) break;
    cur = { nip: parseInt(line.slice(4, 20), 16), gpr: [], line };
    q.push(cur);
  } else if (line.startsWith('GPR') && cur) {
    for (const w of line.slice(6).trim().split(/\s+/)) cur.gpr.push(BigInt('0x' + w));
  } else if (line.startsWith('CR ') && cur) cur.cr = line.slice(3, 11);
}
const elf = parseElf(fs.readFileSync(bin));
const { proc } = createProcess(elf, { cpu: opt('--cpu') }, { stdout: () => {}, stderr: () => {} });
const m = proc.m;
if (opt('--hwcap')) {
  const [h1, h2] = opt('--hwcap').split(',').map((x) => parseInt(x, 16));
  const g = proc.g, ws = g.wordSize;
  let p = Number(m.st.getGpr(1));
  p += ws * (1 + g.word(p) + 1);
  while (g.word(p) !== 0) p += ws;
  for (p += ws; g.word(p) !== 0; p += 2 * ws) {
    if (g.word(p) === 16) g.wword(p + ws, h1);
    if (g.word(p) === 26) g.wword(p + ws, h2);
  }
}
const ours = [];
const hex = (v) => v.toString(16);
const qn = q.length;
let start = 0;
m.tracer = (mm, i) => {
  if (ours.length < qn) ours.push({ nip: i.addr, gpr: Array.from({ length: 32 }, (_, r) => (BigInt(mm.gh[r]) << 32n) | BigInt(mm.gl[r])), cr: mm.s32[0] });
};
m.run(qn);
if (opt('--sync-at')) {
  const at = parseInt(opt('--sync-at'), 16);
  const qi = q.findIndex((e) => e.nip === at), oi = ours.findIndex((e) => e.nip === at);
  if (qi < 0 || oi < 0) { console.log(`--sync-at ${hex(at)} not reached (qemu ${qi}, ours ${oi})`); process.exit(2); }
  console.log(`synced at ${hex(at)}: qemu instruction #${qi}, ours #${oi}; numbering below is QEMU's`);
  q.splice(0, qi - oi > 0 ? qi - oi : 0);
  ours.splice(0, oi - qi > 0 ? oi - qi : 0);
  start = Math.min(qi, oi);
}
for (let k = start; k < Math.min(q.length, ours.length); k++) {
  const a = q[k], b = ours[k];
  const regDiff = [];
  const regs = k >= regsAfter;
  for (let r = 0; regs && r < 32; r++) {
    if (r === 1 || a.gpr[r] === b.gpr[r]) continue;
    // Ignore values that are stack addresses in either run (the stacks live at different places).
    if (a.gpr[r] >> 32n === 0x40n || (b.gpr[r] >= 0xb0000000n && b.gpr[r] < 0xc0000000n)) continue;
    if (keepGoing && reported.has(r)) continue;
    regDiff.push(`r${r}: qemu ${hex(a.gpr[r])} ours ${hex(b.gpr[r])}`);
  }
  const crDiff = regs && a.cr && parseInt(a.cr, 16) !== b.cr && !(keepGoing && reported.has('cr'));
  if (a.nip !== b.nip || regDiff.length || crDiff) {
    const flow = a.nip !== b.nip;
    console.log(`${flow || !keepGoing ? 'first difference' : 'register difference'} before instruction #${k}: qemu nip ${hex(a.nip)} ours ${hex(b.nip)}`);
    if (crDiff) console.log(`  CR: qemu ${a.cr} ours ${hex(b.cr)}`);
    for (const d of regDiff) console.log('  ' + d);
    console.log('  previous instructions:');
    for (let j = Math.max(0, k - 6); j < k; j++) console.log(`    #${j} ${hex(q[j].nip)}`);
    if (flow || !keepGoing) process.exit(1);
    if (crDiff) reported.add('cr');
    for (const d of regDiff) reported.add(Number(d.slice(1, d.indexOf(':'))));
  }
}
console.log(`no difference in ${Math.min(q.length, ours.length)} instructions`);
