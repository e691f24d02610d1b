import { randomUUID } from 'node:crypto';
import type { SessionInfo } from '../../core/protocol/messages.ts';
import type { ServerContext } from '../context.ts';
import { hashSecret, newJoinCode, newSecret } from './secrets.ts';

export interface CreatedSession {
  session: SessionInfo;
  /** shown once, to whoever created the session; only its hash is stored */
  facilitatorKey: string;
}

export class UnknownSiteError extends Error {
  constructor(readonly siteId: string) {
    super(`unknown site "${siteId}"`);
  }
}

/** Creates a session on a site: a private record (code, key hash) plus the public
 * `session.create` op in the site's log with the site pack's default questions. */
export async function createSession(
  ctx: ServerContext,
  input: { siteId: string; title: string; isDemo?: boolean },
): Promise<CreatedSession> {
  const hub = ctx.hubs.get(input.siteId);
  if (!hub) throw new UnknownSiteError(input.siteId);
  const facilitatorKey = newSecret();
  const id = randomUUID();
  const code = await unusedJoinCode(ctx);
  // the public op first: a crash between the two writes then leaves an orphan session nobody
  // can reach, rather than a join code that leads nowhere
  await hub.createSession(randomUUID(), { sessionId: id, title: input.title, stage: 'hearing', questions: hub.site.questions });
  await ctx.storage.createSession({
    id,
    siteId: input.siteId,
    code,
    facilitatorKeyHash: hashSecret(facilitatorKey),
    createdAt: Date.now(),
    isDemo: input.isDemo ?? false,
  });
  return { session: { id, code, siteId: input.siteId, title: input.title }, facilitatorKey };
}

async function unusedJoinCode(ctx: ServerContext): Promise<string> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const code = newJoinCode();
    if (!(await ctx.storage.findSessionByCode(code))) return code;
  }
  throw new Error('no free join code found; too many sessions for six digits');
}

/** The demo session of the pilot site: reused across restarts, with a fresh facilitator key
 * each start (only its hash is stored, so the old one cannot be shown again). */
export async function prepareDemoSession(ctx: ServerContext, siteId: string): Promise<CreatedSession | null> {
  const hub = ctx.hubs.get(siteId);
  if (!hub) return null;
  const existing = await ctx.storage.findDemoSession(siteId);
  if (!existing) return createSession(ctx, { siteId, title: `${hub.site.name.zh} · 演示 Demo`, isDemo: true });
  const facilitatorKey = newSecret();
  await ctx.storage.setFacilitatorKeyHash(existing.id, hashSecret(facilitatorKey));
  const title = hub.session(existing.id)?.title ?? '';
  return { session: { id: existing.id, code: existing.code, siteId, title }, facilitatorKey };
}

/** Links people use: the join link, and the facilitator link whose key stays in the fragment
 * (browsers never send `#…` to servers, so it stays out of access logs). */
export function sessionLinks(publicUrl: string, code: string, facilitatorKey?: string) {
  return {
    joinUrl: `${publicUrl}/j/${code}`,
    facilitatorUrl: facilitatorKey ? `${publicUrl}/j/${code}#key=${facilitatorKey}` : undefined,
  };
}
