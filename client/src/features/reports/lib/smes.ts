export interface MonthPoint {
  /** YYYY-MM */
  month: string;
  smes: number;
  cumulative: number;
}

const monthPattern = /^(\d{4})-(\d{2})$/;

function nextMonth(month: string): string {
  const match = monthPattern.exec(month);
  if (!match) return month;
  const year = Number(match[1]);
  const index = Number(match[2]); // 1..12; the next month is index + 1
  return index === 12 ? `${year + 1}-01` : `${year}-${String(index + 1).padStart(2, '0')}`;
}

/**
 * Months in order with the gaps filled (no new SMEs, the running total carried on), so the
 * cumulative line's time axis is even. Months that do not parse are dropped.
 */
export function fillMonths(points: readonly MonthPoint[]): MonthPoint[] {
  const sorted = points.filter((point) => monthPattern.test(point.month)).sort((a, b) => a.month.localeCompare(b.month));
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (!first || !last) return [];
  const byMonth = new Map(sorted.map((point) => [point.month, point]));
  const filled: MonthPoint[] = [];
  let cumulative = 0;
  for (let month = first.month; month <= last.month; month = nextMonth(month)) {
    const point = byMonth.get(month);
    if (point) cumulative = point.cumulative;
    filled.push(point ?? { month, smes: 0, cumulative });
  }
  return filled;
}

/** A month as "Mar 2017" in the reader's language. */
export function formatMonth(month: string, language: string): string {
  const match = monthPattern.exec(month);
  if (!match) return month;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1));
  return new Intl.DateTimeFormat(language, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(date);
}
