import type { Knex } from '@mikro-orm/knex';
import type { ReportFilter, ReportSplit } from '../report-filter.input';
import { participants, splitKey, type SqlDialect } from '../report-scope';

/**
 * Every support record from a participant to an SME that still stands (merged SMEs never count:
 * their supports moved to the survivor), with the leader's split key as `k` and `n` = 1 on each
 * SME's first support (earliest date, then id). Counting rows with n = 1 counts each SME once and
 * puts it in exactly one group, so a split adds up to the total and matches its drill-down.
 */
export function smeSupports(knex: Knex, dialect: SqlDialect, filter: ReportFilter, by?: ReportSplit): Knex.QueryBuilder {
  return participants(knex, filter, dialect)
    .join({ ss: 'sme_support' }, 'ss.enrolment_id', 'e.id')
    .join({ s: 'sme' }, 's.id', 'ss.sme_id')
    .whereNull('s.merged_into_id')
    .select(
      'ss.sme_id',
      'ss.kind',
      'ss.supported_on',
      'e.id as enrolment_id',
      'e.person_id',
      'c.title as cohort_title',
      's.name as sme_name',
      's.country_code as sme_country_code',
      's.province',
      's.sector',
      's.owner_gender',
      knex.raw(`${by ? splitKey(by, dialect) : `''`} as k`),
      knex.raw('row_number() over (partition by ss.sme_id order by ss.supported_on, ss.id) as n'),
    );
}

/** Each SME reached, once, as of its first support: a subquery aliased `f`. */
export function firstSupports(knex: Knex, dialect: SqlDialect, filter: ReportFilter, by?: ReportSplit): Knex.QueryBuilder {
  return knex.from(smeSupports(knex, dialect, filter, by).as('f')).where('f.n', 1);
}
