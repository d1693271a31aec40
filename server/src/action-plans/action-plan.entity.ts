import { Collection, Entity, Enum, Index, ManyToOne, OneToMany, Property, Ref } from '@mikro-orm/core';
import { BaseEntity } from '../database/base.entity';
import { ActionPlanStatus } from '../common/enums';
import { CourseModule } from '../course-modules/course-module.entity';
import { Enrolment } from '../enrolments/enrolment.entity';
import { User } from '../users/user.entity';

export interface PlannedActivity {
  title: string;
  startsOn: string | null;
  endsOn: string | null;
}

export interface PlannedSme {
  name: string;
  province: string | null;
  note: string | null;
}

/** "Do to learn": what a trainee will apply at work after a module, reviewed by a trainer. */
@Entity({ tableName: 'action_plan' })
// Plans by status with their enrolment, for the action-plan indicators (0012-report-tallies).
@Index({ properties: ['status', 'enrolment', 'id'] })
export class ActionPlan extends BaseEntity<'status' | 'module' | 'supportNeeded' | 'reviewerComment' | 'reviewedBy' | 'submittedAt' | 'reviewedAt'> {
  @ManyToOne(() => Enrolment, { ref: true })
  enrolment: Ref<Enrolment>;

  @ManyToOne(() => CourseModule, { ref: true, nullable: true })
  module: Ref<CourseModule> | null = null;

  @Property({ type: 'text' })
  objectives: string;

  @Property({ type: 'json' })
  activities: PlannedActivity[] = [];

  @Property({ type: 'json' })
  smes: PlannedSme[] = [];

  @Property({ type: 'text', nullable: true })
  supportNeeded: string | null = null;

  @Enum({ items: () => ActionPlanStatus })
  status: ActionPlanStatus = ActionPlanStatus.DRAFT;

  @Property({ type: 'text', nullable: true })
  reviewerComment: string | null = null;

  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  reviewedBy: Ref<User> | null = null;

  @Property({ type: 'datetime', nullable: true })
  submittedAt: Date | null = null;

  @Property({ type: 'datetime', nullable: true })
  reviewedAt: Date | null = null;

  @OneToMany(() => ProgressReport, (report) => report.actionPlan, { orderBy: { reportedOn: 'asc' } })
  progressReports = new Collection<ProgressReport>(this);

  constructor(enrolment: Ref<Enrolment>, objectives: string) {
    super();
    this.enrolment = enrolment;
    this.objectives = objectives;
  }
}

/** "Share to learn": what the trainee did with the plan, and for whom. */
@Entity({ tableName: 'progress_report' })
export class ProgressReport extends BaseEntity<'results' | 'challenges' | 'smesReached'> {
  @ManyToOne(() => ActionPlan, { ref: true, deleteRule: 'cascade' })
  actionPlan: Ref<ActionPlan>;

  @Property({ type: 'date' })
  reportedOn: string;

  @Property({ type: 'text' })
  done: string;

  @Property({ type: 'text', nullable: true })
  results: string | null = null;

  @Property({ type: 'text', nullable: true })
  challenges: string | null = null;

  /** How many SMEs this report says were reached (the M&E registry records which). */
  @Property()
  smesReached = 0;

  constructor(actionPlan: Ref<ActionPlan>, reportedOn: string, done: string) {
    super();
    this.actionPlan = actionPlan;
    this.reportedOn = reportedOn;
    this.done = done;
  }
}
