import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newId } from '../../net/new-id.ts';
import { useOpSubmission } from '../ops/use-op-submission.ts';
import { useAnnounce } from './Announcer.tsx';
import { MAX_TEXT_LENGTH, textProblem } from './text-limit.ts';
import { TextWithCounter } from './TextWithCounter.tsx';

/** A reply under a pin (one level: replies have no replies of their own). */
export function ReplyComposer({ pinId }: { pinId: string }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const op = useOpSubmission();
  const id = useId();
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const send = async () => {
    const bad = textProblem(text);
    if (bad) return setProblem(bad === 'empty' ? t('annotations.needReply') : t('annotations.tooLong', { max: MAX_TEXT_LENGTH }));
    setProblem(null);
    const result = await op.send({ type: 'annotation.reply', payload: { id: newId(), parentId: pinId, text } });
    if (result === 'refused' || result === 'ignored') return;
    setText('');
    announce(t(result === 'sent' ? 'annotations.sent' : 'outbox.queued'));
  };

  return (
    <form
      className="reply-composer"
      onSubmit={(e) => {
        e.preventDefault();
        void send();
      }}
    >
      <TextWithCounter id={`${id}-reply`} label={t('annotations.replyLabel')} value={text} onChange={setText} error={problem} rows={3} />
      {op.error && (
        <p className="notice error" role="alert">
          {t(`errors.${op.error}`)}
        </p>
      )}
      <button type="submit" className="button primary big" disabled={op.busy}>
        {op.busy ? t('annotations.sending') : t('annotations.replySubmit')}
      </button>
    </form>
  );
}
