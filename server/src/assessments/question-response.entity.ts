import { Entity, Index, ManyToOne, Property, Ref, Unique } from '@mikro-orm/core';
import { BaseEntity } from '../database/base.entity';
import { AssessmentResult } from './assessment-result.entity';
import { Question } from './question.entity';

/**
 * Whether one answer in a scored test was right, one row per question, written when the test is
 * scored. The answers themselves stay on the result; this row lets item analysis (share right
 * before and after, per question) run as SQL aggregation on SQLite and PostgreSQL alike.
 */
@Entity({ tableName: 'question_response' })
@Unique({ properties: ['result', 'question'] })
export class QuestionResponse extends BaseEntity {
  @ManyToOne(() => AssessmentResult, { ref: true, deleteRule: 'cascade' })
  result: Ref<AssessmentResult>;

  @Index()
  @ManyToOne(() => Question, { ref: true })
  question: Ref<Question>;

  @Property()
  correct: boolean;

  constructor(result: Ref<AssessmentResult>, question: Ref<Question>, correct: boolean) {
    super();
    this.result = result;
    this.question = question;
    this.correct = correct;
  }
}
