import type { SiteSnapshot } from '../protocol/messages.ts';
import type { CommittedOp } from '../protocol/ops.ts';
import type { WireOp } from '../protocol/wire.ts';
import type { Annotation, SessionBallots, SiteState, Viewer } from './state.ts';
import { canSeeAnnotation } from './visibility.ts';

/** The annotation an op is about, if any. */
export function opTargetId(op: CommittedOp): string | null {
  switch (op.type) {
    case 'annotation.create':
    case 'annotation.reply':
    case 'annotation.edit':
    case 'annotation.delete':
    case 'annotation.react':
    case 'annotation.moderate':
      return op.payload.id;
    default:
      return null;
  }
}

/**
 * What `viewer` receives for `op`, judged against `state` (the state after the op, or the
 * current state when replaying). Ballots reach only their voter; ops on a hidden annotation
 * reach only facilitators and its author; everyone else gets a placeholder with the same seq.
 */
export function redactOp(state: SiteState, op: CommittedOp, viewer: Viewer): WireOp {
  const placeholder: WireOp = { seq: op.seq, redacted: true };
  if (op.type === 'ballot.cast') return op.actor.id === viewer.participantId ? op : placeholder;
  if (op.type === 'annotation.moderate') {
    const a = state.annotations[op.payload.id];
    if (op.payload.hidden || !a || !canSeeAnnotation(a, viewer, state.annotations)) return op;
    // an unhide brings back content (the annotation and its thread) that the receiver only
    // ever got as placeholders
    const thread = Object.values(state.annotations).filter(
      (x) => (x.id === a.id || x.parentId === a.id) && canSeeAnnotation(x, viewer, state.annotations),
    );
    return { ...op, restore: thread };
  }
  const targetId = opTargetId(op);
  const target = targetId ? state.annotations[targetId] : undefined;
  if (target && !canSeeAnnotation(target, viewer, state.annotations)) return placeholder;
  // a create and its delete in one broadcast tick: the create must not carry the text out
  return target?.deleted ? eraseContent(op) : op;
}

/**
 * Whether two receivers may get different things for `op` (judged against `state` as redactOp
 * is): ballots, moderation (an unhide's `restore` depends on the receiver) and ops on hidden
 * annotations or hidden threads. Everything else is the same for everyone and can go out in one
 * broadcast.
 */
export function viewDependsOnViewer(state: SiteState, op: CommittedOp): boolean {
  if (op.type === 'ballot.cast' || op.type === 'annotation.moderate') return true;
  const targetId = opTargetId(op);
  const target = targetId ? state.annotations[targetId] : undefined;
  const parent = target?.parentId ? state.annotations[target.parentId] : undefined;
  return Boolean(target?.hidden || parent?.hidden);
}

/** The whole state as one viewer may see it. */
export function snapshotFor(state: SiteState, viewer: Viewer): SiteSnapshot {
  const annotations: Record<string, Annotation> = {};
  for (const a of Object.values(state.annotations)) {
    if (canSeeAnnotation(a, viewer, state.annotations)) annotations[a.id] = a;
  }
  const ballots: Record<string, SessionBallots> = {};
  for (const [sessionId, byQuestion] of Object.entries(state.ballots)) {
    for (const [questionId, byVoter] of Object.entries(byQuestion)) {
      const own = byVoter[viewer.participantId];
      if (own) (ballots[sessionId] ??= {})[questionId] = { [viewer.participantId]: own };
    }
  }
  return { siteId: state.siteId, seq: state.seq, sessions: state.sessions, annotations, ballots };
}

/** The op with its user text removed: what the log keeps of an annotation once it is deleted. */
export function eraseContent(op: CommittedOp): CommittedOp {
  switch (op.type) {
    case 'annotation.create':
    case 'annotation.reply':
      return { ...op, payload: { ...op.payload, text: '' } } as CommittedOp;
    case 'annotation.edit':
      return op.payload.text === undefined ? op : ({ ...op, payload: { ...op.payload, text: '' } } as CommittedOp);
    default:
      return op;
  }
}
