import { describe, expect, it } from 'vitest';
import pilot from '../../../../public/sites/lingyan-south-road/site.json';
import { SitePackSchema } from '../../../core/site/schema.ts';
import { clampToPlan, createPlanProjection, PLAN_WIDTH_UNITS } from './plan-projection.ts';

const site = SitePackSchema.parse(pilot);

describe('plan projection', () => {
  const projection = createPlanProjection(site);

  it('keeps the whole boundary and every named place inside the drawing, north up', () => {
    expect(projection.width).toBe(PLAN_WIDTH_UNITS);
    for (const [lng, lat] of site.plan!.boundary) {
      const p = projection.toPlan({ lng, lat });
      expect(p.x).toBeGreaterThan(0);
      expect(p.x).toBeLessThan(projection.width);
      expect(p.y).toBeGreaterThan(0);
      expect(p.y).toBeLessThan(projection.height);
    }
    const busStop = projection.toPlan(site.places!.find((p) => p.id === 'bus-stop')!);
    const shops = projection.toPlan(site.places!.find((p) => p.id === 'shop-row')!);
    expect(busStop.y).toBeLessThan(shops.y); // the bus stop is further north, so higher up
  });

  it('uses one scale for both axes, in metres', () => {
    const origin = projection.toPlan(site.origin);
    const hundredNorth = projection.toPlan(projection.frame.fromEnu({ east: 0, north: 100, up: 0 }));
    const hundredEast = projection.toPlan(projection.frame.fromEnu({ east: 100, north: 0, up: 0 }));
    expect(origin.y - hundredNorth.y).toBeCloseTo(100 * projection.unitsPerMetre, 6);
    expect(hundredEast.x - origin.x).toBeCloseTo(100 * projection.unitsPerMetre, 6);
    expect(projection.metresBetween(origin, hundredEast)).toBeCloseTo(100, 6);
  });

  it('turns a tap into lng/lat and back to within half a metre, anywhere on the plan', () => {
    for (const tap of [
      { x: 0, y: 0 },
      { x: 123.4, y: 56.7 },
      { x: projection.width / 2, y: projection.height / 2 },
      { x: projection.width, y: projection.height },
    ]) {
      const geo = projection.fromPlan(tap);
      const back = projection.toPlan(geo);
      expect(projection.metresBetween(tap, back)).toBeLessThan(0.5);
    }
  });

  it('puts a tapped point where createEnuFrame says it is, in metres from the origin', () => {
    const origin = projection.toPlan(site.origin);
    const tap = { x: origin.x + 30 * projection.unitsPerMetre, y: origin.y - 40 * projection.unitsPerMetre };
    const enu = projection.frame.toEnu(projection.fromPlan(tap));
    expect(enu.east).toBeCloseTo(30, 1);
    expect(enu.north).toBeCloseTo(40, 1);
  });

  it('still draws a pack without a plan or places, around the origin', () => {
    const bare = createPlanProjection({ origin: site.origin, plan: undefined, places: undefined });
    const origin = bare.toPlan(site.origin);
    expect(origin.x).toBeCloseTo(bare.width / 2, 6);
    expect(origin.y).toBeCloseTo(bare.height / 2, 6);
  });

  it('clamps a point to the drawing', () => {
    expect(clampToPlan({ x: -5, y: 1e6 }, projection)).toEqual({ x: 0, y: projection.height });
  });
});
