import type { Knex } from '@mikro-orm/knex';
import { AssessmentKind, AttendanceStatus } from '../../common/enums';
import { programmeDate } from '../../common/dates';
import { participants, splitKey, type SqlDialect } from '../report-scope';
import type { ReportFilter, ReportSplit } from '../report-filter.input';

/**
 * The SQL the learning figures share: which test results pair up, which sessions are held, who
 * attended. Every query starts from `participants` so learning results count the same people as
 * every other indicator.
 */

const ATTENDED = [AttendanceStatus.PRESENT, AttendanceStatus.LATE];

/** A timestamp parameter as each database stores it: SQLite keeps epoch milliseconds. */
export function instant(at: Date, dialect: SqlDialect): number | string {
  return dialect === 'sqlite' ? at.getTime() : at.toISOString();
}

/** A number as a double, so SQL divides it exactly as JavaScript does (PostgreSQL would use numeric). */
export function asDouble(expression: string, dialect: SqlDialect): string {
  return `cast(${expression} as ${dialect === 'postgresql' ? 'double precision' : 'real'})`;
}

/** A result id carried through `testPairs` as text, back as the key column's type. */
export function resultId(expression: string, dialect: SqlDialect): string {
  return dialect === 'postgresql' ? `cast(${expression} as uuid)` : expression;
}

/** The split's SQL expression, or a constant when the figure is not split. */
export function keyExpression(dialect: SqlDialect, by?: ReportSplit): string {
  return by ? splitKey(by, dialect) : `''`;
}

/**
 * Each participant's first pre-test attempt and last post-test attempt per module (rn = 1), with
 * the score in percent of the test's maximum.
 */
function firstPreLastPost(knex: Knex, dialect: SqlDialect, filter: ReportFilter): Knex.QueryBuilder {
  return knex({ r: 'assessment_result' })
    .join({ a: 'assessment' }, 'a.id', 'r.assessment_id')
    .whereIn('a.kind', [AssessmentKind.PRE_TEST, AssessmentKind.POST_TEST])
    .whereIn('r.enrolment_id', participants(knex, filter, dialect).select('e.id'))
    .select(
      'r.enrolment_id',
      'a.module_id',
      'a.kind',
      // PostgreSQL has no max() of uuid, so the id travels as text.
      knex.raw('cast(r.id as text) as result_id'),
      knex.raw('r.score * 100.0 / nullif(a.max_score, 0) as pct'),
      knex.raw(
        'row_number() over (partition by r.enrolment_id, a.module_id, a.kind order by case when a.kind = ? then r.attempt else -r.attempt end, r.id) as rn',
        [AssessmentKind.PRE_TEST],
      ),
    );
}

/**
 * One row per participant and module with any test: enrolment_id, person_id, module_id, k (the
 * split's group), pre and post (percent, null when not taken), pre_result_id and post_result_id.
 */
export function testPairs(knex: Knex, dialect: SqlDialect, filter: ReportFilter, by?: ReportSplit): Knex.QueryBuilder {
  const key = keyExpression(dialect, by);
  const query = participants(knex, filter, dialect)
    .join(firstPreLastPost(knex, dialect, filter).as('t'), 't.enrolment_id', 'e.id')
    .where('t.rn', 1)
    .select(
      'e.id as enrolment_id',
      'e.person_id',
      't.module_id',
      knex.raw(`${key} as k`),
      knex.raw('max(case when t.kind = ? then t.pct end) as pre', [AssessmentKind.PRE_TEST]),
      knex.raw('max(case when t.kind = ? then t.pct end) as post', [AssessmentKind.POST_TEST]),
      knex.raw('max(case when t.kind = ? then t.result_id end) as pre_result_id', [AssessmentKind.PRE_TEST]),
      knex.raw('max(case when t.kind = ? then t.result_id end) as post_result_id', [AssessmentKind.POST_TEST]),
    )
    .groupBy('e.id', 'e.person_id', 't.module_id');
  // PostgreSQL refuses a constant in GROUP BY; an unsplit figure needs no key there.
  if (by) query.groupByRaw(key);
  return query;
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

/** Held sessions each enrolment attended (present or late). */
export function attendedSessions(knex: Knex, dialect: SqlDialect, now: Date): Knex.QueryBuilder {
  return knex({ ar: 'attendance_record' })
    .join({ ts: 'training_session' }, 'ts.id', 'ar.session_id')
    .whereIn('ar.status', ATTENDED)
    .whereRaw('not ts.cancelled')
    .where('ts.starts_at', '<=', instant(now, dialect))
    .select('ar.enrolment_id', knex.raw('count(*) as attended'))
    .groupBy('ar.enrolment_id');
}

/** Today in the programme's time zone: a cohort whose end date is before it has ended. */
export function today(now: Date): string {
  return programmeDate(now);
}
