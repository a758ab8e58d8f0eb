#!/usr/bin/env node
// Build step (npm run build, after the bundle; its stdout discarded there): runs the CLI once on
// a committed glibc program (formatted output: start-up, the interpreter, system calls; it exits
// with 42) and writes the code cache of the chunks it loaded beside them (bin/load.mjs), so a
// run starts from the bytecode of the functions every run uses.
import * as path from 'node:path';
import { loadCli, writeCodeCache } from '../bin/load.mjs';

const program = path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'test', 'bin', 'ppc64le', 'glibc-printf');
const code = await loadCli().main(['run', program]);
// (without a cache the CLI compiles as usual: the build goes on, and says why)
if (code !== 42) process.stderr.write(`code-cache: the program exited with status ${code}, not 42; no cache written\n`);
else if (!writeCodeCache()) process.stderr.write('code-cache: this Node has no zlib.crc32; no cache written\n');
