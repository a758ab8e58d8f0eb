// Guest time. By default (`--clock=det`) everything the guest can observe about time derives from
// the instruction count (and the time the guest asked to sleep), so runs are deterministic: one
// instruction is one nanosecond of guest time and the time base ticks at 512 MHz, as on POWER
// Linux systems. With `--clock=host` the time system calls (clock_gettime, gettimeofday, time,
// times, nanosleep) follow the host's clocks instead; the time base (mftb, mfspr TB) stays
// instruction-derived in both modes, so code that reads it directly sees a deterministic count.
//
// The machine is taken to have been up for a while when the program starts (BOOT_UPTIME_NS), as
// a real one has: the time base, CLOCK_MONOTONIC / CLOCK_BOOTTIME and times() count from boot,
// so the time base is already far beyond 2^32 at the first instruction. CLOCK_REALTIME is
// EPOCH_SECONDS at the first instruction. The time base and the monotonic clocks are one clock:
// TB = uptime * TB_FREQ / 1e9.

export const NS_PER_INSN = 1;
export const TB_FREQ = 512_000_000;
/** Guest time at instruction 0 (2026-01-01T00:00:00Z), in seconds since the epoch. */
export const EPOCH_SECONDS = 1_767_225_600;
/** Uptime at instruction 0: 4 days, 3 h 25 min 17 s (the time base then reads 0xa6ab_0802_8000). */
export const BOOT_UPTIME_NS = 357_917n * 1_000_000_000n;

/** `det`: time from the instruction count (the default); `host`: the host's real time. */
export type ClockMode = 'det' | 'host';
export const CLOCK_MODES: readonly ClockMode[] = ['det', 'host'];

/** Guest nanoseconds since the start of the run, sleeps included. */
export function guestNanos(icount: number, sleptNs = 0n): bigint {
  return BigInt(icount) * BigInt(NS_PER_INSN) + sleptNs;
}

/** Nanoseconds since boot (CLOCK_MONOTONIC, CLOCK_BOOTTIME). */
export function uptimeNs(icount: number, sleptNs = 0n): bigint {
  return BOOT_UPTIME_NS + guestNanos(icount, sleptNs);
}

/** Time base value after `icount` instructions and `sleptNs` of sleep. */
export function timeBase(icount: number, sleptNs = 0n): bigint {
  return (uptimeNs(icount, sleptNs) * BigInt(TB_FREQ)) / 1_000_000_000n;
}

/** Linux clock ids that count from the epoch: REALTIME, REALTIME_COARSE, REALTIME_ALARM, TAI. */
export function isRealtimeClock(clock: number): boolean {
  return clock === 0 || clock === 5 || clock === 8 || clock === 11;
}

/** Process/thread CPU-time clocks (CLOCK_PROCESS_CPUTIME_ID, CLOCK_THREAD_CPUTIME_ID). */
export function isCpuTimeClock(clock: number): boolean {
  return clock === 2 || clock === 3;
}

/** The host's wall clock in ns, anchored once to a monotonic counter (Date has only ms). */
const HOST_WALL0 = BigInt(Date.now()) * 1_000_000n;
const HOST_MONO0 = process.hrtime.bigint();

/** Host time in ns for a Linux clock id (--clock=host). */
export function hostNanos(clock: number): bigint {
  if (isCpuTimeClock(clock)) {
    const u = process.cpuUsage();
    return BigInt(u.user + u.system) * 1000n;
  }
  const mono = process.hrtime.bigint();
  return isRealtimeClock(clock) ? HOST_WALL0 + (mono - HOST_MONO0) : mono;
}

/** Blocks the host thread for `ns` nanoseconds (nanosleep under --clock=host). */
export function hostSleep(ns: bigint): void {
  const ms = Number(ns / 1_000_000n);
  if (ms > 0) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
