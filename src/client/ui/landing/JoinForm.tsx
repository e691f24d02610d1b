import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { localStore } from '../../browser/safe-storage.ts';
import { cleanDisplayName, DISPLAY_NAME_KEY, MAX_NAME_LENGTH, rememberDisplayName } from '../../net/display-name.ts';
import { rememberJoinChoice, type JoinChoice } from '../../routing/join-choice.ts';
import { sessionPath } from '../../routing/route.ts';
import { navigate } from '../../routing/use-route.ts';
import { prefetchSessionScreen } from '../session/LazySessionPage.tsx';
import { isCompleteJoinCode, JOIN_CODE_LENGTH, normalizeJoinCode } from './join-code.ts';

/** The resident's way in: six digits from the poster, an optional name, one big button; and,
 * small under it, joining only to watch. */
export function JoinForm() {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const [name, setName] = useState(() => localStore.get(DISPLAY_NAME_KEY) ?? '');
  const [showError, setShowError] = useState(false);
  const codeInput = useRef<HTMLInputElement>(null);

  const join = (role: JoinChoice['role']) => {
    if (!isCompleteJoinCode(code)) {
      setShowError(true);
      codeInput.current?.focus();
      return;
    }
    rememberDisplayName(name);
    // An empty field is a choice too: it must clear a name given on an earlier visit.
    rememberJoinChoice(code, { role, clearName: cleanDisplayName(name) === undefined });
    navigate(sessionPath(code));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    join('participant');
  };

  const invalid = showError && !isCompleteJoinCode(code);
  return (
    <section className="card" aria-labelledby="join-heading">
      <h1 id="join-heading">{t('join.heading')}</h1>
      <form onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor="join-code">{t('join.codeLabel')}</label>
          <p className="hint" id="join-code-hint">
            {t('join.codeHint')}
          </p>
          <input
            ref={codeInput}
            id="join-code"
            className="code-input"
            type="text"
            inputMode="numeric"
            pattern="[0-9]*"
            // not "one-time-code": phones would offer SMS codes, which this is not
            autoComplete="off"
            autoCorrect="off"
            spellCheck={false}
            enterKeyHint="go"
            maxLength={JOIN_CODE_LENGTH + 4 /* room for a pasted "123 456" before it is cleaned */}
            placeholder="······"
            value={code}
            aria-invalid={invalid}
            aria-describedby="join-code-hint join-code-error"
            // someone typing a code is about to join: fetch the session screen meanwhile
            onFocus={prefetchSessionScreen}
            onChange={(event) => setCode(normalizeJoinCode(event.target.value))}
          />
          {/* always in the page so screen readers announce the message when it appears */}
          <p id="join-code-error" className="error-text" aria-live="assertive" aria-atomic="true">
            {invalid ? t('join.codeIncomplete') : ''}
          </p>
        </div>
        <div className="field">
          <label htmlFor="display-name">{t('join.nameLabel')}</label>
          <p className="hint" id="display-name-hint">
            {t('join.nameHint')}
          </p>
          <input
            id="display-name"
            type="text"
            autoComplete="nickname"
            maxLength={MAX_NAME_LENGTH}
            value={name}
            aria-describedby="display-name-hint"
            onChange={(event) => setName(event.target.value)}
          />
        </div>
        <button type="submit" className="button primary big">
          {t('join.submit')}
        </button>
        <div className="observe-option">
          <button type="button" className="button subtle" aria-describedby="observe-hint" onClick={() => join('observer')}>
            {t('join.observe')}
          </button>
          <p className="hint" id="observe-hint">
            {t('join.observeHint')}
          </p>
        </div>
      </form>
    </section>
  );
}
