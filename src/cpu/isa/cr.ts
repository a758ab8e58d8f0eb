// Condition register: CR logical ops, mcrf, mfcr/mtcrf/mfocrf/mtocrf, mcrxrx, setb.

import type { Row } from './table.js';

export const rows: Row[] = [];
