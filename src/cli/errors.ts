// ppcemu's own errors: one line on stderr, `ppcemu: <message>`, and exit status 125.
// Anything thrown that is not a CliError is a bug in ppcemu and still gets one line.

import { EXIT_PPCEMU_ERROR } from '../linux/run.js';

export { EXIT_PPCEMU_ERROR };

export class CliError extends Error {
  constructor(message: string, readonly status = EXIT_PPCEMU_ERROR) {
    super(message);
  }
}
