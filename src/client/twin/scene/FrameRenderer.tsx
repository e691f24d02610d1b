import { useFrame, useThree } from '@react-three/fiber';
import { useLayoutEffect, useMemo, useRef } from 'react';
import { Matrix4 } from 'three';
import { publishStats, statsWanted } from './render-stats.ts';
import { useTwin } from './twin-context.ts';

/**
 * Renders each frame itself (a useFrame with priority 1 takes over from R3F): either the whole
 * view, or compare mode's split — the street as it is left of the divider and the option right
 * of it, the same camera for both, each half cut by the scissor test. Counts draw calls across
 * both halves and publishes them for the benchmark.
 */
export function FrameRenderer() {
  const { viewStore, compareTargets, pacing } = useTwin();
  const lastCamera = useMemo(() => new Matrix4(), []);
  const gl = useThree((s) => s.gl);
  const wantStats = useMemo(statsWanted, []);
  const previousStart = useRef(0);
  const frames = useRef(0);

  useLayoutEffect(() => {
    gl.info.autoReset = false; // two renders in compare mode: reset once per frame, by hand
    return () => void (gl.info.autoReset = true);
  }, [gl]);

  useFrame(({ scene, camera, size }) => {
    const start = performance.now();
    gl.info.reset();
    const { compare, dividerFraction } = viewStore.getState();
    const { baseline, option } = compareTargets;
    if (compare && baseline && option) {
      const split = Math.round(size.width * dividerFraction);
      gl.setScissorTest(true);
      baseline.visible = true;
      option.visible = false;
      gl.setScissor(0, 0, split, size.height);
      gl.render(scene, camera);
      baseline.visible = false;
      option.visible = true;
      gl.setScissor(split, 0, size.width - split, size.height);
      gl.render(scene, camera);
      gl.setScissorTest(false);
    } else {
      if (baseline) baseline.visible = false;
      if (option) option.visible = true;
      gl.render(scene, camera);
    }
    if (wantStats) {
      const end = performance.now();
      frames.current += 1;
      publishStats({
        calls: gl.info.render.calls,
        triangles: gl.info.render.triangles,
        frameMs: previousStart.current ? start - previousStart.current : 0,
        renderMs: end - start,
        frames: frames.current,
        camera: { x: camera.position.x, y: camera.position.y, z: camera.position.z },
      });
    }
    previousStart.current = start;
    // a camera still moving (an orbit easing out, a follower catching up) keeps the pace up
    const cameraMoved = !lastCamera.equals(camera.matrixWorld);
    if (cameraMoved) lastCamera.copy(camera.matrixWorld);
    pacing.drew(start, cameraMoved);
  }, 1);

  return null;
}
