import { boundsCenter, boundsRadius, type GroundBounds } from '../geo/site-bounds.ts';
import { headingPitchOf, type CameraPose } from './camera-pose.ts';

/** Where the twin opens without a viewpoint: above the south-east of the site, looking
 * north-west across it, so the whole street and its shadows are in view. */
export function overviewPose(bounds: GroundBounds): CameraPose {
  const [cx, cz] = boundsCenter(bounds);
  const distance = Math.min(320, Math.max(60, boundsRadius(bounds) * 1.1));
  const position: [number, number, number] = [cx + distance * 0.55, distance * 0.6, cz + distance * 0.55];
  return { position, ...headingPitchOf([cx - position[0], -position[1], cz - position[2]]) };
}
