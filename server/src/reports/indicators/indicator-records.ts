import type { Knex } from '@mikro-orm/knex';
import type { Gender } from '../../common/enums';
import { rowsOf, text, toNumber, type ReportRow } from '../report-cells';
import type { ReportFilter, ReportSplit } from '../report-filter.input';
import { participants, splitKey, type SqlDialect } from '../report-scope';
import type { Measure } from './logframe-schema';
import { countedRows, measureFilter } from './indicator-measures';
import { firstSupports, smeSupports } from './sme-scope';

export enum IndicatorRecordKind {
  PARTICIPANT = 'PARTICIPANT',
  SME = 'SME',
  ACTION_PLAN = 'ACTION_PLAN',
}

/** One record an indicator counts, in one shape for participants, SMEs and action plans. */
export interface IndicatorRecord {
  kind: IndicatorRecordKind;
  /** Enrolment, SME or action-plan id. */
  id: string;
  /** The person's name, or the SME's. */
  title: string;
  /** The person's name in their own script; for an SME its leaders; for a plan its objectives, shortened. */
  subtitle: string | null;
  countryCode: string;
  /** The person's sex, or the SME owner's. */
  gender: Gender | null;
  province: string | null;
  cohortTitle: string | null;
  /** Enrolment status, action-plan status, or an SME's sector: a code the client translates. */
  category: string | null;
  /** YYYY-MM-DD: the cohort's start, the SME's first support, the plan's latest progress report. */
  date: string | null;
}

/** One group of a split: the drill-down behind one cell. */
export interface RecordCell {
  split: ReportSplit;
  key: string;
}

export interface RecordWindow {
  offset: number;
  limit: number;
}

/** What kind of record a measure counts. */
export function recordKind(measure: Measure): IndicatorRecordKind {
  if (measure.type === 'UNIQUE_SMES_REACHED') return IndicatorRecordKind.SME;
  if (measure.type === 'ACTION_PLANS') return IndicatorRecordKind.ACTION_PLAN;
  return IndicatorRecordKind.PARTICIPANT;
}

/**
 * A page of the records behind a measure (optionally one cell of a split) and how many there are
 * in all: for counts, exactly the rows the figure counts; for shares and averages, the participants
 * the figure is taken over. Two statements (three for SMEs: their leaders), whatever the size.
 */
export async function measureRecords(
  knex: Knex,
  dialect: SqlDialect,
  measure: Measure,
  filter: ReportFilter,
  cell: RecordCell | null,
  window: RecordWindow,
): Promise<{ records: IndicatorRecord[]; totalCount: number }> {
  const scoped = measureFilter(measure, filter);
  if (!scoped) return { records: [], totalCount: 0 };
  if (measure.type === 'UNIQUE_SMES_REACHED') return smeRecords(knex, dialect, scoped, cell, window);

  const rows =
    measure.type === 'WOMEN_SHARE' || measure.type === 'AVERAGE_KNOWLEDGE_GAIN' || measure.type === 'AVERAGE_ATTENDANCE_RATE'
      ? participants(knex, scoped, dialect)
      : countedRows(knex, dialect, measure, scoped);
  if (cell) rows.whereRaw(`${splitKey(cell.split, dialect)} = ?`, [cell.key]);
  const plans = measure.type === 'ACTION_PLANS';
  const [total] = await rowsOf(
    rows
      .clone()
      .clearSelect()
      .count({ n: plans ? 'ap.id' : 'e.id' }),
  );
  const page = await rowsOf(
    rows
      .select(
        plans ? 'ap.id as id' : 'e.id as id',
        'p.full_name as title',
        plans ? knex.raw('substr(ap.objectives, 1, 140) as subtitle') : 'p.native_name as subtitle',
        'p.country_code',
        'p.gender',
        'p.province',
        'c.title as cohort_title',
        plans ? 'ap.status as category' : 'e.status as category',
        plans
          ? knex.raw('(select max(pr.reported_on) from progress_report pr where pr.action_plan_id = ap.id) as date')
          : 'c.starts_on as date',
      )
      .orderBy([{ column: 'p.full_name' }, { column: plans ? 'ap.id' : 'e.id' }])
      .offset(window.offset)
      .limit(window.limit),
  );
  const kind = plans ? IndicatorRecordKind.ACTION_PLAN : IndicatorRecordKind.PARTICIPANT;
  return { totalCount: toNumber(total?.n), records: page.map((row) => record(kind, row)) };
}

async function smeRecords(
  knex: Knex,
  dialect: SqlDialect,
  filter: ReportFilter,
  cell: RecordCell | null,
  window: RecordWindow,
): Promise<{ records: IndicatorRecord[]; totalCount: number }> {
  const reached = () => {
    const query = firstSupports(knex, dialect, filter, cell?.split, true);
    if (cell) query.where('f.k', cell.key);
    return query;
  };
  const [total] = await rowsOf(reached().count({ n: '*' }));
  const page = await rowsOf(
    reached()
      .select(
        'f.sme_id as id',
        'f.sme_name as title',
        'f.sme_country_code as country_code',
        'f.owner_gender as gender',
        'f.province',
        'f.cohort_title',
        'f.sector as category',
        'f.supported_on as date',
      )
      .orderBy([{ column: 'f.sme_name' }, { column: 'f.sme_id' }])
      .offset(window.offset)
      .limit(window.limit),
  );
  const ids = page.map((row) => text(row.id));
  // The leaders in scope who supported each SME on the page, for its subtitle.
  const leaders = ids.length
    ? await rowsOf(
        knex
          .from(smeSupports(knex, dialect, filter).as('f'))
          .join({ lp: 'person' }, 'lp.id', 'f.person_id')
          .whereIn('f.sme_id', ids)
          .distinct('f.sme_id', 'lp.full_name')
          .orderBy('lp.full_name'),
      )
    : [];
  const namesBySme = new Map<string, string[]>();
  for (const row of leaders) namesBySme.set(text(row.sme_id), [...(namesBySme.get(text(row.sme_id)) ?? []), text(row.full_name)]);
  return {
    totalCount: toNumber(total?.n),
    records: page.map((row) => ({ ...record(IndicatorRecordKind.SME, row), subtitle: namesBySme.get(text(row.id))?.join(', ') ?? null })),
  };
}

function optional(value: unknown): string | null {
  return value === null || value === undefined ? null : text(value);
}

function record(kind: IndicatorRecordKind, row: ReportRow): IndicatorRecord {
  return {
    kind,
    id: text(row.id),
    title: text(row.title),
    subtitle: optional(row.subtitle),
    countryCode: text(row.country_code),
    gender: optional(row.gender) as Gender | null,
    province: optional(row.province),
    cohortTitle: optional(row.cohort_title),
    category: optional(row.category),
    date: optional(row.date)?.slice(0, 10) ?? null,
  };
}
