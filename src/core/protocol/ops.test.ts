import { describe, expect, it } from 'vitest';
import { BUDGET_PRIORITIES, VALID_CLIENT_OPS, clone, testId } from '../domain/test-fixtures.ts';
import { CLIENT_OP_TYPES, ClientOpSchema, FACILITATOR_OP_TYPES, type ClientOpType } from './ops.ts';
import { MAX_TEXT_CODE_POINTS } from './primitives.ts';

type PathKey = string | number;

/** A valid op of `type` with its payload changed by `change` (which may mutate the copy). */
function opWith(type: ClientOpType, change: (payload: Record<string, unknown>) => void) {
  const op = clone(VALID_CLIENT_OPS[type]) as { opId: string; type: string; payload: Record<string, unknown> };
  change(op.payload);
  return op;
}

/** Parses `input`, expects a refusal, and returns the issue paths. */
function refusedPaths(input: unknown): PathKey[][] {
  const result = ClientOpSchema.safeParse(input);
  expect(result.success, `expected a refusal of ${JSON.stringify(input)}`).toBe(false);
  return result.error!.issues.map((issue) => issue.path as PathKey[]);
}

const ASTRAL = '𠀀'; // U+20000, a CJK ideograph outside the BMP: 1 code point, 2 UTF-16 units

describe('ClientOpSchema: valid ops', () => {
  it('has a fixture for every client op type', () => {
    expect(Object.keys(VALID_CLIENT_OPS).sort()).toEqual([...CLIENT_OP_TYPES].sort());
  });

  it.each(CLIENT_OP_TYPES)('accepts a valid %s and returns it unchanged', (type) => {
    const op = VALID_CLIENT_OPS[type];
    expect(ClientOpSchema.parse(op)).toEqual(op);
  });

  it('accepts an edit that changes only the category', () => {
    const op = opWith('annotation.edit', (p) => {
      delete p.text;
      p.category = 'like';
    });
    expect(ClientOpSchema.parse(op).payload).toEqual({ id: testId(101), category: 'like' });
  });

  it('accepts a pin without optionId or objectId', () => {
    const op = opWith('annotation.create', (p) => {
      delete p.optionId;
      p.position = { lng: 121.5065, lat: 31.159, height: 0 };
    });
    expect(ClientOpSchema.safeParse(op).success).toBe(true);
  });

  it.each([
    ['single', { kind: 'single', choiceId: 'garden-street' }],
    ['rating', { kind: 'rating', ratings: { 'garden-street': 5, 'shared-street': 1 } }],
    ['budget', { kind: 'budget', allocation: { 'trees-shade': 0, lighting: 10 } }],
  ])('accepts a %s ballot', (_kind, ballot) => {
    const op = opWith('ballot.cast', (p) => (p.ballot = ballot));
    expect(ClientOpSchema.parse(op).payload).toEqual({ questionId: 'budget-priorities', ballot });
  });

  it('counts text in code points: 300 astral characters (600 UTF-16 units) are accepted', () => {
    const text = ASTRAL.repeat(300);
    expect(text.length).toBe(600);
    const op = opWith('annotation.create', (p) => (p.text = text));
    expect(ClientOpSchema.safeParse(op).success).toBe(true);
  });

  it(`accepts exactly ${MAX_TEXT_CODE_POINTS} astral characters`, () => {
    const op = opWith('annotation.reply', (p) => (p.text = ASTRAL.repeat(MAX_TEXT_CODE_POINTS)));
    expect(ClientOpSchema.safeParse(op).success).toBe(true);
  });

  it('only facilitator op types are marked as such', () => {
    expect([...FACILITATOR_OP_TYPES].sort()).toEqual([
      'annotation.moderate',
      'question.add',
      'question.reveal',
      'question.status',
      'session.stage',
      'session.status',
    ]);
  });
});

describe('ClientOpSchema: refusals', () => {
  it('refuses an unknown op type', () => {
    expect(refusedPaths({ ...VALID_CLIENT_OPS['annotation.delete'], type: 'annotation.purge' })).toEqual([['type']]);
  });

  it('refuses a server-only op type (session.create)', () => {
    const op = { opId: testId(1), type: 'session.create', payload: { sessionId: testId(2), title: 'x', stage: 'hearing', questions: [] } };
    expect(refusedPaths(op)).toEqual([['type']]);
  });

  it('refuses an unknown top-level field', () => {
    const result = ClientOpSchema.safeParse({ ...VALID_CLIENT_OPS['annotation.react'], seq: 42 });
    expect(result.success).toBe(false);
    expect(result.error!.issues).toEqual([expect.objectContaining({ code: 'unrecognized_keys', keys: ['seq'], path: [] })]);
  });

  it.each(CLIENT_OP_TYPES)('refuses an unknown field inside the payload of %s', (type) => {
    const result = ClientOpSchema.safeParse(opWith(type, (p) => (p.authorId = testId(99))));
    expect(result.success).toBe(false);
    expect(result.error!.issues).toEqual([
      expect.objectContaining({ code: 'unrecognized_keys', keys: ['authorId'], path: ['payload'] }),
    ]);
  });

  it.each([
    ['position', 'annotation.create', (p: Record<string, unknown>) => (p.position = { ...(p.position as object), accuracy: 5 }), ['payload', 'position']],
    ['ballot', 'ballot.cast', (p: Record<string, unknown>) => (p.ballot = { kind: 'single', choiceId: 'existing', weight: 2 }), ['payload', 'ballot']],
    ['question spec', 'question.add', (p: Record<string, unknown>) => (p.question = { ...BUDGET_PRIORITIES, multiple: true }), ['payload', 'question']],
  ] as const)('refuses an unknown field nested in the %s', (_what, type, change, path) => {
    expect(refusedPaths(opWith(type, change))).toEqual([path]);
  });

  it.each([
    ['opId', { type: 'annotation.delete', payload: { id: testId(1) } }, ['opId']],
    ['type', { opId: testId(1), payload: { id: testId(1) } }, ['type']],
    ['payload', { opId: testId(1), type: 'annotation.delete' }, ['payload']],
  ])('refuses an op without %s', (_field, op, path) => {
    expect(refusedPaths(op)).toEqual([path]);
  });

  it.each([
    ['annotation.create', 'position'],
    ['annotation.create', 'category'],
    ['annotation.create', 'text'],
    ['annotation.reply', 'parentId'],
    ['annotation.react', 'on'],
    ['annotation.moderate', 'hidden'],
    ['ballot.cast', 'ballot'],
    ['session.stage', 'stage'],
    ['question.reveal', 'revealed'],
  ] as const)('refuses %s without payload.%s', (type, field) => {
    expect(refusedPaths(opWith(type, (p) => delete p[field]))).toEqual([['payload', field]]);
  });

  it('refuses an edit that changes neither text nor category', () => {
    expect(refusedPaths(opWith('annotation.edit', (p) => delete p.text))).toEqual([['payload']]);
  });

  it.each([
    ['null', null],
    ['a JSON string', JSON.stringify(VALID_CLIENT_OPS['annotation.delete'])],
    ['an array', [VALID_CLIENT_OPS['annotation.delete']]],
    ['a number', 7],
  ])('refuses an op that is %s', (_what, input) => {
    expect(refusedPaths(input)).toEqual([[]]);
  });

  it.each([
    ['react.on as a string', 'annotation.react', 'on', 'true'],
    ['moderate.hidden as a number', 'annotation.moderate', 'hidden', 1],
    ['create.position as an array', 'annotation.create', 'position', [121.5, 31.1, 0]],
    ['create.text as a number', 'annotation.create', 'text', 42],
    ['create.category outside the list', 'annotation.create', 'category', 'complaint'],
    ['delete.id as a number', 'annotation.delete', 'id', 101],
    ['stage outside the list', 'session.stage', 'stage', 'voting'],
    ['status outside the list', 'session.status', 'status', 'paused'],
    ['questionId not a slug', 'question.status', 'questionId', 'Preferred Option'],
    ['revealed as null', 'question.reveal', 'revealed', null],
  ] as const)('refuses %s at its path', (_what, type, field, value) => {
    expect(refusedPaths(opWith(type, (p) => (p[field] = value)))).toEqual([['payload', field]]);
  });

  it('refuses a payload that is not an object', () => {
    expect(refusedPaths({ ...VALID_CLIENT_OPS['annotation.delete'], payload: testId(101) })).toEqual([['payload']]);
  });

  it.each([
    ['empty', ''],
    ['spaces', '   '],
    ['newlines and tabs', '\n\t \r\n'],
    ['ideographic spaces (U+3000)', '\u3000\u3000'],
  ])('refuses blank text: %s', (_what, text) => {
    expect(refusedPaths(opWith('annotation.create', (p) => (p.text = text)))).toEqual([['payload', 'text']]);
    expect(refusedPaths(opWith('annotation.reply', (p) => (p.text = text)))).toEqual([['payload', 'text']]);
    expect(refusedPaths(opWith('annotation.edit', (p) => (p.text = text)))).toEqual([['payload', 'text']]);
  });

  it(`refuses text of ${MAX_TEXT_CODE_POINTS + 1} code points`, () => {
    const tooLong = ASTRAL.repeat(MAX_TEXT_CODE_POINTS + 1);
    expect(refusedPaths(opWith('annotation.create', (p) => (p.text = tooLong)))).toEqual([['payload', 'text']]);
    expect(refusedPaths(opWith('annotation.edit', (p) => (p.text = 'a'.repeat(MAX_TEXT_CODE_POINTS + 1))))).toEqual([
      ['payload', 'text'],
    ]);
  });

  it.each([
    ['a plain word', 'op-1'],
    ['a UUID without dashes', '0190000000007000800000000000001'],
    ['a UUID with a trailing newline', `${testId(1)}\n`],
    ['a number', 1],
  ])('refuses an opId that is %s', (_what, opId) => {
    expect(refusedPaths({ ...VALID_CLIENT_OPS['annotation.delete'], opId })).toEqual([['opId']]);
  });

  it('refuses an annotation id or parentId that is not a UUID', () => {
    expect(refusedPaths(opWith('annotation.reply', (p) => (p.parentId = 'pin-1')))).toEqual([['payload', 'parentId']]);
  });

  it.each([
    ['lat', 91],
    ['lat', -90.5],
    ['lng', 180.01],
    ['height', -21],
    ['height', 301],
  ] as const)('refuses a position with %s %d', (field, value) => {
    const op = opWith('annotation.create', (p) => (p.position = { ...(p.position as object), [field]: value }));
    expect(refusedPaths(op)).toEqual([['payload', 'position', field]]);
  });

  it('refuses a non-finite coordinate', () => {
    const op = opWith('annotation.create', (p) => (p.position = { lng: Number.NaN, lat: 31.159, height: 0 }));
    expect(refusedPaths(op)).toEqual([['payload', 'position', 'lng']]);
  });

  it.each([0, 6, 3.5])('refuses a rating of %d', (rating) => {
    const op = opWith('ballot.cast', (p) => (p.ballot = { kind: 'rating', ratings: { 'garden-street': rating } }));
    expect(refusedPaths(op)).toEqual([['payload', 'ballot', 'ratings', 'garden-street']]);
  });

  it.each([-1, 1.5, 1001])('refuses %d budget points', (points) => {
    const op = opWith('ballot.cast', (p) => (p.ballot = { kind: 'budget', allocation: { seating: points } }));
    expect(refusedPaths(op)).toEqual([['payload', 'ballot', 'allocation', 'seating']]);
  });

  it('refuses a ballot of an unknown kind', () => {
    const op = opWith('ballot.cast', (p) => (p.ballot = { kind: 'ranking', order: ['existing'] }));
    expect(refusedPaths(op)).toEqual([['payload', 'ballot', 'kind']]);
  });

  it('refuses an optionId that is not a slug', () => {
    expect(refusedPaths(opWith('annotation.create', (p) => (p.optionId = 'Garden Street')))).toEqual([
      ['payload', 'optionId'],
    ]);
  });

  it('reports every problem of a payload, each at its own path', () => {
    const op = opWith('annotation.create', (p) => {
      p.text = ' ';
      p.category = 'rant';
      p.position = { lng: 121.5, lat: 95, height: 0 };
    });
    expect(refusedPaths(op)).toEqual(
      expect.arrayContaining([
        ['payload', 'text'],
        ['payload', 'category'],
        ['payload', 'position', 'lat'],
      ]),
    );
  });
});
