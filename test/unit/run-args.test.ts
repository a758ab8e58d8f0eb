// `ppcemu run`'s command line as qemu-user reads its own: ppcemu's options, PROG, the guest's
// arguments verbatim; and the guest environment from -E / -U.
import { describe, expect, it } from 'vitest';
import { guestEnv, splitRunArgs } from '../../src/cli/main.js';
import { CliError } from '../../src/cli/errors.js';

describe('splitRunArgs', () => {
  it('stops at PROG; options with values take the next word, flags and --x=y do not', () => {
    expect(splitRunArgs(['--cpu', 'POWER8', '--strace', '-E', 'A=1', '--seed=7', 'prog', '-v', '--cpu', 'x'])).toEqual({
      own: ['--cpu', 'POWER8', '--strace', '-E', 'A=1', '--seed=7'], prog: 'prog', guest: ['-v', '--cpu', 'x'],
    });
    expect(splitRunArgs(['--checkpoint-at', '5', '--checkpoint-at', '9', '--halt-after-checkpoint', 'p'])).toEqual({
      own: ['--checkpoint-at', '5', '--checkpoint-at', '9', '--halt-after-checkpoint'], prog: 'p', guest: [],
    });
  });

  it('a -- before PROG ends the options (even for a PROG starting with -); after PROG it is the guest\'s', () => {
    expect(splitRunArgs(['--trace', '--', '-prog', 'a'])).toEqual({ own: ['--trace'], prog: '-prog', guest: ['a'] });
    expect(splitRunArgs(['prog', '--', '-x'])).toEqual({ own: [], prog: 'prog', guest: ['--', '-x'] });
    expect(splitRunArgs(['--stats'])).toEqual({ own: ['--stats'], prog: undefined, guest: [] });
  });
});

describe('guestEnv', () => {
  it('starts from PATH and LANG, removes -U, sets or replaces -E', () => {
    expect(guestEnv()).toEqual(['PATH=/usr/bin:/bin', 'LANG=C']);
    expect(guestEnv(['LANG=de_DE.UTF-8', 'X=a=b', 'Y='], ['PATH'])).toEqual(['LANG=de_DE.UTF-8', 'X=a=b', 'Y=']);
    expect(guestEnv(['PATH=/x'], ['PATH'])).toEqual(['LANG=C', 'PATH=/x']); // -E wins
  });

  it('refuses malformed -E and -U values', () => {
    expect(() => guestEnv(['NOEQUALS'])).toThrow(CliError);
    expect(() => guestEnv(['=v'])).toThrow(/-E needs VAR=value, got '=v'/);
    expect(() => guestEnv([], ['A=1'])).toThrow(/-U needs a variable name, got 'A=1'/);
    expect(() => guestEnv([], [''])).toThrow(/-U needs a variable name/);
  });
});
