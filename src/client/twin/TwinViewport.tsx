import { Canvas } from '@react-three/fiber';
import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { inputFromKeys, isMovementKey } from './camera/key-input.ts';
import { CompareOverlay } from './controls/CompareOverlay.tsx';
import { WalkPad } from './controls/WalkPad.tsx';
import type { ScenePick } from './picking/scene-pick.ts';
import { useTwin } from './scene/twin-context.ts';
import { TwinScene } from './scene/TwinScene.tsx';

interface TwinViewportProps {
  optionId: string;
  initialViewpointId?: string | undefined;
  onPick?: ((pick: ScenePick) => void) | undefined;
  children?: ReactNode;
}

/**
 * The canvas and what floats over it (compare divider, walk arrows). The canvas box takes
 * keyboard focus and moves the camera with held keys; keys pressed on the overlays stay theirs.
 */
export function TwinViewport({ optionId, initialViewpointId, onPick, children }: TwinViewportProps) {
  const { t } = useTranslation();
  const { rig, renderLoop } = useTwin();
  const helpId = useId();
  const held = useRef(new Set<string>());

  const updateKeys = (e: KeyboardEvent, down: boolean) => {
    if (e.target !== e.currentTarget || !isMovementKey(e.code) || e.altKey || e.ctrlKey || e.metaKey) return;
    e.preventDefault(); // arrows would scroll the page
    if (down) held.current.add(e.code);
    else held.current.delete(e.code);
    rig.setHeld('keys', inputFromKeys(held.current));
  };
  const releaseKeys = () => {
    held.current.clear();
    rig.setHeld('keys', null);
  };

  return (
    <div className="twin-stage">
      <div
        className="twin-viewport"
        tabIndex={0}
        role="application"
        aria-label={t('twin.viewLabel')}
        aria-describedby={helpId}
        onKeyDown={(e) => updateKeys(e, true)}
        onKeyUp={(e) => updateKeys(e, false)}
        onBlur={releaseKeys}
      >
        <Canvas
          shadows="percentage"
          frameloop={renderLoop === 'always' ? 'always' : 'demand'}
          dpr={[1, 2]}
          camera={{ fov: 55, near: 0.5, far: 4000, position: [60, 80, 60] }}
          gl={{ antialias: true, powerPreference: 'high-performance' }}
        >
          <TwinScene optionId={optionId} initialViewpointId={initialViewpointId} onPick={onPick}>
            {children}
          </TwinScene>
        </Canvas>
      </div>
      <p id={helpId} className="visually-hidden">
        {t('twin.viewHelp')}
      </p>
      <CompareOverlay optionId={optionId} />
      <WalkPad />
    </div>
  );
}
