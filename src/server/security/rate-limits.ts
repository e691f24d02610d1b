import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { protocolError, type ProtocolError } from '../../core/protocol/errors.ts';
import type { Config } from '../config.ts';

/**
 * Per-participant and join-guessing limits (rate-limiter-flexible). Guessing is charged per
 * client identity and per code, never per IP: a whole hearing shares one NAT address. A global
 * failure budget caps guessing spread over many fresh identities.
 */
export class RateLimits {
  private readonly ops: RateLimiterMemory;
  private readonly poses: RateLimiterMemory;
  private readonly joinPerIdentity: RateLimiterMemory;
  private readonly joinPerCode: RateLimiterMemory;
  private readonly joinGlobal: RateLimiterMemory;

  constructor(limits: Config['rateLimits']) {
    this.ops = new RateLimiterMemory({ points: limits.ops.points, duration: limits.ops.windowS });
    this.poses = new RateLimiterMemory({ points: limits.posesPerSecond, duration: 1 });
    const j = limits.joinFailures;
    this.joinPerIdentity = new RateLimiterMemory({ points: j.perIdentity, duration: j.windowS });
    this.joinPerCode = new RateLimiterMemory({ points: j.perCode, duration: j.windowS });
    this.joinGlobal = new RateLimiterMemory({ points: j.global, duration: j.windowS });
  }

  /** Charges one op (or other costly request: resync, mode change) to a participant; an error
   * when over the limit. */
  async takeOp(participantId: string): Promise<ProtocolError | null> {
    try {
      await this.ops.consume(participantId);
      return null;
    } catch (res) {
      return limited(res, 'too many changes; slow down');
    }
  }

  /** Poses over the limit are simply dropped: they are volatile and the next one supersedes them. */
  async takePose(participantId: string): Promise<boolean> {
    try {
      await this.poses.consume(participantId);
      return true;
    } catch {
      return false;
    }
  }

  /** Whether this identity or code has used up its failed join attempts. */
  async joinBlocked(identityKey: string, code: string): Promise<ProtocolError | null> {
    const states = await Promise.all([
      this.joinPerIdentity.get(identityKey),
      this.joinPerCode.get(code),
      this.joinGlobal.get('all'),
    ]);
    const exhausted = states.find((s) => s !== null && s.remainingPoints <= 0);
    return exhausted
      ? protocolError('TOO_MANY_ATTEMPTS', 'too many wrong codes; wait and try again', { retryAfterMs: exhausted.msBeforeNext })
      : null;
  }

  /** A wrong code: charged to the identity, the code tried and the global budget. */
  async wrongCode(identityKey: string, code: string): Promise<void> {
    await Promise.allSettled([
      this.joinPerIdentity.consume(identityKey),
      this.joinPerCode.consume(code),
      this.joinGlobal.consume('all'),
    ]);
  }

  /** A wrong facilitator key: charged to the identity only. Keys are unguessable, and charging
   * the code would let anyone who saw it on the projector lock the session for everyone. */
  async wrongKey(identityKey: string): Promise<void> {
    await this.joinPerIdentity.consume(identityKey).catch(() => undefined);
  }
}

function limited(res: unknown, message: string): ProtocolError {
  if (res instanceof RateLimiterRes) return protocolError('RATE_LIMITED', message, { retryAfterMs: res.msBeforeNext });
  throw res;
}
