// Cut anywhere: for every committed test program on every target, checkpoint at instruction counts
// spread over the run, "halt" there, restore into a new process and finish: the output before the
// cut plus the restored run's output, and the exit status, equal the uninterrupted run. Also: the
// same cut twice gives identical bytes, and a checkpoint taken after a restore equals the one taken
// at the same count in the uninterrupted run (checkpoint twice, restore from the second).
// A program given a fresh --fs-root (meta fsRoot 'fresh') changes files as it runs, and files are
// not part of an image: each checkpoint also copies the root's tree, put back before restoring.
import { describe, expect, it } from 'vitest';
import * as fs from 'node:fs';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseElf } from '../src/linux/elf.js';
import { createProcess, runProcess } from '../src/linux/run.js';
import type { LinuxProcess } from '../src/linux/process.js';
import { checkpoint, restore } from '../src/checkpoint/index.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TARGETS = ['ppc32', 'ppc64', 'ppc64le'] as const;
const ENV = ['LANG=C', 'PATH=/usr/bin:/bin'];
const CUTS = Number(process.env.PPCEMU_CKPT_CUTS ?? 2);
const FILTER = process.env.PPCEMU_TEST_FILTER ?? '';
const MAX = 2e8;
/**
 * The long benchmarks (10^8 instructions) add minutes and no new kind of state, nor does dfp
 * (20 s; test/checkpoint-dfp.test.ts cuts inside its DFP code); PPCEMU_CKPT_ALL=1 includes them.
 */
// glibc-procs and glibc-sigsuspend fork: an image is refused while a program has children
// (test/procs.test.ts cuts glibc-procs where it has none)
const SKIP = process.env.PPCEMU_CKPT_ALL ? /^glibc-(procs|sigsuspend)$/ : /^(bench_|fp_bench_|dfp$|glibc-procs$|glibc-sigsuspend$)/;

/** Byte-exact comparison (toEqual on large typed arrays is slow). */
function sameBytes(a: Uint8Array, b: Uint8Array, what: string): void {
  if (!Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength))) {
    expect.fail(`${what}: images differ (${a.length} vs ${b.length} bytes)`);
  }
}

interface Sink { out: Buffer[]; streams: { stdin: () => undefined; stdout: (b: Uint8Array) => void; stderr: (b: Uint8Array) => void } }
function sink(): Sink {
  const out: Buffer[] = [];
  return { out, streams: { stdin: () => undefined, stdout: (b) => { out.push(Buffer.from(b)); }, stderr: () => {} } };
}

function start(bin: string, args: string[], cpu: string | undefined, s: Sink, fsRoot?: string): LinuxProcess {
  const elf = parseElf(new Uint8Array(readFileSync(join(ROOT, bin))));
  return createProcess(elf, { argv: [bin, ...args], env: ENV, cpu, fsRoot }, s.streams).proc;
}

/** Copies a directory tree into `to` (which must not exist), keeping modes, links and hard links. */
function copyTree(from: string, to: string, inodes = new Map<bigint, string>()): void {
  fs.mkdirSync(to);
  for (const name of readdirSync(from)) {
    const a = join(from, name), b = join(to, name);
    const st = fs.lstatSync(a, { bigint: true });
    if (st.isSymbolicLink()) fs.symlinkSync(fs.readlinkSync(a), b);
    else if (st.isDirectory()) copyTree(a, b, inodes);
    else if (inodes.has(st.ino)) fs.linkSync(inodes.get(st.ino)!, b);
    else { fs.copyFileSync(a, b); inodes.set(st.ino, b); }
    if (!st.isSymbolicLink()) fs.chmodSync(b, Number(st.mode & 0o7777n));
  }
  fs.chmodSync(to, fs.statSync(from).mode & 0o7777);
}

function finishRun(p: LinuxProcess): number {
  const r = runProcess(p, MAX);
  if (r.kind !== 'exit') throw new Error(`no exit (${r.kind}) at ${p.m.icount}`);
  return r.status;
}

describe('cut anywhere', () => {
  for (const target of TARGETS) {
    const dir = join(ROOT, 'test', 'bin', target);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      const metaFile = join(ROOT, 'test', 'golden', target, `${name}.meta.json`);
      if (!existsSync(metaFile) || !`${target}/${name}`.includes(FILTER) || SKIP.test(name)) continue;
      it(`${target}/${name}`, () => {
        const meta = JSON.parse(readFileSync(metaFile, 'utf8')) as { cpu: string | null; args: string[]; fsRoot?: 'fresh' };
        const bin = `test/bin/${target}/${name}`;
        const cpu = meta.cpu ?? undefined;
        const scratch = meta.fsRoot === 'fresh' ? fs.mkdtempSync(join(tmpdir(), `ppcemu-cuts-${name}-`)) : undefined;
        const fsRoot = scratch && join(scratch, 'root');
        /** The fs root's tree now (a path to its copy), or back as `copy` left it (empty: none). */
        let copies = 0;
        const snapshot = () => { if (!fsRoot) return undefined; const c = join(scratch!, `copy${copies++}`); copyTree(fsRoot, c); return c; };
        const putBack = (copy: string | undefined) => {
          if (!fsRoot) return;
          fs.rmSync(fsRoot, { recursive: true, force: true });
          if (copy) copyTree(copy, fsRoot); else fs.mkdirSync(fsRoot);
        };
        putBack(undefined);
        try {
        // The uninterrupted run, checkpointing at 1, 4^k and the special points (checkpoints do
        // not disturb it): its output and status are the reference.
        const s0 = sink();
        const p0 = start(bin, meta.args, cpu, s0, fsRoot);
        const images: { cut: number; img: Uint8Array; outLen: number; tree: string | undefined }[] = [];
        let stop;
        for (let cut = 1; ; cut *= 4) {
          stop = runProcess(p0, cut);
          if (stop.kind === 'exit') break;
          expect(p0.m.icount).toBe(cut);
          images.push({ cut, img: checkpoint(p0), outLen: Buffer.concat(s0.out).length, tree: snapshot() });
        }
        const status = stop.status;
        const want = Buffer.concat(s0.out);
        // restore from the first and the last CUTS images; finish; compare
        // (restoring at instruction 1 costs a whole run: only for programs under a million instructions)
        const first = images.length && images[images.length - 1].cut < 262144 ? [images[0]] : [];
        const picked = [...first, ...images.slice(-CUTS)].filter((v, i, a) => a.indexOf(v) === i);
        for (const [k, { cut, img, outLen, tree }] of picked.entries()) {
          putBack(tree);
          const s2 = sink();
          const q = restore(img, undefined, s2.streams);
          expect(q.m.icount).toBe(cut);
          const after = picked[k + 1];
          if (after) { // checkpoint again after the restore: the same bytes as the uninterrupted run's
            expect(runProcess(q, after.cut).kind).toBe('limit');
            sameBytes(checkpoint(q), after.img, `image at ${after.cut} after restoring at ${cut}`);
          }
          expect(finishRun(q), `status after restoring at ${cut}`).toBe(status);
          const combined = Buffer.concat([want.subarray(0, outLen), ...s2.out]);
          expect(combined.toString('latin1'), `output after restoring at ${cut}`).toBe(want.toString('latin1'));
        }
        // determinism: the same cut in a new run gives the same bytes
        const small = images[Math.min(images.length - 1, 4)];
        putBack(undefined);
        const p3 = start(bin, meta.args, cpu, sink(), fsRoot);
        runProcess(p3, small.cut);
        sameBytes(checkpoint(p3), small.img, `second image at ${small.cut}`);
        } finally {
          if (scratch) fs.rmSync(scratch, { recursive: true, force: true });
        }
      }, 300_000);
    }
  }
});
