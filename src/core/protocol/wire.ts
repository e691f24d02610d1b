import type { Annotation } from '../domain/state.ts';
import type { CommittedOp } from './ops.ts';

/** What a receiver may not see arrives as this: same seq, no content, so its stream has no gaps. */
export interface RedactedOp {
  seq: number;
  redacted: true;
}

/** A visible op. An unhide (`annotation.moderate` with hidden=false) carries the annotation and
 * its replies back in `restore`, since receivers got only placeholders for them while hidden. */
export type VisibleOp = CommittedOp & { redacted?: undefined; restore?: Annotation[] };

export type WireOp = VisibleOp | RedactedOp;

export function isRedacted(op: WireOp): op is RedactedOp {
  return op.redacted === true;
}
