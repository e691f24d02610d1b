// GeoJSON features from street-frame shapes, and the text they are written as: one feature per
// line, so a change to one tree or one wall is a one-line diff a reviewer can read.
import { normaliseRing, type Ring } from './shapes.ts';
import type { LngLat, StreetFrame, StreetPoint } from './street-frame.ts';

export interface PolygonFeature<P> {
  type: 'Feature';
  id: string;
  properties: P;
  geometry: { type: 'Polygon'; coordinates: LngLat[][] };
}

export interface PointFeature<P> {
  type: 'Feature';
  id: string;
  properties: P;
  geometry: { type: 'Point'; coordinates: LngLat };
}

export interface FeatureCollection<F> {
  type: 'FeatureCollection';
  features: F[];
}

export function polygonFeature<P>(frame: StreetFrame, id: string, ring: Ring, properties: P): PolygonFeature<P> {
  const positions = normaliseRing(ring).map((p) => frame.toLngLat(p));
  positions.push([...positions[0]!]); // GeoJSON rings repeat their first position at the end
  return { type: 'Feature', id, properties, geometry: { type: 'Polygon', coordinates: [positions] } };
}

export function pointFeature<P>(frame: StreetFrame, id: string, at: StreetPoint, properties: P): PointFeature<P> {
  return { type: 'Feature', id, properties, geometry: { type: 'Point', coordinates: frame.toLngLat(at) } };
}

export function featureCollection<F>(features: F[]): FeatureCollection<F> {
  return { type: 'FeatureCollection', features };
}

/** A FeatureCollection as text: the envelope pretty, each feature on one line. */
export function serialiseFeatureCollection(fc: FeatureCollection<unknown>): string {
  const lines = fc.features.map((f) => `    ${JSON.stringify(f)}`);
  return `{\n  "type": "FeatureCollection",\n  "features": [\n${lines.join(',\n')}\n  ]\n}\n`;
}

/**
 * JSON indented by two spaces, except that arrays of numbers (positions) stay on one line, the
 * way site.json's plan was written by hand. Key order is the objects' own.
 */
export function serialiseJson(value: unknown): string {
  return `${formatValue(value, '')}\n`;
}

function formatValue(value: unknown, indent: string): string {
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    if (value.every((v) => typeof v === 'number')) return `[${value.join(', ')}]`;
    const inner = indent + '  ';
    return `[\n${value.map((v) => inner + formatValue(v, inner)).join(',\n')}\n${indent}]`;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    if (entries.length === 0) return '{}';
    const inner = indent + '  ';
    return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${formatValue(v, inner)}`).join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(value);
}
