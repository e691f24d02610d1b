import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Annotation } from '../../../core/domain/state.ts';
import type { Category } from '../../../core/protocol/primitives.ts';
import { useOpSubmission } from '../ops/use-op-submission.ts';
import { useAnnounce } from './Announcer.tsx';
import { CategoryChoice } from './CategoryChoice.tsx';
import { MAX_TEXT_LENGTH, textProblem } from './text-limit.ts';
import { TextWithCounter } from './TextWithCounter.tsx';

/** Changes the text (and, on a pin, the category) of one's own comment. Sends only what changed;
 * nothing changed simply closes the form. */
export function EditForm({ annotation, onDone }: { annotation: Annotation; onDone: () => void }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const op = useOpSubmission();
  const id = useId();
  const [text, setText] = useState(annotation.text);
  const [category, setCategory] = useState<Category | null>(annotation.category);
  const [problem, setProblem] = useState<string | null>(null);

  const save = async () => {
    const bad = textProblem(text);
    if (bad) return setProblem(bad === 'empty' ? t('annotations.needText') : t('annotations.tooLong', { max: MAX_TEXT_LENGTH }));
    const changes = {
      ...(text !== annotation.text ? { text } : {}),
      ...(category && category !== annotation.category ? { category } : {}),
    };
    if (Object.keys(changes).length === 0) return onDone();
    const result = await op.send({ type: 'annotation.edit', payload: { id: annotation.id, ...changes } });
    if (result === 'refused' || result === 'ignored') return;
    announce(t(result === 'sent' ? 'annotations.saved' : 'outbox.queued'));
    onDone();
  };

  return (
    <form
      className="edit-form"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      {annotation.parentId === null && <CategoryChoice name={`${id}-category`} value={category} onChange={setCategory} />}
      <TextWithCounter id={`${id}-text`} label={t('annotations.editLabel')} value={text} onChange={setText} error={problem} />
      {op.error && (
        <p className="notice error" role="alert">
          {t(`errors.${op.error}`)}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={op.busy}>
          {op.busy ? t('annotations.sending') : t('annotations.save')}
        </button>
        <button type="button" className="button" onClick={onDone}>
          {t('annotations.cancel')}
        </button>
      </div>
    </form>
  );
}
