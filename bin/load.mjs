// Loads the CLI bundle (dist/cli/*.cjs, `npm run build`) with V8's code cache: each chunk is
// compiled from its source with the bytecode a build-time run left beside it
// (dist/cli/<chunk>.cache, scripts/code-cache.mjs), so a run skips parsing the 730 KB bundle
// and compiling the functions that run every time (hello: 92 -> 76 ms wall).
//
// A cache file starts with the CRC-32 of the source it was made from (V8 itself checks only the
// source's length); a missing, stale or rejected cache just means a normal compile, and so does
// a Node without zlib.crc32 (before 20.15).

import * as fs from 'node:fs';
import Module, { createRequire } from 'node:module';
import * as path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import * as vm from 'node:vm';
import * as zlib from 'node:zlib';

// Relaxed SIMD, whose f64x2.relaxed_madd is the wasm regions' fused multiply-add (layout.ts
// HOST_FMA), is behind a V8 flag on Node 20. It is set here, before any chunk is compiled: V8
// rejects a code cache made under other flags, and the build makes its cache with this file
// loaded first too. (This module: one function, f64x2.splat of its three parameters, then
// f64x2.relaxed_madd and lane 0.)
const RELAXED_MADD = new Uint8Array([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0, 1, 8, 1, 0x60, 3, 0x7c, 0x7c, 0x7c, 1, 0x7c, 3, 2, 1, 0,
  10, 22, 1, 20, 0, 0x20, 0, 0xfd, 0x14, 0x20, 1, 0xfd, 0x14, 0x20, 2, 0xfd, 0x14, 0xfd, 0x87, 0x02, 0xfd, 0x21, 0, 0x0b]);
if (!WebAssembly.validate(RELAXED_MADD)) setFlagsFromString('--experimental-wasm-relaxed-simd');

const DIR = path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'dist', 'cli');
const HASH_LEN = 4;
/** The chunks compiled here, for writeCodeCache. */
const scripts = new Map();

/** The source's hash as the cache's first bytes, or undefined without zlib.crc32. */
function hash(source) {
  if (typeof zlib.crc32 !== 'function') return undefined;
  const h = Buffer.alloc(HASH_LEN);
  h.writeUInt32BE(zlib.crc32(source));
  return h;
}

/** The cache for `source` in `file`, if it was made from this source. */
export function cachedData(file, source) {
  const want = hash(source);
  if (want === undefined) return undefined;
  let data;
  try { data = fs.readFileSync(file); } catch { return undefined; }
  return data.length > HASH_LEN && want.equals(data.subarray(0, HASH_LEN)) ? data.subarray(HASH_LEN) : undefined;
}

const cjs = Module._extensions['.cjs'] ?? Module._extensions['.js'];
Module._extensions['.cjs'] = function (module, filename) {
  if (path.dirname(filename) !== DIR) return cjs(module, filename);
  const source = fs.readFileSync(filename, 'utf8');
  const script = new vm.Script(Module.wrap(source), { filename, cachedData: cachedData(`${filename}.cache`, source) });
  scripts.set(filename, { script, source });
  const req = (id) => module.require(id);
  req.resolve = (id) => Module._resolveFilename(id, module);
  script.runInThisContext().call(module.exports, module.exports, req, module, filename, DIR);
};

/** The CLI's exports (main); without a built bundle, one line saying so and exit status 125 (ppcemu's own error). */
export function loadCli() {
  const main = path.join(DIR, 'main.cjs');
  if (!fs.existsSync(main)) {
    process.stderr.write(`ppcemu: the CLI is not built (${main} is missing): run npm run build\n`);
    process.exit(125);
  }
  return createRequire(import.meta.url)(main);
}

/** Writes each loaded chunk's code cache (what has been compiled so far), hash first; whether it could. */
export function writeCodeCache() {
  for (const [file, { script, source }] of scripts) {
    const h = hash(source);
    if (h === undefined) return false;
    fs.writeFileSync(`${file}.cache`, Buffer.concat([h, script.createCachedData()]));
  }
  return true;
}
