// Vector (VMX/AltiVec): loads/stores, permutes, integer and FP vector arithmetic, VSCR.

import type { Row } from './table.js';

export const rows: Row[] = [];
