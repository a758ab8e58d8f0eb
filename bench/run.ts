// `npm run bench`: every benchmark suite, or the one named first on the command line (mips, fp,
// checkpoint, gdb, fork), optionally followed by a filter on the program names (`npm run bench -- mips vm`).

import { mipsBench } from './mips.js';

const [which, filter] = process.argv.slice(2);
const want = (name: string) => which === undefined || which === name;

if (want('mips')) await mipsBench(filter);
for (const name of ['fp', 'checkpoint', 'gdb', 'fork']) {
  if (!want(name)) continue;
  try {
    const mod = (await import(`./${name}.js`)) as { default?: (filter?: string) => Promise<void> };
    if (mod.default) await mod.default(filter);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ERR_MODULE_NOT_FOUND') throw e;
  }
}
