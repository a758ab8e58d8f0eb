// Command options described once, as data: commands.ts hands them to yargs, and `ppcemu run`
// with plain arguments is parsed from the same description by node:util's parseArgs without
// loading yargs at all (start-up time: yargs and its help formatting cost more than a short run).
// Anything the quick parse is not sure to read exactly as yargs would goes to yargs.

import { parseArgs } from 'node:util';
import type { Argv } from 'yargs';

export interface OptionSpec {
  type: 'string' | 'boolean';
  describe: string;
  /** Repeatable (yargs: an array option). */
  array?: boolean;
  default?: boolean;
}
export type Options = Record<string, OptionSpec>;

export function addOptions(y: Argv, opts: Options): Argv {
  for (const [name, o] of Object.entries(opts)) {
    y = y.option(name, { type: o.type, describe: o.describe, ...(o.array ? { array: true } : {}), ...(o.default !== undefined ? { default: o.default } : {}) });
  }
  return y;
}

/** `--gdb PORT` of run and restore (here, in a module without imports, so that every importer sees it defined). */
export const GDB_OPTION: OptionSpec = {
  type: 'string', describe: 'wait for gdb (target remote :PORT) on 127.0.0.1:PORT before the first instruction; 0 picks a free port',
};

/** kebab-case to camelCase, as yargs also names parsed options. */
const camel = (s: string) => s.replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase());

/**
 * `COMMAND <first> [rest..] [options]` parsed without yargs: the options by kebab and camelCase
 * name, `first`, and `rest` (positionals after the first one, those after `--` included).
 * Undefined when yargs must decide (help, unknown or repeated options, array options, which
 * yargs fills greedily, `--opt=value` of a boolean, `--` before the first positional, ...).
 */
export function quickParse(argv: string[], command: string, opts: Options):
  { values: Record<string, unknown>; first: string; rest: string[] } | undefined {
  if (argv[0] !== command) return undefined;
  const options: Record<string, { type: 'string' | 'boolean' }> = {};
  for (const [name, o] of Object.entries(opts)) options[name] = { type: o.type };
  let parsed;
  try {
    parsed = parseArgs({ args: argv.slice(1), options, strict: true, allowPositionals: true, tokens: true });
  } catch {
    return undefined;
  }
  const seen = new Set<string>();
  let positionals = 0;
  for (const [k, t] of parsed.tokens.entries()) {
    if (t.kind === 'option-terminator') {
      if (positionals === 0) return undefined;
      break;
    }
    if (t.kind === 'positional') { positionals++; continue; }
    const o = opts[t.name];
    if (seen.has(t.name) || o.array) return undefined;
    seen.add(t.name);
    // yargs reads `--flag true` / `--flag false` as the flag's value.
    const next = parsed.tokens[k + 1];
    if (o.type === 'boolean' && next?.kind === 'positional' && (next.value === 'true' || next.value === 'false')) return undefined;
  }
  if (parsed.positionals.length === 0) return undefined;
  const values: Record<string, unknown> = {};
  for (const [name, o] of Object.entries(opts)) {
    const v = (parsed.values as Record<string, unknown>)[name] ?? o.default;
    values[name] = values[camel(name)] = v;
  }
  const [first, ...rest] = parsed.positionals;
  return { values, first, rest };
}
