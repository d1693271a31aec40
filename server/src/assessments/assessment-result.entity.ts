import { Entity, ManyToOne, Property, Ref, Unique } from '@mikro-orm/core';
import { BaseEntity } from '../database/base.entity';
import { Enrolment } from '../enrolments/enrolment.entity';
import { User } from '../users/user.entity';
import { Assessment } from './assessment.entity';

/** question id → the choice ids the trainee picked. */
export type QuizAnswers = Record<string, string[]>;

/**
 * A score for one enrolment on one assessment. Tests may have several attempts (one row each);
 * trainer-scored work has one row, updated in place with its history in the change records.
 */
@Entity({ tableName: 'assessment_result' })
@Unique({ properties: ['enrolment', 'assessment', 'attempt'] })
export class AssessmentResult extends BaseEntity<'attempt' | 'answers' | 'feedback' | 'gradedBy'> {
  @ManyToOne(() => Enrolment, { ref: true })
  enrolment: Ref<Enrolment>;

  @ManyToOne(() => Assessment, { ref: true })
  assessment: Ref<Assessment>;

  @Property()
  attempt = 1;

  @Property({ type: 'double' })
  score: number;

  @Property()
  passed: boolean;

  @Property({ type: 'json', nullable: true })
  answers: QuizAnswers | null = null;

  @Property({ type: 'text', nullable: true })
  feedback: string | null = null;

  /** Null for auto-scored tests. */
  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  gradedBy: Ref<User> | null = null;

  constructor(enrolment: Ref<Enrolment>, assessment: Ref<Assessment>, score: number, passed: boolean) {
    super();
    this.enrolment = enrolment;
    this.assessment = assessment;
    this.score = score;
    this.passed = passed;
  }
}
