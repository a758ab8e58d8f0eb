// The differential tests' random source: a small 32-bit generator (mulberry32-style mixing),
// deterministic per seed, so every run of a test draws the same cases.

/** A generator of uniformly spread 32-bit unsigned values, starting from `seed`. */
export function randomSource(seed: number): () => number {
  let s = seed | 0;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), s | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}
