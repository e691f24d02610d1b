import type { PlanPoint } from './plan-projection.ts';

/** An axis-aligned box in plan units (top-left corner and size). */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlacedLabel {
  /** where the text is drawn: its anchor point on the baseline */
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  box: Box;
}

export interface StreetLabel {
  x: number;
  y: number;
  /** degrees, clockwise on screen, kept within (−90, 90] so the text never reads upside down */
  angle: number;
  box: Box;
}

/** A rough text width for the first layout, before the browser has measured the real one (and
 * in unit tests): CJK characters are about one em wide, bold Latin letters about two thirds. */
export function estimateTextWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const ch of text) ems += ch.codePointAt(0)! >= 0x2e80 ? 1 : 0.66;
  return ems * fontSize;
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function inside(box: Box, width: number, height: number): boolean {
  return box.x >= 0 && box.y >= 0 && box.x + box.width <= width && box.y + box.height <= height;
}

function candidates(at: PlanPoint, textWidth: number, fontSize: number, gap: number, preferRight: boolean): PlacedLabel[] {
  const h = fontSize + 2;
  const midY = at.y - h / 2;
  const right: PlacedLabel = { x: at.x + gap, y: at.y + fontSize * 0.35, anchor: 'start', box: { x: at.x + gap, y: midY, width: textWidth, height: h } };
  const left: PlacedLabel = { x: at.x - gap, y: at.y + fontSize * 0.35, anchor: 'end', box: { x: at.x - gap - textWidth, y: midY, width: textWidth, height: h } };
  const above: PlacedLabel = { x: at.x, y: at.y - gap - 2, anchor: 'middle', box: { x: at.x - textWidth / 2, y: at.y - gap - h, width: textWidth, height: h } };
  const below: PlacedLabel = { x: at.x, y: at.y + gap + fontSize, anchor: 'middle', box: { x: at.x - textWidth / 2, y: at.y + gap, width: textWidth, height: h } };
  return preferRight ? [right, left, above, below] : [left, right, above, below];
}

/**
 * Puts each label beside its dot where it stays inside the plan and clear of what is already
 * there (dots, street names, earlier labels): first on the side away from the plan's middle,
 * then the other side, above, below. When nothing is clear the first spot inside the plan wins:
 * an overlap beats a missing name.
 */
export function layoutPointLabels(
  items: readonly { at: PlanPoint; text: string; width?: number | undefined }[],
  options: { fontSize: number; gap: number; width: number; height: number; obstacles: readonly Box[] },
): PlacedLabel[] {
  const taken: Box[] = [...options.obstacles];
  return items.map(({ at, text, width }) => {
    const textWidth = width ?? estimateTextWidth(text, options.fontSize);
    const spots = candidates(at, textWidth, options.fontSize, options.gap, at.x >= options.width / 2);
    const within = spots.filter((s) => inside(s.box, options.width, options.height));
    const chosen = within.find((s) => !taken.some((t) => overlaps(s.box, t))) ?? within[0] ?? spots[0]!;
    taken.push(chosen.box);
    return chosen;
  });
}

/** Where along a street its name goes: of a few spots along the line inside the plan, the one
 * least covered by the obstacles (the first, when several are clear), rotated to follow the
 * street there. */
export function layoutStreetLabel(
  line: readonly PlanPoint[],
  text: string,
  options: { fontSize: number; width: number; height: number; obstacles: readonly Box[]; textWidth?: number | undefined },
): StreetLabel | null {
  if (line.length < 2) return null;
  const textWidth = options.textWidth ?? estimateTextWidth(text, options.fontSize);
  const spots = [0.18, 0.82, 0.35, 0.65, 0.5, 0.1, 0.9, 0.25, 0.75].map((f) => pointAlong(line, f)).map((s) => rotatedLabel(s.at, s.angle, textWidth, options.fontSize));
  const within = spots.filter((s) => inside(s.box, options.width, options.height));
  // the clearest spot: a long name on a short street may not find a free one at all
  let best: StreetLabel | null = null;
  let bestCovered = Infinity;
  for (const spot of within) {
    const covered = options.obstacles.reduce((sum, o) => sum + overlapArea(spot.box, o), 0);
    if (covered < bestCovered) [best, bestCovered] = [spot, covered];
  }
  return best;
}

function overlapArea(a: Box, b: Box): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

function rotatedLabel(at: PlanPoint, angle: number, textWidth: number, fontSize: number): StreetLabel {
  const radians = (angle * Math.PI) / 180;
  const w = Math.abs(textWidth * Math.cos(radians)) + Math.abs(fontSize * Math.sin(radians));
  const h = Math.abs(textWidth * Math.sin(radians)) + Math.abs(fontSize * Math.cos(radians));
  return { x: at.x, y: at.y, angle, box: { x: at.x - w / 2, y: at.y - h / 2, width: w, height: h } };
}

/** The point at `fraction` of the line's length, and the direction of the segment it is on. */
export function pointAlong(line: readonly PlanPoint[], fraction: number): { at: PlanPoint; angle: number } {
  const lengths = line.slice(1).map((p, i) => Math.hypot(p.x - line[i]!.x, p.y - line[i]!.y));
  let remaining = lengths.reduce((a, b) => a + b, 0) * fraction;
  for (let i = 0; i < lengths.length; i++) {
    const a = line[i]!;
    const b = line[i + 1]!;
    const length = lengths[i]!;
    if (remaining <= length || i === lengths.length - 1) {
      const t = length === 0 ? 0 : Math.min(remaining / length, 1);
      return { at: { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t }, angle: readableAngle(b.x - a.x, b.y - a.y) };
    }
    remaining -= length;
  }
  return { at: line[0]!, angle: 0 };
}

function readableAngle(dx: number, dy: number): number {
  let degrees = (Math.atan2(dy, dx) * 180) / Math.PI;
  if (degrees > 90) degrees -= 180;
  if (degrees <= -90) degrees += 180;
  return degrees;
}
