import { useRef, type KeyboardEvent, type PointerEvent as ReactPointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../i18n/localized.ts';
import { clampDivider, MAX_DIVIDER, MIN_DIVIDER } from '../state/twin-view-store.ts';
import { useTwin, useTwinView } from '../scene/twin-context.ts';

const KEY_STEP = 0.05;
const PAGE_STEP = 0.2;

/**
 * Compare mode's labels and divider, over the canvas. The divider is a slider: drag it, or
 * focus it and use the arrow keys (Home/End/Page keys too). The scene reads its position from
 * the view store each frame.
 */
export function CompareOverlay({ optionId }: { optionId: string }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const { viewStore, site } = useTwin();
  const compare = useTwinView((s) => s.compare);
  const fraction = useTwinView((s) => s.dividerFraction);
  const overlay = useRef<HTMLDivElement>(null);
  if (!compare) return null;

  const option = site.options.find((o) => o.id === optionId);
  const percent = Math.round(fraction * 100);
  const set = (value: number) => viewStore.setState({ dividerFraction: clampDivider(value) });

  const drag = (e: ReactPointerEvent<HTMLDivElement>) => {
    if (e.type === 'pointerdown') e.currentTarget.setPointerCapture(e.pointerId);
    else if (!e.currentTarget.hasPointerCapture(e.pointerId)) return;
    const box = overlay.current?.getBoundingClientRect();
    if (box && box.width > 0) set((e.clientX - box.left) / box.width);
  };
  const keys = (e: KeyboardEvent) => {
    const moves: Record<string, number> = {
      ArrowLeft: fraction - KEY_STEP,
      ArrowDown: fraction - KEY_STEP,
      ArrowRight: fraction + KEY_STEP,
      ArrowUp: fraction + KEY_STEP,
      PageDown: fraction - PAGE_STEP,
      PageUp: fraction + PAGE_STEP,
      Home: MIN_DIVIDER,
      End: MAX_DIVIDER,
    };
    const next = moves[e.key];
    if (next === undefined) return;
    e.preventDefault();
    set(next);
  };

  return (
    <div className="twin-compare" ref={overlay}>
      <span className="twin-compare-label twin-compare-left">{t('twin.compare.today')}</span>
      <span className="twin-compare-label twin-compare-right">{option ? pick(option.name) : optionId}</span>
      <div
        className="twin-divider"
        style={{ left: `${fraction * 100}%` }}
        role="slider"
        tabIndex={0}
        aria-label={t('twin.compare.divider')}
        aria-orientation="horizontal"
        aria-valuemin={Math.round(MIN_DIVIDER * 100)}
        aria-valuemax={Math.round(MAX_DIVIDER * 100)}
        aria-valuenow={percent}
        aria-valuetext={t('twin.compare.dividerValue', { percent })}
        onKeyDown={keys}
        onPointerDown={drag}
        onPointerMove={drag}
      >
        <span className="twin-divider-grip" aria-hidden="true">
          ◀ ▶
        </span>
      </div>
    </div>
  );
}
