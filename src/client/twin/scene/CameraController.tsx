import { OrbitControls } from '@react-three/drei';
import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useLayoutEffect, useRef } from 'react';
import type { PerspectiveCamera } from 'three';
import { viewpointPose } from '../camera/camera-pose.ts';
import { ORBIT_MAX_DISTANCE, ORBIT_MIN_DISTANCE, type OrbitLike } from '../camera/camera-rig.ts';
import { overviewPose } from '../camera/overview-pose.ts';
import { useTwin, useTwinView } from './twin-context.ts';

/** Degrees the view turns per CSS pixel dragged in walk mode. */
const LOOK_DEGREES_PER_PIXEL = 0.25;
/** Never quite level with the ground: the orbit camera stays above it. */
const MAX_POLAR_ANGLE = Math.PI / 2 - 0.08;

/**
 * Binds the camera rig to R3F: OrbitControls for orbit mode, drag-to-look in walk mode, the
 * opening pose, and one rig update per frame. The rig itself is plain TS (camera-rig.ts).
 */
export function CameraController({ initialViewpointId }: { initialViewpointId?: string | undefined }) {
  const { rig, bounds, frame, site } = useTwin();
  const camera = useThree((s) => s.camera) as PerspectiveCamera;
  const canvas = useThree((s) => s.gl.domElement);
  const controls = useRef<OrbitLike>(null);
  const mode = useTwinView((s) => s.cameraMode);

  useLayoutEffect(() => {
    rig.attach(camera, controls.current ?? undefined);
    const start = overviewPose(bounds);
    rig.flyTo(start, 'orbit', 0);
    rig.update(0);
    const viewpoint = site.viewpoints?.find((v) => v.id === initialViewpointId);
    if (viewpoint) rig.flyTo(viewpointPose(frame, viewpoint), undefined, 0);
    rig.update(0);
    // Deliberately once per rig and camera: a later change of the starting viewpoint must not
    // yank the camera away from where the person has moved it.
  }, [rig, camera]);

  // Near plane: close for walking among benches, farther in orbit for depth precision.
  useEffect(() => {
    camera.near = mode === 'walk' ? 0.1 : 0.5;
    camera.updateProjectionMatrix();
  }, [camera, mode]);

  useEffect(() => {
    if (mode !== 'walk') return;
    let last: { x: number; y: number } | null = null;
    const down = (e: PointerEvent) => {
      last = { x: e.clientX, y: e.clientY };
    };
    const move = (e: PointerEvent) => {
      if (!last || e.buttons === 0) return;
      rig.look(-(e.clientX - last.x) * LOOK_DEGREES_PER_PIXEL, -(e.clientY - last.y) * LOOK_DEGREES_PER_PIXEL);
      last = { x: e.clientX, y: e.clientY };
    };
    const up = () => {
      last = null;
    };
    canvas.addEventListener('pointerdown', down);
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
    window.addEventListener('pointercancel', up);
    return () => {
      canvas.removeEventListener('pointerdown', down);
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
      window.removeEventListener('pointercancel', up);
    };
  }, [mode, canvas, rig]);

  useFrame((_, delta) => rig.update(Math.min(delta, 0.1)));

  return (
    <OrbitControls
      ref={controls as never}
      enableDamping
      dampingFactor={0.12}
      screenSpacePanning={false}
      maxPolarAngle={MAX_POLAR_ANGLE}
      minDistance={ORBIT_MIN_DISTANCE}
      maxDistance={ORBIT_MAX_DISTANCE}
    />
  );
}
