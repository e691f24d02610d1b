/** Arithmetic of a budget ballot: how many points are given, how many are left, and one step
 * of a ± stepper that can never overspend or go below zero. */

export function pointsSpent(allocation: Readonly<Record<string, number>>): number {
  return Object.values(allocation).reduce((sum, points) => sum + points, 0);
}

export function pointsLeft(budget: number, allocation: Readonly<Record<string, number>>): number {
  return Math.max(0, budget - pointsSpent(allocation));
}

/** The allocation after pressing + (delta 1) or − (delta −1) on one item, clamped so the
 * total stays within the budget. A step that cannot happen returns the same object. */
export function stepPoints(
  budget: number,
  allocation: Readonly<Record<string, number>>,
  choiceId: string,
  delta: number,
): Record<string, number> {
  const current = allocation[choiceId] ?? 0;
  const ceiling = current + pointsLeft(budget, allocation);
  const next = Math.min(ceiling, Math.max(0, current + delta));
  if (next === current) return allocation as Record<string, number>;
  const { [choiceId]: _old, ...others } = allocation;
  return next === 0 ? others : { ...others, [choiceId]: next };
}
