import { describe, expect, it } from 'vitest';
import { createEnuFrame } from '../../../core/geo/enu.ts';
import { rectangle } from '../fixtures/fixture-geometry.ts';
import { buildBuildings } from './building-meshes.ts';
import { buildFlatSurfaces } from './surface-meshes.ts';

const frame = createEnuFrame({ lng: 121.5065, lat: 31.159 });

describe('flat surfaces', () => {
  it('merges features per material into one mesh each, at the layer elevation, facing up', () => {
    const meshes = buildFlatSurfaces(
      frame,
      [
        { id: 'a', material: 'paving', geometry: rectangle(frame, 0, 0, 10, 5) },
        { id: 'b', material: 'bike-lane', geometry: rectangle(frame, 0, 5, 10, 7) },
        { id: 'c', material: 'paving', geometry: rectangle(frame, 20, 0, 30, 5) },
      ],
      0.04,
    );
    expect(meshes.map((m) => m.material).sort()).toEqual(['bike-lane', 'paving']);
    const paving = meshes.find((m) => m.material === 'paving')!;
    expect(paving.featureRanges.triangleCount).toBe(4);
    expect(paving.featureRanges.idAt(0)).toBe('a');
    expect(paving.featureRanges.idAt(3)).toBe('c');
    const position = paving.geometry.attributes.position!;
    const normal = paving.geometry.attributes.normal!;
    for (let i = 0; i < position.count; i++) {
      expect(position.getY(i)).toBeCloseTo(0.04, 6);
      expect(normal.getY(i)).toBeCloseTo(1, 6);
    }
    paving.geometry.computeBoundingBox();
    // 0..5 m north is scene z 0..−5
    expect(paving.geometry.boundingBox!.min.z).toBeCloseTo(-5, 2);
    expect(paving.geometry.boundingBox!.max.x).toBeCloseTo(30, 2);
  });
});

describe('buildings', () => {
  const layer = {
    type: 'FeatureCollection' as const,
    features: [
      { type: 'Feature' as const, id: 'tall', geometry: rectangle(frame, 0, 0, 10, 10), properties: { levels: 6 } },
      { type: 'Feature' as const, id: 'low', geometry: rectangle(frame, 20, 0, 30, 10), properties: { height: 4, kind: 'shop' as const } },
    ],
  };

  it('extrudes every footprint to its height into one merged mesh', () => {
    const mesh = buildBuildings(frame, layer)!;
    mesh.geometry.computeBoundingBox();
    expect(mesh.geometry.boundingBox!.max.y).toBeCloseTo(18, 6);
    expect(mesh.geometry.boundingBox!.min.y).toBeCloseTo(0, 6);
    expect(mesh.geometry.getAttribute('color')).toBeDefined();
    // a box without its bottom: 4 walls × 2 + a roof of 2 = 10 triangles each
    expect(mesh.featureRanges.triangleCount).toBe(20);
    expect(mesh.featureRanges.idAt(0)).toBe('tall');
    expect(mesh.featureRanges.idAt(19)).toBe('low');
  });

  it('drops the faces that look down into the ground', () => {
    const normal = buildBuildings(frame, layer)!.geometry.attributes.normal!;
    for (let i = 0; i < normal.count; i++) expect(normal.getY(i)).toBeGreaterThan(-0.5);
  });

  it('draws nothing for an absent layer', () => {
    expect(buildBuildings(frame, undefined)).toBeUndefined();
  });
});
