import type { IndicatorUnit } from '../../../gql/graphql';

/** How an indicator is measured: PEOPLE and SMES are counts, PERCENT a fraction 0..1, POINTS percentage points. */
export type IndicatorUnitValue = IndicatorUnit;

/** A figure after the small-cell rule: a value, or suppressed ("fewer than 3"). */
export interface Figure {
  value?: number | null;
  suppressed: boolean;
}

/** Words the formatter needs, in the reader's language. */
export interface ReportTexts {
  /** A suppressed figure: "fewer than 3". */
  suppressed: string;
  /** No figure (nothing to count or average): "—". */
  none: string;
  /** Percentage points: (formatted number) → "12.5 pp". */
  points: (formatted: string) => string;
}

export interface ReportFormat {
  language: string;
  /** A count of people or SMEs: "1,024". */
  count: (value: number) => string;
  /** A fraction 0..1 as a percentage: 0.625 → "62.5%". */
  percent: (fraction: number) => string;
  /** Percentage points: 12.5 → "12.5 pp". */
  points: (value: number) => string;
  /** A change in percentage points, signed: 12.5 → "+12.5 pp", -3 → "-3 pp". */
  pointsChange: (value: number) => string;
  /** A test score in percent of the maximum (0..100): 62.5 → "62.5%". */
  score: (value: number) => string;
  /** A number in an indicator's unit. */
  value: (unit: IndicatorUnitValue, value: number) => string;
  /** A figure in an indicator's unit: "fewer than 3" when suppressed, "—" when there is none. */
  figure: (unit: IndicatorUnitValue, figure: Figure) => string;
  /** Any figure with its own formatter, with the same suppressed and empty texts. */
  figureWith: (figure: Figure, format: (value: number) => string) => string;
}

/**
 * Unit-aware number formatting in the interface language (Intl.NumberFormat), so a Thai reader sees
 * Thai grouping and a Vietnamese reader "62,5 %".
 */
export function createReportFormat(language: string, texts: ReportTexts): ReportFormat {
  const counts = new Intl.NumberFormat(language, { maximumFractionDigits: 0 });
  const percents = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 });
  const decimals = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
  const signed = new Intl.NumberFormat(language, { maximumFractionDigits: 1, signDisplay: 'exceptZero' });
  const format: ReportFormat = {
    language,
    count: (value) => counts.format(value),
    percent: (fraction) => percents.format(fraction),
    points: (value) => texts.points(decimals.format(value)),
    pointsChange: (value) => texts.points(signed.format(value)),
    score: (value) => percents.format(value / 100),
    value(unit, value) {
      switch (unit) {
        case 'PEOPLE':
        case 'SMES':
          return format.count(value);
        case 'PERCENT':
          return format.percent(value);
        case 'POINTS':
          return format.points(value);
      }
    },
    figure: (unit, figure) => format.figureWith(figure, (value) => format.value(unit, value)),
    figureWith(figure, formatValue) {
      if (figure.suppressed) return texts.suppressed;
      if (figure.value === null || figure.value === undefined || !Number.isFinite(figure.value)) return texts.none;
      return formatValue(figure.value);
    },
  };
  return format;
}

/** Progress towards a target as a bar's fill, 0..100 (a target passed fills the bar). */
export function progressFill(progress: number | null | undefined): number {
  if (progress === null || progress === undefined || !Number.isFinite(progress)) return 0;
  return Math.round(Math.min(Math.max(progress, 0), 1) * 1000) / 10;
}

/** Progress as a whole percentage for the label (may pass 100%): 0.654 → 65. */
export function progressPercent(progress: number): number {
  return Math.round(progress * 100);
}
