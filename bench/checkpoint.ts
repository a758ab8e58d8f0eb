// Checkpoint and restore speed for a process with 1, 64 and 256 MiB of touched memory (pages of
// non-zero, incompressible-ish data), reported as MB/s of touched memory and image size. The
// 'copy (ref)' row copies the image once into new memory: the host's page-fault cost for fresh
// memory bounds both directions (wall-clock figures: a loaded machine shows lower numbers).
// Run: npm run bench checkpoint (or node dist/bench/checkpoint.js after a build).

import { Bench } from 'tinybench';
import type { LinuxProcess } from '../src/linux/process.js';
import { checkpoint, restore } from '../src/checkpoint/index.js';
import { benchProcess, quiet } from './process.js';

/** Touched memory of non-zero, hardly compressible data (xorshift), each MiB marked by its number. */
function processWith(mib: number): LinuxProcess {
  const chunk = new Uint8Array(1 << 20);
  let x = 0x12345678;
  for (let i = 0; i < chunk.length; i += 4) { x ^= x << 13; x ^= x >>> 17; x ^= x << 5; chunk[i] = x; chunk[i + 1] = x >>> 8; chunk[i + 2] = x >>> 16; chunk[i + 3] = x >>> 24; }
  return benchProcess(mib, chunk, (c, off) => { c[0] = off >>> 20; });
}

export default async function checkpointBench(): Promise<void> {
  const rows: string[] = [];
  for (const mib of [1, 64, 256]) {
    const p = processWith(mib);
    let img = checkpoint(p);
    const bench = new Bench({ iterations: mib >= 64 ? 5 : 20, warmupIterations: 1, time: 0 });
    bench.add('checkpoint', () => { img = checkpoint(p); });
    bench.add('restore', () => { restore(img, undefined, quiet); });
    // the host's floor: one copy of the image into new memory (checkpoint and restore each need one)
    bench.add('copy (ref)', () => { img.slice(); });
    await bench.run();
    const mb = (mib << 20) / 1e6;
    for (const t of bench.tasks) {
      const ms = t.result && 'latency' in t.result ? (t.result as { latency: { mean: number } }).latency.mean : NaN;
      rows.push(`${String(mib).padStart(4)} MiB  ${t.name.padEnd(10)} ${ms.toFixed(1).padStart(8)} ms  ${(mb / (ms / 1000)).toFixed(0).padStart(6)} MB/s  image ${(img.length / 1e6).toFixed(1)} MB`);
    }
  }
  console.log('checkpoint engine (touched memory)');
  for (const r of rows) console.log(r);
}

if (import.meta.url === `file://${process.argv[1]}`) await checkpointBench();
