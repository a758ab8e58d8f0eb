// The quick parse of `ppcemu run` (src/cli/options.ts): it answers only when yargs would read the
// arguments the same way, and leaves everything else to yargs.
import { describe, expect, it } from 'vitest';
import { CHECKPOINT_OPTIONS } from '../../src/cli/checkpoint.js';
import { RUN_OPTIONS } from '../../src/cli/main.js';
import { quickParse } from '../../src/cli/options.js';

const OPTS = { ...RUN_OPTIONS, ...CHECKPOINT_OPTIONS };

describe('quickParse', () => {
  it('reads plain run command lines: options, the program, its arguments (after -- too)', () => {
    const q = quickParse(['run', '--cpu', 'power9', '--stats', 'prog', 'a', '007', '--', '-x', '--cpu'], 'run', OPTS);
    expect(q?.first).toBe('prog');
    expect(q?.rest).toEqual(['a', '007', '-x', '--cpu']);
    expect(q?.values.cpu).toBe('power9');
    expect(q?.values.stats).toBe(true);
    expect(q?.values.strace).toBe(false);
    expect(q?.values['max-insns']).toBeUndefined();
    const r = quickParse(['run', 'prog', '--max-insns=5', '--checkpoint-out', 'f'], 'run', OPTS);
    expect([r?.values.maxInsns, r?.values['max-insns'], r?.values.checkpointOut]).toEqual(['5', '5', 'f']);
  });

  it('leaves to yargs what it might read differently', () => {
    for (const argv of [
      ['disasm', 'prog'], ['run'], ['run', '--help'], ['run', 'prog', '--bogus'], ['run', '-h', 'prog'],
      ['run', '--checkpoint-at', '5', 'prog'], // array options take every following value
      ['run', '--cpu', 'a', '--cpu', 'b', 'prog'], // repeated: yargs makes an array
      ['run', '--stats', 'true', 'prog'], // yargs reads true as the flag's value
      ['run', '--strace=false', 'prog'], ['run', '--', 'prog'], ['run', '--cpu'], ['run', '--no-stats', 'prog'],
      ['run', '--maxInsns', '5', 'prog'],
    ]) expect(quickParse(argv, 'run', OPTS), argv.join(' ')).toBeUndefined();
  });
});
