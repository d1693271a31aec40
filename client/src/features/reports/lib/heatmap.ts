/**
 * Attendance heat map colours: five steps of one hue, lighter for lower rates, so the map reads
 * without colour vision too (every cell also shows its number). The darker steps take white text.
 */
export const heatSteps = [
  { min: 0, className: 'heat-0' },
  { min: 0.5, className: 'heat-1' },
  { min: 0.7, className: 'heat-2' },
  { min: 0.85, className: 'heat-3' },
  { min: 0.95, className: 'heat-4' },
] as const;

export type HeatClass = (typeof heatSteps)[number]['className'] | 'heat-none' | 'heat-suppressed';

/** The colour class of a cell: no rate (session not held, nobody expected) and suppressed ones are grey. */
export function heatClass(cell: { rate?: number | null; suppressed: boolean }): HeatClass {
  if (cell.suppressed) return 'heat-suppressed';
  if (cell.rate === null || cell.rate === undefined || !Number.isFinite(cell.rate)) return 'heat-none';
  let step: HeatClass = 'heat-0';
  for (const candidate of heatSteps) if (cell.rate >= candidate.min) step = candidate.className;
  return step;
}

/** The legend's bands: [lower bound, upper bound or null for the top band]. */
export function heatBands(): { className: HeatClass; from: number; to: number | null }[] {
  return heatSteps.map((step, index) => ({ className: step.className, from: step.min, to: heatSteps[index + 1]?.min ?? null }));
}
