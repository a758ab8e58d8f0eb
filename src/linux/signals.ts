// Signal frames as Linux/powerpc builds them (arch/powerpc/kernel/signal_32.c / signal_64.c):
// an rt_sigframe with siginfo and a ucontext whose mcontext holds the interrupted registers in
// pt_regs order. The handler returns through a trampoline (li r0,__NR_rt_sigreturn; sc) in a
// read-only executable page we map, as the kernel's vDSO provides.

import { summarize } from '../cpu/fpu/fpscr.js';
import type { Machine } from '../cpu/machine.js';
import { Spr32, Spr64 } from '../cpu/state.js';
import { FEATURE_BIT } from '../features/features.js';
import type { GuestView } from './guestmem.js';

/** pt_regs slots (in words) inside gp_regs. */
const PT_NIP = 32, PT_MSR = 33, PT_ORIG_R3 = 34, PT_CTR = 35, PT_LNK = 36, PT_XER = 37, PT_CCR = 38,
  PT_TRAP = 40, PT_DAR = 41, PT_RESULT = 43;

export interface SigInfo {
  signo: number; code: number; errno?: number; addr?: number; pid?: number; uid?: number;
  /** SIGCHLD's si_status: the exit code, or the signal that killed the child. */
  status?: number;
}

/** Offsets of the frame pieces for one ABI. */
interface Layout {
  frameSize: number;
  /** Offset of siginfo, ucontext, and the mcontext's gp_regs / fp_regs / vmx area in the frame. */
  info: number; uc: number; gregs: number; fregs: number; vregs: number; vsx: number;
  /** Offset of uc_sigmask and uc_stack within the ucontext. */
  ucMask: number; ucStack: number;
  /** Stack space below the frame that the handler's stack pointer skips (__SIGNAL_FRAMESIZE). */
  callerSpace: number;
}

// 64-bit: struct ucontext { flags 0, link 8, stack 16 (24 bytes), sigmask 40, unused[15] 48,
// sigcontext 168 { _unused[4] 0, signal 32, handler 40, oldmask 48, regs 56, gp_regs 64 (48*8),
// fp_regs 448 (33*8), v_regs 712, vmx_reserve 720 (101*8) } } = 168 + 1528 = 1696 bytes.
// v_regs points at vmx_reserve rounded up to 16 (sigcontext+728); VSX doubleword 1 of VSR 0..31
// follows the 34 vector slots.
// rt_sigframe64 { uc 0, _unused[2] 1696, tramp[7] 1712, pinfo 1744, puc 1752, info 1760 (128),
// abigap 1888 (288) } = 2176 (aligned 16).
const LAYOUT64: Layout = {
  frameSize: 2176, info: 1760, uc: 0, gregs: 168 + 64, fregs: 168 + 448, vregs: 168 + 728,
  vsx: 168 + 728 + 34 * 16, ucMask: 40, ucStack: 16, callerSpace: 128,
};
// 32-bit: rt_sigframe { info 0 (128), uc 128 { flags, link, stack(12), pad[7], uc_regs 48,
// sigmask 52, maskext[30], pad2[3], mcontext 192 { gregs 48*4, fregs 33*8 at 192, pad[2],
// vregs (aligned 16) at 464 (33*16), vsx 992 (32*8) } } , abigap } ; total 128 + 192 + 1248 + 224.
const LAYOUT32: Layout = {
  frameSize: 128 + 192 + 1248 + 224, info: 0, uc: 128, gregs: 128 + 192, fregs: 128 + 192 + 192,
  vregs: 128 + 192 + 464, vsx: 128 + 192 + 992, ucMask: 52, ucStack: 8, callerSpace: 64 + 16,
};

export function frameLayout(is64: boolean): Layout { return is64 ? LAYOUT64 : LAYOUT32; }

/** Writes machine registers into an mcontext (and returns nothing); `nip` is the resume address. */
function saveRegs(m: Machine, g: GuestView, L: Layout, base: number, nip: number): void {
  const ws = g.wordSize;
  const gr = base + L.gregs;
  for (let r = 0; r < 32; r++) {
    if (g.is64) g.w64(gr + 8 * r, (BigInt(m.gh[r]) << 32n) | BigInt(m.gl[r]));
    else g.w32(gr + 4 * r, m.gl[r]);
  }
  g.wword(gr + ws * PT_NIP, nip);
  g.wword(gr + ws * PT_MSR, g.is64 ? m.st.getSpr64(Spr64.MSR) : m.s64[2 * Spr64.MSR + 1]);
  g.wword(gr + ws * PT_ORIG_R3, 0);
  g.wword(gr + ws * PT_CTR, g.is64 ? m.st.getSpr64(Spr64.CTR) : m.s64[2 * Spr64.CTR + 1]);
  g.wword(gr + ws * PT_LNK, g.is64 ? m.st.getSpr64(Spr64.LR) : m.s64[2 * Spr64.LR + 1]);
  g.wword(gr + ws * PT_XER, m.s32[Spr32.XER]);
  g.wword(gr + ws * PT_CCR, m.s32[Spr32.CR]);
  g.wword(gr + ws * PT_TRAP, 0);
  g.wword(gr + ws * PT_DAR, 0);
  g.wword(gr + ws * PT_RESULT, 0);
  const fr = base + L.fregs;
  for (let r = 0; r < 32; r++) g.w64(fr + 8 * r, m.st.getFprBits(r));
  g.w64(fr + 8 * 32, m.st.getSpr64(Spr64.FPSCR) & 0xffffffffn);
  const vr = base + L.vregs;
  const usedVmx = m.used[FEATURE_BIT.altivec] || m.used[FEATURE_BIT.vmx_207] || m.used[FEATURE_BIT.vmx_300];
  if (g.is64) g.w64(base + L.vregs - 16, usedVmx ? vr : 0); // v_regs pointer (sigcontext+712)
  for (let r = 0; r < 32; r++) g.writeBytes(vr + 16 * r, vsrToMemory(m, 32 + r, g));
  // VSCR sits in the last word of the 33rd quadword (big-endian order as in Linux's layout).
  g.w32(vr + 16 * 32 + (m.mem.le ? 0 : 12), m.s32[Spr32.VSCR]);
  g.w32(vr + 16 * 33, m.s32[Spr32.VRSAVE]);
  for (let r = 0; r < 32; r++) g.w64(base + L.vsx + 8 * r, m.st.getVsrDw(r, 1));
}

function restoreRegs(m: Machine, g: GuestView, L: Layout, base: number): number {
  const ws = g.wordSize;
  const gr = base + L.gregs;
  for (let r = 0; r < 32; r++) {
    if (g.is64) m.st.setGpr(r, g.u64(gr + 8 * r));
    else { m.gh[r] = 0; m.gl[r] = g.u32(gr + 4 * r); }
  }
  const nip = g.word(gr + ws * PT_NIP);
  const setPair = (s: Spr64, v: number) => {
    m.s64[2 * s] = g.is64 ? Math.floor(v / 4294967296) : 0;
    m.s64[2 * s + 1] = v >>> 0;
  };
  setPair(Spr64.CTR, g.word(gr + ws * PT_CTR));
  setPair(Spr64.LR, g.word(gr + ws * PT_LNK));
  m.s32[Spr32.XER] = g.word(gr + ws * PT_XER) >>> 0;
  m.s32[Spr32.CR] = g.word(gr + ws * PT_CCR) >>> 0;
  const fr = base + L.fregs;
  for (let r = 0; r < 32; r++) m.st.setFprBits(r, g.u64(fr + 8 * r));
  // the kernel reloads the FPSCR with mtfsf, as QEMU's ppc_store_fpscr does it: reserved bit 52
  // cleared, VX and FEX recomputed from the causes and enables
  const fpscr = summarize(Number(g.u64(fr + 8 * 32) & 0xffffffffn) & ~0x800);
  m.st.setSpr64(Spr64.FPSCR, (m.st.getSpr64(Spr64.FPSCR) & 0xffffffff00000000n) | BigInt(fpscr));
  const vr = base + L.vregs;
  for (let r = 0; r < 32; r++) vsrFromMemory(m, 32 + r, g.bytes(vr + 16 * r, 16), g);
  m.s32[Spr32.VSCR] = g.u32(vr + 16 * 32 + (m.mem.le ? 0 : 12));
  for (let r = 0; r < 32; r++) m.st.setVsrDw(r, 1, g.u64(base + L.vsx + 8 * r));
  return nip;
}

/** A VSR's 16 bytes as stvx would store them in the current byte order. */
function vsrToMemory(m: Machine, r: number, g: GuestView): Uint8Array {
  const be = m.st.getVsrBytesBE(r);
  return g.m.mem.le ? be.reverse() : be;
}

function vsrFromMemory(m: Machine, r: number, b: Uint8Array, g: GuestView): void {
  m.st.setVsrBytesBE(r, g.m.mem.le ? Uint8Array.from(b).reverse() : b);
}

export interface FrameRequest {
  signo: number;
  info: SigInfo;
  handler: number;
  flags: number;
  /** Signal mask to save in the frame (the one in force before delivery). */
  oldMask: bigint;
  /** Resume address stored in the frame. */
  nip: number;
  /** Stack pointer to build the frame below. */
  sp: number;
  trampoline: number;
  altStack: { sp: number; flags: number; size: number };
  abiVersion: number;
}

/** Builds the frame and points the machine at the handler. */
export function setupFrame(m: Machine, g: GuestView, req: FrameRequest): void {
  const L = frameLayout(g.is64);
  const redZone = g.is64 ? 288 : 0;
  const frame = Math.floor((req.sp - redZone - L.frameSize) / 16) * 16;
  const inf = frame + L.info;
  writeSigInfo(g, inf, { ...req.info, signo: req.signo });
  // ucontext
  const uc = frame + L.uc;
  g.wword(uc, 0);
  g.wword(uc + g.wordSize, 0);
  const st = uc + L.ucStack;
  g.wword(st, req.altStack.sp);
  g.w32(st + g.wordSize, req.altStack.flags);
  g.wword(st + (g.is64 ? 16 : 8), req.altStack.size);
  if (!g.is64) g.w32(uc + 48, uc + 192); // uc_regs -> uc_mcontext
  writeMask(g, uc + L.ucMask, req.oldMask);
  if (g.is64) {
    const sc = uc + 168;
    g.w32(sc + 32, req.signo);
    g.w64(sc + 40, req.handler);
    g.w64(sc + 48, req.oldMask & 0xffffffffffffffffn);
    g.w64(sc + 56, sc + 64);
  }
  saveRegs(m, g, L, frame, req.nip);
  if (g.is64) {
    g.w64(frame + 1744, inf);
    g.w64(frame + 1752, uc);
  }
  // New stack pointer with a back chain to the interrupted one.
  const newSp = frame - L.callerSpace;
  g.wword(newSp, req.sp);
  // Registers for the handler.
  let entry = req.handler;
  if (g.is64 && req.abiVersion !== 2) {
    entry = g.word(req.handler);
    m.st.setGpr(2, g.u64(req.handler + 8));
  }
  setReg(m, 1, newSp);
  setReg(m, 3, req.signo);
  setReg(m, 4, inf);
  setReg(m, 5, uc);
  setReg(m, 6, frame);
  if (g.is64) setReg(m, 12, entry);
  m.s64[2 * Spr64.LR] = 0;
  m.s64[2 * Spr64.LR + 1] = req.trampoline >>> 0;
  m.nia = entry;
  m.pc = entry;
}

/** A siginfo_t (128 bytes) at addr: signo, errno, code, then the address or the sender. */
export function writeSigInfo(g: GuestView, addr: number, info: SigInfo): void {
  g.writeBytes(addr, new Uint8Array(128));
  g.w32(addr, info.signo);
  g.w32(addr + 4, info.errno ?? 0);
  g.w32(addr + 8, info.code);
  const un = addr + (g.is64 ? 16 : 12);
  if (info.addr !== undefined) g.wword(un, info.addr);
  else { g.w32(un, info.pid ?? 0); g.w32(un + 4, info.uid ?? 0); }
  if (info.status !== undefined) g.w32(un + 8, info.status);
}

/** rt_sigreturn: restores registers from the frame at r1; returns the saved mask. */
export function restoreFrame(m: Machine, g: GuestView): { mask: bigint; stack: number } {
  const L = frameLayout(g.is64);
  const sp = g.is64 ? m.gh[1] * 4294967296 + m.gl[1] : m.gl[1];
  const frame = sp + L.callerSpace;
  const uc = frame + L.uc;
  const mask = readMask(g, uc + L.ucMask);
  const nip = restoreRegs(m, g, L, frame);
  m.nia = nip;
  return { mask, stack: g.word(uc + L.ucStack) };
}

function setReg(m: Machine, r: number, v: number): void {
  m.gh[r] = Math.floor(v / 4294967296) >>> 0;
  m.gl[r] = v >>> 0;
}

export function writeMask(g: GuestView, a: number, mask: bigint): void {
  if (g.is64) g.w64(a, mask);
  else { g.w32(a, Number(mask & 0xffffffffn)); g.w32(a + 4, Number(mask >> 32n)); }
}

export function readMask(g: GuestView, a: number): bigint {
  if (g.is64) return g.u64(a);
  return BigInt(g.u32(a)) | (BigInt(g.u32(a + 4)) << 32n);
}
