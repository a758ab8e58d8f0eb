// The command line as a user meets it: exit statuses, one-line errors, no stack traces.
// Runs the built CLI (npm test compiles dist/ before vitest starts).

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'bin', 'ppcemu.js');
const TMP = mkdtempSync(join(tmpdir(), 'ppcemu-cli-'));

function ppcemu(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'latin1', input: '' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A user error: exactly one `ppcemu:` line on stderr, status 125, nothing that looks like a trace. */
function expectUserError(r: ReturnType<typeof ppcemu>, pattern: RegExp): void {
  expect(r.status).toBe(125);
  const lines = r.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^ppcemu: /);
  expect(lines[0]).toMatch(pattern);
  expect(r.stderr).not.toMatch(/\n\s+at /);
}

describe('ppcemu run', () => {
  it('runs the example and passes the guest exit status through', () => {
    const r = ppcemu('run', 'examples/hello-ppc64le');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Hello from PowerPC!');
    expect(ppcemu('run', 'test/bin/ppc32/exit_segv').status).toBe(139);
    expect(ppcemu('run', 'test/bin/ppc64/exit_trap').status).toBe(133);
  });

  it('refuses a missing file, a directory, a truncated ELF and a non-PowerPC ELF', () => {
    expectUserError(ppcemu('run', 'no/such/file'), /no such file/);
    expectUserError(ppcemu('run', 'test'), /directory/);
    const elf = readFileSync(join(ROOT, 'examples/hello-ppc32'));
    const trunc = join(TMP, 'trunc');
    writeFileSync(trunc, elf.subarray(0, 100));
    expectUserError(ppcemu('run', trunc), /truncated/);
    const x86 = Buffer.from(elf);
    x86.writeUInt16BE(3, 18); // e_machine = EM_386
    const x86f = join(TMP, 'x86');
    writeFileSync(x86f, x86);
    expectUserError(ppcemu('run', x86f), /not a PowerPC/);
    const text = join(TMP, 'text');
    writeFileSync(text, 'hello\n');
    expectUserError(ppcemu('run', text), /not an ELF/);
  });

  it('refuses a dynamic executable whose loader is not under --sysroot', () => {
    // Turn the PT_GNU_STACK header of a static ELF32 into a PT_INTERP naming "/lib/ld.so.1".
    const elf = Buffer.from(readFileSync(join(ROOT, 'examples/hello-ppc32')));
    const phoff = elf.readUInt32BE(28), phnum = elf.readUInt16BE(44);
    const strOff = elf.length;
    const interp = Buffer.from('/lib/ld.so.1\0');
    let patched = false;
    for (let k = 0; k < phnum; k++) {
      const o = phoff + 32 * k;
      if (elf.readUInt32BE(o) === 0x6474e551) {
        elf.writeUInt32BE(3, o);
        elf.writeUInt32BE(strOff, o + 4);
        elf.writeUInt32BE(interp.length, o + 16);
        elf.writeUInt32BE(interp.length, o + 20);
        patched = true;
      }
    }
    expect(patched).toBe(true);
    const f = join(TMP, 'dynamic');
    writeFileSync(f, Buffer.concat([elf, interp]));
    const empty = mkdtempSync(join(TMP, 'sysroot-'));
    expectUserError(ppcemu('run', '--sysroot', empty, f), /the program's loader \/lib\/ld\.so\.1 is not under --sysroot /);
  });

  it.skipIf(!existsSync('/usr/powerpc64le-linux-gnu/lib'))('runs a dynamic executable against the default sysroot /usr/<triple>', () => {
    const r = ppcemu('run', '-E', 'LANG=xx', 'test/bin/ppc64le/dynamic/hello', 'a', '-b');
    expect(r.status).toBe(3);
    expect(r.stdout).toContain('argc=3\nargv[1]=a\nargv[2]=-b\n');
    expect(r.stdout).toContain('LANG=xx\n');
    // checkpoint it half-way, halt, restore: the two outputs make the whole one
    const img = join(TMP, 'dyn.img');
    const first = ppcemu('run', '--checkpoint-at', '70000', '--checkpoint-out', img, '--halt-after-checkpoint',
      '-E', 'LANG=xx', 'test/bin/ppc64le/dynamic/hello', 'a', '-b');
    expect(first.status).toBe(0);
    expect(ppcemu('inspect', img).stdout).toMatch(/sysroot \/usr\/powerpc64le-linux-gnu/);
    const second = ppcemu('restore', img, '--sysroot', '/usr/powerpc64le-linux-gnu');
    expect(second.status).toBe(3);
    expect(first.stdout + second.stdout).toBe(r.stdout);
  });

  it('checks its own arguments', () => {
    expectUserError(ppcemu('run', '--max-insns', '-5', 'examples/hello-ppc32'), /--max-insns/);
    expectUserError(ppcemu('run', '--max-insns', 'lots', 'examples/hello-ppc32'), /--max-insns/);
    expectUserError(ppcemu('run', '--cpu', 'pentium', 'examples/hello-ppc32'), /unknown CPU model/);
    expectUserError(ppcemu('run', '--cpu', 'g3', 'examples/hello-ppc64'), /32-bit/);
    expectUserError(ppcemu('run', '--cpu', '970', 'examples/hello-ppc64le'), /little-endian/);
    expectUserError(ppcemu('frobnicate'), /Unknown|command/i);
    expectUserError(ppcemu('run'), /run needs PROG/);
    expectUserError(ppcemu('run', '--strace'), /run needs PROG/);
    expectUserError(ppcemu('run', '--bogus', 'examples/hello-ppc32'), /Unknown argument: bogus/);
    expectUserError(ppcemu('run', '--clock', 'wall', 'examples/hello-ppc32'), /clock/);
    expectUserError(ppcemu('run', '--sysroot', 'no/such/dir', 'examples/hello-ppc32'), /--sysroot 'no\/such\/dir' is not a directory/);
  });

  it('--fs-root and --sysroot must be directories', () => {
    expectUserError(ppcemu('run', '--fs-root', join(TMP, 'none'), 'examples/hello-ppc32'), /--fs-root .* is not a directory/);
    expectUserError(ppcemu('run', '--sysroot', 'README.md', 'examples/hello-ppc32'), /--sysroot 'README.md' is not a directory/);
  });

  it('restore names a file of the image that is gone (issue 11)', () => {
    const root = mkdtempSync(join(TMP, 'root-'));
    const img = join(TMP, 'files.img');
    // linux_fs holds work/log open (descriptor 3) at instruction 3000
    const r = ppcemu('run', '--fs-root', root, '--checkpoint-at', '3000', '--checkpoint-out', img, '--halt-after-checkpoint',
      'test/bin/ppc64le/linux_fs', 'work');
    expect(r.status).toBe(0);
    const shown = ppcemu('inspect', img).stdout;
    expect(shown).toContain('3:host(/work/log)');
    expect(shown).toContain(`cwd /work, fs root ${root}`);
    rmSync(join(root, 'work', 'log'));
    expectUserError(ppcemu('restore', img), /cannot reopen '\/work\/log' \(descriptor 3\) of the image: no such file or directory/);
  });

  it('says so when the guest looked for its own argument, a host file, without --fs-root', () => {
    // glibc-files makes and enters the directory argv[1]; the guest sees no files, README.md is here
    const note = /ppcemu: note: the guest looked for 'README.md', which exists here: it sees host files only under --fs-root DIR/;
    expect(ppcemu('run', 'test/bin/ppc64le/glibc-files', 'README.md').stderr).toMatch(note);
    expect(ppcemu('run', 'test/bin/ppc64le/glibc-files', 'no-such-name').stderr).not.toMatch(/note:/);
    const root = mkdtempSync(join(TMP, 'root-'));
    expect(ppcemu('run', '--fs-root', root, 'test/bin/ppc64le/glibc-files', 'README.md').stderr).not.toMatch(/note:/);
  });

  it('stops with status 125 when --max-insns is reached', () => {
    const r = ppcemu('run', '--max-insns', '1000', 'examples/primes-ppc32');
    expectUserError(r, /instruction limit/);
  });

  it('--stats, --trace and --strace report on stderr only', () => {
    const plain = ppcemu('run', 'examples/hello-ppc32');
    const stats = ppcemu('run', '--stats', 'examples/hello-ppc32');
    expect(stats.stdout).toBe(plain.stdout);
    expect(stats.stderr).toMatch(/^ppcemu: \d+ instructions in [\d.]+ s \([\d.]+ MIPS\)\n$/);
    const trace = ppcemu('run', '--trace', 'examples/hello-ppc32');
    expect(trace.stdout).toBe(plain.stdout);
    const first = trace.stderr.split('\n')[0];
    expect(first).toMatch(/^0x[0-9a-f]{8}: \S+/);
    const strace = ppcemu('run', '--strace', 'examples/hello-ppc32');
    expect(strace.stderr).toMatch(/^\d+ write\(1,0x[0-9a-f]+,\d+\) = \d+$/m);
    expect(strace.stderr).toMatch(/exit(_group)?\(/);
  });

  it('gives the guest everything after PROG, verbatim, as qemu does', () => {
    const r = ppcemu('run', '--cpu', '7450', 'test/bin/ppc32/rt_selftest', '-v', 'a', '--', '--cpu', 'g3');
    expect(r.status).toBe(7); // rt_selftest's own status: the run was not stopped by ppcemu
    expect(r.stdout).toContain('argc=6\n');
    expect(r.stdout).toContain('argv[1]=-v\n');
    expect(r.stdout).toContain('argv[3]=--\n');
    expect(r.stdout).toContain('argv[4]=--cpu\n');
    // `--` before PROG ends ppcemu's options
    const d = ppcemu('run', '--strace', '--', 'test/bin/ppc32/rt_selftest', '--strace');
    expect(d.stdout).toContain('argv[1]=--strace\n');
    expect(d.stderr).toMatch(/ write\(/);
    // an option of ppcemu's after PROG is the guest's: no --max-insns limit applies here
    const late = ppcemu('run', 'examples/hello-ppc32', '--max-insns', '1');
    expect(late.status).toBe(0);
    expect(late.stdout).toContain('Hello');
  });

  it('-E and -U set and remove guest environment variables', () => {
    const r = ppcemu('run', '-E', 'FOO=a=b', '-U', 'PATH', '-E', 'LANG=de', '-E', 'EMPTY=', 'test/bin/ppc32/rt_selftest');
    const env = r.stdout.split('\n').filter((l) => l.startsWith('env: '));
    expect(env).toEqual(['env: LANG=de', 'env: FOO=a=b', 'env: EMPTY=']);
    expectUserError(ppcemu('run', '-E', 'FOO', 'examples/hello-ppc32'), /-E needs VAR=value, got 'FOO'/);
    expectUserError(ppcemu('run', '-E', '=x', 'examples/hello-ppc32'), /-E needs VAR=value/);
    expectUserError(ppcemu('run', '-U', 'A=1', 'examples/hello-ppc32'), /-U needs a variable name/);
  });

  it('is deterministic: the same seed gives the same bytes', () => {
    const a = ppcemu('run', 'test/bin/ppc64le/glibc-auxv');
    const b = ppcemu('run', 'test/bin/ppc64le/glibc-auxv');
    expect(a.stdout).toBe(b.stdout);
  });
});

describe('ppcemu disasm and cpus', () => {
  it('disassembles like objdump', () => {
    const r = ppcemu('disasm', 'examples/hello-ppc32', '--count', '4');
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n').filter((l) => /^\s*[0-9a-f]+:\t/.test(l))).toHaveLength(4);
  });

  it('lists models and shows one in full', () => {
    const list = ppcemu('cpus');
    expect(list.status).toBe(0);
    for (const name of ['POWER9', '7450', 'e500v2', '970']) expect(list.stdout).toContain(name);
    const one = ppcemu('cpus', 'pvr:0x004e1202', '--json');
    expect(one.status).toBe(0);
    expect(JSON.parse(one.stdout).name).toBe('POWER9');
    expectUserError(ppcemu('cpus', 'power99'), /unknown CPU model/);
  });
});

describe('the bundle and its code cache (bin/load.mjs)', () => {
  it('V8 takes every cache the build wrote, and no cache is taken for another source', () => {
    // (a fresh node: V8 rejects a cache made under other flags, and vitest's workers may have some)
    const script = `
      import * as fs from 'node:fs'; import Module from 'node:module'; import * as vm from 'node:vm'; import * as zlib from 'node:zlib';
      import { cachedData } from ${JSON.stringify(join(ROOT, 'bin', 'load.mjs'))};
      const dir = ${JSON.stringify(join(ROOT, 'dist', 'cli'))};
      let taken = 0;
      for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.cjs'))) {
        const file = dir + '/' + f, src = fs.readFileSync(file, 'utf8');
        if (cachedData(file + '.cache', src + ' ') !== undefined) throw new Error(f + ': a cache taken for another source');
        const data = cachedData(file + '.cache', src);
        if (data === undefined) continue;
        if (new vm.Script(Module.wrap(src), { filename: file, cachedData: data }).cachedDataRejected) throw new Error(f + ': V8 rejected its cache');
        taken++;
      }
      console.log(JSON.stringify({ taken, crc32: typeof zlib.crc32 === 'function' }));`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    const { taken, crc32 } = JSON.parse(r.stdout);
    // main.cjs, the CLI's chunk, the run chunk and the runtime at least; none without zlib.crc32
    if (crc32) expect(taken).toBeGreaterThanOrEqual(4);
    else expect(taken).toBe(0);
  });
});

describe('checkpoints from the command line', () => {
  it('SIGUSR1 to ppcemu writes an image at the next boundary, and restoring it finishes the run', async () => {
    const img = join(TMP, 'usr1.img');
    const child = spawn(process.execPath, [CLI, 'run', '--checkpoint-out', img, 'examples/primes-ppc32'],
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    let signalled = false;
    // Signal once the guest has printed something: by then ppcemu's handler is installed.
    child.stdout.on('data', (b: Buffer) => {
      out.push(b);
      if (!signalled) { signalled = true; child.kill('SIGUSR1'); }
    });
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(status).toBe(0);
    expect(existsSync(img)).toBe(true);
    const whole = Buffer.concat(out).toString('latin1');
    const check = ppcemu('check', img, '--cpu', 'g3');
    expect(check.status).toBe(0);
    // The restored run prints the tail of the same output.
    const restored = ppcemu('restore', img, '--cpu', 'g3');
    expect(restored.status).toBe(0);
    expect(restored.stdout.length).toBeGreaterThan(0);
    expect(whole.endsWith(restored.stdout)).toBe(true);
  }, 120_000);
});
