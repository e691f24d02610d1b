import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, seriousAxeViolations } from './app-fixture.ts';
import {
  bluePixelCentre,
  bluePixelsNear,
  captureCanvas,
  findBareGround,
  findDeep,
  joinSessionTwin,
  PILOT_SITE_ID,
  pinCountOf,
  recordReceivedEvents,
  saveArtifact,
  showSection,
  tapCanvas,
  twinCanvas,
  TwinApp,
  type CanvasSpot,
} from './twin-helpers.ts';

/** Where to look for open ground on a phone's opening overview: first the patches between
 * the blocks found there by hand, then an even grid over the middle of the canvas (a changed
 * layout or pack moves them). The standalone route's pick readout says which is bare ground.
 * Kept away from the edges, where the phone's bottom bar covers the canvas. */
const GROUND_CANDIDATES: CanvasSpot[] = [
  { x: 0.35, y: 0.75 },
  { x: 0.65, y: 0.5 },
  ...Array.from({ length: 7 * 5 }, (_, i) => ({ x: 0.2 + (i % 7) * 0.1, y: 0.3 + Math.floor(i / 7) * 0.1 })),
];
/** The readout prints 6 decimals: the stored position may differ by half of the last one. */
const READOUT_ROUNDING = 5e-7;
/** The same pin seen in two places must be the same number, give or take float printing. */
const SAME_PLACE = 1e-7;
/** Polls wait this long: a commit and a few SwiftShader frames, on a busy machine. */
const POLL_MS = 20_000;

type StoredAnnotation = { id: string; position: { lng: number; lat: number; height: number; objectId?: string } };
type ReceivedCreate = { payload: { position: { lng: number; lat: number } } };

let app: TwinApp;

/** The annotation.create op with this text, once the server has committed it. */
async function storedAnnotation(text: string): Promise<StoredAnnotation> {
  let found: StoredAnnotation | undefined;
  await expect
    .poll(
      async () => {
        const ops = await app.server.ctx.storage.readOps(PILOT_SITE_ID, 0, 100_000);
        found = ops.find((op) => op.type === 'annotation.create' && op.payload.text === text)?.payload as StoredAnnotation | undefined;
        return found;
      },
      { timeout: POLL_MS },
    )
    .toBeDefined();
  return found!;
}

describe('pins in a session’s 3D view', () => {
  let code: string;
  beforeAll(async () => {
    app = await TwinApp.start();
    ({ code } = await app.server.createSession('Lingyan South Road · 3D hearing'));
    mkdirSync(ARTIFACTS, { recursive: true });
  });
  afterAll(async () => app?.stop());

  // Two phones. A phone shows one section at a time and a hidden 3D section stops drawing, so
  // each step below has at most one twin drawing: SwiftShader on two cores can afford one.
  it('makes a pin where the ground is tapped, which a second browser sees at the same lng/lat and opens by a tap', async () => {
    const wang = await app.phone();
    await joinSessionTwin(wang.page, app.url, code);
    const canvas = (await twinCanvas(wang.page).boundingBox())!;
    await showSection(wang.page, 'Comments');
    const ground = await findBareGround(app, canvas, GROUND_CANDIDATES);

    const li = await app.phone();
    const liReceived = recordReceivedEvents(li.page);
    await joinSessionTwin(li.page, app.url, code);
    expect(await pinCountOf(li.page)).toBe(0);
    const liBefore = await captureCanvas(li.page);
    await showSection(li.page, 'Comments');

    // Wang taps the ground: the comments open with the composer, that spot as its place
    await showSection(wang.page, '3D');
    await tapCanvas(wang.page, ground.spot);
    await wang.page.getByText(/Place: A spot chosen in 3D/).waitFor();
    const text = 'A shaded bench here, please';
    // the kind is chosen after the text, so the text field has lost focus before Send is
    // pressed: while it has focus the bottom bar steps aside, and the press that takes the focus
    // away brings the bar back and moves the Send button from under the pointer
    await wang.page.getByLabel('Your comment').fill(text);
    await wang.page.locator('.category-choice label', { hasText: 'Idea' }).click();
    await wang.page.getByRole('button', { name: 'Send', exact: true }).click();

    // the server stored it where the tap landed, on the ground rather than on an object
    const stored = await storedAnnotation(text);
    expect(stored.position.objectId).toBeUndefined();
    expect(stored.position.height).toBe(0);
    expect(Math.abs(stored.position.lng - ground.lng)).toBeLessThanOrEqual(READOUT_ROUNDING);
    expect(Math.abs(stored.position.lat - ground.lat)).toBeLessThanOrEqual(READOUT_ROUNDING);

    // Li's phone lists the comment, and got it at the same lng/lat over its own socket
    await li.page.getByText(text).first().waitFor();
    const received = findDeep<ReceivedCreate>(liReceived, (o) => o.type === 'annotation.create' && (o.payload as { id?: string } | undefined)?.id === stored.id);
    expect(received, 'the op reached the second browser over its socket').toBeDefined();
    expect(Math.abs(received!.payload.position.lng - stored.position.lng)).toBeLessThanOrEqual(SAME_PLACE);
    expect(Math.abs(received!.payload.position.lat - stored.position.lat)).toBeLessThanOrEqual(SAME_PLACE);

    // …and its 3D view draws one pin, where Wang tapped: same opening view, a blue marker there
    await showSection(li.page, '3D');
    await expect.poll(() => pinCountOf(li.page), { timeout: POLL_MS }).toBe(1);
    const liAfter = await captureCanvas(li.page);
    saveArtifact('twin-pin-second-browser', liAfter.png);
    const tapped = { x: ground.spot.x * liAfter.image.width, y: ground.spot.y * liAfter.image.height };
    expect(bluePixelsNear(liBefore.image, tapped, 30)).toBe(0);
    expect(bluePixelsNear(liAfter.image, tapped, 30)).toBeGreaterThan(10);

    // Li taps that marker: its label shows the comment, and leads into the thread
    const marker = bluePixelCentre(liAfter.image, tapped, 30)!;
    await tapCanvas(li.page, { x: marker.x / liAfter.image.width, y: marker.y / liAfter.image.height });
    const label = li.page.getByRole('group', { name: 'Selected comment' });
    await label.getByText(text).waitFor({ timeout: POLL_MS });
    // the 3D tab with a pin's label open: its controls and the label are usable by assistive tech
    expect(await seriousAxeViolations(li.page)).toEqual([]);
    saveArtifact('twin-pin-label', await li.page.screenshot());
    await label.getByRole('button', { name: 'Open the thread' }).click();
    await li.page.getByRole('heading', { name: 'Comment and replies' }).waitFor({ timeout: POLL_MS });

    await wang.context.close();
    await li.context.close();
  });
});
