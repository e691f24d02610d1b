import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pendingAnnotations } from '../../state/pending-annotations.ts';
import { useSessionView } from '../../state/session-store.ts';
import { NO_FILTER, type AnnotationFilter } from './annotation-filter.ts';
import { AnnotationComposer } from './AnnotationComposer.tsx';
import { AnnotationList } from './AnnotationList.tsx';
import { AnnotationThread } from './AnnotationThread.tsx';
import { Announcer } from './Announcer.tsx';
import { useCommentsRequests, type CommentsRequest, type ComposerPrefill } from './comments-requests.ts';
import { openButtonId } from './PinCard.tsx';
import { useAnnotationScope, type AnnotationScope } from './use-annotation-scope.ts';
import { visiblePins } from './visible-annotations.ts';
import { WriteBlockedNotice } from './WriteBlockedNotice.tsx';

/** The panel shows one thing at a time, so on a phone it never becomes a wall of forms. */
type PanelView = { kind: 'list' } | { kind: 'thread'; pinId: string } | { kind: 'compose'; prefill?: ComposerPrefill };

/** The community map's comments: the list with filters, one open thread, or the composer. */
export function AnnotationsPanel() {
  const scope = useAnnotationScope();
  if (!scope) return null;
  return (
    <Announcer>
      <PanelBody scope={scope} />
    </Announcer>
  );
}

function PanelBody({ scope }: { scope: AnnotationScope }) {
  const { t } = useTranslation();
  const [view, setView] = useState<PanelView>({ kind: 'list' });
  const [filter, setFilter] = useState<AnnotationFilter>(NO_FILTER);
  const pending = useSessionView(pendingAnnotations);
  const pins = useMemo(() => visiblePins(scope.annotations, scope.viewer), [scope.annotations, scope.viewer]);
  const newPins = useMemo(() => pending.filter((p) => p.body.type === 'annotation.create'), [pending]);
  const livePins = useMemo(() => pins.filter((p) => !p.deleted), [pins]);

  // Focus follows the view: into the new view's heading, or back to where the person left the
  // list, so keyboard and screen-reader users are never dropped at the top of the page.
  const viewHeading = useRef<HTMLHeadingElement>(null);
  const listHeading = useRef<HTMLHeadingElement>(null);
  const returnTo = useRef<string | null>(null);
  const moved = useRef(false);
  useEffect(() => {
    if (!moved.current) return;
    if (view.kind !== 'list') return viewHeading.current?.focus();
    const back = returnTo.current ? document.getElementById(returnTo.current) : null;
    (back ?? listHeading.current)?.focus();
  }, [view]);
  const go = (next: PanelView, returnFocusTo: string | null = null) => {
    moved.current = true;
    returnTo.current = returnFocusTo;
    setView(next);
  };
  const backToList = () => go({ kind: 'list' }, view.kind === 'thread' ? openButtonId(view.pinId) : null);

  // From the 3D view: a tapped pin opens its thread; a tapped spot opens the composer there
  // (or moves the place of the one already open, keeping what was written).
  const fromElsewhere = useCallback((request: CommentsRequest) => {
    moved.current = true;
    returnTo.current = request.kind === 'thread' ? openButtonId(request.pinId) : null;
    setView(request.kind === 'thread' ? { kind: 'thread', pinId: request.pinId } : { kind: 'compose', prefill: request.prefill });
  }, []);
  useCommentsRequests(fromElsewhere);

  return (
    <section className="card annotations" aria-labelledby="annotations-heading">
      <h2 id="annotations-heading" ref={listHeading} tabIndex={-1}>
        {t('annotations.heading', { count: pins.length })}
      </h2>
      {view.kind === 'list' && (
        <>
          {scope.writeBlock ? (
            <WriteBlockedNotice block={scope.writeBlock} />
          ) : (
            <button type="button" className="button primary big" onClick={() => go({ kind: 'compose' })}>
              <span aria-hidden="true">＋</span> {t('annotations.write')}
            </button>
          )}
          <AnnotationList scope={scope} pins={pins} pending={newPins} filter={filter} onFilterChange={setFilter} onOpen={(pinId) => go({ kind: 'thread', pinId })} />
        </>
      )}
      {view.kind === 'thread' && <AnnotationThread pinId={view.pinId} scope={scope} pending={pending} onBack={backToList} headingRef={viewHeading} />}
      {view.kind === 'compose' &&
        (scope.writeBlock ? (
          <WriteBlockedNotice block={scope.writeBlock} />
        ) : (
          <AnnotationComposer
            scope={scope}
            pins={livePins}
            prefill={view.prefill}
            onDone={() => go({ kind: 'list' })}
            onCancel={backToList}
            headingRef={viewHeading}
          />
        ))}
    </section>
  );
}
