import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';

/** A random secret for URLs and localStorage (identity tokens, facilitator keys). */
export function newSecret(): string {
  return randomBytes(24).toString('base64url');
}

/** Only hashes of secrets are stored: a leaked database does not let anyone act as someone. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export function secretMatches(secret: string, expectedHash: string): boolean {
  const a = Buffer.from(hashSecret(secret), 'hex');
  const b = Buffer.from(expectedHash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Six digits: the easiest thing for an elderly resident to type on a phone's number pad.
 * Leading zeros kept; uniform from a CSPRNG so codes cannot be predicted. */
export function newJoinCode(): string {
  return randomInt(0, 1_000_000).toString().padStart(6, '0');
}
