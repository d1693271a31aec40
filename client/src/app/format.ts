/** Hours as a localised number, at most two decimals: 12 → "12", 1.5 → "1.5" (vi: "1,5"). */
export function formatHours(hours: number, language: string): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: 2 }).format(hours);
}

/** A 0..1 rate as a percentage: 0.8 → "80%". */
export function formatPercent(rate: number, language: string): string {
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 }).format(rate);
}

/** A date or date-time as a medium date in the given language; the raw text if it does not parse. */
export function formatDate(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium' }).format(date);
}

/** Sum of module hours, rounded to hundredths to avoid 0.1 + 0.2 artefacts. */
export function sumHours(hours: readonly number[]): number {
  return Math.round(hours.reduce((total, value) => total + value, 0) * 100) / 100;
}
