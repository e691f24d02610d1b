import type { ThreeEvent } from '@react-three/fiber';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTwinFrame } from '../scene/twin-context.ts';
import { PinDrawCallStats } from './PinDrawCallStats.tsx';
import { createPinPlacer, pinInstanceData } from './pin-instance-data.ts';
import { PinInstances } from './pin-instances.ts';
import { sameMarkers, type PinDatum } from './pin-selection.ts';
import type { PinsLayerProps } from './pins-layer-props.ts';
import { SelectedPinLabelTracker } from './SelectedPinLabelTracker.tsx';

/** A pointer that moved farther than this between down and up was turning the view, as for
 * the site's own taps. */
const DRAG_TOLERANCE_PX = 6;

/**
 * The annotations as markers in the twin: a thin view of the pins it is given. One
 * InstancedMesh for all of them, written when the markers change (not per frame, and not when
 * only a reaction or a reply changed an annotation); a tap on a marker selects its pin and
 * keeps the tap from reaching the ground behind it. Default export: loaded lazily
 * (lazy-pins-layer.ts), as a child of the twin panel.
 */
export default function PinsLayer({ pins, selectedId, onSelect, labelRef }: PinsLayerProps) {
  const frame = useTwinFrame();
  const [instances] = useState(() => new PinInstances());
  useEffect(() => () => instances.dispose(), [instances]);

  const markers = useSameMarkers(pins);
  const place = useMemo(() => createPinPlacer(frame), [frame]);
  const data = useMemo(() => pinInstanceData(markers, place), [markers, place]);
  // the selection at the time of an update is read from a ref: a change of selection alone
  // goes through select(), which rewrites two matrices, not all of them
  const selected = useRef(selectedId);
  selected.current = selectedId;
  useLayoutEffect(() => instances.update(data, selected.current), [instances, data]);
  useLayoutEffect(() => instances.select(selectedId), [instances, selectedId]);

  const tap = (event: ThreeEvent<MouseEvent>) => {
    if (event.delta > DRAG_TOLERANCE_PX) return;
    const id = instances.idAt(event.instanceId);
    if (!id) return;
    event.stopPropagation();
    onSelect(id);
  };

  return (
    <>
      <primitive object={instances.group} onClick={tap} />
      <SelectedPinLabelTracker pins={instances} selectedId={selectedId} labelRef={labelRef} />
      <PinDrawCallStats pins={instances} />
    </>
  );
}

/** The previous list while the markers it draws are the same (see sameMarkers). */
function useSameMarkers(pins: readonly PinDatum[]): readonly PinDatum[] {
  const last = useRef(pins);
  if (!sameMarkers(last.current, pins)) last.current = pins;
  return last.current;
}
