import { describe, expect, it } from 'vitest';
import { placeLabel } from './pin-label-placement.ts';

const container = { left: 10, top: 100, width: 400, height: 600 };
const canvas = { left: 10, top: 150, width: 400, height: 300 };
const label = { width: 100, height: 60 };
const at = (x: number, y: number, z = 0.5) => ({ x, y, z });

describe('placeLabel', () => {
  it('puts the label over the marker’s top, in the container’s pixels', () => {
    expect(placeLabel(at(0, 0), at(0, -0.2), canvas, container, label, 800)).toEqual({ x: 200, y: 200, below: false });
  });

  it('lets it reach over what is above the view, while it stays in the window', () => {
    expect(placeLabel(at(0, 0.9), at(0, 0.7), canvas, container, label, 800)).toEqual({ x: 200, y: 65, below: false });
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

  it('keeps a label near a side inside the container', () => {
    expect(placeLabel(at(-0.99, 0), at(-0.99, -0.1), canvas, container, label, 800)!.x).toBe(54);
    expect(placeLabel(at(0.99, 0), at(0.99, -0.1), canvas, container, label, 800)!.x).toBe(346);
  });
});
