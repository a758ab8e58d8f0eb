// ELF core files (src/linux/coredump.ts): `run --core` on a fatal signal and `ppcemu core IMAGE`,
// read back by gdb-multiarch (registers of every unit, a backtrace, variables) and by a small note
// parser here (the kernel's struct sizes). The gdb parts fail on CI without gdb-multiarch and are
// skipped with a note elsewhere.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkpoint } from '../src/checkpoint/index.js';
import { Spr32, Spr64 } from '../src/cpu/state.js';
import { FEATURE_BIT } from '../src/features/features.js';
import { NT } from '../src/linux/coredump.js';
import { parseElf } from '../src/linux/elf.js';
import { createProcess } from '../src/linux/run.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'bin', 'ppcemu.js');
const TMP = mkdtempSync(join(tmpdir(), 'ppcemu-core-'));
const HAVE_GDB = spawnSync('gdb-multiarch', ['--version']).status === 0;
const ON_CI = process.env.CI === 'true';
if (!HAVE_GDB && !ON_CI) console.warn('note: gdb-multiarch is not installed: gdb reading core files is skipped (it fails on CI)');
const withGdb = HAVE_GDB || ON_CI ? it : it.skip;

const ppcemu = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'latin1', input: '' });
function gdb(prog: string, core: string, cmds: string[]): string {
  const r = spawnSync('gdb-multiarch', ['-batch', '-nx', '-ex', 'set pagination off', ...cmds.flatMap((c) => ['-ex', c]), prog, core],
    { cwd: ROOT, encoding: 'latin1', timeout: 60_000 });
  return r.stdout + r.stderr;
}

/** The notes of a core file: [type, name, descsz, desc]. */
function notes(file: string): [number, string, number, Buffer][] {
  const b = readFileSync(file);
  const is64 = b[4] === 2, le = b[5] === 1;
  const u16 = (o: number) => (le ? b.readUInt16LE(o) : b.readUInt16BE(o));
  const u32 = (o: number) => (le ? b.readUInt32LE(o) : b.readUInt32BE(o));
  const word = (o: number) => (is64 ? Number(le ? b.readBigUInt64LE(o) : b.readBigUInt64BE(o)) : u32(o));
  expect(u16(16)).toBe(4); // ET_CORE
  const ph = word(is64 ? 32 : 28); // the PT_NOTE comes first
  expect(u32(ph)).toBe(4);
  const off = word(ph + (is64 ? 8 : 4)), size = word(ph + (is64 ? 32 : 16));
  const out: [number, string, number, Buffer][] = [];
  for (let o = off; o < off + size;) {
    const nsz = u32(o), dsz = u32(o + 4), type = u32(o + 8);
    const d = o + 12 + Math.ceil(nsz / 4) * 4;
    out.push([type, b.toString('latin1', o + 12, o + 12 + nsz - 1), dsz, b.subarray(d, d + dsz)]);
    o += 12 + Math.ceil(nsz / 4) * 4 + Math.ceil(dsz / 4) * 4;
  }
  return out;
}

const TARGETS = ['ppc32', 'ppc64', 'ppc64le'] as const;

describe('core files from a fatal signal (run --core)', () => {
  for (const t of TARGETS) {
    const core = join(TMP, `crash-${t}.core`);
    it(`${t}: the kernel's note layout`, () => {
      const r = ppcemu('run', `test/bin/${t}/gdb_demo`, 'crash', '--core', core);
      expect(r.status).toBe(139);
      expect(r.stderr).toContain(`ppcemu: core written to ${core}`);
      const n = notes(core);
      const is64 = t !== 'ppc32';
      expect(n.slice(0, 4).map((x) => x.slice(0, 3))).toEqual([
        [NT.PRSTATUS, 'CORE', is64 ? 504 : 268], [NT.PRPSINFO, 'CORE', is64 ? 136 : 128],
        [NT.AUXV, 'CORE', expect.any(Number)], [NT.FILE, 'CORE', expect.any(Number)],
      ]);
      // an integer-only program on POWER9 / 7450: no FP or vector state, the SPRs the model has
      expect(n.slice(4).map(([type, name]) => [type, name])).toEqual(
        is64 ? [[NT.PPC_TAR, 'LINUX'], [NT.PPC_PMU, 'LINUX'], [NT.PPC_PPR, 'LINUX'], [NT.PPC_DSCR, 'LINUX']] : []);
    });

    withGdb(`${t}: gdb shows the signal, a backtrace, variables and the registers`, () => {
      const out = gdb(`test/bin/${t}/gdb_demo`, core, ['bt', 'print depth', 'print counter', 'print origin', 'info all-registers']);
      expect(out).toContain('Program terminated with signal SIGSEGV, Segmentation fault.');
      expect(out).toMatch(/#0 +0x[0-9a-f]+ in crash_here \(depth=7\) at test\/programs\/gdb_demo\.c:22/);
      expect(out).toMatch(/#1 +0x[0-9a-f]+ in main \(argc=2, argv=0x[0-9a-f]+\) at test\/programs\/gdb_demo\.c:32/);
      expect(out).toContain('$1 = 7');
      expect(out).toContain('$2 = 15');
      expect(out).toContain('$3 = {x = 3, y = 4}');
      expect(out).toMatch(/^pc +0x[0-9a-f]+ +0x[0-9a-f]+ <crash_here\+\d+>$/m);
      expect(out).toMatch(/^trap +0x300 /m); // the DSI vector in pt_regs.trap
      expect(out).not.toMatch(/warning/i);
    });
  }
});

/** A checkpoint image with distinctive values in every unit the model has, as `ppcemu core` input. */
function image(target: string, cpu: string): string {
  const { proc } = createProcess(parseElf(readFileSync(join(ROOT, `test/bin/${target}/gdb_demo`))), { cpu, execPath: `test/bin/${target}/gdb_demo` },
    { stdout: () => {}, stderr: () => {} });
  const m = proc.m, st = m.st, f = m.model.features;
  m.run(40);
  st.setGpr(14, 0x0123456789abcdefn);
  m.s32[Spr32.CR] = 0x24000000;
  st.setSpr64(Spr64.CTR, 0x5555n);
  if (f.has('fpu')) {
    m.used[FEATURE_BIT.fpu] = 1;
    st.setFprBits(1, 0x3ff8000000000000n);
    st.setSpr64(Spr64.FPSCR, 0x4n);
  }
  if (f.has('altivec')) {
    m.used[FEATURE_BIT.altivec] = 1;
    st.setVsrBytesBE(33, Uint8Array.from({ length: 16 }, (_, i) => i));
    m.s32[Spr32.VSCR] = 0x00010001;
    m.s32[Spr32.VRSAVE] = 0xdeadbeef;
  }
  if (f.has('vsx')) {
    m.used[FEATURE_BIT.vsx] = 1;
    st.setVsrDw(1, 1, 0x1111222233334444n);
  }
  if (f.has('spe')) {
    m.used[FEATURE_BIT.spe] = 1;
    st.speHi[5] = 0xcafef00d;
    m.gl[5] = 0x12345678;
    st.setSpr64(Spr64.ACC, 0x0123456789abcdefn);
    m.s32[Spr32.SPEFSCR] = 3;
  }
  if (f.has('tar')) st.setSpr64(Spr64.TAR, 0x1234n);
  if (f.has('dscr')) { st.setSpr64(Spr64.PPR, 0x000c000000000000n); st.setSpr64(Spr64.DSCR, 0x10n); }
  const file = join(TMP, `${target}-${cpu}.img`);
  writeFileSync(file, checkpoint(proc));
  return file;
}

describe('core files from images (ppcemu core)', () => {
  const cases: [string, string, string[], RegExp[]][] = [
    ['ppc64le', 'POWER9', ['p/x $f1', 'p/x $vr1.uint128', 'p/x $vs1.uint128', 'p/x $vscr', 'p/x $vrsave', 'p/x $fpscr', 'p/x $tar', 'p/x $ppr', 'p/x $dscr'],
      [/\$1 = 0x3ff8000000000000/, /\$2 = 0x102030405060708090a0b0c0d0e0f/, /\$3 = 0x3ff80000000000001111222233334444/,
        /\$4 = 0x10001/, /\$5 = 0xdeadbeef/, /\$6 = 0x4/, /\$7 = 0x1234/, /\$8 = 0xc000000000000/, /\$9 = 0x10/]],
    ['ppc64', 'POWER9', ['p/x $f1', 'p/x $vr1.uint128', 'p/x $vs1.uint128', 'p/x $vscr', 'p/x $vrsave', 'p/x $fpscr', 'p/x $tar', 'p/x $ppr', 'p/x $dscr'],
      [/\$1 = 0x3ff8000000000000/, /\$2 = 0x102030405060708090a0b0c0d0e0f/, /\$3 = 0x3ff80000000000001111222233334444/,
        /\$4 = 0x10001/, /\$5 = 0xdeadbeef/, /\$6 = 0x4/, /\$7 = 0x1234/, /\$8 = 0xc000000000000/, /\$9 = 0x10/]],
    ['ppc32', '7450', ['p/x $f1', 'p/x $vr1.uint128', 'p/x $vscr', 'p/x $vrsave', 'p/x $fpscr'],
      [/\$1 = 0x3ff8000000000000/, /\$2 = 0x102030405060708090a0b0c0d0e0f/, /\$3 = 0x10001/, /\$4 = 0xdeadbeef/, /\$5 = 0x4/]],
    // gdb 13 reads no SPE registers from Linux cores (the note is checked byte by byte below)
    ['ppc32', 'e500v2', ['p/x $r5'], [/\$1 = 0x12345678/]],
  ];
  for (const [t, cpu, cmds, want] of cases) {
    const core = join(TMP, `${t}-${cpu}.core`);
    it(`${t} on ${cpu}: the register notes match the image's records`, () => {
      const r = ppcemu('core', image(t, cpu), '-o', core);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      const types = notes(core).map(([type]) => type).slice(4);
      const want = cpu === 'POWER9' ? [NT.PRFPREG, NT.PPC_VMX, NT.PPC_VSX, NT.PPC_TAR, NT.PPC_PMU, NT.PPC_PPR, NT.PPC_DSCR]
        : cpu === '7450' ? [NT.PRFPREG, NT.PPC_VMX] : [NT.PPC_SPE];
      expect(types).toEqual(want);
      const sizes = Object.fromEntries(notes(core).map(([type, , size]) => [type, size]));
      if (want.includes(NT.PPC_VMX)) expect(sizes[NT.PPC_VMX]).toBe(34 * 16);
      if (want.includes(NT.PRFPREG)) expect(sizes[NT.PRFPREG]).toBe(33 * 8);
      if (want.includes(NT.PPC_SPE)) {
        expect(sizes[NT.PPC_SPE]).toBe(35 * 4);
        const spe = notes(core).find(([type]) => type === NT.PPC_SPE)![3];
        expect([spe.readUInt32BE(5 * 4), spe.readBigUInt64BE(128), spe.readUInt32BE(136)]).toEqual([0xcafef00d, 0x0123456789abcdefn, 3]);
      }
    });

    withGdb(`${t} on ${cpu}: gdb reads every unit's registers from the core`, () => {
      const out = gdb(`test/bin/${t}/gdb_demo`, core, ['p/x $r14', 'p/x $cr', 'p/x $ctr', ...cmds]);
      expect(out).not.toMatch(/warning|unavailable|Invalid/i);
      expect(out).toMatch(t === 'ppc32' ? /\$1 = 0x89abcdef/ : /\$1 = 0x123456789abcdef/);
      expect(out).toContain('$2 = 0x24000000');
      expect(out).toContain('$3 = 0x5555');
      want.forEach((re, k) => expect(out).toMatch(new RegExp(re.source.replace(/\\\$(\d+)/, (_, n) => `\\$${Number(n) + 3}`))));
    });
  }

  it('refuses a missing image and a missing -o', () => {
    expect(ppcemu('core', join(TMP, 'nope.img'), '-o', join(TMP, 'x')).stderr).toMatch(/^ppcemu: cannot open checkpoint .*no such file\n$/);
    const r = ppcemu('core', join(TMP, 'nope.img'));
    expect(r.status).toBe(125);
    expect(r.stderr).toMatch(/^ppcemu: .*\bo\b/);
  });
});
