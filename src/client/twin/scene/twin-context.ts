import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { Object3D } from 'three';
import type { EnuFrame } from '../../../core/geo/enu.ts';
import type { SceneBundle } from '../../../core/site/scene-schema.ts';
import type { SitePack } from '../../../core/site/schema.ts';
import type { CameraRig } from '../camera/camera-rig.ts';
import type { GroundBounds } from '../geo/site-bounds.ts';
import type { ModelLibrary } from '../models/model-library.ts';
import type { TwinViewState, TwinViewStore } from '../state/twin-view-store.ts';
import type { RenderLoop, RenderPacing } from './render-pacing.ts';

/** The two halves of compare mode: the street as it is, and as the chosen option makes it.
 * The frame renderer shows one or both; set by TwinScene's groups. */
export interface CompareTargets {
  baseline: Object3D | null;
  option: Object3D | null;
}

/**
 * Everything a twin component (inside or outside the Canvas) may need: the site, its scene
 * frame (the only way between lng/lat and scene metres), the drawn extent, the camera rig and
 * the view store. Pins and avatars read the frame from here.
 */
export interface TwinContextValue {
  site: SitePack;
  frame: EnuFrame;
  bundle: SceneBundle;
  bounds: GroundBounds;
  /** tallest thing on the site, metres: the shadow box's height */
  topHeight: number;
  rig: CameraRig;
  viewStore: TwinViewStore;
  library: ModelLibrary;
  compareTargets: CompareTargets;
  /** when the twin draws: every frame while something moves, about once a second otherwise */
  pacing: RenderPacing;
  /** 'always' only when the address asks (the render benchmark) */
  renderLoop: RenderLoop;
}

export const TwinContext = createContext<TwinContextValue | null>(null);

export function useTwin(): TwinContextValue {
  const twin = useContext(TwinContext);
  if (!twin) throw new Error('twin components must be rendered inside a TwinContext provider (TwinPanel)');
  return twin;
}

/** The site's scene frame: lng/lat ↔ scene metres (+x east, +y up, −z north). */
export function useTwinFrame(): EnuFrame {
  return useTwin().frame;
}

/** A slice of the twin's view state; re-renders only when the slice changes. */
export function useTwinView<T>(select: (state: TwinViewState) => T): T {
  return useStore(useTwin().viewStore, select);
}
