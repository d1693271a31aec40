import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AssessmentModel } from './assessment.model';

@ObjectType('AssessmentResult', { description: 'A score for one enrolment on one assessment (one row per test attempt).' })
export class AssessmentResultModel {
  @Field(() => ID)
  id!: string;

  @Field(() => Float)
  score!: number;

  @Field()
  passed!: boolean;

  @Field(() => Int, { description: 'Which attempt, from 1.' })
  attempt!: number;

  @Field(() => String, { nullable: true, description: 'The trainer’s feedback on scored work.' })
  feedback!: string | null;

  @Field({ description: 'When it was submitted or first scored.' })
  createdAt!: Date;

  @Field({ description: 'When it was last changed.' })
  updatedAt!: Date;
}

@ObjectType('AnswerReview', { description: 'One question of a finished test: what was chosen and what was right.' })
export class AnswerReviewModel {
  @Field(() => ID)
  questionId!: string;

  @Field(() => [ID])
  chosenChoiceIds!: string[];

  @Field(() => [ID])
  correctChoiceIds!: string[];

  @Field()
  correct!: boolean;
}

export enum TestWindowState {
  NOT_YET_OPEN = 'NOT_YET_OPEN',
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}
registerEnumType(TestWindowState, { name: 'TestWindowState' });

@ObjectType('TestStatus', { description: 'Whether a trainee can take a pre- or post-test now, and how it went.' })
export class TestStatusModel {
  @Field(() => AssessmentModel)
  assessment!: AssessmentModel;

  @Field(() => [AssessmentResultModel], { description: 'Attempts so far, first first.' })
  results!: AssessmentResultModel[];

  @Field(() => Date, { nullable: true })
  opensAt!: Date | null;

  @Field(() => Date, { nullable: true })
  closesAt!: Date | null;

  @Field(() => TestWindowState)
  state!: TestWindowState;

  @Field(() => Int)
  attemptsUsed!: number;

  @Field(() => Int)
  attemptsAllowed!: number;

  @Field({ description: 'Open, attempts left and the enrolment approved.' })
  canAttempt!: boolean;
}
