import type { RefObject } from 'react';
import type { PinDatum } from './pin-selection.ts';

// Type-only module: the session screen imports it without pulling in three.js.

export interface PinsLayerProps {
  /** the pins to draw (pinsForViewer): visible annotations with a place, and pending ones */
  pins: readonly PinDatum[];
  selectedId: string | null;
  /** a tap on a pin (not a drag): its id */
  onSelect(id: string): void;
  /** the selected pin's label, a DOM element outside the canvas that the layer moves each
   * frame; positioned against its offsetParent */
  labelRef: RefObject<HTMLElement | null>;
}
