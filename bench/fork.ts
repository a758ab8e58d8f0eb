// fork's cost: the child gets a copy of every page the parent has touched (no copy-on-write),
// so a fork costs about one copy of the touched memory. Measured for a process with 1, 64 and
// 256 MiB touched (plus an 8 MiB stack mapped but untouched), as fork calls per second and MB/s
// of touched memory, next to one plain copy of that memory (the host's floor).
// Run: npm run bench fork (or node dist/bench/fork.js after a build).

import { Bench } from 'tinybench';
import type { LinuxProcess } from '../src/linux/process.js';
import { benchProcess } from './process.js';

function processWith(mib: number): LinuxProcess {
  const p = benchProcess(mib, new Uint8Array(1 << 20).fill(0x5a));
  p.m.mem.map(0xbf800000, 8 << 20, 3);
  return p;
}

/** One fork (clone with SIGCHLD) through the system-call entry; the child is dropped at once. */
function fork(p: LinuxProcess): void {
  const m = p.m;
  m.gl[0] = 120; m.gh[3] = 0; m.gl[3] = 17; m.gl[4] = 0; m.gh[4] = 0;
  p.syscall(m, false);
  const c = p.children.pop()!;
  p.sys!.exited(c, 0, 0);
  p.children.length = 0;
  p.sys!.reschedule = false;
}

export default async function forkBench(): Promise<void> {
  const rows: string[] = [];
  for (const mib of [1, 64, 256]) {
    const p = processWith(mib);
    const pages = [...p.m.mem.mappedPages()].map((n) => p.m.mem.pageData(n)).filter((d) => d !== undefined);
    const bench = new Bench({ iterations: mib >= 64 ? 5 : 50, warmupIterations: 1, time: 0 });
    bench.add('fork', () => fork(p));
    bench.add('copy (ref)', () => { for (const d of pages) d!.slice(); });
    await bench.run();
    const mb = (mib << 20) / 1e6;
    for (const t of bench.tasks) {
      const ms = t.result && 'latency' in t.result ? (t.result as { latency: { mean: number } }).latency.mean : NaN;
      rows.push(`${String(mib).padStart(4)} MiB  ${t.name.padEnd(10)} ${ms.toFixed(2).padStart(9)} ms  ${(1000 / ms).toFixed(0).padStart(6)} /s  ${(mb / (ms / 1000)).toFixed(0).padStart(6)} MB/s`);
    }
  }
  console.log('fork (touched memory copied)');
  for (const r of rows) console.log(r);
}

if (import.meta.url === `file://${process.argv[1]}`) await forkBench();
