// Cut anywhere: for every committed test program on every target, checkpoint at instruction counts
// spread over the run, "halt" there, restore into a new process and finish: the output before the
// cut plus the restored run's output, and the exit status, equal the uninterrupted run. Also: the
// same cut twice gives identical bytes, and a checkpoint taken after a restore equals the one taken
// at the same count in the uninterrupted run (checkpoint twice, restore from the second).
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseElf } from '../src/linux/elf.js';
import { createProcess } from '../src/linux/run.js';
import type { LinuxProcess } from '../src/linux/process.js';
import { checkpoint, restore } from '../src/checkpoint/index.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TARGETS = ['ppc32', 'ppc64', 'ppc64le'] as const;
const ENV = ['LANG=C', 'PATH=/usr/bin:/bin'];
const CUTS = Number(process.env.PPCEMU_CKPT_CUTS ?? 6);
const MAX = 2e8;

interface Sink { out: Buffer[]; streams: { stdin: () => undefined; stdout: (b: Uint8Array) => void; stderr: (b: Uint8Array) => void } }
function sink(): Sink {
  const out: Buffer[] = [];
  return { out, streams: { stdin: () => undefined, stdout: (b) => { out.push(Buffer.from(b)); }, stderr: () => {} } };
}

function start(bin: string, args: string[], cpu: string | undefined, s: Sink): LinuxProcess {
  const elf = parseElf(new Uint8Array(readFileSync(join(ROOT, bin))));
  return createProcess(elf, { argv: [bin, ...args], env: ENV, cpu }, s.streams).proc;
}

function finishRun(p: LinuxProcess): number {
  const r = p.m.run(MAX);
  if (r.kind !== 'exit') throw new Error(`no exit (${r.kind}) at ${p.m.icount}`);
  return r.status;
}

describe('cut anywhere', () => {
  for (const target of TARGETS) {
    const dir = join(ROOT, 'test', 'bin', target);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      const metaFile = join(ROOT, 'test', 'golden', target, `${name}.meta.json`);
      if (!existsSync(metaFile)) continue;
      it(`${target}/${name}`, () => {
        const meta = JSON.parse(readFileSync(metaFile, 'utf8')) as { cpu: string | null; args: string[] };
        const bin = `test/bin/${target}/${name}`;
        const cpu = meta.cpu ?? undefined;
        // the uninterrupted run
        const s0 = sink();
        const p0 = start(bin, meta.args, cpu, s0);
        const status = finishRun(p0);
        const total = p0.m.icount;
        const want = Buffer.concat(s0.out);
        expect(total).toBeGreaterThan(10);
        // one run that takes all the checkpoints
        const cuts = [...new Set([1, ...Array.from({ length: CUTS }, (_, k) => Math.floor(((k + 1) * total) / (CUTS + 1))), total - 1])];
        const s1 = sink();
        const p1 = start(bin, meta.args, cpu, s1);
        const images: { cut: number; img: Uint8Array; outLen: number }[] = [];
        for (const cut of cuts) {
          const r = p1.m.run(cut);
          expect(r.kind, `cut ${cut}`).toBe('limit');
          expect(p1.m.icount).toBe(cut);
          images.push({ cut, img: checkpoint(p1), outLen: Buffer.concat(s1.out).length });
        }
        expect(finishRun(p1)).toBe(status);
        expect(Buffer.concat(s1.out)).toEqual(want);
        // restore each and finish
        for (const { cut, img, outLen } of images) {
          const s2 = sink();
          const q = restore(img, undefined, s2.streams);
          expect(q.m.icount).toBe(cut);
          expect(finishRun(q), `status after restoring at ${cut}`).toBe(status);
          const combined = Buffer.concat([want.subarray(0, outLen), ...s2.out]);
          expect(combined.toString('latin1'), `output after restoring at ${cut}`).toBe(want.toString('latin1'));
        }
        // determinism, and checkpoint-after-restore equals the uninterrupted run's image
        const mid = images[Math.floor(images.length / 2)];
        const s3 = sink();
        const p3 = start(bin, meta.args, cpu, s3);
        p3.m.run(mid.cut);
        expect(checkpoint(p3)).toEqual(mid.img);
        const next = images[Math.floor(images.length / 2) + 1];
        const q2 = restore(mid.img, undefined, sink().streams);
        q2.m.run(next.cut);
        expect(checkpoint(q2)).toEqual(next.img);
      }, 120_000);
    }
  }
});
