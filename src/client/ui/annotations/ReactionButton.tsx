import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Annotation } from '../../../core/domain/state.ts';
import { errorCodeOf } from '../../net/app-error.ts';
import { submitOp } from '../../net/submit-op.ts';
import { useAnnounce } from './Announcer.tsx';

interface Props {
  annotation: Pick<Annotation, 'id' | 'reactions' | 'deleted'>;
  viewerId: string;
  disabled: boolean;
}

/** +1 with its count; pressed means "I agree". While the change travels (perhaps for minutes,
 * offline) the button shows what was asked for, marked "sending…", so a tap visibly does
 * something; the count only moves when the server's op comes back. */
export function ReactionButton({ annotation, viewerId, disabled }: Props) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [asked, setAsked] = useState<boolean | null>(null);
  const on = annotation.reactions.includes(viewerId);
  const count = annotation.reactions.length;

  // the op is in the log: the real state now says what was asked
  useEffect(() => {
    if (asked !== null && on === asked) setAsked(null);
  }, [on, asked]);

  const toggle = () => {
    if (asked !== null) return; // one change at a time: a double tap must not undo itself
    const want = !on;
    setAsked(want);
    void submitOp({ type: 'annotation.react', payload: { id: annotation.id, on: want } }).then((outcome) => {
      setAsked(null);
      if (!outcome.ok) announce(t(`errors.${errorCodeOf(outcome.error)}`));
    });
  };

  return (
    <button
      type="button"
      className="button reaction"
      aria-pressed={asked ?? on}
      disabled={disabled || annotation.deleted}
      onClick={toggle}
    >
      {/* the visible words are the whole name ("+1 赞同 3"): what is seen is what voice
          control users say, and aria-pressed tells whether it is mine */}
      <span className="reaction-mark">+1</span>
      <span>{t('annotations.agree')}</span>
      <span className="reaction-count">{count}</span>
      {asked !== null && <span className="reaction-sending">{t('annotations.sendingShort')}</span>}
    </button>
  );
}
