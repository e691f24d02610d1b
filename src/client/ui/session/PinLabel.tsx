import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { PinDatum } from '../../twin/pins/pin-selection.ts';
import { CategoryLabel } from '../annotations/CategoryLabel.tsx';
import { firstWords } from './first-words.ts';

interface Props {
  ref: Ref<HTMLDivElement>;
  pin: PinDatum;
  onOpenThread: (pinId: string) => void;
  onClose: () => void;
}

/**
 * The one label of the selected pin, over the 3D view: its category (icon and word), its first
 * words and the way into its thread. Plain DOM outside the canvas; the pins layer moves it each
 * frame through the ref, and CSS keeps it hidden until it has been placed.
 */
export function PinLabel({ ref, pin, onOpenThread, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <div ref={ref} className={`pin-label cat-${pin.category}${pin.pending ? ' is-pending' : ''}`} role="group" aria-label={t('pins.selected')}>
      <div className="pin-label-top">
        <CategoryLabel category={pin.category} />
        <button type="button" className="pin-label-close" onClick={onClose} aria-label={t('pins.close')}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <p className="pin-label-text">{firstWords(pin.text)}</p>
      {pin.pending ? (
        <p className="pin-label-pending">{t('pins.sending')}</p>
      ) : (
        <button type="button" className="button primary pin-label-open" onClick={() => onOpenThread(pin.id)}>
          {t('pins.openThread')}
        </button>
      )}
    </div>
  );
}
