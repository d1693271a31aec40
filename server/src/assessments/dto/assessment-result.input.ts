import { Field, Float, ID, InputType, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsNumber, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { AssessmentResultModel } from '../models/assessment-result.model';

@InputType()
export class QuizAnswerInput {
  @Field(() => ID)
  @IsUUID()
  questionId!: string;

  @Field(() => [ID])
  @IsUUID('all', { each: true })
  @ArrayMaxSize(20)
  choiceIds!: string[];
}

@InputType()
export class SubmitQuizInput {
  @Field(() => ID)
  @IsUUID()
  assessmentId!: string;

  @Field(() => [QuizAnswerInput])
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => QuizAnswerInput)
  answers!: QuizAnswerInput[];

  @Field(() => ID, { nullable: true, description: 'Which of your enrolments; needed only if you are in two cohorts of the same course.' })
  @IsOptional()
  @IsUUID()
  enrolmentId?: string | null;
}

@ObjectType()
export class SubmitQuizPayload {
  @Field(() => AssessmentResultModel)
  result!: AssessmentResultModel;
}

@InputType()
export class AssessmentScoreInput {
  @Field(() => ID)
  @IsUUID()
  enrolmentId!: string;

  @Field(() => Float)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  score!: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  feedback?: string | null;
}

@InputType()
export class RecordAssessmentResultsInput {
  @Field(() => ID)
  @IsUUID()
  assessmentId!: string;

  @Field(() => [AssessmentScoreInput])
  @IsArray()
  @ArrayMaxSize(1000)
  @ValidateNested({ each: true })
  @Type(() => AssessmentScoreInput)
  results!: AssessmentScoreInput[];
}

@ObjectType()
export class RecordAssessmentResultsPayload {
  @Field(() => [AssessmentResultModel])
  results!: AssessmentResultModel[];
}
