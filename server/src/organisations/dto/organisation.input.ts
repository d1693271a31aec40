import { ArgsType, Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsISO31661Alpha2, IsOptional, IsString, IsUUID, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { OrganisationType } from '../../common/enums';
import { PageArgs } from '../../common/pagination';
import { OrganisationModel } from '../models/organisation.model';
import type { Organisation } from '../organisation.entity';

@InputType()
export class OrganisationsFilter {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsISO31661Alpha2()
  countryCode?: string;

  @Field(() => OrganisationType, { nullable: true })
  @IsOptional()
  @IsEnum(OrganisationType)
  type?: OrganisationType;
}

@ArgsType()
export class OrganisationsArgs extends PageArgs {
  @Field(() => OrganisationsFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => OrganisationsFilter)
  filter?: OrganisationsFilter;
}

@InputType()
export class CreateOrganisationInput {
  @Field()
  @IsString()
  @MinLength(2, { message: 'Enter the organisation name.', context: { reason: 'ORGANISATION_NAME_REQUIRED' } })
  @MaxLength(200)
  name!: string;

  @Field(() => OrganisationType)
  @IsEnum(OrganisationType)
  type!: OrganisationType;

  @Field()
  @IsISO31661Alpha2({ message: 'Use a two-letter country code such as KH, MM, TH or VN.', context: { reason: 'COUNTRY_CODE_INVALID' } })
  countryCode!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  province?: string | null;
}

@InputType()
export class UpdateOrganisationInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(2, { message: 'Enter the organisation name.', context: { reason: 'ORGANISATION_NAME_REQUIRED' } })
  @MaxLength(200)
  name?: string;

  @Field(() => OrganisationType, { nullable: true })
  @IsOptional()
  @IsEnum(OrganisationType)
  type?: OrganisationType;

  @Field({ nullable: true })
  @IsOptional()
  @IsISO31661Alpha2({ message: 'Use a two-letter country code such as KH, MM, TH or VN.', context: { reason: 'COUNTRY_CODE_INVALID' } })
  countryCode?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  province?: string | null;
}

@ObjectType()
export class CreateOrganisationPayload {
  @Field(() => OrganisationModel)
  organisation!: Organisation;
}

@ObjectType()
export class UpdateOrganisationPayload {
  @Field(() => OrganisationModel)
  organisation!: Organisation;
}
