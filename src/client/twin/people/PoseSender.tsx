import { useFrame } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import { offerPose, setViewingTwin } from '../../net/poses.ts';
import { useTwin } from '../scene/twin-context.ts';
import { geoPoseOf } from './geo-pose.ts';

interface Props {
  /** the 3D view is on screen (a hidden session section stays mounted) */
  shown: boolean;
  optionId: string;
}

/**
 * This person's side of presence in 3D: their mode is 'twin' while the view is shown, and
 * their camera pose is offered every frame then; the connection's throttle (net/poses.ts)
 * sends at most 5 a second and only real changes, and only then is the pose read and
 * converted. Hidden, nothing is offered (and the session's twin stops its frames anyway).
 */
export function PoseSender({ shown, optionId }: Props) {
  const { rig, frame } = useTwin();
  const live = useRef({ shown, optionId });
  useEffect(() => {
    live.current = { shown, optionId };
    setViewingTwin(shown);
  }, [shown, optionId]);
  useEffect(() => () => setViewingTwin(false), []);

  useFrame(() => {
    if (!live.current.shown) return;
    offerPose(() => {
      const pose = rig.getPose();
      return pose && geoPoseOf(frame, pose, live.current.optionId);
    });
  });
  return null;
}
