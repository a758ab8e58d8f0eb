// Floating point: loads/stores, moves, arithmetic, conversions, compares, FPSCR instructions.

import type { Row } from './table.js';

export const rows: Row[] = [];
