// A bare 64-bit POWER9 process for the memory-bound benchmarks (checkpoint.ts, fork.ts): nothing
// loaded, `mib` MiB mapped at 0x20000000 and written one MiB at a time from `chunk` (which
// `fill(chunk, offset)` may change before each MiB).

import { Machine } from '../src/cpu/machine.js';
import { modelByName } from '../src/features/models.js';
import { LinuxProcess } from '../src/linux/process.js';

export const quiet = { stdin: () => undefined, stdout: () => {}, stderr: () => {} };

export function benchProcess(mib: number, chunk: Uint8Array, fill?: (chunk: Uint8Array, off: number) => void): LinuxProcess {
  const m = new Machine(modelByName('POWER9'));
  const p = new LinuxProcess(m, { is64: true, pageSize: 65536, abiVersion: 2, fsRoot: undefined, strace: false, execPath: '/bench', streams: quiet });
  m.setMsr(0x80000000, 0xd033);
  const base = 0x20000000, len = mib << 20;
  m.mem.map(base, len, 3);
  for (let off = 0; off < len; off += chunk.length) { fill?.(chunk, off); m.mem.writeBytes(base + off, chunk); }
  m.pc = m.nia = base;
  return p;
}
