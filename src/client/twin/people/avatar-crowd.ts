import {
  Color,
  DynamicDrawUsage,
  Euler,
  Group,
  InstancedMesh,
  Matrix4,
  MeshStandardMaterial,
  Quaternion,
  Vector3,
  type BufferGeometry,
  type Camera,
} from 'three';
import type { EnuFrame } from '../../../core/geo/enu.ts';
import type { PoseBook } from '../../state/poses.ts';
import type { CameraPose } from '../camera/camera-pose.ts';
import { BODY_HEIGHT, BODY_RADIUS, HEAD_RADIUS, bodyGeometry, headGeometry } from './avatar-geometry.ts';
import {
  FADED_COLOUR,
  FADED_COLOUR_MIX,
  FADED_LABEL_OPACITY,
  HIDE_WITHIN_METRES,
  ROLE_COLOURS,
  WALKER_MAX_EYE_HEIGHT,
  avatarScale,
} from './avatar-look.ts';
import { scenePoseOf } from './geo-pose.ts';
import { NameLabels } from './name-labels.ts';
import type { ShownPerson } from './people-shown.ts';
import { copyPose, dampPose } from './pose-smoothing.ts';

/** Shown poses trail received ones by about this (they arrive ~5 a second). */
const SMOOTHING_SECONDS = 0.15;
/** The pole under a high camera, metres at life size. */
const POLE_RADIUS = 0.05;
/** Labels float this far above the head, metres at life size. */
const LABEL_ABOVE_HEAD = 0.45;
const FIRST_CAPACITY = 8;

/** What the crowd needs each frame. */
export interface CrowdFrame {
  camera: Camera;
  /** the canvas in CSS pixels */
  size: { width: number; height: number };
  frame: EnuFrame;
  poses: PoseBook;
  /** performance.now() */
  now: number;
  seconds: number;
  /** a person not to draw: the one being followed, whose eyes the camera is looking through */
  hidden: string | null;
}

interface Person {
  person: ShownPerson;
  /** receivedAt of the pose `target` was made from */
  targetFrom: number;
  target: CameraPose | null;
  shown: CameraPose | null;
}

const headMatrix = new Matrix4();
const bodyMatrix = new Matrix4();
const position = new Vector3();
const scale = new Vector3();
const rotation = new Quaternion();
const upright = new Quaternion();
const euler = new Euler(0, 0, 0, 'YXZ');
const colour = new Color();
const faded = new Color(FADED_COLOUR);
const roleColours = Object.fromEntries(Object.entries(ROLE_COLOURS).map(([role, hex]) => [role, new Color(hex)])) as Record<ShownPerson['role'], Color>;

/**
 * Everyone else in the 3D view, in plain three.js: all heads (with view cones) in one
 * InstancedMesh and all bodies in another, so two draw calls whatever the crowd, plus their
 * name labels. The React side (Avatars.tsx) only hands it the people and calls update per frame.
 */
export class AvatarCrowd {
  readonly group = new Group();
  readonly labels = new NameLabels();
  private readonly people = new Map<string, Person>();
  private readonly headShape = headGeometry();
  private readonly bodyShape = bodyGeometry();
  private readonly headMaterial = new MeshStandardMaterial({ roughness: 0.55 });
  // a shade darker than the head: the figure reads as head and body in the role's colour
  private readonly bodyMaterial = new MeshStandardMaterial({ roughness: 0.8, color: '#c8c8c8' });
  private heads: InstancedMesh;
  private bodies: InstancedMesh;

  constructor() {
    this.group.name = 'people';
    this.heads = this.instanced(this.headShape, this.headMaterial, FIRST_CAPACITY, 'people-heads');
    this.bodies = this.instanced(this.bodyShape, this.bodyMaterial, FIRST_CAPACITY, 'people-bodies');
  }

  /** Who is in the scene now, with their label text. */
  setPeople(people: readonly { person: ShownPerson; label: string }[]): void {
    const ids = new Set(people.map((p) => p.person.connectionId));
    for (const id of this.people.keys()) if (!ids.has(id)) this.people.delete(id);
    this.labels.retain(ids);
    for (const { person, label } of people) {
      const known = this.people.get(person.connectionId);
      if (known) known.person = person;
      else this.people.set(person.connectionId, { person, targetFrom: -1, target: null, shown: null });
      this.labels.set(person.connectionId, label, person.role);
    }
    if (people.length > this.heads.instanceMatrix.count) this.grow(Math.max(people.length, this.heads.instanceMatrix.count * 2));
  }

  update({ camera, size, frame, poses, now, seconds, hidden }: CrowdFrame): void {
    let drawn = 0;
    this.labels.beginFrame();
    for (const [id, p] of this.people) {
      const received = poses.get(id);
      if (!received || id === hidden) continue;
      if (received.receivedAt !== p.targetFrom) {
        p.targetFrom = received.receivedAt;
        p.target = scenePoseOf(frame, received.pose);
      }
      const target = p.target!;
      // a person appearing is drawn where they are, not glided in from somewhere else
      p.shown = p.shown ? dampPose(p.shown, target, seconds, SMOOTHING_SECONDS) : copyPose(target);
      if (camera.position.distanceTo(position.fromArray(p.shown.position)) < HIDE_WITHIN_METRES) continue;
      const freshness = poses.freshness(id, now);
      const labelAt = this.place(drawn, p.shown, camera);
      colour.copy(roleColours[p.person.role]).lerp(faded, FADED_COLOUR_MIX * (1 - freshness));
      this.heads.setColorAt(drawn, colour);
      this.bodies.setColorAt(drawn, colour);
      drawn += 1;
      this.placeLabel(id, labelAt, camera, size, FADED_LABEL_OPACITY + (1 - FADED_LABEL_OPACITY) * freshness);
    }
    this.labels.endFrame();
    for (const mesh of [this.heads, this.bodies]) {
      mesh.visible = drawn > 0; // nobody else in 3D: no draw calls at all
      mesh.count = drawn;
      mesh.instanceMatrix.needsUpdate = true;
      if (mesh.instanceColor) mesh.instanceColor.needsUpdate = true;
    }
  }

  dispose(): void {
    this.labels.detach();
    this.heads.dispose();
    this.bodies.dispose();
    this.headShape.dispose();
    this.bodyShape.dispose();
    this.headMaterial.dispose();
    this.bodyMaterial.dispose();
  }

  /** Writes instance `index` of heads and bodies for a pose; returns where its label goes. */
  private place(index: number, pose: CameraPose, camera: Camera): Vector3 {
    const [x, y, z] = pose.position;
    const s = avatarScale(camera.position.distanceTo(position.set(x, y, z)));
    const heading = (-pose.headingDegrees * Math.PI) / 180;
    rotation.setFromEuler(euler.set((pose.pitchDegrees * Math.PI) / 180, heading, 0, 'YXZ'));
    upright.setFromEuler(euler.set(0, heading, 0, 'YXZ'));
    let headY: number;
    if (y <= WALKER_MAX_EYE_HEIGHT) {
      // someone walking: the whole figure, grown about the spot they stand on
      headY = Math.max(y, BODY_HEIGHT) * s;
      bodyMatrix.compose(position.set(x, 0, z), upright, scale.setScalar(s));
    } else {
      // a camera in the air: the head where the camera is, a thin pole down to the ground
      headY = y;
      const poleLength = Math.max(0, y - HEAD_RADIUS * s);
      const thin = (POLE_RADIUS * s) / BODY_RADIUS;
      bodyMatrix.compose(position.set(x, 0, z), upright, scale.set(thin, poleLength / BODY_HEIGHT, thin));
    }
    headMatrix.compose(position.set(x, headY, z), rotation, scale.setScalar(s));
    this.heads.setMatrixAt(index, headMatrix);
    this.bodies.setMatrixAt(index, bodyMatrix);
    return position.set(x, headY + (HEAD_RADIUS + LABEL_ABOVE_HEAD) * s, z);
  }

  private placeLabel(id: string, at: Vector3, camera: Camera, size: CrowdFrame['size'], opacity: number): void {
    const ndc = at.project(camera);
    // behind the camera (z > 1) or well off screen: no label
    if (ndc.z > 1 || Math.abs(ndc.x) > 1.1 || Math.abs(ndc.y) > 1.1) return;
    this.labels.offer(id, ((ndc.x + 1) / 2) * size.width, ((1 - ndc.y) / 2) * size.height, opacity);
  }

  private instanced(shape: BufferGeometry, material: MeshStandardMaterial, capacity: number, name: string): InstancedMesh {
    const mesh = new InstancedMesh(shape, material, capacity);
    mesh.name = name;
    mesh.count = 0;
    mesh.instanceMatrix.setUsage(DynamicDrawUsage);
    mesh.setColorAt(0, colour.set('#ffffff')); // makes instanceColor, sized to capacity
    // instances move every frame; a handful of people is cheaper to draw than to cull
    mesh.frustumCulled = false;
    this.group.add(mesh);
    return mesh;
  }

  /** More people than instances: swap in bigger meshes (rare: doubles each time). */
  private grow(capacity: number): void {
    for (const mesh of [this.heads, this.bodies]) {
      this.group.remove(mesh);
      mesh.dispose();
    }
    this.heads = this.instanced(this.headShape, this.headMaterial, capacity, 'people-heads');
    this.bodies = this.instanced(this.bodyShape, this.bodyMaterial, capacity, 'people-bodies');
  }
}
