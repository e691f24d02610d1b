/** Where a new pin goes: a named place from the list, or a point tapped on the plan. */
export interface PlaceChoice {
  lng: number;
  lat: number;
  /** set when the person chose a named place (or tapped right on its dot) */
  placeId: string | null;
}
