import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsDate, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { LOCALES } from '../../common/locale';
import { GraphQLDate } from '../../common/scalars';
import { TrainingSessionModel } from '../../training-sessions/models/training-session.model';
import { CohortModel } from '../models/cohort.model';

@InputType()
export class CreateCohortInput {
  @Field(() => ID)
  @IsUUID()
  courseId!: string;

  @Field()
  @IsString()
  @MinLength(3, { message: 'Give the cohort a title of at least 3 characters.' })
  @MaxLength(200)
  title!: string;

  @Field(() => GraphQLDate)
  @IsString()
  startsOn!: string;

  @Field(() => GraphQLDate)
  @IsString()
  endsOn!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  venue?: string | null;

  @Field({ description: 'en, km, my, th or vi.' })
  @IsIn(LOCALES, { message: 'The language must be one of en, km, my, th, vi.' })
  language!: string;

  @Field(() => Int)
  @IsInt()
  @Min(1, { message: 'Capacity must be at least 1.' })
  @Max(1000)
  capacity!: number;

  @Field(() => [ID], { nullable: true, description: 'Users with the TRAINER role.' })
  @IsOptional()
  @IsUUID('all', { each: true })
  @ArrayMaxSize(20)
  trainerIds?: string[] | null;

  @Field(() => GraphQLDate, { nullable: true })
  @IsOptional()
  enrolmentOpensOn?: string | null;

  @Field(() => GraphQLDate, { nullable: true })
  @IsOptional()
  enrolmentClosesOn?: string | null;

  @Field(() => Int, { nullable: true, description: 'Default 15.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(240)
  checkInGraceMinutes?: number | null;
}

@InputType()
export class UpdateCohortInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(3, { message: 'Give the cohort a title of at least 3 characters.' })
  @MaxLength(200)
  title?: string | null;

  @Field(() => GraphQLDate, { nullable: true })
  @IsOptional()
  startsOn?: string | null;

  @Field(() => GraphQLDate, { nullable: true })
  @IsOptional()
  endsOn?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  venue?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIn(LOCALES, { message: 'The language must be one of en, km, my, th, vi.' })
  language?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'Capacity must be at least 1.' })
  @Max(1000)
  capacity?: number | null;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsUUID('all', { each: true })
  @ArrayMaxSize(20)
  trainerIds?: string[] | null;

  @Field(() => GraphQLDate, { nullable: true })
  @IsOptional()
  enrolmentOpensOn?: string | null;

  @Field(() => GraphQLDate, { nullable: true })
  @IsOptional()
  enrolmentClosesOn?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(240)
  checkInGraceMinutes?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Cancel (true) or reinstate (false) the cohort.' })
  @IsOptional()
  @IsBoolean()
  cancelled?: boolean | null;
}

@ObjectType()
export class CohortPayload {
  @Field(() => CohortModel)
  cohort!: CohortModel;
}

@InputType()
export class SessionSlotInput {
  @Field(() => ID)
  @IsUUID()
  moduleId!: string;

  @Field()
  @Type(() => Date)
  @IsDate()
  startsAt!: Date;

  @Field()
  @Type(() => Date)
  @IsDate()
  endsAt!: Date;

  @Field(() => String, { nullable: true, description: 'Defaults to the cohort’s venue.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  venue?: string | null;
}

@InputType()
export class ScheduleSessionsInput {
  @Field(() => ID)
  @IsUUID()
  cohortId!: string;

  @Field(() => [SessionSlotInput], { description: 'One or several sessions at once (for example one a day for a week).' })
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => SessionSlotInput)
  sessions!: SessionSlotInput[];
}

@ObjectType()
export class ScheduleSessionsPayload {
  @Field(() => [TrainingSessionModel])
  sessions!: TrainingSessionModel[];
}

@InputType()
export class UpdateSessionInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  moduleId?: string | null;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  startsAt?: Date | null;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  endsAt?: Date | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  venue?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Cancel (true) or reinstate (false) the session.' })
  @IsOptional()
  @IsBoolean()
  cancelled?: boolean | null;
}

@ObjectType()
export class SessionPayload {
  @Field(() => TrainingSessionModel)
  session!: TrainingSessionModel;
}

@ArgsType()
export class CohortsArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  courseId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only cohorts whose end date has not passed.' })
  @IsOptional()
  @IsBoolean()
  current?: boolean | null;
}
