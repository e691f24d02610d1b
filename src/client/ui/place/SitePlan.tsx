import { useId, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Annotation } from '../../../core/domain/state.ts';
import type { SitePack } from '../../../core/site/schema.ts';
import type { PlaceChoice } from './place-choice.ts';
import { PlanDecorations } from './PlanDecorations.tsx';
import { PlanDrawing } from './PlanDrawing.tsx';
import { ChosenMarker, Crosshair } from './PlanMarkers.tsx';
import { planPointFromClient } from './plan-pointer.ts';
import { clampToPlan, type PlanPoint } from './plan-projection.ts';
import { planProjectionFor } from './site-plan-cache.ts';
import { usePlanDescription } from './use-plan-description.ts';
import { usePlaceWords } from './use-place-words.ts';

/** Shows the crosshair only to keyboard users: a tap also focuses the plan, and a crosshair
 * left on screen after a tap looks like a second choice. */
function focusFromKeyboard(element: Element): boolean {
  try {
    return element.matches(':focus-visible');
  } catch {
    return false; // a browser without :focus-visible: the first arrow key shows it
  }
}

/** A tap this close to a named place's dot (in plan units, about a fingertip) means that place. */
const SNAP_UNITS = 16;
/** Arrow keys move the crosshair this far; with Shift, further. */
const STEP_METRES = 5;
const BIG_STEP_METRES = 20;

const ARROWS: Record<string, [number, number]> = {
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
};

interface Props {
  site: SitePack;
  pins: readonly Annotation[];
  choice: PlaceChoice | null;
  onChoose: (choice: PlaceChoice) => void;
}

/**
 * The site as a small north-up plan: tap a point to choose it, or (keyboard) move the crosshair
 * with the arrow keys and press Enter. What the crosshair is near and what was chosen are
 * announced in words; the named-place list next to it stays the main way for screen readers.
 */
export function SitePlan({ site, pins, choice, onChoose }: Props) {
  const { t } = useTranslation();
  const projection = planProjectionFor(site);
  const words = usePlaceWords(site);
  const description = usePlanDescription(site, pins.length);
  const svgRef = useRef<SVGSVGElement>(null);
  const [crosshair, setCrosshair] = useState<PlanPoint>(() => projection.toPlan(choice ?? site.origin));
  const [keyboardActive, setKeyboardActive] = useState(false);
  const [status, setStatus] = useState('');
  const descriptionId = useId();

  const choose = (point: PlanPoint) => {
    const snapped = (site.places ?? []).find((place) => {
      const at = projection.toPlan(place);
      return Math.hypot(at.x - point.x, at.y - point.y) <= SNAP_UNITS;
    });
    const next: PlaceChoice = snapped ? { lng: snapped.lng, lat: snapped.lat, placeId: snapped.id } : { ...projection.fromPlan(point), placeId: null };
    setCrosshair(snapped ? projection.toPlan(snapped) : point);
    onChoose(next);
    setStatus(t('place.chosen', { where: words.describe(next) }));
  };

  const onClick = (event: MouseEvent<SVGSVGElement>) => {
    const point = svgRef.current && planPointFromClient(svgRef.current, event.clientX, event.clientY);
    if (point) choose(clampToPlan(point, projection));
  };

  const onKeyDown = (event: KeyboardEvent<SVGSVGElement>) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      return choose(crosshair);
    }
    const arrow = ARROWS[event.key];
    if (!arrow) return;
    event.preventDefault();
    setKeyboardActive(true);
    const step = (event.shiftKey ? BIG_STEP_METRES : STEP_METRES) * projection.unitsPerMetre;
    const moved = clampToPlan({ x: crosshair.x + arrow[0] * step, y: crosshair.y + arrow[1] * step }, projection);
    setCrosshair(moved);
    setStatus(t('place.crosshairAt', { where: words.describe(projection.fromPlan(moved)) }));
  };

  return (
    <figure className="site-plan">
      <svg
        ref={svgRef}
        role="application"
        aria-label={t('place.planLabel')}
        aria-describedby={descriptionId}
        tabIndex={0}
        viewBox={`0 0 ${projection.width} ${projection.height.toFixed(1)}`}
        onClick={onClick}
        onKeyDown={onKeyDown}
        onFocus={(event) => {
          // start from what is chosen (perhaps from the list) rather than where the crosshair was
          if (choice) setCrosshair(projection.toPlan(choice));
          setKeyboardActive(focusFromKeyboard(event.currentTarget));
        }}
        onBlur={() => setKeyboardActive(false)}
        onPointerDown={() => setKeyboardActive(false)}
      >
        <rect className="plan-ground" width={projection.width} height={projection.height} />
        <PlanDrawing site={site} projection={projection} pins={pins} />
        <PlanDecorations projection={projection} />
        {choice && <ChosenMarker at={projection.toPlan(choice)} />}
        {keyboardActive && <Crosshair at={crosshair} />}
      </svg>
      <figcaption className="hint">{t('place.planHint')}</figcaption>
      <p id={descriptionId} className="visually-hidden">
        {description} {t('place.keyboardHint')}
      </p>
      <p className="visually-hidden" aria-live="polite">
        {status}
      </p>
    </figure>
  );
}
