import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useMemo, useRef, useState } from 'react';
import { receivedPoses } from '../../state/poses.ts';
import { useSessionView } from '../../state/session-store.ts';
import type { CameraPose } from '../camera/camera-pose.ts';
import type { CameraRig } from '../camera/camera-rig.ts';
import { useTwin } from '../scene/twin-context.ts';
import { chooseFollowTarget, facilitatorsInTwin } from './follow.ts';
import { FollowCamera } from './follow-camera.ts';
import { followStore, setFollowedConnection, stopFollowingBecauseYouMoved } from './follow-store.ts';
import { scenePoseOf } from './geo-pose.ts';
import { useCameraTakeover } from './use-camera-takeover.ts';

interface Props {
  optionId: string;
  onOptionChange(optionId: string): void;
}

/** CameraController's cap on one frame's step (a stalled tab must not jump a flight to its end). */
const MAX_FRAME_SECONDS = 0.1;

/** What the follower remembers between frames (a ref: none of it is for rendering). */
interface Following {
  engaged: boolean;
  connectionId: string | null;
  /** receivedAt of the pose `target` was made from */
  targetFrom: number;
  target: CameraPose | null;
  /** the facilitator's option last passed on: a follower may look at another option until the
   * facilitator switches again */
  optionPassedOn: string | undefined;
  /** seconds of rig time: frame gaps capped as CameraController caps them, so our idea of
   * when a flight lands matches the rig's even at a few frames a second */
  clock: number;
  /** a zero-second flight was handed to the rig last frame, and has landed by now */
  landedInstantFlight: boolean;
}

/**
 * While "follow the facilitator" is on: moves this camera after the facilitator's latest pose
 * and switches the option when theirs switches. Stops, with a notice, as soon as the person
 * moves the camera themself. Reads poses and the follow state per frame; renders nothing.
 */
export function FacilitatorFollower({ optionId, onOptionChange }: Props) {
  const { rig, frame, site } = useTwin();
  const canvas = useThree((s) => s.gl.domElement);
  const me = useSessionView((v) => v.joined?.you.connectionId);
  const presence = useSessionView((v) => v.presence);
  const candidates = useMemo(() => facilitatorsInTwin(presence, me), [presence, me]);
  const tookCamera = useCameraTakeover(canvas);
  const [follower] = useState(() => new FollowCamera());
  const state = useRef<Following>({
    engaged: false,
    connectionId: null,
    targetFrom: -1,
    target: null,
    optionPassedOn: undefined,
    clock: 0,
    landedInstantFlight: false,
  });
  const latest = useRef({ candidates, optionId, onOptionChange });
  useEffect(() => {
    latest.current = { candidates, optionId, onOptionChange };
  }, [candidates, optionId, onOptionChange]);

  useFrame((_, delta) => {
    const s = state.current;
    const seconds = Math.min(delta, MAX_FRAME_SECONDS);
    s.clock += seconds;
    if (s.landedInstantFlight) {
      // The rig refreshes OrbitControls whenever a flight lands, in walk mode too, which lifts
      // a walking camera towards the stale orbit centre until the rig's next update puts it
      // back. A normal flight lands once and nobody sees that frame; following lands one every
      // frame, so settle the camera at the landed pose (one more rig update, zero seconds)
      // before this frame is drawn.
      s.landedInstantFlight = false;
      rig.update(0);
    }
    if (!followStore.getState().following) {
      s.engaged = false;
      tookCamera.current = false;
      return;
    }
    if (!s.engaged) {
      Object.assign(s, { engaged: true, connectionId: null, targetFrom: -1, target: null, optionPassedOn: undefined });
      follower.engage();
      tookCamera.current = false;
    }

    const connectionId = chooseFollowTarget(s.connectionId, latest.current.candidates, (id) => receivedPoses.get(id)?.receivedAt);
    if (connectionId !== s.connectionId) Object.assign(s, { connectionId, targetFrom: -1, target: null, optionPassedOn: undefined });
    setFollowedConnection(connectionId);
    const received = connectionId ? receivedPoses.get(connectionId) : undefined;
    if (!received) s.target = null;
    else if (received.receivedAt !== s.targetFrom) {
      s.targetFrom = received.receivedAt;
      s.target = scenePoseOf(frame, received.pose);
      const option = received.pose.optionId;
      if (option !== s.optionPassedOn) {
        s.optionPassedOn = option;
        const { optionId: current, onOptionChange: setOption } = latest.current;
        if (option && option !== current && site.options.some((o) => o.id === option)) setOption(option);
      }
    }

    const userInput = tookCamera.current || rigHasHeldInput(rig);
    tookCamera.current = false;
    const camera = rig.getPose();
    if (!camera) return;
    const step = follower.step({ now: s.clock, seconds, camera, target: s.target, userInput });
    if (step.kind === 'stop') stopFollowingBecauseYouMoved();
    else if (step.kind === 'fly') {
      rig.flyTo(step.pose, undefined, step.seconds);
      s.landedInstantFlight = step.seconds === 0;
    }
  });

  return null;
}

/** Keys or on-screen arrows held: the person is walking or turning. */
function rigHasHeldInput(rig: CameraRig): boolean {
  const { forward, strafe, turn } = rig.input;
  return forward !== 0 || strafe !== 0 || turn !== 0;
}
