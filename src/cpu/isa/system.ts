// System and storage control: sc, sync/isync/eieio, mfspr/mtspr, mftb, traps, cache management (dcbz and hints), addpcis, darn.

import type { Row } from './table.js';

export const rows: Row[] = [];
