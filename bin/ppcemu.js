#!/usr/bin/env node
// The CLI from its bundle (npm run build: tsc, then rolldown over dist/src/cli/main.js): a few
// chunks, the always-loaded ones with V8's code cache (load.mjs), start 35-40 ms sooner than
// the ~80 modules of dist/src.
import { loadCli } from './load.mjs';

loadCli().main(process.argv.slice(2)).then((code) => process.exit(code));
