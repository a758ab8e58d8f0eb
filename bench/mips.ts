// Whole-program speed: runs integer-heavy test programs on each target under tinybench and
// prints guest MIPS (million guest instructions per second of host time).

import * as fs from 'node:fs';
import * as path from 'node:path';
import { Bench } from 'tinybench';
import { runGuest } from '../src/linux/run.js';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const PROGRAMS = ['bench_sieve', 'bench_crc32', 'bench_sort'];
const TARGETS = ['ppc32', 'ppc64', 'ppc64le'];

export async function mipsBench(filter?: string): Promise<void> {
  const bench = new Bench({ iterations: 3, warmupIterations: 1, time: 0 });
  const icounts = new Map<string, number>();
  for (const t of TARGETS) {
    for (const p of PROGRAMS) {
      const file = path.join(ROOT, 'test/bin', t, p);
      if (!fs.existsSync(file) || (filter && !`${t}/${p}`.includes(filter))) continue;
      const bytes = fs.readFileSync(file);
      bench.add(`${t}/${p}`, () => {
        const r = runGuest(bytes, { argv: [p] });
        if (r.status !== 0) throw new Error(`${t}/${p} exited with ${r.status}: ${r.stderr.toString()}`);
        icounts.set(`${t}/${p}`, r.icount);
      });
    }
  }
  await bench.run();
  console.log('program                   guest insns      ms/run     MIPS');
  for (const task of bench.tasks) {
    const res = task.result;
    if (!res || res.state !== 'completed') { console.log(`${task.name}: failed`); continue; }
    const ms = res.latency.mean;
    const n = icounts.get(task.name) ?? 0;
    console.log(`${task.name.padEnd(24)} ${String(n).padStart(12)} ${ms.toFixed(1).padStart(11)} ${(n / ms / 1000).toFixed(1).padStart(8)}`);
  }
}
