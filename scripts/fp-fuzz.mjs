#!/usr/bin/env node
// Runs every FP fast path against the exact reference (bench/fpfuzz.ts; build first with
// `npx tsc -p tsconfig.json`): N cases per operation class (default 1,000,000), comparing the
// target register, the whole FPSCR, CR and any SIGFPE; the JS tier's inline code and the wasm
// region of the classes that have them too. Exit status 1 on any mismatch.
//   node scripts/fp-fuzz.mjs [N] [CLASS-SUBSTRING] [SEED]
import { fuzzClass, fuzzClasses } from '../dist/bench/fpfuzz.js';

const n = Number(process.argv[2] ?? 1_000_000);
const filter = process.argv[3] ?? '';
const seed = Number(process.argv[4] ?? 1);
let total = 0, bad = 0;
for (const cls of fuzzClasses()) {
  if (filter && !cls.name.includes(filter)) continue;
  const t0 = Date.now();
  const r = fuzzClass(cls, n, seed);
  total += r.cases;
  bad += r.mismatches.length;
  console.log(`${cls.name.padEnd(14)} ${String(r.cases).padStart(9)} cases  ${String(r.mismatches.length).padStart(3)} mismatches  ${((Date.now() - t0) / 1000).toFixed(1)} s${r.inline ? '  (+inline)' : ''}${r.wasm ? '  (+wasm)' : ''}`);
  for (const s of r.mismatches) console.log(s);
}
console.log(`${total} cases, ${bad} mismatches`);
process.exit(bad ? 1 : 0);
