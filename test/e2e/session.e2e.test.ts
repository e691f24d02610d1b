import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import { TestClient } from '../helpers/test-client.ts';
import { AppFixture, seriousAxeViolations, type Language } from './app-fixture.ts';

/** Writes a pin from the session screen, in zh-CN, at a named place. */
async function writePin(page: Page, text: string, place = '公交站'): Promise<void> {
  await page.getByRole('button', { name: '写一条意见' }).click();
  await page.locator('.category-choice label', { hasText: '建议' }).click();
  await page.locator('.named-places label', { hasText: place }).click();
  // typed last, as people do: the tap on "send" then also takes the focus from the text box
  await page.getByLabel('您的意见').fill(text);
  await page.getByRole('button', { name: '发送意见' }).click();
}

/** Changes waiting in the page's IndexedDB outbox. */
function pendingInOutbox(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('gongjian-outbox');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const count = open.result.transaction('pending').objectStore('pending').count();
          count.onsuccess = () => resolve(count.result);
          count.onerror = () => reject(count.error);
        };
      }),
  );
}

const question = (page: Page, prompt: string) => page.locator('article.question', { hasText: prompt });

/** A phone shows one section at a time: picks one in the bottom bar. */
const openSection = (page: Page, name: string) => page.getByRole('navigation', { name: '讨论的各个部分' }).getByRole('link', { name }).click();

describe('a session in two browsers', () => {
  let app: AppFixture;
  let code: string;
  let facilitatorKey: string;

  beforeAll(async () => {
    app = await AppFixture.start();
    ({ code, facilitatorKey } = await app.server.createSession('灵岩南路 · 第一次听证会'));
  });
  afterAll(async () => app?.stop());

  const join = async (language: Language = 'zh-CN', asFacilitator = false) => {
    const phone = await app.phone(language);
    await phone.page.goto(`${app.url}/j/${code}${asFacilitator ? `#key=${facilitatorKey}` : ''}`);
    await phone.page.locator('.connection[data-status="online"]').waitFor();
    return phone;
  };

  it('shows an annotation made in one browser in the other', async () => {
    const wang = await join();
    const li = await join();
    await writePin(wang.page, '公交站这里需要一个遮雨棚');
    await li.page.getByText('公交站这里需要一个遮雨棚').waitFor();
    await wang.page.getByText('公交站这里需要一个遮雨棚').waitFor();
    await wang.context.close();
    await li.context.close();
  });

  it('updates the tally in both browsers, keeping it hidden until the facilitator reveals it', async () => {
    const prompt = '您更喜欢哪个方案？';
    const facilitator = await join('zh-CN', true);
    const wang = await join();
    const li = await join();
    for (const p of [facilitator, wang, li]) await openSection(p.page, '投票');

    await question(wang.page, prompt).locator('label', { hasText: '方案A：花园街道' }).click();
    await question(wang.page, prompt).getByRole('button', { name: '提交投票' }).click();
    await question(facilitator.page, prompt).getByText('1 人已投票').waitFor();
    for (const resident of [wang, li]) {
      await expect.poll(() => question(resident.page, prompt).textContent()).toContain('结果将由组织者公布');
      expect(await question(resident.page, prompt).textContent()).not.toContain('人已投票');
    }

    await question(facilitator.page, prompt).getByRole('button', { name: '向所有人公布结果' }).click();
    for (const resident of [wang, li]) await question(resident.page, prompt).getByText('1 人已投票').waitFor();

    await question(li.page, prompt).locator('label', { hasText: '方案B：共享街道' }).click();
    await question(li.page, prompt).getByRole('button', { name: '提交投票' }).click();
    for (const p of [wang, li, facilitator]) {
      await question(p.page, prompt).getByText('2 人已投票').waitFor();
      await expect.poll(() => question(p.page, prompt).textContent()).toContain('50%');
    }
    for (const p of [facilitator, wang, li]) await p.context.close();
  });

  it('delivers exactly once an annotation written while the connection was cut, across a reload', async () => {
    const wang = await join();
    const li = await join();
    const text = '断网时写的：菜场门口需要自行车停车架';

    app.proxy.cutLiveLink();
    await wang.page.locator('.connection:not([data-status="online"])').waitFor();
    await writePin(wang.page, text, '菜场门口');
    await wang.page.locator('.connection[data-waiting="1"]').waitFor();
    await wang.page.reload();
    // the change waits in IndexedDB through the reload, and has not reached the server
    await expect.poll(() => pendingInOutbox(wang.page)).toBe(1);
    expect(await app.server.ctx.storage.readOps('lingyan-south-road', 0, 100_000)).not.toContainEqual(
      expect.objectContaining({ payload: expect.objectContaining({ text }) }),
    );

    app.proxy.restore();
    await li.page.getByText(text).waitFor({ timeout: 60_000 });
    await wang.page.locator('.connection[data-status="online"][data-waiting="0"]').waitFor({ timeout: 60_000 });
    await expect.poll(() => pendingInOutbox(wang.page)).toBe(0);
    const stored = (await app.server.ctx.storage.readOps('lingyan-south-road', 0, 100_000)).filter(
      (op) => op.type === 'annotation.create' && op.payload.text === text,
    );
    expect(stored).toHaveLength(1);
    await expect.poll(() => li.page.getByText(text).count()).toBe(1);
    await expect.poll(() => wang.page.getByText(text).count()).toBe(1);
    await wang.context.close();
    await li.context.close();
  });

  it('keeps a vote cast while the connection is cut, says it is saved on the phone, and counts it once when back', async () => {
    const prompt = '您更喜欢哪个方案？';
    const zhao = await join();
    await openSection(zhao.page, '投票');
    const ballotsStored = async () =>
      (await app.server.ctx.storage.readOps('lingyan-south-road', 0, 100_000)).filter((op) => op.type === 'ballot.cast').length;
    const before = await ballotsStored();

    app.proxy.cutLiveLink();
    await zhao.page.locator('.connection:not([data-status="online"])').waitFor();
    await question(zhao.page, prompt).locator('label', { hasText: '保持现状' }).click();
    await question(zhao.page, prompt).getByRole('button', { name: '提交投票' }).click();
    // told at once that the vote waits on the phone, not left "sending" until the network returns
    await zhao.page.getByText('您的投票已保存在手机上，连上网络后会自动提交。').waitFor();
    expect(await question(zhao.page, prompt).getByText('正在提交…').count()).toBe(0);
    await question(zhao.page, prompt).getByText('保持现状').first().waitFor();
    await expect.poll(() => pendingInOutbox(zhao.page)).toBe(1);
    expect(await ballotsStored()).toBe(before);
    await app.screenshot(zhao.page, 'ballot-queued-offline');

    app.proxy.restore();
    await zhao.page.locator('.connection[data-status="online"][data-waiting="0"]').waitFor({ timeout: 60_000 });
    await expect.poll(ballotsStored).toBe(before + 1);
    await zhao.context.close();
  });

  it('lists a long map fifty comments at a time, and moves the focus to the first one added', async () => {
    const writer = await TestClient.joined(app.server.url, { code });
    for (let i = 0; i < 60; i++) {
      await writer.commit({
        type: 'annotation.create',
        payload: { id: uuidv7(), position: { lng: 121.5065 + i * 1e-5, lat: 31.159, height: 0 }, category: 'idea', text: `长列表里的第${i}条意见` },
      });
    }
    writer.close();
    const total = (await app.server.ctx.storage.readOps('lingyan-south-road', 0, 100_000)).filter((op) => op.type === 'annotation.create').length;
    const reader = await join();
    const cards = reader.page.locator('.pin-list > li');
    await expect.poll(() => cards.count()).toBe(50);
    await reader.page.getByText(`列出了最新的50条，共${total}条。`).waitFor();
    await reader.page.getByText('长列表里的第59条意见').waitFor(); // newest first
    await reader.page.getByRole('button', { name: `再显示${Math.min(50, total - 50)}条` }).click();
    await expect.poll(() => cards.count()).toBe(Math.min(100, total));
    expect(await cards.nth(50).evaluate((li) => li === document.activeElement)).toBe(true);
    await reader.context.close();
  });

  it.each<Language>(['zh-CN', 'en'])('has no serious accessibility violations on the session screen (%s), screenshots saved', async (language) => {
    const resident = await join(language);
    await app.screenshot(resident.page, `session-${language}`);
    expect(await seriousAxeViolations(resident.page)).toEqual([]);
    const facilitator = await join(language, true);
    await app.screenshot(facilitator.page, `session-facilitator-${language}`);
    expect(await seriousAxeViolations(facilitator.page)).toEqual([]);
    await resident.context.close();
    await facilitator.context.close();
  });
});
