import type { PlanPoint } from './plan-projection.ts';

/** The chosen spot: a ring with a dot, in the focus colour so it stands out from every pin. */
export function ChosenMarker({ at }: { at: PlanPoint }) {
  return (
    <g className="plan-chosen" transform={`translate(${at.x.toFixed(1)} ${at.y.toFixed(1)})`}>
      <circle r={11} className="plan-chosen-ring" />
      <circle r={3.5} className="plan-chosen-dot" />
    </g>
  );
}

/** Where Enter would place the pin while the plan has keyboard focus. */
export function Crosshair({ at }: { at: PlanPoint }) {
  return (
    <g className="plan-crosshair" transform={`translate(${at.x.toFixed(1)} ${at.y.toFixed(1)})`}>
      <path d="M-18 0 H-6 M6 0 H18 M0 -18 V-6 M0 6 V18" />
      <circle r={6} />
    </g>
  );
}
