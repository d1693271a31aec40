import type { Knex } from '@mikro-orm/knex';
import { AttendanceStatus } from '../../common/enums';
import { rowsOf, text, toNumber } from '../report-cells';
import type { ReportFilter } from '../report-filter.input';
import { participantTallies, participants, type SqlDialect } from '../report-scope';
import { asDouble, heldSessions } from './learning-sql';

/** The participant-level side of participation: who is below the attendance minimum, and the heatmap's counts. */

export interface BelowThresholdRow {
  enrolmentId: string;
  attendanceRate: number;
  minimum: number;
}

/** Each course's minimum attendance rate, for the courses of the participants in scope. */
async function minimumsInScope(knex: Knex, dialect: SqlDialect, filter: ReportFilter): Promise<Map<string, number>> {
  const rows = await rowsOf(
    knex('course')
      .whereIn('id', participantTallies(knex, filter, dialect).distinct('e.course_id'))
      .select('id', 'completion_rules'),
  );
  return new Map(
    rows.map((row) => {
      // PostgreSQL returns jsonb parsed, SQLite returns the text.
      const rules = (typeof row.completion_rules === 'string' ? JSON.parse(row.completion_rules) : row.completion_rules) as {
        minAttendanceRate: number;
      };
      return [text(row.id), rules.minAttendanceRate];
    }),
  );
}

/**
 * Participants whose attendance rate (attended / held sessions of their cohort) is below their
 * course's minimum: the query both the page and the count start from, or null when no course in
 * scope has a minimum. Only those with a held session have a rate.
 */
async function belowThreshold(knex: Knex, dialect: SqlDialect, filter: ReportFilter, now: Date) {
  const minimums = await minimumsInScope(knex, dialect, filter);
  if (minimums.size === 0) return null;
  const rate = `${asDouble('e.attended_sessions', dialect)} / h.held`;
  const minimum = `case e.course_id ${[...minimums].map(() => `when ? then ${asDouble('?', dialect)}`).join(' ')} end`;
  const query = () =>
    participantTallies(knex, filter, dialect)
      .join(heldSessions(knex, dialect, now).as('h'), 'h.cohort_id', 'e.cohort_id')
      .whereRaw(`${rate} < ${minimum}`, [...minimums].flat());
  return { minimums, rate, query };
}

/** The participants below the minimum, lowest rate first (then by name), a page of them or all without `window`. Two statements. */
export async function belowThresholdRows(
  knex: Knex,
  dialect: SqlDialect,
  filter: ReportFilter,
  window?: { offset: number; limit: number },
  now = new Date(),
): Promise<BelowThresholdRow[]> {
  const below = await belowThreshold(knex, dialect, filter, now);
  if (!below) return [];
  const page = below
    .query()
    .join({ p: 'person' }, 'p.id', 'e.person_id')
    .select('e.enrolment_id', 'e.course_id', knex.raw(`${below.rate} as rate`))
    .orderBy([
      { column: 'rate', order: 'asc' },
      { column: 'p.full_name', order: 'asc' },
      { column: 'e.enrolment_id', order: 'asc' },
    ]);
  if (window) page.offset(window.offset).limit(window.limit);
  return (await rowsOf(page)).map((row) => ({
    enrolmentId: text(row.enrolment_id),
    attendanceRate: toNumber(row.rate),
    minimum: below.minimums.get(text(row.course_id)) ?? 0,
  }));
}

/** How many participants are below the minimum. Two statements. */
export async function belowThresholdCount(knex: Knex, dialect: SqlDialect, filter: ReportFilter, now = new Date()): Promise<number> {
  const below = await belowThreshold(knex, dialect, filter, now);
  if (!below) return 0;
  const [total] = await rowsOf(below.query().count({ n: '*' }));
  return toNumber(total?.n);
}

export interface HeatmapCount {
  key: string;
  /** The participant's name when rows are per participant. */
  name: string;
  sessionId: string;
  /** Participants (enrolments) in the row. */
  members: number;
  people: number;
  attended: number;
}

/**
 * Per row and session of one cohort: participants and how many attended (PRESENT or LATE). A row
 * is a group of `key` (an SQL expression over the participant scope), e.g. `e.id` for one per person.
 */
export async function heatmapCounts(knex: Knex, dialect: SqlDialect, cohortId: string, key: string): Promise<HeatmapCount[]> {
  const rows = await rowsOf(
    participants(knex, { cohortId }, dialect)
      .join({ ts: 'training_session' }, 'ts.cohort_id', 'c.id')
      .whereRaw('not ts.cancelled')
      .leftJoin({ ar: 'attendance_record' }, function () {
        this.on('ar.session_id', '=', 'ts.id')
          .andOn('ar.enrolment_id', '=', 'e.id')
          .andOnIn('ar.status', [AttendanceStatus.PRESENT, AttendanceStatus.LATE]);
      })
      .select(
        knex.raw(`${key} as k`),
        'ts.id as session_id',
        knex.raw('max(p.full_name) as name'),
        knex.raw('count(distinct e.id) as members'),
        knex.raw('count(distinct e.person_id) as people'),
        knex.raw('count(ar.id) as attended'),
      )
      .groupBy('ts.id')
      .groupByRaw(key),
  );
  return rows.map((row) => ({
    key: text(row.k),
    name: text(row.name),
    sessionId: text(row.session_id),
    members: toNumber(row.members),
    people: toNumber(row.people),
    attended: toNumber(row.attended),
  }));
}
