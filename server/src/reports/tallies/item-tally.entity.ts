import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * One question of one test pair: whether the participant answered it right in the pre-test (first
 * attempt) and in the post-test (last attempt), for questions asked in both. Kept by database
 * triggers from test pairs and question responses (docs/decisions/0012-report-tallies.md); the
 * application only reads it.
 */
@Entity({ tableName: 'item_pair', readonly: true })
export class ItemPair {
  @PrimaryKey({ type: 'uuid' })
  enrolmentId!: string;

  @PrimaryKey({ type: 'uuid' })
  questionId!: string;

  @Property({ type: 'uuid' })
  moduleId!: string;

  @Property()
  rightBefore!: boolean;

  @Property()
  rightAfter!: boolean;
}

/**
 * Per cohort and question, the item pairs of its approved and completed enrolments summed: how many,
 * and how many were right before and after. Item analysis over whole cohorts (the programme, a
 * component, a year, a cohort) reads this; a filter on people's attributes reads `item_pair`.
 * Within a cohort each person holds one enrolment, so `paired` is also the number of people.
 */
@Entity({ tableName: 'cohort_item', readonly: true })
export class CohortItem {
  @PrimaryKey({ type: 'uuid' })
  cohortId!: string;

  @PrimaryKey({ type: 'uuid' })
  questionId!: string;

  @Property({ default: 0 })
  paired!: number;

  @Property({ default: 0 })
  rightBefore!: number;

  @Property({ default: 0 })
  rightAfter!: number;
}
