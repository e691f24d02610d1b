// The rules every built model must meet, shared by the build (which refuses to write a model
// that breaks them) and the tests (which re-check the files as committed).
import type { ModelSize } from './model-definition.ts';

/** How far measured sizes may stray from the declared ones (fraction). */
export const SIZE_TOLERANCE = 0.05;
/** How far the lowest point may be from the ground plane, metres. */
export const BASE_TOLERANCE = 0.01;

export interface Bounds {
  min: readonly number[];
  max: readonly number[];
}

/** Problems with a model's measured bounds against its declared size; empty when it fits. */
export function sizeProblems(declared: ModelSize, { min, max }: Bounds): string[] {
  const [minX = NaN, minY = NaN, minZ = NaN] = min;
  const [maxX = NaN, maxY = NaN, maxZ = NaN] = max;
  const problems: string[] = [];
  if (!(Math.abs(minY) <= BASE_TOLERANCE)) problems.push(`base is at y=${minY.toFixed(3)}, not on the ground`);
  const measured: ModelSize = { width: maxX - minX, depth: maxZ - minZ, height: maxY };
  for (const key of ['width', 'depth', 'height'] as const) {
    const off = Math.abs(measured[key] - declared[key]) / declared[key];
    if (!(off <= SIZE_TOLERANCE)) {
      problems.push(`${key} is ${measured[key].toFixed(3)} m, declared ${declared[key]} m (±${SIZE_TOLERANCE * 100}%)`);
    }
  }
  return problems;
}
