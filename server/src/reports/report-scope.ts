import type { Knex } from '@mikro-orm/knex';
import { EnrolmentStatus } from '../common/enums';
import { ReportSplit, type ReportFilter } from './report-filter.input';

export type SqlDialect = 'sqlite' | 'postgresql';

/** Enrolments that count as participation: approved (in progress) or completed. */
export const PARTICIPATING = [EnrolmentStatus.APPROVED, EnrolmentStatus.COMPLETED];

/**
 * The participants a report counts, as one SQL FROM clause: enrolment `e`, person `p`, cohort `c`,
 * course `co`, component `cp` and (left joined) organisation `o`, narrowed by the filter. Every
 * indicator, split and learning result starts from here so they all count the same people.
 */
export function participants(knex: Knex, filter: ReportFilter = {}, dialect: SqlDialect): Knex.QueryBuilder {
  const query = knex({ e: 'enrolment' })
    .join({ p: 'person' }, 'p.id', 'e.person_id')
    .join({ c: 'cohort' }, 'c.id', 'e.cohort_id')
    .join({ co: 'course' }, 'co.id', 'c.course_id')
    .join({ cp: 'programme_component' }, 'cp.id', 'co.component_id')
    .leftJoin({ o: 'organisation' }, 'o.id', 'p.organisation_id')
    .whereIn('e.status', PARTICIPATING);
  return applyFilter(query, filter, dialect);
}

/** Adds the filter's conditions to a query that has the aliases of `participants`. */
export function applyFilter(query: Knex.QueryBuilder, filter: ReportFilter, dialect: SqlDialect): Knex.QueryBuilder {
  if (filter.countryCode) query.where('p.country_code', filter.countryCode.toUpperCase());
  if (filter.gender) query.where('p.gender', filter.gender);
  if (filter.targetGroup) query.where('p.target_group', filter.targetGroup);
  if (filter.organisationType) query.where('o.type', filter.organisationType);
  if (filter.componentCode) query.where('cp.code', filter.componentCode);
  if (filter.cohortId) query.where('c.id', filter.cohortId);
  if (filter.year) query.whereRaw(`${yearOf('c.starts_on', dialect)} = ?`, [String(filter.year)]);
  return query;
}

/** SQL for the four-digit year of a date column, as text, on either database. */
export function yearOf(column: string, dialect: SqlDialect): string {
  return dialect === 'postgresql' ? `to_char(${column}, 'YYYY')` : `substr(${column}, 1, 4)`;
}

/** SQL for the year and month (YYYY-MM) of a date column, as text, on either database. */
export function monthOf(column: string, dialect: SqlDialect): string {
  return dialect === 'postgresql' ? `to_char(${column}, 'YYYY-MM')` : `substr(${column}, 1, 7)`;
}

/**
 * The SQL expression whose value is a participant's group for a split. Groups are codes (country,
 * enum values, component code, cohort id, year); the client names them in the reader's language.
 */
export function splitKey(by: ReportSplit, dialect: SqlDialect): string {
  switch (by) {
    case ReportSplit.COUNTRY:
      return 'p.country_code';
    case ReportSplit.SEX:
      return 'p.gender';
    case ReportSplit.TARGET_GROUP:
      return 'p.target_group';
    case ReportSplit.ORGANISATION_TYPE:
      return `coalesce(o.type, 'NONE')`;
    case ReportSplit.COMPONENT:
      return 'cp.code';
    case ReportSplit.COHORT:
      return 'c.id';
    case ReportSplit.YEAR:
      return yearOf('c.starts_on', dialect);
  }
}
