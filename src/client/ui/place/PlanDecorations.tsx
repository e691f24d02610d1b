import { useTranslation } from 'react-i18next';
import type { PlanProjection } from './plan-projection.ts';
import { chooseScaleBar } from './scale-bar.ts';

const EDGE = 14;

/** North arrow (top right) and scale bar (bottom left): the two things that make a drawing a
 * plan one can find one's way on. */
export function PlanDecorations({ projection }: { projection: PlanProjection }) {
  const { t } = useTranslation();
  const scale = chooseScaleBar(projection.unitsPerMetre, projection.width);
  const arrowX = projection.width - EDGE - 10;
  const baseY = projection.height - EDGE;

  return (
    <g className="plan-decorations" aria-hidden="true">
      <g transform={`translate(${arrowX} ${EDGE})`}>
        <path className="plan-north-arrow" d="M0 0 L9 24 L0 18 L-9 24 Z" />
        <text className="plan-north-label" x={0} y={40} textAnchor="middle" fontSize={14}>
          {t('place.northShort')}
        </text>
      </g>
      <g transform={`translate(${EDGE} ${baseY})`}>
        <path className="plan-scale-bar" d={`M0 -6 V0 H${scale.units.toFixed(1)} V-6`} />
        <text className="plan-scale-label" x={scale.units / 2} y={-10} textAnchor="middle" fontSize={12}>
          {t('place.scale', { metres: scale.metres })}
        </text>
      </g>
    </g>
  );
}
