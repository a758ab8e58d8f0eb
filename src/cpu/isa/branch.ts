// Branch: b, bc, bclr, bcctr, bctar.

import type { Row } from './table.js';

export const rows: Row[] = [];
