// `npm run bench`: every benchmark suite, or the one named first on the command line (mips, fp,
// checkpoint, gdb, fork), optionally followed by a filter on the program names (`npm run bench -- mips vm`).

const SUITES = ['mips', 'fp', 'checkpoint', 'gdb', 'fork'];
const [which, filter] = process.argv.slice(2);
if (which !== undefined && !SUITES.includes(which)) {
  console.error(`bench: unknown suite '${which}' (one of: ${SUITES.join(', ')})`);
  process.exit(2);
}

for (const name of SUITES) {
  if (which !== undefined && which !== name) continue;
  // a suite that fails to load (a missing dependency) is an error, never skipped in silence
  const mod = (await import(`./${name}.js`)) as { default: (filter?: string) => Promise<void> };
  await mod.default(filter);
}
