import type { Knex } from '@mikro-orm/knex';
import { rowsOf, text, toNumber } from '../report-cells';
import type { ReportFilter } from '../report-filter.input';
import type { SqlDialect } from '../report-scope';
import { gainFigures } from './learning-arithmetic';
import type { GainFigures } from './learning-figures';
import { gainSumColumns, resultId, testPairs } from './learning-sql';

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

export async function questionTallies(knex: Knex, dialect: SqlDialect, filter: ReportFilter): Promise<Map<string, QuestionTally>> {
  const rows = await rowsOf(
    knex
      .from(testPairs(knex, dialect, filter).as('pairs'))
      .join({ b: 'question_response' }, 'b.result_id', knex.raw(resultId('pairs.pre_result_id', dialect)))
      .join({ a: 'question_response' }, function () {
        this.on('a.result_id', '=', knex.raw(resultId('pairs.post_result_id', dialect))).andOn('a.question_id', '=', 'b.question_id');
      })
      .select(
        'b.question_id',
        knex.raw('count(*) as paired'),
        knex.raw('count(distinct pairs.person_id) as people'),
        knex.raw('count(case when b.correct then 1 end) as right_before'),
        knex.raw('count(case when a.correct then 1 end) as right_after'),
      )
      .groupBy('b.question_id'),
  );
  return new Map(
    rows.map((row) => [
      text(row.question_id),
      {
        questionId: text(row.question_id),
        paired: toNumber(row.paired),
        people: toNumber(row.people),
        rightBefore: toNumber(row.right_before),
        rightAfter: toNumber(row.right_after),
      },
    ]),
  );
}
