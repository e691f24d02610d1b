import { describe, expect, it } from 'vitest';
import { createEnuFrame } from '../../../core/geo/enu.ts';
import type { Category } from '../../../core/protocol/primitives.ts';
import { CATEGORY_COLOURS, pinColour } from './pin-colours.ts';
import { createPinPlacer, MIN_PIN_CAPACITY, pinCapacity, pinInstanceData } from './pin-instance-data.ts';
import type { PinDatum } from './pin-selection.ts';

const origin = { lng: 121.506521, lat: 31.159631, height: 0 };
const frame = createEnuFrame(origin);

const pin = (id: string, at: { lng: number; lat: number; height?: number }, category: Category = 'idea', pending = false): PinDatum => ({
  id,
  lng: at.lng,
  lat: at.lat,
  height: at.height ?? 0,
  category,
  pending,
  text: id,
});

describe('pinInstanceData', () => {
  it('stands a pin at the origin at scene 0,0,0 (the marker’s tip is its own origin)', () => {
    const data = pinInstanceData([pin('o', origin)], createPinPlacer(frame));
    expect([...data.positions].map((v) => Math.abs(v) < 1e-6)).toEqual([true, true, true]);
  });

  it('stands a pin 10 m east at x = 10, and one 10 m north at z = −10', () => {
    const east = frame.fromEnu({ east: 10, north: 0, up: 0 });
    const north = frame.fromEnu({ east: 0, north: 10, up: 0 });
    const data = pinInstanceData([pin('e', east), pin('n', north)], createPinPlacer(frame));
    expect(data.positions[0]).toBeCloseTo(10, 2);
    expect(data.positions[1]).toBeCloseTo(0, 2);
    expect(data.positions[2]).toBeCloseTo(0, 2);
    expect(data.positions[3]).toBeCloseTo(0, 2);
    expect(data.positions[5]).toBeCloseTo(-10, 2);
  });

  it('lifts a pin by its height above the ground', () => {
    const data = pinInstanceData([pin('up', { ...origin, height: 2.5 })], createPinPlacer(frame));
    expect(data.positions[1]).toBeCloseTo(2.5, 3);
  });

  it('keeps the instance order of the pins, so instanceId → id', () => {
    const data = pinInstanceData([pin('a', origin), pin('b', origin)], createPinPlacer(frame));
    expect(data.ids).toEqual(['a', 'b']);
  });

  it('colours each pin by its category, the same hues as the comments list', () => {
    const categories: Category[] = ['idea', 'concern', 'like', 'question'];
    const data = pinInstanceData(
      categories.map((c) => pin(c, origin, c)),
      createPinPlacer(frame),
    );
    expect([...data.colours]).toEqual([0x1f5fbf, 0xb3261e, 0x1e7a3c, 0x6b3fa0]);
  });

  it('draws a pin still being sent paler, in the same hue', () => {
    const pale = pinColour('concern', true);
    expect(pale).not.toBe(CATEGORY_COLOURS.concern);
    const [r, g, b] = [(pale >> 16) & 0xff, (pale >> 8) & 0xff, pale & 0xff];
    expect(Math.min(r, g, b)).toBeGreaterThan(0x80); // lighter
    expect(r).toBeGreaterThan(g); // still red
  });
});

describe('createPinPlacer', () => {
  it('converts a pin once while it stays put, and again when it moves', () => {
    let conversions = 0;
    const counting = { ...frame, toScene: (p: Parameters<typeof frame.toScene>[0]) => (conversions++, frame.toScene(p)) };
    const place = createPinPlacer(counting);
    place(pin('a', origin));
    place(pin('a', origin));
    expect(conversions).toBe(1);
    place(pin('a', { ...origin, lat: origin.lat + 0.0001 }));
    expect(conversions).toBe(2);
  });
});

describe('pinCapacity', () => {
  it('starts with room for a quiet session and keeps it while the pins fit', () => {
    expect(pinCapacity(0)).toBe(MIN_PIN_CAPACITY);
    expect(pinCapacity(MIN_PIN_CAPACITY, MIN_PIN_CAPACITY)).toBe(MIN_PIN_CAPACITY);
  });

  it('doubles until 10,000 pins fit, and never shrinks', () => {
    const grown = pinCapacity(10_000, MIN_PIN_CAPACITY);
    expect(grown).toBeGreaterThanOrEqual(10_000);
    expect(grown).toBeLessThan(20_000);
    expect(pinCapacity(3, grown)).toBe(grown);
  });
});
