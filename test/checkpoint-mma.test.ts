// MMA state in checkpoints: the accumulators are VSR 4i..4i+3 (src/cpu/isa/mma.ts), so the VSX
// record carries them. A cut in the middle of test/programs/p10_mma.c (after its first
// accumulating updates, with accumulators primed) resumes on POWER10 with the uninterrupted
// run's output, and the image is refused on POWER9, which lacks MMA.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkImage, checkpoint, restore } from '../src/checkpoint/index.js';
import { parseElf } from '../src/linux/elf.js';
import { createProcess } from '../src/linux/run.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

describe('MMA in checkpoints', () => {
  for (const target of ['ppc64', 'ppc64le']) {
    it(`${target}/p10_mma: a cut inside MMA code resumes exactly; POWER9 refuses the image`, () => {
      const bin = `test/bin/${target}/p10_mma`;
      const elf = parseElf(new Uint8Array(readFileSync(join(ROOT, bin))));
      const run = (out: Buffer[]) => createProcess(elf, { argv: [bin], env: [], cpu: 'power10' },
        { stdin: () => undefined, stdout: (b) => { out.push(Buffer.from(b)); }, stderr: () => {} }).proc;
      const whole: Buffer[] = [];
      const p0 = run(whole);
      expect(p0.m.run(1e8).kind).toBe('exit');
      // step until a few hundred instructions after the first MMA instruction
      const part: Buffer[] = [];
      const p = run(part);
      while (!p.m.usedFeatures().includes('mma')) expect(p.m.run(p.m.icount + 50).kind).toBe('limit');
      expect(p.m.run(p.m.icount + 333).kind).toBe('limit');
      const img = checkpoint(p);
      expect(checkImage(img, 'POWER9', 'used').refusals.join('\n')).toMatch(/mma/);
      expect(checkImage(img, 'POWER10', 'used').refusals).toEqual([]);
      const rest: Buffer[] = [];
      const q = restore(img, undefined, { stdin: () => undefined, stdout: (b) => { rest.push(Buffer.from(b)); }, stderr: () => {} });
      expect(q.m.run(1e8).kind).toBe('exit');
      expect(Buffer.concat([...part, ...rest]).toString('latin1')).toBe(Buffer.concat(whole).toString('latin1'));
    });
  }
});
