/** How bright and what colour the sun, the sky light and the background are for a sun
 * altitude: enough to make shade readable at every hour the slider offers, including the dark
 * end of a winter evening. */
export interface Daylight {
  sunIntensity: number;
  sunColour: string;
  skyIntensity: number;
  background: string;
}

function mix(a: string, b: string, t: number): string {
  const pa = parseInt(a.slice(1), 16);
  const pb = parseInt(b.slice(1), 16);
  const channel = (shift: number) => Math.round(((pa >> shift) & 255) * (1 - t) + ((pb >> shift) & 255) * t);
  return `#${((channel(16) << 16) | (channel(8) << 8) | channel(0)).toString(16).padStart(6, '0')}`;
}

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

export function daylightFor(altitudeDegrees: number): Daylight {
  // 0 below the horizon, rising over the first 12°, full above (low sun is weaker and warmer)
  const day = clamp01(altitudeDegrees / 12);
  const twilight = clamp01((altitudeDegrees + 6) / 6);
  return {
    sunIntensity: 2.6 * day,
    sunColour: mix('#ffb36b', '#fff6e8', clamp01(altitudeDegrees / 25)),
    skyIntensity: 0.35 + 0.85 * twilight,
    background: mix(mix('#1d2a44', '#e8a27a', twilight), '#bcd6ec', day),
  };
}
