import { isOneOf } from '../../../app/enums';
import { localDay } from './schedule';

/** Which cohorts the list shows: those not yet ended (the default), ended ones, or all. */
export const cohortPeriods = ['current', 'past', 'all'] as const;
export type CohortPeriod = (typeof cohortPeriods)[number];

/** URL search parameters of the cohorts list, so a filtered list can be bookmarked. */
export const cohortParams = { period: 'period', courseId: 'course' } as const;

export interface CohortsFilter {
  period: CohortPeriod;
  courseId: string | null;
}

export function cohortsFilterFromParams(params: URLSearchParams): CohortsFilter {
  const period = params.get(cohortParams.period);
  return {
    period: isOneOf(cohortPeriods, period) ? period : 'current',
    courseId: params.get(cohortParams.courseId)?.trim() || null,
  };
}

/** Variables for the `cohorts` query: the server filters current ones; past ones are the rest. */
export function cohortsVariables(filter: CohortsFilter): { courseId: string | null; current: boolean | null } {
  return { courseId: filter.courseId, current: filter.period === 'current' ? true : null };
}

/** Past cohorts have ended before today; the server already left them out for "current". */
export function inPeriod<T extends { endsOn: string }>(cohorts: readonly T[], period: CohortPeriod, now: Date): T[] {
  if (period !== 'past') return [...cohorts];
  const today = localDay(now);
  return cohorts.filter((cohort) => cohort.endsOn < today);
}

export interface SessionTimes {
  startsAt: string;
  endsAt: string;
  cancelled: boolean;
}

export type SessionPhase = 'cancelled' | 'inProgress' | 'upcoming' | 'ended';

export function sessionPhase(session: SessionTimes, now: Date): SessionPhase {
  if (session.cancelled) return 'cancelled';
  const time = now.getTime();
  if (new Date(session.endsAt).getTime() <= time) return 'ended';
  if (new Date(session.startsAt).getTime() <= time) return 'inProgress';
  return 'upcoming';
}

/**
 * Today's sessions across the given cohorts: in progress now, or starting later today (where the
 * browser is), soonest first.
 */
export function todaysSessions<C extends { sessions: readonly SessionTimes[] }>(
  cohorts: readonly C[],
  now: Date,
): { cohort: C; session: C['sessions'][number] }[] {
  const today = localDay(now);
  return cohorts
    .flatMap((cohort) => cohort.sessions.map((session) => ({ cohort, session })))
    .filter(({ session }) => {
      const phase = sessionPhase(session, now);
      return phase === 'inProgress' || (phase === 'upcoming' && localDay(new Date(session.startsAt)) === today);
    })
    .sort((x, y) => new Date(x.session.startsAt).getTime() - new Date(y.session.startsAt).getTime());
}
