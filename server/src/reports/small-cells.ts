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
