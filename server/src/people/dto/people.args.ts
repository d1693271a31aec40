import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsISO31661Alpha2, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { Gender, OrganisationType, TargetGroup } from '../../common/enums';
import { PageArgs } from '../../common/pagination';

@InputType()
export class PeopleFilter {
  @Field({ nullable: true, description: 'Matches Latin or native name and email, ignoring case and accents.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsISO31661Alpha2()
  countryCode?: string;

  @Field(() => Gender, { nullable: true })
  @IsOptional()
  @IsEnum(Gender)
  gender?: Gender;

  @Field(() => OrganisationType, { nullable: true })
  @IsOptional()
  @IsEnum(OrganisationType)
  organisationType?: OrganisationType;

  @Field(() => TargetGroup, { nullable: true })
  @IsOptional()
  @IsEnum(TargetGroup)
  targetGroup?: TargetGroup;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  organisationId?: string;
}

@ArgsType()
export class PeopleArgs extends PageArgs {
  @Field(() => PeopleFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => PeopleFilter)
  filter?: PeopleFilter;
}
