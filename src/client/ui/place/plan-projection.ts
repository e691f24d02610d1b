import { createEnuFrame, type EnuFrame } from '../../../core/geo/enu.ts';
import type { SitePack } from '../../../core/site/schema.ts';

/** A point in the plan's SVG user units: x to the east, y down the screen (south). */
export interface PlanPoint {
  x: number;
  y: number;
}

export interface LngLatPoint {
  lng: number;
  lat: number;
}

/**
 * How the plan maps the site onto the SVG: north up, one scale for both axes (so distances and
 * angles look right), the whole boundary in view with a margin for labels.
 */
export interface PlanProjection {
  readonly frame: EnuFrame;
  /** viewBox size in SVG units */
  readonly width: number;
  readonly height: number;
  readonly unitsPerMetre: number;
  toPlan(p: LngLatPoint): PlanPoint;
  fromPlan(p: PlanPoint): LngLatPoint;
  /** ground distance in metres between two plan points */
  metresBetween(a: PlanPoint, b: PlanPoint): number;
}

/** The viewBox is this many units wide whatever the site's size: at a phone's width one unit is
 * about one CSS pixel, so sizes written in units (labels, dots) read as pixels. */
export const PLAN_WIDTH_UNITS = 360;
/** Room around the drawing, in metres, so labels and dots at the edge are not cut off. */
const MARGIN_METRES = 14;
/** A pack without a plan or places still gets a plan: this far around the origin. */
const FALLBACK_HALF_SPAN_METRES = 100;

type PlanSource = Pick<SitePack, 'origin' | 'plan' | 'places'>;

export function createPlanProjection(site: PlanSource): PlanProjection {
  const frame = createEnuFrame(site.origin);
  const extentPoints = site.plan?.boundary.map(([lng, lat]) => ({ lng, lat })) ?? site.places ?? [];
  const enu = extentPoints.map((p) => frame.toEnu(p));
  const easts = enu.length ? enu.map((e) => e.east) : [-FALLBACK_HALF_SPAN_METRES, FALLBACK_HALF_SPAN_METRES];
  const norths = enu.length ? enu.map((e) => e.north) : [-FALLBACK_HALF_SPAN_METRES, FALLBACK_HALF_SPAN_METRES];
  const west = Math.min(...easts) - MARGIN_METRES;
  const east = Math.max(...easts) + MARGIN_METRES;
  const south = Math.min(...norths) - MARGIN_METRES;
  const north = Math.max(...norths) + MARGIN_METRES;
  const unitsPerMetre = PLAN_WIDTH_UNITS / (east - west);

  return {
    frame,
    width: PLAN_WIDTH_UNITS,
    height: (north - south) * unitsPerMetre,
    unitsPerMetre,
    toPlan(p) {
      const e = frame.toEnu(p);
      return { x: (e.east - west) * unitsPerMetre, y: (north - e.north) * unitsPerMetre };
    },
    fromPlan(p) {
      // the plan is the ground: up = 0 puts the point on the frame's tangent plane
      const g = frame.fromEnu({ east: p.x / unitsPerMetre + west, north: north - p.y / unitsPerMetre, up: 0 });
      return { lng: g.lng, lat: g.lat };
    },
    metresBetween(a, b) {
      return Math.hypot(a.x - b.x, a.y - b.y) / unitsPerMetre;
    },
  };
}

/** Keeps a point inside the drawing (a crosshair moved by keys must not wander off). */
export function clampToPlan(p: PlanPoint, projection: Pick<PlanProjection, 'width' | 'height'>): PlanPoint {
  return {
    x: Math.min(Math.max(p.x, 0), projection.width),
    y: Math.min(Math.max(p.y, 0), projection.height),
  };
}
