import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { REPORT_READERS, Roles } from '../../auth/access.decorator';
import { CurrentViewer, RequestLocale } from '../../auth/current-viewer.decorator';
import type { Viewer } from '../../auth/request-context';
import { Role } from '../../common/enums';
import type { Locale } from '../../common/locale';
import { ReportFilterArgs } from '../indicators/dto/indicator-records.args';
import { SplitArgs } from './dto/learning-results.args';
import { LearningReaders } from './learning-reader';
import { LearningResultsService } from './learning-results.service';
import { GainCellModel, KnowledgeGainModel, LearningResultsModel, ModuleLearningResultModel } from './models/learning-results.model';

/** Admins, coordinators and viewers; trainers for a cohort they teach (checked by LearningReaders). */
export const LEARNING_READERS = [...REPORT_READERS, Role.TRAINER];

@Resolver(() => LearningResultsModel)
export class LearningResultsResolver {
  constructor(
    private readonly readers: LearningReaders,
    private readonly results: LearningResultsService,
  ) {}

  @Roles(...LEARNING_READERS)
  @Query(() => LearningResultsModel, {
    description:
      'Knowledge gain from pre- to post-tests for the participants the filter selects. Trainers must name a cohort they teach; viewers get small cells suppressed.',
  })
  async learningResults(@Args() { filter }: ReportFilterArgs, @CurrentViewer() viewer: Viewer): Promise<LearningResultsModel> {
    const reader = await this.readers.of(viewer, filter?.cohortId);
    return Object.assign(new LearningResultsModel(), { filter: filter ?? {}, reader });
  }

  @ResolveField(() => KnowledgeGainModel, { description: 'Every participant-module pair the filter selects.' })
  overall(@Parent() results: LearningResultsModel): Promise<KnowledgeGainModel> {
    return this.results.overall(results.filter, results.reader);
  }

  @ResolveField(() => [ModuleLearningResultModel], {
    description: 'Modules with any pre- or post-test taken, in course and module order, with item analysis.',
  })
  byModule(@Parent() results: LearningResultsModel, @RequestLocale() locale: Locale): Promise<ModuleLearningResultModel[]> {
    return this.results.byModule(results.filter, results.reader, locale);
  }

  @ResolveField(() => [GainCellModel], {
    description: 'The overall gain split into groups with any test taken; paired counts add up to overall.',
  })
  by(@Parent() results: LearningResultsModel, @Args() { split }: SplitArgs): Promise<GainCellModel[]> {
    return this.results.by(results.filter, results.reader, split);
  }
}
