import { useEffect, useMemo } from 'react';
import { boundsCenter } from '../geo/site-bounds.ts';
import { buildStaticSite, disposeStaticSite } from '../build/static-site.ts';
import type { TwinUserData } from '../picking/feature-id.ts';
import type { TwinMaterials } from './surface-materials.ts';
import { useTwin } from './twin-context.ts';

/** Beyond the drawn site the ground continues this far, into the fog, so it has no visible
 * edge from any camera the orbit limits allow. */
const GROUND_MARGIN_METRES = 2500;

/** The ground, the street's surfaces and the buildings: the part no option changes. Built once
 * per bundle; a handful of draw calls whatever the number of features. */
export function StaticSite({ materials }: { materials: TwinMaterials }) {
  const { frame, bundle, bounds } = useTwin();
  const meshes = useMemo(() => buildStaticSite(frame, bundle), [frame, bundle]);
  useEffect(() => () => disposeStaticSite(meshes), [meshes]);
  const [cx, cz] = boundsCenter(bounds);
  const groundWidth = bounds.maxX - bounds.minX + 2 * GROUND_MARGIN_METRES;
  const groundDepth = bounds.maxZ - bounds.minZ + 2 * GROUND_MARGIN_METRES;
  return (
    <group name="static-site">
      <mesh
        name="ground"
        rotation-x={-Math.PI / 2}
        position={[cx, 0, cz]}
        receiveShadow
        material={materials.ground}
        userData={{ layer: 'ground' } satisfies TwinUserData}
      >
        <planeGeometry args={[groundWidth, groundDepth]} />
      </mesh>
      {meshes.surfaces.map((surface) => (
        <mesh
          key={`${surface.layer}/${surface.material}`}
          name={`${surface.layer}-${surface.material}`}
          geometry={surface.geometry}
          material={materials.surface(surface.layer, surface.material)}
          receiveShadow
          userData={{ layer: surface.layer, faceFeatureRanges: surface.featureRanges } satisfies TwinUserData}
        />
      ))}
      {meshes.buildings && (
        <mesh
          name="buildings"
          geometry={meshes.buildings.geometry}
          material={materials.buildings}
          castShadow
          receiveShadow
          userData={{ layer: 'buildings', faceFeatureRanges: meshes.buildings.featureRanges } satisfies TwinUserData}
        />
      )}
    </group>
  );
}
