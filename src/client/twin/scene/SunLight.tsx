import { useThree } from '@react-three/fiber';
import { useLayoutEffect, useMemo, useRef } from 'react';
import { Color, Fog, type DirectionalLight } from 'three';
import { boundsRadius } from '../geo/site-bounds.ts';
import { daylightFor } from '../sun/daylight.ts';
import { seasonWallClock } from '../sun/seasons.ts';
import { fitShadowCamera } from '../sun/shadow-fit.ts';
import { sunDirection } from '../sun/sun-direction.ts';
import { useTwin, useTwinView } from './twin-context.ts';

export const SHADOW_MAP_SIZE = 2048;

/**
 * The sun for the chosen season and time at the site (its own time zone), with shadows fitted
 * to the site, plus a sky light so shade stays readable rather than black. Re-renders only
 * when the season or time changes.
 */
export function SunLight() {
  const { site, bounds, topHeight } = useTwin();
  const season = useTwinView((s) => s.season);
  const minutes = useTwinView((s) => s.minutesOfDay);
  const scene = useThree((s) => s.scene);
  const light = useRef<DirectionalLight>(null);

  const sun = useMemo(() => sunDirection(seasonWallClock(season, minutes), site), [season, minutes, site]);
  const fit = useMemo(() => fitShadowCamera(bounds, topHeight, sun.toSun), [bounds, topHeight, sun]);
  const daylight = daylightFor(sun.altitudeDegrees);
  const sunUp = daylight.sunIntensity > 0;

  useLayoutEffect(() => {
    const sunLight = light.current;
    if (!sunLight) return;
    sunLight.position.set(...fit.position);
    sunLight.target.position.set(...fit.target);
    sunLight.target.updateMatrixWorld();
    const camera = sunLight.shadow.camera;
    Object.assign(camera, { left: fit.left, right: fit.right, top: fit.top, bottom: fit.bottom, near: fit.near, far: fit.far });
    camera.updateProjectionMatrix();
    sunLight.shadow.needsUpdate = true;
  }, [fit]);

  useLayoutEffect(() => {
    const radius = boundsRadius(bounds);
    scene.background = new Color(daylight.background);
    // haze hides where the modelled ground ends
    scene.fog = new Fog(daylight.background, radius * 1.3, radius * 2.5 + 500);
  }, [scene, daylight.background, bounds]);

  return (
    <>
      <hemisphereLight args={['#dfe9f3', '#8a7e69', daylight.skyIntensity]} />
      <directionalLight
        ref={light}
        color={daylight.sunColour}
        intensity={daylight.sunIntensity}
        castShadow={sunUp}
        shadow-mapSize={[SHADOW_MAP_SIZE, SHADOW_MAP_SIZE]}
        shadow-bias={-0.0004}
        shadow-normalBias={0.06}
      />
    </>
  );
}
