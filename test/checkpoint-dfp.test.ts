// DFP state in checkpoints: decimal floating point lives in the FPRs and the FPSCR (DRN in its
// high word), so the FP record carries it and 'dfp' joins the image's used features. A cut in the
// middle of test/programs/dfp.c (inside a rounding-mode sweep, with DRN = 5 and FPRs holding DFP
// operands) resumes on POWER9 with the uninterrupted run's output; the image is
// refused on the 970, which has no DFP unit, and the refusal names it.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkImage, checkpoint, restore } from '../src/checkpoint/index.js';
import { parseElf } from '../src/linux/elf.js';
import { createProcess } from '../src/linux/run.js';
import { Spr64 } from '../src/cpu/state.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

describe('DFP in checkpoints', () => {
  for (const target of ['ppc64', 'ppc64le']) {
    it(`${target}/dfp: cuts inside DFP code resume exactly; the 970 refuses the image`, () => {
      const bin = `test/bin/${target}/dfp`;
      const elf = parseElf(new Uint8Array(readFileSync(join(ROOT, bin))));
      const run = (out: Buffer[]) => createProcess(elf, { argv: [bin], env: [], cpu: 'power9' },
        { stdin: () => undefined, stdout: (b) => { out.push(Buffer.from(b)); }, stderr: () => {} }).proc;
      const whole: Buffer[] = [];
      expect(run(whole).m.run(1e9).kind).toBe('exit');
      const expected = Buffer.concat(whole).toString('latin1');
      expect(expected).toContain('dadd 2 4 1:'); // a line of the first DRN sweep
      {
        const part: Buffer[] = [];
        const p = run(part);
        // inside the first DRN sweep (dadd's modes 1..7): the cut carries DRN = 5
        expect(p.m.run(2400011).kind).toBe('limit');
        expect(p.m.usedFeatures()).toContain('dfp');
        expect(p.m.s64[2 * Spr64.FPSCR] & 7).toBe(5);
        const img = checkpoint(p);
        expect(checkImage(img, '970', 'used').refusals.join('\n')).toMatch(/dfp/i);
        expect(checkImage(img, 'POWER9', 'used').refusals).toEqual([]);
        const rest: Buffer[] = [];
        const q = restore(img, undefined, { stdin: () => undefined, stdout: (b) => { rest.push(Buffer.from(b)); }, stderr: () => {} });
        expect(q.m.usedFeatures()).toContain('dfp');
        expect(q.m.run(1e9).kind).toBe('exit');
        expect(Buffer.concat([...part, ...rest]).toString('latin1')).toBe(expected);
      }
    });
  }
});
