// Choosing the CPU model for an executable: the default per kind of program (ppc64le and ppc64 run
// on POWER9, ppc32 on the 7450 unless the binary says it is SPE code, then e500v2), the refusals
// (64-bit program on a 32-bit model, little-endian program on a model without true LE) and the
// "unknown model" message with the closest names.
//
// This file reads only the ELF header and the .gnu.attributes section itself, so it does not depend
// on the loader.

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

const EM_PPC = 20;
const EM_PPC64 = 21;
const SHT_GNU_ATTRIBUTES = 0x6ffffff5;
/** GNU object attribute tags of the PowerPC ABI (binutils include/elf/ppc.h). */
export const Tag_GNU_Power_ABI_FP = 4;
export const Tag_GNU_Power_ABI_Vector = 8;
export const Tag_GNU_Power_ABI_Struct_Return = 12;

/** What select.ts needs of a parsed ELF (src/linux/elf.ts ElfImage has these fields). */
export interface ElfFacts {
  class64: boolean;
  littleEndian: boolean;
  abiVersion: number;
  gnuVectorAbi: number | undefined;
  gnuFpAbi: number | undefined;
}

/** The kind of program, from a parsed ELF (ElfImage) or from raw ELF bytes. */
export function programKind(elf: ElfFacts | Uint8Array): ProgramKind {
  if (!(elf instanceof Uint8Array)) {
    const attrs = new Map<number, number>();
    if (elf.gnuVectorAbi !== undefined) attrs.set(Tag_GNU_Power_ABI_Vector, elf.gnuVectorAbi);
    if (elf.gnuFpAbi !== undefined) attrs.set(Tag_GNU_Power_ABI_FP, elf.gnuFpAbi);
    const is64 = elf.class64;
    const le = elf.littleEndian;
    const abi = elf.abiVersion === 1 || elf.abiVersion === 2 ? elf.abiVersion : 0;
    return { target: is64 ? (le ? 'ppc64le' : 'ppc64') : 'ppc32', is64, littleEndian: le, abi,
      spe: !is64 && speFromAttributes(attrs) };
  }
  return programKindFromBytes(elf);
}

/** Reads the kind of program from ELF bytes; throws ModelError when it is not a PowerPC ELF. */
export function programKindFromBytes(elf: Uint8Array): ProgramKind {
  if (elf.length < 52 || elf[0] !== 0x7f || elf[1] !== 0x45 || elf[2] !== 0x4c || elf[3] !== 0x46) {
    throw new ModelError('not an ELF file');
  }
  const cls = elf[4];
  const data = elf[5];
  if ((cls !== 1 && cls !== 2) || (data !== 1 && data !== 2)) throw new ModelError('unsupported ELF class or byte order');
  const is64 = cls === 2;
  const le = data === 1;
  const dv = new DataView(elf.buffer, elf.byteOffset, elf.byteLength);
  const machine = dv.getUint16(18, le);
  if (machine !== (is64 ? EM_PPC64 : EM_PPC)) {
    throw new ModelError(`not a PowerPC program (ELF machine ${machine}, class ${is64 ? 64 : 32})`);
  }
  const flags = dv.getUint32(is64 ? 48 : 36, le);
  const v = is64 ? flags & 3 : 0;
  const abi: 0 | 1 | 2 = v === 1 || v === 2 ? v : 0;
  const attrs = gnuAttributes(elf, dv, is64, le);
  const target: Target = is64 ? (le ? 'ppc64le' : 'ppc64') : 'ppc32';
  return { target, is64, littleEndian: le, abi, spe: !is64 && speFromAttributes(attrs) };
}

/**
 * True when GNU attributes say SPE: Tag_GNU_Power_ABI_Vector = 3 ("SPE"), or Tag_GNU_Power_ABI_FP
 * with the low two bits 3 ("single-precision hard float", which only the e500's SPE embedded FP
 * produced). An e500v2 double-precision binary that passes no vectors carries FP = 1 like any
 * hard-float binary and cannot be told apart from its attributes.
 */
export function speFromAttributes(attrs: ReadonlyMap<number, number>): boolean {
  return attrs.get(Tag_GNU_Power_ABI_Vector) === 3 || ((attrs.get(Tag_GNU_Power_ABI_FP) ?? 0) & 3) === 3;
}

/** The integer tags of the "gnu" vendor subsection of .gnu.attributes (file scope), or an empty map. */
export function gnuAttributes(elf: Uint8Array, dv: DataView, is64: boolean, le: boolean): Map<number, number> {
  const out = new Map<number, number>();
  try {
    const shoff = is64 ? Number(dv.getBigUint64(40, le)) : dv.getUint32(32, le);
    const shentsize = dv.getUint16(is64 ? 58 : 46, le);
    const shnum = dv.getUint16(is64 ? 60 : 48, le);
    if (!shoff || !shnum || shentsize < (is64 ? 64 : 40)) return out;
    for (let i = 0; i < shnum; i++) {
      const sh = shoff + i * shentsize;
      if (sh + shentsize > elf.length) break;
      if (dv.getUint32(sh + 4, le) !== SHT_GNU_ATTRIBUTES) continue;
      const off = is64 ? Number(dv.getBigUint64(sh + 24, le)) : dv.getUint32(sh + 16, le);
      const size = is64 ? Number(dv.getBigUint64(sh + 32, le)) : dv.getUint32(sh + 20, le);
      if (off + size > elf.length) break;
      parseAttributes(elf.subarray(off, off + size), le, out);
    }
  } catch {
    // a malformed section table is the loader's to report; here it only means "no attributes"
  }
  return out;
}

function uleb(b: Uint8Array, pos: { p: number }): number {
  let v = 0;
  let shift = 0;
  for (;;) {
    if (pos.p >= b.length) throw new RangeError('truncated ULEB128');
    const x = b[pos.p++];
    v += (x & 0x7f) * 2 ** shift;
    if (!(x & 0x80)) return v;
    shift += 7;
  }
}

/** Format 'A', then [length u32, vendor NUL-terminated, then sub-subsections (tag 1 = file)]. */
function parseAttributes(sec: Uint8Array, le: boolean, out: Map<number, number>): void {
  if (sec.length < 1 || sec[0] !== 0x41) return;
  const dv = new DataView(sec.buffer, sec.byteOffset, sec.byteLength);
  let p = 1;
  while (p + 4 <= sec.length) {
    const len = dv.getUint32(p, le);
    if (len < 4 || p + len > sec.length) return;
    const end = p + len;
    let q = p + 4;
    let vendor = '';
    while (q < end && sec[q] !== 0) vendor += String.fromCharCode(sec[q++]);
    q++;
    if (vendor === 'gnu') {
      while (q + 5 <= end) {
        const tag = sec[q];
        const sublen = dv.getUint32(q + 1, le);
        if (sublen < 5 || q + sublen > end) break;
        if (tag === 1) {
          const pos = { p: q + 5 };
          const subEnd = q + sublen;
          while (pos.p < subEnd) {
            const t = uleb(sec, pos);
            // The "gnu" vendor's rule (binutils _bfd_elf_obj_attrs_arg_type): Tag_compatibility (32)
            // is a ULEB128 then a string, other odd tags are strings, even tags ULEB128s.
            if (t === 32) { uleb(sec, pos); while (pos.p < subEnd && sec[pos.p] !== 0) pos.p++; pos.p++; continue; }
            if (t & 1) { while (pos.p < subEnd && sec[pos.p] !== 0) pos.p++; pos.p++; continue; }
            out.set(t, uleb(sec, pos));
          }
        }
        q += sublen;
      }
    }
    p = end;
  }
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
 * The model to run `elf` (a parsed ElfImage or raw bytes) on: the one named by `cpu` (name, alias
 * or PVR) or the default for the program. Throws ModelError (exit 125) for unknown names and for
 * refusals.
 */
export function selectModel(elf: ElfFacts | Uint8Array, cpu?: string): CpuModel {
  const kind = programKind(elf);
  const model = cpu === undefined || cpu === '' ? defaultModel(kind) : resolveModel(cpu);
  const why = refusal(model, kind);
  if (why) throw new ModelError(why);
  return model;
}
