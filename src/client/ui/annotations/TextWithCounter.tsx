import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { codePointLength } from '../../../core/text/code-points.ts';
import { MAX_TEXT_LENGTH } from './text-limit.ts';

/** From here on the counter is also read out as it changes. */
const ANNOUNCE_BELOW = 20;

interface Props {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | null;
  rows?: number;
  ref?: Ref<HTMLTextAreaElement>;
}

/** A text area with a live count in characters as people count them (code points: an emoji or
 * a rare character is one), the same way the server counts. */
export function TextWithCounter({ id, label, value, onChange, error, rows = 4, ref }: Props) {
  const { t } = useTranslation();
  const count = codePointLength(value);
  const left = MAX_TEXT_LENGTH - count;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea
        ref={ref}
        id={id}
        className="text-input"
        rows={rows}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-count${error ? ` ${id}-error` : ''}`}
      />
      <p id={`${id}-count`} className={left < 0 ? 'text-counter over' : 'text-counter'}>
        {left < 0 ? t('annotations.overLimit', { count: -left, max: MAX_TEXT_LENGTH }) : t('annotations.counter', { count, max: MAX_TEXT_LENGTH })}
      </p>
      <p className="visually-hidden" aria-live="polite">
        {left < ANNOUNCE_BELOW ? (left < 0 ? t('annotations.overLimit', { count: -left, max: MAX_TEXT_LENGTH }) : t('annotations.charactersLeft', { count: left })) : ''}
      </p>
      {error && (
        <p id={`${id}-error`} className="error-text">
          {error}
        </p>
      )}
    </div>
  );
}
