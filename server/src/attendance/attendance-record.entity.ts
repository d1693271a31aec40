import { Entity, Index, Enum, ManyToOne, Property, Ref, Unique } from '@mikro-orm/core';
import { BaseEntity } from '../database/base.entity';
import { AttendanceStatus } from '../common/enums';
import { Enrolment } from '../enrolments/enrolment.entity';
import { TrainingSession } from '../training-sessions/training-session.entity';
import { User } from '../users/user.entity';

/** One line of a session's attendance sheet. Every change is also kept in the change history. */
@Entity({ tableName: 'attendance_record' })
@Unique({ properties: ['session', 'enrolment'] })
// One enrolment's marks by status: what the attendance tally trigger recounts (0012-report-tallies).
@Index({ properties: ['enrolment', 'status', 'session'] })
export class AttendanceRecord extends BaseEntity<'note' | 'recordedBy'> {
  @ManyToOne(() => TrainingSession, { ref: true })
  session: Ref<TrainingSession>;

  @ManyToOne(() => Enrolment, { ref: true })
  enrolment: Ref<Enrolment>;

  @Enum({ items: () => AttendanceStatus })
  status: AttendanceStatus;

  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  /** Null when the trainee checked in themselves. */
  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  recordedBy: Ref<User> | null = null;

  constructor(session: Ref<TrainingSession>, enrolment: Ref<Enrolment>, status: AttendanceStatus) {
    super();
    this.session = session;
    this.enrolment = enrolment;
    this.status = status;
  }
}
