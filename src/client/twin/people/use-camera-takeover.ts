import { useEffect, useRef, type RefObject } from 'react';

/** A press that moves further than this is a drag (orbit, look, pinch); less is a tap (a pin). */
const DRAG_PIXELS = 6;
/** The twin's own camera buttons: viewpoints, orbit/walk (controls/CameraControls.tsx) and the
 * walk arrows (controls/WalkPad.tsx). The other twin controls (option, sun, compare) are not
 * buttons and leave the camera alone. */
const CAMERA_BUTTONS = '.twin-controls button, .twin-pad button';

/**
 * Notices the person taking the camera by hand: a drag or a wheel on the canvas, or a camera
 * button of the twin. Sets the returned flag; the follower reads and clears it each frame.
 * Held keys and on-screen arrows show in the rig's own input, which the follower checks too.
 */
export function useCameraTakeover(canvas: HTMLCanvasElement): RefObject<boolean> {
  const tookCamera = useRef(false);
  useEffect(() => {
    let pressedAt: { x: number; y: number } | null = null;
    const take = () => void (tookCamera.current = true);
    const down = (e: PointerEvent) => void (pressedAt = { x: e.clientX, y: e.clientY });
    const move = (e: PointerEvent) => {
      if (!pressedAt || e.buttons === 0) return;
      if (Math.hypot(e.clientX - pressedAt.x, e.clientY - pressedAt.y) > DRAG_PIXELS) take();
    };
    const up = () => void (pressedAt = null);
    const click = (e: Event) => {
      if (e.target instanceof Element && e.target.closest(CAMERA_BUTTONS)) take();
    };
    const section = canvas.closest<HTMLElement>('.twin');
    canvas.addEventListener('pointerdown', down);
    canvas.addEventListener('wheel', take, { passive: true });
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
    window.addEventListener('pointercancel', up);
    section?.addEventListener('click', click, true);
    return () => {
      canvas.removeEventListener('pointerdown', down);
      canvas.removeEventListener('wheel', take);
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
      window.removeEventListener('pointercancel', up);
      section?.removeEventListener('click', click, true);
    };
  }, [canvas]);
  return tookCamera;
}
