import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEnum, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { GraphQLDate } from '../../common/scalars';
import { ActionPlanModel, ProgressReportModel } from '../models/action-plan.model';

@InputType()
export class PlannedActivityInput {
  @Field()
  @IsString()
  @MinLength(2, { message: 'Describe each activity.' })
  @MaxLength(500)
  title!: string;

  @Field(() => GraphQLDate, { nullable: true })
  @IsOptional()
  startsOn?: string | null;

  @Field(() => GraphQLDate, { nullable: true })
  @IsOptional()
  endsOn?: string | null;
}

@InputType()
export class PlannedSmeInput {
  @Field({ description: 'An SME or SME group the trainee intends to work with.' })
  @IsString()
  @MinLength(2, { message: 'Name each SME or group.' })
  @MaxLength(200)
  name!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  province?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  note?: string | null;
}

@InputType()
export class SaveActionPlanInput {
  @Field(() => ID, { nullable: true, description: 'Omit to start a new plan.' })
  @IsOptional()
  @IsUUID()
  id?: string | null;

  @Field(() => ID)
  @IsUUID()
  enrolmentId!: string;

  @Field(() => ID, { nullable: true, description: 'The module the plan follows.' })
  @IsOptional()
  @IsUUID()
  moduleId?: string | null;

  @Field()
  @IsString()
  @MaxLength(4000)
  objectives!: string;

  @Field(() => [PlannedActivityInput])
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => PlannedActivityInput)
  activities!: PlannedActivityInput[];

  @Field(() => [PlannedSmeInput])
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => PlannedSmeInput)
  smes!: PlannedSmeInput[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  supportNeeded?: string | null;
}

export enum ActionPlanReview {
  ACCEPT = 'ACCEPT',
  RETURN = 'RETURN',
}
registerEnumType(ActionPlanReview, { name: 'ActionPlanReview' });

@InputType()
export class ReviewActionPlanInput {
  @Field(() => ID)
  @IsUUID()
  actionPlanId!: string;

  @Field(() => ActionPlanReview)
  @IsEnum(ActionPlanReview)
  decision!: ActionPlanReview;

  @Field(() => String, { nullable: true, description: 'Required when returning the plan.' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  comment?: string | null;
}

@InputType()
export class AddProgressReportInput {
  @Field(() => ID)
  @IsUUID()
  actionPlanId!: string;

  @Field(() => GraphQLDate)
  @IsString()
  reportedOn!: string;

  @Field({ description: 'What was done.' })
  @IsString()
  @MinLength(2, { message: 'Say what was done.' })
  @MaxLength(4000)
  done!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  results?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  challenges?: string | null;

  @Field(() => Int, { nullable: true, description: 'How many SMEs were reached.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10000)
  smesReached?: number | null;
}

@ObjectType()
export class ActionPlanPayload {
  @Field(() => ActionPlanModel)
  actionPlan!: ActionPlanModel;
}

@ObjectType()
export class ProgressReportPayload {
  @Field(() => ProgressReportModel)
  progressReport!: ProgressReportModel;
}
