// The checkpoint engine's public API.
export { Codec, encode, type CodecMode } from './codec.js';
export { CheckpointError, RefusedError, CHECKPOINT_REFUSED, type CheckpointErrorKind } from './errors.js';
export { compatibility, CPU_COMPAT_POLICIES, type CpuCompat, type ImageFacts, type Verdict } from './compat.js';
export {
  checkpoint, checkImage, decodeImage, parseImage, payloadOf, restore, restoreImage, targetModel, writeFileAtomic,
  type CheckpointOptions, type Decoded, type ParsedImage, type RestoreOptions, type Restored,
} from './image.js';
export { inspectImage, formatInspect, type ImageInfo } from './inspect.js';
export { Bit, FORMAT_VERSION, HEADER_LEN, LAYOUT, MAGIC, RECORD_NAMES, type Header, type RecordFrame } from './format.js';
export { RECORDS } from './records.js';
