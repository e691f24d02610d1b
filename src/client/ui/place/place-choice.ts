/** Where a new pin goes: a named place from the list, a point tapped on the plan, or a point
 * tapped in the 3D twin. */
export interface PlaceChoice {
  lng: number;
  lat: number;
  /** set when the person chose a named place (or tapped right on its dot) */
  placeId: string | null;
  /** 'twin' when chosen by tapping the 3D view: the picker says so rather than "on the plan" */
  from?: 'twin';
  /** the site object (bench, tree…) tapped in 3D, sent as the position's objectId */
  objectId?: string;
}
