// `npm run bench`: every benchmark suite, or those named on the command line (mips, fp, checkpoint).

import { mipsBench } from './mips.js';

const which = process.argv.slice(2);
const want = (name: string) => which.length === 0 || which.includes(name);

if (want('mips')) await mipsBench();
for (const name of ['fp', 'checkpoint']) {
  if (!want(name)) continue;
  try {
    const mod = (await import(`./${name}.js`)) as { default?: () => Promise<void> };
    if (mod.default) await mod.default();
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ERR_MODULE_NOT_FOUND') throw e;
  }
}
