// The instruction table: every class's rows, in one list. decode.ts checks it for collisions.

import { rows as branch } from './branch.js';
import { rows as cr } from './cr.js';
import { rows as fixedpoint } from './fixedpoint.js';
import { rows as fp } from './fp.js';
import { rows as loadstore } from './loadstore.js';
import { rows as spe } from './spe.js';
import { rows as system } from './system.js';
import type { Row } from './table.js';
import { rows as vmx } from './vmx.js';
import { rows as vsx } from './vsx.js';

export const ALL_ROWS: readonly Row[] = [
  ...fixedpoint, ...branch, ...cr, ...loadstore, ...system, ...fp, ...vmx, ...vsx, ...spe,
];
