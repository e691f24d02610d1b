import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { receivedPoses } from '../../state/poses.ts';
import { AFTER_INPUT_MS } from './render-pacing.ts';
import { useTwin } from './twin-context.ts';

/** After someone else's pose moved, avatars (and a follower's camera) ease there this long. */
const AFTER_POSE_MOVE_MS = 700;
/** Input on the twin or its controls that may change what it shows. */
const INPUT_EVENTS = ['pointerdown', 'wheel', 'keydown', 'input', 'change', 'click'] as const;

/**
 * Asks R3F for a frame (invalidate) when the twin's pacing says one is due: every display frame
 * while the camera or anything else moves, about once a second otherwise (render-pacing.ts).
 * Input anywhere on the twin — the canvas, its controls, the compare divider — starts a moment
 * of full-rate drawing. Runs only while the loop is on demand: a hidden twin ('never') draws
 * nothing, and ?render=always draws every frame.
 */
export function RenderPacer() {
  const { pacing, rig } = useTwin();
  const invalidate = useThree((s) => s.invalidate);
  const frameloop = useThree((s) => s.frameloop);
  const canvas = useThree((s) => s.gl.domElement);

  useEffect(() => {
    if (frameloop !== 'demand') return;
    let request = 0;
    const tick = () => {
      const now = performance.now();
      const busy = rig.moving || now - receivedPoses.lastMovedAt < AFTER_POSE_MOVE_MS;
      if (pacing.shouldDraw(now, busy)) invalidate();
      request = requestAnimationFrame(tick);
    };
    request = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(request);
  }, [frameloop, pacing, rig, invalidate]);

  useEffect(() => {
    const twin = canvas.closest<HTMLElement>('.twin') ?? canvas;
    const onInput = () => pacing.keepDrawing(performance.now(), AFTER_INPUT_MS);
    const onMove = (e: PointerEvent) => {
      if (e.buttons !== 0) onInput(); // a drag, not a pointer passing over
    };
    for (const type of INPUT_EVENTS) twin.addEventListener(type, onInput, { capture: true, passive: true });
    twin.addEventListener('pointermove', onMove, { capture: true, passive: true });
    return () => {
      for (const type of INPUT_EVENTS) twin.removeEventListener(type, onInput, { capture: true });
      twin.removeEventListener('pointermove', onMove, { capture: true });
    };
  }, [canvas, pacing]);

  return null;
}
