import { createStore, type StoreApi } from 'zustand/vanilla';
import type { CameraMode } from '../camera/camera-rig.ts';
import { DAY_END_MINUTES, DAY_START_MINUTES, type Season } from '../sun/seasons.ts';

/**
 * What the DOM controls choose and the scene shows, other than the option (which belongs to
 * whoever embeds the twin: a session may follow its presenter). Per-frame data such as the
 * camera's position never goes here: the camera rig and refs hold it.
 */
export interface TwinViewState {
  /** before/after split: today's street on the left of the divider, the option on the right */
  compare: boolean;
  /** divider position, 0..1 of the viewport width from the left */
  dividerFraction: number;
  season: Season;
  /** minutes after midnight, site time */
  minutesOfDay: number;
  /** written by the camera rig when a mode switch or flight lands */
  cameraMode: CameraMode;
}

export type TwinViewStore = StoreApi<TwinViewState>;

/** A summer afternoon: the hours and the season residents say the street lacks shade, with
 * shadows falling east, towards the opening camera in the south-east. */
export const DEFAULT_VIEW: TwinViewState = {
  compare: false,
  dividerFraction: 0.5,
  season: 'summer',
  minutesOfDay: 15 * 60,
  cameraMode: 'orbit',
};

export const MIN_DIVIDER = 0.05;
export const MAX_DIVIDER = 0.95;

export function clampDivider(fraction: number): number {
  return Math.min(MAX_DIVIDER, Math.max(MIN_DIVIDER, fraction));
}

export function clampMinutes(minutes: number): number {
  return Math.min(DAY_END_MINUTES, Math.max(DAY_START_MINUTES, minutes));
}

/** A store starting from DEFAULT_VIEW with the known fields of `initial` (callers may pass a
 * wider object, such as the standalone route's query). */
export function createTwinViewStore(initial: Partial<TwinViewState> = {}): TwinViewStore {
  const state: TwinViewState = {
    compare: initial.compare ?? DEFAULT_VIEW.compare,
    dividerFraction: clampDivider(initial.dividerFraction ?? DEFAULT_VIEW.dividerFraction),
    season: initial.season ?? DEFAULT_VIEW.season,
    minutesOfDay: clampMinutes(initial.minutesOfDay ?? DEFAULT_VIEW.minutesOfDay),
    cameraMode: DEFAULT_VIEW.cameraMode, // the rig decides, from the opening pose
  };
  return createStore<TwinViewState>()(() => state);
}
