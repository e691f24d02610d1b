import { BoxGeometry, InstancedMesh, Mesh, MeshBasicMaterial } from 'three';
import { describe, expect, it } from 'vitest';
import { FaceFeatureRanges } from '../build/face-feature-ranges.ts';
import { featureIdOfHit, layerOfHit } from './feature-id.ts';

describe('feature id of a raycast hit', () => {
  const geometry = new BoxGeometry();
  const material = new MeshBasicMaterial();

  it('reads a single mesh id, an instance id, or a merged-mesh triangle', () => {
    const single = new Mesh(geometry, material);
    single.userData = { layer: 'x', featureId: 'gate-1' };
    expect(featureIdOfHit({ object: single })).toBe('gate-1');

    const instanced = new InstancedMesh(geometry, material, 2);
    instanced.userData = { layer: 'street-objects', instanceFeatureIds: ['tree-1', 'new-tree-1'], instanceLayers: ['trees', 'option-models'] };
    expect(featureIdOfHit({ object: instanced, instanceId: 1 })).toBe('new-tree-1');
    expect(layerOfHit({ object: instanced, instanceId: 0 })).toBe('trees');
    expect(layerOfHit({ object: instanced, instanceId: 1 })).toBe('option-models');

    const ranges = new FaceFeatureRanges();
    ranges.add('block-1', 10);
    ranges.add('block-2', 10);
    const merged = new Mesh(geometry, material);
    merged.userData = { layer: 'buildings', faceFeatureRanges: ranges };
    expect(featureIdOfHit({ object: merged, faceIndex: 12 })).toBe('block-2');
  });

  it('has no id for the bare ground', () => {
    const ground = new Mesh(geometry, material);
    ground.userData = { layer: 'ground' };
    expect(featureIdOfHit({ object: ground, faceIndex: 0 })).toBeUndefined();
  });
});
