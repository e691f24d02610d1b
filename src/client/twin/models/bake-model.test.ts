import { BoxGeometry, Group, Mesh, MeshStandardMaterial } from 'three';
import { describe, expect, it } from 'vitest';
import { bakeModel } from './bake-model.ts';
import { placeholderModel } from './placeholder-models.ts';

describe('baking a model for instancing', () => {
  it('merges meshes per material into groups and applies node transforms', () => {
    const wood = new MeshStandardMaterial({ name: 'timber' });
    const steel = new MeshStandardMaterial({ name: 'steel' });
    const root = new Group();
    const seat = new Mesh(new BoxGeometry(2, 0.1, 0.5), wood);
    seat.position.y = 0.45;
    const back = new Mesh(new BoxGeometry(2, 0.4, 0.1), wood);
    back.position.set(0, 0.8, 0.2);
    const leg = new Mesh(new BoxGeometry(0.1, 0.45, 0.5), steel);
    leg.position.y = 0.225;
    const nested = new Group();
    nested.position.x = 1;
    nested.add(leg);
    root.add(seat, back, nested);

    const baked = bakeModel('bench', root);
    expect(baked.materials.map((m) => m.name)).toEqual(['timber', 'steel']);
    expect(baked.geometry.groups).toHaveLength(2);
    expect(baked.geometry.groups[0]!.materialIndex).toBe(0);
    expect(baked.triangles).toBe(36);
    expect(baked.height).toBeCloseTo(1, 6);
    baked.geometry.computeBoundingBox();
    expect(baked.geometry.boundingBox!.max.x).toBeCloseTo(1.05, 6); // the nested leg moved 1 m
  });

  it('makes placeholders at a plausible size', () => {
    expect(placeholderModel('street-tree').height).toBeGreaterThan(5);
    expect(placeholderModel('bollard').height).toBeCloseTo(0.9, 6);
    expect(placeholderModel('unknown-thing').materials).toHaveLength(1);
  });
});
