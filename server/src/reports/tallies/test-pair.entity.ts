import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * One participant's pre/post pair in one module: the first pre-test attempt and the last post-test
 * attempt, scores in percent of the test's maximum (null when not taken). Kept by database triggers
 * from assessment results (docs/decisions/0012-report-tallies.md); the application only reads it.
 */
@Entity({ tableName: 'test_pair', readonly: true })
export class TestPair {
  @PrimaryKey({ type: 'uuid' })
  enrolmentId!: string;

  @PrimaryKey({ type: 'uuid' })
  moduleId!: string;

  @Property({ type: 'uuid', nullable: true })
  preResultId!: string | null;

  @Property({ type: 'uuid', nullable: true })
  postResultId!: string | null;

  @Property({ type: 'double', nullable: true })
  prePct!: number | null;

  @Property({ type: 'double', nullable: true })
  postPct!: number | null;
}
