import { describe, expect, it } from 'vitest';
import { Color, InstancedMesh, Matrix4, PerspectiveCamera, Points, Raycaster, Vector2, Vector3, type Intersection } from 'three';
import { createEnuFrame } from '../../../core/geo/enu.ts';
import { createPinPlacer, pinInstanceData } from './pin-instance-data.ts';
import { createPinMarkerGeometry } from './pin-marker-geometry.ts';
import { NEAR_MAX } from './pin-near-set.ts';
import { PinScene, SELECTED_SCALE } from './pin-scene.ts';
import type { PinDatum } from './pin-selection.ts';

const frame = createEnuFrame({ lng: 121.506521, lat: 31.159631 });
const place = createPinPlacer(frame);

const follow = (scene: PinScene, camera: PerspectiveCamera) => scene.followCamera(camera, VIEW.width, VIEW.height);

/** `count` pins on a grid (`spacing` metres, 100 to a row), east and north of the origin. */
function gridPins(count: number, spacing = 2): PinDatum[] {
  return Array.from({ length: count }, (_, i) => {
    const at = frame.fromEnu({ east: (i % 100) * spacing, north: Math.floor(i / 100) * spacing, up: 0 });
    return { id: `pin-${String(i).padStart(5, '0')}`, lng: at.lng, lat: at.lat, height: 0, category: 'idea', pending: false, text: '' };
  });
}

const spritesOf = (scene: PinScene) => scene.group.children.find((o): o is Points => o instanceof Points)!;
const markersOf = (scene: PinScene) => scene.group.children.find((o): o is InstancedMesh => o instanceof InstancedMesh)!;

/** The view the tests draw into, CSS pixels. */
const VIEW = { width: 1280, height: 720 };

function cameraAt(position: Vector3, target: Vector3 = new Vector3(position.x, position.y, position.z - 1)): PerspectiveCamera {
  const camera = new PerspectiveCamera(55, VIEW.width / VIEW.height, 0.5, 4000);
  camera.position.copy(position);
  camera.lookAt(target);
  camera.updateMatrixWorld();
  return camera;
}

describe('PinScene', () => {
  it('draws 10,000 pins as two objects at most — sprites named "pins", markers near the camera — casting no shadow', () => {
    const scene = new PinScene();
    scene.update(pinInstanceData(gridPins(10_000), place), null);
    expect(scene.group.children).toHaveLength(2);
    const sprites = spritesOf(scene);
    expect(sprites.name).toBe('pins');
    expect(sprites.geometry.drawRange.count).toBe(10_000);
    expect(sprites.geometry.getAttribute('position').count).toBeGreaterThanOrEqual(10_000);
    expect(markersOf(scene).castShadow).toBe(false);
    expect(sprites.castShadow).toBe(false);
    expect(scene.idAt(9_999)).toBe('pin-09999');
    scene.dispose();
  });

  it('draws the pins near the camera as 3D markers (at most NEAR_MAX), where they stand', () => {
    const scene = new PinScene();
    scene.update(pinInstanceData(gridPins(3), place), 'pin-00001');
    follow(scene, cameraAt(new Vector3(0, 1.6, 10))); // walking, 10 m south of the first pin
    const markers = markersOf(scene);
    expect(markers.count).toBe(3);
    const m = new Matrix4();
    const drawn = Array.from({ length: 3 }, (_, i) => (markers.getMatrixAt(i, m), { x: new Vector3().setFromMatrixPosition(m).x, s: new Vector3().setFromMatrixScale(m).x }));
    expect(drawn.map((d) => Math.round(d.x))).toEqual([0, 2, 4]); // nearest first
    expect(drawn[1]!.s).toBeCloseTo(SELECTED_SCALE, 5);
    expect(drawn[0]!.s).toBeCloseTo(1, 5);
    const c = new Color();
    markers.getColorAt(0, c);
    expect(c.getHex()).toBe(0x1f5fbf);

    scene.update(pinInstanceData(gridPins(5_000), place), null);
    follow(scene, cameraAt(new Vector3(100, 1.6, -50))); // in the middle of them
    expect(markers.count).toBe(NEAR_MAX);
    scene.dispose();
  });

  it('chooses the near pins again only once the camera has moved a few metres', () => {
    const scene = new PinScene();
    scene.update(pinInstanceData(gridPins(3), place), null);
    follow(scene, cameraAt(new Vector3(0, 1.6, 10)));
    expect(scene.nearCount).toBe(3);
    follow(scene, cameraAt(new Vector3(0, 1.6, 400))); // far away: none near
    expect(scene.nearCount).toBe(0);
    follow(scene, cameraAt(new Vector3(0, 1.6, 399))); // a step: not chosen again
    expect(scene.nearCount).toBe(0);
    scene.dispose();
  });

  it('draws only the sprites not hidden behind a nearer one, and draws again when the view changes', () => {
    const scene = new PinScene();
    // 10,000 pins 0.2 m apart on 20 m × 20 m: from the overview a solid carpet
    scene.update(pinInstanceData(gridPins(10_000, 0.2), place), 'pin-05050');
    const overview = cameraAt(new Vector3(10, 150, 200), new Vector3(10, 0, -10));
    follow(scene, overview);
    const seen = scene.spriteCount;
    expect(seen).toBeGreaterThan(0);
    expect(seen).toBeLessThan(2_000);
    expect(spritesOf(scene).geometry.drawRange.count).toBe(seen);
    // the selected pin is among them, however many it hides behind
    const index = spritesOf(scene).geometry.index!.array;
    expect(Array.from(index.slice(0, seen))).toContain(5050);

    // close over the carpet the pins spread apart on screen: more of them are seen
    follow(scene, cameraAt(new Vector3(10, 30, 40), new Vector3(10, 0, -10)));
    expect(scene.spriteCount).toBeGreaterThan(seen);
    scene.dispose();
  });

  it('hits a far pin’s sprite where it is drawn, and a near pin’s marker', () => {
    const scene = new PinScene();
    scene.update(pinInstanceData(gridPins(3, 20), place), null);
    // the overview: high and far, every pin a sprite
    const far = cameraAt(new Vector3(60, 150, 200), new Vector3(20, 0, 0));
    follow(scene, far);
    scene.group.updateMatrixWorld();
    const tipOnScreen = new Vector3(20, 0, 0).project(far);
    const raycaster = new Raycaster();
    raycaster.setFromCamera(new Vector2(tipOnScreen.x, tipOnScreen.y + 0.03), far); // on its head
    const hits: Intersection[] = [];
    scene.group.children.forEach((o) => o.raycast(raycaster, hits));
    expect(hits.map((h) => scene.idAt(h.instanceId))).toEqual(['pin-00001']);

    raycaster.setFromCamera(new Vector2(tipOnScreen.x, tipOnScreen.y + 0.5), far); // far above it
    const none: Intersection[] = [];
    scene.group.children.forEach((o) => o.raycast(raycaster, none));
    expect(none).toEqual([]);

    // walking: the same pin is a marker, hit at its head
    const near = cameraAt(new Vector3(20, 2.5, 10), new Vector3(20, 2.5, 0));
    follow(scene, near);
    raycaster.setFromCamera(new Vector2(0, 0), near);
    const markerHits: Intersection[] = [];
    scene.group.children.forEach((o) => o.raycast(raycaster, markerHits));
    expect(markerHits.map((h) => [h.object.name, scene.idAt(h.instanceId)])).toEqual([['pins-near', 'pin-00001']]);

    // a step in front of it the marker is out of the way (not drawn, not hit): the tap goes on
    const close = cameraAt(new Vector3(20, 1.6, 1.5), new Vector3(20, 1.6, 0));
    follow(scene, close);
    raycaster.setFromCamera(new Vector2(0, 0), close);
    const tooClose: Intersection[] = [];
    scene.group.children.forEach((o) => o.raycast(raycaster, tooClose));
    expect(tooClose).toEqual([]);
    scene.dispose();
  });
});

describe('the pin marker', () => {
  it('is low-poly and indexed, with its tip at its origin', () => {
    const geometry = createPinMarkerGeometry();
    const triangles = geometry.index!.count / 3;
    expect(triangles).toBeLessThanOrEqual(30);
    expect(geometry.getAttribute('position').count).toBeLessThan(triangles);
    geometry.computeBoundingBox();
    expect(geometry.boundingBox!.min.y).toBeCloseTo(0, 5);
    geometry.dispose();
  });
});
