import express, { type NextFunction, type Request, type Response } from 'express';
import QRCode from 'qrcode';
import { z } from 'zod';
import { JoinCodeSchema } from '../../core/protocol/messages.ts';
import { TitleSchema } from '../../core/protocol/primitives.ts';
import { PROTOCOL_VERSION } from '../../core/protocol/version.ts';
import { protocolError, type ErrorCode } from '../../core/protocol/errors.ts';
import type { ServerContext } from '../context.ts';
import { createSession, sessionLinks, UnknownSiteError } from '../sessions/create-session.ts';
import { secretMatches, hashSecret } from '../sessions/secrets.ts';
import { APP_VERSION } from '../version.ts';

const CreateSessionSchema = z
  .object({ siteId: z.string().min(1).max(40), title: TitleSchema.optional() })
  .strict();

const STATUS: Partial<Record<ErrorCode, number>> = { BAD_REQUEST: 400, UNAUTHORIZED: 401, NOT_FOUND: 404, INTERNAL: 500, SITE_UNAVAILABLE: 503 };

function fail(res: Response, code: ErrorCode, message: string, details?: { path: string; message: string }[]) {
  res.status(STATUS[code] ?? 400).json({ error: protocolError(code, message, details ? { details } : undefined) });
}

/** A site that is not loaded: refused at start (with its problems), or unknown. */
function failUnknownSite(res: Response, ctx: ServerContext, siteId: string) {
  const problems = ctx.refusedSites.get(siteId);
  if (problems) return fail(res, 'SITE_UNAVAILABLE', `the site pack "${siteId}" was refused when the server started`, problems);
  fail(res, 'NOT_FOUND', 'unknown site');
}

/** REST: health, sites, session creation, QR codes. Everything live goes over socket.io. */
export function apiRoutes(ctx: ServerContext): express.Router {
  const api = express.Router();
  api.use(express.json({ limit: '16kb' }));

  api.get('/health', async (_req, res) => {
    const storageOk = await ctx.storage.ping().catch(() => false);
    res.status(storageOk ? 200 : 503).json({
      status: storageOk ? 'ok' : 'degraded',
      version: APP_VERSION,
      protocolVersion: PROTOCOL_VERSION,
      storage: { kind: ctx.storage.kind, ok: storageOk },
      sites: [...ctx.sites.keys()],
      uptimeSeconds: Math.round((Date.now() - ctx.startedAt) / 1000),
    });
  });

  api.get('/sites', (_req, res) => {
    res.json({
      sites: [...ctx.sites.values()].map((s) => ({ id: s.id, name: s.name, district: s.district ?? null })),
      // packs that could not be loaded, so whoever creates a session learns why one is missing
      refused: [...ctx.refusedSites].map(([id, problems]) => ({ id, problems })),
    });
  });

  api.get('/sites/:id', (req, res) => {
    const site = ctx.sites.get(req.params.id);
    if (!site) return failUnknownSite(res, ctx, req.params.id);
    res.json(site);
  });

  // Everything the 3D twin draws beyond site.json, validated when the server started.
  api.get('/sites/:id/scene', (req, res) => {
    const scene = ctx.scenes.get(req.params.id);
    if (!scene) return failUnknownSite(res, ctx, req.params.id);
    res.set('cache-control', 'public, max-age=300').json(scene);
  });

  api.post('/sessions', async (req, res) => {
    if (!adminAllowed(ctx, req)) return fail(res, 'UNAUTHORIZED', 'an admin token is required to create sessions');
    const parsed = CreateSessionSchema.safeParse(req.body ?? {});
    if (!parsed.success) {
      return fail(res, 'BAD_REQUEST', 'invalid body', parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })));
    }
    const site = ctx.sites.get(parsed.data.siteId);
    const title = parsed.data.title ?? (site ? `${site.name.zh} · ${new Date().toISOString().slice(0, 10)}` : '');
    try {
      const created = await createSession(ctx, { siteId: parsed.data.siteId, title });
      const links = sessionLinks(ctx.publicUrl(), created.session.code, created.facilitatorKey);
      ctx.log.info({ session: created.session.id, site: created.session.siteId }, 'session created');
      res.status(201).json({
        session: created.session,
        facilitatorKey: created.facilitatorKey,
        ...links,
        qr: { svg: `/api/qr/${created.session.code}.svg`, png: `/api/qr/${created.session.code}.png` },
      });
    } catch (err) {
      if (err instanceof UnknownSiteError) return fail(res, 'NOT_FOUND', err.message);
      throw err;
    }
  });

  // The QR encodes the join link of any well-formed code without looking it up, so it tells a
  // guesser nothing about which codes exist.
  api.get('/qr/:file', async (req, res) => {
    const match = /^(\d{6})\.(svg|png)$/.exec(req.params.file);
    if (!match || !JoinCodeSchema.safeParse(match[1]).success) return fail(res, 'BAD_REQUEST', 'expected /api/qr/<six digits>.svg or .png');
    const { joinUrl } = sessionLinks(ctx.publicUrl(), match[1]!);
    const options = { errorCorrectionLevel: 'M' as const, margin: 2 };
    if (match[2] === 'svg') {
      res.type('image/svg+xml').send(await QRCode.toString(joinUrl, { ...options, type: 'svg' }));
    } else {
      res.type('image/png').send(await QRCode.toBuffer(joinUrl, { ...options, type: 'png', width: 512 }));
    }
  });

  api.use((_req, res) => fail(res, 'NOT_FOUND', 'no such API route'));
  api.use((err: unknown, _req: Request, res: Response, _next: NextFunction) => {
    const status = (err as { status?: number }).status;
    if (status && status >= 400 && status < 500) return fail(res, 'BAD_REQUEST', (err as Error).message);
    ctx.log.error({ err }, 'api error');
    fail(res, 'INTERNAL', 'server error');
  });
  return api;
}

function adminAllowed(ctx: ServerContext, req: Request): boolean {
  const expected = ctx.config.adminToken;
  if (!expected) return true; // a local demo: anyone may create sessions
  const given = /^Bearer (.+)$/.exec(req.get('authorization') ?? '')?.[1];
  return given !== undefined && secretMatches(given, hashSecret(expected));
}
