import type { Knex } from '@mikro-orm/knex';
import { EnrolmentStatus } from '../common/enums';
import { ReportSplit, type ReportFilter } from './report-filter.input';

export type SqlDialect = 'sqlite' | 'postgresql';

/** Enrolments that count as participation: approved (in progress) or completed. */
export const PARTICIPATING = [EnrolmentStatus.APPROVED, EnrolmentStatus.COMPLETED];

/** The tables `participants` can join beside the enrolment `e`. */
export type ScopeAlias = 'p' | 'c' | 'co' | 'cp' | 'o';

const EVERY_ALIAS: readonly ScopeAlias[] = ['p', 'c', 'co', 'cp', 'o'];

/**
 * The participants a report counts, as one SQL FROM clause: enrolment `e` and, as `uses` asks (all
 * of them unless told), person `p`, cohort `c`, course `co`, component `cp` and (left joined)
 * organisation `o`, narrowed by the filter. Every indicator, split and learning result starts from
 * here so they all count the same people. The aggregations name only the tables they read and the
 * split `by` adds its own (the filter needs none), so a dashboard figure joins no table it does not need.
 */
export function participants(
  knex: Knex,
  filter: ReportFilter = {},
  dialect: SqlDialect,
  uses: readonly ScopeAlias[] = EVERY_ALIAS,
  by?: ReportSplit,
): Knex.QueryBuilder {
  const needed = new Set<ScopeAlias>([...uses, ...(by ? splitAliases(by) : [])]);
  if (needed.has('o')) needed.add('p');
  if (needed.has('cp')) needed.add('co');
  if (needed.has('co')) needed.add('c');
  const query = knex({ e: 'enrolment' });
  if (needed.has('p')) query.join({ p: 'person' }, 'p.id', 'e.person_id');
  if (needed.has('c')) query.join({ c: 'cohort' }, 'c.id', 'e.cohort_id');
  if (needed.has('co')) query.join({ co: 'course' }, 'co.id', 'c.course_id');
  if (needed.has('cp')) query.join({ cp: 'programme_component' }, 'cp.id', 'co.component_id');
  if (needed.has('o')) query.leftJoin({ o: 'organisation' }, 'o.id', 'p.organisation_id');
  query.whereIn('e.status', PARTICIPATING);
  return applyFilter(knex, query, filter, dialect);
}

/** The table a split's group is read from in `participants` (none beyond `e` for a cohort). */
function splitAliases(by: ReportSplit): ScopeAlias[] {
  const alias = SPLIT_COLUMNS[by].records.split('.')[0];
  return alias === 'e' ? [] : [alias as ScopeAlias];
}

/**
 * The same participants as `participants`, read from the enrolment tally `e` alone
 * (docs/decisions/0012-report-tallies.md): one row per approved or completed enrolment holding the
 * attributes filters and splits use (e.enrolment_id, e.person_id, e.cohort_id, e.course_id,
 * e.status, e.country_code, e.gender, e.target_group, e.organisation_type, e.component_code,
 * e.cohort_starts_on, e.cohort_ends_on) beside its attendance and test sums. A dashboard figure is
 * one pass over it, with no join per participant; drill-downs list the same rows through
 * `participants`, whose names and titles they show.
 */
export function participantTallies(knex: Knex, filter: ReportFilter = {}, dialect: SqlDialect): Knex.QueryBuilder {
  const query = knex({ e: 'enrolment_tally' }).whereIn('e.status', PARTICIPATING);
  if (filter.countryCode) query.where('e.country_code', filter.countryCode.toUpperCase());
  if (filter.gender) query.where('e.gender', filter.gender);
  if (filter.targetGroup) query.where('e.target_group', filter.targetGroup);
  if (filter.organisationType) query.where('e.organisation_type', filter.organisationType);
  if (filter.componentCode) query.where('e.component_code', filter.componentCode);
  if (filter.cohortId) query.where('e.cohort_id', filter.cohortId);
  if (filter.year) query.whereRaw(`${yearOf('e.cohort_starts_on', dialect)} = ?`, [String(filter.year)]);
  return query;
}

/** Whether the filter narrows anything. */
export function filters(filter: ReportFilter): boolean {
  return Object.values(filter).some((value) => value !== undefined && value !== null && value !== '');
}

/**
 * Adds the filter's conditions to a query over enrolment `e`: each one a subquery on the person or
 * the cohort, so the filter needs no join of its own.
 */
export function applyFilter(knex: Knex, query: Knex.QueryBuilder, filter: ReportFilter, dialect: SqlDialect): Knex.QueryBuilder {
  if (filtersPeople(filter)) {
    const people = knex({ fp: 'person' }).select('fp.id');
    if (filter.countryCode) people.where('fp.country_code', filter.countryCode.toUpperCase());
    if (filter.gender) people.where('fp.gender', filter.gender);
    if (filter.targetGroup) people.where('fp.target_group', filter.targetGroup);
    if (filter.organisationType) people.join({ fo: 'organisation' }, 'fo.id', 'fp.organisation_id').where('fo.type', filter.organisationType);
    query.whereIn('e.person_id', people);
  }
  if (filter.cohortId) query.where('e.cohort_id', filter.cohortId);
  if (filter.componentCode || filter.year) query.whereIn('e.cohort_id', cohortsInScope(knex, filter, dialect));
  return query;
}

/** Whether the filter narrows by a person's attributes (country, sex, target group, organisation type). */
export function filtersPeople(filter: ReportFilter): boolean {
  return Boolean(filter.countryCode || filter.gender || filter.targetGroup || filter.organisationType);
}

/** The ids of the cohorts the filter's cohort, component and year allow (all cohorts when it names none). */
export function cohortsInScope(knex: Knex, filter: ReportFilter, dialect: SqlDialect): Knex.QueryBuilder {
  const cohorts = knex({ fc: 'cohort' }).select('fc.id');
  if (filter.cohortId) cohorts.where('fc.id', filter.cohortId);
  if (filter.componentCode) {
    cohorts
      .join({ fco: 'course' }, 'fco.id', 'fc.course_id')
      .join({ fcp: 'programme_component' }, 'fcp.id', 'fco.component_id')
      .where('fcp.code', filter.componentCode);
  }
  if (filter.year) cohorts.whereRaw(`${yearOf('fc.starts_on', dialect)} = ?`, [String(filter.year)]);
  return cohorts;
}

/** SQL for the four-digit year of a date column, as text, on either database. */
export function yearOf(column: string, dialect: SqlDialect): string {
  return dialect === 'postgresql' ? `to_char(${column}, 'YYYY')` : `substr(${column}, 1, 4)`;
}

/** SQL for the year and month (YYYY-MM) of a date column, as text, on either database. */
export function monthOf(column: string, dialect: SqlDialect): string {
  return dialect === 'postgresql' ? `to_char(${column}, 'YYYY-MM')` : `substr(${column}, 1, 7)`;
}

/** Where each split's group is read: in the joined records of `participants`, and in `participantTallies`' copy. */
const SPLIT_COLUMNS: Record<ReportSplit, { records: string; tally: string }> = {
  [ReportSplit.COUNTRY]: { records: 'p.country_code', tally: 'e.country_code' },
  [ReportSplit.SEX]: { records: 'p.gender', tally: 'e.gender' },
  [ReportSplit.TARGET_GROUP]: { records: 'p.target_group', tally: 'e.target_group' },
  [ReportSplit.ORGANISATION_TYPE]: { records: 'o.type', tally: 'e.organisation_type' },
  [ReportSplit.COMPONENT]: { records: 'cp.code', tally: 'e.component_code' },
  [ReportSplit.COHORT]: { records: 'e.cohort_id', tally: 'e.cohort_id' },
  [ReportSplit.YEAR]: { records: 'c.starts_on', tally: 'e.cohort_starts_on' },
};

function groupOf(by: ReportSplit, column: string, dialect: SqlDialect): string {
  if (by === ReportSplit.ORGANISATION_TYPE) return `coalesce(${column}, 'NONE')`;
  if (by === ReportSplit.YEAR) return yearOf(column, dialect);
  return column;
}

/**
 * The SQL expression whose value is a participant's group for a split, over `participants`. Groups
 * are codes (country, enum values, component code, cohort id, year); the client names them in the
 * reader's language.
 */
export function splitKey(by: ReportSplit, dialect: SqlDialect): string {
  return groupOf(by, SPLIT_COLUMNS[by].records, dialect);
}

/** The same groups as `splitKey`, over `participantTallies`. */
export function tallyKey(by: ReportSplit, dialect: SqlDialect): string {
  return groupOf(by, SPLIT_COLUMNS[by].tally, dialect);
}
