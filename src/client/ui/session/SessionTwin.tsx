import { Suspense, useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useViewedOption } from '../../routing/use-viewed-option.ts';
import { LazyTwinPanel } from '../../twin/lazy-twin-panel.ts';
import type { ScenePick } from '../../twin/picking/scene-pick.ts';
import { LazyPinsLayer, LazyRenderWhileShown } from '../../twin/pins/lazy-pins-layer.ts';
import { FollowToggle } from '../../twin/people/FollowToggle.tsx';
import { LazyPeopleLayer } from '../../twin/people/lazy-people-layer.ts';
import { requestComposer, requestThread } from '../annotations/comments-requests.ts';
import { useAnnotationScope } from '../annotations/use-annotation-scope.ts';
import { placeFromPick } from '../place/picked-place.ts';
import { PinLabel } from './PinLabel.tsx';
import type { SectionContentProps } from './section-content.ts';
import { useSessionPins } from './use-session-pins.ts';

/**
 * The session's 3D twin: the site with the option being viewed (one value, in the address,
 * shared with the option list), and the scene layers the session adds. Scene layers are lazy
 * components — three.js must stay out of the session chunk — each one line inside
 * LazyTwinPanel's Suspense: the pins now; avatars and "follow the presenter" beside them.
 *
 * Taps: a pin selects it and shows its label (open the thread from there); the ground or an
 * object opens the composer in the comments with that spot chosen. While a label is open, a
 * tap elsewhere only closes it: a tap meant to dismiss should not start a comment.
 */
export function SessionTwin({ shown, showSection }: SectionContentProps) {
  const { t } = useTranslation();
  const scope = useAnnotationScope();
  const site = scope?.site;
  const [optionId, setOptionId] = useViewedOption(site?.options ?? []);
  const pins = useSessionPins(scope);
  const labelRef = useRef<HTMLDivElement>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const selected = selectedId === null ? undefined : pins.find((p) => p.id === selectedId);
  const canWrite = scope?.writeBlock === null;

  const openThread = useCallback(
    (pinId: string) => {
      requestThread(pinId);
      showSection('comments');
    },
    [showSection],
  );
  // the option on screen, unless it is the street as it is: what a comment begun here is about
  const aboutOption = site?.options.find((o) => o.id === optionId && !o.existing)?.id;
  const pickRef = useRef({ selected, canWrite, aboutOption });
  pickRef.current = { selected, canWrite, aboutOption };
  const pickSpot = useCallback(
    (pick: ScenePick) => {
      const now = pickRef.current;
      if (now.selected) return setSelectedId(null);
      if (!now.canWrite) return;
      requestComposer({ place: placeFromPick(pick), optionId: now.aboutOption });
      showSection('comments');
    },
    [showSection],
  );

  if (!site || !optionId) return null;
  return (
    <div className="session-twin-stage">
      <FollowToggle />
      <Suspense fallback={<p role="status">{t('twin.loading')}</p>}>
        <LazyTwinPanel site={site} optionId={optionId} onOptionChange={setOptionId} onPick={pickSpot}>
          <Suspense fallback={null}>
            <LazyRenderWhileShown shown={shown} />
            <LazyPinsLayer pins={pins} selectedId={selected ? selected.id : null} onSelect={setSelectedId} labelRef={labelRef} />
            <LazyPeopleLayer shown={shown} optionId={optionId} onOptionChange={setOptionId} />
          </Suspense>
        </LazyTwinPanel>
      </Suspense>
      {selected && <PinLabel ref={labelRef} pin={selected} onOpenThread={openThread} onClose={() => setSelectedId(null)} />}
    </div>
  );
}
