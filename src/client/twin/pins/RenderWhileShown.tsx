import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { useTwin } from '../scene/twin-context.ts';

/**
 * Stops the twin's render loop while its section is hidden (a phone showing the comments):
 * the canvas stays mounted, so the camera and the loaded scene wait where they were, but a
 * hidden twin no longer draws sixty frames a second, shadows and all, on a phone's battery.
 * Lives with the pins because the session's twin is what hides; it would fit twin/scene too.
 */
export default function RenderWhileShown({ shown }: { shown: boolean }) {
  const setFrameloop = useThree((s) => s.setFrameloop);
  const { renderLoop } = useTwin();
  // shown, it draws as paced (scene/render-pacing.ts), or every frame when asked to
  useEffect(() => setFrameloop(shown ? (renderLoop === 'always' ? 'always' : 'demand') : 'never'), [shown, renderLoop, setFrameloop]);
  return null;
}
