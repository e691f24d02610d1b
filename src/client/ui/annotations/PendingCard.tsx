import { useTranslation } from 'react-i18next';
import type { PendingAnnotation } from '../../state/pending-annotations.ts';
import { CategoryLabel } from './CategoryLabel.tsx';
import { AnnotationMeta } from './AnnotationMeta.tsx';
import type { AnnotationScope } from './use-annotation-scope.ts';

/** A pin or reply this person wrote that the server has not confirmed yet (offline, or on its
 * way): shown where it will appear, marked "sending…", without +1 or replies until it lands. */
export function PendingCard({ pending, scope, now }: { pending: PendingAnnotation; scope: AnnotationScope; now: number }) {
  const { t } = useTranslation();
  const body = pending.body;
  const pin = body.type === 'annotation.create' ? body.payload : null;
  const you = scope.viewer.participantId;
  return (
    <article className="pin-card is-pending" aria-label={t('annotations.pendingLabel')}>
      <div className="pin-card-top">
        {pin && <CategoryLabel category={pin.category} />}
        <span className="tag warning">{t('annotations.sending')}</span>
      </div>
      <p className="annotation-text">{body.payload.text}</p>
      <AnnotationMeta
        annotation={{
          authorId: you,
          authorName: scope.yourName,
          position: pin?.position ?? null,
          optionId: pin?.optionId ?? null,
          createdAt: pending.createdAt,
          editedAt: null,
          deleted: false,
        }}
        site={scope.site}
        viewerId={you}
        now={now}
      />
    </article>
  );
}
