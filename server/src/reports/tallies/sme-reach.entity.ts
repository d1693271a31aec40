import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Each SME reached, once: its first standing support (earliest date, then id) by an approved or
 * completed enrolment; merged SMEs have none (their supports moved to the survivor). The support's
 * kind, the leader, and the SME's country, province, sector and owner's sex are copied here so the
 * SMEs-reached figures read this table alone. Kept by database triggers
 * (docs/decisions/0012-report-tallies.md); the application only reads it.
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

  /** The leader: the person of the enrolment. */
  @Property({ type: 'uuid' })
  personId!: string;

  @Property({ type: 'date' })
  supportedOn!: string;

  @Property({ type: 'text' })
  kind!: string;

  @Property({ type: 'text' })
  smeCountryCode!: string;

  @Property({ type: 'text', nullable: true })
  province!: string | null;

  @Property({ type: 'text' })
  sector!: string;

  @Property({ type: 'text', nullable: true })
  ownerGender!: string | null;
}
