// sigreturn reloads the FPSCR the way the kernel does (mtfsf; QEMU's ppc_store_fpscr): a handler
// that writes an FPSCR word into its ucontext gets reserved bit 52 dropped and VX and FEX as the
// causes and enables make them, whatever the word said. (An FPSCR whose summary bits disagree
// with its causes is a state no instruction leaves, and the FP fast paths rely on it.)
import { describe, expect, it } from 'vitest';
import { Spr64 } from '../../src/cpu/state.js';
import { GuestView } from '../../src/linux/guestmem.js';
import { frameLayout, restoreFrame, setupFrame } from '../../src/linux/signals.js';
import { mk } from './harness.js';

const STACK = 0x40000, FLO = 2 * Spr64.FPSCR + 1;
const VXSNAN = 0x01000000, VX = 0x20000000, FEX = 0x40000000, VE = 0x80, XX = 0x02000000, XE = 0x08;

describe('sigreturn and the FPSCR', () => {
  for (const is64 of [true, false]) {
    it(`recomputes VX and FEX and clears bit 52 (${is64 ? 64 : 32}-bit frame)`, () => {
      const m = mk({ sf: is64 });
      m.mem.map(STACK, 0x10000, 3);
      const g = new GuestView(m, is64);
      setupFrame(m, g, {
        signo: 10, info: { signo: 10, code: 0 }, handler: 0x10000, flags: 0, oldMask: 0n, nip: 0x10100,
        sp: STACK + 0xf000, trampoline: 0x10200, altStack: { sp: 0, flags: 2, size: 0 }, abiVersion: 2,
      });
      // the handler's frame: r1 + callerSpace; the FPSCR word after the 32 FPRs of the mcontext
      const L = frameLayout(is64);
      const sp = m.gl[1], at = sp + L.callerSpace + L.fregs + 8 * 32;
      for (const [word, want] of [
        [VXSNAN | VE, VXSNAN | VE | VX | FEX], // causes without their summary bits
        [VX | FEX | 0x800 | 3, 3], // summary bits without causes, reserved bit 52
        [XX | XE, XX | XE | FEX],
      ]) {
        g.w64(at, BigInt(word >>> 0));
        m.gl[1] = sp;
        restoreFrame(m, g);
        expect((m.s64[FLO] >>> 0).toString(16)).toBe((want >>> 0).toString(16));
      }
    });
  }
});
