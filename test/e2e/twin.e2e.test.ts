import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TwinRenderStats } from '../../src/client/twin/scene/render-stats.ts';
import { ARTIFACTS, seriousAxeViolations } from './app-fixture.ts';
import {
  captureCanvas,
  changedPixelShare,
  lumaVariance,
  PILOT_SITE_ID,
  readPilotSite,
  readTwinStats,
  saveArtifact,
  TwinApp,
  waitForSteadyTwin,
  webglContextState,
} from './twin-helpers.ts';

/** Luma variance: a canvas of one colour has 0, the strip of sky and haze above the street
 * about 30, the pilot street from above about 1,600. */
const MIN_LUMA_VARIANCE = 200;
/** From the opening overview an option repaints around 0.5–1.5 % of the canvas (new beds,
 * young trees, a bike lane, a plaza: small things seen from 130 m up), while the same view drawn
 * twice on SwiftShader repaints nothing at all; the thresholds sit far from both. */
const MIN_OPTION_CHANGE_SHARE = 0.001;
const NOISE_SHARE = 0.0002;
/** Issue 4: the pilot scene with any option at most 150k triangles, pins not counted. */
const MAX_SCENE_TRIANGLES = 150_000;
/** The street is merged per material and instanced per model: tens of draw calls, shadow pass
 * included. One mesh per building (79) or per tree (50) would blow through this. */
const MAX_DRAW_CALLS = 100;

const site = readPilotSite();
const OPTION_IDS = ['existing', 'garden-street', 'shared-street'];

/** Picks an option as a visitor does: its label in the twin's option switcher. */
async function showOption(page: Page, optionId: string): Promise<TwinRenderStats> {
  const name = site.options.find((o) => o.id === optionId)!.name.en;
  await page.locator('.twin-segment', { hasText: name }).click();
  await expect.poll(() => page.getByRole('radio', { name }).isChecked()).toBe(true);
  return waitForSteadyTwin(page);
}

describe('the 3D twin on its standalone route', () => {
  let app: TwinApp;
  beforeAll(async () => {
    app = await TwinApp.start();
    mkdirSync(ARTIFACTS, { recursive: true });
  });
  afterAll(async () => app?.stop());

  const openTwin = async (query = '', size: 'desktop' | 'phone' = 'desktop') => {
    const tab = size === 'phone' ? await app.phone('en') : await app.desktop('en');
    await tab.page.goto(`${app.url}/twin/${PILOT_SITE_ID}${query}`);
    await waitForSteadyTwin(tab.page);
    return tab;
  };

  it('draws the street, not a blank canvas, on a live WebGL2 context', async () => {
    const { context, page } = await openTwin();
    const { image } = await captureCanvas(page);
    expect(lumaVariance(image)).toBeGreaterThan(MIN_LUMA_VARIANCE);

    expect(await seriousAxeViolations(page)).toEqual([]);
    const gl = await webglContextState(page);
    expect(gl).toEqual({ present: true, lost: false, sameOnSecondCall: true, powerPreference: 'high-performance' });
    // and it keeps drawing on it
    const before = (await readTwinStats(page))!.frames;
    await expect.poll(async () => (await readTwinStats(page))!.frames).toBeGreaterThan(before);
    await context.close();
  });

  it('draws a still street about once a second, and every frame while the camera moves', async () => {
    const { context, page } = await openTwin('', 'phone');
    const framesIn = async (ms: number) => {
      const before = (await readTwinStats(page))!.frames;
      await page.waitForTimeout(ms);
      return (await readTwinStats(page))!.frames - before;
    };
    const idle = await framesIn(4000);
    // walking forward with a held key: the rig moves the camera every frame
    await page.locator('.twin-viewport').focus();
    await page.keyboard.down('ArrowUp');
    const walking = await framesIn(3000);
    await page.keyboard.up('ArrowUp');
    console.log(`twin frames: ${idle} in 4 s still, ${walking} in 3 s walking`);
    expect(idle).toBeLessThanOrEqual(6);
    expect(walking / 3).toBeGreaterThan((2 * idle) / 4);
    await context.close();
  });

  it('shows a different street for each option from the same camera, and saves a screenshot of each', async () => {
    const { context, page } = await openTwin();
    const shots = new Map<string, Awaited<ReturnType<typeof captureCanvas>>>();
    for (const optionId of OPTION_IDS) {
      const stats = await showOption(page, optionId);
      const shot = await captureCanvas(page);
      shots.set(optionId, shot);
      saveArtifact(`twin-${optionId}`, shot.png);
      console.log(`twin ${optionId} with shadows: ${stats.calls} draw calls, ${stats.triangles} triangles`);
      expect(stats.calls).toBeLessThanOrEqual(MAX_DRAW_CALLS);
      expect(lumaVariance(shot.image)).toBeGreaterThan(MIN_LUMA_VARIANCE);
    }
    // back to today's street: the same picture again, so what differed was the option
    await showOption(page, 'existing');
    const again = await captureCanvas(page);
    const existing = shots.get('existing')!.image;
    const noise = changedPixelShare(existing, again.image);
    const garden = changedPixelShare(existing, shots.get('garden-street')!.image);
    const shared = changedPixelShare(existing, shots.get('shared-street')!.image);
    console.log(`changed pixels vs today's street: garden ${(garden * 100).toFixed(2)}%, shared ${(shared * 100).toFixed(2)}%, redrawn ${(noise * 100).toFixed(3)}%`);
    expect(noise).toBeLessThan(NOISE_SHARE);
    expect(garden).toBeGreaterThan(MIN_OPTION_CHANGE_SHARE);
    expect(shared).toBeGreaterThan(MIN_OPTION_CHANGE_SHARE);
    expect(await webglContextState(page)).toMatchObject({ present: true, lost: false });
    await context.close();
  });

  it('keeps the pilot scene within 150k triangles with any option, shadow pass not counted', async () => {
    // The published triangles include the shadow pass. With the sun below the horizon (a winter
    // evening) the sun casts no shadows and three.js skips that pass, leaving the scene's own
    // triangles. Culling does not lower them (merged and instanced meshes span the site), so a
    // phone-sized canvas counts the same triangles as a projector's, and draws them faster.
    const { context, page } = await openTwin('?season=winter&time=19:00', 'phone');
    await page.getByText('The sun is below the horizon').waitFor();
    for (const optionId of OPTION_IDS) {
      const stats = await showOption(page, optionId);
      console.log(`twin ${optionId}, no shadow pass: ${stats.calls} draw calls, ${stats.triangles} triangles`);
      expect(stats.triangles).toBeGreaterThan(0);
      expect(stats.triangles).toBeLessThanOrEqual(MAX_SCENE_TRIANGLES);
      expect(stats.calls).toBeLessThanOrEqual(MAX_DRAW_CALLS);
    }
    await context.close();
  });
});
