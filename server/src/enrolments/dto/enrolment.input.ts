import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsEnum, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { EnrolmentDecision, EnrolmentStatus } from '../../common/enums';
import { PersonModel } from '../../people/models/person.model';
import { EnrolmentModel } from '../models/enrolment.model';

export const MAX_ROSTER_PAGE = 500;

@ArgsType()
export class EnrolmentsArgs {
  @Field(() => Int, { nullable: true, description: `Page size, 1..${MAX_ROSTER_PAGE}; default 100.` })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_ROSTER_PAGE)
  first?: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  after?: string;

  @Field(() => [EnrolmentStatus], { nullable: true, description: 'Only these statuses.' })
  @IsOptional()
  @IsEnum(EnrolmentStatus, { each: true })
  status?: EnrolmentStatus[] | null;
}

@InputType()
export class ApplyForCohortInput {
  @Field(() => ID)
  @IsUUID()
  cohortId!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000, { message: 'Keep the motivation under 2,000 characters.' })
  motivation?: string | null;
}

@ObjectType()
export class ApplyForCohortPayload {
  @Field(() => EnrolmentModel)
  enrolment!: EnrolmentModel;
}

@InputType()
export class DecideEnrolmentInput {
  @Field(() => ID)
  @IsUUID()
  enrolmentId!: string;

  @Field(() => EnrolmentDecision)
  @IsEnum(EnrolmentDecision)
  decision!: EnrolmentDecision;

  @Field(() => String, { nullable: true, description: 'Required when rejecting; the applicant sees it.' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  reason?: string | null;
}

@ObjectType()
export class DecideEnrolmentPayload {
  @Field(() => EnrolmentModel)
  enrolment!: EnrolmentModel;
}

@InputType()
export class WithdrawEnrolmentInput {
  @Field(() => ID)
  @IsUUID()
  enrolmentId!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  reason?: string | null;
}

@ObjectType()
export class WithdrawEnrolmentPayload {
  @Field(() => EnrolmentModel)
  enrolment!: EnrolmentModel;
}

@InputType()
export class EnrolPeopleInput {
  @Field(() => ID)
  @IsUUID()
  cohortId!: string;

  @Field(() => [ID], { description: 'People to enrol as APPROVED, for example the people a nominee import created.' })
  @IsUUID('all', { each: true })
  @ArrayMinSize(1, { message: 'Choose at least one person.' })
  @ArrayMaxSize(1000)
  personIds!: string[];
}

@ObjectType()
export class EnrolPeoplePayload {
  @Field(() => [EnrolmentModel], { description: 'The new (or re-activated) enrolments.' })
  enrolled!: EnrolmentModel[];

  @Field(() => [PersonModel], { description: 'People who were already approved in the cohort; left as they were.' })
  alreadyEnrolled!: PersonModel[];
}
