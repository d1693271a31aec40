import type { Knex } from '@mikro-orm/knex';
import type { ReportCell } from './models/report-cell.model';
import { ReportSplit } from './report-filter.input';
import { visibleFigure, type Figure, type ReportAudience } from './small-cells';

/**
 * Figures by group key turned into cells a reader may see, labelled and in a stable order. Cohort
 * ids get their titles in one query; every other key is a code the client translates.
 */
export async function reportCells(
  knex: Knex,
  by: ReportSplit,
  figures: Map<string, Figure>,
  audience: ReportAudience,
): Promise<ReportCell[]> {
  const labels = by === ReportSplit.COHORT ? await cohortTitles(knex, [...figures.keys()]) : new Map<string, string>();
  return [...figures]
    .map(([key, figure]) => ({ key, label: labels.get(key) ?? key, ...visibleFigure(figure, audience) }))
    .sort((a, b) => (by === ReportSplit.YEAR ? a.key.localeCompare(b.key) : a.label.localeCompare(b.label) || a.key.localeCompare(b.key)));
}

async function cohortTitles(knex: Knex, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await rowsOf(knex('cohort').whereIn('id', ids).select('id', 'title'));
  return new Map(rows.map((row) => [text(row.id), text(row.title)]));
}

/** Numbers from the driver: PostgreSQL returns counts and numeric sums as strings. */
export function toNumber(value: unknown): number {
  if (value === null || value === undefined) return 0;
  const number = Number(value);
  return Number.isFinite(number) ? number : 0;
}

/** A row of a report query, as the driver returns it. */
export type ReportRow = Record<string, unknown>;

/** Runs a report query; knex types its results loosely, so they are read through `toNumber` and `text`. */
export async function rowsOf(query: Knex.QueryBuilder): Promise<ReportRow[]> {
  const rows: unknown = await query;
  return rows as ReportRow[];
}

/** A key or name from the driver as text ('' for null). */
export function text(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}
