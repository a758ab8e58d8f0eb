// The remote protocol below gdb: packet framing, and a stub served in-process and spoken to over a
// socket packet by packet (registers, memory, breakpoints, Ctrl-C, kill). Needs no gdb.
import * as net from 'node:net';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Machine } from '../../src/cpu/machine.js';
import { modelByName } from '../../src/features/models.js';
import { registerSet } from '../../src/gdb/registers.js';
import { GdbStub, type SessionEnd } from '../../src/gdb/stub.js';
import { PacketReader, frame, unescapeBinary, escapeBinary } from '../../src/gdb/packets.js';
import { parseElf } from '../../src/linux/elf.js';
import { createProcess } from '../../src/linux/run.js';

describe('packet framing', () => {
  it('splits packets across chunks, checks checksums, sees Ctrl-C and skips acks', () => {
    const r = new PacketReader();
    const wire = Buffer.concat([Buffer.from('+'), frame('qSupported:x+'), Buffer.from([3]), frame('g')]);
    const got = [...r.push(wire.subarray(0, 7)), ...r.push(wire.subarray(7))];
    expect(got.map((p) => (p.kind === 'packet' ? p.data.toString() : p.kind))).toEqual(['qSupported:x+', 'interrupt', 'g']);
    expect(r.push(Buffer.from('$g#00'))).toEqual([{ kind: 'bad' }]);
    expect(frame('OK').toString()).toBe('$OK#9a');
  });

  it('escapes $ # } * in binary data and undoes it', () => {
    const data = Uint8Array.from([0x24, 0x23, 0x7d, 0x2a, 0x41]);
    expect(Buffer.from(escapeBinary(data)).toString('latin1')).toBe('}\x04}\x03}]}\x0aA');
    expect(unescapeBinary(escapeBinary(data))).toEqual(data);
  });
});

/** A client speaking the protocol to an in-process stub. */
class Client {
  private readonly reader = new PacketReader();
  private readonly queue: string[] = [];
  private waiting: ((s: string) => void) | undefined;
  constructor(private readonly sock: net.Socket) {
    sock.on('data', (b) => {
      for (const p of this.reader.push(b)) {
        if (p.kind !== 'packet') continue;
        const s = p.data.toString('latin1');
        if (this.waiting) { const w = this.waiting; this.waiting = undefined; w(s); } else this.queue.push(s);
      }
    });
  }
  next(): Promise<string> {
    const q = this.queue.shift();
    if (q !== undefined) return Promise.resolve(q);
    return new Promise((resolve, reject) => {
      const t = setTimeout(() => reject(new Error('no reply in 20 s')), 20_000);
      this.waiting = (s) => { clearTimeout(t); resolve(s); };
    });
  }
  send(s: string): Promise<string> { this.sock.write(frame(s)); return this.next(); }
  raw(b: Uint8Array): void { this.sock.write(b); }
}

async function connect(prog: string, snapshots?: { every: number; max: number }): Promise<{ c: Client; end: Promise<SessionEnd> }> {
  const { proc } = createProcess(parseElf(readFileSync(prog)), {}, { stdout: () => {}, stderr: () => {} });
  let port = 0;
  let ended: Promise<SessionEnd> | undefined;
  await new Promise<void>((resolve) => {
    const stub = new GdbStub(proc, { port: 0, snapshots, log: (s) => { port = Number(/:(\d+)$/.exec(s)![1]); resolve(); } });
    ended = stub.serve();
  });
  const sock = net.connect(port, '127.0.0.1');
  await new Promise((r) => sock.once('connect', r));
  return { c: new Client(sock), end: ended! };
}

describe('a stub session over a socket', () => {
  it('answers the queries gdb makes and reads and writes registers and memory', async () => {
    const { c, end } = await connect('test/bin/ppc64le/gdb_demo');
    expect(await c.send('qSupported:multiprocess+;swbreak+')).toMatch(/qXfer:features:read\+/);
    const stop = await c.send('?');
    expect(stop).toMatch(/^T05thread:1092;20:([0-9a-f]{16});$/); // pc is register 32 (0x20), in little-endian byte order
    const xml = await c.send('qXfer:features:read:target.xml:0,fffff');
    expect(xml).toMatch(/^l<\?xml/);
    expect(xml).toContain('<feature name="org.gnu.gdb.power.vsx">');
    const g = await c.send('g');
    // 32 GPRs, pc, msr, lr, ctr (8 bytes), cr, xer (4), 32 FPRs (8), fpscr (8), 32 VRs (16), vscr, vrsave (4),
    // 32 VSR upper halves (8), ppr, dscr, tar (8)
    expect(g.length / 2).toBe(32 * 8 + 4 * 8 + 2 * 4 + 32 * 8 + 8 + 32 * 16 + 2 * 4 + 32 * 8 + 3 * 8);
    expect(await c.send('P3=efbeadde00000000')).toBe('OK');
    expect(await c.send('p3')).toBe('efbeadde00000000');
    expect(await c.send('m0,4')).toBe('E01');
    expect(await c.send('M10011218,4:2a000000')).toBe('OK');
    expect(await c.send('m10011218,4')).toBe('2a000000');
    c.raw(Buffer.from('$X10011218,2:}\x03}]#00', 'latin1')); // a bad checksum: nak'ed, ignored
    c.raw(frame(Buffer.concat([Buffer.from('X10011218,2:'), escapeBinary(Uint8Array.from([0x23, 0x7d]))])));
    expect(await c.next()).toBe('OK');
    expect(await c.send('m10011218,2')).toBe('237d');
    expect(await c.send('qRcmd,' + Buffer.from('icount').toString('hex'))).toBe(`O${Buffer.from('0\n').toString('hex')}`);
    expect(await c.next()).toBe('OK');
    expect(await c.send('vKill;1092')).toBe('OK');
    expect(await end).toEqual({ kind: 'killed' });
  });

  it('stops at a Z0 breakpoint, single-steps, and Ctrl-C interrupts a long run', async () => {
    const { c, end } = await connect('examples/primes-ppc64le');
    expect(await c.send('Z0,10000af4,4')).toBe('OK');
    expect(await c.send('c')).toMatch(/^T05thread:1092;20:f40a001000000000;$/);
    expect(await c.send('z0,10000af4,4')).toBe('OK');
    expect(await c.send('vCont;s:1092')).toMatch(/^T05thread:1092;20:f80a001000000000;$/);
    c.raw(frame('vCont;c'));
    await new Promise((r) => setTimeout(r, 200));
    c.raw(Uint8Array.from([3]));
    expect(await c.next()).toMatch(/^T02thread:1092;/);
    c.raw(frame('k'));
    expect(await end).toEqual({ kind: 'killed' });
  });
});

describe('reverse execution over many snapshots', () => {
  it('bs and bc land exactly where a fresh run is at that instruction count', async () => {
    const { c, end } = await connect('examples/primes-ppc64le', { every: 20_000, max: 6 });
    const icount = async () => {
      const o = await c.send('qRcmd,' + Buffer.from('icount').toString('hex'));
      expect(await c.next()).toBe('OK');
      return Number(Buffer.from(o.slice(1), 'hex').toString().trim());
    };
    const pcOf = (stop: string) => Number(BigInt.asUintN(64, BigInt('0x' + Buffer.from(/;20:([0-9a-f]{16});/.exec(stop)![1], 'hex').reverse().toString('hex'))));
    // run forward in steps, so that snapshots are taken (and thinned: at most 6 are kept)
    for (let k = 0; k < 12; k++) {
      expect(await c.send('Z0,10000af4,4')).toBe('OK');
      c.raw(frame('z0,10000af4,4'));
      await c.next();
      c.raw(frame('c'));
      await new Promise((r) => setTimeout(r, 30));
      c.raw(Uint8Array.from([3]));
      expect(await c.next()).toMatch(/^T02/);
    }
    const n = await icount();
    expect(n).toBeGreaterThan(100_000);
    const back = await c.send('bs');
    expect(await icount()).toBe(n - 1);
    const fresh = createProcess(parseElf(readFileSync('examples/primes-ppc64le')), {}, { stdout: () => {}, stderr: () => {} }).proc;
    fresh.m.run(n - 1);
    expect(pcOf(back)).toBe(fresh.m.pc);
    // the previous time this instruction ran
    const here = pcOf(back);
    expect(await c.send(`Z0,${here.toString(16)},4`)).toBe('OK');
    const prev = await c.send('bc');
    const m = await icount();
    expect(pcOf(prev)).toBe(here);
    expect(m).toBeLessThan(n - 1);
    // ... and it is the last execution of that instruction before n - 1
    const again = createProcess(parseElf(readFileSync('examples/primes-ppc64le')), {}, { stdout: () => {}, stderr: () => {} }).proc;
    const seen: number[] = [];
    again.m.setBreakpoints([here], (pc) => { if (pc === here) seen.push(again.m.icount); return false; });
    again.m.run(n - 1);
    expect(seen.filter((k) => k < n - 1).pop()).toBe(m);
    c.raw(frame('k'));
    expect(await end).toEqual({ kind: 'killed' });
  });
});

describe('target descriptions follow the model', () => {
  const features = (cpu: string, is64: boolean) => {
    const m = new Machine(modelByName(cpu));
    const set = registerSet(m, is64, false);
    return { names: set.regs.map((r) => r.name), xml: set.xml, bits: Object.fromEntries(set.regs.map((r) => [r.name, r.bits])) };
  };
  it('core registers always; FPU, AltiVec, VSX, SPE, PPR/DSCR, TAR as the model has them', () => {
    const e500 = features('e500v2', false);
    expect(e500.xml).toContain('org.gnu.gdb.power.spe');
    expect(e500.names).not.toContain('f0');
    expect(e500.names).toEqual(expect.arrayContaining(['r31', 'pc', 'msr', 'cr', 'lr', 'ctr', 'xer', 'ev31h', 'acc', 'spefscr']));
    const g4 = features('7450', false);
    expect(g4.names).toEqual(expect.arrayContaining(['f31', 'fpscr', 'vr31', 'vscr', 'vrsave']));
    expect(g4.names).not.toContain('vs0h');
    expect(g4.bits.fpscr).toBe(32); // before ISA 2.05
    expect(g4.bits.r0).toBe(32);
    const p7 = features('POWER7', true);
    expect(p7.names).toEqual(expect.arrayContaining(['vs31h', 'ppr', 'dscr']));
    expect(p7.names).not.toContain('tar');
    expect(p7.bits.fpscr).toBe(64);
    expect(p7.bits.pc).toBe(64);
    expect(features('POWER9', true).names).toContain('tar');
    expect(features('970', true).names).not.toContain('vs0h');
    expect(p7.xml).toContain('<architecture>powerpc:common64</architecture>');
  });

  it('an FPSCR write lands as the kernel reloads it: VX and FEX recomputed, bit 52 cleared', () => {
    for (const [cpu, is64, bytes] of [['POWER9', true, 8], ['7450', false, 4]] as const) {
      const m = new Machine(modelByName(cpu));
      const fpscr = registerSet(m, is64, false).regs.find((r) => r.name === 'fpscr')!;
      const write = (v: number) => {
        const b = new Uint8Array(bytes);
        new DataView(b.buffer).setUint32(bytes - 4, v >>> 0); // big-endian target bytes
        fpscr.set(m, b);
        return new DataView(fpscr.get(m).buffer).getUint32(bytes - 4) >>> 0;
      };
      expect(write(0x01000080)).toBe(0x61000080); // VXSNAN and VE: VX and FEX follow
      expect(write(0x60000803)).toBe(3); // VX, FEX and bit 52 without causes
    }
  });
});
