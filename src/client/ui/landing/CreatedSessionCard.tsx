import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreatedSession } from '../../net/api.ts';
import { sessionPath } from '../../routing/route.ts';
import { navigate } from '../../routing/use-route.ts';
import { CopyButton } from '../common/CopyButton.tsx';

/**
 * What a facilitator needs after creating a session: the code and QR for residents, and the
 * facilitator link. That link is a key, and the laptop that creates a session is often the one
 * on the projector, so the link itself stays folded until asked for; copy and "enter" work
 * without ever showing it.
 */
export function CreatedSessionCard({ created }: { created: CreatedSession }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const { code } = created.session;
  // same origin as this page (PUBLIC_URL may name another host, e.g. behind the dev proxy)
  const facilitatorPath = `${sessionPath(code)}#key=${encodeURIComponent(created.facilitatorKey)}`;

  useEffect(() => heading.current?.focus(), []);

  return (
    <section className="created" aria-labelledby="created-heading">
      <h2 id="created-heading" ref={heading} tabIndex={-1}>
        {t('created.heading')}
      </h2>
      <p className="label">{t('created.code')}</p>
      <p className="join-code">{code}</p>
      <img className="qr" src={created.qr.svg} width={220} height={220} alt={t('created.qrAlt', { code })} />

      <p className="label">{t('created.joinLink')}</p>
      <div className="link-row">
        <a className="link-text" href={created.joinUrl}>
          {created.joinUrl}
        </a>
        <CopyButton text={created.joinUrl} label={t('created.copyJoinLink')} />
      </div>

      <h3>{t('created.facilitatorLink')}</h3>
      <p className="notice warning">{t('created.facilitatorWarning')}</p>
      <div className="link-row">
        <a
          className="button primary"
          href={facilitatorPath}
          onClick={(event) => {
            event.preventDefault();
            navigate(facilitatorPath);
          }}
        >
          {t('created.openAsFacilitator')}
        </a>
        <CopyButton text={created.facilitatorUrl} label={t('created.copyFacilitatorLink')} />
      </div>
      <details>
        <summary className="button">{t('created.showFacilitatorLink')}</summary>
        <p className="link-text">{created.facilitatorUrl}</p>
      </details>
    </section>
  );
}
