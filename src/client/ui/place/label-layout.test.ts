import { describe, expect, it } from 'vitest';
import { estimateTextWidth, layoutPointLabels, layoutStreetLabel, overlaps, pointAlong } from './label-layout.ts';

const plan = { fontSize: 14, gap: 8, width: 360, height: 500, obstacles: [] };

describe('label layout', () => {
  it('counts CJK characters wider than Latin letters', () => {
    expect(estimateTextWidth('公交站', 10)).toBe(30);
    expect(estimateTextWidth('Bus', 10)).toBeCloseTo(19.8, 6);
  });

  it('puts a label on the outer side of its dot, and flips it when it would leave the plan', () => {
    const [east, west] = layoutPointLabels(
      [
        { at: { x: 300, y: 100 }, text: '公交站' },
        { at: { x: 60, y: 100 }, text: 'Residents’ committee door' },
      ],
      plan,
    );
    expect(east?.anchor).toBe('start');
    expect(west?.anchor).toBe('start'); // too long for the 60 units on its left
    for (const label of [east!, west!]) expect(label.box.x).toBeGreaterThanOrEqual(0);
  });

  it('uses a measured width when it has one', () => {
    const [label] = layoutPointLabels([{ at: { x: 300, y: 100 }, text: 'Bus stop', width: 80 }], plan);
    expect(label?.anchor).toBe('end'); // 80 wide does not fit in the 60 units on the right
    expect(label?.box.width).toBe(80);
  });

  it('keeps labels of dots close together from covering each other', () => {
    const labels = layoutPointLabels(
      [
        { at: { x: 250, y: 100 }, text: '幼儿园门口' },
        { at: { x: 252, y: 104 }, text: '居委会门口' },
      ],
      plan,
    );
    expect(overlaps(labels[0]!.box, labels[1]!.box)).toBe(false);
  });

  it('finds the point and direction along a street, turned so it never reads upside down', () => {
    const northward = [
      { x: 100, y: 400 },
      { x: 100, y: 0 },
    ];
    expect(pointAlong(northward, 0.25)).toEqual({ at: { x: 100, y: 300 }, angle: 90 });
    expect(pointAlong([{ x: 300, y: 50 }, { x: 0, y: 50 }], 0.5).angle).toBe(0);
    const label = layoutStreetLabel(northward, '灵岩南路', { ...plan, obstacles: [{ x: 90, y: 300, width: 20, height: 50 }] });
    expect(label).not.toBeNull();
    expect(overlaps(label!.box, { x: 90, y: 300, width: 20, height: 50 })).toBe(false);
  });
});
