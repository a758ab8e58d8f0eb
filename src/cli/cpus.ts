// `ppcemu cpus [MODEL] [--json]`: the list of CPU models, or one model in full.

import { FEATURES, type Feature } from '../features/features.js';
import { hex32, hwcapNames } from '../features/hwcap.js';
import { type CpuModel, MODELS, findModel } from '../features/models.js';
import { REFUSED_STATUS, unknownModelMessage } from '../features/select.js';

const FEATURE_DESC = new Map<string, string>(FEATURES.map(([, n, d]) => [n, d]));

/** Features in table order (FEATURES), so every listing is stable. */
function featureList(m: CpuModel): Feature[] {
  return FEATURES.map(([, n]) => n).filter((n) => m.features.has(n));
}

function debugText(m: CpuModel): string {
  const parts: string[] = [];
  if (m.debug.dabr) parts.push('DABR/DABRX (one doubleword)');
  if (m.debug.dawr1) parts.push(`DAWR0/DAWR1 (two watches of up to ${m.debug.watchBlock} bytes each)`);
  else if (m.debug.dawr) parts.push(`DAWR/DAWRX (up to ${m.debug.watchBlock} bytes in an aligned ${m.debug.watchBlock}-byte block)`);
  if (m.debug.ciabr) parts.push('CIABR (one instruction breakpoint)');
  if (m.debug.iacs || m.debug.dacs) parts.push(`Book E debug: ${m.debug.iacs} IACs, ${m.debug.dacs} DACs`);
  return parts.length ? parts.join(', ') : 'none';
}

/** The JSON object for one model (the shape of `ppcemu cpus MODEL --json`). */
export function modelJson(m: CpuModel): Record<string, unknown> {
  const hw = hwcapNames(m.hwcap, m.hwcap2);
  const macros = hwcapNames(m.hwcap, m.hwcap2, true);
  return {
    name: m.name,
    aliases: [...m.aliases],
    description: m.description,
    pvr: hex32(m.pvr),
    pvrMask: hex32(m.pvrMask),
    bits: m.bits,
    isa: m.isa,
    features: featureList(m),
    hwcap: hex32(m.hwcap),
    hwcapNames: hw.hwcap,
    hwcapMacros: macros.hwcap,
    hwcap2: hex32(m.hwcap2),
    hwcap2Names: hw.hwcap2,
    hwcap2Macros: macros.hwcap2,
    platform: m.platform,
    basePlatform: m.basePlatform,
    dcacheLine: m.dcacheLine,
    icacheLine: m.icacheLine,
    debug: { ...m.debug },
    kernelSpec: m.kernelSpec,
    qemuCpu: m.qemuCpu ?? null,
    notes: [...m.notes],
  };
}

/** One line per model: name, PVR/mask, bits, ISA, aliases, features. */
export function listText(): string {
  const rows = MODELS.map((m) => [
    m.name, `${hex32(m.pvr)}/${hex32(m.pvrMask).slice(2)}`, `${m.bits}-bit`, m.isa,
    m.aliases.join(','), featureList(m).filter((f) => f !== 'base').join(' '),
  ]);
  const head = ['MODEL', 'PVR/MASK', 'BITS', 'ISA', 'ALIASES', 'FEATURES'];
  const width = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]) =>
    r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(width[i]))).join('  ').trimEnd();
  return [line(head), ...rows.map(line)].join('\n') + '\n';
}

/** The full description of one model. */
export function modelText(m: CpuModel): string {
  const hw = hwcapNames(m.hwcap, m.hwcap2);
  const out: string[] = [];
  out.push(`${m.name}: ${m.description}`);
  out.push(`  aliases:          ${m.aliases.join(', ') || '-'}`);
  out.push(`  PVR:              ${hex32(m.pvr)} (matches PVR & ${hex32(m.pvrMask)} == ${hex32(m.pvr & m.pvrMask)})`);
  out.push(`  width:            ${m.bits}-bit`);
  out.push(`  ISA:              ${m.isa}`);
  out.push(`  AT_HWCAP:         ${hex32(m.hwcap)}  ${hw.hwcap.join(' ') || '-'}`);
  out.push(`  AT_HWCAP2:        ${hex32(m.hwcap2)}  ${hw.hwcap2.join(' ') || '-'}`);
  out.push(`  AT_PLATFORM:      ${m.platform}`);
  out.push(`  AT_BASE_PLATFORM: ${m.basePlatform}`);
  out.push(`  cache lines:      data ${m.dcacheLine} bytes (dcbz), instruction ${m.icacheLine} bytes`);
  out.push(`  debug:            ${debugText(m)}`);
  out.push(`  kernel table:     ${m.kernelSpec}`);
  out.push(`  QEMU -cpu:        ${m.qemuCpu ?? '(none)'}`);
  out.push('  features:');
  for (const f of featureList(m)) out.push(`    ${f.padEnd(12)} ${FEATURE_DESC.get(f) ?? ''}`);
  if (m.notes.length) {
    out.push('  notes:');
    for (const n of m.notes) out.push(`    - ${n}`);
  }
  return out.join('\n') + '\n';
}

/**
 * `ppcemu cpus [MODEL] [--json]`. Prints on stdout and returns the exit status: 0, or 125 with one
 * `ppcemu:` line on stderr naming the closest models when MODEL is unknown.
 */
export function cpusCommand(model: string | undefined, json: boolean): number {
  if (model === undefined) {
    process.stdout.write(json ? JSON.stringify(MODELS.map(modelJson), null, 2) + '\n' : listText());
    return 0;
  }
  const m = findModel(model);
  if (!m) {
    process.stderr.write(`ppcemu: ${unknownModelMessage(model)}\n`);
    return REFUSED_STATUS;
  }
  process.stdout.write(json ? JSON.stringify(modelJson(m), null, 2) + '\n' : modelText(m));
  return 0;
}
