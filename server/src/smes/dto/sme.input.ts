import { ArgsType, Field, ID, InputType, Int, ObjectType, PartialType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsEnum, IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { CORRIDOR_COUNTRIES, Gender, SmeSector, SupportKind } from '../../common/enums';
import { PageArgs } from '../../common/pagination';
import { GraphQLDate } from '../../common/scalars';
import { SmeMatchModel, SmeModel, SmeSupportModel } from '../models/sme.model';
import { ProgressReportModel } from '../../action-plans/models/action-plan.model';

/** Digits (Latin, Thai, Khmer or Myanmar), spaces, brackets, dashes and dots, with an optional leading +. */
const PHONE = /^\+?[0-9\u0E50-\u0E59\u17E0-\u17E9\u1040-\u1049 ()\-.]{6,24}$/u;
const REGISTRATION_NUMBER = /^[\p{L}\p{N} ./-]{1,50}$/u;
const COUNTRY_MESSAGE = 'Use KH, MM, TH or VN: the ledger holds SMEs of the corridor.';

@InputType()
export class SmesFilter {
  @Field({ nullable: true, description: 'Matches the name ignoring case, accents and company suffixes, or the exact registration number.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsIn(CORRIDOR_COUNTRIES, { message: COUNTRY_MESSAGE })
  countryCode?: string;

  @Field({ nullable: true, description: 'Ignoring case, accents and words like Province or State.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  province?: string;

  @Field(() => SmeSector, { nullable: true })
  @IsOptional()
  @IsEnum(SmeSector)
  sector?: SmeSector;

  @Field({ nullable: true, description: 'Include SMEs merged into another (default false).' })
  @IsOptional()
  @IsBoolean()
  includeMerged?: boolean;
}

@ArgsType()
export class SmesArgs extends PageArgs {
  @Field(() => SmesFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => SmesFilter)
  filter?: SmesFilter;
}

@InputType()
export class SmeMatchInput {
  @Field()
  @IsString()
  @MinLength(2, { message: 'Enter at least two letters of the name.' })
  @MaxLength(200)
  name!: string;

  @Field()
  @IsIn(CORRIDOR_COUNTRIES, { message: COUNTRY_MESSAGE })
  countryCode!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  province?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(REGISTRATION_NUMBER, { message: 'A registration number has letters, digits, spaces, dots, slashes and dashes only.' })
  registrationNumber?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(PHONE, { message: 'Enter a phone number of digits, spaces and an optional leading +.' })
  phone?: string | null;
}

@InputType()
export class NewSmeInput {
  @Field({ description: 'The business name as its owner writes it, in any script.' })
  @IsString()
  @MinLength(2, { message: 'Enter the SME’s name.' })
  @MaxLength(200)
  name!: string;

  @Field()
  @IsIn(CORRIDOR_COUNTRIES, { message: COUNTRY_MESSAGE })
  countryCode!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  province?: string | null;

  @Field(() => SmeSector)
  @IsEnum(SmeSector)
  sector!: SmeSector;

  @Field(() => Gender, { nullable: true, description: "The owner's sex." })
  @IsOptional()
  @IsEnum(Gender)
  ownerGender?: Gender | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100000)
  womenEmployees?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100000)
  menEmployees?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(REGISTRATION_NUMBER, { message: 'A registration number has letters, digits, spaces, dots, slashes and dashes only.' })
  registrationNumber?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(PHONE, { message: 'Enter a phone number of digits, spaces and an optional leading +.' })
  phone?: string | null;
}

@InputType()
export class RecordSmeSupportInput {
  @Field(() => ID, { description: 'The progress report the support is recorded with.' })
  @IsUUID()
  progressReportId!: string;

  @Field(() => ID, { nullable: true, description: 'An SME already in the ledger; give this or `sme`, not both.' })
  @IsOptional()
  @IsUUID()
  smeId?: string | null;

  @Field(() => NewSmeInput, { nullable: true, description: 'A new SME; give this or `smeId`, not both.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => NewSmeInput)
  sme?: NewSmeInput | null;

  @Field(() => SupportKind)
  @IsEnum(SupportKind)
  kind!: SupportKind;

  @Field(() => GraphQLDate, { description: 'Not in the future, not before the leader’s cohort started.' })
  @IsString()
  supportedOn!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  result?: string | null;
}

@InputType()
export class RemoveSmeSupportInput {
  @Field(() => ID)
  @IsUUID()
  supportId!: string;
}

@InputType({ description: 'Only the fields sent change; send null to clear an optional one. The rules are those of NewSmeInput.' })
export class UpdateSmeInput extends PartialType(NewSmeInput) {
  @Field(() => ID)
  @IsUUID()
  smeId!: string;
}

@InputType()
export class MergeSmesInput {
  @Field(() => ID, { description: 'The SME that stays.' })
  @IsUUID()
  keepId!: string;

  @Field(() => [ID], { description: 'The SMEs merged into it.' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  mergeIds!: string[];
}

@InputType()
export class MarkSmesDistinctInput {
  @Field(() => ID)
  @IsUUID()
  firstId!: string;

  @Field(() => ID)
  @IsUUID()
  secondId!: string;
}

@ArgsType()
export class SmeDuplicatesArgs {
  @Field(() => Int, { nullable: true, description: 'How many candidates, strongest first; 1..500, default 50.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(500)
  first?: number;
}

@ObjectType()
export class RecordSmeSupportPayload {
  @Field(() => SmeSupportModel)
  support!: SmeSupportModel;

  @Field(() => [SmeMatchModel], { description: 'For a new SME: SMEs already in the ledger it may duplicate (a coordinator can merge them).' })
  possibleDuplicates!: SmeMatchModel[];
}

@ObjectType()
export class RemoveSmeSupportPayload {
  @Field(() => ID)
  removedId!: string;

  @Field(() => ProgressReportModel, { nullable: true, description: 'The report it was recorded with, as it is now.' })
  progressReport!: ProgressReportModel | null;
}

@ObjectType()
export class UpdateSmePayload {
  @Field(() => SmeModel)
  sme!: SmeModel;
}

@ObjectType()
export class MergeSmesPayload {
  @Field(() => SmeModel, { description: 'The SME that stayed, with every support record of the merged ones.' })
  sme!: SmeModel;
}

@ObjectType()
export class MarkSmesDistinctPayload {
  @Field(() => SmeModel)
  first!: SmeModel;

  @Field(() => SmeModel)
  second!: SmeModel;
}
