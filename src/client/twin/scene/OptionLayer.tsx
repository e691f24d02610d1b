import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import { existingStreetObjects, optionStreetObjects } from '../build/street-objects.ts';
import { SURFACE_ELEVATION } from '../build/surface-palette.ts';
import { buildFlatSurfaces } from '../build/surface-meshes.ts';
import { surfaceFeatures } from '../build/static-site.ts';
import type { TwinUserData } from '../picking/feature-id.ts';
import { GROWING_FRAME_MS, GrowthClock } from './growth-clock.ts';
import { StreetObjects } from './StreetObjects.tsx';
import type { TwinMaterials } from './surface-materials.ts';
import { useTwin } from './twin-context.ts';

/**
 * The street's changeable part as one option makes it: existing trees and furniture minus the
 * ones it removes, plus its models (growing in) and its surfaces (fading in) over the base.
 * Mounted with `key={optionId}`, so a switch starts a fresh transition.
 */
export function OptionLayer({ optionId, materials }: { optionId: string; materials: TwinMaterials }) {
  const { frame, bundle, pacing } = useTwin();
  const option = bundle.options[optionId];
  const growth = useMemo(() => new GrowthClock(0.4), []);
  const objects = useMemo(() => {
    const removed = new Set(option?.removes ?? []);
    return [...existingStreetObjects(frame, bundle, removed), ...optionStreetObjects(frame, option)];
  }, [frame, bundle, option]);
  const surfaces = useMemo(
    () => buildFlatSurfaces(frame, option?.surfaces ? surfaceFeatures(option.surfaces, 'paving') : [], SURFACE_ELEVATION.option),
    [frame, option],
  );
  useEffect(() => () => surfaces.forEach((s) => s.geometry.dispose()), [surfaces]);
  const surfaceMaterials = useMemo(() => surfaces.map((s) => materials.surface('option', s.material)), [surfaces, materials]);

  // The option's surfaces fade in; they stay transparent only while fading, so the finished
  // scene sorts and shadows as plain opaque ground.
  useFrame(({ clock }) => {
    if (surfaceMaterials.length === 0 || growth.finished) return;
    const opacity = growth.progress(clock.elapsedTime);
    pacing.keepDrawing(performance.now(), GROWING_FRAME_MS);
    const fading = opacity < 1;
    for (const material of surfaceMaterials) {
      if (material.transparent !== fading) {
        material.transparent = fading;
        material.needsUpdate = true;
      }
      material.opacity = opacity;
    }
  });

  return (
    <group name={`option:${optionId}`}>
      {surfaces.map((surface, i) => (
        <mesh
          key={surface.material}
          name={`option-surface-${surface.material}`}
          geometry={surface.geometry}
          material={surfaceMaterials[i]}
          receiveShadow
          userData={{ layer: 'option-surfaces', faceFeatureRanges: surface.featureRanges } satisfies TwinUserData}
        />
      ))}
      <StreetObjects objects={objects} growth={growth} />
    </group>
  );
}

/** The street as it is: every existing tree and piece of furniture (compare mode's left side). */
export function BaselineLayer() {
  const { frame, bundle } = useTwin();
  const objects = useMemo(() => existingStreetObjects(frame, bundle), [frame, bundle]);
  return <StreetObjects objects={objects} />;
}
