// The kerbside lane of Lingyan South Road, stretch by stretch: where cars may park, where they
// may not (in front of vehicle gates, at the bus stop). Options reuse this to put garden beds
// only into former parking bays.
import { BLOCKS, type Side } from './blocks.ts';
import { BUS_STOP, JUNCTION_NO_PARKING_MARGIN, LINGYAN, LINGZHAO } from './parameters.ts';

export type KerbsideUse = 'parking' | 'gate' | 'bus-stop';

export interface KerbsideStretch {
  side: Side;
  use: KerbsideUse;
  from: number;
  to: number;
}

/** Parking keeps this far clear of each end of a vehicle gate opening. */
const GATE_KERB_MARGIN = 1;

/** y where the kerb returns into Lingzhao Road begin, south and north of the junction. */
export const KERB_RETURN = {
  south: LINGZHAO.centreY - LINGZHAO.carriagewayWidth / 2 - LINGZHAO.kerbRadius,
  north: LINGZHAO.centreY + LINGZHAO.carriagewayWidth / 2 + LINGZHAO.kerbRadius,
};

/** The kerbside lane runs up to this far short of the kerb returns; the junction is lane-free. */
export const KERBSIDE_ENDS = {
  south: KERB_RETURN.south - JUNCTION_NO_PARKING_MARGIN,
  north: KERB_RETURN.north + JUNCTION_NO_PARKING_MARGIN,
};

/** Vehicle gate openings on one side, as [from, to] along the street. */
export function vehicleGates(side: Side): [number, number][] {
  return BLOCKS.filter((b) => b.side === side).flatMap((b) =>
    b.frontage.flatMap((s) => (s.kind === 'gate' && s.vehicles ? [[s.from, s.to] as [number, number]] : [])),
  );
}

function noParking(side: Side): { use: KerbsideUse; from: number; to: number }[] {
  const gates = vehicleGates(side).map(([from, to]) => ({ use: 'gate' as const, from: from - GATE_KERB_MARGIN, to: to + GATE_KERB_MARGIN }));
  const bus = side === 'east' ? [{ use: 'bus-stop' as const, from: BUS_STOP.kerbFrom, to: BUS_STOP.kerbTo }] : [];
  return [...gates, ...bus].sort((a, b) => a.from - b.from);
}

/** The kerbside lane of one side split into stretches, south to north, junction excluded. */
export function kerbsideStretches(side: Side): KerbsideStretch[] {
  const stretches: KerbsideStretch[] = [];
  for (const [start, end] of [[LINGYAN.south, KERBSIDE_ENDS.south], [KERBSIDE_ENDS.north, LINGYAN.north]] as const) {
    let y = start;
    for (const zone of noParking(side)) {
      const from = Math.max(zone.from, start);
      const to = Math.min(zone.to, end);
      if (to <= from) continue;
      if (from > y) stretches.push({ side, use: 'parking', from: y, to: from });
      stretches.push({ side, use: zone.use, from, to });
      y = to;
    }
    if (end > y) stretches.push({ side, use: 'parking', from: y, to: end });
  }
  return stretches;
}

/** Is [from, to] wholly inside one parking stretch of `side`? */
export function isWithinParking(side: Side, from: number, to: number): boolean {
  return kerbsideStretches(side).some((s) => s.use === 'parking' && s.from <= from && to <= s.to);
}
