import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { copyText } from '../../browser/copy-text.ts';

type CopyState = 'idle' | 'copied' | 'failed';

/** A "Copy" button that says, out loud too, whether copying worked. */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const { t } = useTranslation();
  const [state, setState] = useState<CopyState>('idle');

  useEffect(() => {
    if (state !== 'copied') return;
    const timer = setTimeout(() => setState('idle'), 2500);
    return () => clearTimeout(timer);
  }, [state]);

  return (
    <>
      <button type="button" className="button" aria-label={label} onClick={async () => setState((await copyText(text)) ? 'copied' : 'failed')}>
        {t('created.copy')}
      </button>
      <span role="status" className={state === 'failed' ? 'error-text' : 'hint'}>
        {state === 'copied' ? t('created.copied') : state === 'failed' ? t('created.copyFailed') : ''}
      </span>
    </>
  );
}
