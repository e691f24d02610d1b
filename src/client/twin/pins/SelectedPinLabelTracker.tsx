import { useFrame } from '@react-three/fiber';
import { useMemo, type RefObject } from 'react';
import { Vector3 } from 'three';
import { pinGrowth } from './pin-growth.ts';
import { ARROW_PX, placeLabel } from './pin-label-placement.ts';
import { SELECTED_SCALE, type PinInstances } from './pin-instances.ts';
import { MARKER_TOP } from './pin-marker-geometry.ts';

/** Set on the label while it has a place on screen; its CSS hides it otherwise. */
const PLACED = 'data-placed';
/** Set while it hangs under its pin (the arrow points up). */
const BELOW = 'data-below';

interface Props {
  pins: PinInstances;
  selectedId: string | null;
  /** the label element, in the DOM outside the canvas; its offsetParent is the container */
  labelRef: RefObject<HTMLElement | null>;
}

/**
 * Moves the selected pin's DOM label to follow the pin as the camera moves: each frame, after
 * the render (priority 2), the marker's top and tip are projected and the label's transform
 * set through the ref. No React state changes per frame; one label, not one per pin (drei
 * <Html> would cost a React root for each).
 */
export function SelectedPinLabelTracker({ pins, selectedId, labelRef }: Props) {
  const top = useMemo(() => new Vector3(), []);
  const tip = useMemo(() => new Vector3(), []);

  useFrame(({ camera, gl }) => {
    const label = labelRef.current;
    if (!label) return;
    const container = label.offsetParent;
    if (!container || !pins.tipOf(pins.indexOf(selectedId), tip)) return void label.removeAttribute(PLACED);
    // the marker's top as drawn: selected, and grown with the distance (as the shader does)
    top.copy(tip);
    top.y += MARKER_TOP * SELECTED_SCALE * pinGrowth(camera.position.distanceTo(tip));
    top.project(camera);
    tip.project(camera);
    const size = { width: label.offsetWidth, height: label.offsetHeight };
    const place = placeLabel(top, tip, gl.domElement.getBoundingClientRect(), container.getBoundingClientRect(), size, window.innerHeight);
    if (!place) return void label.removeAttribute(PLACED);
    const lift = place.below ? `${ARROW_PX}px` : `calc(-100% - ${ARROW_PX}px)`;
    label.style.transform = `translate(${place.x.toFixed(1)}px, ${place.y.toFixed(1)}px) translate(-50%, ${lift})`;
    label.toggleAttribute(BELOW, place.below);
    label.setAttribute(PLACED, '');
  }, 2);

  return null;
}
