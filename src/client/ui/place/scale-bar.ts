/** Lengths a scale bar may show: round numbers people read at a glance. */
const NICE_METRES = [5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000];

/** The longest round length whose bar fits in `maxFraction` of the plan's width. */
export function chooseScaleBar(unitsPerMetre: number, planWidthUnits: number, maxFraction = 0.3): { metres: number; units: number } {
  const maxMetres = (planWidthUnits * maxFraction) / unitsPerMetre;
  const metres = NICE_METRES.filter((m) => m <= maxMetres).pop() ?? NICE_METRES[0]!;
  return { metres, units: metres * unitsPerMetre };
}
