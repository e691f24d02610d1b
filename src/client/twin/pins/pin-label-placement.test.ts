import { describe, expect, it } from 'vitest';
import { placeLabel } from './pin-label-placement.ts';

const container = { left: 10, top: 100, width: 400, height: 600 };
const canvas = { left: 10, top: 150, width: 400, height: 300 };
const label = { width: 100, height: 60 };
const at = (x: number, y: number, z = 0.5) => ({ x, y, z });

describe('placeLabel', () => {
  it('puts the label over the marker’s top, in the container’s pixels', () => {
    expect(placeLabel(at(0, 0), at(0, -0.2), canvas, container, label, 800)).toEqual({ x: 200, y: 200, arrowOffset: 0, below: false });
  });

  it('lets it reach over what is above the view, while it stays in the window', () => {
    expect(placeLabel(at(0, 0.9), at(0, 0.7), canvas, container, label, 800)).toEqual({ x: 200, y: 65, arrowOffset: 0, below: false });
  });

  it('hangs it under the marker when above it would leave the window', () => {
    const scrolled = { ...canvas, top: 20 };
    const place = placeLabel(at(0, 0.9), at(0, 0.7), scrolled, container, label, 800);
    expect(place).toMatchObject({ below: true });
  });

  it('keeps it above when below would fall off the bottom of the window', () => {
    const scrolled = { ...canvas, top: 20 };
    expect(placeLabel(at(0, 0.9), at(0, 0.7), scrolled, container, label, 80)).toMatchObject({ below: false });
  });

  it('hides the label when the pin is off screen or behind the camera', () => {
    expect(placeLabel(at(1.2, 0), at(1.2, -0.1), canvas, container, label, 800)).toBeNull();
    expect(placeLabel(at(0, 0, 1.5), at(0, -0.1, 1.5), canvas, container, label, 800)).toBeNull();
  });

  it('keeps a label near a side inside the container, its arrow still pointing at the pin', () => {
    // the pin 2 px from the container's left edge: the label's middle at 54, the arrow 30 px left
    // of it, as far as it goes before the label's rounded corner (50 − 20)
    expect(placeLabel(at(-0.99, 0), at(-0.99, -0.1), canvas, container, label, 800)).toMatchObject({ x: 54, arrowOffset: -30 });
    expect(placeLabel(at(0.99, 0), at(0.99, -0.1), canvas, container, label, 800)).toMatchObject({ x: 346, arrowOffset: 30 });
    // a pin a little in from the side: the arrow points right at it
    const place = placeLabel(at(-0.85, 0), at(-0.85, -0.1), canvas, container, label, 800)!;
    expect(place.x + place.arrowOffset).toBeCloseTo(((1 - 0.85) / 2) * 400, 5);
  });
});
