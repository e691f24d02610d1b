import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { localStore } from '../../browser/safe-storage.ts';
import { DISPLAY_NAME_KEY, MAX_NAME_LENGTH, rememberDisplayName } from '../../net/display-name.ts';
import { sessionPath } from '../../routing/route.ts';
import { navigate } from '../../routing/use-route.ts';
import { isCompleteJoinCode, JOIN_CODE_LENGTH, normalizeJoinCode } from './join-code.ts';

/** The resident's way in: six digits from the poster, an optional name, one big button. */
export function JoinForm() {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const [name, setName] = useState(() => localStore.get(DISPLAY_NAME_KEY) ?? '');
  const [showError, setShowError] = useState(false);
  const codeInput = useRef<HTMLInputElement>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!isCompleteJoinCode(code)) {
      setShowError(true);
      codeInput.current?.focus();
      return;
    }
    rememberDisplayName(name);
    navigate(sessionPath(code));
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
      </form>
    </section>
  );
}
