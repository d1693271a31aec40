import { Entity, Index, ManyToOne, Property, Ref } from '@mikro-orm/core';
import { BaseEntity } from '../database/base.entity';
import { Cohort } from '../cohorts/cohort.entity';
import { CourseModule } from '../course-modules/course-module.entity';

/** A dated slot of one module in one cohort; it has one attendance sheet. */
@Entity({ tableName: 'training_session' })
// Sessions held per cohort, read from the index alone by the attendance figures (0012-report-tallies).
@Index({ properties: ['cohort', 'cancelled', 'startsAt'] })
export class TrainingSession extends BaseEntity<'venue' | 'cancelled' | 'checkInCode' | 'checkInOpenedAt'> {
  @ManyToOne(() => Cohort, { ref: true })
  cohort: Ref<Cohort>;

  @ManyToOne(() => CourseModule, { ref: true })
  module: Ref<CourseModule>;

  @Index()
  @Property({ type: 'datetime' })
  startsAt: Date;

  @Property({ type: 'datetime' })
  endsAt: Date;

  @Property({ nullable: true })
  venue: string | null = null;

  @Property()
  cancelled = false;

  /** A short code a trainer shows for self check-in; valid only while the session runs. */
  @Property({ nullable: true, length: 12 })
  checkInCode: string | null = null;

  @Property({ type: 'datetime', nullable: true })
  checkInOpenedAt: Date | null = null;

  constructor(cohort: Ref<Cohort>, module: Ref<CourseModule>, startsAt: Date, endsAt: Date) {
    super();
    this.cohort = cohort;
    this.module = module;
    this.startsAt = startsAt;
    this.endsAt = endsAt;
  }

  /** Held: not cancelled and already started. Only held sessions count towards attendance. */
  isHeld(now: Date): boolean {
    return !this.cancelled && this.startsAt <= now;
  }
}
