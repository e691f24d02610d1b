import { getPosition } from 'suncalc';
import type { SceneVector } from '../../../core/geo/enu.ts';
import { zonedTimeToInstant, type WallClock } from './zoned-time.ts';

export interface SunDirection {
  /** the moment this is, as a UTC instant */
  instant: Date;
  /** degrees above the horizon (refraction-corrected); negative at night */
  altitudeDegrees: number;
  /** compass bearing of the sun, degrees clockwise from north */
  azimuthDegrees: number;
  /** unit vector from the ground towards the sun, scene frame (+x east, +y up, −z north) */
  toSun: SceneVector;
}

/** What sunDirection needs of a site pack. */
export interface SunSite {
  origin: { lng: number; lat: number };
  timeZone: string;
}

/**
 * Where the sun is over the site at a wall-clock time in the site's own time zone. The site is
 * a few hundred metres across, so one position (the origin's) serves the whole scene.
 */
export function sunDirection(wall: WallClock, site: SunSite): SunDirection {
  const instant = zonedTimeToInstant(wall, site.timeZone);
  // suncalc 2: degrees; azimuth clockwise from north
  const { altitude, azimuth } = getPosition(instant, site.origin.lat, site.origin.lng);
  const alt = (altitude * Math.PI) / 180;
  const az = (azimuth * Math.PI) / 180;
  const east = Math.sin(az) * Math.cos(alt);
  const north = Math.cos(az) * Math.cos(alt);
  const up = Math.sin(alt);
  return { instant, altitudeDegrees: altitude, azimuthDegrees: azimuth, toSun: [east, up, 0 - north] };
}
