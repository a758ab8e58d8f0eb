// `--gdb PORT` for run and restore: serve a gdb session, then finish as the session says.

import { CheckpointError, checkpoint, writeFileAtomic } from '../checkpoint/index.js';
import { GdbStub } from '../gdb/stub.js';
import type { LinuxProcess } from '../linux/process.js';
import type { CheckpointArgs } from './checkpoint.js';
import { CliError } from './errors.js';
import { countArg, hostStreams } from './main.js';

/** Exit status when gdb kills the guest (as a shell reports SIGKILL). */
const KILLED = 128 + 9;

export const GDB_OPTION = {
  type: 'string', describe: 'wait for gdb (target remote :PORT) on 127.0.0.1:PORT before the first instruction; 0 picks a free port',
} as const;

/** The port of --gdb, or undefined; refuses combinations the session does not support. */
export function gdbPort(a: CheckpointArgs & { gdb?: unknown }): number | undefined {
  const port = countArg('gdb', a.gdb);
  if (port === undefined) return undefined;
  if (port > 65535) throw new CliError(`--gdb needs a TCP port (0..65535), got ${port}`);
  if (a.checkpointAt?.length || a.checkpointEvery !== undefined) {
    throw new CliError('--gdb cannot be combined with --checkpoint-at or --checkpoint-every (use `monitor checkpoint FILE` in gdb)');
  }
  return port;
}

/**
 * Runs the process under gdb; returns ppcemu's exit status. After a detach the rest of the run
 * is `rest`'s (the ordinary run loop), with the process as gdb left it.
 */
export async function runUnderGdb(proc: LinuxProcess, port: number, limit: number | undefined,
  rest: (p: LinuxProcess) => Promise<number>): Promise<number> {
  const log = (s: string) => hostStreams.stderr(Buffer.from(`ppcemu: ${s}\n`));
  const stub = new GdbStub(proc, {
    port, limit, log,
    monitor: (cmd, args, say) => {
      if (cmd !== 'checkpoint') return false;
      if (args.length !== 1) { say('usage: monitor checkpoint FILE'); return true; }
      try {
        const p = stub.proc; // the process gdb sees (reverse execution replaces it)
        writeFileAtomic(args[0], checkpoint(p));
        say(`checkpoint written to ${args[0]} at instruction ${p.m.icount}`);
      } catch (e) {
        if (!(e instanceof CheckpointError)) throw e;
        say(e.message);
      }
      return true;
    },
  });
  let end;
  try {
    end = await stub.serve();
  } catch (e) {
    if ((e as NodeJS.ErrnoException).syscall === 'listen') throw new CliError(`cannot listen on 127.0.0.1:${port}: ${(e as Error).message}`);
    throw e;
  }
  switch (end.kind) {
    case 'exit': return end.status;
    case 'killed': return KILLED;
    case 'limit': throw new CliError(`instruction limit reached (${limit} instructions) under gdb`);
    case 'detached': return rest(stub.proc);
  }
}
