/**
 * The one shape every M&E export is written from: a titled table whose columns say what kind of
 * figure they hold, so the CSV and XLSX writers (and the donor report PDF) format the same data the
 * same way.
 */

/** text: as is; integer: a count; decimal: a mean or score; percent: a share as a fraction (0.42 is 42%). */
export type ColumnKind = 'text' | 'integer' | 'decimal' | 'percent';

export interface ReportColumn {
  key: string;
  heading: string;
  kind: ColumnKind;
  /** Decimal places of a decimal column (default 2). */
  decimals?: number;
}

/** A figure hidden from a reader who sees aggregates only (it counts 1 or 2 people): written as "fewer than 3", never as a number. */
export const SUPPRESSED: unique symbol = Symbol('suppressed');

/** A number in a column of mixed units (an indicator table's targets are counts, shares and points). */
export interface TypedNumber {
  value: number;
  kind: Exclude<ColumnKind, 'text'>;
  decimals?: number;
}

/** A value, empty (null: no figure, e.g. no test taken), suppressed, or a number with its own kind. */
export type ReportCell = string | number | null | typeof SUPPRESSED | TypedNumber;

export type ReportRow = Record<string, ReportCell>;

export interface ReportTable {
  /** The sheet name in a workbook; a section heading in a CSV of several tables. */
  title: string;
  columns: ReportColumn[];
  rows: ReportRow[];
}

export interface WriteOptions {
  /** The reader's words for a suppressed figure, e.g. "fewer than 3". */
  suppressedText: string;
}

/** A suppressed figure, or the figure itself when it may be shown. */
export function suppressIf(hidden: boolean, value: number | null): ReportCell {
  return hidden ? SUPPRESSED : value;
}

/** The number in a cell and the kind it is written as, or null for text, empty and suppressed cells. */
export function numberOf(cell: ReportCell, column: ReportColumn): { value: number; kind: ColumnKind; decimals?: number } | null {
  if (typeof cell === 'number') return Number.isFinite(cell) ? { value: cell, kind: column.kind, decimals: column.decimals } : null;
  if (cell !== null && typeof cell === 'object' && Number.isFinite(cell.value)) return { value: cell.value, kind: cell.kind, decimals: cell.decimals ?? column.decimals };
  return null;
}

/** Decimal places a percent keeps in text: 42.86%. */
const PERCENT_DECIMALS = 2;

function round(value: number, decimals: number): number {
  const rounded = Number(value.toFixed(decimals));
  return Object.is(rounded, -0) ? 0 : rounded;
}

/**
 * A cell as text in a fixed, machine-readable format: a full stop for decimals, no thousands
 * separators, percents as "42.86%" (Excel reads them back as numbers), trailing zeros dropped.
 */
export function cellText(cell: ReportCell, column: ReportColumn, options: WriteOptions): string {
  if (cell === SUPPRESSED) return options.suppressedText;
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'object') return cellText(cell.value, { ...column, kind: cell.kind, decimals: cell.decimals ?? column.decimals }, options);
  if (!Number.isFinite(cell)) return '';
  switch (column.kind) {
    case 'integer':
      return String(Math.round(cell));
    case 'decimal':
      return String(round(cell, column.decimals ?? 2));
    case 'percent':
      return `${round(cell * 100, PERCENT_DECIMALS)}%`;
    case 'text':
      return String(cell);
  }
}
