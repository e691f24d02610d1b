import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppFixture, seriousAxeViolations } from './app-fixture.ts';

const PILOT = 'lingyan-south-road';

/** The pilot pack with a mistake a planner might make: a latitude out of range. */
function brokenSitesDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'gongjian-broken-sites-'));
  const pack = path.join(dir, PILOT);
  cpSync(path.resolve('public/sites', PILOT), pack, { recursive: true });
  const site = JSON.parse(readFileSync(path.join(pack, 'site.json'), 'utf8')) as { origin: { lat: number } };
  site.origin.lat = 123;
  writeFileSync(path.join(pack, 'site.json'), JSON.stringify(site));
  return dir;
}

describe('a broken site pack in the browser', () => {
  let app: AppFixture;
  let sitesDir: string;
  beforeAll(async () => {
    sitesDir = brokenSitesDir();
    app = await AppFixture.start({ SITES_DIR: sitesDir });
  });
  afterAll(async () => {
    await app?.stop();
    rmSync(sitesDir, { recursive: true, force: true });
  });

  it('shows what is wrong on the site’s 3D page, by JSON path, in both languages', async () => {
    const { context, page } = await app.phone('zh-CN');
    await page.goto(`${app.url}/twin/${PILOT}`);
    const alert = page.getByRole('alert');
    await alert.getByRole('heading', { name: `场地“${PILOT}”的数据有错误，暂时打不开。` }).waitFor();
    await alert.getByRole('definition').filter({ hasText: '<=90' }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await app.screenshot(page, 'refused-site-twin-zh');

    await page.getByRole('button', { name: 'English' }).click();
    await alert.getByRole('heading', { name: `The data of the site “${PILOT}” has errors, so it cannot be opened.` }).waitFor();
    await context.close();
  });

  it('tells whoever creates a session why the site is missing', async () => {
    const { context, page } = await app.phone('en');
    await page.goto(app.url);
    await page.locator('details summary', { hasText: 'facilitators' }).click();
    await page.getByText('This server has no sites yet.').waitFor();
    await page.getByRole('term').filter({ hasText: 'origin.lat' }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await app.screenshot(page, 'refused-site-create-en');
    await context.close();
  });
});
