// Virtual time: everything the guest can observe about time derives from the instruction count,
// so runs are deterministic. One instruction is one nanosecond of guest time; the time base
// ticks at 512 MHz, as on POWER Linux systems.

export const NS_PER_INSN = 1;
export const TB_FREQ = 512_000_000;
/** Guest time at instruction 0 (2026-01-01T00:00:00Z), in seconds since the epoch. */
export const EPOCH_SECONDS = 1_767_225_600;

/** Time base value after `icount` instructions. */
export function timeBase(icount: number): bigint {
  return (BigInt(icount) * BigInt(NS_PER_INSN) * BigInt(TB_FREQ)) / 1_000_000_000n;
}

/** Guest nanoseconds since the start of the run. */
export function guestNanos(icount: number): bigint {
  return BigInt(icount) * BigInt(NS_PER_INSN);
}
