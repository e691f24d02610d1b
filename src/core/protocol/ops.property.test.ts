/**
 * Property-style test of ClientOpSchema: whatever a socket sends, validation never throws and
 * never lets a malformed op through. Values come from a seeded PRNG, so every run is the same.
 */
import { describe, expect, it } from 'vitest';
import { VALID_CLIENT_OPS, clone, prng, testId } from '../domain/test-fixtures.ts';
import { CLIENT_OP_TYPES, ClientOpSchema } from './ops.ts';

type Rng = ReturnType<typeof prng>;
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Keys that are no field of any op: an object built only from them is never a valid op or payload. */
const JUNK_KEYS = ['foo', '', ' ', 'ID', 'Text', 'constructor', 'toString', 'hasOwnProperty', '__proto__', '0', 'payload ', '座位'];
/** Strings that are neither a UUID nor a client op type (but include near misses). */
const JUNK_STRINGS = [
  '',
  ' ',
  '\u3000',
  'annotation.Create',
  'annotation.create ',
  'ballot',
  'hearing',
  'open',
  'garden-street',
  '01900000-0000-7000-8000-00000000000g',
  '01900000000070008000000000000001',
  '{"opId":1}',
  '𠀀'.repeat(501),
  'x'.repeat(10_000),
  '\u0000',
  '\ud800',
];
const JUNK_NUMBERS = [0, -0, 1, -1, 0.5, 91, 1001, Number.NaN, Number.POSITIVE_INFINITY, Number.MIN_SAFE_INTEGER, 2 ** 53 + 2];

/** A random JSON-ish value: nested objects (with junk keys only) and arrays, strings, numbers, null, booleans. */
function garbage(rng: Rng, depth = 0): Json {
  const leafOnly = depth >= 4;
  switch (rng.int(leafOnly ? 4 : 6)) {
    case 0:
      return null;
    case 1:
      return rng.chance(0.5);
    case 2:
      return rng.pick(JUNK_NUMBERS);
    case 3:
      return rng.pick(JUNK_STRINGS);
    case 4:
      return Array.from({ length: rng.int(4) }, () => garbage(rng, depth + 1));
    default: {
      // JSON.parse makes `__proto__` an own key, as a socket.io payload would.
      const entries = Array.from({ length: rng.int(4) }, () => [rng.pick(JUNK_KEYS), garbage(rng, depth + 1)]);
      return JSON.parse(JSON.stringify(Object.fromEntries(entries))) as Json;
    }
  }
}

/** A value of another JSON type than `value` (never undefined, so never "optional and absent"). */
function swapType(rng: Rng, value: unknown): Json {
  const typeOf = (v: unknown) => (Array.isArray(v) ? 'array' : v === null ? 'null' : typeof v);
  const candidates: Json[] = [null, true, 7, 'seven', [], {}, [1, 'two'], { nested: { deeper: null } }];
  return rng.pick(candidates.filter((c) => typeOf(c) !== typeOf(value)));
}

type Path = string[];
/** Keys whose value is a record (any slug key allowed), not a strict object. */
const RECORD_KEYS = new Set(['ratings', 'allocation']);
/** Optional fields: dropping one of these keeps a valid op valid. */
const OPTIONAL_KEYS = new Set(['optionId', 'objectId']);

/** Every path into `value`, with whether it points at a strict object (not a record, not an array). */
function paths(value: unknown, at: Path = [], inRecord = false): { path: Path; strictObject: boolean }[] {
  if (value === null || typeof value !== 'object') return [{ path: at, strictObject: false }];
  const isArray = Array.isArray(value);
  const own = { path: at, strictObject: !isArray && !inRecord };
  const children = Object.entries(value).flatMap(([key, child]) => paths(child, [...at, key], RECORD_KEYS.has(key)));
  return [own, ...children];
}

function getAt(root: unknown, path: Path): Record<string, unknown> {
  return path.reduce((node, key) => (node as Record<string, unknown>)[key], root) as Record<string, unknown>;
}

/** A valid op broken in one way: a required key dropped, an unknown key added, or a value of the wrong type. */
function mutateValidOp(rng: Rng): { how: string; value: unknown } {
  const op = clone(VALID_CLIENT_OPS[rng.pick(CLIENT_OP_TYPES)]);
  const all = paths(op);
  const strictObjects = all.filter((p) => p.strictObject);
  const kind = rng.int(3);
  if (kind === 0) {
    const droppable = all.filter((p) => p.path.length > 0 && !OPTIONAL_KEYS.has(p.path.at(-1)!) && isStrictParent(all, p.path));
    const { path } = rng.pick(droppable);
    delete getAt(op, path.slice(0, -1))[path.at(-1)!];
    return { how: `drop ${path.join('.')}`, value: op };
  }
  if (kind === 1) {
    const { path } = rng.pick(strictObjects);
    const key = rng.pick(JUNK_KEYS.filter((k) => k !== '__proto__'));
    getAt(op, path)[key] = garbage(rng);
    return { how: `add ${[...path, key].join('.')}`, value: op };
  }
  const { path } = rng.pick(all.filter((p) => p.path.length > 0));
  const parent = getAt(op, path.slice(0, -1));
  parent[path.at(-1)!] = swapType(rng, parent[path.at(-1)!]);
  return { how: `swap type of ${path.join('.')}`, value: op };
}

/** Whether the parent of `path` is a strict object (dropping from a record or array may stay valid). */
function isStrictParent(all: { path: Path; strictObject: boolean }[], path: Path): boolean {
  const parent = path.slice(0, -1).join('\u0000');
  return all.some((p) => p.strictObject && p.path.join('\u0000') === parent);
}

function malformed(rng: Rng): { how: string; value: unknown } {
  switch (rng.int(4)) {
    case 0:
      return { how: 'garbage', value: garbage(rng) };
    case 1:
      return { how: 'valid envelope, garbage payload', value: { opId: testId(rng.int(1000)), type: rng.pick(CLIENT_OP_TYPES), payload: garbage(rng) } };
    case 2: {
      const valid = VALID_CLIENT_OPS[rng.pick(CLIENT_OP_TYPES)];
      return { how: 'garbage envelope', value: { opId: rng.chance(0.5) ? garbage(rng) : valid.opId, type: garbage(rng), payload: valid.payload } };
    }
    default:
      return mutateValidOp(rng);
  }
}

describe('ClientOpSchema on malformed input (property)', () => {
  it('the mutation base is valid', () => {
    for (const op of Object.values(VALID_CLIENT_OPS)) expect(ClientOpSchema.safeParse(op).success).toBe(true);
  });

  it('never throws and refuses 1,000 malformed values', () => {
    const rng = prng(0x9e3779b9);
    const accepted: string[] = [];
    const hows = new Set<string>();
    for (let i = 0; i < 1000; i++) {
      const { how, value } = malformed(rng);
      hows.add(how.split(' ')[0]!);
      let result: ReturnType<typeof ClientOpSchema.safeParse> | undefined;
      expect(() => (result = ClientOpSchema.safeParse(value)), `#${i} (${how}) threw`).not.toThrow();
      if (result!.success) accepted.push(`#${i} ${how}: ${JSON.stringify(value).slice(0, 200)}`);
      else expect(result!.error.issues.length).toBeGreaterThan(0);
    }
    expect(accepted).toEqual([]);
    // every generator actually ran
    expect([...hows].sort()).toEqual(['add', 'drop', 'garbage', 'swap', 'valid']);
  });
});
