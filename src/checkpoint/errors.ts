// Typed errors of the checkpoint engine. Every one carries a one-line message (the CLI prints it
// after "ppcemu: ") and the exit status 125.

export const CHECKPOINT_REFUSED = 125;

export type CheckpointErrorKind =
  /** Not an image, wrong magic, truncated, bad checksum, impossible lengths or values. */
  | 'corrupt'
  /** A well-formed image this ppcemu cannot read: unknown record bit, record or format version, layout. */
  | 'unsupported'
  /** A valid image the chosen target CPU cannot run (see RefusedError). */
  | 'refused'
  /** Host-side problems: reopening a host file, writing the image. */
  | 'io';

export class CheckpointError extends Error {
  readonly status = CHECKPOINT_REFUSED;
  constructor(readonly kind: CheckpointErrorKind, message: string, readonly offset?: number) {
    super(message);
    this.name = 'CheckpointError';
  }
}

/** The target CPU lacks what the image needs; `items` lists every missing item. */
export class RefusedError extends CheckpointError {
  constructor(readonly model: string, readonly items: readonly string[]) {
    super('refused', items.map((i) => `cannot restore on ${model}: ${i}`).join('\nppcemu: '));
    this.name = 'RefusedError';
  }
}
