// The checkpoint image commands: restore, check, inspect, core. Every problem is one `ppcemu:`
// line and exit 125; a refusal prints one line per missing item.

import * as fs from 'node:fs';
import type { Argv } from 'yargs';
import {
  CheckpointError, CPU_COMPAT_POLICIES, type CpuCompat, checkImage, decodeImage, formatInspect, inspectImage, restoreImage,
} from '../checkpoint/index.js';
import { writeCore } from '../linux/coredump.js';
import { type CheckpointArgs, checkpointOptions, runWithCheckpoints } from './checkpoint.js';
import { CliError } from './errors.js';
import { GDB_OPTION } from './options.js';
import { countArg, hostStreams, readStdin, traceTo } from './main.js';

function readImage(file: string): Uint8Array {
  try {
    const st = fs.statSync(file);
    if (st.isDirectory()) throw new CliError(`'${file}' is a directory, not a checkpoint image`);
    return fs.readFileSync(file);
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw new CliError(`cannot open checkpoint '${file}': ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
  }
}

function policyArg(v: unknown): CpuCompat {
  const s = v === undefined ? 'warn' : String(v);
  if (!(CPU_COMPAT_POLICIES as readonly string[]).includes(s)) throw new CliError(`--cpu-compat must be one of ${CPU_COMPAT_POLICIES.join(', ')}, got '${s}'`);
  return s as CpuCompat;
}

/** Runs f, turning checkpoint errors into CLI errors (one line each, exit 125). */
function cli<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof CheckpointError) throw new CliError(e.message, e.status);
    throw e;
  }
}

export function restoreCommands(y: Argv, setStatus: (s: number) => void): void {
  y.command('restore <file>', 'resume a program from a checkpoint image', (c) =>
    checkpointOptions(c.positional('file', { type: 'string', describe: 'the image' })
      .option('cpu', { type: 'string', describe: 'CPU model to resume on (default: the image\'s)' })
      .option('cpu-compat', { type: 'string', choices: CPU_COMPAT_POLICIES as unknown as string[], default: 'warn', describe: 'advertised-but-unused features the target lacks: warn, strict (refuse) or used (ignore)' })
      .option('max-insns', { type: 'string', describe: 'stop with an error after N more instructions' })
      .option('fs-root', { type: 'string', describe: 'directory holding the guest\'s files (default: the image\'s)' })
      .option('sysroot', { type: 'string', describe: 'read-only directory for files missing under the fs root (default: the image\'s)' })
      .option('strace', { type: 'boolean', default: false })
      .option('trace', { type: 'boolean', default: false })
      .option('stats', { type: 'boolean', default: false })
      .option('gdb', GDB_OPTION)),
  async (a) => {
    const file = String(a.file);
    const bytes = readImage(file);
    const maxInsns = countArg('max-insns', a['max-insns']);
    const r = cli(() => restoreImage(bytes, {
      cpu: a.cpu as string | undefined, cpuCompat: policyArg(a['cpu-compat']), fsRoot: a['fs-root'] as string | undefined,
      sysroot: a.sysroot as string | undefined, strace: Boolean(a.strace), streams: { ...hostStreams, stdin: () => readStdin() },
      path: file,
    }));
    for (const w of r.warnings) hostStreams.stderr(Buffer.from(`ppcemu: ${w}\n`));
    if (a.trace) r.proc.m.tracer = await traceTo(hostStreams.stderr);
    const limit = maxInsns === undefined ? undefined : r.proc.m.icount + maxInsns;
    const ca = a as unknown as CheckpointArgs;
    const rest = (p = r.proc) => runWithCheckpoints(p, ca, limit, { file, bytes });
    if (a.gdb === undefined) { setStatus(await rest()); return; }
    const { gdbPort, runUnderGdb } = await import('./gdb.js'); // loaded only when asked for (start-up time)
    const port = gdbPort({ ...ca, gdb: a.gdb });
    setStatus(await (port === undefined ? rest() : runUnderGdb(r.proc, port, limit, rest)));
  });

  y.command('core <file>', 'write an ELF core file of a checkpoint image (for gdb-multiarch PROG CORE)', (c) =>
    c.positional('file', { type: 'string' })
      .option('o', { alias: 'output', type: 'string', demandOption: true, describe: 'the core file to write' }),
  (a) => {
    const d = cli(() => decodeImage(readImage(String(a.file)), { path: String(a.file) }));
    try {
      writeCore(d.proc, String(a.o));
    } catch (e) {
      throw new CliError(`cannot write core file '${a.o}': ${(e as Error).message}`);
    }
    setStatus(0);
  });

  y.command('check <file>', 'tell whether an image can be restored on a CPU model, without running it', (c) =>
    c.positional('file', { type: 'string' })
      .option('cpu', { type: 'string', describe: 'target CPU model (default: the image\'s)' })
      .option('cpu-compat', { type: 'string', choices: CPU_COMPAT_POLICIES as unknown as string[], default: 'warn' }),
  (a) => {
    const file = String(a.file);
    const bytes = readImage(file);
    const v = cli(() => checkImage(bytes, a.cpu as string | undefined, policyArg(a['cpu-compat']), file));
    if (v.refusals.length) {
      for (const r of v.refusals) hostStreams.stderr(Buffer.from(`ppcemu: cannot restore on ${v.model}: ${r}\n`));
      setStatus(125);
      return;
    }
    for (const w of v.warnings) hostStreams.stderr(Buffer.from(`ppcemu: ${w}\n`));
    hostStreams.stdout(Buffer.from(`${file}: can be restored on ${v.model}\n`));
    setStatus(0);
  });

  y.command('inspect <file>', 'describe a checkpoint image', (c) =>
    c.positional('file', { type: 'string' }).option('json', { type: 'boolean', default: false }),
  (a) => {
    const file = String(a.file);
    const info = cli(() => inspectImage(readImage(file), file));
    hostStreams.stdout(Buffer.from(a.json ? JSON.stringify(info, null, 2) + '\n' : formatInspect(file, info)));
    if (info.error) {
      hostStreams.stderr(Buffer.from(`ppcemu: ${info.error}\n`));
      setStatus(125);
    } else setStatus(0);
  });
}
