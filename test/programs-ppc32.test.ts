// The committed test programs of ppc32, compared with QEMU's recorded output (programs-suite.ts).
import { programSuite } from './programs-suite.js';

programSuite('ppc32');
