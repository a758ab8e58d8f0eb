// Processes: fork/vfork/execve/wait, pipes between processes, posix_spawn, popen and system.
// glibc-procs is checked against QEMU by programs-suite.ts; here: the spawn program (which QEMU
// cannot run: its execve hands PowerPC programs to the host) against its expected output under a
// fresh --fs-root holding its commands as /bin/NAME; determinism (two runs, same output and
// instruction counts); checkpoints refused while children exist, and exact where none do; robust
// futex lists (selfcheck/robust); execve of a dynamic executable.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkpoint, restore } from '../src/checkpoint/index.js';
import { parseElf } from '../src/linux/elf.js';
import type { LinuxProcess } from '../src/linux/process.js';
import { createProcess, runGuest, runProcess } from '../src/linux/run.js';
import { runToExit, sink, start, text } from './guest-run.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TARGETS = ['ppc32', 'ppc64', 'ppc64le'] as const;
const ENV = ['LANG=C', 'PATH=/usr/bin:/bin'];
const TOOLS = ['sh', 'echoargs', 'exitwith', 'killself', 'cat', 'fdcheck', 'sigcheck', 'ppid', 'selfexec', 'exepath'];

const SPAWN_OUT = `vfork child's store seen by the parent: 77
echoargs: [one] [two words] GREETING=hello
echoargs: exited 0
cat gave: through cat
cat: exited 0
execve of a missing file: ENOENT 1; child: exited 127
execve of a text file: ENOEXEC 1
fd 3 closed, fd 4 closed, fd 5 open, fd 20 closed
SIGUSR1 default, SIGUSR2 ignored, SIGINT blocked 1
parent is the spawner: 1
posix_spawn: 0
spawned child wrote: echoargs: [spawned]
spawned: exited 0
posix_spawn of a missing program: ENOENT 1
popen read: echoargs: [from] [popen]
pclose: exited 0
written to popen
pclose: exited 0
system(exitwith 3): exited 3
system(killself): killed by signal 15
system(missing): exited 127
echoargs: [via] [system]
system(echoargs): exited 0
system(NULL): 1
`;

/** A fresh root with the spawn binary as /spawn and as each of its commands under /bin. */
function spawnRoot(target: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'ppcemu-procs-'));
  const bin = join(ROOT, 'test', 'bin', target, 'selfcheck', 'spawn');
  mkdirSync(join(dir, 'bin'));
  for (const t of TOOLS) copyFileSync(bin, join(dir, 'bin', t));
  copyFileSync(bin, join(dir, 'spawn'));
  return dir;
}

function runSpawn(target: string) {
  const root = spawnRoot(target);
  try {
    const elf = new Uint8Array(readFileSync(join(root, 'spawn')));
    return runGuest(elf, { argv: ['/spawn'], execPath: '/spawn', env: ENV, fsRoot: root, maxInsns: 1e9 });
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

describe('programs starting programs (vfork, execve, posix_spawn, popen, system)', () => {
  for (const target of TARGETS) {
    it(`${target}: the spawn program's checks, the same twice`, () => {
      const a = runSpawn(target);
      expect(a.stderr.toString(), 'stderr').toBe('sh: missing: No such file or directory\n');
      expect(a.stdout.toString()).toBe(SPAWN_OUT);
      expect(a.status).toBe(0);
      const b = runSpawn(target);
      expect(b.stdout.toString()).toBe(SPAWN_OUT);
      expect(b.icount).toBe(a.icount);
    }, 120_000);
  }
});

describe('fork and wait (glibc-procs)', () => {
  it('two runs give the same output and instruction counts', () => {
    const runs = [0, 1].map(() => {
      const s = sink();
      const p = start('test/bin/ppc64le/glibc-procs', s);
      const status = runToExit(p, 1e9);
      return { status, out: text(s), icount: p.m.icount };
    });
    expect(runs[0].status).toBe(0);
    expect(runs[1]).toEqual(runs[0]);
    expect(runs[0].out).toBe(readFileSync(join(ROOT, 'test/golden/ppc64le/glibc-procs.stdout'), 'latin1'));
  });

  for (const target of TARGETS) {
    it(`${target}: a checkpoint is refused while children exist, exact before the first fork and after the last reap`, () => {
      const bin = `test/bin/${target}/glibc-procs`;
      const s0 = sink();
      const p0 = start(bin, s0);
      const want = (runToExit(p0, 1e9), text(s0));
      // walk the run in steps: note where children exist and where the run has forked and reaped all
      const s = sink();
      const p = start(bin, s);
      let refused = 0, before: number | undefined, after: number | undefined;
      for (let c = 1000; ; c += 1000) {
        const r = runProcess(p, c);
        if (r.kind === 'exit') break;
        expect(r.kind).toBe('limit');
        const others = (p.sys?.live.length ?? 1) - 1 + p.children.length;
        if (others > 0) {
          if (refused++ < 3) expect(() => checkpoint(p)).toThrow(/^cannot checkpoint: the program has \d+ other process(es)? \(fork\); an image holds a single process$/);
        } else if (!p.sys) before = c;
        else after = c;
      }
      expect(refused).toBeGreaterThan(0);
      expect(before).toBeDefined();
      expect(after).toBeDefined();
      for (const cut of [before!, after].filter((c): c is number => c !== undefined)) {
        const sa = sink();
        const pa = start(bin, sa);
        expect(runProcess(pa, cut).kind).toBe('limit');
        const img = checkpoint(pa);
        expect(Buffer.from(checkpoint(pa)).equals(Buffer.from(img)), "same bytes twice").toBe(true);
        const sr = sink();
        const q = restore(img, undefined, sr.streams);
        const status = runToExit(q, 1e9);
        expect(status).toBe(0);
        expect(text(sa) + text(sr)).toBe(want);
      }
    }, 120_000);
  }
});

describe('execve in the first process', () => {
  it('replaces the image: the process runs the new program and ends with its status', () => {
    const root = spawnRoot('ppc64le');
    try {
      // the first process is "sh -c 'exitwith 9'": it execs /bin/exitwith
      const s = sink();
      const elf = parseElf(new Uint8Array(readFileSync(join(root, 'bin', 'sh'))));
      const p: LinuxProcess = createProcess(elf, { argv: ['sh', '-c', 'echoargs exec from the first process'], env: ENV, fsRoot: root, execPath: '/bin/sh' }, s.streams).proc;
      expect(runToExit(p, 1e9)).toBe(0);
      expect(text(s)).toBe('echoargs: [exec] [from] [the] [first] [process]\n');
      expect(p.cfg.execPath).toBe('/bin/echoargs');
      expect(p.argv).toEqual(['echoargs', 'exec', 'from', 'the', 'first', 'process']);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('execve of /proc/self/exe (as BusyBox runs its applets)', () => {
  // QEMU cannot record this either: it hands the guest's file to the host's execve
  it("runs the process's own file again under the name given, and the link still names that file", () => {
    const root = spawnRoot('ppc64le');
    try {
      for (const [cmd, want] of [
        ['selfexec echoargs run again', 'echoargs: [run] [again]\n'],
        ['selfexec exepath', 'exepath: /bin/selfexec\n'],
        ['exepath', 'exepath: /bin/exepath\n'],
      ]) {
        const s = sink();
        const elf = parseElf(new Uint8Array(readFileSync(join(root, 'bin', 'sh'))));
        const p: LinuxProcess = createProcess(elf, { argv: ['sh', '-c', cmd], env: ENV, fsRoot: root, execPath: '/bin/sh' }, s.streams).proc;
        expect(runToExit(p, 1e9), cmd).toBe(0);
        expect(text(s), cmd).toBe(want);
      }
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('execve of a #! script (as Linux binfmt_script)', () => {
  const run = (root: string, cmd: string) => {
    const s = sink();
    const elf = parseElf(new Uint8Array(readFileSync(join(root, 'bin', 'sh'))));
    const p: LinuxProcess = createProcess(elf, { argv: ['sh', '-c', cmd], env: ENV, fsRoot: root, execPath: '/bin/sh' }, s.streams).proc;
    return { status: runToExit(p, 1e9), out: text(s), p };
  };
  it('runs the interpreter with its one argument, the script path and the remaining arguments; nests; refuses bad lines', () => {
    const root = spawnRoot('ppc64');
    try {
      // the interpreter's optional argument is everything after its name, one word however many spaces it holds
      writeFileSync(join(root, 'bin', 'hello.sh'), '#!  /bin/echoargs  one two \t\nnot read\n', { mode: 0o755 });
      let r = run(root, '/bin/hello.sh x y');
      expect([r.status, r.out]).toEqual([0, 'echoargs: [one two] [/bin/hello.sh] [x] [y]\n']);
      expect(r.p.argv).toEqual(['/bin/echoargs', 'one two', '/bin/hello.sh', 'x', 'y']);
      // a script as another script's interpreter
      writeFileSync(join(root, 'bin', 'outer'), '#!/bin/hello.sh\n', { mode: 0o755 });
      r = run(root, '/bin/outer z');
      expect([r.status, r.out]).toEqual([0, 'echoargs: [one two] [/bin/hello.sh] [/bin/outer] [z]\n']);
      // no interpreter named, a missing interpreter, a loop of scripts
      writeFileSync(join(root, 'bin', 'empty'), '#!\n', { mode: 0o755 });
      writeFileSync(join(root, 'bin', 'gone'), '#!/bin/nothere\n', { mode: 0o755 });
      writeFileSync(join(root, 'bin', 'loop'), '#!/bin/loop\n', { mode: 0o755 });
      for (const [cmd, errText] of [['/bin/empty', 'Exec format error'], ['/bin/gone', 'No such file or directory'], ['/bin/loop', 'Too many levels of symbolic links']]) {
        const err: Buffer[] = [];
        const elf = parseElf(new Uint8Array(readFileSync(join(root, 'bin', 'sh'))));
        const p = createProcess(elf, { argv: ['sh', '-c', cmd], env: ENV, fsRoot: root, execPath: '/bin/sh' },
          { stdin: () => undefined, stdout: () => {}, stderr: (b) => { err.push(Buffer.from(b)); } }).proc;
        expect(runToExit(p, 1e9), cmd).toBe(127);
        expect(Buffer.concat(err).toString(), cmd).toBe(`sh: ${cmd}: ${errText}\n`);
      }
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('robust futex lists (selfcheck/robust: QEMU does not implement set_robust_list)', () => {
  const WANT = `lock after the owner died: EOWNERDEAD
consistent: 0
lock again: 0
waiting locker when the owner died: EOWNERDEAD
lock of a mutex never made consistent: ENOTRECOVERABLE
`;
  for (const target of TARGETS) {
    it(`${target}: a thread's exit marks its robust mutexes FUTEX_OWNER_DIED and wakes a waiter; cuts resume exactly`, () => {
      const bin = `test/bin/${target}/selfcheck/robust`;
      const s0 = sink();
      const p0 = start(bin, s0);
      expect(runToExit(p0, 1e9)).toBe(0);
      expect(text(s0)).toBe(WANT);
      // checkpoints spread over the run (the robust list heads are in PROCESS and THREADS)
      const total = p0.m.icount;
      for (let k = 1; k < 8; k++) {
        const cut = Math.floor((total * k) / 8);
        const s = sink();
        const p = start(bin, s);
        expect(runProcess(p, cut).kind).toBe('limit');
        const sr = sink();
        const q = restore(checkpoint(p), undefined, sr.streams);
        expect(runToExit(q, 1e9)).toBe(0);
        expect(text(s) + text(sr), `cut at ${cut}`).toBe(WANT);
      }
    }, 120_000);
  }
});

describe('execve of a dynamic executable', () => {
  const sysroot = '/usr/powerpc64le-linux-gnu';
  const missing = !existsSync(join(sysroot, 'lib'));
  if (missing) console.warn(`SKIPPED execve of a dynamic executable: no cross sysroot ${sysroot}/lib (apt-get install libc6-ppc64el-cross)`);
  (missing ? it.skip : it)('finds its loader and libraries in the default cross sysroot, as at start', () => {
    const root = spawnRoot('ppc64le');
    try {
      copyFileSync(join(ROOT, 'test/bin/ppc64le/dynamic/hello'), join(root, 'hello'));
      const s = sink();
      const elf = parseElf(new Uint8Array(readFileSync(join(root, 'bin', 'sh'))));
      const p = createProcess(elf, { argv: ['sh', '-c', '/hello a b'], env: ENV, fsRoot: root, execPath: '/bin/sh' }, s.streams).proc;
      expect(runToExit(p, 1e9)).toBe(3);
      expect(text(s)).toMatch(/^hello from a dynamic executable: argc=3\nargv\[1\]=a\nargv\[2\]=b\n/);
      expect(p.cfg.sysroot).toBe(sysroot);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('execve and incremental checkpoints', () => {
  it('images taken before and after an execve in the first process (--incremental) resume exactly', () => {
    const root = spawnRoot('ppc64le');
    const out = mkdtempSync(join(tmpdir(), 'ppcemu-procs-img-'));
    try {
      const cli = (...args: string[]) => spawnSync(process.execPath, [join(ROOT, 'bin', 'ppcemu.js'), ...args], { encoding: 'latin1', input: '' });
      const run = cli('run', '--fs-root', root, '--incremental', '--checkpoint-every', '3000', '--checkpoint-out', join(out, 'c%n.img'),
        join(root, 'bin', 'sh'), '-c', 'echoargs after exec');
      expect(run.stderr).toBe('');
      expect(run.stdout).toBe('echoargs: [after] [exec]\n');
      const images = readdirSync(out).filter((f) => f.endsWith('.img')).sort((x, y) => parseInt(x.slice(1)) - parseInt(y.slice(1)));
      let before = 0, after = 0;
      for (const f of images.slice(0, -1)) { // the last one may come after the output
        const argv = (JSON.parse(cli('inspect', '--json', join(out, f)).stdout) as { process: { argv: string[] } }).process.argv;
        if (argv[0].endsWith('/sh')) before++; else if (argv[0] === 'echoargs') after++;
        const r = cli('restore', join(out, f));
        expect([r.status, r.stdout, r.stderr], f).toEqual([0, 'echoargs: [after] [exec]\n', '']);
      }
      expect([before > 0, after > 0], 'images of both programs').toEqual([true, true]);
    } finally {
      rmSync(root, { recursive: true, force: true });
      rmSync(out, { recursive: true, force: true });
    }
  }, 120_000);
});
