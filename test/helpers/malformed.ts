import { v7 as uuidv7 } from 'uuid';

/** Small deterministic PRNG so a failing fuzz case can be replayed from its seed. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rand: () => number, items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;

function randomValue(rand: () => number, depth = 0): unknown {
  const kind = Math.floor(rand() * (depth > 2 ? 6 : 8));
  switch (kind) {
    case 0: return null;
    case 1: return rand() < 0.5;
    case 2: return pick(rand, [0, -1, 1e308, Number.NaN, 3.5, 2 ** 53 + 1]);
    case 3: return pick(rand, ['', ' ', 'x'.repeat(600), '<script>', '𠀀', 'annotation.create', '__proto__']);
    case 4: return uuidv7();
    case 5: return undefined;
    case 6: return Array.from({ length: Math.floor(rand() * 4) }, () => randomValue(rand, depth + 1));
    default: {
      const obj: Record<string, unknown> = {};
      for (let i = Math.floor(rand() * 4); i > 0; i--) obj[pick(rand, ['id', 'text', 'type', 'payload', 'opId', 'constructor', 'x'])] = randomValue(rand, depth + 1);
      return obj;
    }
  }
}

function validOp(): Record<string, unknown> {
  return {
    opId: uuidv7(),
    type: 'annotation.create',
    payload: { id: uuidv7(), position: { lng: 121.5065, lat: 31.159, height: 0 }, category: 'idea', text: '好' },
  };
}

/** A value of another JSON type than `original` (so the op cannot stay valid by chance). */
function wrongTypeFor(rand: () => number, original: unknown): unknown {
  const candidates = [null, true, 7, -1.5, 'x', [], [1], { a: 1 }].filter(
    (v) => typeof v !== typeof original || Array.isArray(v) !== Array.isArray(original) || v === null,
  );
  return pick(rand, candidates);
}

/** A valid op broken in one random way: a key dropped, added or retyped, anywhere in it. */
function mutatedOp(rand: () => number): unknown {
  const op = validOp();
  const payload = op.payload as Record<string, unknown>;
  const target = rand() < 0.5 ? op : rand() < 0.5 ? payload : (payload.position as Record<string, unknown>);
  const keys = Object.keys(target);
  switch (Math.floor(rand() * 4)) {
    case 0: delete target[pick(rand, keys)]; break;
    // never undefined: JSON would drop the key and leave the op valid
    case 1: target[pick(rand, ['extra', 'hidden', 'seq', 'actor'])] = randomValue(rand) ?? 'x'; break;
    case 2: {
      const key = pick(rand, keys);
      target[key] = wrongTypeFor(rand, target[key]);
      break;
    }
    default: op.type = pick(rand, ['session.create', 'ANNOTATION.CREATE', 'annotation', '', 'ballot.cast']);
  }
  return op;
}

/** `count` op payloads that must all be refused: random junk and near-valid mutations. */
export function malformedOps(rand: () => number, count: number): unknown[] {
  return Array.from({ length: count }, () => (rand() < 0.5 ? randomValue(rand) : mutatedOp(rand)));
}
