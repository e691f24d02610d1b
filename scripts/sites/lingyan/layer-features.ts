// The shapes of the street as it is, per layer, still in the street frame: each part of the
// generator adds to these lists, and one place turns them into GeoJSON.
import type { Ring } from '../shapes.ts';
import type { StreetPoint } from '../street-frame.ts';
import type { BuildingKind, Text } from './blocks.ts';

export type SurfaceMaterial = 'asphalt' | 'paving' | 'permeable-paving' | 'planting-bed' | 'lawn' | 'soil' | 'bike-lane' | 'plaza' | 'gravel' | 'water';

export interface BuildingShape {
  id: string;
  ring: Ring;
  properties: { height: number; levels?: number; name: Text; kind: BuildingKind };
}

export interface SurfaceShape {
  id: string;
  ring: Ring;
  properties: { material: SurfaceMaterial; name: Text };
}

export interface TreeSpot {
  id: string;
  at: StreetPoint;
  properties: { height: number; species: Text };
}

/** Street-frame headings: models face north along the street at 0, east across it at 90. */
export const FACING = { north: 0, east: 90, south: 180, west: 270 } as const;

export interface FurnitureSpot {
  id: string;
  at: StreetPoint;
  /** degrees in the street frame: 0 = facing north along the street, 90 = facing east across it */
  streetHeading: number;
  model: string;
}

export interface ExistingStreet {
  buildings: BuildingShape[];
  carriageway: SurfaceShape[];
  sidewalks: SurfaceShape[];
  green: SurfaceShape[];
  trees: TreeSpot[];
  furniture: FurnitureSpot[];
}

export function emptyStreet(): ExistingStreet {
  return { buildings: [], carriageway: [], sidewalks: [], green: [], trees: [], furniture: [] };
}
