import type { Logger } from 'pino';
import type { ErrorDetail } from '../core/protocol/errors.ts';
import type { SitePack } from '../core/site/schema.ts';
import type { SceneBundle } from '../core/site/scene-schema.ts';
import type { Config } from './config.ts';
import type { RateLimits } from './security/rate-limits.ts';
import type { Storage } from './storage/storage.ts';
import type { PresenceRegistry } from './sync/presence.ts';
import type { SiteHub } from './sync/site-hub.ts';
import type { GongjianIo } from './sync/types.ts';

/** The running server's parts, handed to handlers and routes. */
export interface ServerContext {
  config: Config;
  log: Logger;
  storage: Storage;
  sites: Map<string, SitePack>;
  /** the 3D side of each site (layers, option scenes), by site id */
  scenes: Map<string, SceneBundle>;
  /** packs refused at start, by folder name (the id they should have): what is wrong with each */
  refusedSites: Map<string, ErrorDetail[]>;
  hubs: Map<string, SiteHub>;
  limits: RateLimits;
  presence: PresenceRegistry;
  io: GongjianIo;
  /** origin for links and QR codes: PUBLIC_URL or the listening address */
  publicUrl: () => string;
  startedAt: number;
}
