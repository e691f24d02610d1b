import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Annotation } from '../../../core/domain/state.ts';
import type { PendingAnnotation } from '../../state/pending-annotations.ts';
import { activeFilterCount, filterPins, NO_FILTER, type AnnotationFilter } from './annotation-filter.ts';
import { AnnotationFilters } from './AnnotationFilters.tsx';
import { PendingCard } from './PendingCard.tsx';
import { PinCard } from './PinCard.tsx';
import type { AnnotationScope } from './use-annotation-scope.ts';
import { LIST_PAGE_SIZE, useListPage } from './use-list-page.ts';
import { useNow } from './use-now.ts';
import { liveReplyCounts } from './visible-annotations.ts';

interface Props {
  scope: AnnotationScope;
  /** visible pins, newest first */
  pins: readonly Annotation[];
  /** this person's new pins still on their way */
  pending: readonly PendingAnnotation[];
  filter: AnnotationFilter;
  onFilterChange: (filter: AnnotationFilter) => void;
  onOpen: (pinId: string) => void;
}

/** Every pin this person may see, newest first, narrowed by the filter chips, a page at a time;
 * their own pins still on the way come first, marked "sending…". */
export function AnnotationList({ scope, pins, pending, filter, onFilterChange, onOpen }: Props) {
  const { t } = useTranslation();
  const now = useNow();
  const shown = useMemo(() => filterPins(pins, filter, scope.viewer.participantId), [pins, filter, scope.viewer.participantId]);
  const replyCounts = useMemo(() => liveReplyCounts(scope.annotations, scope.viewer), [scope.annotations, scope.viewer]);
  const filtering = activeFilterCount(filter) > 0;
  const page = useListPage(shown.length, filter);
  const left = shown.length - page.shown;

  return (
    <>
      <AnnotationFilters site={scope.site} filter={filter} onChange={onFilterChange} />
      {filtering && <p className="hint">{t('annotations.showing', { shown: shown.length, total: pins.length })}</p>}
      {pins.length === 0 && pending.length === 0 && <p className="empty-note">{t('annotations.empty')}</p>}
      {pins.length > 0 && shown.length === 0 && (
        <div className="empty-note">
          <p>{t('annotations.emptyFiltered')}</p>
          <button type="button" className="button" onClick={() => onFilterChange(NO_FILTER)}>
            {t('annotations.clearFilters')}
          </button>
        </div>
      )}
      <ul className="pin-list">
        {pending.map((p) => (
          <li key={p.opId}>
            <PendingCard pending={p} scope={scope} now={now} />
          </li>
        ))}
        {shown.slice(0, page.shown).map((pin, i) => (
          <li key={pin.id} {...(i === page.firstAdded ? { ref: page.firstAddedRef, tabIndex: -1 } : {})}>
            <PinCard pin={pin} scope={scope} replyCount={replyCounts.get(pin.id) ?? 0} now={now} onOpen={onOpen} />
          </li>
        ))}
      </ul>
      {left > 0 && (
        <div className="list-more">
          <p className="hint">{t('annotations.listed', { shown: page.shown, total: shown.length })}</p>
          <button type="button" className="button" onClick={page.more}>
            {t('annotations.showMore', { count: Math.min(left, LIST_PAGE_SIZE) })}
          </button>
        </div>
      )}
    </>
  );
}
