// The full command line (yargs): every command, --help, and the exact error messages. main.ts
// loads this module only when the quick parse of a plain `run` does not apply.

import yargs from 'yargs';
import { checkpointOptions } from './checkpoint.js';
import { restoreCommands } from './restore.js';
import { cpusCommand } from './cpus.js';
import { disasmCommand } from './disasm.js';
import { CliError } from './errors.js';
import { countArg, RUN_OPTIONS, runArgs, runCommand, splitRunArgs } from './main.js';
import { addOptions } from './options.js';

/** Parses argv and runs the command; returns ppcemu's exit status (errors are thrown). */
export async function parseCommandLine(argv: string[]): Promise<number> {
  let status = 0;
  // yargs sees only ppcemu's options of `run`; PROG and the guest's arguments are kept aside.
  let guest: { prog: string | undefined; args: string[] } = { prog: undefined, args: [] };
  if (argv[0] === 'run') {
    const s = splitRunArgs(argv.slice(1));
    argv = ['run', ...s.own];
    guest = { prog: s.prog, args: s.guest };
  }
  const parser = yargs(argv)
    .scriptName('ppcemu')
    .usage('$0 <command> [options]')
    .command('run', 'run a PowerPC Linux executable: ppcemu run [options] PROG [ARGS...]', (y) =>
      checkpointOptions(addOptions(y, RUN_OPTIONS).usage('$0 run [options] PROG [ARGS...]\n\n' +
        'Runs PROG. ppcemu\'s options come before PROG; everything after PROG is the guest\'s arguments, verbatim.')),
    async (a) => {
      if (guest.prog === undefined) throw new CliError('run needs PROG, the executable to run (ppcemu run [options] PROG [ARGS...])');
      status = await runCommand(runArgs(a, guest.prog, guest.args));
    })
    .command('disasm <prog>', 'disassemble an executable\'s code like objdump -d', (y) =>
      y.positional('prog', { type: 'string' })
        .option('from', { type: 'string', describe: 'start address (hex)' })
        .option('count', { type: 'string', describe: 'number of instructions' })
        .option('cpu', { type: 'string', describe: 'CPU model (selects the SPE opcode space)' }),
    async (a) => {
      status = await disasmCommand(String(a.prog), { from: a.from as string | undefined, count: countArg('count', a.count), cpu: a.cpu as string | undefined });
    })
    .command('cpus [model]', 'list CPU models, or show one in full', (y) =>
      y.positional('model', { type: 'string' }).option('json', { type: 'boolean', default: false }),
    (a) => { status = cpusCommand(a.model as string | undefined, Boolean(a.json)); })
    .demandCommand(1, 'a command is needed (run, restore, check, inspect, core, disasm, cpus); see --help')
    .strict()
    .help()
    .version(false)
    .exitProcess(false)
    .fail((msg, err) => { throw err ?? new CliError(msg.replace(/:?\s*\n\s*/g, ': ')); }); // one line
  restoreCommands(parser, (s) => { status = s; });
  await parser.parseAsync();
  return status;
}
