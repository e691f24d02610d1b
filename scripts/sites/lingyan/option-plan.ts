// What a design option changes, in the street frame: models it places, surfaces it repaves or
// replants, and existing trees and furniture it takes away.
import type { SurfaceShape } from './layer-features.ts';
import type { StreetPoint } from '../street-frame.ts';

export interface PlacedModelSpot {
  id: string;
  model: string;
  at: StreetPoint;
  /** street-frame heading: 0 faces north along the street, 90 faces east across it */
  streetHeading: number;
  scale?: number;
}

export interface OptionPlan {
  models: PlacedModelSpot[];
  surfaces: SurfaceShape[];
  /** ids of existing trees and furniture the option removes */
  removes: string[];
}
