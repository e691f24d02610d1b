import { describe, expect, it } from 'vitest';
import { JoinRequestSchema, PoseSchema, SyncRequestSchema } from './messages.ts';

/** A base64url secret as the server makes them (24 random bytes → 32 characters). */
const TOKEN = 'q3Vb0fX1-aZ_k9LmN2pQrS4tUvWxYz01';
const FACILITATOR_KEY = 'Zx9_Yw8-Vu7tSr6qPo5nMl4kJi3hGf2e';

function refusedPaths(input: unknown): string[] {
  const result = JoinRequestSchema.safeParse(input);
  expect(result.success, `expected a refusal of ${JSON.stringify(input)}`).toBe(false);
  return result.error!.issues.map((issue) => issue.path.join('.'));
}

describe('JoinRequestSchema', () => {
  it('defaults a first visit to a participant on the map', () => {
    expect(JoinRequestSchema.parse({ code: '048213' })).toEqual({ code: '048213', role: 'participant', mode: 'map' });
  });

  it('keeps everything a returning facilitator sends', () => {
    const request = {
      code: '000917',
      identityToken: TOKEN,
      facilitatorKey: FACILITATOR_KEY,
      name: '陈老师',
      role: 'observer',
      mode: 'twin',
      lastSeq: 1287,
    };
    expect(JoinRequestSchema.parse(request)).toEqual(request);
  });

  it.each(['000000', '999999', '012345'])('accepts the code %s', (code) => {
    expect(JoinRequestSchema.safeParse({ code }).success).toBe(true);
  });

  it.each([
    ['five digits', '12345'],
    ['seven digits', '1234567'],
    ['a letter', '12345a'],
    ['a space', '123 456'],
    ['a trailing newline', '123456\n'],
    ['full-width digits', '１２３４５６'],
    ['an empty string', ''],
    ['a number', 123456],
  ])('refuses a code with %s', (_what, code) => {
    expect(refusedPaths({ code })).toEqual(['code']);
  });

  it('refuses a request without a code', () => {
    expect(refusedPaths({ role: 'participant' })).toEqual(['code']);
  });

  it('refuses asking for the facilitator role: it comes only from the key', () => {
    expect(refusedPaths({ code: '048213', role: 'facilitator' })).toEqual(['role']);
  });

  it('refuses unknown fields', () => {
    const result = JoinRequestSchema.safeParse({ code: '048213', participantId: 'someone-else' });
    expect(result.success).toBe(false);
    expect(result.error!.issues).toEqual([expect.objectContaining({ code: 'unrecognized_keys', keys: ['participantId'] })]);
  });

  it.each([
    ['identityToken', 'short'],
    ['identityToken', `${TOKEN}=`],
    ['facilitatorKey', 'has spaces in it, not base64url at all'],
    ['name', '   '],
    ['name', '名'.repeat(41)],
    ['mode', 'vr'],
    ['lastSeq', -1],
    ['lastSeq', 1.5],
  ])('refuses a bad %s (%j)', (field, value) => {
    expect(refusedPaths({ code: '048213', [field]: value })).toEqual([field]);
  });

  it('accepts a 40-character name counted in code points', () => {
    expect(JoinRequestSchema.safeParse({ code: '048213', name: '𠀀'.repeat(40) }).success).toBe(true);
  });
});

describe('SyncRequestSchema', () => {
  it('takes only a non-negative integer lastSeq', () => {
    expect(SyncRequestSchema.parse({ lastSeq: 0 })).toEqual({ lastSeq: 0 });
    for (const bad of [{}, { lastSeq: -1 }, { lastSeq: '3' }, { lastSeq: 3, full: true }]) {
      expect(SyncRequestSchema.safeParse(bad).success).toBe(false);
    }
  });
});

describe('PoseSchema', () => {
  const pose = { lng: 121.5065, lat: 31.159, height: 1.6, heading: 270, pitch: -10 };

  it('accepts a phone held up on the street', () => {
    expect(PoseSchema.parse({ ...pose, optionId: 'garden-street' })).toEqual({ ...pose, optionId: 'garden-street' });
  });

  it.each([
    ['heading', 361],
    ['pitch', 91],
    ['height', 501],
    ['lat', -91],
  ])('refuses %s %d', (field, value) => {
    expect(PoseSchema.safeParse({ ...pose, [field]: value }).success).toBe(false);
  });

  it('refuses unknown fields', () => {
    expect(PoseSchema.safeParse({ ...pose, roll: 0 }).success).toBe(false);
  });
});
