import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useState } from 'react';
import { receivedPoses } from '../../state/poses.ts';
import { useTwinFrame } from '../scene/twin-context.ts';
import { AvatarCrowd } from './avatar-crowd.ts';
import { followStore } from './follow-store.ts';
import type { ShownPerson } from './people-shown.ts';

export interface LabelledPerson {
  person: ShownPerson;
  label: string;
}

/** Draws everyone else at their latest pose, eased between updates, with their names.
 * Re-renders only when who is here changes; poses are read per frame, never through React. */
export function Avatars({ people }: { people: readonly LabelledPerson[] }) {
  const frame = useTwinFrame();
  const container = useThree((s) => s.gl.domElement.parentElement);
  const [crowd] = useState(() => new AvatarCrowd());

  useEffect(() => {
    if (container) crowd.labels.attach(container);
    return () => crowd.dispose();
  }, [crowd, container]);
  useEffect(() => crowd.setPeople(people), [crowd, people]);

  useFrame(({ camera, size }, delta) => {
    const follow = followStore.getState();
    crowd.update({
      camera,
      size,
      frame,
      poses: receivedPoses,
      now: performance.now(),
      seconds: Math.min(delta, 0.1),
      hidden: follow.following ? follow.followedConnectionId : null,
    });
  });

  return <primitive object={crowd.group} />;
}
