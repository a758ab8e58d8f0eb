// Can a target CPU model run an image? Hard requirements (records, 64-bit and little-endian state,
// executed ISA categories) refuse; HWCAP bits the program was told about but the target lacks are
// a warning, a refusal or ignored according to the --cpu-compat policy (compare CRIU's --cpu-cap):
//   warn   (default) warn on stderr: the program may already have chosen code paths using them
//   strict refuse, as if they were used
//   used   check only what the program has used; say nothing about advertised features

import type { DataWatch } from '../cpu/debugregs.js';
import { FEATURES, type Feature, featuresFromMask } from '../features/features.js';
import { hwcapNames } from '../features/hwcap.js';
import type { CpuModel } from '../features/models.js';
import { Bit, type Header, MODE_LE, MODE_PROC64, MODE_SF } from './format.js';

export type CpuCompat = 'warn' | 'strict' | 'used';
export const CPU_COMPAT_POLICIES: readonly CpuCompat[] = ['warn', 'strict', 'used'];

export interface ImageFacts {
  header: Header;
  /** Record bits present. */
  bits: ReadonlySet<number>;
  /** IACs / DACs in the BOOKE_DEBUG record. */
  niac: number;
  ndac: number;
  /** Data watches armed in DABR / DAWR0 / DAWR1 (record DABR). */
  watches: DataWatch[];
  /** The instruction address CIABR is armed on (record DABR, version 2). */
  ciabr?: number;
}

export interface Verdict {
  /** Every missing item (empty: the target can run the image). */
  refusals: string[];
  warnings: string[];
}

const DESCRIPTION = new Map<string, string>(FEATURES.map(([, n, d]) => [n, d]));

export function compatibility(f: ImageFacts, model: CpuModel, policy: CpuCompat = 'warn'): Verdict {
  const has = (x: Feature) => model.features.has(x);
  const n = model.name;
  const refusals: string[] = [];
  const rec = (bit: Bit) => f.bits.has(bit);
  /** Features whose absence is already reported through a record. */
  const covered = new Set<Feature>();

  const h = f.header;
  if ((h.mode & (MODE_SF | MODE_PROC64)) && !has('ppc64')) {
    const why = [h.mode & MODE_PROC64 ? 'a 64-bit program' : '', h.mode & MODE_SF ? 'MSR[SF]=1' : ''].filter(Boolean).join(', ');
    refusals.push(`the image holds 64-bit state (${why}), which ${n} lacks (it is a 32-bit CPU)`);
    covered.add('ppc64');
  }
  if (h.mode & MODE_LE && !has('true_le')) {
    refusals.push(`the image is in little-endian mode (MSR[LE]=1), which ${n} lacks (no true little-endian mode)`);
    covered.add('true_le');
  }
  const unit = (bit: Bit, feature: Feature, what: string) => {
    if (!rec(bit)) return;
    covered.add(feature);
    if (!has(feature)) refusals.push(`the image uses ${what} (record ${['CORE', 'FP', 'VMX', 'VSX', 'SPE'][bit]}), which ${n} lacks`);
  };
  unit(Bit.FP, 'fpu', 'the FPU');
  unit(Bit.VMX, 'altivec', 'AltiVec');
  unit(Bit.VSX, 'vsx', 'VSX');
  unit(Bit.SPE, 'spe', 'SPE');
  const d = model.debug;
  if (rec(Bit.DABR) && !d.dabr && !d.dawr) {
    refusals.push(`the image has a data address breakpoint (record DABR), which ${n} lacks (no DABR or DAWR)`);
  } else {
    // an armed watch moves between DABR, DAWR0 and DAWR1 when the target has a register free to
    // hold it and its range fits
    const book3s = f.watches.filter((w) => w.regs === 'DABR' || w.regs.startsWith('DAWR'));
    const slots = d.dawr1 ? 2 : 1;
    if (book3s.length > slots) {
      const extra = book3s.slice(slots).map((w) => w.regs).join(', ');
      refusals.push(`the image has ${extra} armed (record DABR), which ${n} lacks (it has one ${d.dawr ? 'DAWR' : 'DABR'})`);
    }
    for (const w of book3s) {
      const fits = d.dawr1 ? w.len <= d.watchBlock
        : Math.floor(w.addr / d.watchBlock) === Math.floor((w.addr + w.len - 1) / d.watchBlock);
      if (fits) continue;
      refusals.push(`the image has ${w.regs} armed on ${w.len} bytes at 0x${w.addr.toString(16)} (record DABR), which ${n} cannot watch ` +
        `(its ${d.dawr1 ? `DAWRs cover at most ${d.watchBlock} bytes` : d.dawr ? `DAWR covers at most one ${d.watchBlock}-byte block` : 'DABR covers one doubleword'})`);
    }
  }
  if (f.ciabr !== undefined && !d.ciabr) {
    refusals.push(`the image has CIABR armed at 0x${f.ciabr.toString(16)} (record DABR), which ${n} lacks (no completed instruction address breakpoint)`);
  }
  if (rec(Bit.BOOKE_DEBUG)) {
    if (!has('booke_debug')) {
      refusals.push(`the image has Book E debug registers set (record BOOKE_DEBUG), which ${n} lacks`);
    } else {
      if (f.niac > model.debug.iacs) {
        refusals.push(`the image has IAC${f.niac} armed (record BOOKE_DEBUG), which ${n} lacks (it has ${model.debug.iacs} IACs)`);
      }
      if (f.ndac > model.debug.dacs) {
        refusals.push(`the image has DAC${f.ndac} armed (record BOOKE_DEBUG), which ${n} lacks (it has ${model.debug.dacs} DACs)`);
      }
    }
  }
  // every instruction category the program has executed
  for (const feat of featuresFromMask(h.usedFeatures)) {
    if (has(feat) || covered.has(feat)) continue;
    refusals.push(`the program has executed ${DESCRIPTION.get(feat) ?? feat} instructions (${feat}), which ${n} lacks`);
  }

  // what the program was told
  const warnings: string[] = [];
  if (policy !== 'used') {
    const lost = hwcapNames((h.hwcap & ~model.hwcap) >>> 0, (h.hwcap2 & ~model.hwcap2) >>> 0);
    const names = [...lost.hwcap.map((x) => `${x} (AT_HWCAP)`), ...lost.hwcap2.map((x) => `${x} (AT_HWCAP2)`)];
    if (names.length) {
      if (policy === 'strict') {
        for (const x of names) refusals.push(`the program was told the CPU has ${x}, which ${n} lacks (--cpu-compat=strict)`);
      } else {
        warnings.push(`warning: the program was told the CPU has ${names.join(', ')}, which ${n} lacks; ` +
          'it may already depend on them (use --cpu-compat=strict to refuse, --cpu-compat=used to silence)');
      }
    }
  }
  return { refusals, warnings };
}
