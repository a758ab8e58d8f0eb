// Floating-point speed: matrix multiply and an n-body step under ppcemu, reported as guest MIPS.
// Each program runs in round-to-nearest (the fast path: host doubles plus error-free
// transformations for FI/FR) and toward zero (every operation takes the exact BigInt path), so
// the table shows what the fast path buys.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { Bench } from 'tinybench';
import { runGuest } from '../src/linux/run.js';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const PROGRAMS = ['fp_bench_matmul', 'fp_bench_nbody'];
const TARGETS = ['ppc64le', 'ppc64', 'ppc32'];
const MODES: [string, string][] = [['0', 'nearest'], ['1', 'toward-zero']];

export default async function fpBench(filter?: string): Promise<void> {
  const bench = new Bench({ iterations: 3, warmupIterations: 1, time: 0 });
  const icounts = new Map<string, number>();
  for (const t of TARGETS) {
    for (const p of PROGRAMS) {
      const file = path.join(ROOT, 'test/bin', t, p);
      if (!fs.existsSync(file)) continue;
      const bytes = fs.readFileSync(file);
      for (const [arg, mode] of MODES) {
        const name = `${t}/${p} ${mode}`;
        if (filter && !name.includes(filter)) continue;
        bench.add(name, () => {
          const r = runGuest(bytes, { argv: [p, arg] });
          if (r.status !== 0) throw new Error(`${name} exited with ${r.status}: ${r.stderr.toString()}`);
          icounts.set(name, r.icount);
        });
      }
    }
  }
  await bench.run();
  console.log('fp program                              guest insns      ms/run     MIPS');
  for (const task of bench.tasks) {
    const res = task.result;
    if (!res || res.state !== 'completed') { console.log(`${task.name}: failed`); continue; }
    const ms = res.latency.mean;
    const n = icounts.get(task.name) ?? 0;
    console.log(`${task.name.padEnd(38)} ${String(n).padStart(12)} ${ms.toFixed(1).padStart(11)} ${(n / ms / 1000).toFixed(1).padStart(8)}`);
  }
}
