import type { EnuFrame, SceneVector } from '../../../core/geo/enu.ts';
import { pinColour } from './pin-colours.ts';
import type { PinDatum } from './pin-selection.ts';

// Pure (no three.js): what the pins' buffers are filled with (pin-scene.ts), testable in node.

/** Per pin, in pin order: its id (pin index → annotation), where its tip stands in the scene,
 * and its colour (sRGB 0xRRGGBB). */
export interface PinInstanceData {
  ids: string[];
  /** x, y, z per pin: the marker geometry has its tip at its own origin */
  positions: Float32Array;
  colours: Uint32Array;
}

/**
 * Scene positions of pins through the site frame, remembered per pin: converting lng/lat costs
 * an ellipsoid round trip, and a busy hearing adds pins one at a time to thousands that have
 * not moved. A pin whose place changed is converted again.
 */
export function createPinPlacer(frame: EnuFrame): (pin: PinDatum) => SceneVector {
  const known = new Map<string, { lng: number; lat: number; height: number; scene: SceneVector }>();
  return (pin) => {
    const hit = known.get(pin.id);
    if (hit && hit.lng === pin.lng && hit.lat === pin.lat && hit.height === pin.height) return hit.scene;
    const scene = frame.toScene({ lng: pin.lng, lat: pin.lat, height: pin.height });
    known.set(pin.id, { lng: pin.lng, lat: pin.lat, height: pin.height, scene });
    return scene;
  };
}

export function pinInstanceData(pins: readonly PinDatum[], place: (pin: PinDatum) => SceneVector): PinInstanceData {
  const positions = new Float32Array(pins.length * 3);
  const colours = new Uint32Array(pins.length);
  pins.forEach((pin, i) => {
    positions.set(place(pin), i * 3);
    colours[i] = pinColour(pin.category, pin.pending);
  });
  return { ids: pins.map((p) => p.id), positions, colours };
}

/** The smallest capacity the sprites' buffers start with: a quiet session never reallocates. */
export const MIN_PIN_CAPACITY = 256;

/**
 * How many pins the sprites' buffers should have room for: the current room while the pins
 * fit, else doubled until they do. A GPU buffer cannot grow in place, so each growth builds a
 * new geometry; doubling keeps that rare (10,000 pins: six growths from 256). Never shrinks: a
 * filter or a hidden batch coming back would only grow it again.
 */
export function pinCapacity(count: number, current = 0): number {
  let capacity = Math.max(current, MIN_PIN_CAPACITY);
  while (capacity < count) capacity *= 2;
  return capacity;
}
