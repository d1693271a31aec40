import { Role } from '../common/enums';
import type { User } from '../users/user.entity';

/** Below this many people a split is shown as "fewer than 3" to anyone who may see aggregates only. */
export const SMALL_CELL_MINIMUM = 3;

/** Viewers (donor and partner staff) see aggregates only; programme staff see exact figures. */
export function seesAggregatesOnly(user: User): boolean {
  return !user.roles.some((role) => role === Role.ADMIN || role === Role.COORDINATOR || role === Role.TRAINER);
}

/** Whether a figure counting `people` must be hidden from this reader. Zero is not a small cell. */
export function isSmallCell(people: number, aggregatesOnly: boolean): boolean {
  return aggregatesOnly && people > 0 && people < SMALL_CELL_MINIMUM;
}

/** Who a report is for; exports and scripts pass it without a signed-in user. */
export interface ReportAudience {
  aggregatesOnly: boolean;
}

export function audienceOf(user: User): ReportAudience {
  return { aggregatesOnly: seesAggregatesOnly(user) };
}

/** A figure before the small-cell rule: a count, share or average, and the people it counts. */
export interface Figure {
  value: number | null;
  people: number;
}

/** A figure as a reader may see it: hidden (value and people null) when it is a small cell. */
export interface VisibleFigure {
  value: number | null;
  people: number | null;
  suppressed: boolean;
}

export function visibleFigure(figure: Figure, audience: ReportAudience): VisibleFigure {
  if (isSmallCell(figure.people, audience.aggregatesOnly)) return { value: null, people: null, suppressed: true };
  return { value: figure.value, people: figure.people, suppressed: false };
}
