import type { Knex } from '@mikro-orm/knex';
import { programmeDate } from '../../common/dates';
import { participantTallies, tallyKey, type SqlDialect } from '../report-scope';
import type { ReportFilter, ReportSplit } from '../report-filter.input';

/**
 * The SQL the learning figures share: the test pairs, which sessions are held. Every query starts
 * from `participantTallies` so learning results count the same people as every other indicator;
 * who attended what and which tests pair up are read from the report tallies (0012-report-tallies).
 */

/** A timestamp parameter as each database stores it: SQLite keeps epoch milliseconds. */
export function instant(at: Date, dialect: SqlDialect): number | string {
  return dialect === 'sqlite' ? at.getTime() : at.toISOString();
}

/** A number as a double, so SQL divides it exactly as JavaScript does (PostgreSQL would use numeric). */
export function asDouble(expression: string, dialect: SqlDialect): string {
  return `cast(${expression} as ${dialect === 'postgresql' ? 'double precision' : 'real'})`;
}

/** The split's SQL expression over the enrolment tally, or a constant when the figure is not split. */
function keyExpression(dialect: SqlDialect, by?: ReportSplit): string {
  return by ? tallyKey(by, dialect) : `''`;
}

/**
 * One row per participant and module with any test, from the test_pair tally (the first pre-test
 * attempt against the last post-test attempt): enrolment_id, person_id, module_id, k (the split's
 * group), pre and post (percent, null when not taken), pre_result_id and post_result_id.
 */
export function testPairs(knex: Knex, dialect: SqlDialect, filter: ReportFilter, by?: ReportSplit): Knex.QueryBuilder {
  return participantTallies(knex, filter, dialect)
    .join({ tp: 'test_pair' }, 'tp.enrolment_id', 'e.enrolment_id')
    .select(
      'e.enrolment_id',
      'e.person_id',
      'tp.module_id',
      knex.raw(`${keyExpression(dialect, by)} as k`),
      'tp.pre_pct as pre',
      'tp.post_pct as post',
      'tp.pre_result_id',
      'tp.post_result_id',
    );
}

/** The sums `gainFigures` turns into figures, over the pairs of a `testPairs` subquery aliased `pairs`. */
export function gainSumColumns(knex: Knex): Knex.Raw[] {
  const both = 'pairs.pre is not null and pairs.post is not null';
  return [
    knex.raw(`count(case when ${both} then 1 end) as paired`),
    knex.raw(`count(distinct case when ${both} then pairs.person_id end) as people`),
    knex.raw(`count(case when (pairs.pre is null) <> (pairs.post is null) then 1 end) as left_out`),
    knex.raw(`sum(case when ${both} then pairs.pre end) as pre_sum`),
    knex.raw(`sum(case when ${both} then pairs.post end) as post_sum`),
    knex.raw(`count(case when ${both} and pairs.post > pairs.pre then 1 end) as improved`),
  ];
}

/** Sessions held per cohort: not cancelled and started by `now`, as `TrainingSession.isHeld`. */
export function heldSessions(knex: Knex, dialect: SqlDialect, now: Date): Knex.QueryBuilder {
  return knex({ ts: 'training_session' })
    .whereRaw('not ts.cancelled')
    .where('ts.starts_at', '<=', instant(now, dialect))
    .select('ts.cohort_id', knex.raw('count(*) as held'))
    .groupBy('ts.cohort_id');
}

/** Today in the programme's time zone: a cohort whose end date is before it has ended. */
export function today(now: Date): string {
  return programmeDate(now);
}
