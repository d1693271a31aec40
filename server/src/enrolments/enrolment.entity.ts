import { Entity, Enum, ManyToOne, Property, Ref, Unique } from '@mikro-orm/core';
import { BaseEntity } from '../database/base.entity';
import { Cohort } from '../cohorts/cohort.entity';
import { EnrolmentStatus } from '../common/enums';
import { Person } from '../people/person.entity';
import { User } from '../users/user.entity';

/** A person in a cohort, from application (or direct enrolment) to completion. */
@Entity({ tableName: 'enrolment' })
@Unique({ properties: ['cohort', 'person'] })
export class Enrolment extends BaseEntity<'status' | 'motivation' | 'reason' | 'decidedBy' | 'decidedAt'> {
  @ManyToOne(() => Cohort, { ref: true })
  cohort: Ref<Cohort>;

  @ManyToOne(() => Person, { ref: true })
  person: Ref<Person>;

  @Enum({ items: () => EnrolmentStatus })
  status: EnrolmentStatus = EnrolmentStatus.PENDING;

  @Property({ type: 'text', nullable: true })
  motivation: string | null = null;

  /** Why it was rejected or waitlisted; the trainee sees it. */
  @Property({ type: 'text', nullable: true })
  reason: string | null = null;

  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  decidedBy: Ref<User> | null = null;

  @Property({ type: 'datetime', nullable: true })
  decidedAt: Date | null = null;

  constructor(cohort: Ref<Cohort>, person: Ref<Person>) {
    super();
    this.cohort = cohort;
    this.person = person;
  }
}
