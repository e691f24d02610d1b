import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Annotation } from '../../../core/domain/state.ts';
import { AnnotationMeta } from './AnnotationMeta.tsx';
import { CategoryLabel } from './CategoryLabel.tsx';
import { DeleteConfirm } from './DeleteConfirm.tsx';
import { EditForm } from './EditForm.tsx';
import { ModerateButton } from './ModerateButton.tsx';
import { ReactionButton } from './ReactionButton.tsx';
import type { AnnotationScope } from './use-annotation-scope.ts';

type Mode = 'view' | 'edit' | 'confirm-delete';

/** One comment in an open thread (the pin itself or a reply), with what this person may do to
 * it: +1; edit and delete if it is theirs; hide or show again if they facilitate. */
export function ThreadEntry({ annotation, scope, now }: { annotation: Annotation; scope: AnnotationScope; now: number }) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<Mode>('view');
  const mine = annotation.authorId === scope.viewer.participantId;
  const canChange = mine && !annotation.deleted && scope.writeBlock === null;
  const canModerate = scope.isFacilitator && scope.writeBlock === null;
  // After editing or deleting, focus returns here instead of falling to the top of the page
  // with the form that held it.
  const article = useRef<HTMLElement>(null);
  const refocus = useRef(false);
  useEffect(() => {
    if (mode !== 'view' || !refocus.current) return;
    refocus.current = false;
    const target = article.current?.querySelector<HTMLElement>('.pin-actions button:not([disabled])') ?? article.current;
    target?.focus();
  }, [mode]);
  const view = () => {
    refocus.current = true;
    setMode('view');
  };

  return (
    <article ref={article} tabIndex={-1} className={`thread-entry cat-${annotation.category ?? 'none'}${annotation.hidden ? ' is-hidden' : ''}`}>
      {(annotation.category || annotation.hidden) && (
        <div className="pin-card-top">
          {annotation.category && <CategoryLabel category={annotation.category} />}
          {annotation.hidden && <span className="tag warning">{t('annotations.hiddenTag')}</span>}
        </div>
      )}
      {mode === 'edit' && canChange ? (
        <EditForm annotation={annotation} onDone={view} />
      ) : (
        <p className={annotation.deleted ? 'annotation-text tombstone' : 'annotation-text'}>{annotation.deleted ? t('annotations.deleted') : annotation.text}</p>
      )}
      <AnnotationMeta annotation={annotation} site={scope.site} viewerId={scope.viewer.participantId} now={now} />
      {mode === 'confirm-delete' && canChange ? (
        <DeleteConfirm annotationId={annotation.id} onDone={view} />
      ) : (
        mode === 'view' && (
          <div className="pin-actions">
            {!annotation.deleted && <ReactionButton annotation={annotation} viewerId={scope.viewer.participantId} disabled={scope.writeBlock !== null} />}
            {canChange && (
              <>
                <button type="button" className="button" onClick={() => setMode('edit')}>
                  {t('annotations.edit')}
                </button>
                <button type="button" className="button" onClick={() => setMode('confirm-delete')}>
                  {t('annotations.delete')}
                </button>
              </>
            )}
            {canModerate && <ModerateButton annotation={annotation} />}
          </div>
        )
      )}
    </article>
  );
}
