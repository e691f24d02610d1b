import { useTranslation } from 'react-i18next';
import type { ClientOpType } from '../../../core/protocol/ops.ts';
import { dismissRefusedChange } from '../../net/dismiss-refused.ts';
import type { RefusedChange } from '../../net/outbox/outbox-store.ts';
import { useSessionView } from '../../state/session-store.ts';

/** How each kind of change is named to the person (keys under `outbox.changes`). */
const CHANGE_NAMES = {
  'annotation.create': 'outbox.changes.annotationCreate',
  'annotation.reply': 'outbox.changes.annotationReply',
  'annotation.edit': 'outbox.changes.annotationEdit',
  'annotation.delete': 'outbox.changes.annotationDelete',
  'annotation.react': 'outbox.changes.annotationReact',
  'annotation.moderate': 'outbox.changes.annotationModerate',
  'ballot.cast': 'outbox.changes.ballotCast',
  'session.stage': 'outbox.changes.sessionStage',
  'session.status': 'outbox.changes.sessionStatus',
  'question.add': 'outbox.changes.questionAdd',
  'question.status': 'outbox.changes.questionStatus',
  'question.reveal': 'outbox.changes.questionReveal',
} as const satisfies Record<ClientOpType, string>;

/** Enough of a long comment to recognise it. */
const QUOTE_LENGTH = 40;

/**
 * What may not reach the server: changes it refused (often on a resend after being offline:
 * the session closed, the pin was deleted meanwhile), each with the reason and a button to
 * clear it; and, where this browser cannot store the outbox, a warning while that matters.
 */
export function RefusedChanges() {
  const { t } = useTranslation();
  const refused = useSessionView((v) => v.refused);
  // Only while changes could really be lost: something waits, or the connection is down.
  const memoryOnlyMatters = useSessionView((v) => !v.outboxPersistent && (v.outbox.length > 0 || v.status !== 'online'));
  // No wrapper element: an empty one would still take a row and its gap in the page grid.
  return (
    <>
      {memoryOnlyMatters && (
        <p className="notice warning" role="status">
          {t('outbox.memoryOnly')}
        </p>
      )}
      {refused.length > 0 && (
        // an alert, so a screen reader hears at once that something was not saved
        <section className="card" role="alert" aria-labelledby="refused-heading">
          <h2 id="refused-heading">{t('outbox.refusedHeading')}</h2>
          <ul className="option-list">
            {refused.map((change) => (
              <RefusedItem key={change.opId} change={change} />
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

function RefusedItem({ change }: { change: RefusedChange }) {
  const { t } = useTranslation();
  const describedBy = `refused-${change.opId}`;
  return (
    <li className="notice error">
      <p id={describedBy}>
        {t(CHANGE_NAMES[change.body.type], { text: quoteOf(change) })}
        <br />
        {t('outbox.reason', { reason: t(`errors.${change.code}`) })}
      </p>
      <button type="button" className="button" aria-describedby={describedBy} onClick={() => dismissRefusedChange(change.opId)}>
        {t('outbox.dismiss')}
      </button>
    </li>
  );
}

function quoteOf(change: RefusedChange): string {
  const text = 'text' in change.body.payload ? change.body.payload.text : undefined;
  if (!text) return '';
  const chars = [...text]; // code points, so an emoji is not cut in half
  return chars.length > QUOTE_LENGTH ? `${chars.slice(0, QUOTE_LENGTH).join('')}…` : text;
}
