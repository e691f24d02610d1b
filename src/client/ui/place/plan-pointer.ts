import type { PlanPoint } from './plan-projection.ts';

/**
 * The plan point under a tap. The SVG scales with the screen, so client pixels go through the
 * element's screen matrix (which includes the viewBox); createSVGPoint rather than DOMPoint,
 * which old Android WebViews lack.
 */
export function planPointFromClient(svg: SVGSVGElement, clientX: number, clientY: number): PlanPoint | null {
  const matrix = svg.getScreenCTM();
  if (!matrix) return null;
  const point = svg.createSVGPoint();
  point.x = clientX;
  point.y = clientY;
  const local = point.matrixTransform(matrix.inverse());
  return { x: local.x, y: local.y };
}
