import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { ReportSplit } from '../../report-filter.input';

@ArgsType()
export class SplitArgs {
  @Field(() => ReportSplit, { description: 'The property of the participant or cohort to group by.' })
  @IsEnum(ReportSplit)
  split!: ReportSplit;
}

@ArgsType()
export class AttendanceHeatmapArgs {
  @Field(() => ID)
  @IsUUID()
  cohortId!: string;

  @Field(() => ReportSplit, {
    nullable: true,
    description: 'Group rows by this; omitted: one row per participant (staff and the cohort’s trainers; viewers get COUNTRY).',
  })
  @IsOptional()
  @IsEnum(ReportSplit)
  by?: ReportSplit;
}
