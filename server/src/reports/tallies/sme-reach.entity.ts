import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Each SME reached, once: its first standing support (earliest date, then id) by an approved or
 * completed enrolment; merged SMEs have none (their supports moved to the survivor). Kept by database
 * triggers (docs/decisions/0012-report-tallies.md); the application only reads it.
 */
@Entity({ tableName: 'sme_reach', readonly: true })
export class SmeReach {
  @PrimaryKey({ type: 'uuid' })
  smeId!: string;

  @Property({ type: 'uuid' })
  supportId!: string;

  @Index()
  @Property({ type: 'uuid' })
  enrolmentId!: string;

  @Property({ type: 'date' })
  supportedOn!: string;
}
