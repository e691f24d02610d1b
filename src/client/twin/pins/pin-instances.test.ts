import { describe, expect, it } from 'vitest';
import { Color, Matrix4, Raycaster, Vector3, type Intersection } from 'three';
import { createEnuFrame } from '../../../core/geo/enu.ts';
import { GROW_MAX, pinGrowth } from './pin-growth.ts';
import { createPinPlacer, pinInstanceData } from './pin-instance-data.ts';
import { PinInstances, SELECTED_SCALE } from './pin-instances.ts';
import { createPinMarkerGeometry } from './pin-marker-geometry.ts';
import type { PinDatum } from './pin-selection.ts';

const frame = createEnuFrame({ lng: 121.506521, lat: 31.159631 });
const place = createPinPlacer(frame);

function manyPins(count: number): PinDatum[] {
  return Array.from({ length: count }, (_, i) => {
    const at = frame.fromEnu({ east: (i % 100) * 2, north: Math.floor(i / 100) * 2, up: 0 });
    return { id: `pin-${String(i).padStart(5, '0')}`, lng: at.lng, lat: at.lat, height: 0, category: 'idea', pending: false, text: '' };
  });
}

/** The one mesh inside the group (replaced as it grows). */
const meshOf = (pins: PinInstances) => pins.group.children[0] as import('three').InstancedMesh;

describe('PinInstances', () => {
  it('holds 10,000 pins in one InstancedMesh, grown as needed, casting no shadow', () => {
    const pins = new PinInstances();
    const before = pins.capacity;
    pins.update(pinInstanceData(manyPins(10_000), place), null);
    expect(pins.capacity).toBeGreaterThan(before);
    expect(pins.group.children).toHaveLength(1);
    const mesh = meshOf(pins);
    expect(mesh.name).toBe('pins');
    expect(mesh.count).toBe(10_000);
    expect(mesh.castShadow).toBe(false);
    expect(pins.idAt(9_999)).toBe('pin-09999');
    pins.dispose();
  });

  it('writes each pin’s place and colour, and enlarges only the selected one', () => {
    const pins = new PinInstances();
    pins.update(pinInstanceData(manyPins(3), place), 'pin-00001');
    const mesh = meshOf(pins);
    const m = new Matrix4();
    mesh.getMatrixAt(2, m);
    expect(new Vector3().setFromMatrixPosition(m).x).toBeCloseTo(4, 2);
    mesh.getMatrixAt(1, m);
    expect(new Vector3().setFromMatrixScale(m).x).toBeCloseTo(SELECTED_SCALE, 5);
    mesh.getMatrixAt(0, m);
    expect(new Vector3().setFromMatrixScale(m).x).toBeCloseTo(1, 5);
    const c = new Color();
    mesh.getColorAt(0, c);
    expect(c.getHex()).toBe(0x1f5fbf);

    pins.select(null);
    mesh.getMatrixAt(1, m);
    expect(new Vector3().setFromMatrixScale(m).x).toBeCloseTo(1, 5);
    pins.dispose();
  });
});

describe('the pin marker', () => {
  it('is low-poly, with its tip at its origin', () => {
    const geometry = createPinMarkerGeometry();
    const triangles = geometry.index!.count / 3;
    expect(triangles).toBeLessThanOrEqual(30);
    expect(geometry.getAttribute('position').count).toBeLessThan(triangles);
    geometry.computeBoundingBox();
    expect(geometry.boundingBox!.min.y).toBeCloseTo(0, 5);
    geometry.dispose();
  });
});

describe('tapping a pin', () => {
  it('hits a marker as drawn — grown with the distance — and names its instance', () => {
    const pins = new PinInstances();
    pins.update(pinInstanceData(manyPins(3), place), null);
    const mesh = meshOf(pins);
    mesh.updateMatrixWorld();
    const raycaster = new Raycaster();
    // from 200 m away, aimed 6 m above pin 1's tip (x = 2): inside the grown head, far above
    // the head at real size
    raycaster.ray.origin.set(2, 6, 200);
    raycaster.ray.direction.set(0, 0, -1);
    const hits: Intersection[] = [];
    mesh.raycast(raycaster, hits);
    expect(hits.map((h) => h.instanceId)).toContain(1);
    expect(pinGrowth(200)).toBeGreaterThan(3);

    const miss: Intersection[] = [];
    raycaster.ray.origin.set(2, 60, 200);
    mesh.raycast(raycaster, miss);
    expect(miss).toEqual([]);
    pins.dispose();
  });

  it('keeps markers at real size up close, and caps their growth far away', () => {
    expect(pinGrowth(5)).toBe(1);
    expect(pinGrowth(10_000)).toBe(GROW_MAX);
  });
});
