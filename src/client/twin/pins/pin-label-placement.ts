// Pure: where the selected pin's DOM label goes, from the pin's projected position.

export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** A point projected by the camera: x, y in −1…1 on screen; z > 1 behind the camera or far. */
export interface Projected {
  x: number;
  y: number;
  z: number;
}

export interface LabelPlacement {
  /** the middle of the label's edge nearest the pin, in the container's pixels */
  x: number;
  /** where the arrow touches the pin, in the container's pixels */
  y: number;
  /** how far right of the label's middle the arrow is: it still points at the pin when the
   * label had to move aside to stay inside the container */
  arrowOffset: number;
  /** the label hangs below the pin (no room above it in the view) rather than over it */
  below: boolean;
}

/** Keeps the label this far inside the container's sides. */
const EDGE_PX = 4;
/** The arrow between the label and the pin. */
export const ARROW_PX = 12;
/** The arrow keeps this far from the label's ends, clear of its rounded corners. */
const ARROW_INSET_PX = ARROW_PX + 8;

const onScreen = (p: Projected) => p.z <= 1 && p.x >= -1 && p.x <= 1 && p.y >= -1 && p.y <= 1;

/**
 * Where the label goes: over the marker's top while it stays in the window (it may reach over
 * the heading above the view), else under the marker's tip when it fits in the view's visible
 * part — never under the phone's bottom edge, nor over its own marker. Null when the pin is
 * off screen or behind the camera. Rects are client rects (the label lives in the container,
 * outside the canvas); `windowHeight` is the layout viewport's. The label's x is kept where the
 * whole label still fits sideways; its arrow then moves along it to keep pointing at the pin.
 */
export function placeLabel(
  top: Projected,
  tip: Projected,
  canvas: Rect,
  container: Rect,
  label: { width: number; height: number },
  windowHeight: number,
): LabelPlacement | null {
  if (top.z > 1 || tip.z > 1 || (!onScreen(top) && !onScreen(tip))) return null;
  const onPage = (p: Projected) => ({ x: canvas.left + ((p.x + 1) / 2) * canvas.width, y: canvas.top + ((1 - p.y) / 2) * canvas.height });
  const over = onPage(top);
  const under = onPage(tip);
  const roomAbove = over.y - ARROW_PX - label.height;
  const roomBelow = Math.min(canvas.top + canvas.height, windowHeight) - (under.y + ARROW_PX + label.height);
  const below = roomAbove < 0 && roomBelow > roomAbove;
  const anchor = below ? under : over;
  const half = label.width / 2;
  const minX = half + EDGE_PX;
  const maxX = container.width - half - EDGE_PX;
  const x = anchor.x - container.left;
  const labelX = minX > maxX ? container.width / 2 : Math.min(Math.max(x, minX), maxX);
  const reach = Math.max(0, half - ARROW_INSET_PX);
  const arrowOffset = Math.min(Math.max(x - labelX, -reach), reach);
  return { x: labelX, y: anchor.y - container.top, arrowOffset, below };
}
