import { Args, Query, Resolver } from '@nestjs/graphql';
import { REPORT_READERS, Roles } from '../../auth/access.decorator';
import { CurrentViewer } from '../../auth/current-viewer.decorator';
import type { Viewer } from '../../auth/request-context';
import { ReportDatabase } from '../report-database';
import { audienceOf } from '../small-cells';
import { ReportFilterArgs } from './dto/indicator-records.args';
import { smesReached } from './indicator-figures';
import { SmesReachedReport } from './models/smes-reached.model';
import type { SmesReached } from './smes-reached';

@Resolver(() => SmesReachedReport)
export class SmesReachedResolver {
  constructor(private readonly database: ReportDatabase) {}

  @Roles(...REPORT_READERS)
  @Query(() => SmesReachedReport, {
    description: 'SMEs reached by the leaders the filter selects; merged duplicates never count. Viewers get small cells suppressed.',
  })
  smesReached(@Args() { filter }: ReportFilterArgs, @CurrentViewer() viewer: Viewer): Promise<SmesReached> {
    return smesReached(this.database.knex, this.database.dialect, filter ?? {}, audienceOf(viewer.user));
  }
}
