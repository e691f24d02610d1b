import { describe, expect, it } from 'vitest';
import { placeFromPick, positionOfPlace } from './picked-place.ts';

const geo = { lng: 121.5066, lat: 31.1593, height: 0.8 };

describe('a tap in 3D as the composer’s place', () => {
  it('keeps the tapped object as the position’s objectId, on the ground', () => {
    const place = placeFromPick({ geo, featureId: 'bench-3' });
    expect(place).toMatchObject({ lng: geo.lng, lat: geo.lat, placeId: null, from: 'twin', objectId: 'bench-3' });
    expect(positionOfPlace(place)).toEqual({ lng: geo.lng, lat: geo.lat, height: 0, objectId: 'bench-3' });
  });

  it('sends the bare ground without an objectId', () => {
    expect(positionOfPlace(placeFromPick({ geo }))).toEqual({ lng: geo.lng, lat: geo.lat, height: 0 });
  });

  it('leaves out a feature id the protocol could not carry, rather than lose the comment', () => {
    expect(placeFromPick({ geo, featureId: 'a bench with spaces' }).objectId).toBeUndefined();
  });

  it('sends a place chosen on the plan as before', () => {
    expect(positionOfPlace({ lng: 1, lat: 2, placeId: 'bus-stop' })).toEqual({ lng: 1, lat: 2, height: 0 });
  });
});
