// Pure: when the twin draws a frame. A phone held up at a hearing for an hour must not draw the
// same still street sixty times a second: that is the battery and the heat in an elderly
// resident's hand. So the twin draws while something moves, and otherwise about once a second.

/** A still twin still draws this often: whatever changed without saying so (a texture
 * decoded, a fading avatar) shows within this long. */
export const IDLE_FRAME_MS = 1000;
/** After a touch, a key or a click on the twin or its controls, draw at full rate this long:
 * an orbit eases out, a slider's change lands, a flight starts. */
export const AFTER_INPUT_MS = 1500;
/** A camera that moved in the last frame keeps the twin drawing this much longer. */
export const AFTER_CAMERA_MOVE_MS = 300;

/** How the twin's render loop runs: paced (the default) or every display frame, which the
 * render benchmark asks for with ?render=always, to measure what a frame costs. */
export type RenderLoop = 'paced' | 'always';

export function renderLoopFromQuery(search: string): RenderLoop {
  return new URLSearchParams(search).get('render') === 'always' ? 'always' : 'paced';
}

/** One twin's pacing: everything that animates says so (keepDrawing), and the pacer asks
 * shouldDraw once per display frame. Times are performance.now() milliseconds. */
export class RenderPacing {
  private activeUntil = 0;
  private lastDrawnAt = Number.NEGATIVE_INFINITY;

  /** Something moves or changed: draw every display frame for the next `ms`. */
  keepDrawing(now: number, ms: number): void {
    this.activeUntil = Math.max(this.activeUntil, now + ms);
  }

  /** `busy`: something that knows it is moving right now (a camera flight, a held key). */
  shouldDraw(now: number, busy = false): boolean {
    return busy || now < this.activeUntil || now - this.lastDrawnAt >= IDLE_FRAME_MS;
  }

  /** A frame was drawn; `cameraMoved` if its camera differs from the frame before. */
  drew(now: number, cameraMoved: boolean): void {
    this.lastDrawnAt = now;
    if (cameraMoved) this.keepDrawing(now, AFTER_CAMERA_MOVE_MS);
  }
}
