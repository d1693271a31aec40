import type { Knex } from '@mikro-orm/knex';
import { EnrolmentStatus, Gender } from '../../common/enums';
import { knowledgeGainBy, participationBy } from '../learning/learning-figures';
import { rowsOf, text, toNumber, type ReportRow } from '../report-cells';
import type { ReportFilter, ReportSplit } from '../report-filter.input';
import { participantTallies, participants, tallyKey, type SqlDialect } from '../report-scope';
import type { Figure } from '../small-cells';
import type { Measure } from './logframe-schema';

/** Counts add up across a split; shares and averages do not. */
export type MeasureKind = 'count' | 'average';

export function measureKind(measure: Measure): MeasureKind {
  switch (measure.type) {
    case 'COMPLETED_ENROLMENTS':
    case 'PARTICIPANTS':
    case 'UNIQUE_SMES_REACHED':
    case 'ACTION_PLANS':
      return 'count';
    case 'WOMEN_SHARE':
    case 'AVERAGE_KNOWLEDGE_GAIN':
    case 'AVERAGE_ATTENDANCE_RATE':
      return 'average';
  }
}

/** A measure's figure when nothing is in scope: zero for a count, no value for an average. */
export function emptyFigure(measure: Measure): Figure {
  return { value: measureKind(measure) === 'count' ? 0 : null, people: 0 };
}

/** The filter narrowed to the measure's own component; null when the filter asks for another one. */
export function measureFilter(measure: Measure, filter: ReportFilter): ReportFilter | null {
  const component = 'componentCode' in measure ? measure.componentCode : undefined;
  if (!component) return filter;
  if (filter.componentCode && filter.componentCode !== component) return null;
  return { ...filter, componentCode: component };
}

/**
 * The rows a people-measure counts, from the participant scope: enrolments (completed ones for
 * COMPLETED_ENROLMENTS) or, for ACTION_PLANS, plans `ap` joined to their enrolment. The drill-down
 * lists these rows; `measureFigures` counts the same ones from the enrolment tally.
 */
export function countedRows(
  knex: Knex,
  dialect: SqlDialect,
  measure: Exclude<Measure, { type: 'UNIQUE_SMES_REACHED' }>,
  filter: ReportFilter,
): Knex.QueryBuilder {
  return counted(knex, participants(knex, filter, dialect), 'e.id', measure);
}

/** Narrows a scope over enrolments `e` (its key column `enrolmentId`) to the rows the measure counts. */
function counted(
  knex: Knex,
  query: Knex.QueryBuilder,
  enrolmentId: string,
  measure: Exclude<Measure, { type: 'UNIQUE_SMES_REACHED' }>,
): Knex.QueryBuilder {
  if (measure.type === 'COMPLETED_ENROLMENTS') query.where('e.status', EnrolmentStatus.COMPLETED);
  if (measure.type === 'ACTION_PLANS') {
    query.join({ ap: 'action_plan' }, 'ap.enrolment_id', enrolmentId).where('ap.status', measure.status);
    const reports = knex({ pr: 'progress_report' }).whereRaw('pr.action_plan_id = ap.id').select(knex.raw('1'));
    if (measure.withProgressReports === true) query.whereExists(reports);
    if (measure.withProgressReports === false) query.whereNotExists(reports);
  }
  return query;
}

/**
 * A measure's figures by group (key '' when not split), each one SQL aggregation over the enrolment
 * tally grouped by the split key. Knowledge gain and attendance come from the learning figures, so
 * the indicator and the learning-results page agree; `countedRows` lists the same rows for the
 * drill-down.
 */
export async function measureFigures(
  knex: Knex,
  dialect: SqlDialect,
  measure: Measure,
  filter: ReportFilter,
  by?: ReportSplit,
): Promise<Map<string, Figure>> {
  const scoped = measureFilter(measure, filter);
  if (!scoped) return new Map();
  const tallies = () => participantTallies(knex, scoped, dialect);
  switch (measure.type) {
    case 'AVERAGE_KNOWLEDGE_GAIN':
      return mapFigures(await knowledgeGainBy(knex, dialect, scoped, by), (g) => ({ value: g.meanGain, people: g.people }));
    case 'AVERAGE_ATTENDANCE_RATE':
      return mapFigures(await participationBy(knex, dialect, scoped, by), (p) => ({ value: p.attendanceRate, people: p.people }));
    case 'UNIQUE_SMES_REACHED': {
      // The sme_reach tally holds each SME once, with the enrolment of its first support.
      const query = grouped(knex, tallies().join({ r: 'sme_reach' }, 'r.enrolment_id', 'e.enrolment_id'), dialect, by).select(
        knex.raw('count(*) as value'),
        knex.raw('count(distinct e.person_id) as people'),
      );
      return figuresOf(await rowsOf(query), (row) => ({ value: toNumber(row.value), people: toNumber(row.people) }));
    }
    case 'WOMEN_SHARE': {
      const query = grouped(knex, tallies(), dialect, by).select(
        knex.raw('count(case when e.gender = ? then 1 end) as women', [Gender.FEMALE]),
        knex.raw('count(*) as total'),
        knex.raw('count(distinct e.person_id) as people'),
      );
      return figuresOf(await rowsOf(query), (row) => ({
        value: toNumber(row.total) > 0 ? toNumber(row.women) / toNumber(row.total) : null,
        people: toNumber(row.people),
      }));
    }
    case 'COMPLETED_ENROLMENTS':
    case 'PARTICIPANTS':
    case 'ACTION_PLANS': {
      const query = counted(knex, tallies(), 'e.enrolment_id', measure);
      const key = measure.type === 'ACTION_PLANS' ? 'ap.id' : 'e.enrolment_id';
      const figures = grouped(knex, query, dialect, by).select(
        knex.raw(`count(${key}) as value`),
        knex.raw('count(distinct e.person_id) as people'),
      );
      return figuresOf(await rowsOf(figures), (row) => ({ value: toNumber(row.value), people: toNumber(row.people) }));
    }
  }
}

function grouped(knex: Knex, query: Knex.QueryBuilder, dialect: SqlDialect, by?: ReportSplit): Knex.QueryBuilder {
  if (!by) return query;
  const key = tallyKey(by, dialect);
  return query.select(knex.raw(`${key} as k`)).groupByRaw(key);
}

function figuresOf(rows: ReportRow[], figure: (row: ReportRow) => Figure): Map<string, Figure> {
  return new Map(rows.map((row) => [text(row.k), figure(row)]));
}

function mapFigures<T>(source: Map<string, T>, figure: (value: T) => Figure): Map<string, Figure> {
  return new Map([...source].map(([key, value]) => [key, figure(value)]));
}
