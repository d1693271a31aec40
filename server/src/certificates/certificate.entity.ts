import { Entity, Enum, ManyToOne, PrimaryKey, Property, Ref, Unique } from '@mikro-orm/core';
import { BaseEntity } from '../database/base.entity';
import { CertificateStatus } from '../common/enums';
import { Course } from '../courses/course.entity';
import { Enrolment } from '../enrolments/enrolment.entity';
import { Person } from '../people/person.entity';
import { User } from '../users/user.entity';

/** What a certificate certifies, frozen at issue: the PDF and the credential are rendered from it. */
export interface CertifiedFacts {
  programme: string;
  institute: string;
  holderName: string;
  holderNativeName: string | null;
  courseSlug: string;
  courseTitle: string;
  component: string;
  modules: { title: string; hours: number }[];
  startsOn: string;
  endsOn: string;
  attendanceRate: number;
  minAttendanceRate: number;
  postTests: { module: string; score: number; passScore: number }[];
  signatories: { name: string; title: string }[];
  /** The date printed as the issue date (YYYY-MM-DD). */
  issuedOn: string;
}

/**
 * A certificate of completion. Never deleted: revoking keeps the record with its reason; re-issuing
 * makes a new certificate and marks this one SUPERSEDED, pointing to the new one.
 */
@Entity({ tableName: 'certificate' })
@Unique({ properties: ['serialPrefix', 'serialNumber'] })
export class Certificate extends BaseEntity<'status' | 'revokedAt' | 'revokedBy' | 'revocationReason' | 'supersededBy' | 'credential'> {
  @ManyToOne(() => Enrolment, { ref: true })
  enrolment: Ref<Enrolment>;

  @ManyToOne(() => Person, { ref: true })
  person: Ref<Person>;

  @ManyToOne(() => Course, { ref: true })
  course: Ref<Course>;

  /** e.g. SEC-2016-A: serials count up from 1 without gaps within it. */
  @Property({ length: 40 })
  serialPrefix: string;

  @Property()
  serialNumber: number;

  @Property({ unique: true, length: 60 })
  serial: string;

  /** ≥ 128 random bits, base64url: the verify link and the QR code carry it. */
  @Property({ unique: true, length: 40 })
  verificationCode: string;

  @Enum({ items: () => CertificateStatus })
  status: CertificateStatus = CertificateStatus.VALID;

  @Property({ type: 'datetime' })
  issuedAt: Date;

  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  issuedBy: Ref<User> | null;

  @Property({ type: 'json' })
  facts: CertifiedFacts;

  /** SHA-256 (hex) of the PDF as issued; the same facts always render to the same bytes. */
  @Property({ length: 64 })
  pdfSha256: string;

  /** Position in the revocation status list. */
  @Property({ unique: true })
  statusListIndex: number;

  /** The signed Open Badges 3.0 credential. */
  @Property({ type: 'text', nullable: true })
  credential: string | null = null;

  @Property({ type: 'datetime', nullable: true })
  revokedAt: Date | null = null;

  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  revokedBy: Ref<User> | null = null;

  @Property({ type: 'text', nullable: true })
  revocationReason: string | null = null;

  @ManyToOne(() => Certificate, { ref: true, nullable: true })
  supersededBy: Ref<Certificate> | null = null;

  constructor(fields: Pick<Certificate, 'enrolment' | 'person' | 'course' | 'serialPrefix' | 'serialNumber' | 'serial' | 'verificationCode' | 'issuedAt' | 'issuedBy' | 'facts' | 'pdfSha256' | 'statusListIndex'>) {
    super();
    this.enrolment = fields.enrolment;
    this.person = fields.person;
    this.course = fields.course;
    this.serialPrefix = fields.serialPrefix;
    this.serialNumber = fields.serialNumber;
    this.serial = fields.serial;
    this.verificationCode = fields.verificationCode;
    this.issuedAt = fields.issuedAt;
    this.issuedBy = fields.issuedBy;
    this.facts = fields.facts;
    this.pdfSha256 = fields.pdfSha256;
    this.statusListIndex = fields.statusListIndex;
  }
}

/** The last serial number used per prefix, and the last status-list index ('#status-list'). */
@Entity({ tableName: 'certificate_counter' })
export class CertificateCounter {
  @PrimaryKey({ length: 40 })
  key: string;

  @Property()
  last = 0;

  constructor(key: string) {
    this.key = key;
  }
}

