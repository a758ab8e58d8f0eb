// hashst/hashchk's HashDigest (src/cpu/isa/isa31.ts). Its cipher lanes are SIMON 32/64: lane 0
// (round keys in schedule order) must reproduce the published SIMON 32/64 test vector (Beaulieu et
// al., "The SIMON and SPECK Families of Lightweight Block Ciphers", appendix B: key 1918 1110 0908
// 0100, plaintext 6565 6877, ciphertext c69b e9bb). The other lanes take the same round keys
// rotated within each group of four, so they must differ from lane 0 and from each other. The
// digest is deterministic, keyed, and hashst/hashchk agree (a changed RA, RB or key fails the check).
import { describe, expect, it } from 'vitest';
import '../../src/cpu/isa/index.js';
import { hashCipher, hashDigest } from '../../src/cpu/isa/isa31.js';
import { Spr64 } from '../../src/cpu/state.js';
import { exec, fault, mk, set } from './harness.js';

describe('HashDigest', () => {
  it('lane 0 is SIMON 32/64 (published test vector)', () => {
    // key words k0..k3 = 0100 0908 1110 1918 (k0 first in HASHKEYR's high bits); block: x (the word
    // the round function reads) in the low half, y in the high half
    expect(hashCipher((0x6877 << 16) | 0x6565, 0x0100090811101918n, 0)).toBe(((0xe9bb << 16) | 0xc69b) >>> 0);
  });
  it('the four lanes are different permutations of the round keys', () => {
    const key = 0x0123456789abcdefn, x = 0xdeadbeef;
    const out = new Set([0, 1, 2, 3].map((lane) => hashCipher(x, key, lane)));
    expect(out.size).toBe(4);
  });
  it('matches Microwatt\'s known answer (a whole digest with a known key)', () => {
    // Microwatt (antonblanchard/microwatt, tests/hash/hash.c) checks its hardware hashst with
    // HASHKEYR = 0x123456789abcdef0, RA = 0x4190, RB = 0x0f0e0d0c0b0a0908 against the digest
    // 0xcd57657a24afdd14. This pins what the lane tests above cannot: the key's word order, the
    // lanes' round-key rotation, the byte interleaving and which lanes are XORed together.
    const [h, l] = hashDigest(0x4190n, 0x0f0e0d0c0b0a0908n, 0x123456789abcdef0n);
    expect([h, l]).toEqual([0xcd57657a, 0x24afdd14]);
  });
  it('matches QEMU 7.2 with a known key', () => {
    // recorded by scripts/record-hash-vectors.sh (QEMU's HASHKEYR fixed through its glib seed)
    const key = 0xedfb51e2e3e12de5n, ra = 0x100e22b8n;
    expect(hashDigest(ra, 0x0f0e0d0c0b0a0908n, key)).toEqual([0xebed007d, 0x202e9c5a]);
    expect(hashDigest(ra, 0n, key)).toEqual([0x9458fa05, 0x99af1757]);
    expect(hashDigest(ra, 0xfedcba9876543210n, key)).toEqual([0x9c55e2e8, 0xcc06195a]);
  });
  it('depends on RA, RB and the key', () => {
    const base = hashDigest(0x7fffffff0000n, 0x10000a3cn, 1n).join();
    expect(hashDigest(0x7fffffff0008n, 0x10000a3cn, 1n).join()).not.toBe(base);
    expect(hashDigest(0x7fffffff0000n, 0x10000a40n, 1n).join()).not.toBe(base);
    expect(hashDigest(0x7fffffff0000n, 0x10000a3cn, 2n).join()).not.toBe(base);
    expect(hashDigest(0x7fffffff0000n, 0x10000a3cn, 1n).join()).toBe(base);
  });
  it('hashst stores the digest; hashchk passes on it and raises SIGILL for another key', () => {
    const m = mk({ model: 'POWER10' });
    m.st.setSpr64(Spr64.HASHKEYR, 0x1122334455667788n);
    set(m, 1, 0x20100n); set(m, 9, 0x10000a3cn);
    // hashst r9,-8(r1) ; hashchk r9,-8(r1)
    const st = (31 << 26) | (31 << 21) | (1 << 16) | (9 << 11) | (722 << 1) | 1, chk = (31 << 26) | (31 << 21) | (1 << 16) | (9 << 11) | (754 << 1) | 1;
    expect(exec(m, [st >>> 0, chk >>> 0]).kind).toBe('limit');
    const lo = m.mem.read64(0x20100 - 8), hi = m.mem.hi;
    const [h, l] = hashDigest(0x20100n, 0x10000a3cn, 0x1122334455667788n);
    expect([hi >>> 0, lo >>> 0]).toEqual([h, l]);
    m.st.setSpr64(Spr64.HASHKEYR, 0x1122334455667789n);
    expect(fault(m, [chk >>> 0]).signo).toBe(4);
  });
  it('POWER8 and POWER9 run hashst/hashchk as no-ops (reserved no-ops there); POWER7 raises SIGILL', () => {
    const st = ((31 << 26) | (31 << 21) | (1 << 16) | (9 << 11) | (722 << 1) | 1) >>> 0;
    const chk = ((31 << 26) | (31 << 21) | (1 << 16) | (9 << 11) | (754 << 1) | 1) >>> 0;
    for (const model of ['POWER8', 'POWER9']) {
      const m = mk({ model });
      set(m, 1, 0x20100n); set(m, 9, 0x10000a3cn);
      m.mem.write64(0x20100 - 8, 0x12345678, 0x9abcdef0);
      // hashst stores nothing; hashchk of a value no hashst wrote passes
      expect(exec(m, [st, chk]).kind, model).toBe('limit');
      const lo = m.mem.read64(0x20100 - 8), hi = m.mem.hi;
      expect([hi >>> 0, lo >>> 0], model).toEqual([0x12345678, 0x9abcdef0]);
      expect(m.usedFeatures(), model).not.toContain('isa310');
    }
    const m7 = mk({ model: 'POWER7' });
    set(m7, 1, 0x20100n);
    expect(fault(m7, [st]).signo).toBe(4);
    expect(fault(m7, [chk]).signo).toBe(4);
  });
});
