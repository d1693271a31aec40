import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Per enrolment, the figures the M&E dashboard sums: held sessions attended and the paired-test
 * sums. Database triggers keep each row true as attendance, sessions and test results change (see
 * docs/decisions/0012-report-tallies.md); the application only reads it. One row per enrolment.
 */
@Entity({ tableName: 'enrolment_tally', readonly: true })
export class EnrolmentTally {
  @PrimaryKey({ type: 'uuid' })
  enrolmentId!: string;

  /** PRESENT or LATE marks on sessions that are not cancelled. */
  @Property({ default: 0 })
  attendedSessions!: number;

  /** Modules with both a pre-test and a post-test score. */
  @Property({ default: 0 })
  pairedTests!: number;

  /** Modules with one of the two tests only (left out of the gain). */
  @Property({ default: 0 })
  unpairedTests!: number;

  /** Paired modules whose post-test score is above the pre-test score. */
  @Property({ default: 0 })
  improvedTests!: number;

  /** Sum of the paired pre-test scores, in percent. */
  @Property({ type: 'double', default: 0 })
  preSum!: number;

  /** Sum of the paired post-test scores, in percent. */
  @Property({ type: 'double', default: 0 })
  postSum!: number;
}
