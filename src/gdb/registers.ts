// The register set gdb sees: one list per (model, process) built from the model's units, giving
// the target description (qXfer:features:read target.xml) and the g/G/p/P byte layout. Feature
// and register names are gdb's standard PowerPC ones (gdb/features/rs6000/power-*.xml), so gdb
// numbers the registers as it does for a native Linux process on the same chip.
// Values travel in the target's byte order; vector registers as their 16 bytes in that order.

import { summarize } from '../cpu/fpu/fpscr.js';
import type { Machine } from '../cpu/machine.js';
import { Spr32, Spr64 } from '../cpu/state.js';

export interface GdbReg {
  name: string;
  bits: number;
  type: string;
  feature: string;
  group?: string;
  get(m: Machine): Uint8Array;
  set(m: Machine, b: Uint8Array): void;
}

export interface RegisterSet {
  regs: GdbReg[];
  /** Index of the pc (for stop replies). */
  pc: number;
  xml: string;
}

/** Integer bytes <-> bigint in the target's byte order. */
function intBytes(v: bigint, bytes: number, le: boolean): Uint8Array {
  const out = new Uint8Array(bytes);
  for (let k = 0; k < bytes; k++) out[le ? k : bytes - 1 - k] = Number((v >> BigInt(8 * k)) & 0xffn);
  return out;
}

function bytesInt(b: Uint8Array, le: boolean): bigint {
  let v = 0n;
  for (let k = 0; k < b.length; k++) v = (v << 8n) | BigInt(b[le ? b.length - 1 - k : k]);
  return v;
}

const M32 = 0xffffffffn;

export function registerSet(m: Machine, is64: boolean, le: boolean): RegisterSet {
  const feats = m.model.features;
  const w = is64 ? 64 : 32;
  const regs: GdbReg[] = [];
  const int = (feature: string, name: string, bits: number, get: (m: Machine) => bigint, set: (m: Machine, v: bigint) => void,
    type = bits === 64 ? 'uint64' : 'uint32', group?: string) => {
    regs.push({
      name, bits, type, feature, group,
      get: (mm) => intBytes(BigInt.asUintN(bits, get(mm)), bits / 8, le),
      set: (mm, b) => set(mm, bytesInt(b, le)),
    });
  };
  const spr64 = (r: Spr64) => [(mm: Machine) => mm.st.getSpr64(r), (mm: Machine, v: bigint) => {
    if (is64) mm.st.setSpr64(r, v);
    else mm.s64[2 * r + 1] = Number(v & M32);
  }] as const;

  const CORE = 'org.gnu.gdb.power.core';
  for (let i = 0; i < 32; i++) {
    int(CORE, `r${i}`, w, (mm) => mm.st.getGpr(i), (mm, v) => {
      if (is64) mm.st.setGpr(i, v);
      else mm.gl[i] = Number(v & M32);
    }, w === 64 ? 'uint64' : 'uint32');
  }
  const pc = regs.length;
  int(CORE, 'pc', w, (mm) => BigInt(mm.pc), (mm, v) => {
    mm.pc = mm.nia = Number(v);
    mm.st.setSpr64(Spr64.NIA, v);
  }, 'code_ptr');
  int(CORE, 'msr', w, (mm) => mm.st.getSpr64(Spr64.MSR), (mm, v) => {
    const cur = mm.st.getSpr64(Spr64.MSR);
    const nv = is64 ? v : (cur & ~M32) | v;
    mm.setMsr(Number(nv >> 32n), Number(nv & M32));
  });
  int(CORE, 'cr', 32, (mm) => BigInt(mm.s32[Spr32.CR]), (mm, v) => { mm.s32[Spr32.CR] = Number(v); });
  int(CORE, 'lr', w, ...spr64(Spr64.LR), 'code_ptr');
  int(CORE, 'ctr', w, ...spr64(Spr64.CTR));
  int(CORE, 'xer', 32, (mm) => BigInt(mm.s32[Spr32.XER]), (mm, v) => { mm.s32[Spr32.XER] = Number(v); });

  if (feats.has('fpu')) {
    const FPU = 'org.gnu.gdb.power.fpu';
    for (let i = 0; i < 32; i++) {
      int(FPU, `f${i}`, 64, (mm) => mm.st.vsrU64[2 * i], (mm, v) => { mm.st.vsrU64[2 * i] = v; }, 'ieee_double', 'float');
    }
    // ISA 2.05 widened FPSCR to 64 bits (gdb's power-fpu-isa205.xml)
    const fb = feats.has('isa205') ? 64 : 32;
    // a write reaches the FPSCR as the kernel's mtfsf puts it back: reserved bit 52 cleared, VX
    // and FEX recomputed from the causes and enables
    int(FPU, 'fpscr', fb, (mm) => mm.st.getSpr64(Spr64.FPSCR), (mm, v) => {
      const w = fb === 64 ? v : (mm.st.getSpr64(Spr64.FPSCR) & ~M32) | v;
      mm.st.setSpr64(Spr64.FPSCR, (w & ~M32) | BigInt(summarize(Number(w & M32) & ~0x800)));
    }, 'int', 'float');
  }
  if (feats.has('altivec')) {
    const VMX = 'org.gnu.gdb.power.altivec';
    for (let i = 0; i < 32; i++) {
      regs.push({
        name: `vr${i}`, bits: 128, type: 'vec128', feature: VMX, group: 'vector',
        get: (mm) => { const b = mm.st.getVsrBytesBE(32 + i); return le ? b.reverse() : b; },
        set: (mm, b) => mm.st.setVsrBytesBE(32 + i, le ? Uint8Array.from(b).reverse() : b),
      });
    }
    int(VMX, 'vscr', 32, (mm) => BigInt(mm.s32[Spr32.VSCR]), (mm, v) => { mm.s32[Spr32.VSCR] = Number(v); }, 'int', 'vector');
    int(VMX, 'vrsave', 32, (mm) => BigInt(mm.s32[Spr32.VRSAVE]), (mm, v) => { mm.s32[Spr32.VRSAVE] = Number(v); }, 'int', 'vector');
  }
  if (feats.has('vsx')) {
    const VSX = 'org.gnu.gdb.power.vsx';
    for (let i = 0; i < 32; i++) {
      int(VSX, `vs${i}h`, 64, (mm) => mm.st.vsrU64[2 * i + 1], (mm, v) => { mm.st.vsrU64[2 * i + 1] = v; }, 'uint64', 'vsx');
    }
  }
  if (feats.has('spe')) {
    const SPE = 'org.gnu.gdb.power.spe';
    for (let i = 0; i < 32; i++) {
      int(SPE, `ev${i}h`, 32, (mm) => BigInt(mm.st.speHi[i]), (mm, v) => { mm.st.speHi[i] = Number(v); });
    }
    int(SPE, 'acc', 64, ...spr64(Spr64.ACC), 'int');
    int(SPE, 'spefscr', 32, (mm) => BigInt(mm.s32[Spr32.SPEFSCR]), (mm, v) => { mm.s32[Spr32.SPEFSCR] = Number(v); }, 'int');
  }
  if (feats.has('dscr')) {
    // gdb pairs PPR with DSCR (both ISA 2.06 server registers)
    int('org.gnu.gdb.power.ppr', 'ppr', 64, (mm) => mm.st.getSpr64(Spr64.PPR), (mm, v) => mm.st.setSpr64(Spr64.PPR, v));
    int('org.gnu.gdb.power.dscr', 'dscr', 64, (mm) => mm.st.getSpr64(Spr64.DSCR), (mm, v) => mm.st.setSpr64(Spr64.DSCR, v));
  }
  if (feats.has('tar')) {
    int('org.gnu.gdb.power.tar', 'tar', 64, (mm) => mm.st.getSpr64(Spr64.TAR), (mm, v) => mm.st.setSpr64(Spr64.TAR, v));
  }
  return { regs, pc, xml: targetXml(regs, is64) };
}

const VEC128_TYPES = `  <vector id="v4f" type="ieee_single" count="4"/>
  <vector id="v4i32" type="int32" count="4"/>
  <vector id="v8i16" type="int16" count="8"/>
  <vector id="v16i8" type="int8" count="16"/>
  <union id="vec128">
    <field name="uint128" type="uint128"/>
    <field name="v4_float" type="v4f"/>
    <field name="v4_int32" type="v4i32"/>
    <field name="v8_int16" type="v8i16"/>
    <field name="v16_int8" type="v16i8"/>
  </union>
`;

function targetXml(regs: GdbReg[], is64: boolean): string {
  const out = ['<?xml version="1.0"?>', '<!DOCTYPE target SYSTEM "gdb-target.dtd">', '<target version="1.0">',
    `  <architecture>${is64 ? 'powerpc:common64' : 'powerpc:common'}</architecture>`, '  <osabi>GNU/Linux</osabi>'];
  let feature = '';
  regs.forEach((r, n) => {
    if (r.feature !== feature) {
      if (feature) out.push('  </feature>');
      feature = r.feature;
      out.push(`  <feature name="${feature}">`);
      if (r.type === 'vec128') out.push(VEC128_TYPES.trimEnd());
    }
    out.push(`    <reg name="${r.name}" bitsize="${r.bits}" type="${r.type}" regnum="${n}"${r.group ? ` group="${r.group}"` : ''}/>`);
  });
  out.push('  </feature>', '</target>', '');
  return out.join('\n');
}
