import { useFrame, useThree, type ThreeEvent } from '@react-three/fiber';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTwinFrame } from '../scene/twin-context.ts';
import { PinDrawCallStats } from './PinDrawCallStats.tsx';
import { createPinPlacer, pinInstanceData } from './pin-instance-data.ts';
import { PinScene } from './pin-scene.ts';
import { sameMarkers, type PinDatum } from './pin-selection.ts';
import type { PinsLayerProps } from './pins-layer-props.ts';
import { SelectedPinLabelTracker } from './SelectedPinLabelTracker.tsx';

/** A pointer that moved farther than this between down and up was turning the view, as for
 * the site's own taps. */
const DRAG_TOLERANCE_PX = 6;

/**
 * The annotations as markers in the twin: a thin view of the pins it is given, drawn by a
 * PinScene (3D markers near the camera, sprites beyond: two draw calls at most), written when
 * the markers change — not per frame, and not when only a reaction or a reply changed an
 * annotation. A tap on a pin selects it and keeps the tap from reaching the ground behind it.
 * Default export: loaded lazily (lazy-pins-layer.ts), as a child of the twin panel.
 */
export default function PinsLayer({ pins, selectedId, onSelect, labelRef }: PinsLayerProps) {
  const frame = useTwinFrame();
  const [pinScene] = useState(() => new PinScene());
  useEffect(() => () => pinScene.dispose(), [pinScene]);

  const markers = useSameMarkers(pins);
  const place = useMemo(() => createPinPlacer(frame), [frame]);
  const data = useMemo(() => pinInstanceData(markers, place), [markers, place]);
  // the selection at the time of an update is read from a ref: a change of selection alone
  // goes through select(), which rewrites two matrices, not all of them
  const selected = useRef(selectedId);
  selected.current = selectedId;
  // written outside React's reconciler, so the (paced) render loop is told to draw them
  const invalidate = useThree((s) => s.invalidate);
  useLayoutEffect(() => {
    pinScene.update(data, selected.current);
    invalidate();
  }, [pinScene, data, invalidate]);
  useLayoutEffect(() => {
    pinScene.select(selectedId);
    invalidate();
  }, [pinScene, selectedId, invalidate]);
  // before the frame is rendered (the frame renderer runs at priority 1)
  useFrame(({ camera, size }) => pinScene.followCamera(camera, size.width, size.height));

  const tap = (event: ThreeEvent<MouseEvent>) => {
    if (event.delta > DRAG_TOLERANCE_PX) return;
    const id = pinScene.idAt(event.instanceId);
    if (!id) return;
    event.stopPropagation();
    onSelect(id);
  };

  return (
    <>
      <primitive object={pinScene.group} onClick={tap} />
      <SelectedPinLabelTracker pins={pinScene} selectedId={selectedId} labelRef={labelRef} />
      <PinDrawCallStats pins={pinScene} />
    </>
  );
}

/** The previous list while the markers it draws are the same (see sameMarkers). */
function useSameMarkers(pins: readonly PinDatum[]): readonly PinDatum[] {
  const last = useRef(pins);
  if (!sameMarkers(last.current, pins)) last.current = pins;
  return last.current;
}
