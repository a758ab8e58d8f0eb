// Transactional memory in checkpoints: a cut right after test/programs/htm.c's first tbegin. (the
// transaction failed; TEXASR, TFIAR and TFHAR hold its failure, which the program reads with
// mfspr a few instructions later) restores the TM SPRs from the TM record and resumes with the
// uninterrupted run's output. An image that used HTM is refused on POWER10, which has no TM, and
// on POWER7, which predates it.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkImage, checkpoint, parseImage, restore } from '../src/checkpoint/index.js';
import { parseElf } from '../src/linux/elf.js';
import { createProcess } from '../src/linux/run.js';
import { Spr64 } from '../src/cpu/state.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TM = 11; // the TM record's bit (src/checkpoint/format.ts)

describe('HTM in checkpoints', () => {
  for (const target of ['ppc64', 'ppc64le']) {
    it(`${target}/htm: a cut after a failed tbegin. resumes exactly; POWER10 and POWER7 refuse the image`, () => {
      const bin = `test/bin/${target}/htm`;
      const elf = parseElf(new Uint8Array(readFileSync(join(ROOT, bin))));
      const run = (out: Buffer[]) => createProcess(elf, { argv: [bin], env: [], cpu: 'power9' },
        { stdin: () => undefined, stdout: (b) => { out.push(Buffer.from(b)); }, stderr: () => {} }).proc;
      const whole: Buffer[] = [];
      expect(run(whole).m.run(1e8).kind).toBe('exit');
      const part: Buffer[] = [];
      const p = run(part);
      // one instruction at a time until the first tbegin. has run (TEXASR is set by its failure)
      while (p.m.st.getSpr64(Spr64.TEXASR) === 0n) expect(p.m.run(p.m.icount + 1).kind).toBe('limit');
      expect(p.m.usedFeatures()).toContain('htm');
      const spr = (m: typeof p.m) => [Spr64.TEXASR, Spr64.TFIAR, Spr64.TFHAR].map((r) => m.st.getSpr64(r));
      const before = spr(p.m);
      expect(before.every((v) => v !== 0n)).toBe(true);
      const img = checkpoint(p);
      expect(parseImage(img).frames.map((f) => f.bit)).toContain(TM);
      expect(checkImage(img, 'POWER10', 'used').refusals.join('\n')).toMatch(/htm/i);
      expect(checkImage(img, 'POWER7', 'used').refusals.join('\n')).toMatch(/htm/i);
      expect(checkImage(img, 'POWER8', 'used').refusals).toEqual([]);
      const rest: Buffer[] = [];
      const q = restore(img, undefined, { stdin: () => undefined, stdout: (b) => { rest.push(Buffer.from(b)); }, stderr: () => {} });
      expect(spr(q.m)).toEqual(before);
      expect(q.m.run(1e8).kind).toBe('exit');
      expect(Buffer.concat([...part, ...rest]).toString('latin1')).toBe(Buffer.concat(whole).toString('latin1'));
    });
  }
});
