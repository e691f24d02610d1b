/**
 * Screenshots of the landing and session screens at 360×640 in zh-CN and English, saved as
 * artifacts for a person to open and look at. Runs the real server on the built client:
 *
 *   npx vite build && npx tsx test/e2e/screenshots.ts      (E2E_ARTIFACTS=dir to choose where)
 *
 * Fails (exit 1) when a screen does not reach the state it is meant to show.
 */
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { startTestServer } from '../helpers/test-server.ts';
import { launchChromium, newPhoneContext } from './chromium.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const OUT = path.resolve(process.env.E2E_ARTIFACTS ?? path.join(ROOT, 'test-results/e2e'));

if (!existsSync(path.join(ROOT, 'dist/client/index.html'))) throw new Error('build the client first: npx vite build');
mkdirSync(OUT, { recursive: true });

const server = await startTestServer({ STORAGE: 'memory' });
// Chromium may resolve "localhost" to ::1 while the server listens on 127.0.0.1
const base = server.url.replace('localhost', '127.0.0.1');
const { code } = await server.createSession('灵岩南路 · 第一次听证会');
const browser = await launchChromium();

async function save(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(OUT, `${name}.png`) });
  await page.screenshot({ path: path.join(OUT, `${name}-full.png`), fullPage: true });
  console.log(`saved ${name}`);
}

async function switchLanguage(page: Page, to: 'zh-CN' | 'en'): Promise<void> {
  await page.locator('.language-switch').click();
  await page.waitForFunction((lang) => document.documentElement.lang === lang, to);
}

try {
  const page = await (await newPhoneContext(browser)).newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (err) => pageErrors.push(err.message));
  await page.goto(base + '/');
  await page.locator('#join-code').waitFor();
  await save(page, 'landing-zh-CN');
  await switchLanguage(page, 'en');
  await save(page, 'landing-en');

  await page.locator('#join-code').fill(code);
  await page.locator('#display-name').fill('Mrs Wang');
  await page.locator('form button[type=submit]').click();
  await page.locator('.connection[data-status=online]').waitFor({ timeout: 15_000 });
  await save(page, 'session-en');
  await switchLanguage(page, 'zh-CN');
  await save(page, 'session-zh-CN');
  console.log(`artifacts in ${OUT}`);
  if (pageErrors.length) {
    console.error('errors in the page:', pageErrors);
    process.exitCode = 1;
  }
} catch (err) {
  console.error(err);
  process.exitCode = 1;
} finally {
  await browser.close();
  await server.stop();
}
