import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { joinSessionTwin, readTwinStats, twinCanvas, TwinApp, waitForSteadyTwin } from './twin-helpers.ts';
import type { Page } from 'playwright-core';

/** Poses travel at most 10 a second and a SwiftShader frame on a busy machine takes a few
 * hundred ms: a follower gets there within seconds, not at once. */
const POLL_MS = 60_000;
/** The follower lands where the facilitator is, give or take a rounding of the pose on the wire. */
const SAME_PLACE_METRES = 0.5;

async function cameraOf(page: Page): Promise<{ x: number; y: number; z: number }> {
  const stats = await readTwinStats(page);
  if (!stats) throw new Error('the twin publishes no stats');
  return stats.camera;
}

/** The camera once it has stopped moving (an orbit eases out for a moment after a drag). */
async function stillCamera(page: Page): Promise<{ x: number; y: number; z: number }> {
  let last = await cameraOf(page);
  for (let tries = 0; tries < 60; tries++) {
    await page.waitForTimeout(1000);
    const now = await cameraOf(page);
    if (Math.hypot(now.x - last.x, now.y - last.y, now.z - last.z) < 1e-4) return now;
    last = now;
  }
  throw new Error('the camera never came to rest');
}

async function cameraDistance(a: Page, b: Page): Promise<number> {
  const [p, q] = [await cameraOf(a), await cameraOf(b)];
  return Math.hypot(p.x - q.x, p.y - q.y, p.z - q.z);
}

describe('following the facilitator in 3D', () => {
  let app: TwinApp;
  let code: string;
  let facilitatorKey: string;
  beforeAll(async () => {
    app = await TwinApp.start();
    ({ code, facilitatorKey } = await app.server.createSession('Lingyan South Road · hearing'));
  });
  afterAll(async () => app?.stop());

  it('gives a follower the facilitator’s option and camera, until they move the view themself', async () => {
    const host = await app.phone();
    await host.page.goto(`${app.url}/j/${code}?tab=twin#key=${facilitatorKey}`);
    await host.page.locator('.connection[data-status="online"]').waitFor();
    await twinCanvas(host.page).waitFor();
    await waitForSteadyTwin(host.page);

    const li = await app.phone();
    await joinSessionTwin(li.page, app.url, code);
    const follow = li.page.getByRole('button', { name: 'Follow the facilitator' });
    await follow.click();
    expect(await follow.getAttribute('aria-pressed')).toBe('true');
    await li.page.getByRole('status').filter({ hasText: 'Following the view of' }).waitFor({ timeout: POLL_MS });

    // the facilitator shows option B from the garden corner
    await host.page.getByRole('radio', { name: 'Option B: Shared street' }).check();
    await host.page.getByRole('button', { name: 'Garden corner' }).click();

    const liOptionB = li.page.getByRole('radio', { name: 'Option B: Shared street' });
    await expect.poll(() => liOptionB.isChecked(), { timeout: POLL_MS }).toBe(true);
    await expect.poll(() => cameraDistance(host.page, li.page), { timeout: POLL_MS, interval: 500 }).toBeLessThan(SAME_PLACE_METRES);

    // Li drags the view herself: following stops, and she is told why
    await twinCanvas(li.page).scrollIntoViewIfNeeded();
    const box = (await twinCanvas(li.page).boundingBox())!;
    const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
    await li.page.mouse.move(x, y);
    await li.page.mouse.down();
    await li.page.mouse.move(x + 60, y, { steps: 5 });
    await li.page.mouse.up();
    await li.page.getByText('You moved the view yourself, so following has stopped.', { exact: false }).waitFor({ timeout: POLL_MS });
    expect(await follow.getAttribute('aria-pressed')).toBe('false');

    // …and the facilitator's next move no longer moves her
    const liBefore = await stillCamera(li.page);
    await host.page.getByRole('button', { name: 'Kindergarten gate' }).click();
    await expect.poll(async () => (await cameraOf(host.page)).x !== liBefore.x || (await cameraOf(host.page)).z !== liBefore.z, { timeout: POLL_MS }).toBe(true);
    await stillCamera(host.page);
    const liAfter = await stillCamera(li.page);
    expect(Math.hypot(liAfter.x - liBefore.x, liAfter.y - liBefore.y, liAfter.z - liBefore.z)).toBeLessThan(0.01);

    await host.context.close();
    await li.context.close();
  });
});
