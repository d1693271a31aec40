import type { Knex } from '@mikro-orm/knex';
import { EnrolmentStatus } from '../../common/enums';
import type { ReportFilter, ReportSplit } from '../report-filter.input';
import { participantTallies, tallyKey, type SqlDialect } from '../report-scope';
import { rowsOf, text, toNumber, type ReportRow } from '../report-cells';
import { gainFigures, participationFigures } from './learning-arithmetic';
import { asDouble, heldSessions, today } from './learning-sql';

/**
 * Knowledge gain and participation for any set of participants, split by any ReportSplit, computed
 * in the database (one statement each). The indicators and the learning-results page both call
 * these, so a logframe figure and its drill-down agree.
 */

export interface GainFigures {
  paired: number;
  people: number;
  leftOut: number;
  meanPre: number | null;
  meanPost: number | null;
  meanGain: number | null;
  normalisedGain: number | null;
  improvedShare: number | null;
}

export interface ParticipationFigures {
  people: number;
  attendanceRate: number | null;
  completionRate: number | null;
}

const keyOf = (row: ReportRow, by?: ReportSplit) => (by ? text(row.k) : '');

/**
 * Pre/post-test gain by group (key '' when not split). A pair is one participant in one module:
 * the first pre-test attempt against the last post-test attempt, in percent of the maximum; the
 * enrolment tally holds each participant's sums over their pairs, so this is one pass over the
 * participants.
 */
export async function knowledgeGainBy(
  knex: Knex,
  dialect: SqlDialect,
  filter: ReportFilter,
  by?: ReportSplit,
): Promise<Map<string, GainFigures>> {
  // Each enrolment's tally holds the sums over its modules' pairs; enrolments without a test stay out.
  const key = by ? tallyKey(by, dialect) : `''`;
  const query = participantTallies(knex, filter, dialect)
    .whereRaw('(e.paired_tests > 0 or e.unpaired_tests > 0)')
    .select(
      knex.raw('sum(e.paired_tests) as paired'),
      knex.raw('count(distinct case when e.paired_tests > 0 then e.person_id end) as people'),
      knex.raw('sum(e.unpaired_tests) as left_out'),
      knex.raw('sum(e.pre_sum) as pre_sum'),
      knex.raw('sum(e.post_sum) as post_sum'),
      knex.raw('sum(e.improved_tests) as improved'),
    );
  if (by) query.select(knex.raw(`${key} as k`)).groupByRaw(key);
  const rows = await rowsOf(query);
  const figures = new Map<string, GainFigures>();
  for (const row of rows) {
    figures.set(
      keyOf(row, by),
      gainFigures({
        paired: toNumber(row.paired),
        people: toNumber(row.people),
        leftOut: toNumber(row.left_out),
        preSum: toNumber(row.pre_sum),
        postSum: toNumber(row.post_sum),
        improved: toNumber(row.improved),
      }),
    );
  }
  return figures;
}

/**
 * Attendance and completion by group (key '' when not split). The attendance rate is the mean of
 * the participants' own rates (attended / held sessions of their cohort, attended from the enrolment
 * tally: PRESENT or LATE on a session not cancelled, which can only be one already started),
 * so each participant weighs the same whatever their cohort's length, and a group's rate is the
 * average of the rates its drill-down lists. Participants whose cohort has held no session yet have
 * no rate and are left out of it. The completion rate is COMPLETED over participants whose cohort
 * has ended (end date before today in the programme's time zone).
 */
export async function participationBy(
  knex: Knex,
  dialect: SqlDialect,
  filter: ReportFilter,
  by?: ReportSplit,
  now = new Date(),
): Promise<Map<string, ParticipationFigures>> {
  const key = by ? tallyKey(by, dialect) : `''`;
  const day = today(now);
  const query = participantTallies(knex, filter, dialect)
    .leftJoin(heldSessions(knex, dialect, now).as('h'), 'h.cohort_id', 'e.cohort_id')
    .select(
      knex.raw('count(distinct e.person_id) as people'),
      knex.raw('count(h.held) as rated'),
      knex.raw(`sum(${asDouble('e.attended_sessions', dialect)} / h.held) as rate_sum`),
      knex.raw('count(case when e.cohort_ends_on < ? then 1 end) as ended', [day]),
      knex.raw('count(case when e.cohort_ends_on < ? and e.status = ? then 1 end) as completed', [day, EnrolmentStatus.COMPLETED]),
    );
  if (by) query.select(knex.raw(`${key} as k`)).groupByRaw(key);
  const rows = await rowsOf(query);
  const figures = new Map<string, ParticipationFigures>();
  for (const row of rows) {
    figures.set(
      keyOf(row, by),
      participationFigures({
        people: toNumber(row.people),
        rated: toNumber(row.rated),
        rateSum: toNumber(row.rate_sum),
        ended: toNumber(row.ended),
        completed: toNumber(row.completed),
      }),
    );
  }
  return figures;
}
