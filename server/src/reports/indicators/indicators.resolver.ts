import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { PROGRAMME_STAFF, REPORT_READERS, Roles } from '../../auth/access.decorator';
import { CurrentViewer, RequestLocale } from '../../auth/current-viewer.decorator';
import type { Viewer } from '../../auth/request-context';
import { pickLocale, type Locale } from '../../common/locale';
import type { Page } from '../../common/pagination';
import { ReportCell } from '../models/report-cell.model';
import { ReportSplit } from '../report-filter.input';
import { audienceOf } from '../small-cells';
import { IndicatorArgs, IndicatorRecordsArgs, ReportFilterArgs } from './dto/indicator-records.args';
import type { IndicatorRecord } from './indicator-records';
import { IndicatorsService } from './indicators.service';
import { IndicatorRecordConnection } from './models/indicator-record.model';
import { IndicatorModel } from './models/indicator.model';

@Resolver(() => IndicatorModel)
export class IndicatorsResolver {
  constructor(private readonly service: IndicatorsService) {}

  @Roles(...REPORT_READERS)
  @Query(() => [IndicatorModel], {
    description:
      'The logframe’s indicators against their targets, for the participants the filter selects. Viewers get small cells suppressed.',
  })
  indicators(@Args() { filter }: ReportFilterArgs, @CurrentViewer() viewer: Viewer): Promise<IndicatorModel[]> {
    return this.service.table(filter ?? {}, audienceOf(viewer.user));
  }

  @Roles(...REPORT_READERS)
  @Query(() => IndicatorModel, { description: 'One indicator by code; NOT_FOUND for an unknown code.' })
  indicator(@Args() { code, filter }: IndicatorArgs, @CurrentViewer() viewer: Viewer): Promise<IndicatorModel> {
    return this.service.one(code, filter ?? {}, audienceOf(viewer.user));
  }

  @Roles(...PROGRAMME_STAFF)
  @Query(() => IndicatorRecordConnection, {
    description: 'The records an indicator counts (or one cell of a split: split and key), with names; staff only.',
  })
  indicatorRecords(@Args() args: IndicatorRecordsArgs): Promise<Page<IndicatorRecord>> {
    return this.service.records(args);
  }

  @ResolveField(() => String, { description: 'In the request’s language.' })
  name(@Parent() indicator: IndicatorModel, @RequestLocale() locale: Locale): string {
    return pickLocale(indicator.names, locale);
  }

  @ResolveField(() => String, { nullable: true, description: 'In the request’s language (English where not translated).' })
  description(@Parent() indicator: IndicatorModel, @RequestLocale() locale: Locale): string | null {
    return indicator.descriptions ? pickLocale(indicator.descriptions, locale) : null;
  }

  @ResolveField(() => [ReportCell], {
    description: 'The actual figure split into groups, with the same filter; counts add up to the actual.',
  })
  breakdown(@Parent() indicator: IndicatorModel, @Args('by', { type: () => ReportSplit }) by: ReportSplit): Promise<ReportCell[]> {
    return this.service.breakdown(indicator, by);
  }
}
