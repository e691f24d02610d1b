import type { CommittedOp } from '../protocol/ops.ts';
import { isRedacted, type WireOp } from '../protocol/wire.ts';
import type { Annotation, SessionState, SiteState } from './state.ts';

/**
 * Folds committed ops into a site state. Shared by the server, which checked each op with
 * `checkOp` before committing it, and by clients, which trust the server's order. Ops on
 * targets the state does not hold (a client never saw them) change only `seq`.
 *
 * Two entry points, one rule set:
 * - `applyOps` / `applyOp` are pure: a new state, untouched parts shared by reference (React
 *   stores compare by reference), each top-level map copied at most once per call.
 * - `applyOpInPlace` changes a state its caller owns alone (the server's), so one op costs the
 *   same with ten pins or ten thousand. Objects inside are replaced, never mutated, so
 *   snapshots and ops handed out earlier stay as they were.
 */
export function applyOps(state: SiteState, ops: readonly (CommittedOp | WireOp)[]): SiteState {
  if (ops.length === 0) return state;
  const draft = new CopyOnWrite(state);
  for (const op of ops) fold(draft, op);
  return draft.result();
}

export function applyOp(state: SiteState, op: CommittedOp | WireOp): SiteState {
  return applyOps(state, [op]);
}

export function applyOpInPlace(state: SiteState, op: CommittedOp | WireOp): void {
  fold(new InPlace(state), op);
}

/** Write access to the three maps of a state, as each entry point needs it. */
interface Writable {
  readonly state: SiteState;
  setSeq(seq: number): void;
  putSession(s: SessionState): void;
  putAnnotation(a: Annotation): void;
  putBallots(sessionId: string, ballots: SiteState['ballots'][string]): void;
}

class InPlace implements Writable {
  constructor(readonly state: SiteState) {}
  setSeq(seq: number) {
    this.state.seq = seq;
  }
  putSession(s: SessionState) {
    this.state.sessions[s.id] = s;
  }
  putAnnotation(a: Annotation) {
    this.state.annotations[a.id] = a;
  }
  putBallots(sessionId: string, ballots: SiteState['ballots'][string]) {
    this.state.ballots[sessionId] = ballots;
  }
}

class CopyOnWrite implements Writable {
  readonly state: SiteState;
  private readonly copied = new Set<'sessions' | 'annotations' | 'ballots'>();
  constructor(base: SiteState) {
    this.state = { ...base };
  }
  private own<K extends 'sessions' | 'annotations' | 'ballots'>(key: K): SiteState[K] {
    if (!this.copied.has(key)) {
      this.state[key] = { ...this.state[key] };
      this.copied.add(key);
    }
    return this.state[key];
  }
  setSeq(seq: number) {
    this.state.seq = seq;
  }
  putSession(s: SessionState) {
    this.own('sessions')[s.id] = s;
  }
  putAnnotation(a: Annotation) {
    this.own('annotations')[a.id] = a;
  }
  putBallots(sessionId: string, ballots: SiteState['ballots'][string]) {
    this.own('ballots')[sessionId] = ballots;
  }
  result(): SiteState {
    return this.state;
  }
}

function fold(w: Writable, op: CommittedOp | WireOp): void {
  const state = w.state;
  w.setSeq(Math.max(state.seq, op.seq));
  if (isRedacted(op)) return;
  const session = op.sessionId ? state.sessions[op.sessionId] : undefined;
  const annotation = (id: string) => state.annotations[id];
  const putAnnotation = (a: Annotation) => w.putAnnotation({ ...a, seq: op.seq });

  switch (op.type) {
    case 'session.create': {
      const p = op.payload;
      w.putSession({
        id: p.sessionId,
        title: p.title,
        stage: p.stage,
        status: 'open',
        questions: p.questions.map((spec) => ({ spec, status: 'open', revealed: false })),
      });
      break;
    }
    case 'session.stage':
      if (session) w.putSession({ ...session, stage: op.payload.stage });
      break;
    case 'session.status':
      if (session) w.putSession({ ...session, status: op.payload.status });
      break;
    case 'question.add':
      if (session) {
        const q = { spec: op.payload.question, status: 'open' as const, revealed: false };
        w.putSession({ ...session, questions: [...session.questions, q] });
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
        w.putSession({ ...session, questions });
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
        putAnnotation({ ...a, text: op.payload.text ?? a.text, category: op.payload.category ?? a.category, editedAt: op.at });
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
      for (const restored of ('restore' in op && op.restore) || []) w.putAnnotation(restored);
      const a = annotation(op.payload.id);
      if (a) putAnnotation({ ...a, hidden: op.payload.hidden });
      break;
    }
    case 'ballot.cast': {
      if (!op.sessionId) break;
      const sessionBallots = state.ballots[op.sessionId] ?? {};
      const questionBallots = { ...sessionBallots[op.payload.questionId], [op.actor.id]: op.payload.ballot };
      w.putBallots(op.sessionId, { ...sessionBallots, [op.payload.questionId]: questionBallots });
      break;
    }
  }
}
