// Signal Processing Engine (e500): vector integer, embedded FP, loads/stores (opcode space spe).

import type { Row } from './table.js';

export const rows: Row[] = [];
