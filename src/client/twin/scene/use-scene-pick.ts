import type { ThreeEvent } from '@react-three/fiber';
import { useCallback } from 'react';
import type { Object3D } from 'three';
import { featureIdOfHit, layerOfHit } from '../picking/feature-id.ts';
import type { ScenePick } from '../picking/scene-pick.ts';
import { useTwin } from './twin-context.ts';

/** A pointer that moved farther than this between down and up was dragging the view. */
const DRAG_TOLERANCE_PX = 6;

function shownInWorld(object: Object3D | null): boolean {
  for (let o = object; o; o = o.parent) if (!o.visible) return false;
  return true;
}

/**
 * An R3F click handler for the site group that reports taps (not drags) as ScenePicks: the
 * nearest visible hit, its lng/lat through the site frame, and the feature it belongs to.
 * Hidden objects are skipped: three's raycaster does not check visibility, and compare mode
 * keeps a hidden copy of the street as it is.
 */
export function useScenePick(onPick: ((pick: ScenePick) => void) | undefined) {
  const { frame } = useTwin();
  return useCallback(
    (event: ThreeEvent<MouseEvent>) => {
      if (!onPick || event.delta > DRAG_TOLERANCE_PX) return;
      const hit = event.intersections.find((i) => shownInWorld(i.object));
      if (!hit) return;
      event.stopPropagation();
      const { x, y, z } = hit.point;
      const geo = { ...frame.fromScene([x, y, z]), height: y };
      const featureId = featureIdOfHit(hit);
      const layer = layerOfHit(hit);
      onPick({ geo, scene: [x, y, z], ...(featureId ? { featureId } : {}), ...(layer ? { layer } : {}) });
    },
    [frame, onPick],
  );
}
