import { useMemo, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { canSeeAnnotation } from '../../../core/domain/visibility.ts';
import type { PendingAnnotation } from '../../state/pending-annotations.ts';
import { PendingCard } from './PendingCard.tsx';
import { ReplyComposer } from './ReplyComposer.tsx';
import { ThreadEntry } from './ThreadEntry.tsx';
import type { AnnotationScope } from './use-annotation-scope.ts';
import { useNow } from './use-now.ts';
import { visibleReplies } from './visible-annotations.ts';
import { WriteBlockedNotice } from './WriteBlockedNotice.tsx';

interface Props {
  pinId: string;
  scope: AnnotationScope;
  pending: readonly PendingAnnotation[];
  onBack: () => void;
  headingRef: Ref<HTMLHeadingElement>;
}

/** One pin with its replies (oldest first) and a reply box. If the pin goes out of sight while
 * open (a facilitator hid it), says so rather than showing an empty page. */
export function AnnotationThread({ pinId, scope, pending, onBack, headingRef }: Props) {
  const { t } = useTranslation();
  const now = useNow();
  const pin = scope.annotations[pinId];
  const visible = pin !== undefined && canSeeAnnotation(pin, scope.viewer, scope.annotations);
  const replies = useMemo(() => visibleReplies(scope.annotations, pinId, scope.viewer), [scope.annotations, pinId, scope.viewer]);
  const pendingReplies = pending.filter((p) => p.body.type === 'annotation.reply' && p.body.payload.parentId === pinId);

  return (
    <div className="thread">
      <button type="button" className="button back" onClick={onBack}>
        <span aria-hidden="true">←</span> {t('annotations.back')}
      </button>
      <h3 ref={headingRef} tabIndex={-1}>
        {t('annotations.threadHeading')}
      </h3>
      {!visible || !pin ? (
        <p className="notice warning">{t('annotations.gone')}</p>
      ) : (
        <>
          <ThreadEntry annotation={pin} scope={scope} now={now} />
          <h4>{t('annotations.repliesHeading', { count: replies.filter((r) => !r.deleted).length })}</h4>
          {replies.length === 0 && pendingReplies.length === 0 && <p className="hint">{t('annotations.noReplies')}</p>}
          <ol className="reply-list">
            {replies.map((reply) => (
              <li key={reply.id}>
                <ThreadEntry annotation={reply} scope={scope} now={now} />
              </li>
            ))}
            {pendingReplies.map((p) => (
              <li key={p.opId}>
                <PendingCard pending={p} scope={scope} now={now} />
              </li>
            ))}
          </ol>
          {scope.writeBlock ? (
            <WriteBlockedNotice block={scope.writeBlock} />
          ) : pin.deleted ? (
            <p className="hint">{t('annotations.noReplyToDeleted')}</p>
          ) : (
            <ReplyComposer pinId={pin.id} />
          )}
        </>
      )}
    </div>
  );
}
