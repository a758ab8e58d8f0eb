// The instruction table: every class's rows, in one list. decode.ts checks it for collisions.

import { rows as bcd } from './bcd.js';
import { rows as branch } from './branch.js';
import { rows as cr } from './cr.js';
import { rows as dfp } from './dfp.js';
import { rows as fixedpoint } from './fixedpoint.js';
import { rows as fp } from './fp.js';
import { rows as htm } from './htm.js';
import { rows as loadstore } from './loadstore.js';
import { rows as mac440 } from './mac440.js';
import { rows as mma } from './mma.js';
import { rows as isa31 } from './isa31.js';
import { rows as spe } from './spe.js';
import { rows as system } from './system.js';
import { Flag, type Row } from './table.js';
import { rows as vec31 } from './vec31.js';
import { rows as vmx } from './vmx.js';
import { rows as vsx } from './vsx.js';
import { quad31Rows, rows as vsxfp } from './vsxfp.js';

/** Fixed-point and CR instructions never fault and never read the machine's position. */
const pure = (rows: Row[]): Row[] => rows.map((r) => ({ ...r, flags: (r.flags ?? 0) | Flag.PURE }));

export const ALL_ROWS: readonly Row[] = [
  ...pure(fixedpoint), ...branch, ...pure(cr), ...loadstore, ...system, ...fp, ...vmx, ...vsx, ...vsxfp, ...spe,
  ...isa31, ...bcd, ...mma, ...htm, ...vec31, ...dfp, ...quad31Rows, ...pure(mac440),
];
