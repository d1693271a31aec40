import { Args, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { PageArgs, pageWindow } from '../../common/pagination';
import { Roles } from '../../auth/access.decorator';
import { CurrentViewer } from '../../auth/current-viewer.decorator';
import type { Viewer } from '../../auth/request-context';
import { ReportFilterArgs } from '../indicators/dto/indicator-records.args';
import { AttendanceHeatmapService } from './attendance-heatmap.service';
import { AttendanceHeatmapArgs, SplitArgs } from './dto/learning-results.args';
import { LearningReaders } from './learning-reader';
import { LEARNING_READERS } from './learning-results.resolver';
import { AttendanceHeatmapModel } from './models/attendance-heatmap.model';
import { BelowThresholdModel, ParticipationCellModel, ParticipationResultsModel } from './models/participation-results.model';
import { ParticipationService } from './participation.service';

@Resolver(() => ParticipationResultsModel)
export class ParticipationResolver {
  constructor(
    private readonly readers: LearningReaders,
    private readonly participationService: ParticipationService,
    private readonly heatmaps: AttendanceHeatmapService,
  ) {}

  @Roles(...LEARNING_READERS)
  @Query(() => ParticipationResultsModel, {
    description:
      'Attendance and completion for the participants the filter selects. Trainers must name a cohort they teach; viewers get small cells suppressed.',
  })
  async participation(@Args() { filter }: ReportFilterArgs, @CurrentViewer() viewer: Viewer): Promise<ParticipationResultsModel> {
    const reader = await this.readers.of(viewer, filter?.cohortId);
    return Object.assign(new ParticipationResultsModel(), { filter: filter ?? {}, reader });
  }

  @Roles(...LEARNING_READERS)
  @Query(() => AttendanceHeatmapModel, {
    description:
      'A cohort’s attendance session by session. Without by: one row per participant, named (staff and the cohort’s trainers); viewers get rows by COUNTRY.',
  })
  async attendanceHeatmap(
    @Args() { cohortId, by }: AttendanceHeatmapArgs,
    @CurrentViewer() viewer: Viewer,
  ): Promise<AttendanceHeatmapModel> {
    return this.heatmaps.heatmap(cohortId, by, await this.readers.of(viewer, cohortId));
  }

  @ResolveField(() => ParticipationCellModel, { description: 'Every participant the filter selects.' })
  overall(@Parent() results: ParticipationResultsModel): Promise<ParticipationCellModel> {
    return this.participationService.overall(results.filter, results.reader);
  }

  @ResolveField(() => [ParticipationCellModel], { description: 'The same figures split into groups.' })
  by(@Parent() results: ParticipationResultsModel, @Args() { split }: SplitArgs): Promise<ParticipationCellModel[]> {
    return this.participationService.by(results.filter, results.reader, split);
  }

  @ResolveField(() => [BelowThresholdModel], {
    description:
      'Participants below their course’s minimum attendance rate, lowest first, a page at a time (first, after). Names people: FORBIDDEN for viewers (an empty list would read as “nobody”).',
  })
  belowThreshold(@Parent() results: ParticipationResultsModel, @Args() page: PageArgs): Promise<BelowThresholdModel[]> {
    return this.participationService.belowThreshold(results.filter, results.reader, pageWindow(page));
  }

  @ResolveField(() => Int, {
    description:
      'How many participants are below their course’s minimum (belowThreshold lists them a page at a time). FORBIDDEN for viewers.',
  })
  belowThresholdCount(@Parent() results: ParticipationResultsModel): Promise<number> {
    return this.participationService.belowThresholdCount(results.filter, results.reader);
  }
}
