import { Entity, Enum, Index, ManyToOne, Property, Ref, Unique } from '@mikro-orm/core';
import { BaseEntity } from '../database/base.entity';
import { Gender, SmeSector, SupportKind } from '../common/enums';
import { ProgressReport } from '../action-plans/action-plan.entity';
import { Enrolment } from '../enrolments/enrolment.entity';
import { User } from '../users/user.entity';

/**
 * An SME that a trained leader supported. Merging a duplicate moves its support records to the
 * SME that stays and keeps the merged row, pointing at the survivor, so nothing is lost.
 */
@Entity({ tableName: 'sme' })
@Index({ properties: ['countryCode', 'matchName'] })
export class Sme extends BaseEntity<
  | 'province'
  | 'ownerGender'
  | 'womenEmployees'
  | 'menEmployees'
  | 'registrationNumber'
  | 'phone'
  | 'matchName'
  | 'mergedInto'
  | 'mergedAt'
  | 'createdBy'
> {
  /** As recorded, NFC. */
  @Property()
  name: string;

  /** The name folded for matching (case, accents, company suffixes, spacing); see smes/matching.ts. */
  @Property()
  matchName = '';

  @Property({ length: 2 })
  countryCode: string;

  @Property({ nullable: true })
  province: string | null = null;

  @Enum({ items: () => SmeSector })
  sector: SmeSector;

  @Enum({ items: () => Gender, nullable: true })
  ownerGender: Gender | null = null;

  @Property({ type: 'integer', nullable: true })
  womenEmployees: number | null = null;

  @Property({ type: 'integer', nullable: true })
  menEmployees: number | null = null;

  /** Business registration number, upper-case without spaces or dashes. */
  @Index()
  @Property({ nullable: true })
  registrationNumber: string | null = null;

  /** Digits only, with the country calling code (E.164 without the plus). */
  @Index()
  @Property({ nullable: true })
  phone: string | null = null;

  /** Set when a coordinator merged this SME into another; merged SMEs are never counted. */
  @Index()
  @ManyToOne(() => Sme, { ref: true, nullable: true, deleteRule: 'set null' })
  mergedInto: Ref<Sme> | null = null;

  @Property({ type: 'datetime', nullable: true })
  mergedAt: Date | null = null;

  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  createdBy: Ref<User> | null = null;

  constructor(name: string, countryCode: string, sector: SmeSector) {
    super();
    this.name = name;
    this.countryCode = countryCode;
    this.sector = sector;
  }
}

/**
 * One act of support from a leader (an enrolment's trainee) to an SME, recorded with a progress
 * report of the leader's action plan. The enrolment is kept beside the report so indicators split by
 * the leader's cohort, country and sex with one join.
 */
@Entity({ tableName: 'sme_support' })
@Index({ properties: ['supportedOn'] })
// One SME's supports in date order: what the SMEs-reached trigger reads (0012-report-tallies).
@Index({ properties: ['sme', 'supportedOn', 'id'] })
export class SmeSupport extends BaseEntity<'result' | 'progressReport'> {
  @Index()
  @ManyToOne(() => Sme, { ref: true })
  sme: Ref<Sme>;

  @Index()
  @ManyToOne(() => Enrolment, { ref: true })
  enrolment: Ref<Enrolment>;

  @ManyToOne(() => ProgressReport, { ref: true, nullable: true, deleteRule: 'set null' })
  progressReport: Ref<ProgressReport> | null = null;

  @Enum({ items: () => SupportKind })
  kind: SupportKind;

  @Property({ type: 'date' })
  supportedOn: string;

  @Property({ type: 'text', nullable: true })
  result: string | null = null;

  constructor(sme: Ref<Sme>, enrolment: Ref<Enrolment>, kind: SupportKind, supportedOn: string) {
    super();
    this.sme = sme;
    this.enrolment = enrolment;
    this.kind = kind;
    this.supportedOn = supportedOn;
  }
}

/** A coordinator looked at two SMEs the matcher paired and said they are different businesses. */
@Entity({ tableName: 'sme_distinct_pair' })
@Unique({ properties: ['first', 'second'] })
export class SmeDistinctPair extends BaseEntity<'decidedBy'> {
  /** The pair is stored with the smaller id first, so (a, b) and (b, a) are one row. */
  @ManyToOne(() => Sme, { ref: true, deleteRule: 'cascade' })
  first: Ref<Sme>;

  @ManyToOne(() => Sme, { ref: true, deleteRule: 'cascade' })
  second: Ref<Sme>;

  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  decidedBy: Ref<User> | null = null;

  constructor(first: Ref<Sme>, second: Ref<Sme>) {
    super();
    this.first = first;
    this.second = second;
  }
}
