import type { Knex } from '@mikro-orm/knex';
import type { ReportFilter, ReportSplit } from '../report-filter.input';
import { filters, participantTallies, participants, splitKey, type SqlDialect } from '../report-scope';

/**
 * Every support record from a participant to an SME that still stands (merged SMEs never count:
 * their supports moved to the survivor), with the leader's split key as `k`: a subquery's columns,
 * for the drill-down's list of the leaders behind each SME.
 */
export function smeSupports(knex: Knex, dialect: SqlDialect, filter: ReportFilter, by?: ReportSplit): Knex.QueryBuilder {
  return participants(knex, filter, dialect, [], by)
    .join({ ss: 'sme_support' }, 'ss.enrolment_id', 'e.id')
    .join({ s: 'sme' }, 's.id', 'ss.sme_id')
    .whereNull('s.merged_into_id')
    .select('ss.sme_id', 'e.person_id', knex.raw(`${by ? splitKey(by, dialect) : `''`} as k`));
}

/**
 * Each SME reached, once, as of its first support (the sme_reach tally: earliest date, then id,
 * among the supports of approved or completed enrolments), counted for the participant who gave it:
 * a subquery aliased `f`. A split puts each SME in exactly one group, so it adds up to the total and
 * matches its drill-down; a filter counts the SMEs first reached by the participants it selects.
 * `withCohort` adds the cohort's title for the drill-down.
 */
export function firstSupports(knex: Knex, dialect: SqlDialect, filter: ReportFilter, by?: ReportSplit, withCohort = false): Knex.QueryBuilder {
  const query = participants(knex, filter, dialect, withCohort ? ['c'] : [], by)
    .join({ r: 'sme_reach' }, 'r.enrolment_id', 'e.id')
    .join({ s: 'sme' }, 's.id', 'r.sme_id')
    .select(
      'r.sme_id',
      'r.kind',
      'r.supported_on',
      'e.id as enrolment_id',
      'e.person_id',
      's.name as sme_name',
      'r.sme_country_code',
      'r.province',
      'r.sector',
      'r.owner_gender',
      knex.raw(`${by ? splitKey(by, dialect) : `''`} as k`),
    );
  if (withCohort) query.select('c.title as cohort_title');
  return knex.from(query.as('f'));
}

/**
 * The SMEs reached by the participants the filter selects, straight from the sme_reach tally
 * (aliased `f`, with the SME's country, province, sector and owner's sex, the kind and date of its
 * first support and the leader's person_id). The tally holds participating enrolments only, so with
 * no filter it is read alone.
 */
export function reachedSmes(knex: Knex, dialect: SqlDialect, filter: ReportFilter): Knex.QueryBuilder {
  const query = knex({ f: 'sme_reach' });
  if (filters(filter)) query.whereIn('f.enrolment_id', participantTallies(knex, filter, dialect).select('e.enrolment_id'));
  return query;
}
