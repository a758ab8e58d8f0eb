// Fixed-point: arithmetic, logical, rotate and shift, compare, multiply and divide, bit counting.

import type { Row } from './table.js';

export const rows: Row[] = [];
