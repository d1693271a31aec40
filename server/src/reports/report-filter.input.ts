import { Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, Max, Min } from 'class-validator';
import { Gender, OrganisationType, TargetGroup } from '../common/enums';

/** The ways every M&E figure can be split, each a property of the participant or of their cohort. */
export enum ReportSplit {
  COUNTRY = 'COUNTRY',
  SEX = 'SEX',
  TARGET_GROUP = 'TARGET_GROUP',
  ORGANISATION_TYPE = 'ORGANISATION_TYPE',
  COMPONENT = 'COMPONENT',
  COHORT = 'COHORT',
  YEAR = 'YEAR',
}
registerEnumType(ReportSplit, { name: 'ReportSplit', description: 'A way to split an M&E figure.' });

/** Narrows every M&E figure to some participants; all fields combine with AND. */
@InputType()
export class ReportFilter {
  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 country of the participant.' })
  @IsOptional()
  @IsString()
  @Length(2, 2)
  countryCode?: string;

  @Field(() => Gender, { nullable: true, description: "The participant's sex." })
  @IsOptional()
  @IsEnum(Gender)
  gender?: Gender;

  @Field(() => TargetGroup, { nullable: true })
  @IsOptional()
  @IsEnum(TargetGroup)
  targetGroup?: TargetGroup;

  @Field(() => OrganisationType, { nullable: true, description: "The type of the participant's organisation." })
  @IsOptional()
  @IsEnum(OrganisationType)
  organisationType?: OrganisationType;

  @Field(() => String, { nullable: true, description: 'Programme component code (A, B, C).' })
  @IsOptional()
  @IsString()
  @Length(1, 8)
  componentCode?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  cohortId?: string;

  @Field(() => Int, { nullable: true, description: 'The year the cohort started.' })
  @IsOptional()
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;
}
