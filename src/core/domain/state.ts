import type { Ballot } from '../protocol/ops.ts';
import type { Category, Position, Stage } from '../protocol/primitives.ts';
import type { QuestionSpec } from '../site/question-spec.ts';

/** A pin on the community map (parentId null) or a reply to one (one level deep). */
export interface Annotation {
  id: string;
  parentId: string | null;
  sessionId: string | null;
  stage: Stage | null;
  authorId: string;
  authorName: string | null;
  /** pins only */
  position: Position | null;
  category: Category | null;
  optionId: string | null;
  /** '' once deleted (tombstone: content erased, id and thread kept) */
  text: string;
  createdAt: number;
  editedAt: number | null;
  deleted: boolean;
  hidden: boolean;
  /** participant ids who gave +1, in order */
  reactions: string[];
  /** seq of the op that last changed it */
  seq: number;
}

export interface QuestionState {
  spec: QuestionSpec;
  status: 'open' | 'closed';
  /** tallies go to everyone only once revealed; facilitators always see them */
  revealed: boolean;
}

export interface SessionState {
  id: string;
  title: string;
  stage: Stage;
  status: 'open' | 'closed';
  /** in the order they were added */
  questions: QuestionState[];
}

/** questionId → participantId → ballot. On a client only its own ballots are ever present. */
export type SessionBallots = Record<string, Record<string, Ballot>>;

/** Everything a site's op log folds into. */
export interface SiteState {
  siteId: string;
  /** seq of the last op applied */
  seq: number;
  sessions: Record<string, SessionState>;
  annotations: Record<string, Annotation>;
  /** sessionId → ballots */
  ballots: Record<string, SessionBallots>;
}

export function emptySiteState(siteId: string): SiteState {
  return { siteId, seq: 0, sessions: {}, annotations: {}, ballots: {} };
}

/** Who is looking: decides what redaction hides. */
export interface Viewer {
  participantId: string;
  role: 'participant' | 'observer' | 'facilitator';
}
