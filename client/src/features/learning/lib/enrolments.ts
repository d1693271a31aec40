import type { EnrolmentStatus } from '../../../gql/graphql';

/** Statuses that hold a place: the trainee attends, takes tests and writes action plans. */
export const seatHoldingStatuses: readonly EnrolmentStatus[] = ['APPROVED', 'COMPLETED'];

/** Statuses still on their way to, or holding, a place in a cohort that runs. */
const activeStatuses: readonly EnrolmentStatus[] = ['PENDING', 'WAITLISTED', 'APPROVED'];

/** Statuses that come with a reason the trainee should read. */
const statusesWithReason: readonly EnrolmentStatus[] = ['REJECTED', 'WAITLISTED', 'WITHDRAWN'];

/** Statuses the trainee may still withdraw from. */
export const withdrawableStatuses: readonly EnrolmentStatus[] = ['PENDING', 'WAITLISTED', 'APPROVED'];

export function holdsSeat(status: EnrolmentStatus): boolean {
  return seatHoldingStatuses.includes(status);
}

export function showsReason(status: EnrolmentStatus): boolean {
  return statusesWithReason.includes(status);
}

/** Today's calendar date (YYYY-MM-DD) where the browser is. */
export function localDate(now: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export interface EnrolmentDates {
  status: EnrolmentStatus;
  cohort: { startsOn: string; endsOn: string };
}

/** Applied to, waiting for, or taking part in a cohort that has not ended. */
export function isCurrent(enrolment: EnrolmentDates, today: string): boolean {
  return activeStatuses.includes(enrolment.status) && enrolment.cohort.endsOn >= today;
}

/** Current enrolments first (the soonest cohort first), then the others, the newest first. */
export function sortCurrentFirst<T extends EnrolmentDates>(enrolments: readonly T[], today: string): { current: T[]; past: T[] } {
  const current = enrolments.filter((enrolment) => isCurrent(enrolment, today));
  const past = enrolments.filter((enrolment) => !isCurrent(enrolment, today));
  current.sort((a, b) => a.cohort.startsOn.localeCompare(b.cohort.startsOn));
  past.sort((a, b) => b.cohort.startsOn.localeCompare(a.cohort.startsOn));
  return { current, past };
}

export interface SessionTimes {
  startsAt: string;
  endsAt: string;
  cancelled: boolean;
}

/** The session in progress, or else the next one to start; null when none is left. */
export function nextSession<T extends SessionTimes>(sessions: readonly T[], now: Date): T | null {
  const time = now.getTime();
  const upcoming = sessions
    .filter((session) => !session.cancelled && new Date(session.endsAt).getTime() > time)
    .sort((a, b) => new Date(a.startsAt).getTime() - new Date(b.startsAt).getTime());
  return upcoming[0] ?? null;
}

export interface CheckInTimes {
  cancelled: boolean;
  inProgress: boolean;
  checkInOpen: boolean;
}

/** Sessions the trainee can check in to right now: in progress, with the trainer's code showing. */
export function checkInSessions<T extends CheckInTimes>(sessions: readonly T[]): T[] {
  return sessions.filter((session) => !session.cancelled && session.inProgress && session.checkInOpen);
}

/** Modules whose post-test is passed, of all modules. */
export function modulesPassed(modules: readonly { postTestPassed: boolean }[]): { passed: number; total: number } {
  return { passed: modules.filter((module) => module.postTestPassed).length, total: modules.length };
}
