import { protocolError, type ProtocolError } from '../protocol/errors.ts';
import { FACILITATOR_OP_TYPES, type ClientOpBody } from '../protocol/ops.ts';
import type { Role } from '../protocol/primitives.ts';
import { ballotProblem } from './ballot-rules.ts';
import { canSeeAnnotation } from './visibility.ts';
import type { Annotation, SiteState } from './state.ts';

export interface OpContext {
  actorId: string;
  role: Role;
  sessionId: string;
  /** the site's design option ids, to check an annotation's optionId */
  optionIds: ReadonlySet<string>;
}

/**
 * Decides whether `op` may be applied to `state` by this actor: roles, ownership, session and
 * question status, and domain rules. Pure; the server runs it inside the site's commit queue so
 * the state it checks is the state the op lands on. Returns null when allowed.
 */
export function checkOp(state: SiteState, op: ClientOpBody, ctx: OpContext): ProtocolError | null {
  if (ctx.role === 'observer') return protocolError('FORBIDDEN', 'observers cannot make changes');
  if (FACILITATOR_OP_TYPES.has(op.type) && ctx.role !== 'facilitator') {
    return protocolError('FORBIDDEN', `only a facilitator may send ${op.type}`);
  }
  const session = state.sessions[ctx.sessionId];
  if (!session) return protocolError('NOT_FOUND', 'session not found');
  const reopening = op.type === 'session.status' && op.payload.status === 'open';
  if (session.status === 'closed' && !reopening) return protocolError('SESSION_CLOSED', 'the session is closed');

  const viewer = { participantId: ctx.actorId, role: ctx.role };
  /** an annotation this actor can see, or the error to answer with */
  const target = (id: string): Annotation | ProtocolError => {
    const a = state.annotations[id];
    return a && canSeeAnnotation(a, viewer, state.annotations) ? a : protocolError('NOT_FOUND', 'annotation not found');
  };
  const ownLiveTarget = (id: string): Annotation | ProtocolError => {
    const a = target(id);
    if ('code' in a) return a;
    if (a.authorId !== ctx.actorId) return protocolError('FORBIDDEN', 'only the author may change it');
    if (a.deleted) return protocolError('INVALID_STATE', 'the annotation was deleted');
    return a;
  };
  const question = (id: string) => session.questions.find((q) => q.spec.id === id);

  switch (op.type) {
    case 'annotation.create': {
      const p = op.payload;
      if (state.annotations[p.id]) return protocolError('CONFLICT', 'annotation id already used');
      if (p.optionId !== undefined && !ctx.optionIds.has(p.optionId)) {
        return protocolError('NOT_FOUND', `design option "${p.optionId}" not found`);
      }
      return null;
    }
    case 'annotation.reply': {
      if (state.annotations[op.payload.id]) return protocolError('CONFLICT', 'annotation id already used');
      const parent = target(op.payload.parentId);
      if ('code' in parent) return parent;
      if (parent.parentId !== null) return protocolError('INVALID_STATE', 'replies are one level deep');
      if (parent.deleted) return protocolError('INVALID_STATE', 'the annotation was deleted');
      return null;
    }
    case 'annotation.edit': {
      const a = ownLiveTarget(op.payload.id);
      if ('code' in a) return a;
      if (op.payload.category !== undefined && a.parentId !== null) {
        return protocolError('INVALID_STATE', 'replies have no category');
      }
      return null;
    }
    case 'annotation.delete': {
      const a = ownLiveTarget(op.payload.id);
      return 'code' in a ? a : null;
    }
    case 'annotation.react': {
      const a = target(op.payload.id);
      if ('code' in a) return a;
      return a.deleted ? protocolError('INVALID_STATE', 'the annotation was deleted') : null;
    }
    case 'annotation.moderate':
      return state.annotations[op.payload.id] ? null : protocolError('NOT_FOUND', 'annotation not found');
    case 'ballot.cast': {
      const q = question(op.payload.questionId);
      if (!q) return protocolError('NOT_FOUND', `question "${op.payload.questionId}" not found`);
      if (q.status !== 'open') return protocolError('QUESTION_CLOSED', 'this question is closed');
      const problem = ballotProblem(q.spec, op.payload.ballot);
      return problem ? protocolError('INVALID_BALLOT', problem) : null;
    }
    case 'question.add':
      return question(op.payload.question.id) ? protocolError('CONFLICT', 'question id already used') : null;
    case 'question.status':
    case 'question.reveal':
      return question(op.payload.questionId) ? null : protocolError('NOT_FOUND', 'question not found');
    case 'session.stage':
    case 'session.status':
      return null;
  }
}
