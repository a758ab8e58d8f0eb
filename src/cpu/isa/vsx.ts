// Vector-scalar (VSX): loads/stores, moves, permutes, scalar and vector operations.

import type { Row } from './table.js';

export const rows: Row[] = [];
