import type { ReactNode } from 'react';
import type { SceneBundle } from '../../core/site/scene-schema.ts';
import type { SitePack } from '../../core/site/schema.ts';
import type { CameraRig } from './camera/camera-rig.ts';
import type { ScenePick } from './picking/scene-pick.ts';
import type { TwinViewState } from './state/twin-view-store.ts';

// Type-only module: importing it (e.g. from the session UI) costs no three.js.

/** The starting view: sun, compare, and a viewpoint to open at. */
export type TwinInitialView = Partial<Pick<TwinViewState, 'compare' | 'dividerFraction' | 'season' | 'minutesOfDay'>> & {
  viewpointId?: string | undefined;
};

export interface TwinPanelProps {
  site: SitePack;
  /** the option shown; the embedding screen owns it (a session may follow its presenter) */
  optionId: string;
  onOptionChange(id: string): void;
  /** the scene bundle if the caller has it; otherwise fetched from /api/sites/:id/scene */
  scene?: SceneBundle | undefined;
  initialView?: TwinInitialView | undefined;
  /** taps on the ground or an object (drags are not taps): where a new pin would go */
  onPick?: ((pick: ScenePick) => void) | undefined;
  /** the camera rig once the scene is up: its pose for presence, flyTo for "follow me" */
  onCameraRig?: ((rig: CameraRig) => void) | undefined;
  /** extra scene content (pins, avatars), rendered inside the Canvas; must be lazy components
   * or live in the twin chunk */
  children?: ReactNode;
}
