import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { AssessmentKind } from '../../common/enums';

@ObjectType('Choice')
export class ChoiceModel {
  @Field(() => ID)
  id!: string;
}

@ObjectType('Question', { description: 'A question from a module bank. Never says which choices are correct.' })
export class QuestionModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'True when more than one choice may be right.' })
  multipleAnswers!: boolean;
}

@ObjectType('RubricCriterion')
export class RubricCriterionModel {
  @Field()
  criterion!: string;

  @Field(() => Float)
  points!: number;
}

@ObjectType('Assessment')
export class AssessmentModel {
  @Field(() => ID)
  id!: string;

  @Field(() => AssessmentKind)
  kind!: AssessmentKind;

  @Field(() => Float)
  maxScore!: number;

  @Field(() => Float)
  passScore!: number;

  @Field(() => Int, { description: 'How many attempts a trainee has.' })
  maxAttempts!: number;
}
