import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../i18n/localized.ts';
import { ApiError, createSession, type CreatedSession } from '../../net/api.ts';
import type { AppErrorCode } from '../../net/app-error.ts';
import { RefusedSites } from './RefusedSites.tsx';
import { useSites } from './use-sites.ts';

/**
 * Site, optional title, and — only when the server answered 401 — the admin token. The token
 * lives in this component's state only: it is never stored on the device.
 */
export function CreateSessionForm({ onCreated }: { onCreated: (created: CreatedSession) => void }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const { state: sites, reload } = useSites(true);
  const [siteId, setSiteId] = useState('');
  const [title, setTitle] = useState('');
  const [needsToken, setNeedsToken] = useState(false);
  const [token, setToken] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppErrorCode | null>(null);
  const tokenInput = useRef<HTMLInputElement>(null);

  // pre-select the first site: most servers have exactly one
  useEffect(() => {
    if (sites.kind === 'ready' && !siteId && sites.sites[0]) setSiteId(sites.sites[0].id);
  }, [sites, siteId]);
  useEffect(() => {
    if (needsToken) tokenInput.current?.focus();
  }, [needsToken]);

  if (sites.kind === 'idle' || sites.kind === 'loading') return <p role="status">{t('create.sitesLoading')}</p>;
  if (sites.kind === 'failed') {
    return (
      <div className="notice error" role="alert">
        <p>
          {t('create.sitesFailed')} {t(`errors.${sites.code}`)}
        </p>
        <button type="button" className="button" onClick={reload}>
          {t('create.retry')}
        </button>
      </div>
    );
  }
  const refused = <RefusedSites refused={sites.refused} />;
  if (sites.sites.length === 0) {
    return (
      <>
        <p>{t('create.noSites')}</p>
        {refused}
      </>
    );
  }

  const district = sites.sites.find((site) => site.id === siteId)?.district;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const trimmed = title.trim();
      onCreated(await createSession({ siteId, title: trimmed || undefined, adminToken: token.trim() || undefined }));
    } catch (err) {
      const code = err instanceof ApiError ? err.code : 'UNKNOWN';
      // The first 401 only reveals that a token is needed: the field's hint says so, no error yet.
      const firstAsk = code === 'UNAUTHORIZED' && !needsToken;
      if (code === 'UNAUTHORIZED') setNeedsToken(true);
      setError(firstAsk ? null : code);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit}>
      <p>{t('create.intro')}</p>
      <div className="field">
        <label htmlFor="create-site">{t('create.siteLabel')}</label>
        <select id="create-site" value={siteId} aria-describedby="create-site-district" onChange={(event) => setSiteId(event.target.value)}>
          {sites.sites.map((site) => (
            <option key={site.id} value={site.id}>
              {pick(site.name)}
            </option>
          ))}
        </select>
        <p className="hint" id="create-site-district">
          {district ? pick(district) : ''}
        </p>
      </div>
      <div className="field">
        <label htmlFor="create-title">{t('create.titleLabel')}</label>
        <p className="hint" id="create-title-hint">
          {t('create.titleHint')}
        </p>
        <input id="create-title" type="text" maxLength={80} value={title} aria-describedby="create-title-hint" onChange={(event) => setTitle(event.target.value)} />
      </div>
      {needsToken && (
        <div className="field">
          <label htmlFor="create-token">{t('create.tokenLabel')}</label>
          <p className="hint" id="create-token-hint">
            {t('create.tokenHint')}
          </p>
          <input
            ref={tokenInput}
            id="create-token"
            type="password"
            autoComplete="off"
            value={token}
            aria-describedby="create-token-hint create-error"
            aria-invalid={error === 'UNAUTHORIZED'}
            onChange={(event) => setToken(event.target.value)}
          />
        </div>
      )}
      <p id="create-error" className="error-text" aria-live="assertive" aria-atomic="true">
        {error ? t(`errors.${error}`) : ''}
      </p>
      <button type="submit" className="button primary big" disabled={busy}>
        {busy ? t('create.submitting') : t('create.submit')}
      </button>
      {refused}
    </form>
  );
}
