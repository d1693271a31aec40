import type { Knex } from '@mikro-orm/knex';
import { rowsOf, text, toNumber, type ReportRow } from '../report-cells';
import type { ReportFilter } from '../report-filter.input';
import { cohortsInScope, filters, filtersPeople, participantTallies, type SqlDialect } from '../report-scope';
import { SMALL_CELL_MINIMUM } from '../small-cells';
import { gainFigures } from './learning-arithmetic';
import type { GainFigures } from './learning-figures';
import { gainSumColumns, testPairs } from './learning-sql';

/** Module by module and question by question: the learning-results page's detail, in SQL like the totals. */

/** Knowledge gain per module id, over the same pairs as `knowledgeGainBy`. */
export async function knowledgeGainByModule(knex: Knex, dialect: SqlDialect, filter: ReportFilter): Promise<Map<string, GainFigures>> {
  const rows = await rowsOf(
    knex
      .from(testPairs(knex, dialect, filter).as('pairs'))
      .select('pairs.module_id', ...gainSumColumns(knex))
      .groupBy('pairs.module_id'),
  );
  return new Map(
    rows.map((row) => [
      text(row.module_id),
      gainFigures({
        paired: toNumber(row.paired),
        people: toNumber(row.people),
        leftOut: toNumber(row.left_out),
        preSum: toNumber(row.pre_sum),
        postSum: toNumber(row.post_sum),
        improved: toNumber(row.improved),
      }),
    ]),
  );
}

/** Per question, over paired tests that both asked it: how many pairs, people, and right answers before and after. */
export interface QuestionTally {
  questionId: string;
  paired: number;
  people: number;
  rightBefore: number;
  rightAfter: number;
}

/**
 * Over whole cohorts (no filter on people's attributes) the cohort_item tally answers, summed over
 * the cohorts in scope; a filter on people reads the item pairs of the participants it selects.
 * Within a cohort each person holds one enrolment, so summed pairs count people, except someone who
 * took the module in two cohorts in scope: where that could decide a small cell (fewer than
 * `EXACT_PEOPLE_BELOW` pairs), the people are counted exactly.
 */
export async function questionTallies(knex: Knex, dialect: SqlDialect, filter: ReportFilter): Promise<Map<string, QuestionTally>> {
  const tally = (row: ReportRow): QuestionTally => ({
    questionId: text(row.question_id),
    paired: toNumber(row.paired),
    people: toNumber(row.people),
    rightBefore: toNumber(row.right_before),
    rightAfter: toNumber(row.right_after),
  });
  if (filtersPeople(filter)) {
    const rows = await rowsOf(
      itemPairs(knex, dialect, filter)
        .select(
          'ip.question_id',
          knex.raw('count(*) as paired'),
          knex.raw('count(distinct e.person_id) as people'),
          knex.raw('count(case when ip.right_before then 1 end) as right_before'),
          knex.raw('count(case when ip.right_after then 1 end) as right_after'),
        )
        .groupBy('ip.question_id'),
    );
    return new Map(rows.map((row) => [text(row.question_id), tally(row)]));
  }
  const query = knex({ ci: 'cohort_item' })
    .select(
      'ci.question_id',
      knex.raw('sum(ci.paired) as paired'),
      knex.raw('sum(ci.paired) as people'),
      knex.raw('sum(ci.right_before) as right_before'),
      knex.raw('sum(ci.right_after) as right_after'),
    )
    .groupBy('ci.question_id');
  if (filters(filter)) query.whereIn('ci.cohort_id', cohortsInScope(knex, filter, dialect));
  const tallies = new Map((await rowsOf(query)).map((row) => [text(row.question_id), tally(row)]));
  const close = [...tallies.values()].filter((t) => t.paired < EXACT_PEOPLE_BELOW).map((t) => t.questionId);
  if (close.length > 0) {
    const exact = await rowsOf(
      itemPairs(knex, dialect, filter)
        .whereIn('ip.question_id', close)
        .select('ip.question_id', knex.raw('count(distinct e.person_id) as people'))
        .groupBy('ip.question_id'),
    );
    for (const row of exact) {
      const known = tallies.get(text(row.question_id));
      if (known) known.people = toNumber(row.people);
    }
  }
  return tallies;
}

/** Summed pairs at or above this many hold at least SMALL_CELL_MINIMUM people even if each person were counted twice. */
const EXACT_PEOPLE_BELOW = 2 * SMALL_CELL_MINIMUM;

/** The item pairs (`ip`) of the participants (`e`) in scope. */
function itemPairs(knex: Knex, dialect: SqlDialect, filter: ReportFilter): Knex.QueryBuilder {
  return participantTallies(knex, filter, dialect).join({ ip: 'item_pair' }, 'ip.enrolment_id', 'e.enrolment_id');
}
