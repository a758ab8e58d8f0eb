// CPU models: a flat data table keyed by PVR, plus aliases. Feature sets, HWCAP bits and the
// platform string are what a Linux kernel's cputable gives each processor.
//
// NOTE: this is the foundation's minimal table; the CPU-model issue fills it in.

import type { Feature } from './features.js';

export interface DebugFacilities {
  dabr: boolean;
  dawr: boolean;
  /** Book E instruction / data address compare registers (0 when not Book E). */
  iacs: number;
  dacs: number;
}

export interface CpuModel {
  /** Canonical name, e.g. 'POWER9', '7450', 'e500v2'. */
  name: string;
  aliases: readonly string[];
  pvr: number;
  /** PVR match: a PVR belongs to this model when (pvr & pvrMask) === (this.pvr & pvrMask). */
  pvrMask: number;
  features: ReadonlySet<Feature>;
  /** ISA level, e.g. '2.06'. */
  isa: string;
  hwcap: number;
  hwcap2: number;
  /** AT_PLATFORM string. */
  platform: string;
  /** AT_BASE_PLATFORM string (the kernel gives the real chip's platform). */
  basePlatform: string;
  /** Data / instruction cache block size (dcbz size, AT_DCACHEBSIZE, AT_ICACHEBSIZE). */
  dcacheLine: number;
  icacheLine: number;
  debug: DebugFacilities;
}

const f = (...names: Feature[]): ReadonlySet<Feature> => new Set<Feature>(['base', ...names]);

export const MODELS: readonly CpuModel[] = [
  {
    name: '7450', aliases: ['g4', 'mpc7450'], pvr: 0x80000201, pvrMask: 0xffff0000,
    features: f('fpu', 'fpu_gfx', 'altivec', 'dabr'),
    isa: '2.00', hwcap: 0, hwcap2: 0, platform: 'ppc7450', basePlatform: 'ppc7450',
    dcacheLine: 32, icacheLine: 32, debug: { dabr: true, dawr: false, iacs: 0, dacs: 0 },
  },
  {
    name: 'POWER9', aliases: ['power9'], pvr: 0x004e1202, pvrMask: 0xffff0000,
    features: f('ppc64', 'fpu', 'fpu_gfx', 'fpu_sqrt', 'fpu_ext', 'altivec', 'vsx', 'isel', 'isa201', 'isa202',
      'isa203', 'isa205', 'isa206', 'isa207', 'isa300', 'true_le', 'dawr', 'tar', 'dscr', 'darn', 'popcntb',
      'mfocrf', 'vmx_207', 'vmx_300', 'vsx_207', 'vsx_300', 'dfp'),
    isa: '3.0', hwcap: 0, hwcap2: 0, platform: 'power9', basePlatform: 'power9',
    dcacheLine: 128, icacheLine: 128, debug: { dabr: false, dawr: true, iacs: 0, dacs: 0 },
  },
  {
    name: 'e500v2', aliases: ['e500'], pvr: 0x80210030, pvrMask: 0xffff0000,
    features: f('spe', 'spe_fs', 'spe_fd', 'booke', 'isel', 'booke_debug'),
    isa: '2.03', hwcap: 0, hwcap2: 0, platform: 'ppc8548', basePlatform: 'ppc8548',
    dcacheLine: 32, icacheLine: 32, debug: { dabr: false, dawr: false, iacs: 2, dacs: 2 },
  },
];

/** Finds a model by name, alias or PVR ('pvr:0x...' or '0x...'); undefined when unknown. */
export function findModel(spec: string): CpuModel | undefined {
  const s = spec.trim().toLowerCase();
  const pvrText = s.startsWith('pvr:') ? s.slice(4) : s.startsWith('0x') ? s : undefined;
  if (pvrText !== undefined) {
    const pvr = Number.parseInt(pvrText, 16);
    if (!Number.isFinite(pvr)) return undefined;
    return MODELS.find((m) => ((pvr & m.pvrMask) >>> 0) === ((m.pvr & m.pvrMask) >>> 0));
  }
  return MODELS.find((m) => m.name.toLowerCase() === s || m.aliases.includes(s));
}

export function modelByName(name: string): CpuModel {
  const m = findModel(name);
  if (!m) throw new Error(`unknown CPU model ${name}`);
  return m;
}
