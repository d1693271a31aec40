import { Entity, Index, ManyToOne, PrimaryKey, Property, Ref } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { User } from '../users/user.entity';

/**
 * The change history: who changed what, when, from what to what. Written in the same transaction
 * as the change, never updated, so attendance, scores, enrolment decisions and certificates stand
 * up to audit.
 */
@Entity({ tableName: 'change_record' })
@Index({ properties: ['cohortId', 'at'] })
@Index({ properties: ['subjectType', 'subjectId'] })
export class ChangeRecord {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'datetime' })
  at: Date = new Date();

  /** Who made the change (a trainee checking in is their own actor); null for the system. */
  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  actor: Ref<User> | null;

  /** e.g. attendance, enrolment, assessment-result, action-plan. */
  @Property()
  subjectType: string;

  @Property({ type: 'uuid' })
  subjectId: string;

  /** The cohort the change belongs to, so a cohort's history is one indexed query. */
  @Property({ type: 'uuid', nullable: true })
  cohortId: string | null;

  /** The person the change is about (the enrolled trainee), so their history is one query. */
  @Property({ type: 'uuid', nullable: true })
  personId: string | null;

  /** e.g. recorded, approved, rejected, scored. */
  @Property()
  action: string;

  @Property({ type: 'json', nullable: true })
  before: Record<string, unknown> | null;

  @Property({ type: 'json', nullable: true })
  after: Record<string, unknown> | null;

  constructor(fields: { actor: Ref<User> | null; subjectType: string; subjectId: string; cohortId: string | null; personId?: string | null; action: string; before: Record<string, unknown> | null; after: Record<string, unknown> | null; at?: Date }) {
    this.actor = fields.actor;
    this.subjectType = fields.subjectType;
    this.subjectId = fields.subjectId;
    this.cohortId = fields.cohortId;
    this.personId = fields.personId ?? null;
    this.action = fields.action;
    this.before = fields.before;
    this.after = fields.after;
    if (fields.at) this.at = fields.at;
  }
}
