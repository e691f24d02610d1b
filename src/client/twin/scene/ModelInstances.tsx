import { useFrame } from '@react-three/fiber';
import { useLayoutEffect, useMemo } from 'react';
import { InstancedMesh } from 'three';
import { composeInstanceMatrices, scaleInstancesInPlace } from '../build/instance-matrices.ts';
import type { StreetObject } from '../build/street-objects.ts';
import type { BakedModel } from '../models/bake-model.ts';
import type { TwinUserData } from '../picking/feature-id.ts';
import { GROWING_FRAME_MS, type GrowthClock } from './growth-clock.ts';
import { useTwin } from './twin-context.ts';

interface ModelInstancesProps {
  model: BakedModel;
  /** existing objects first, then an option's: the option's tail is what grows in */
  objects: readonly StreetObject[];
  growth?: GrowthClock | undefined;
}

/**
 * Every copy of one model as one InstancedMesh: one draw call per material of the model,
 * however many stand on the street. `userData.instanceFeatureIds[instanceId]` names the feature
 * each instance stands for, `instanceLayers[instanceId]` its kind.
 */
export function ModelInstances({ model, objects, growth }: ModelInstancesProps) {
  const { pacing } = useTwin();
  const mesh = useMemo(() => {
    const instanced = new InstancedMesh(model.geometry, model.materials, objects.length);
    instanced.name = `street-objects:${model.id}`;
    instanced.castShadow = true;
    instanced.receiveShadow = true;
    instanced.userData = {
      layer: 'street-objects',
      instanceFeatureIds: objects.map((o) => o.featureId),
      instanceLayers: objects.map((o) => o.layer),
    } satisfies TwinUserData;
    return instanced;
  }, [model, objects]);
  const base = useMemo(() => composeInstanceMatrices(objects, model.height), [objects, model.height]);
  const firstGrowing = useMemo(() => {
    const index = objects.findIndex((o) => o.layer === 'option-models');
    return index < 0 ? objects.length : index;
  }, [objects]);
  const grows = growth !== undefined && firstGrowing < objects.length;

  useLayoutEffect(() => {
    const matrices = mesh.instanceMatrix.array as Float32Array;
    matrices.set(base);
    mesh.computeBoundingSphere(); // at full size: culling and picking must see the grown extent
    if (grows && !growth.finished) scaleInstancesInPlace(base, 0, matrices, firstGrowing);
    mesh.instanceMatrix.needsUpdate = true;
    // the geometry and materials belong to the model library and outlive this mesh
    return () => void mesh.dispose();
  }, [mesh, base, growth, grows, firstGrowing]);

  useFrame(({ clock }) => {
    if (!grows || growth.finished) return;
    scaleInstancesInPlace(base, growth.scale(clock.elapsedTime), mesh.instanceMatrix.array as Float32Array, firstGrowing);
    mesh.instanceMatrix.needsUpdate = true;
    pacing.keepDrawing(performance.now(), GROWING_FRAME_MS);
  });

  return <primitive object={mesh} />;
}
