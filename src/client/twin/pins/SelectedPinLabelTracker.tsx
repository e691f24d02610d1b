import { useFrame } from '@react-three/fiber';
import { useMemo, type RefObject } from 'react';
import { Vector3 } from 'three';
import { ARROW_PX, placeLabel } from './pin-label-placement.ts';
import type { PinScene } from './pin-scene.ts';

/** Set on the label while it has a place on screen; its CSS hides it otherwise. */
const PLACED = 'data-placed';
/** Set while it hangs under its pin (the arrow points up). */
const BELOW = 'data-below';

interface Props {
  pins: PinScene;
  selectedId: string | null;
  /** the label element, in the DOM outside the canvas; its offsetParent is the container */
  labelRef: RefObject<HTMLElement | null>;
}

/**
 * Moves the selected pin's DOM label to follow the pin as the camera moves: each frame, after
 * the render (priority 2), the pin's tip and the top of its marker or sprite are projected and
 * the label's transform set through the ref. No React state changes per frame; one label, not
 * one per pin (drei <Html> would cost a React root for each).
 */
export function SelectedPinLabelTracker({ pins, selectedId, labelRef }: Props) {
  const tip = useMemo(() => new Vector3(), []);
  const top = useMemo(() => new Vector3(), []);

  useFrame(({ camera, gl }) => {
    const label = labelRef.current;
    if (!label) return;
    const container = label.offsetParent;
    if (!container || !pins.project(pins.indexOf(selectedId), camera, tip, top)) return void label.removeAttribute(PLACED);
    const size = { width: label.offsetWidth, height: label.offsetHeight };
    const place = placeLabel(top, tip, gl.domElement.getBoundingClientRect(), container.getBoundingClientRect(), size, window.innerHeight);
    if (!place) return void label.removeAttribute(PLACED);
    const lift = place.below ? `${ARROW_PX}px` : `calc(-100% - ${ARROW_PX}px)`;
    label.style.transform = `translate(${place.x.toFixed(1)}px, ${place.y.toFixed(1)}px) translate(-50%, ${lift})`;
    label.style.setProperty('--arrow-x', `${place.arrowOffset.toFixed(1)}px`);
    label.toggleAttribute(BELOW, place.below);
    label.setAttribute(PLACED, '');
  }, 2);

  return null;
}
