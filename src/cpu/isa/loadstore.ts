// Fixed-point loads and stores: byte to doubleword, update/indexed/byte-reversed, multiple, string, load-and-reserve / store-conditional.

import type { Row } from './table.js';

export const rows: Row[] = [];
