import { Suspense, useEffect, useMemo, type ReactNode } from 'react';
import type { ScenePick } from '../picking/scene-pick.ts';
import { CameraController } from './CameraController.tsx';
import { FrameRenderer } from './FrameRenderer.tsx';
import { RenderPacer } from './RenderPacer.tsx';
import { BaselineLayer, OptionLayer } from './OptionLayer.tsx';
import { StaticSite } from './StaticSite.tsx';
import { SunLight } from './SunLight.tsx';
import { TwinMaterials } from './surface-materials.ts';
import { useTwin } from './twin-context.ts';
import { useScenePick } from './use-scene-pick.ts';

export interface TwinSceneProps {
  optionId: string;
  initialViewpointId?: string | undefined;
  /** taps on the ground, a surface, a building or a model (drags are ignored) */
  onPick?: ((pick: ScenePick) => void) | undefined;
  /** extra scene content — pins, avatars — drawn in the same frame; read the frame with
   * useTwinFrame(). Must be lazy or live in the twin chunk, so three.js stays out of the
   * landing bundle. */
  children?: ReactNode;
}

/**
 * The whole 3D twin inside a <Canvas>: sun, camera, the static street, the street as it is
 * (compare mode's left half, hidden otherwise) and as the chosen option makes it, the frame
 * renderer, and a slot for whatever the next features add.
 */
export function TwinScene({ optionId, initialViewpointId, onPick, children }: TwinSceneProps) {
  const twin = useTwin();
  const materials = useMemo(() => new TwinMaterials(), []);
  useEffect(() => () => materials.dispose(), [materials]);
  const handlePick = useScenePick(onPick);
  return (
    <>
      <SunLight />
      <CameraController initialViewpointId={initialViewpointId} />
      <group name="site" onClick={onPick ? handlePick : undefined}>
        <StaticSite materials={materials} />
        <group name="as-it-is" visible={false} ref={(g) => void (twin.compareTargets.baseline = g)}>
          <Suspense fallback={null}>
            <BaselineLayer />
          </Suspense>
        </group>
        <group name="chosen-option" ref={(g) => void (twin.compareTargets.option = g)}>
          <Suspense fallback={null}>
            <OptionLayer key={optionId} optionId={optionId} materials={materials} />
          </Suspense>
        </group>
      </group>
      <FrameRenderer />
      <RenderPacer />
      {children}
    </>
  );
}
