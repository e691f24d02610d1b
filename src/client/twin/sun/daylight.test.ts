import { describe, expect, it } from 'vitest';
import { daylightFor } from './daylight.ts';

describe('daylight', () => {
  it('turns the sun off below the horizon but keeps the sky light so the street stays readable', () => {
    const night = daylightFor(-8);
    expect(night.sunIntensity).toBe(0);
    expect(night.skyIntensity).toBeGreaterThan(0.3);
  });

  it('is brightest with a high sun and warmer with a low one', () => {
    const noon = daylightFor(80);
    const morning = daylightFor(4);
    expect(noon.sunIntensity).toBeGreaterThan(morning.sunIntensity);
    expect(noon.background).toMatch(/^#[0-9a-f]{6}$/);
    expect(parseInt(morning.sunColour.slice(5), 16)).toBeLessThan(parseInt(noon.sunColour.slice(5), 16));
  });
});
