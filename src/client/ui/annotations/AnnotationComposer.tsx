import { useEffect, useId, useRef, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { Annotation } from '../../../core/domain/state.ts';
import type { Category } from '../../../core/protocol/primitives.ts';
import { newId } from '../../net/new-id.ts';
import { positionOfPlace } from '../place/picked-place.ts';
import type { PlaceChoice } from '../place/place-choice.ts';
import { PlacePicker } from '../place/PlacePicker.tsx';
import { useOpSubmission } from '../ops/use-op-submission.ts';
import { useAnnounce } from './Announcer.tsx';
import type { ComposerPrefill } from './comments-requests.ts';
import { CategoryChoice } from './CategoryChoice.tsx';
import { OptionChoice } from './OptionChoice.tsx';
import { MAX_TEXT_LENGTH, textProblem } from './text-limit.ts';
import { TextWithCounter } from './TextWithCounter.tsx';
import type { AnnotationScope } from './use-annotation-scope.ts';

interface Props {
  scope: AnnotationScope;
  /** visible pins, drawn on the plan so people see what is already said where */
  pins: readonly Annotation[];
  /** begun elsewhere (a tap in the 3D view): its place, and the option then on screen, are
   * taken when they arrive; what was written stays */
  prefill?: ComposerPrefill | undefined;
  onDone: () => void;
  onCancel: () => void;
  headingRef: Ref<HTMLHeadingElement>;
}

interface Problems {
  category?: string;
  text?: string;
  place?: string;
}

/** A new pin: what kind, what it says, which option it is about (optional) and where (from the
 * named places or the plan, or brought from a tap in the 3D view). Checked here first, so the server's refusals are only the rare
 * ones (session just closed, a limit); those are shown translated above the send button. */
export function AnnotationComposer({ scope, pins, prefill, onDone, onCancel, headingRef }: Props) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const op = useOpSubmission();
  const id = useId();
  const textRef = useRef<HTMLTextAreaElement>(null);
  const [category, setCategory] = useState<Category | null>(null);
  const [text, setText] = useState('');
  const [optionId, setOptionId] = useState<string | null>(prefill?.optionId ?? null);
  const [place, setPlace] = useState<PlaceChoice | null>(prefill?.place ?? null);
  useEffect(() => {
    if (!prefill) return;
    setPlace(prefill.place);
    if (prefill.optionId) setOptionId(prefill.optionId);
  }, [prefill]);
  // after a first try, problems are shown and go away as each is fixed
  const [tried, setTried] = useState(false);

  const check = (): Problems => {
    const bad = textProblem(text);
    return {
      ...(category ? {} : { category: t('annotations.needCategory') }),
      ...(bad ? { text: bad === 'empty' ? t('annotations.needText') : t('annotations.tooLong', { max: MAX_TEXT_LENGTH }) } : {}),
      ...(place ? {} : { place: t('annotations.needPlace') }),
    };
  };

  const problems = tried ? check() : {};

  const submit = async () => {
    const found = check();
    setTried(true);
    if (found.category) return document.getElementById(`${id}-category-group`)?.querySelector('input')?.focus();
    if (found.text) return textRef.current?.focus();
    if (found.place || !category || !place) {
      const group = document.getElementById(`${id}-place`);
      return (group?.querySelector('input') ?? group)?.focus();
    }
    // on the ground, attached to the object tapped in 3D if there was one (picked-place.ts)
    const position = positionOfPlace(place);
    const payload = { id: newId(), position, category, text, ...(optionId ? { optionId } : {}) };
    const result = await op.send({ type: 'annotation.create', payload });
    if (result === 'refused' || result === 'ignored') return;
    announce(t(result === 'sent' ? 'annotations.sent' : 'outbox.queued'));
    onDone();
  };

  return (
    <form
      className="composer"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h3 ref={headingRef} tabIndex={-1}>
        {t('annotations.composerHeading')}
      </h3>
      <div id={`${id}-category-group`}>
        <CategoryChoice name={`${id}-category`} value={category} onChange={setCategory} error={problems.category} />
      </div>
      <TextWithCounter ref={textRef} id={`${id}-text`} label={t('annotations.textLabel')} value={text} onChange={setText} error={problems.text} />
      <OptionChoice name={`${id}-option`} options={scope.site.options} value={optionId} onChange={setOptionId} />
      <div id={`${id}-place`} tabIndex={-1} className="field">
        <PlacePicker site={scope.site} pins={pins} choice={place} onChoose={setPlace} error={problems.place} headingId={`${id}-place-heading`} />
      </div>
      <div className="composer-actions">
        {op.error && (
          <p className="notice error" role="alert">
            {t(`errors.${op.error}`)}
          </p>
        )}
        <div className="form-actions">
          <button type="submit" className="button primary big" disabled={op.busy}>
            {op.busy ? t('annotations.sending') : t('annotations.submit')}
          </button>
          <button type="button" className="button" onClick={onCancel}>
            {t('annotations.cancel')}
          </button>
        </div>
      </div>
    </form>
  );
}
