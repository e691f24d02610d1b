/** A label wanting to stand at (x, y) on screen this frame. */
export interface LabelSpot {
  id: string;
  x: number;
  y: number;
  /** leads a merged label when it meets others (the facilitator's) */
  leads: boolean;
}

/** Labels closer than this on screen merge into one, "name +N" (CSS pixels). */
export const MERGE_DX = 36;
export const MERGE_DY = 18;

/**
 * Which labels to show, and how many others each stands for: labels that meet on screen merge
 * into the first of them, leading ones (facilitators) first, then in the order given. People
 * in one spot — everyone following the facilitator stands where the facilitator looks from —
 * would otherwise pile their names into an unreadable tower.
 */
export function mergeNearbyLabels<T extends LabelSpot>(spots: readonly T[]): { spot: T; others: number }[] {
  const ordered = [...spots].sort((a, b) => Number(b.leads) - Number(a.leads));
  const shown: { spot: T; others: number }[] = [];
  for (const spot of ordered) {
    const near = shown.find(({ spot: s }) => Math.abs(s.x - spot.x) < MERGE_DX && Math.abs(s.y - spot.y) < MERGE_DY);
    if (near) near.others += 1;
    else shown.push({ spot, others: 0 });
  }
  return shown;
}
