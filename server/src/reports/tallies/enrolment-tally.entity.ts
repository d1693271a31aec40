import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * One row per enrolment: what the M&E dashboard filters, splits and sums, in one place. The
 * enrolment's own status and the attributes of its person, organisation, cohort, course and
 * component are copied here; beside them, the held sessions attended and the paired-test sums.
 * Database triggers keep every column true as those records change (see
 * docs/decisions/0012-report-tallies.md); the application only reads it. A dashboard figure is then
 * one pass over this table, with no join per participant.
 */
@Entity({ tableName: 'enrolment_tally', readonly: true })
export class EnrolmentTally {
  @PrimaryKey({ type: 'uuid' })
  enrolmentId!: string;

  @Index()
  @Property({ type: 'uuid', nullable: true })
  personId!: string | null;

  @Index()
  @Property({ type: 'uuid', nullable: true })
  cohortId!: string | null;

  @Property({ type: 'uuid', nullable: true })
  courseId!: string | null;

  @Property({ type: 'text', nullable: true })
  status!: string | null;

  @Property({ type: 'text', nullable: true })
  countryCode!: string | null;

  @Property({ type: 'text', nullable: true })
  gender!: string | null;

  @Property({ type: 'text', nullable: true })
  targetGroup!: string | null;

  /** Null when the person has no organisation. */
  @Property({ type: 'text', nullable: true })
  organisationType!: string | null;

  @Property({ type: 'text', nullable: true })
  componentCode!: string | null;

  @Property({ type: 'date', nullable: true })
  cohortStartsOn!: string | null;

  @Property({ type: 'date', nullable: true })
  cohortEndsOn!: string | null;

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
