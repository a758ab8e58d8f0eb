// Two-level page-number tables: 1024 directories of 1024 entries, each directory created on
// first use. Covers the 2^20 4-KiB pages below 4 GiB without allocating a million slots up front.

/** Guest pages are 4 KiB inside the emulator (the process page size is a Linux-layer matter). */
export const PAGE_SHIFT = 12;

export type Dir<T> = (T | undefined)[];
export const DIR_SHIFT = 10;
export const DIRS = 1 << (32 - PAGE_SHIFT - DIR_SHIFT);
export const DIR_MASK = (1 << DIR_SHIFT) - 1;

export function dirGet<T>(top: (Dir<T> | undefined)[], p: number): T | undefined {
  const d = top[p >>> DIR_SHIFT];
  return d === undefined ? undefined : d[p & DIR_MASK];
}

export function dirSet<T>(top: (Dir<T> | undefined)[], p: number, v: T | undefined): void {
  let d = top[p >>> DIR_SHIFT];
  if (d === undefined) {
    if (v === undefined) return;
    d = top[p >>> DIR_SHIFT] = new Array<T | undefined>(1 << DIR_SHIFT);
  }
  d[p & DIR_MASK] = v;
}

