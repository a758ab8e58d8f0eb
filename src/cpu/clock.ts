// Virtual time: everything the guest can observe about time derives from the instruction count
// (and the time the guest asked to sleep), so runs are deterministic. One instruction is one
// nanosecond of guest time; the time base ticks at 512 MHz, as on POWER Linux systems.
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
