// Test helper: performs a system call on a process as the guest's `sc` would (r0 = number,
// r3.. = arguments) and returns r3. CR0[SO] tells an error apart (r3 then holds errno).
import type { LinuxProcess } from '../src/linux/process.js';

export function sc(p: LinuxProcess, nr: number, ...args: number[]): bigint {
  p.m.st.setGpr(0, BigInt(nr));
  args.forEach((v, k) => p.m.st.setGpr(3 + k, BigInt(v)));
  p.syscall(p.m, false);
  return p.m.st.getGpr(3);
}
