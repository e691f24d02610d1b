import { memo, useMemo, useRef } from 'react';
import type { Annotation } from '../../../core/domain/state.ts';
import type { SitePack } from '../../../core/site/schema.ts';
import { pickLocalized, useLocalized } from '../../i18n/localized.ts';
import { layoutPointLabels, layoutStreetLabel, type Box } from './label-layout.ts';
import type { PlanPoint, PlanProjection } from './plan-projection.ts';
import { useTextWidths } from './use-text-widths.ts';

const STREET_WIDTH_METRES = 10;
const STREET_FONT = 12;
const PLACE_FONT = 14;
const PLACE_DOT = 6;
const PIN_DOT = 3.5;

const points = (list: readonly PlanPoint[]) => list.map((p) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ');

interface Props {
  site: SitePack;
  projection: PlanProjection;
  /** visible, not deleted pins: drawn as small dots in their category's colour */
  pins: readonly Annotation[];
}

/** The still part of the plan: boundary, streets with their names, pins, named places. Memoized:
 * it only changes with the pins or the language, not with every crosshair move. */
export const PlanDrawing = memo(function PlanDrawing({ site, projection, pins }: Props) {
  const { language } = useLocalized();
  const group = useRef<SVGGElement>(null);
  const widths = useTextWidths(group);
  const layout = useMemo(() => {
    const pick = (text: Parameters<typeof pickLocalized>[0]) => pickLocalized(text, language);
    const toPlan = ([lng, lat]: readonly [number, number]) => projection.toPlan({ lng, lat });
    const boundary = (site.plan?.boundary ?? []).map(toPlan);
    const bounds = { width: projection.width, height: projection.height };
    // Place names first (each must sit by its dot), then street names, which can slide along
    // their street to a spot clear of them.
    const places = (site.places ?? []).map((place) => ({ place, name: pick(place.name), at: projection.toPlan(place) }));
    const dotBoxes: Box[] = places.map(({ at }) => ({ x: at.x - PLACE_DOT, y: at.y - PLACE_DOT, width: 2 * PLACE_DOT, height: 2 * PLACE_DOT }));
    const labels = layoutPointLabels(
      places.map(({ at, name }) => ({ at, text: name, width: widths[name] })),
      { ...bounds, fontSize: PLACE_FONT, gap: PLACE_DOT + 5, obstacles: dotBoxes },
    );
    const taken = [...dotBoxes, ...labels.map((l) => l.box)];
    const streets = (site.plan?.streets ?? []).map((street) => {
      const line = street.line.map(toPlan);
      const name = pick(street.name);
      return { line, name, label: layoutStreetLabel(line, name, { ...bounds, fontSize: STREET_FONT, obstacles: taken, textWidth: widths[name] }) };
    });
    return { boundary, streets, places: places.map((p, i) => ({ ...p, label: labels[i]! })) };
  }, [site, projection, language, widths]);
  const streetWidth = STREET_WIDTH_METRES * projection.unitsPerMetre;

  return (
    <g ref={group}>
      {layout.boundary.length > 0 && <polygon className="plan-boundary" points={points(layout.boundary)} />}
      {layout.streets.map((s, i) => (
        <g key={i}>
          <polyline className="plan-street-casing" points={points(s.line)} strokeWidth={streetWidth + 2} />
          <polyline className="plan-street" points={points(s.line)} strokeWidth={streetWidth} />
        </g>
      ))}
      {layout.streets.map((s, i) =>
        s.label ? (
          <text key={i} data-measure className="plan-street-label" fontSize={STREET_FONT} dy="0.35em" textAnchor="middle" transform={`translate(${s.label.x.toFixed(1)} ${s.label.y.toFixed(1)}) rotate(${s.label.angle.toFixed(1)})`}>
            {s.name}
          </text>
        ) : null,
      )}
      {/* places are rings and pins go on top of them: a pin at a place shows inside its ring */}
      {layout.places.map(({ place, at }) => (
        <circle key={place.id} className="plan-place-dot" cx={at.x} cy={at.y} r={PLACE_DOT} />
      ))}
      {pins.map((pin) => {
        if (!pin.position) return null;
        const at = projection.toPlan(pin.position);
        return <circle key={pin.id} className={`plan-pin cat-${pin.category ?? 'idea'}`} cx={at.x} cy={at.y} r={PIN_DOT} />;
      })}
      {layout.places.map(({ place, name, label }) => (
        <text key={place.id} data-measure className="plan-place-label" x={label.x} y={label.y} fontSize={PLACE_FONT} textAnchor={label.anchor}>
          {name}
        </text>
      ))}
    </g>
  );
});
