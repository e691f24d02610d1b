import { Matrix4, Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { createEnuFrame } from '../../../core/geo/enu.ts';
import { fixtureScene } from '../fixtures/fixture-scene.ts';
import { composeInstanceMatrices, scaleInstancesInPlace } from './instance-matrices.ts';
import { existingStreetObjects, groupByModel, optionStreetObjects, TREE_MODEL_ID } from './street-objects.ts';

const origin = { lng: 121.5065, lat: 31.159 };
const frame = createEnuFrame(origin);
const bundle = fixtureScene('fixture', origin);

describe('street objects and instancing', () => {
  it('groups objects by model, one group per InstancedMesh, instance order = feature order', () => {
    const objects = [...existingStreetObjects(frame, bundle), ...optionStreetObjects(frame, bundle.options['garden-street'])];
    const groups = groupByModel(objects);
    const total = [...groups.values()].reduce((n, g) => n + g.length, 0);
    expect(total).toBe(objects.length);
    expect(new Set(groups.keys())).toEqual(new Set(objects.map((o) => o.modelId)));
    const trees = groups.get(TREE_MODEL_ID)!;
    // existing trees first, then the option's new ones, each in file order
    expect(trees[0]!.featureId).toBe('tree-1');
    expect(trees.some((t) => t.layer === 'option-models')).toBe(true);
    for (const group of groups.values()) expect(group.every((o) => o.modelId === group[0]!.modelId)).toBe(true);
  });

  it('leaves out the existing features an option removes', () => {
    const all = existingStreetObjects(frame, bundle);
    const kept = existingStreetObjects(frame, bundle, new Set(bundle.options['shared-street']!.removes));
    expect(all.length - kept.length).toBe(2);
    expect(kept.map((o) => o.featureId)).not.toContain('tree-2');
  });

  it('scales trees to their own height and places instances through the frame', () => {
    const tree = existingStreetObjects(frame, bundle).find((o) => o.featureId === 'tree-1')!;
    const [matrix] = [new Matrix4().fromArray(composeInstanceMatrices([tree], 3))];
    const top = new Vector3(0, 3, 0).applyMatrix4(matrix);
    expect(top.y).toBeCloseTo(tree.targetHeight!, 4);
    const foot = new Vector3().applyMatrix4(matrix);
    // instance matrices are 32-bit floats: millimetres are plenty
    expect(foot.x).toBeCloseTo(tree.placement.position[0], 3);
    expect(foot.z).toBeCloseTo(tree.placement.position[2], 3);
  });

  it('grows instances about their feet, leaving positions in place', () => {
    const objects = optionStreetObjects(frame, bundle.options['garden-street']).slice(0, 3);
    const base = composeInstanceMatrices(objects, 1);
    const out = base.slice();
    scaleInstancesInPlace(base, 0.5, out, 1);
    expect(new Vector3(0, 1, 0).applyMatrix4(new Matrix4().fromArray(out, 0)).y).toBeCloseTo(1, 5); // before `fromInstance`: untouched
    const grown = new Matrix4().fromArray(out, 16);
    const foot = new Vector3().applyMatrix4(grown);
    expect(foot.x).toBeCloseTo(objects[1]!.placement.position[0], 3);
    expect(new Vector3(0, 1, 0).applyMatrix4(grown).y).toBeCloseTo(0.5, 5);
  });
});
