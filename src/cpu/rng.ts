// Deterministic random numbers for the guest (AT_RANDOM, getrandom, darn): xorshift64* seeded
// from --seed. The state is a plain bigint so checkpoints can save and restore it exactly.

export class Rng {
  state: bigint;

  constructor(seed: bigint | number) {
    // splitmix64 of the seed so that small seeds still give well-mixed states (never zero).
    let z = (BigInt(seed) + 0x9e3779b97f4a7c15n) & 0xffffffffffffffffn;
    z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & 0xffffffffffffffffn;
    z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & 0xffffffffffffffffn;
    z ^= z >> 31n;
    this.state = z === 0n ? 1n : z;
  }

  /** Next 64-bit value. */
  next64(): bigint {
    let x = this.state;
    x ^= x >> 12n;
    x ^= (x << 25n) & 0xffffffffffffffffn;
    x ^= x >> 27n;
    this.state = x;
    return (x * 0x2545f4914f6cdd1dn) & 0xffffffffffffffffn;
  }

  fill(out: Uint8Array): void {
    for (let i = 0; i < out.length; i += 8) {
      let v = this.next64();
      for (let k = 0; k < 8 && i + k < out.length; k++) {
        out[i + k] = Number(v & 0xffn);
        v >>= 8n;
      }
    }
  }
}
