/** Hours as a localised number, at most two decimals: 12 → "12", 1.5 → "1.5" (vi: "1,5"). */
export function formatHours(hours: number, language: string): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: 2 }).format(hours);
}

/** A 0..1 rate as a percentage: 0.8 → "80%". */
export function formatPercent(rate: number, language: string): string {
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 }).format(rate);
}

/** A calendar date (YYYY-MM-DD) names the same day everywhere: read and shown at UTC, never shifted. */
const calendarDate = /^\d{4}-\d{2}-\d{2}$/;

/** A date or date-time as a medium date in the given language; the raw text if it does not parse. */
export function formatDate(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const timeZone = calendarDate.test(iso) ? 'UTC' : undefined;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone }).format(date);
}

/** A date-time as a medium date and a short time in the given language (and the browser's time zone). */
export function formatDateTime(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** The time of day of a date-time, short, in the given language. */
export function formatTime(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language, { timeStyle: 'short' }).format(date);
}

/** Sum of module hours, rounded to hundredths to avoid 0.1 + 0.2 artefacts. */
export function sumHours(hours: readonly number[]): number {
  return Math.round(hours.reduce((total, value) => total + value, 0) * 100) / 100;
}
