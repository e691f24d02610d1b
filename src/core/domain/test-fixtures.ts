/**
 * Shared fixtures for the core unit tests: the pilot site (Lingyan South Road), its questions,
 * the people in a hearing, one valid client op per type, and a tiny committed-op log that folds
 * into a SiteState. Pure data and helpers: no DOM, Node or vitest imports (src/core is type-checked
 * without them).
 */
import type { Actor, Ballot, ClientOpType, CommittedOp, OpBody } from '../protocol/ops.ts';
import type { Category, Position, Role, Stage } from '../protocol/primitives.ts';
import type { QuestionSpec } from '../site/question-spec.ts';
import { applyOp } from './apply-op.ts';
import type { OpContext } from './check-op.ts';
import { emptySiteState, type SiteState, type Viewer } from './state.ts';

// ---------------------------------------------------------------- ids and the pilot site

/** A deterministic, valid UUIDv7 (so fixtures never depend on randomness or time). */
export function testId(n: number): string {
  return `01900000-0000-7000-8000-${n.toString(16).padStart(12, '0')}`;
}

export const SITE_ID = 'lingyan-south-road';
export const OPTION_IDS: ReadonlySet<string> = new Set(['existing', 'garden-street', 'shared-street']);

/** The site origin (WGS-84, ground level) and a spot a few metres along the street. */
export const SITE_ORIGIN: Position = { lng: 121.5065, lat: 31.159, height: 0 };
export const BENCH_SPOT: Position = { lng: 121.50672, lat: 31.15913, height: 0.5, objectId: 'bench-03' };

const label = (zh: string, en: string) => ({ zh, en });

export const PREFERRED_OPTION = {
  id: 'preferred-option',
  kind: 'single',
  prompt: label('您更喜欢哪个方案？', 'Which option do you prefer?'),
  choices: [
    { id: 'garden-street', label: label('方案A：花园街道', 'Option A: Garden street') },
    { id: 'shared-street', label: label('方案B：共享街道', 'Option B: Shared street') },
    { id: 'existing', label: label('保持现状', 'Keep it as it is') },
  ],
} satisfies QuestionSpec;

export const OPTION_RATING = {
  id: 'option-rating',
  kind: 'rating',
  prompt: label('请给两个方案分别打分。', 'Please rate each option.'),
  choices: [
    { id: 'garden-street', label: label('方案A：花园街道', 'Option A: Garden street') },
    { id: 'shared-street', label: label('方案B：共享街道', 'Option B: Shared street') },
  ],
} satisfies QuestionSpec;

export const BUDGET_PRIORITIES = {
  id: 'budget-priorities',
  kind: 'budget',
  prompt: label('假如您手上有10分……', 'Imagine you have 10 points…'),
  choices: [
    { id: 'trees-shade', label: label('行道树和遮阴', 'Street trees and shade') },
    { id: 'seating', label: label('休息座椅', 'Seating') },
    { id: 'lighting', label: label('夜间照明', 'Street lighting') },
  ],
  budget: 10,
} satisfies QuestionSpec;

export const PILOT_QUESTIONS: QuestionSpec[] = [PREFERRED_OPTION, OPTION_RATING, BUDGET_PRIORITIES];

/** A question a facilitator adds during the meeting. */
export const LIGHTING_QUESTION = {
  id: 'night-lighting',
  kind: 'single',
  prompt: label('晚上这里够亮吗？', 'Is it bright enough here at night?'),
  choices: [
    { id: 'yes', label: label('够亮', 'Yes') },
    { id: 'no', label: label('太暗', 'No, too dark') },
  ],
} satisfies QuestionSpec;

// ---------------------------------------------------------------- people

export const SESSION_ID = testId(0x5e55);
export const SYSTEM: Actor = { id: 'system', name: null, role: 'system' };

function person(n: number, name: string | null, role: Role): Actor & { role: Role } {
  return { id: testId(0xa000 + n), name, role };
}

/** A facilitator, two residents and an observer from the district office. */
export const FACILITATOR = person(1, '陈老师', 'facilitator');
export const WANG = person(2, '王阿姨', 'participant');
export const LI = person(3, null, 'participant');
export const OBSERVER = person(4, '街道办', 'observer');

export const viewerOf = (actor: Actor & { role: Role }): Viewer => ({ participantId: actor.id, role: actor.role });

/** What the server knows about the sender when it checks an op. */
export function contextOf(actor: Actor & { role: Role }, sessionId: string = SESSION_ID): OpContext {
  return { actorId: actor.id, role: actor.role, sessionId, optionIds: OPTION_IDS };
}

// ---------------------------------------------------------------- op bodies

export const body = {
  sessionCreate: (questions: QuestionSpec[] = PILOT_QUESTIONS, stage: Stage = 'hearing'): OpBody => ({
    type: 'session.create',
    payload: { sessionId: SESSION_ID, title: '灵岩南路 · 第一次听证会', stage, questions },
  }),
  pin: (id: string, text = '这里夏天太晒，希望多种几棵树', category: Category = 'idea', optionId?: string): OpBody => ({
    type: 'annotation.create',
    payload: { id, position: BENCH_SPOT, category, text, ...(optionId ? { optionId } : {}) },
  }),
  reply: (id: string, parentId: string, text = '同意，老人下午没地方坐'): OpBody => ({
    type: 'annotation.reply',
    payload: { id, parentId, text },
  }),
  edit: (id: string, change: { text?: string; category?: Category }): OpBody => ({
    type: 'annotation.edit',
    payload: { id, ...change },
  }),
  remove: (id: string): OpBody => ({ type: 'annotation.delete', payload: { id } }),
  react: (id: string, on = true): OpBody => ({ type: 'annotation.react', payload: { id, on } }),
  moderate: (id: string, hidden: boolean): OpBody => ({ type: 'annotation.moderate', payload: { id, hidden } }),
  vote: (questionId: string, ballot: Ballot): OpBody => ({ type: 'ballot.cast', payload: { questionId, ballot } }),
  stage: (stage: Stage): OpBody => ({ type: 'session.stage', payload: { stage } }),
  status: (status: 'open' | 'closed'): OpBody => ({ type: 'session.status', payload: { status } }),
  addQuestion: (question: QuestionSpec): OpBody => ({ type: 'question.add', payload: { question } }),
  questionStatus: (questionId: string, status: 'open' | 'closed'): OpBody => ({
    type: 'question.status',
    payload: { questionId, status },
  }),
  reveal: (questionId: string, revealed = true): OpBody => ({ type: 'question.reveal', payload: { questionId, revealed } }),
};

export const ballots = {
  single: (choiceId: string): Ballot => ({ kind: 'single', choiceId }),
  rating: (ratings: Record<string, number>): Ballot => ({ kind: 'rating', ratings }),
  budget: (allocation: Record<string, number>): Ballot => ({ kind: 'budget', allocation }),
};

// ---------------------------------------------------------------- a committed log

/** 09:30 in Suzhou on the day of the hearing; each op is stamped one second later. */
export const HEARING_START = Date.UTC(2025, 4, 17, 1, 30);

/**
 * A site's op log as the server commits it: seq 1, 2, 3… and one second per op, folded into
 * `state` with applyOp. `commit` returns the committed op so tests can redact or replay it.
 */
export class SiteLog {
  readonly ops: CommittedOp[] = [];
  state: SiteState = emptySiteState(SITE_ID);
  stage: Stage = 'hearing';

  /** The op `commit` would append now, without appending it. */
  next(actor: Actor, opBody: OpBody, sessionId: string | null = SESSION_ID): CommittedOp {
    const seq = this.ops.length + 1;
    return {
      ...opBody,
      seq,
      opId: testId(0x0f000000 + seq),
      siteId: SITE_ID,
      sessionId,
      stage: sessionId ? this.stage : null,
      actor,
      at: HEARING_START + seq * 1000,
    } as CommittedOp;
  }

  commit(actor: Actor, opBody: OpBody, sessionId: string | null = SESSION_ID): CommittedOp {
    const op = this.next(actor, opBody, sessionId);
    this.ops.push(op);
    this.state = applyOp(this.state, op);
    if (op.type === 'session.stage') this.stage = op.payload.stage;
    return op;
  }

  /** The session of the pilot hearing, opened by the server with the site's three questions. */
  static withSession(questions: QuestionSpec[] = PILOT_QUESTIONS): SiteLog {
    const log = new SiteLog();
    log.commit(SYSTEM, body.sessionCreate(questions));
    return log;
  }
}

// ---------------------------------------------------------------- valid client ops (wire form)

/** One valid op per client op type, as a client emits it. Typed so a new op type needs a fixture. */
export const VALID_CLIENT_OPS: { [K in ClientOpType]: { opId: string; type: K; payload: unknown } } = {
  'annotation.create': {
    opId: testId(1),
    type: 'annotation.create',
    payload: { id: testId(101), position: BENCH_SPOT, category: 'concern', text: '晚上这段路太暗了', optionId: 'shared-street' },
  },
  'annotation.reply': {
    opId: testId(2),
    type: 'annotation.reply',
    payload: { id: testId(102), parentId: testId(101), text: '是的，我每天晚上遛狗都觉得不安全' },
  },
  'annotation.edit': { opId: testId(3), type: 'annotation.edit', payload: { id: testId(101), text: '晚上这段路太暗了，需要路灯' } },
  'annotation.delete': { opId: testId(4), type: 'annotation.delete', payload: { id: testId(102) } },
  'annotation.react': { opId: testId(5), type: 'annotation.react', payload: { id: testId(101), on: true } },
  'annotation.moderate': { opId: testId(6), type: 'annotation.moderate', payload: { id: testId(101), hidden: true } },
  'ballot.cast': {
    opId: testId(7),
    type: 'ballot.cast',
    payload: { questionId: 'budget-priorities', ballot: { kind: 'budget', allocation: { 'trees-shade': 6, seating: 4 } } },
  },
  'session.stage': { opId: testId(8), type: 'session.stage', payload: { stage: 'coordination' } },
  'session.status': { opId: testId(9), type: 'session.status', payload: { status: 'closed' } },
  'question.add': { opId: testId(10), type: 'question.add', payload: { question: LIGHTING_QUESTION } },
  'question.status': { opId: testId(11), type: 'question.status', payload: { questionId: 'preferred-option', status: 'closed' } },
  'question.reveal': { opId: testId(12), type: 'question.reveal', payload: { questionId: 'option-rating', revealed: true } },
};

// ---------------------------------------------------------------- helpers

/** A structured copy of plain JSON-like data (structuredClone would need DOM or Node types here). */
export function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** Freezes a value and everything reachable from it, so any mutation throws in strict mode. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key]);
  }
  return value;
}

/** A small deterministic PRNG (mulberry32), for property-style tests that must not flake. */
export function prng(seed: number) {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number): number => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
  return { next, int, pick, chance: (p: number) => next() < p };
}
