import { pino } from 'pino';
import { startServer } from './app.ts';
import { ConfigError, loadConfig } from './config.ts';
import { prepareDemoSession, sessionLinks } from './sessions/create-session.ts';

/** Entry point: configuration from the environment, the server, the demo session, shutdown. */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(2);
    }
    throw err;
  }
  // JSON lines for log collectors; readable lines for a person watching a terminal
  const log = process.stdout.isTTY
    ? pino({ level: config.logLevel, transport: { target: 'pino-pretty', options: { translateTime: 'HH:MM:ss', ignore: 'pid,hostname' } } })
    : pino({ level: config.logLevel });
  const server = await startServer(config, log);
  const publicUrl = server.ctx.publicUrl();
  log.info({ url: server.url, publicUrl, storage: server.ctx.storage.kind, dataDir: config.dataDir }, 'Gongjian is listening');

  const demo = await prepareDemoSession(server.ctx, config.demoSite);
  if (demo) {
    const links = sessionLinks(publicUrl, demo.session.code, demo.facilitatorKey);
    log.info({ joinCode: demo.session.code, joinUrl: links.joinUrl, facilitatorUrl: links.facilitatorUrl }, 'demo session ready');
  } else {
    log.warn({ site: config.demoSite }, 'demo site not loaded; no demo session');
  }

  const shutdown = (signal: string) => {
    log.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    server.close().then(
      () => process.exit(0),
      (err) => {
        log.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
