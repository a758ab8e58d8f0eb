// The ppcemu command line (yargs). Every user error is one `ppcemu: ...` line and exit 125;
// the guest's exit status is ppcemu's otherwise.

import * as fs from 'node:fs';
import { CLOCK_MODES, type ClockMode } from '../cpu/clock.js';
import type { Insn } from '../cpu/insn.js';
import { type Machine, TIERS } from '../cpu/machine.js';
import { ElfError, parseElf } from '../linux/elf.js';
import { createProcess, DEFAULT_ENV, type ProcessStop, type RunOptions } from '../linux/run.js';
import { ModelError } from '../features/select.js';
import { CliError, EXIT_PPCEMU_ERROR } from './errors.js';
import { CHECKPOINT_OPTIONS, runWithCheckpoints, type CheckpointArgs } from './checkpoint.js';
import { GDB_OPTION, type Options, quickParse } from './options.js';

/** Writes all of `b` to a host descriptor (retrying on EAGAIN from non-blocking pipes). */
export function writeAll(fd: number, b: Uint8Array): void {
  let off = 0;
  while (off < b.length) {
    try {
      off += fs.writeSync(fd, b, off, b.length - off);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      // The reader went away (`ppcemu run prog | head`): stop quietly, as a killed writer would.
      if (code === 'EPIPE') process.exit(0);
      if (code !== 'EAGAIN') throw e;
    }
  }
}

export const hostStreams = {
  stdout: (b: Uint8Array) => writeAll(1, b),
  stderr: (b: Uint8Array) => writeAll(2, b),
};

function readProgram(file: string): Uint8Array {
  let st: fs.Stats;
  try {
    st = fs.statSync(file);
  } catch {
    throw new CliError(`cannot open '${file}': no such file`);
  }
  if (st.isDirectory()) throw new CliError(`'${file}' is a directory, not an executable`);
  try {
    return fs.readFileSync(file);
  } catch (e) {
    throw new CliError(`cannot read '${file}': ${(e as Error).message}`);
  }
}

/** Parses a non-negative integer option (decimal or 0x hex). */
export function countArg(name: string, v: unknown): number | undefined {
  if (v === undefined) return undefined;
  const s = String(v);
  const n = /^0x[0-9a-f]+$/i.test(s) ? Number.parseInt(s, 16) : /^\d+$/.test(s) ? Number(s) : NaN;
  if (!Number.isSafeInteger(n) || n < 0) throw new CliError(`--${name} needs a non-negative integer, got '${s}'`);
  return n;
}

export interface RunArgs extends CheckpointArgs {
  prog: string;
  args: string[];
  env: string[];
  cpu?: string;
  maxInsns?: number;
  fsRoot?: string;
  sysroot?: string;
  seed?: number;
  clock: ClockMode;
  strace: boolean;
  trace: boolean;
  stats: boolean;
  gdb?: string;
}

/** Prints one line per executed instruction (--trace); loads the disassembler. */
export async function traceTo(write: (b: Uint8Array) => void): Promise<(m: Machine, i: Insn) => void> {
  const { disassemble } = await import('../cpu/disasm.js');
  return (_m, i) => {
    const text = disassemble(i.word, i.addr, i.row, {}, i.prefix);
    write(Buffer.from(`0x${i.addr.toString(16).padStart(8, '0')}: ${text}\n`));
  };
}

/** Runs the machine to the end, honouring the limit; returns ppcemu's exit status. */
export function finish(m: Machine, stop: ProcessStop, limit: number | undefined, stats: { start: bigint; icount0: number } | undefined): number {
  if (stats) {
    const secs = Number(process.hrtime.bigint() - stats.start) / 1e9;
    const n = m.icount - stats.icount0;
    hostStreams.stderr(Buffer.from(
      `ppcemu: ${n} instructions in ${secs.toFixed(3)} s (${(n / secs / 1e6).toFixed(1)} MIPS)\n`));
  }
  if (stop.kind === 'exit') return stop.status;
  if (stop.kind === 'deadlock') throw new CliError(stop.message);
  throw new CliError(`instruction limit reached (${limit} instructions) before the program exited`);
}

export async function runCommand(a: RunArgs): Promise<number> {
  const bytes = readProgram(a.prog);
  const elf = parseElf(bytes);
  for (const [opt, dir] of [['fs-root', a.fsRoot], ['sysroot', a.sysroot]]) {
    if (dir !== undefined && !fs.statSync(dir, { throwIfNoEntry: false })?.isDirectory()) throw new CliError(`--${opt} '${dir}' is not a directory`);
  }
  const opts: RunOptions = {
    argv: [a.prog, ...a.args], env: a.env, cpu: a.cpu, seed: a.seed, fsRoot: a.fsRoot, sysroot: a.sysroot, clock: a.clock, strace: a.strace,
    execPath: a.prog, stdin: undefined,
  };
  const { proc } = createProcess(elf, opts, hostStreams);
  proc.cfg.streams.stdin = () => readStdin();
  if (a.trace) proc.m.tracer = await traceTo(hostStreams.stderr);
  if (a.gdb !== undefined) { // the stub loads only when asked for (start-up time)
    const { gdbPort, runUnderGdb } = await import('./gdb.js');
    const port = gdbPort(a);
    if (port !== undefined) return runUnderGdb(proc, port, a.maxInsns, (p) => runWithCheckpoints(p, a, a.maxInsns));
  }
  const status = await runWithCheckpoints(proc, a, a.maxInsns);
  // A program given a host file name without --fs-root could not see it: say why, once.
  const lost = a.args.find((arg) => proc.files.missed?.includes(arg) && fs.existsSync(arg));
  if (lost !== undefined) {
    hostStreams.stderr(Buffer.from(`ppcemu: note: the guest looked for '${lost}', which exists here: it sees host files only under --fs-root DIR\n`));
  }
  return status;
}

let stdinCache: Uint8Array | undefined;
/** The host's standard input, read once (the guest's stdin; a restored run reads it again). */
export function readStdin(): Uint8Array {
  if (stdinCache) return stdinCache;
  try {
    stdinCache = fs.readFileSync(0);
  } catch {
    stdinCache = new Uint8Array(0);
  }
  return stdinCache;
}

/** `run`'s own options (with CHECKPOINT_OPTIONS): they come before PROG. */
export const RUN_OPTIONS: Options = {
  'cpu': { type: 'string', describe: 'CPU model: name, alias or PVR (see ppcemu cpus)' },
  'max-insns': { type: 'string', describe: 'stop with an error after N instructions' },
  'fs-root': { type: 'string', describe: 'directory the guest sees as its root (none by default)' },
  'sysroot': { type: 'string', describe: 'read-only directory for guest paths missing under --fs-root (as qemu -L), and of a dynamic executable\'s loader (default /usr/<triple> if it holds it)' },
  'clock': { type: 'string', describe: 'det (default): guest time from the instruction count (deterministic); host: real time' },
  'seed': { type: 'string', describe: 'seed for the guest\'s randomness (default 1)' },
  'E': { type: 'string', array: true, describe: 'set VAR=value in the guest\'s environment (repeatable)' },
  'U': { type: 'string', array: true, describe: 'remove VAR from the guest\'s environment (repeatable)' },
  'strace': { type: 'boolean', default: false, describe: 'print every system call on stderr' },
  'trace': { type: 'boolean', default: false, describe: 'print every executed instruction on stderr' },
  'stats': { type: 'boolean', default: false, describe: 'print instructions, seconds and MIPS on stderr at exit' },
  'gdb': GDB_OPTION,
};

/**
 * Splits `run`'s arguments as qemu-user does: ppcemu's options, then PROG, then the guest's
 * arguments, verbatim (options and `--` included). A `--` before PROG ends ppcemu's options.
 */
export function splitRunArgs(args: string[]): { own: string[]; prog: string | undefined; guest: string[] } {
  const all = { ...RUN_OPTIONS, ...CHECKPOINT_OPTIONS };
  const own: string[] = [];
  let i = 0;
  while (i < args.length) {
    const a = args[i];
    if (a === '--') { i++; break; }
    if (!a.startsWith('-') || a === '-') break;
    own.push(args[i++]);
    const o = all[a.replace(/^--?/, '')];
    if (o && o.type !== 'boolean' && i < args.length) own.push(args[i++]);
  }
  return { own, prog: args[i], guest: args.slice(i + 1) };
}

const varName = (e: string) => e.slice(0, e.indexOf('='));

/** The guest's environment: ppcemu's default, less the -U variables, with the -E ones set. */
export function guestEnv(set: unknown[] = [], unset: unknown[] = []): string[] {
  let env = [...DEFAULT_ENV];
  for (const u of unset.map(String)) {
    if (u === '' || u.includes('=')) throw new CliError(`-U needs a variable name, got '${u}'`);
    env = env.filter((e) => varName(e) !== u);
  }
  for (const e of set.map(String)) {
    if (!/^[^=]+=/.test(e)) throw new CliError(`-E needs VAR=value, got '${e}'`);
    const k = env.findIndex((x) => varName(x) === varName(e));
    if (k >= 0) env[k] = e;
    else env.push(e);
  }
  return env;
}

/** `run`'s parsed options, PROG and the guest's arguments as RunArgs (yargs and the quick parse alike). */
export function runArgs(a: Record<string, unknown>, prog: string, args: string[]): RunArgs {
  const clock = (a.clock as string | undefined) ?? 'det';
  if (!(CLOCK_MODES as readonly string[]).includes(clock)) throw new CliError(`--clock must be one of ${CLOCK_MODES.join(', ')}, got '${clock}'`);
  return {
    ...(a as unknown as RunArgs),
    prog,
    args,
    env: guestEnv(a.E as unknown[] | undefined, a.U as unknown[] | undefined),
    clock: clock as ClockMode,
    maxInsns: countArg('max-insns', a['max-insns']),
    seed: countArg('seed', a.seed),
    fsRoot: a['fs-root'] as string | undefined,
    sysroot: a.sysroot as string | undefined,
  };
}

export async function main(argv: string[]): Promise<number> {
  try {
    const tier = process.env.PPCEMU_TIER;
    if (tier !== undefined && tier !== '' && !(TIERS as readonly string[]).includes(tier)) {
      throw new CliError(`PPCEMU_TIER must be one of ${TIERS.join(', ')}, got '${tier}'`);
    }
    if (argv[0] === 'run') {
      // ppcemu's options, PROG, then the guest's arguments verbatim; plain options are parsed
      // here, the rest (help, repeated or array options, errors) by yargs.
      const { own, prog, guest } = splitRunArgs(argv.slice(1));
      const quick = prog !== undefined ? quickParse(['run', ...own, prog], 'run', { ...RUN_OPTIONS, ...CHECKPOINT_OPTIONS }) : undefined;
      if (quick) return await runCommand(runArgs(quick.values, prog!, guest));
    }
    const { parseCommandLine } = await import('./commands.js');
    return await parseCommandLine(argv);
  } catch (e) {
    return reportError(e);
  }
}

export function reportError(e: unknown): number {
  if (e instanceof CliError) {
    process.stderr.write(`ppcemu: ${e.message}\n`);
    return e.status;
  }
  if (e instanceof ElfError || e instanceof ModelError) {
    process.stderr.write(`ppcemu: ${e.message}\n`);
    return EXIT_PPCEMU_ERROR;
  }
  const msg = e instanceof Error ? e.message : String(e);
  process.stderr.write(`ppcemu: internal error: ${msg}\n`);
  if (process.env.PPCEMU_DEBUG && e instanceof Error) process.stderr.write(`${e.stack}\n`);
  return EXIT_PPCEMU_ERROR;
}
