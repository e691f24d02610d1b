import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';
import { TcpProxy } from '../helpers/tcp-proxy.ts';
import { launchChromium, newPhoneContext } from './chromium.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
export const ARTIFACTS = path.resolve(process.env.E2E_ARTIFACTS ?? path.join(ROOT, 'test-results/e2e'));
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export type Language = 'zh-CN' | 'en';

/** A page in a fresh browser context, reading `language` unless the person picks another, with
 * the page's uncaught errors in the test output. */
export async function pageIn(context: BrowserContext, language: Language): Promise<{ context: BrowserContext; page: Page }> {
  await context.addInitScript((lang) => {
    if (!localStorage.getItem('gj.language')) localStorage.setItem('gj.language', lang);
  }, language);
  const page = await context.newPage();
  page.on('pageerror', (err) => console.error('page error:', err.message));
  return { context, page };
}

/**
 * The real server (temporary SQLite) on the built client, reached through a TCP proxy that a
 * test can cut, plus one Chromium. Pages are phones (360×640) unless told otherwise.
 */
export class AppFixture {
  private constructor(
    readonly server: TestServer,
    readonly proxy: TcpProxy & { port: number },
    readonly browser: Browser,
  ) {}

  /** `env`: server settings beyond the defaults (another SITES_DIR, say). */
  static async start(env: Record<string, string> = {}): Promise<AppFixture> {
    const server = await startTestServer({ CLIENT_DIR: path.join(ROOT, 'dist/client'), ...env });
    const proxy = await TcpProxy.start(server.port);
    const browser = await launchChromium();
    mkdirSync(ARTIFACTS, { recursive: true });
    return new AppFixture(server, proxy, browser);
  }

  /** Where browsers go: through the proxy, so tests can cut the connection. */
  get url(): string {
    return `http://127.0.0.1:${this.proxy.port}`;
  }

  /** A fresh phone (its own storage: another person) with the language chosen up front. */
  async phone(language: Language = 'zh-CN'): Promise<{ context: BrowserContext; page: Page }> {
    return pageIn(await newPhoneContext(this.browser), language);
  }

  async screenshot(page: Page, name: string): Promise<void> {
    await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });
    await page.screenshot({ path: path.join(ARTIFACTS, `${name}-full.png`), fullPage: true });
  }

  async stop(): Promise<void> {
    await this.browser.close();
    await this.proxy.close();
    await this.server.stop();
  }
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/** Runs axe-core in the page; returns the serious and critical violations. */
export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run()).violations;
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
