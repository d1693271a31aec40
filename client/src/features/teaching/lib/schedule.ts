import type { SessionSlotInput } from '../../../gql/graphql';

/** "Several days at once": one module, a first day, a number of days and the daily hours. */
export interface ScheduleDraft {
  moduleId: string;
  /** YYYY-MM-DD */
  firstDate: string;
  /** How many sessions (days), as typed. */
  days: string;
  /** HH:MM, local time */
  startTime: string;
  /** HH:MM, local time */
  endTime: string;
  skipWeekends: boolean;
  /** Empty: the cohort's venue. */
  venue: string;
}

export const MAX_SCHEDULE_DAYS = 30;

export type ScheduleProblem = 'moduleRequired' | 'dateRequired' | 'daysInvalid' | 'timeRequired' | 'endBeforeStart';
export type ScheduleField = 'moduleId' | 'firstDate' | 'days' | 'startTime' | 'endTime';

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const timePattern = /^([01]\d|2[0-3]):([0-5]\d)$/;

function parseDate(text: string): { year: number; month: number; day: number } | null {
  const match = datePattern.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return { year, month, day };
}

function parseTime(text: string): { hours: number; minutes: number } | null {
  const match = timePattern.exec(text);
  return match ? { hours: Number(match[1]), minutes: Number(match[2]) } : null;
}

/** The number of days as a whole number from 1 to MAX_SCHEDULE_DAYS, or null. */
export function parseDays(text: string): number | null {
  if (!/^\s*\d+\s*$/.test(text)) return null;
  const days = Number(text);
  return days >= 1 && days <= MAX_SCHEDULE_DAYS ? days : null;
}

/** What is wrong with the draft, by field; empty when it can be scheduled. */
export function scheduleProblems(draft: ScheduleDraft): Partial<Record<ScheduleField, ScheduleProblem>> {
  const problems: Partial<Record<ScheduleField, ScheduleProblem>> = {};
  if (!draft.moduleId) problems.moduleId = 'moduleRequired';
  if (!parseDate(draft.firstDate)) problems.firstDate = 'dateRequired';
  if (parseDays(draft.days) === null) problems.days = 'daysInvalid';
  const start = parseTime(draft.startTime);
  const end = parseTime(draft.endTime);
  if (!start) problems.startTime = 'timeRequired';
  if (!end) problems.endTime = 'timeRequired';
  else if (start && end.hours * 60 + end.minutes <= start.hours * 60 + start.minutes) problems.endTime = 'endBeforeStart';
  return problems;
}

/** The calendar days of the sessions: `count` days from `firstDate`, Saturdays and Sundays left out if asked. */
export function sessionDays(firstDate: string, count: number, skipWeekends: boolean): string[] {
  const first = parseDate(firstDate);
  if (!first || count < 1) return [];
  const days: string[] = [];
  // Calendar arithmetic at UTC, so a daylight-saving change can never skip or repeat a day.
  const cursor = new Date(Date.UTC(first.year, first.month - 1, first.day));
  while (days.length < count) {
    const weekday = cursor.getUTCDay();
    if (!skipWeekends || (weekday !== 0 && weekday !== 6)) days.push(cursor.toISOString().slice(0, 10));
    cursor.setUTCDate(cursor.getUTCDate() + 1);
  }
  return days;
}

/** A day and a time of day in the browser's time zone, as an instant (ISO 8601 at UTC). */
export function localInstant(day: string, time: string): string {
  const date = parseDate(day);
  const clock = parseTime(time);
  if (!date || !clock) throw new Error(`Not a day and time: ${day} ${time}`);
  return new Date(date.year, date.month - 1, date.day, clock.hours, clock.minutes).toISOString();
}

/** Today's date (YYYY-MM-DD) where the browser is. */
export function localDay(now: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The time of day (HH:MM) of an instant, where the browser is. */
export function localTime(iso: string): string {
  const date = new Date(iso);
  return `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
}

/** The sessions to create, one per day; call only when scheduleProblems is empty. */
export function buildSessionSlots(draft: ScheduleDraft): SessionSlotInput[] {
  const count = parseDays(draft.days) ?? 0;
  const venue = draft.venue.trim();
  return sessionDays(draft.firstDate, count, draft.skipWeekends).map((day) => ({
    moduleId: draft.moduleId,
    startsAt: localInstant(day, draft.startTime),
    endsAt: localInstant(day, draft.endTime),
    ...(venue ? { venue } : {}),
  }));
}
