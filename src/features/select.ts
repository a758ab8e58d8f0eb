// Choosing the CPU model for an executable: the default per kind of program (ppc64le and ppc64 run
// on POWER9, ppc32 on the 7450 unless the binary says it is SPE code, then e500v2), the refusals
// (64-bit program on a 32-bit model, little-endian program on a model without true LE) and the
// "unknown model" message with the closest names.
//
// It works from the loader's parsed ELF (src/linux/elf.ts ElfImage: class, byte order, ABI version
// and the .gnu.attributes tags), never from the raw bytes.

import type { ElfImage } from '../linux/elf.js';
import { type CpuModel, MODELS, closestModels, findModel } from './models.js';

/** Exit status for every refusal (the same as an unusable checkpoint image). */
export const REFUSED_STATUS = 125;

/** A refusal or bad --cpu: `message` is the text after "ppcemu: " (one line); exit 125. */
export class ModelError extends Error {
  readonly status = REFUSED_STATUS;
  constructor(message: string) {
    super(message);
    this.name = 'ModelError';
  }
}

export type Target = 'ppc32' | 'ppc64' | 'ppc64le';

export interface ProgramKind {
  target: Target;
  is64: boolean;
  littleEndian: boolean;
  /** 64-bit ABI version from e_flags (1 = ELFv1 with function descriptors, 2 = ELFv2), 0 if unset. */
  abi: 0 | 1 | 2;
  /** The binary marks itself SPE code (.gnu.attributes, see speFromAttributes). */
  spe: boolean;
}

/** What select.ts needs of a parsed ELF: the fields of ElfImage it reads. */
export type ElfFacts = Pick<ElfImage, 'class64' | 'littleEndian' | 'abiVersion' | 'gnuVectorAbi' | 'gnuFpAbi'>;

/** The kind of program, from the loader's parsed ELF. */
export function programKind(elf: ElfFacts): ProgramKind {
  const is64 = elf.class64;
  const le = elf.littleEndian;
  const abi = elf.abiVersion === 1 || elf.abiVersion === 2 ? elf.abiVersion : 0;
  return {
    target: is64 ? (le ? 'ppc64le' : 'ppc64') : 'ppc32', is64, littleEndian: le, abi,
    spe: !is64 && speFromAttributes(elf.gnuVectorAbi, elf.gnuFpAbi),
  };
}

/**
 * True when the GNU attributes say SPE: Tag_GNU_Power_ABI_Vector (8) = 3 ("SPE"), or
 * Tag_GNU_Power_ABI_FP (4) with the low two bits 3 ("single-precision hard float", which only the
 * e500's SPE embedded FP produced). An e500v2 double-precision binary that passes no vectors
 * carries FP = 1 like any hard-float binary and cannot be told apart from its attributes.
 */
export function speFromAttributes(vectorAbi: number | undefined, fpAbi: number | undefined): boolean {
  return vectorAbi === 3 || ((fpAbi ?? 0) & 3) === 3;
}

/** The model a program runs on when no --cpu is given. */
export function defaultModel(kind: ProgramKind): CpuModel {
  const name = kind.is64 ? 'POWER9' : kind.spe ? 'e500v2' : '7450';
  return MODELS.find((m) => m.name === name)!;
}

/** Why `model` cannot run a program of this kind, or undefined when it can. */
export function refusal(model: CpuModel, kind: Pick<ProgramKind, 'is64' | 'littleEndian'>): string | undefined {
  if (kind.is64 && !model.features.has('ppc64')) {
    return `cannot run a 64-bit program on ${model.name}, which is a 32-bit CPU`;
  }
  if (kind.littleEndian && !model.features.has('true_le')) {
    return `cannot run a little-endian program on ${model.name}, which has no true little-endian mode`;
  }
  return undefined;
}

/** The message for an unknown --cpu value, naming the closest known models. */
export function unknownModelMessage(spec: string): string {
  const s = spec.trim();
  const lower = s.toLowerCase();
  if (lower.startsWith('pvr:') || lower.startsWith('0x')) {
    return `unknown CPU PVR '${s}': no model matches it (see 'ppcemu cpus' for the known PVRs)`;
  }
  const near = closestModels(s);
  const hint = near.length ? `; did you mean ${near.join(', ')}?` : `; see 'ppcemu cpus'`;
  return `unknown CPU model '${s}'${hint}`;
}

/** Resolves a --cpu spec; throws ModelError with the closest names when unknown. */
export function resolveModel(spec: string): CpuModel {
  const m = findModel(spec);
  if (!m) throw new ModelError(unknownModelMessage(spec));
  return m;
}

/**
 * The model to run `elf` (the loader's ElfImage) on: the one named by `cpu` (name, alias
 * or PVR) or the default for the program. Throws ModelError (exit 125) for unknown names and for
 * refusals.
 */
export function selectModel(elf: ElfFacts, cpu?: string): CpuModel {
  const kind = programKind(elf);
  const model = cpu === undefined || cpu === '' ? defaultModel(kind) : resolveModel(cpu);
  const why = refusal(model, kind);
  if (why) throw new ModelError(why);
  return model;
}
