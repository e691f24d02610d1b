import { useTranslation } from 'react-i18next';
import type { Annotation } from '../../../core/domain/state.ts';
import { CategoryLabel } from './CategoryLabel.tsx';
import { AnnotationMeta } from './AnnotationMeta.tsx';
import { ReactionButton } from './ReactionButton.tsx';
import type { AnnotationScope } from './use-annotation-scope.ts';

/** The id of a pin's "open" button, so focus can return to it when its thread is closed. */
export const openButtonId = (pinId: string) => `pin-open-${pinId}`;

interface Props {
  pin: Annotation;
  scope: AnnotationScope;
  replyCount: number;
  now: number;
  onOpen: (pinId: string) => void;
}

/** One pin in the list: category, text, who/when/where, +1 and the way into its thread. */
export function PinCard({ pin, scope, replyCount, now, onOpen }: Props) {
  const { t } = useTranslation();
  const textId = `pin-text-${pin.id}`;
  return (
    <article className={`pin-card cat-${pin.category ?? 'none'}${pin.hidden ? ' is-hidden' : ''}`} aria-labelledby={textId}>
      <div className="pin-card-top">
        {pin.category && <CategoryLabel category={pin.category} />}
        {pin.hidden && <span className="tag warning">{t('annotations.hiddenTag')}</span>}
      </div>
      {/* plain text: React escapes it, and white-space: pre-wrap keeps the writer's line breaks */}
      <p id={textId} className={pin.deleted ? 'annotation-text tombstone' : 'annotation-text'}>
        {pin.deleted ? t('annotations.deleted') : pin.text}
      </p>
      <AnnotationMeta annotation={pin} site={scope.site} viewerId={scope.viewer.participantId} now={now} />
      <div className="pin-actions">
        <ReactionButton annotation={pin} viewerId={scope.viewer.participantId} disabled={scope.writeBlock !== null} />
        <button type="button" id={openButtonId(pin.id)} className="button" onClick={() => onOpen(pin.id)} aria-describedby={textId}>
          {t('annotations.openThread', { count: replyCount })}
        </button>
      </div>
    </article>
  );
}
