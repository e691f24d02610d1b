import type { WallClock } from './zoned-time.ts';

/** The four days residents are asked to picture: shade on a garden differs most between them. */
export const SEASONS = ['spring', 'summer', 'autumn', 'winter'] as const;
export type Season = (typeof SEASONS)[number];

/** Approximate dates of the equinoxes and solstices (they drift by a day between years, which
 * moves the sun by a fraction of a degree). */
const SEASON_DAYS: Record<Season, { month: number; day: number }> = {
  spring: { month: 3, day: 20 },
  summer: { month: 6, day: 21 },
  autumn: { month: 9, day: 23 },
  winter: { month: 12, day: 21 },
};

/** The time-of-day slider's range, minutes after midnight: 6:00 to 19:00. */
export const DAY_START_MINUTES = 6 * 60;
export const DAY_END_MINUTES = 19 * 60;
export const TIME_STEP_MINUTES = 15;

/** A fixed year keeps every screenshot and every participant's view identical. */
export const REFERENCE_YEAR = 2025;

export function seasonWallClock(season: Season, minutesOfDay: number, year = REFERENCE_YEAR): WallClock {
  const { month, day } = SEASON_DAYS[season];
  const clamped = Math.min(DAY_END_MINUTES, Math.max(DAY_START_MINUTES, Math.round(minutesOfDay)));
  return { year, month, day, hour: Math.floor(clamped / 60), minute: clamped % 60 };
}

/** "7:05" → shown next to the slider; minutes are always two digits. */
export function formatClock(minutesOfDay: number): string {
  const hour = Math.floor(minutesOfDay / 60);
  const minute = Math.round(minutesOfDay % 60);
  return `${hour}:${String(minute).padStart(2, '0')}`;
}
