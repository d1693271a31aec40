import { Collection, Entity, ManyToMany, ManyToOne, Property, Ref } from '@mikro-orm/core';
import { BaseEntity } from '../database/base.entity';
import type { Locale } from '../common/locale';
import { Course } from '../courses/course.entity';
import { User } from '../users/user.entity';

/** One delivery of a course: dates, venue, language, capacity, trainers and an enrolment window. */
@Entity({ tableName: 'cohort' })
export class Cohort extends BaseEntity<'venue' | 'language' | 'enrolmentOpensOn' | 'enrolmentClosesOn' | 'checkInGraceMinutes' | 'cancelled'> {
  @ManyToOne(() => Course, { ref: true })
  course: Ref<Course>;

  @Property()
  title: string;

  @Property({ type: 'date' })
  startsOn: string;

  @Property({ type: 'date' })
  endsOn: string;

  @Property({ nullable: true })
  venue: string | null = null;

  /** The language the cohort is taught in. */
  @Property({ type: 'string', length: 2 })
  language: Locale = 'en';

  @Property()
  capacity: number;

  /** Applications are accepted from this date (inclusive); null = from now. */
  @Property({ type: 'date', nullable: true })
  enrolmentOpensOn: string | null = null;

  /** … until this date (inclusive); null = until the cohort starts. */
  @Property({ type: 'date', nullable: true })
  enrolmentClosesOn: string | null = null;

  /** Self check-in after this many minutes from a session's start counts as LATE. */
  @Property()
  checkInGraceMinutes = 15;

  @Property()
  cancelled = false;

  @ManyToMany(() => User, undefined, { owner: true, pivotTable: 'cohort_trainer' })
  trainers = new Collection<User>(this);

  constructor(course: Ref<Course>, title: string, startsOn: string, endsOn: string, capacity: number) {
    super();
    this.course = course;
    this.title = title;
    this.startsOn = startsOn;
    this.endsOn = endsOn;
    this.capacity = capacity;
  }
}
