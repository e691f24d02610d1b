import { Quaternion, Vector3, type PerspectiveCamera } from 'three';
import { clampToBounds, type GroundBounds } from '../geo/site-bounds.ts';
import { CameraFlight, lookAtRotation, poseRotation } from './camera-flight.ts';
import { EYE_HEIGHT, WALK_VIEWPOINT_MAX_HEIGHT, groundFocus, headingPitchOf, poseForward, type CameraPose } from './camera-pose.ts';
import { lookBy, stepWalk, STEP_METRES, STEP_TURN_DEGREES, type WalkInput } from './walk-motion.ts';

export type CameraMode = 'orbit' | 'walk';

/** What the rig needs of orbit controls (drei's OrbitControls has it). */
export interface OrbitLike {
  target: Vector3;
  enabled: boolean;
  update(): unknown;
}

const FLIGHT_SECONDS = 1.2;
const ORBIT_TURN_DEGREES_PER_SECOND = 60;
const ORBIT_ZOOM_PER_SECOND = 0.9;
export const ORBIT_MIN_DISTANCE = 4;
export const ORBIT_MAX_DISTANCE = 400;

/**
 * The one owner of the twin's camera, in plain TS: orbit (drei's OrbitControls does the
 * dragging), walk at eye height, and flights between poses. DOM controls call its commands;
 * `update` runs in useFrame and is the only place the camera moves outside OrbitControls. Held
 * keys and buttons write `input`; nothing here touches React state except `onModeChange`.
 */
export class CameraRig {
  /** the sum of every held source (keys, on-screen buttons), see setHeld */
  readonly input: WalkInput = { forward: 0, strafe: 0, turn: 0 };
  private readonly held = new Map<string, WalkInput>();
  private mode: CameraMode = 'orbit';
  private walkPose: CameraPose = { position: [0, EYE_HEIGHT, 0], headingDegrees: 0, pitchDegrees: 0 };
  private flight: { flight: CameraFlight; then: CameraMode; orbitTarget?: Vector3; walkPose?: CameraPose } | null = null;
  private camera: PerspectiveCamera | undefined;
  private controls: OrbitLike | undefined;

  constructor(
    /** where walking and the orbit's centre may go */
    readonly bounds: GroundBounds,
    private readonly onModeChange: (mode: CameraMode) => void = () => {},
  ) {}

  get currentMode(): CameraMode {
    return this.mode;
  }

  /** The rig itself moves the camera right now: a flight, or held movement keys or arrows. */
  get moving(): boolean {
    return this.flight !== null || this.input.forward !== 0 || this.input.strafe !== 0 || this.input.turn !== 0;
  }

  attach(camera: PerspectiveCamera, controls: OrbitLike | undefined): void {
    this.camera = camera;
    this.controls = controls;
  }

  /** Where the camera is and looks: what presence poses and "follow the presenter" share. */
  getPose(): CameraPose | undefined {
    if (!this.camera) return undefined;
    const forward = new Vector3(0, 0, -1).applyQuaternion(this.camera.quaternion);
    return { position: this.camera.position.toArray(), ...headingPitchOf(forward.toArray()) };
  }

  /** Flies to a pose; low poses (a person's eye) end in walk mode, high ones in orbit.
   * `seconds` 0 jumps there on the next update. */
  flyTo(pose: CameraPose, mode: CameraMode = pose.position[1] <= WALK_VIEWPOINT_MAX_HEIGHT ? 'walk' : 'orbit', seconds = FLIGHT_SECONDS): void {
    if (!this.camera) return;
    const position = new Vector3(...pose.position);
    if (mode === 'walk') {
      const walkPose = { ...pose, position: this.clamped(pose.position) };
      this.startFlight({ position: new Vector3(...walkPose.position), rotation: poseRotation(pose) }, seconds, 'walk', { walkPose });
    } else {
      const orbitTarget = new Vector3(...this.clamped(groundFocus(pose)));
      this.startFlight({ position, rotation: lookAtRotation(position, orbitTarget) }, seconds, 'orbit', { orbitTarget });
    }
  }

  /** Orbit → walk drops a person where the orbit was centred, facing the same way; walk →
   * orbit rises behind the walker, looking at the spot ahead. */
  switchMode(mode: CameraMode): void {
    const pose = this.getPose();
    if (!pose || mode === this.mode) return;
    if (mode === 'walk') {
      const centre = this.controls?.target.toArray() ?? groundFocus(pose);
      this.flyTo({ position: [centre[0], EYE_HEIGHT, centre[2]], headingDegrees: pose.headingDegrees, pitchDegrees: 0 }, 'walk');
    } else {
      const [fx, , fz] = poseForward({ headingDegrees: pose.headingDegrees, pitchDegrees: 0 });
      const target = [pose.position[0] + fx * 25, 0, pose.position[2] + fz * 25];
      const position: [number, number, number] = [target[0]! - fx * 60, 45, target[2]! - fz * 60];
      this.flyTo({ position, ...headingPitchOf([target[0]! - position[0], -45, target[2]! - position[2]]) }, 'orbit');
    }
  }

  /** A drag in walk mode turns the view (degrees). */
  look(dxDegrees: number, dyDegrees: number): void {
    if (this.mode === 'walk' && !this.flight) this.walkPose = lookBy(this.walkPose, dxDegrees, dyDegrees);
  }

  /** Held movement from one source ("keys", "pad"); sources add up, each −1..1 per axis. */
  setHeld(source: string, input: WalkInput | null): void {
    if (input) this.held.set(source, input);
    else this.held.delete(source);
    const sum = { forward: 0, strafe: 0, turn: 0 };
    for (const h of this.held.values()) {
      sum.forward += h.forward;
      sum.strafe += h.strafe;
      sum.turn += h.turn;
    }
    this.input.forward = Math.max(-1, Math.min(1, sum.forward));
    this.input.strafe = Math.max(-1, Math.min(1, sum.strafe));
    this.input.turn = Math.max(-1, Math.min(1, sum.turn));
  }

  /** One discrete move, for arrow buttons pressed from the keyboard. */
  step(move: 'forward' | 'back' | 'left' | 'right'): void {
    const input: WalkInput = { forward: 0, strafe: 0, turn: 0 };
    if (move === 'forward' || move === 'back') input.forward = move === 'forward' ? 1 : -1;
    else input.turn = move === 'right' ? 1 : -1;
    const seconds = input.turn !== 0 ? STEP_TURN_DEGREES / 70 : STEP_METRES / 5;
    this.applyInput(input, seconds);
  }

  /** Called once per frame. */
  update(seconds: number): void {
    const camera = this.camera;
    if (!camera) return;
    if (this.controls) this.controls.enabled = this.mode === 'orbit' && !this.flight;
    if (this.flight) {
      if (!this.flight.flight.advance(camera, seconds)) return;
      const done = this.flight;
      this.flight = null;
      if (done.walkPose) this.walkPose = done.walkPose;
      if (done.orbitTarget && this.controls) this.controls.target.copy(done.orbitTarget);
      this.setMode(done.then);
      if (this.controls) this.controls.enabled = done.then === 'orbit';
      // only an orbit landing hands the camera to the controls; in walk mode their update would
      // pull the camera towards the orbit target for a frame
      if (done.then === 'orbit') this.controls?.update();
      return;
    }
    this.applyInput(this.input, seconds);
    if (this.mode === 'walk') {
      camera.position.set(...this.walkPose.position);
      poseRotation(this.walkPose, camera.quaternion);
    } else if (this.controls) {
      const [x, z] = clampToBounds(this.controls.target.x, this.controls.target.z, this.bounds);
      this.controls.target.set(x, 0, z);
    }
  }

  private applyInput(input: WalkInput, seconds: number): void {
    if (input.forward === 0 && input.strafe === 0 && input.turn === 0) return;
    if (this.mode === 'walk') {
      this.walkPose = stepWalk(this.walkPose, input, seconds, this.bounds);
      return;
    }
    if (!this.camera || !this.controls) return;
    // orbit by keyboard: turn circles the centre, forward/back zooms, strafe pans sideways
    const target = this.controls.target;
    const offset = this.camera.position.clone().sub(target);
    offset.applyAxisAngle(new Vector3(0, 1, 0), (-input.turn * ORBIT_TURN_DEGREES_PER_SECOND * seconds * Math.PI) / 180);
    const length = offset.length() * (1 - input.forward * ORBIT_ZOOM_PER_SECOND * seconds);
    offset.setLength(Math.min(ORBIT_MAX_DISTANCE, Math.max(ORBIT_MIN_DISTANCE, length)));
    const right = new Vector3(1, 0, 0).applyQuaternion(this.camera.quaternion).setY(0).normalize();
    target.addScaledVector(right, input.strafe * offset.length() * 0.8 * seconds);
    this.camera.position.copy(target).add(offset);
    this.controls.update();
  }

  private startFlight(
    destination: { position: Vector3; rotation: Quaternion },
    seconds: number,
    then: CameraMode,
    extra: { orbitTarget?: Vector3; walkPose?: CameraPose },
  ): void {
    if (!this.camera) return;
    this.flight = { flight: new CameraFlight(this.camera, destination, seconds), then, ...extra };
  }

  private setMode(mode: CameraMode): void {
    if (mode === this.mode) return;
    this.mode = mode;
    this.onModeChange(mode);
  }

  private clamped(p: readonly [number, number, number]): [number, number, number] {
    const [x, z] = clampToBounds(p[0], p[2], this.bounds);
    return [x, p[1], z];
  }
}
