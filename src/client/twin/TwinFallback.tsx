import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SitePack } from '../../core/site/schema.ts';
import { useLocalized } from '../i18n/localized.ts';

/** Where 3D cannot be drawn: the option in words (its alt text), never an empty box. */
export function TwinFallback({ site, optionId }: { site: SitePack; optionId: string }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const option = site.options.find((o) => o.id === optionId) ?? site.options[0];
  return (
    <div className="twin twin-status card" role="note">
      <p>{t('twin.noWebgl')}</p>
      {option && (
        <p>
          <strong>{pick(option.name)}</strong> — {pick(option.altText)}
        </p>
      )}
    </div>
  );
}

/** Catches a failure inside the 3D view (a lost or refused WebGL context, a bad model) so the
 * rest of the page stays usable. */
export class TwinErrorBoundary extends Component<{ fallback: ReactNode; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    console.error('twin: the 3D view failed', error);
  }

  override render(): ReactNode {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
