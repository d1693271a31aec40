import { ArgsType, Field } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, IsString, Length, MaxLength, ValidateNested } from 'class-validator';
import { PageArgs } from '../../../common/pagination';
import { ReportFilter, ReportSplit } from '../../report-filter.input';

@ArgsType()
export class IndicatorRecordsArgs extends PageArgs {
  @Field({ description: 'The indicator’s code.' })
  @IsString()
  @Length(1, 64)
  code!: string;

  @Field(() => ReportFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ReportFilter)
  filter?: ReportFilter;

  @Field(() => ReportSplit, { nullable: true, description: 'With key: only the records of one cell of this split.' })
  @IsOptional()
  @IsEnum(ReportSplit)
  split?: ReportSplit;

  @Field(() => String, { nullable: true, description: 'The cell’s key, as ReportCell.key.' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  key?: string;
}

@ArgsType()
export class IndicatorArgs {
  @Field({ description: 'The indicator’s code.' })
  @IsString()
  @Length(1, 64)
  code!: string;

  @Field(() => ReportFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ReportFilter)
  filter?: ReportFilter;
}

@ArgsType()
export class ReportFilterArgs {
  @Field(() => ReportFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ReportFilter)
  filter?: ReportFilter;
}
