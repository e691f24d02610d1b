import { afterEach, describe, expect, it, vi } from 'vitest';
import { hashSecret, newJoinCode, newSecret, secretMatches } from './secrets.ts';

describe('newJoinCode', () => {
  const codes = Array.from({ length: 20_000 }, () => newJoinCode());

  it('is always exactly six ASCII digits', () => {
    expect(codes.filter((code) => !/^[0-9]{6}$/.test(code))).toEqual([]);
  });

  it('keeps leading zeros (codes below 100000 are padded, not shortened)', () => {
    // about 2,000 of 20,000 codes start with 0; the chance of none is 0.9^20000
    const padded = codes.filter((code) => code.startsWith('0'));
    expect(padded.length).toBeGreaterThan(0);
    expect(padded.every((code) => code.length === 6)).toBe(true);
  });

  it('spreads the first digit roughly evenly (each 1,500–2,500 of 20,000)', () => {
    const counts = new Map<string, number>();
    for (const code of codes) counts.set(code[0]!, (counts.get(code[0]!) ?? 0) + 1);
    expect([...counts.keys()].sort()).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
    for (const [digit, n] of counts) {
      expect(n, `first digit ${digit}`).toBeGreaterThanOrEqual(1_500);
      expect(n, `first digit ${digit}`).toBeLessThanOrEqual(2_500);
    }
  });
});

describe('newJoinCode with a stubbed random source', () => {
  afterEach(() => {
    vi.doUnmock('node:crypto');
    vi.resetModules();
  });

  /** secrets.ts loaded against a crypto whose randomInt always returns `value`. */
  async function withRandomInt(value: number) {
    const randomInt = vi.fn(() => value);
    vi.resetModules();
    vi.doMock('node:crypto', async (importOriginal) => ({ ...(await importOriginal<typeof import('node:crypto')>()), randomInt }));
    const secrets = await import('./secrets.ts');
    return { newJoinCode: secrets.newJoinCode, randomInt };
  }

  it.each([
    [0, '000000'],
    [42, '000042'],
    [99_999, '099999'],
    [999_999, '999999'],
  ])('turns %d into %s', async (value, code) => {
    const { newJoinCode: stubbed } = await withRandomInt(value);
    expect(stubbed()).toBe(code);
  });

  it('draws from the whole range 000000–999999 (upper bound exclusive)', async () => {
    const { newJoinCode: stubbed, randomInt } = await withRandomInt(7);
    stubbed();
    expect(randomInt).toHaveBeenCalledWith(0, 1_000_000);
  });
});

describe('newSecret', () => {
  const secrets = Array.from({ length: 1_000 }, () => newSecret());

  it('is base64url of at least 32 characters', () => {
    expect(secrets.filter((s) => !/^[A-Za-z0-9_-]{32,}$/.test(s))).toEqual([]);
  });

  it('fits what JoinRequestSchema accepts as an identity token or facilitator key', () => {
    expect(secrets.every((s) => s.length <= 100)).toBe(true);
  });

  it('never repeats over 1,000 secrets', () => {
    expect(new Set(secrets).size).toBe(1_000);
  });
});

describe('hashSecret and secretMatches', () => {
  const secret = newSecret();

  it('hashes to 64 lowercase hex characters, the same every time, not the secret itself', () => {
    const hash = hashSecret(secret);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hashSecret(secret)).toBe(hash);
    expect(hash).not.toContain(secret);
  });

  it('is SHA-256 (a known vector)', () => {
    expect(hashSecret('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('matches the secret against its own hash', () => {
    expect(secretMatches(secret, hashSecret(secret))).toBe(true);
  });

  it('refuses another secret, a near miss, and an empty one', () => {
    const hash = hashSecret(secret);
    expect(secretMatches(newSecret(), hash)).toBe(false);
    expect(secretMatches(`${secret.slice(0, -1)}${secret.endsWith('A') ? 'B' : 'A'}`, hash)).toBe(false);
    expect(secretMatches('', hash)).toBe(false);
  });

  it.each([
    ['empty', ''],
    ['not hex', 'z'.repeat(64)],
    ['too short', 'ab'.repeat(16)],
    ['too long', 'ab'.repeat(33)],
    ['the secret itself, stored unhashed', secret],
    ['the hash of the hash', hashSecret(hashSecret(secret))],
  ])('refuses (without throwing) a stored hash that is %s', (_what, stored) => {
    expect(secretMatches(secret, stored)).toBe(false);
  });
});
