import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsEmail, IsEnum, IsISO31661Alpha2, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { Gender, TargetGroup } from '../../common/enums';
import { PersonModel } from '../models/person.model';
import type { Person } from '../person.entity';

const PHONE = /^\+?[0-9 ()\-.]{6,24}$/;

@InputType()
export class CreatePersonInput {
  @Field()
  @IsString()
  @MinLength(2, { message: 'Enter the full name in Latin script.', context: { reason: 'FULL_NAME_REQUIRED' } })
  @MaxLength(200)
  fullName!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  nativeName?: string | null;

  @Field(() => Gender)
  @IsEnum(Gender)
  gender!: Gender;

  @Field({ description: 'ISO 3166-1 alpha-2.' })
  @IsISO31661Alpha2({ message: 'Use a two-letter country code such as KH, MM, TH or VN.', context: { reason: 'COUNTRY_CODE_INVALID' } })
  countryCode!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  province?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  organisationId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  position?: string | null;

  @Field(() => TargetGroup)
  @IsEnum(TargetGroup)
  targetGroup!: TargetGroup;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail({}, { message: 'Enter a valid email address.', context: { reason: 'EMAIL_INVALID' } })
  @MaxLength(254)
  email?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(PHONE, { message: 'Enter a phone number of digits, spaces and an optional leading +.', context: { reason: 'PHONE_INVALID' } })
  phone?: string | null;
}

@InputType()
export class UpdatePersonInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(2, { message: 'Enter the full name in Latin script.', context: { reason: 'FULL_NAME_REQUIRED' } })
  @MaxLength(200)
  fullName?: string;

  @Field(() => String, { nullable: true, description: 'Send null to clear.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  nativeName?: string | null;

  @Field(() => Gender, { nullable: true })
  @IsOptional()
  @IsEnum(Gender)
  gender?: Gender;

  @Field({ nullable: true })
  @IsOptional()
  @IsISO31661Alpha2({ message: 'Use a two-letter country code such as KH, MM, TH or VN.', context: { reason: 'COUNTRY_CODE_INVALID' } })
  countryCode?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  province?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  organisationId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  position?: string | null;

  @Field(() => TargetGroup, { nullable: true })
  @IsOptional()
  @IsEnum(TargetGroup)
  targetGroup?: TargetGroup;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail({}, { message: 'Enter a valid email address.', context: { reason: 'EMAIL_INVALID' } })
  @MaxLength(254)
  email?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(PHONE, { message: 'Enter a phone number of digits, spaces and an optional leading +.', context: { reason: 'PHONE_INVALID' } })
  phone?: string | null;
}

@ObjectType()
export class CreatePersonPayload {
  @Field(() => PersonModel)
  person!: Person;
}

@ObjectType()
export class UpdatePersonPayload {
  @Field(() => PersonModel)
  person!: Person;
}
