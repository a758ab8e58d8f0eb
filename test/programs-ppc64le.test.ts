// The committed test programs of ppc64le, compared with QEMU's recorded output (programs-suite.ts).
import { programSuite } from './programs-suite.js';

programSuite('ppc64le');
