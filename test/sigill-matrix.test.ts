// The SIGILL matrix: one program per unit (test/programs/sigill_<unit>.c, each executing a single
// instruction of that unit after printing a line), run under every CPU model of
// src/features/models.ts where the program's target allows it: ppc32 programs on all 21 models (a
// 64-bit CPU runs them in 32-bit mode), ppc64 programs on the 64-bit models, ppc64le programs on
// the models with true little-endian mode. The status must be 132 (SIGILL) exactly when the chip
// lacks the instruction, else 0.
//
// The expected table below is written out from the hardware documentation, deliberately NOT
// computed from the feature sets in models.ts, so that a wrong feature bit there shows up here:
//   FP (fadd)          every model but e500v1/e500v2, whose core has no classic FPU, only SPE
//                      embedded FP (e500 Core Reference Manual, "Instruction set": the FP
//                      instructions are not implemented; the kernel's e500 cputable entries have no
//                      PPC_FEATURE_HAS_FPU). 750/74xx/970 and the 440EPx/476FP FPUs have fadd.
//   AltiVec (vaddubm)  7400/7410/7450/7447A (MPC7450 RISC Microprocessor Family Reference Manual),
//                      970/970FX/970MP ("VMX", IBM PowerPC 970 User's Manual), POWER6 (VMX, Power
//                      ISA 2.05), POWER7..POWER10, e6500 (e6500 Core Reference Manual: AltiVec).
//                      Not the 750, POWER5+, e500v1/v2/e500mc/e5500, 440, 476.
//   VSX (xxlor)        introduced by Power ISA 2.06: POWER7 and later only.
//   SPE (evand)        e500v1 and e500v2 only (SPE Programming Interface Manual; the e500mc
//                      dropped SPE for a classic FPU). evand rather than evaddw: evaddw's word is
//                      vaddubs on an AltiVec CPU (primary opcode 4 is shared), evand's (xo 529) is
//                      no VMX instruction up to ISA 3.1.
//   64-bit (mulld)     every 64-bit implementation (970 family, POWER5+ and later, e5500, e6500),
//                      in 32-bit mode too (Power ISA Book I 1.5: 64-bit instructions remain
//                      available when MSR[SF]=0); no 32-bit implementation.
//   ISA 2.06 (popcntd) POWER7 and later; e5500 and e6500 (64-bit Power ISA 2.06 Book III-E cores:
//                      e5500/e6500 Core Reference Manuals list popcntd). Not the e500mc (32-bit).
//   ISA 2.07 (vpopcntb) POWER8 and later.
//   ISA 3.0 (cnttzw)   POWER9 and later.
//   ISA 3.1 (setbc)    POWER10 only (Power ISA 3.1 is POWER10's level).
//   MMA (xxsetaccz)    POWER10 only (PPC_FEATURE2_MMA: the kernel's POWER10 cputable entry alone).
//   BCD (bcdadd.)      Power ISA 2.07 vector decimal: POWER8 and later (the 970/POWER6/POWER7
//                      VMX has no decimal instructions; e6500's AltiVec is ISA 2.06 level).
//   DFP (dadd)         decimal floating point, Power ISA 2.05: POWER6 and later (PPC_FEATURE_HAS_DFP
//                      from the device tree's ibm,dfp); not the 970 family, POWER5+, the 7xx/74xx,
//                      or any Freescale/AMCC embedded core (e500mc/e5500/e6500 have no DFP unit).
//   HTM (tbegin.)      POWER8 and POWER9 (PPC_FEATURE2_HTM); POWER10 removed transactional
//                      memory (Power ISA 3.1 drops it; its cputable entry has no HTM bit).
//   ROP (hashst)       Power ISA 3.1B: POWER10 executes it; POWER8 and POWER9 run it as a no-op
//                      (it was allocated from encodings they execute as reserved no-ops, which is
//                      why GCC and Clang accept -mrop-protect from -mcpu=power8 on); POWER7 and
//                      older, and the embedded cores, have no such instruction (SIGILL).
//
// QEMU 7.2 (qemu-ppc / qemu-ppc64 / qemu-ppc64le -cpu X) was run over the same matrix for every
// model it has (all but POWER6 and the 476; it cannot run 32-bit programs on its 64-bit CPUs, as
// qemu-ppc has only 32-bit CPUs) and agrees with every cell below but one: its power10 model
// executes tbegin. (QEMU keeps the TM flag on POWER10), while Linux on POWER10 leaves MSR[TM]
// off and turns the TM facility-unavailable interrupt into SIGILL (arch/powerpc/kernel/traps.c,
// facility_unavailable_exception: FSCR_TM_LG without CPU_FTR_TM), so ppcemu expects 132 there
// (QEMU_DIFFERS). And QEMU executes hashst on every model (the ROP column: 0 everywhere).
// Set PPCEMU_TEST_QEMU=1 to repeat that comparison here (needs qemu-user).
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { constants } from 'node:os';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runGuest } from '../src/linux/run.js';
import { MODELS, findModel } from '../src/features/models.js';
import { ModelError } from '../src/features/select.js';
import { rows as speRows } from '../src/cpu/isa/spe.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ORACLE = join(process.env.PPCEMU_ORACLE ?? join(ROOT, '..', 'shared', 'oracle'), 'qemu-run.sh');
const WITH_QEMU = process.env.PPCEMU_TEST_QEMU === '1' && existsSync(ORACLE);

/** Every model, spelled out so that a new model must be added to the table below. */
const ALL = ['750', '7400', '7410', '7450', '7447A', '970', '970FX', '970MP', 'POWER5+', 'POWER6', 'POWER7',
  'POWER8', 'POWER9', 'POWER10', 'e500v1', 'e500v2', 'e500mc', 'e5500', 'e6500', '440FP', '476'];
const BITS64 = ['970', '970FX', '970MP', 'POWER5+', 'POWER6', 'POWER7', 'POWER8', 'POWER9', 'POWER10', 'e5500',
  'e6500'];
const TRUE_LE = ['POWER8', 'POWER9', 'POWER10'];

type Unit = 'fp' | 'altivec' | 'vsx' | 'spe' | 'ppc64' | 'isa206' | 'isa207' | 'isa300' | 'isa310' | 'mma' | 'bcd' | 'dfp' | 'htm'
  | 'rop';

/** The models that execute each unit's instruction (see the header for the sources). */
const HAS: Record<Unit, readonly string[]> = {
  fp: ['750', '7400', '7410', '7450', '7447A', '970', '970FX', '970MP', 'POWER5+', 'POWER6', 'POWER7', 'POWER8',
    'POWER9', 'POWER10', 'e500mc', 'e5500', 'e6500', '440FP', '476'],
  altivec: ['7400', '7410', '7450', '7447A', '970', '970FX', '970MP', 'POWER6', 'POWER7', 'POWER8', 'POWER9',
    'POWER10', 'e6500'],
  vsx: ['POWER7', 'POWER8', 'POWER9', 'POWER10'],
  spe: ['e500v1', 'e500v2'],
  ppc64: ['970', '970FX', '970MP', 'POWER5+', 'POWER6', 'POWER7', 'POWER8', 'POWER9', 'POWER10', 'e5500', 'e6500'],
  isa206: ['POWER7', 'POWER8', 'POWER9', 'POWER10', 'e5500', 'e6500'],
  isa207: ['POWER8', 'POWER9', 'POWER10'],
  isa300: ['POWER9', 'POWER10'],
  isa310: ['POWER10'],
  mma: ['POWER10'],
  bcd: ['POWER8', 'POWER9', 'POWER10'],
  dfp: ['POWER6', 'POWER7', 'POWER8', 'POWER9', 'POWER10'],
  htm: ['POWER8', 'POWER9'],
  rop: ['POWER8', 'POWER9', 'POWER10'],
};

/** The instruction each program executes, as printed on its first line. */
const INSN: Record<Unit, string> = {
  fp: 'fadd f0,f0,f0', altivec: 'vaddubm v0,v0,v0', vsx: 'xxlor vs0,vs0,vs0', spe: 'evand r3,r3,r3',
  ppc64: 'mulld r9,r9,r9', isa206: 'popcntd r9,r9', isa207: 'vpopcntb v0,v0', isa300: 'cnttzw r9,r9',
  isa310: 'setbc r9,lt', mma: 'xxsetaccz a0', bcd: 'bcdadd. v0,v0,v0,0', dfp: 'dadd f0,f0,f0', htm: 'tbegin.',
  rop: 'hashst r9,-8(r1)',
};

const UNITS = Object.keys(HAS) as Unit[];
/** Cells where QEMU 7.2 disagrees (see the header): unit/model -> QEMU's status. */
const QEMU_DIFFERS: Record<string, number> = { 'htm/POWER10': 0 };
/** SPE is a 32-bit-only unit: sigill_spe is built for ppc32 alone. */
const TARGETS_OF = (u: Unit): ('ppc32' | 'ppc64' | 'ppc64le')[] => (u === 'spe' ? ['ppc32'] : ['ppc32', 'ppc64', 'ppc64le']);

/** The SPE opcode space is someone else's work in progress: cells needing it wait for its rows. */
const SPE_IMPLEMENTED = speRows.some((r) => r.mnem === 'evand');

function bin(target: string, u: Unit): Uint8Array {
  return readFileSync(join(ROOT, 'test', 'bin', target, `sigill_${u}`));
}

function expectedStatus(u: Unit, model: string): number {
  return HAS[u].includes(model) ? 0 : 132;
}

function expectedStdout(u: Unit, status: number): string {
  const first = `sigill_${u}: executing ${INSN[u]}\n`;
  return status === 0 ? `${first}sigill_${u}: ${INSN[u]} executed\n` : first;
}

describe('SIGILL matrix', () => {
  it('covers every model of the table', () => {
    expect(MODELS.map((m) => m.name)).toEqual(ALL);
    expect(MODELS.filter((m) => m.bits === 64).map((m) => m.name)).toEqual(BITS64);
    for (const u of UNITS) for (const n of HAS[u]) expect(ALL, `${u}: ${n}`).toContain(n);
  });

  for (const u of UNITS) {
    for (const target of TARGETS_OF(u)) {
      const models = target === 'ppc32' ? ALL : target === 'ppc64' ? BITS64 : TRUE_LE;
      describe(`${target}/sigill_${u}`, () => {
        for (const name of models) {
          const want = expectedStatus(u, name);
          const pending = u === 'spe' && want === 0 && !SPE_IMPLEMENTED;
          (pending ? it.skip : it)(`${name}: ${want === 0 ? 'runs' : 'SIGILL'}`, () => {
            const r = runGuest(bin(target, u), { cpu: name, maxInsns: 1e6 });
            expect({ status: r.status, stdout: r.stdout.toString('latin1') })
              .toEqual({ status: want, stdout: expectedStdout(u, want) });
          });
        }
      });
    }
  }

  it('refuses the little-endian programs on the 64-bit models without true LE (exit 125)', () => {
    for (const name of BITS64.filter((n) => !TRUE_LE.includes(n))) {
      let err: unknown;
      try { runGuest(bin('ppc64le', 'fp'), { cpu: name }); } catch (e) { err = e; }
      expect(err, name).toBeInstanceOf(ModelError);
      expect((err as ModelError).status).toBe(125);
    }
  });

  // The same matrix under QEMU, for the models QEMU has (optional: PPCEMU_TEST_QEMU=1).
  describe.runIf(WITH_QEMU)('QEMU agrees', () => {
    for (const u of UNITS) {
      for (const target of TARGETS_OF(u)) {
        const models = target === 'ppc32' ? ALL.filter((n) => !BITS64.includes(n)) : target === 'ppc64' ? BITS64 : TRUE_LE;
        for (const name of models) {
          const q = findModel(name)!.qemuCpu;
          if (!q) continue;
          it(`${target}/sigill_${u} on ${q}`, () => {
            let status = 0;
            let stdout = '';
            try {
              stdout = execFileSync(ORACLE, [target, '-cpu', q, join(ROOT, 'test', 'bin', target, `sigill_${u}`)],
                { encoding: 'latin1', stdio: ['ignore', 'pipe', 'ignore'] });
            } catch (e) {
              // qemu-run.sh execs QEMU, which kills itself with the guest's signal: 128 + N as a shell says.
              const x = e as { status: number | null; signal: NodeJS.Signals | null; stdout: string };
              status = x.status ?? 128 + (x.signal ? constants.signals[x.signal] : 0);
              stdout = x.stdout;
            }
            const want = u === 'rop' ? 0 : QEMU_DIFFERS[`${u}/${name}`] ?? expectedStatus(u, name);
            expect({ status, stdout }).toEqual({ status: want, stdout: expectedStdout(u, want) });
          });
        }
      }
    }
  });
});
