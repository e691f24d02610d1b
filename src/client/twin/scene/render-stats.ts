/** What the render benchmark and end-to-end tests read from the page. */
export interface TwinRenderStats {
  /** draw calls of the last frame, shadow passes and both halves of compare mode included */
  calls: number;
  triangles: number;
  /** time since the previous frame began, ms */
  frameMs: number;
  /** CPU time spent issuing the last frame's render calls, ms */
  renderMs: number;
  frames: number;
  /** where the camera was for that frame, scene metres (east, up, south): tests of "follow the
   * facilitator" compare two windows' cameras */
  camera: { x: number; y: number; z: number };
}

declare global {
  interface Window {
    __gongjianTwinStats?: TwinRenderStats;
  }
}

/**
 * Published in development, under automation (Playwright sets navigator.webdriver: the e2e
 * tests and the benchmark run the production build) and with ?stats in the address. Ordinary
 * visitors get nothing on `window`.
 */
export function statsWanted(): boolean {
  if (import.meta.env.DEV) return true;
  if (typeof navigator !== 'undefined' && navigator.webdriver) return true;
  return typeof location !== 'undefined' && new URLSearchParams(location.search).has('stats');
}

export function publishStats(stats: TwinRenderStats): void {
  const target = window.__gongjianTwinStats;
  if (target) Object.assign(target, stats);
  else window.__gongjianTwinStats = { ...stats };
}
