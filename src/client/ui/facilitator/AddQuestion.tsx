import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';

// The form validates with the protocol's zod schema; loading it on first use keeps zod out of
// the bundle every resident's phone downloads.
const AddQuestionForm = lazy(() => import('./AddQuestionForm.tsx').then((m) => ({ default: m.AddQuestionForm })));

/** "Add a question", folded away until needed so the panel stays short on a phone. The
 * confirmation lives outside the form, which starts afresh after each question. */
export function AddQuestion({ existingIds }: { existingIds: readonly string[] }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [added, setAdded] = useState(0);
  // the last one was left to the outbox (offline): say it is not in yet
  const [queued, setQueued] = useState(false);

  return (
    <details className="control-block add-question" onToggle={(e) => e.currentTarget.open && setOpened(true)}>
      <summary className="add-question-summary">{t('facilitator.add.summary')}</summary>
      {/* once opened, kept mounted: folding the panel away does not lose what was typed */}
      {opened && (
        <Suspense fallback={<p className="hint">{t('facilitator.add.loading')}</p>}>
          {/* keyed by the count of questions added: a fresh, empty form after each one */}
          <AddQuestionForm
            key={added}
            existingIds={existingIds}
            onAdded={(result) => {
              setQueued(result === 'queued');
              setAdded((n) => n + 1);
            }}
          />
        </Suspense>
      )}
      <p className="hint" role="status">
        {added > 0 ? t(queued ? 'outbox.queued' : 'facilitator.add.added') : ''}
      </p>
    </details>
  );
}
