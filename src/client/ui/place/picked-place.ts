import { PositionSchema, type Position } from '../../../core/protocol/primitives.ts';
import type { ScenePick } from '../../twin/picking/scene-pick.ts';
import type { PlaceChoice } from './place-choice.ts';

/**
 * A tap in the 3D twin as the composer's place: where it landed, and the object it landed on
 * (a bench, a tree) when it was one. A feature id the protocol could not carry as an objectId
 * is left out rather than have the server refuse the whole comment.
 */
export function placeFromPick(pick: Pick<ScenePick, 'geo' | 'featureId'>): PlaceChoice {
  const objectId = pick.featureId && PositionSchema.shape.objectId.safeParse(pick.featureId).success ? pick.featureId : undefined;
  return { lng: pick.geo.lng, lat: pick.geo.lat, placeId: null, from: 'twin', ...(objectId ? { objectId } : {}) };
}

/**
 * The position a new pin is sent with. Height 0: a pin stands on the ground whether it was
 * chosen on the plan or in 3D (a tap on a tree's crown means the tree, not a point in the
 * air); the object it is about travels as objectId.
 */
export function positionOfPlace(place: PlaceChoice): Position {
  return { lng: place.lng, lat: place.lat, height: 0, ...(place.objectId ? { objectId: place.objectId } : {}) };
}
