import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppFixture, seriousAxeViolations, type Language } from './app-fixture.ts';

describe('landing and joining in a real browser', () => {
  let app: AppFixture;
  beforeAll(async () => {
    app = await AppFixture.start();
  });
  afterAll(async () => app?.stop());

  it('loads light: no three.js and at most 200 KB of gzipped JavaScript', async () => {
    const { context, page } = await app.phone();
    const scripts: { url: string; body: Buffer }[] = [];
    page.on('response', async (res) => {
      if (res.request().resourceType() === 'script') scripts.push({ url: res.url(), body: await res.body() });
    });
    await page.goto(app.url, { waitUntil: 'networkidle' });
    expect(scripts.length).toBeGreaterThan(0);
    const gzipped = scripts.reduce((sum, s) => sum + gzipSync(s.body).length, 0);
    console.log(`landing JavaScript: ${scripts.length} files, ${(gzipped / 1024).toFixed(1)} KB gzipped`);
    expect(gzipped).toBeLessThanOrEqual(200 * 1024);
    for (const s of scripts) expect(s.body.toString('utf8')).not.toContain('WebGLRenderer');
    await context.close();
  });

  it.each<Language>(['zh-CN', 'en'])('has no serious accessibility violations on the landing (%s), screenshot saved', async (language) => {
    const { context, page } = await app.phone(language);
    await page.goto(app.url);
    await page.locator('#join-code').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(language);
    await app.screenshot(page, `landing-${language}`);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await context.close();
  });

  it('lets a facilitator create a session and a resident join it by typing the code', async () => {
    const facilitator = await app.phone('zh-CN');
    await facilitator.page.goto(app.url);
    await facilitator.page.locator('details summary', { hasText: '组织者' }).click();
    await facilitator.page.locator('#create-title').fill('口袋花园 听证会');
    await facilitator.page.locator('form', { has: facilitator.page.locator('#create-title') }).locator('button[type=submit]').click();
    const code = (await facilitator.page.locator('.join-code').textContent())!.trim();
    expect(code).toMatch(/^\d{6}$/);

    const resident = await app.phone('zh-CN');
    await resident.page.goto(app.url);
    await resident.page.locator('#join-code').fill(code);
    await resident.page.locator('#display-name').fill('王阿姨');
    await resident.page.locator('#join-code').press('Enter');
    await resident.page.getByRole('heading', { name: '口袋花园 听证会' }).waitFor();
    // who is here has its own section on a phone
    await resident.page.getByRole('navigation', { name: '讨论的各个部分' }).getByRole('link', { name: '在场' }).click();
    await resident.page.getByText('王阿姨').first().waitFor();
    await facilitator.context.close();
    await resident.context.close();
  });

  it('tells a resident clearly when the code is wrong', async () => {
    const { context, page } = await app.phone('en');
    const wrong = (await app.server.createSession()).code === '999999' ? '999998' : '999999';
    await page.goto(`${app.url}/j/${wrong}`);
    await page.getByText(/code/i).first().waitFor();
    await app.screenshot(page, 'wrong-code-en');
    expect(await page.locator('main').textContent()).toMatch(/no session|code/i);
    await context.close();
  });
});
