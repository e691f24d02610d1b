import { mkdir } from 'node:fs/promises';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import express from 'express';
import { pino, type Logger } from 'pino';
import { Server } from 'socket.io';
import { protocolError } from '../core/protocol/errors.ts';
import { CLIENT_EVENTS, type ClientToServerEvent } from '../core/protocol/events.ts';
import { HandshakeSchema } from '../core/protocol/messages.ts';
import { PROTOCOL_VERSION } from '../core/protocol/version.ts';
import type { Config } from './config.ts';
import type { ServerContext } from './context.ts';
import { replier } from './handlers/guard.ts';
import { registerJoin } from './handlers/join.ts';
import { registerSessionEvents } from './handlers/session-events.ts';
import { apiRoutes } from './http/api-routes.ts';
import { staticClient } from './http/static-client.ts';
import { loadTls } from './http/tls.ts';
import { originAllowed } from './security/origin.ts';
import { RateLimits } from './security/rate-limits.ts';
import { loadSites, refusedSitesOf } from './sites/load-sites.ts';
import { readModelIds } from './sites/load-scene.ts';
import { fileURLToPath } from 'node:url';
import compression from 'compression';
import { openStorage } from './storage/open-storage.ts';
import { PresenceRegistry } from './sync/presence.ts';
import { SiteHub } from './sync/site-hub.ts';
import type { GongjianIo } from './sync/types.ts';

export interface RunningServer {
  ctx: ServerContext;
  /** origin the server listens on, e.g. http://localhost:8080 */
  url: string;
  port: number;
  close(): Promise<void>;
}

/**
 * WebSocket compression for large messages only: a join's map or a catch-up (10,000 comments are
 * 4.5 MB of JSON, several seconds on a phone's network, and shrink several times), never the
 * small broadcasts a hearing sends all the time. No context is kept between messages and the
 * window is small, so a connection holds tens of KB for it, not hundreds.
 */
const LARGE_MESSAGES_DEFLATED = {
  threshold: 16 * 1024,
  serverNoContextTakeover: true,
  clientNoContextTakeover: true,
  serverMaxWindowBits: 12,
  zlibDeflateOptions: { memLevel: 5, level: 6 },
};

/** Wires storage, sites, socket.io and HTTP together and starts listening. */
export async function startServer(config: Config, log: Logger = pino({ level: config.logLevel })): Promise<RunningServer> {
  await mkdir(config.dataDir, { recursive: true });
  const storage = await openStorage(
    config.storage === 'memory' ? { kind: 'memory' } : { kind: 'sqlite', file: path.join(config.dataDir, 'gongjian.sqlite') },
  );
  const modelIds = await readModelIds(fileURLToPath(new URL('../../public/models/manifest.json', import.meta.url)));
  const { sites, scenes, errors } = await loadSites(config.sitesDir, modelIds);
  for (const e of errors) log.error({ dir: e.dir, problems: e.messages }, 'site pack refused');

  const app = express();
  app.disable('x-powered-by');
  // GeoJSON scenes and the client bundle shrink several times: it matters on a weak phone network
  app.use(compression());
  const tls = await loadTls(config);
  const httpServer = tls ? https.createServer(tls, app) : http.createServer(app);
  const io: GongjianIo = new Server(httpServer, {
    maxHttpBufferSize: config.maxMessageBytes,
    serveClient: false,
    perMessageDeflate: LARGE_MESSAGES_DEFLATED,
  });
  const extraOrigins = [...config.allowedOrigins, ...(config.publicUrl ? [config.publicUrl] : [])];

  let listeningUrl = '';
  const ctx: ServerContext = {
    config,
    log,
    storage,
    sites,
    scenes,
    refusedSites: refusedSitesOf(errors),
    hubs: new Map(),
    limits: new RateLimits(config.rateLimits),
    presence: new PresenceRegistry(),
    io,
    publicUrl: () => config.publicUrl ?? listeningUrl,
    startedAt: Date.now(),
  };
  for (const site of sites.values()) ctx.hubs.set(site.id, await SiteHub.open(site, storage, io, log));

  // Refusals here reach the client as connect_error with a typed `data`.
  io.use((socket, next) => {
    const refuse = (code: 'ORIGIN_NOT_ALLOWED' | 'PROTOCOL_MISMATCH', message: string) =>
      next(Object.assign(new Error(code), { data: protocolError(code, message) }));
    const { origin, host } = socket.handshake.headers;
    if (!originAllowed(origin, host, extraOrigins)) return refuse('ORIGIN_NOT_ALLOWED', `pages from ${origin} may not connect`);
    const hs = HandshakeSchema.safeParse(socket.handshake.auth);
    if (!hs.success || hs.data.protocolVersion !== PROTOCOL_VERSION) {
      return refuse('PROTOCOL_MISMATCH', `this server speaks protocol ${PROTOCOL_VERSION}; reload the page`);
    }
    next();
  });
  io.on('connection', (socket) => {
    socket.data.guessKey = `conn:${socket.id}`;
    registerJoin(ctx, socket);
    registerSessionEvents(ctx, socket);
    socket.onAny((event: string, ...args: unknown[]) => {
      if (CLIENT_EVENTS.includes(event as ClientToServerEvent)) return;
      replier(socket, event, args.at(-1))({ ok: false, error: protocolError('UNKNOWN_EVENT', `unknown event "${String(event).slice(0, 40)}"`) });
    });
  });

  app.use('/api', apiRoutes(ctx));
  app.use(staticClient(config.clientDir));

  await new Promise<void>((resolve) => httpServer.listen(config.port, config.host, resolve));
  const port = (httpServer.address() as AddressInfo).port;
  const shownHost = ['0.0.0.0', '::'].includes(config.host) ? 'localhost' : config.host;
  listeningUrl = `${tls ? 'https' : 'http'}://${shownHost}:${port}`;

  let closing: Promise<void> | null = null;
  const close = () =>
    (closing ??= (async () => {
      await new Promise<void>((resolve) => io.close(() => resolve()));
      for (const hub of ctx.hubs.values()) await hub.drain();
      await storage.close();
    })());
  return { ctx, url: listeningUrl, port, close };
}
