import { Euler, Matrix4, Quaternion, Vector3, type Camera } from 'three';
import { poseEuler, type CameraPose } from './camera-pose.ts';

/** A camera's smooth move from where it is to a destination, over `duration` seconds. */
export class CameraFlight {
  private readonly fromPosition = new Vector3();
  private readonly fromRotation = new Quaternion();
  private readonly toPosition = new Vector3();
  private readonly toRotation = new Quaternion();
  private elapsed = 0;

  constructor(
    camera: Camera,
    destination: { position: Vector3; rotation: Quaternion },
    private readonly duration = 1.2,
  ) {
    this.fromPosition.copy(camera.position);
    this.fromRotation.copy(camera.quaternion);
    this.toPosition.copy(destination.position);
    this.toRotation.copy(destination.rotation);
  }

  /** Advances by `seconds` and moves the camera; true once it has arrived. */
  advance(camera: Camera, seconds: number): boolean {
    this.elapsed = Math.min(this.duration, this.elapsed + seconds);
    const t = this.duration > 0 ? this.elapsed / this.duration : 1;
    const eased = t * t * (3 - 2 * t); // ease in and out: no jolt at either end
    camera.position.lerpVectors(this.fromPosition, this.toPosition, eased);
    camera.quaternion.slerpQuaternions(this.fromRotation, this.toRotation, eased);
    return t >= 1;
  }
}

const euler = new Euler(0, 0, 0, 'YXZ');
const lookMatrix = new Matrix4();
const worldUp = new Vector3(0, 1, 0);

/** A camera rotation that looks along a pose's heading and pitch. */
export function poseRotation(pose: Pick<CameraPose, 'headingDegrees' | 'pitchDegrees'>, out = new Quaternion()): Quaternion {
  const [x, y, z] = poseEuler(pose);
  return out.setFromEuler(euler.set(x, y, z, 'YXZ'));
}

/** A camera rotation at `from` looking at `to`. */
export function lookAtRotation(from: Vector3, to: Vector3, out = new Quaternion()): Quaternion {
  // Matrix4.lookAt builds a camera-style basis (−Z towards the target) when eye comes first
  return out.setFromRotationMatrix(lookMatrix.lookAt(from, to, worldUp));
}
