// The gdb remote serial protocol's framing: `$payload#cs` packets with '+' / '-' acks, the
// Ctrl-C interrupt byte (0x03), `}`-escaping of binary data and hex helpers.

/** What the reader found in the byte stream. */
export type Incoming = { kind: 'packet'; data: Buffer } | { kind: 'interrupt' } | { kind: 'bad' };

const DOLLAR = 0x24, HASH = 0x23, ESC = 0x7d, STAR = 0x2a, CTRL_C = 0x03;

/** Splits a byte stream into packets; acks ('+', '-') from gdb are consumed silently. */
export class PacketReader {
  private buf: Buffer = Buffer.alloc(0);

  push(chunk: Buffer): Incoming[] {
    this.buf = this.buf.length ? Buffer.concat([this.buf, chunk]) : chunk;
    const out: Incoming[] = [];
    let i = 0;
    while (i < this.buf.length) {
      const c = this.buf[i];
      if (c === CTRL_C) { out.push({ kind: 'interrupt' }); i++; continue; }
      if (c !== DOLLAR) { i++; continue; } // '+', '-' or noise
      const end = this.buf.indexOf(HASH, i + 1);
      if (end < 0 || end + 2 >= this.buf.length) break; // incomplete
      const body = this.buf.subarray(i + 1, end);
      const want = Number.parseInt(this.buf.toString('latin1', end + 1, end + 3), 16);
      i = end + 3;
      out.push(checksum(body) === want ? { kind: 'packet', data: Buffer.from(body) } : { kind: 'bad' });
    }
    this.buf = this.buf.subarray(i);
    return out;
  }
}

function checksum(b: Uint8Array): number {
  let s = 0;
  for (const x of b) s = (s + x) & 0xff;
  return s;
}

/** A packet on the wire; `body` must already be escaped where it carries binary data. */
export function frame(body: string | Buffer): Buffer {
  const b = typeof body === 'string' ? Buffer.from(body, 'latin1') : body;
  return Buffer.concat([Buffer.from('$'), b, Buffer.from(`#${checksum(b).toString(16).padStart(2, '0')}`)]);
}

/** Escapes binary data for a reply ('$', '#', '}' and '*' become '}' + byte^0x20). */
export function escapeBinary(b: Uint8Array): Buffer {
  const out: number[] = [];
  for (const x of b) {
    if (x === DOLLAR || x === HASH || x === ESC || x === STAR) out.push(ESC, x ^ 0x20);
    else out.push(x);
  }
  return Buffer.from(out);
}

/** Undoes escapeBinary (the data of an X packet). */
export function unescapeBinary(b: Uint8Array): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < b.length; i++) out.push(b[i] === ESC ? b[++i] ^ 0x20 : b[i]);
  return Uint8Array.from(out);
}

export function toHex(b: Uint8Array): string {
  return Buffer.from(b).toString('hex');
}

export function fromHex(s: string): Uint8Array {
  if (s.length % 2 || !/^[0-9a-fA-F]*$/.test(s)) throw new RangeError(`bad hex '${s}'`);
  return Uint8Array.from(Buffer.from(s, 'hex'));
}

/** A hex number field of a packet (addresses, lengths); throws RangeError when malformed. */
export function hexNum(s: string): number {
  if (!/^[0-9a-fA-F]+$/.test(s)) throw new RangeError(`bad number '${s}'`);
  const n = Number.parseInt(s, 16);
  if (!Number.isSafeInteger(n)) throw new RangeError(`number '${s}' too large`);
  return n;
}

/** The `offset,length` window of a qXfer read: `m` + part, or `l` + the final part. */
export function xferWindow(data: Uint8Array, offset: number, length: number): Buffer {
  const part = data.subarray(offset, offset + length);
  const last = offset + length >= data.length;
  return Buffer.concat([Buffer.from(last ? 'l' : 'm'), escapeBinary(part)]);
}
