import type { Knex, SqlEntityManager } from '@mikro-orm/knex';
import { NotFoundError } from '../../common/errors';
import { toPage, type Page } from '../../common/pagination';
import type { ReportCell } from '../models/report-cell.model';
import { reportCells } from '../report-cells';
import type { ReportFilter, ReportSplit } from '../report-filter.input';
import type { SqlDialect } from '../report-scope';
import { visibleFigure, type ReportAudience, type VisibleFigure } from '../small-cells';
import { emptyFigure, measureFigures } from './indicator-measures';
import { measureRecords, type IndicatorRecord, type RecordCell, type RecordWindow } from './indicator-records';
import type { Logframe, LogframeIndicator } from './logframe-schema';
import { smesReachedFigures, type SmesReached } from './smes-reached';

/**
 * The M&E figures as plain functions, for the GraphQL resolvers and for anything else that needs
 * them (exports, the benchmark): each takes a database handle, its dialect, a filter and who reads.
 */

/** A MikroORM SQL entity manager or its knex. */
export type ReportDb = Knex | SqlEntityManager;

export function reportKnex(db: ReportDb): Knex {
  return typeof db === 'function' ? db : db.getKnex();
}

/** An indicator with its actual figure, as the reader may see it, and its progress towards the target. */
export interface IndicatorFigures {
  indicator: LogframeIndicator;
  actual: VisibleFigure;
  /** actual / target; null when the actual is suppressed or has no value. */
  progress: number | null;
}

export function findIndicator(logframe: Logframe, code: string): LogframeIndicator {
  const indicator = logframe.indicators.find((i) => i.code === code);
  if (!indicator) throw new NotFoundError('Indicator', code);
  return indicator;
}

/** One indicator's actual figure: one SQL aggregation. */
export async function indicatorFigures(
  db: ReportDb,
  dialect: SqlDialect,
  indicator: LogframeIndicator,
  filter: ReportFilter,
  audience: ReportAudience,
): Promise<IndicatorFigures> {
  const figures = await measureFigures(reportKnex(db), dialect, indicator.measure, filter);
  const actual = visibleFigure(figures.get('') ?? emptyFigure(indicator.measure), audience);
  return { indicator, actual, progress: actual.value === null ? null : actual.value / indicator.target };
}

/** Every indicator of the logframe, in file order: one SQL aggregation each. */
export async function indicatorTable(
  db: ReportDb,
  dialect: SqlDialect,
  logframe: Logframe,
  filter: ReportFilter,
  audience: ReportAudience,
): Promise<IndicatorFigures[]> {
  const table: IndicatorFigures[] = [];
  // One after another: SQLite has one connection, and the order of statements stays predictable.
  for (const indicator of logframe.indicators) table.push(await indicatorFigures(db, dialect, indicator, filter, audience));
  return table;
}

/** An indicator split by participant or cohort: one SQL aggregation grouped by the split (and one for cohort titles). */
export async function indicatorBreakdown(
  db: ReportDb,
  dialect: SqlDialect,
  indicator: LogframeIndicator,
  by: ReportSplit,
  filter: ReportFilter,
  audience: ReportAudience,
): Promise<ReportCell[]> {
  const knex = reportKnex(db);
  return reportCells(knex, by, await measureFigures(knex, dialect, indicator.measure, filter, by), audience);
}

/** The records behind an indicator, or behind one cell of its breakdown, a page at a time (staff only: they carry names). */
export async function indicatorRecords(
  db: ReportDb,
  dialect: SqlDialect,
  indicator: LogframeIndicator,
  filter: ReportFilter,
  cell: RecordCell | null,
  window: RecordWindow,
): Promise<Page<IndicatorRecord>> {
  const { records, totalCount } = await measureRecords(reportKnex(db), dialect, indicator.measure, filter, cell, window);
  return toPage(records, totalCount, window.offset);
}

/** SMEs reached: the total, month by month and by the SMEs' province, sector, kind of support and owner's sex. */
export function smesReached(db: ReportDb, dialect: SqlDialect, filter: ReportFilter, audience: ReportAudience): Promise<SmesReached> {
  return smesReachedFigures(reportKnex(db), dialect, filter, audience);
}
