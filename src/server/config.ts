import path from 'node:path';
import { z } from 'zod';

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().default('0.0.0.0'),
  DATA_DIR: z.string().default('./data'),
  /** 'memory' keeps nothing on disk: for tests and throwaway demos only */
  STORAGE: z.enum(['sqlite', 'memory']).default('sqlite'),
  SITES_DIR: z.string().default('./public/sites'),
  CLIENT_DIR: z.string().default('./dist/client'),
  PUBLIC_URL: z.url().optional(),
  ADMIN_TOKEN: z.string().min(16, 'ADMIN_TOKEN must be at least 16 characters').optional(),
  ALLOWED_ORIGINS: z.string().default(''),
  TLS_CERT: z.string().optional(),
  TLS_KEY: z.string().optional(),
  HTTPS_SELF_SIGNED: z.enum(['0', '1', 'true', 'false']).default('0'),
  DEMO_SITE: z.string().default('lingyan-south-road'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  RATE_LIMIT_OPS: positiveInt(60),
  RATE_LIMIT_OPS_WINDOW_S: positiveInt(10),
  RATE_LIMIT_JOIN_FAILURES: positiveInt(5),
  RATE_LIMIT_JOIN_FAILURES_PER_CODE: positiveInt(20),
  RATE_LIMIT_JOIN_FAILURES_GLOBAL: positiveInt(600),
  RATE_LIMIT_JOIN_WINDOW_S: positiveInt(60),
  POSES_PER_SECOND: positiveInt(10),
  MAX_MESSAGE_BYTES: positiveInt(32 * 1024),
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  storage: 'sqlite' | 'memory';
  sitesDir: string;
  clientDir: string;
  /** origin used in join links and QR codes; when unset, derived from the listening address */
  publicUrl: string | null;
  adminToken: string | null;
  allowedOrigins: string[];
  tls: { certFile: string; keyFile: string } | { selfSigned: true } | null;
  demoSite: string;
  logLevel: z.infer<typeof EnvSchema>['LOG_LEVEL'];
  rateLimits: {
    ops: { points: number; windowS: number };
    joinFailures: { perIdentity: number; perCode: number; global: number; windowS: number };
    posesPerSecond: number;
  };
  maxMessageBytes: number;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads configuration from environment variables (all optional; see README). */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  // `FOO=` in a shell or .env file means "not set", not "set to the empty string"
  const given = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = EnvSchema.safeParse(given);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  if (Boolean(e.TLS_CERT) !== Boolean(e.TLS_KEY)) throw new ConfigError('TLS_CERT and TLS_KEY must be set together');
  const selfSigned = e.HTTPS_SELF_SIGNED === '1' || e.HTTPS_SELF_SIGNED === 'true';
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.DATA_DIR),
    storage: e.STORAGE,
    sitesDir: path.resolve(e.SITES_DIR),
    clientDir: path.resolve(e.CLIENT_DIR),
    publicUrl: e.PUBLIC_URL ? new URL(e.PUBLIC_URL).origin : null,
    adminToken: e.ADMIN_TOKEN ?? null,
    allowedOrigins: e.ALLOWED_ORIGINS.split(',').map((s) => s.trim()).filter(Boolean),
    tls: e.TLS_CERT && e.TLS_KEY ? { certFile: e.TLS_CERT, keyFile: e.TLS_KEY } : selfSigned ? { selfSigned: true } : null,
    demoSite: e.DEMO_SITE,
    logLevel: e.LOG_LEVEL,
    rateLimits: {
      ops: { points: e.RATE_LIMIT_OPS, windowS: e.RATE_LIMIT_OPS_WINDOW_S },
      joinFailures: {
        perIdentity: e.RATE_LIMIT_JOIN_FAILURES,
        perCode: e.RATE_LIMIT_JOIN_FAILURES_PER_CODE,
        global: e.RATE_LIMIT_JOIN_FAILURES_GLOBAL,
        windowS: e.RATE_LIMIT_JOIN_WINDOW_S,
      },
      posesPerSecond: e.POSES_PER_SECOND,
    },
    maxMessageBytes: e.MAX_MESSAGE_BYTES,
  };
}
