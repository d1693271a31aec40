/**
 * The programme runs in Cambodia, Myanmar, Thailand and Vietnam; calendar dates (cohort start,
 * enrolment windows) are read in the region's time (UTC+7) so "today" does not flip at 07:00.
 */
export const PROGRAMME_TIME_ZONE = 'Asia/Bangkok';

const DATE_FORMAT = new Intl.DateTimeFormat('en-CA', { timeZone: PROGRAMME_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar date (YYYY-MM-DD) of an instant in the programme's time zone. */
export function programmeDate(at: Date): string {
  return DATE_FORMAT.format(at);
}

export function addDays(date: string, days: number): string {
  const at = new Date(`${date}T00:00:00Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
}

export const DAY_MS = 24 * 60 * 60 * 1000;
