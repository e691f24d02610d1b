import type { EnuFrame } from '../../../core/geo/enu.ts';
import type { Pose } from '../../../core/protocol/messages.ts';
import type { CameraPose } from '../camera/camera-pose.ts';

/**
 * A camera pose in the scene ⇄ the protocol's pose (lng/lat, height above ground, heading and
 * pitch in degrees), through the site's frame: the only way poses cross between devices, since
 * no two devices share scene coordinates by accident (an AR phone's frame is its own).
 *
 * Height is the scene's y (metres above the site's ground, as for pins), not the ellipsoid
 * height the frame would give: the site treats its ground as level. Headings need no turning:
 * the frame's −z is north at the origin, and 300 m away true north differs by a few thousandths
 * of a degree.
 */

/** Pose limits of the protocol (PoseSchema): a camera beyond them is clamped, not refused. */
const MIN_HEIGHT = -20;
const MAX_HEIGHT = 500;

export function geoPoseOf(frame: EnuFrame, camera: CameraPose, optionId?: string): Pose {
  const [x, y, z] = camera.position;
  const { lng, lat } = frame.fromScene([x, 0, z]);
  const pose: Pose = {
    // 1e-8° is about a millimetre: enough, and a third shorter on the wire than full doubles
    lng: round(lng, 1e8),
    lat: round(lat, 1e8),
    height: round(Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, y)), 1e3),
    heading: round(normalHeading(camera.headingDegrees), 1e3) % 360,
    pitch: round(Math.min(90, Math.max(-90, camera.pitchDegrees)), 1e3),
  };
  if (optionId !== undefined) pose.optionId = optionId;
  return pose;
}

export function scenePoseOf(frame: EnuFrame, pose: Pose): CameraPose {
  const [x, , z] = frame.toScene({ lng: pose.lng, lat: pose.lat, height: frame.origin.height });
  return { position: [x, pose.height, z], headingDegrees: pose.heading, pitchDegrees: pose.pitch };
}

function normalHeading(degrees: number): number {
  return ((degrees % 360) + 360) % 360;
}

function round(value: number, scale: number): number {
  return Math.round(value * scale) / scale;
}
