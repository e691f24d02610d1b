import type { CommittedOp } from '../protocol/ops.ts';
import { isRedacted, type WireOp } from '../protocol/wire.ts';
import type { Annotation, SessionState, SiteState } from './state.ts';

/**
 * Folds one committed op into the site state, returning a new state (inputs are not mutated,
 * so React stores can compare by reference). Shared by the server, which checked the op with
 * `checkOp` before committing it, and by clients, which trust the server's order. Ops on
 * targets this state does not hold (a client never saw them) change only `seq`.
 */
export function applyOp(state: SiteState, op: CommittedOp | WireOp): SiteState {
  if (isRedacted(op)) return { ...state, seq: Math.max(state.seq, op.seq) };
  const next: SiteState = { ...state, seq: Math.max(state.seq, op.seq) };
  const session = op.sessionId ? state.sessions[op.sessionId] : undefined;
  const putSession = (s: SessionState) => (next.sessions = { ...state.sessions, [s.id]: s });
  const annotation = (id: string) => state.annotations[id];
  const putAnnotation = (a: Annotation) => (next.annotations = { ...state.annotations, [a.id]: { ...a, seq: op.seq } });

  switch (op.type) {
    case 'session.create': {
      const p = op.payload;
      putSession({
        id: p.sessionId,
        title: p.title,
        stage: p.stage,
        status: 'open',
        questions: p.questions.map((spec) => ({ spec, status: 'open', revealed: false })),
      });
      break;
    }
    case 'session.stage':
      if (session) putSession({ ...session, stage: op.payload.stage });
      break;
    case 'session.status':
      if (session) putSession({ ...session, status: op.payload.status });
      break;
    case 'question.add':
      if (session) {
        const q = { spec: op.payload.question, status: 'open' as const, revealed: false };
        putSession({ ...session, questions: [...session.questions, q] });
      }
      break;
    case 'question.status':
    case 'question.reveal':
      if (session) {
        const p = op.payload;
        const questions = session.questions.map((q) => {
          if (q.spec.id !== p.questionId) return q;
          return 'status' in p ? { ...q, status: p.status } : { ...q, revealed: p.revealed };
        });
        putSession({ ...session, questions });
      }
      break;
    case 'annotation.create':
    case 'annotation.reply': {
      const p = op.payload;
      const pin = op.type === 'annotation.create' ? op.payload : null;
      putAnnotation({
        id: p.id,
        parentId: 'parentId' in p ? p.parentId : null,
        sessionId: op.sessionId,
        stage: op.stage,
        authorId: op.actor.id,
        authorName: op.actor.name,
        position: pin?.position ?? null,
        category: pin?.category ?? null,
        optionId: pin?.optionId ?? null,
        text: p.text,
        createdAt: op.at,
        editedAt: null,
        deleted: false,
        hidden: false,
        reactions: [],
        seq: op.seq,
      });
      break;
    }
    case 'annotation.edit': {
      const a = annotation(op.payload.id);
      if (a) {
        putAnnotation({
          ...a,
          text: op.payload.text ?? a.text,
          category: op.payload.category ?? a.category,
          editedAt: op.at,
        });
      }
      break;
    }
    case 'annotation.delete': {
      const a = annotation(op.payload.id);
      if (a) putAnnotation({ ...a, text: '', deleted: true, editedAt: op.at });
      break;
    }
    case 'annotation.react': {
      const a = annotation(op.payload.id);
      // +1 is idempotent: repeating it keeps the reaction where it was
      if (a && op.payload.on !== a.reactions.includes(op.actor.id)) {
        const reactions = op.payload.on ? [...a.reactions, op.actor.id] : a.reactions.filter((id) => id !== op.actor.id);
        putAnnotation({ ...a, reactions });
      }
      break;
    }
    case 'annotation.moderate': {
      const restored = 'restore' in op && op.restore ? op.restore : [];
      if (restored.length) next.annotations = { ...state.annotations, ...Object.fromEntries(restored.map((r) => [r.id, r])) };
      const a = next.annotations[op.payload.id];
      if (a) next.annotations = { ...next.annotations, [a.id]: { ...a, hidden: op.payload.hidden, seq: op.seq } };
      break;
    }
    case 'ballot.cast': {
      if (!op.sessionId) break;
      const sessionBallots = state.ballots[op.sessionId] ?? {};
      const questionBallots = { ...sessionBallots[op.payload.questionId], [op.actor.id]: op.payload.ballot };
      next.ballots = { ...state.ballots, [op.sessionId]: { ...sessionBallots, [op.payload.questionId]: questionBallots } };
      break;
    }
  }
  return next;
}
