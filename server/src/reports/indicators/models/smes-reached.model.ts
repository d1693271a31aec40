import { Field, Int, ObjectType } from '@nestjs/graphql';
import { ReportCell } from '../../models/report-cell.model';
import { ReportValue } from '../../models/report-value.model';

@ObjectType({ description: 'SMEs whose first support fell in one month.' })
export class SmesMonth {
  @Field({ description: 'YYYY-MM' })
  month!: string;

  @Field(() => Int, { description: 'SMEs first supported in this month.' })
  smes!: number;

  @Field(() => Int, { description: 'SMEs first supported in this month or before.' })
  cumulative!: number;
}

@ObjectType({
  description: 'Distinct SMEs the selected participants supported; merged duplicates count once, each SME as of its first support.',
})
export class SmesReachedReport {
  @Field(() => ReportValue, { description: 'SMEs reached; people are the leaders behind them.' })
  total!: ReportValue;

  @Field(() => [SmesMonth], { description: 'Month by month, in order; empty when the total is suppressed.' })
  byMonth!: SmesMonth[];

  @Field(() => [ReportCell], { description: 'By the SME’s province (NONE when not recorded).' })
  byProvince!: ReportCell[];

  @Field(() => [ReportCell], { description: 'By the SME’s sector (SmeSector).' })
  bySector!: ReportCell[];

  @Field(() => [ReportCell], { description: 'By the kind of the first support (SupportKind).' })
  byKind!: ReportCell[];

  @Field(() => [ReportCell], { description: 'By the owner’s sex (Gender; NONE when not recorded).' })
  byOwnerSex!: ReportCell[];
}
