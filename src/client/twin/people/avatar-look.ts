import type { Role } from '../../../core/protocol/primitives.ts';

/**
 * How avatars look, by role. The facilitator stands out in amber against the participants'
 * blue (and their label also says "facilitator", so colour is never the only sign); observers
 * are grey. Scene colours are bright (they are lit and shaded); label backgrounds in
 * styles.css are darker shades of the same hues, for white text at 4.5:1 or better.
 */
export const ROLE_COLOURS: Record<Role, string> = {
  facilitator: '#f59e0b',
  participant: '#3b82f6',
  observer: '#9ca3af',
};

/** What a person fades to when their poses stop: still there (presence says so), but stale. */
export const FADED_COLOUR = '#d9dcd8';
/** Faded all the way, a person keeps this much of their colour, and their label this opacity. */
export const FADED_COLOUR_MIX = 0.8;
export const FADED_LABEL_OPACITY = 0.45;

/** Eye heights up to this are someone walking (camera-pose.ts WALK_VIEWPOINT_MAX_HEIGHT):
 * drawn as a standing figure; higher cameras as a floating head on a thin pole to the ground. */
export const WALKER_MAX_EYE_HEIGHT = 3;

/**
 * Avatars grow with distance so a person is findable from the overview: life size within
 * 30 m, then scaled up with distance, at most eight times (a walker seen from the overview,
 * some 250 m away, would otherwise be a few pixels).
 */
export const LIFE_SIZE_WITHIN_METRES = 30;
export const MAX_AVATAR_SCALE = 8;
/** Someone this close to the viewer's eye is not drawn: a follower stands where the person
 * they follow looks from, and would fill that person's view from the inside. */
export const HIDE_WITHIN_METRES = 2.5;

export function avatarScale(distanceMetres: number): number {
  return Math.min(MAX_AVATAR_SCALE, Math.max(1, distanceMetres / LIFE_SIZE_WITHIN_METRES));
}
