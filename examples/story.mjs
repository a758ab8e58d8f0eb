#!/usr/bin/env node
// `npm start`: the checkpoint/restore story on the bundled example program.
// Run on POWER9, checkpoint mid-run and halt, inspect the image, check it against a CPU that
// cannot run it (the 970 has no little-endian mode), restore on POWER8, and compare the joined
// output with an uninterrupted run.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const cli = path.join(root, 'bin', 'ppcemu.js');
const prog = path.join(root, 'examples', 'primes-ppc64le');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ppcemu-story-'));
const img = path.join(dir, 'primes.img');

function step(title, args, { show = true } = {}) {
  console.log(`\n$ ppcemu ${args.join(' ')}    # ${title}`);
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'latin1' });
  if (show) process.stdout.write(r.stdout);
  process.stdout.write(r.stderr);
  console.log(`(exit status ${r.status})`);
  return r;
}

const rel = path.relative(process.cwd(), prog) || prog;
const first = step('run on POWER9, checkpoint after 50 million instructions, halt',
  ['run', '--cpu', 'POWER9', '--checkpoint-at', '50000000', '--checkpoint-out', img, '--halt-after-checkpoint', rel]);
step('what is in the image', ['inspect', img]);
step('can a 970 resume it?', ['check', img, '--cpu', '970']);
const second = step('resume on POWER8', ['restore', img, '--cpu', 'POWER8']);
const whole = execFileSync(process.execPath, [cli, 'run', prog], { encoding: 'latin1' });
const same = first.stdout + second.stdout === whole;
console.log(`\nhalted run + restored run ${same ? '==' : '!='} uninterrupted run (${whole.length} bytes of output)`);
fs.rmSync(dir, { recursive: true, force: true });
process.exit(same ? 0 : 1);
