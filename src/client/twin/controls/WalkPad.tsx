import type { PointerEvent as ReactPointerEvent, MouseEvent as ReactMouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { WalkInput } from '../camera/walk-motion.ts';
import { useTwin, useTwinView } from '../scene/twin-context.ts';

type Move = 'forward' | 'back' | 'left' | 'right';

const HELD: Record<Move, WalkInput> = {
  forward: { forward: 1, strafe: 0, turn: 0 },
  back: { forward: -1, strafe: 0, turn: 0 },
  left: { forward: 0, strafe: 0, turn: -1 },
  right: { forward: 0, strafe: 0, turn: 1 },
};
const LABEL_KEYS = { forward: 'twin.camera.forward', back: 'twin.camera.back', left: 'twin.camera.turnLeft', right: 'twin.camera.turnRight' } as const;
const GLYPHS: Record<Move, string> = { forward: '▲', back: '▼', left: '◀', right: '▶' };

/**
 * On-screen arrows for walk mode, for touch and for people who cannot use a keyboard's arrows:
 * press and hold to keep walking or turning. From the keyboard (Enter or Space on a focused
 * button) each press is one step or one turn.
 */
export function WalkPad() {
  const { t } = useTranslation();
  const { rig } = useTwin();
  const mode = useTwinView((s) => s.cameraMode);
  if (mode !== 'walk') return null;

  const hold = (move: Move) => (e: ReactPointerEvent<HTMLButtonElement>) => {
    e.currentTarget.setPointerCapture(e.pointerId);
    rig.setHeld('pad', HELD[move]);
  };
  const release = () => rig.setHeld('pad', null);
  // a click made by a pointer was already a hold; detail is 0 only for keyboard activation
  const step = (move: Move) => (e: ReactMouseEvent) => {
    if (e.detail === 0) rig.step(move);
  };

  return (
    <div className="twin-pad" role="group" aria-label={t('twin.camera.pad')}>
      {(['forward', 'left', 'right', 'back'] as const).map((move) => (
        <button
          key={move}
          type="button"
          className={`twin-pad-button twin-pad-${move}`}
          aria-label={t(LABEL_KEYS[move])}
          onPointerDown={hold(move)}
          onPointerUp={release}
          onPointerCancel={release}
          onLostPointerCapture={release}
          onClick={step(move)}
          onContextMenu={(e) => e.preventDefault()}
        >
          <span aria-hidden="true">{GLYPHS[move]}</span>
        </button>
      ))}
    </div>
  );
}
