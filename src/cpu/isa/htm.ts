// Transactional memory (Power ISA 2.07 Book II ch. 5; POWER8 and POWER9, HWCAP2 HTM). The model:
// no transaction ever starts. tbegin. fails at once, as a transaction that hits a persistent
// failure before its first instruction: TEXASR = failure persistent (bit 7) | nesting overflow
// (bit 9) | privilege (bits 34:35 = MSR[HV] || MSR[PR] = 0b11: a user process under a bare-metal
// kernel, which runs with MSR[HV] = 1) | failure summary (bit 36) | TFIAR exact (bit 37) (the
// cause QEMU reports too), TFIAR = the tbegin.'s address | HV<<1 | PR, TFHAR = the address after
// it, and CR0 = 0b101 || 0 (ISA 2.07 Book II 5.3.1; the failure-handler path: EQ set, so code that
// tests "transaction started" takes its fallback; glibc's lock elision gives up on a persistent
// failure). Every other instruction therefore runs in non-transactional state: tend., tabort*.,
// tsr. do nothing but set CR0 = 0b0 || MSR[TS] (00) || 0 = 0; tcheck sets CR[BF] = 0b1000
// (TDOOMED, as for a non-transactional check); treclaim. and trechkpt. are privileged (SIGILL).
// TFHAR, TFIAR, TEXASR and TEXASRU are user SPRs 128-131 (system.ts); checkpoints carry them in
// the TM record.

import type { Machine } from '../machine.js';
import { Spr64 } from '../state.js';
import { privileged } from './lshelpers.js';
import { bits, Flag, type Handler, type Row } from './table.js';

const TEXASR_FAIL_HI = 0x01400000; // bits 7 (persistent) and 9 (nesting overflow)
const TEXASR_FAIL_LO = 0x3c000000; // bits 34 (HV), 35 (PR), 36 (failure summary), 37 (TFIAR exact)

function set64(m: Machine, r: Spr64, hi: number, lo: number): void {
  m.s64[2 * r] = hi >>> 0;
  m.s64[2 * r + 1] = lo >>> 0;
}
const TWO32 = 4294967296;
const split = (v: number): [number, number] => [Math.floor(v / TWO32), v >>> 0];

const tbegin: Handler = (m) => {
  set64(m, Spr64.TEXASR, TEXASR_FAIL_HI, TEXASR_FAIL_LO);
  const [ih, il] = split(m.pc);
  set64(m, Spr64.TFIAR, ih, il | 3);
  const [hh, hl] = split(m.sf ? m.pc + 4 : (m.pc + 4) >>> 0);
  set64(m, Spr64.TFHAR, hh, hl);
  m.setCrField(0, 0b1010);
};
const nonTransactional: Handler = (m) => m.setCrField(0, 0);
const tcheck: Handler = (m, i) => m.setCrField(i.rt >>> 2, 0b1000);

const X = (mnem: string, xo: number, ops: string, h: Handler, extra: Partial<Row> = {}): Row =>
  ({ mnem, form: 'X', opcd: 31, xo, ops, feature: 'htm', h, flags: Flag.DOT, fixed: bits(31, 31, 1), ...extra });

export const rows: Row[] = [
  X('tbegin', 654, 'r10?', tbegin),
  X('tend', 686, '', nonTransactional),
  X('tabort', 910, 'ra', nonTransactional),
  X('tabortwc', 782, 'to,ra,rb', nonTransactional),
  X('tabortwci', 846, 'to,ra,si5', nonTransactional),
  X('tabortdc', 814, 'to,ra,rb', nonTransactional),
  X('tabortdci', 878, 'to,ra,si5', nonTransactional),
  X('tsr', 750, 'l10', nonTransactional),
  X('tcheck', 718, 'bf', tcheck, { flags: 0, fixed: bits(31, 31, 0) }),
  X('treclaim', 942, 'ra', (m) => privileged(m, 'treclaim.')),
  X('trechkpt', 1006, '', (m) => privileged(m, 'trechkpt.')),
];
