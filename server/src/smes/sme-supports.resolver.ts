import { Args, Context, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { ProgressReport } from '../action-plans/action-plan.entity';
import { ProgressReportModel } from '../action-plans/models/action-plan.model';
import { Roles } from '../auth/access.decorator';
import { CurrentViewer } from '../auth/current-viewer.decorator';
import type { GqlContext, Viewer } from '../auth/request-context';
import type { Enrolment } from '../enrolments/enrolment.entity';
import { EnrolmentsService } from '../enrolments/enrolments.service';
import { EnrolmentModel } from '../enrolments/models/enrolment.model';
import { PersonModel } from '../people/models/person.model';
import type { Person } from '../people/person.entity';
import { RecordSmeSupportInput, RecordSmeSupportPayload, RemoveSmeSupportInput, RemoveSmeSupportPayload } from './dto/sme.input';
import { SmeModel, SmeSupportModel } from './models/sme.model';
import type { Sme, SmeSupport } from './sme.entity';
import { SmeSupportService, type RecordedSupport } from './sme-support.service';
import { SmesService } from './smes.service';
import { LEDGER_WRITERS } from './smes.resolver';

@Resolver(() => SmeSupportModel)
export class SmeSupportsResolver {
  constructor(
    private readonly supports: SmeSupportService,
    private readonly smes: SmesService,
    private readonly enrolments: EnrolmentsService,
  ) {}

  @Roles(...LEDGER_WRITERS)
  @Mutation(() => RecordSmeSupportPayload, {
    description: 'Record support to an SME (one in the ledger, or a new one) with your progress report. A date in the future or before the cohort started is BAD_USER_INPUT; the same SME, kind and date twice on one report is a CONFLICT.',
  })
  recordSmeSupport(@CurrentViewer() viewer: Viewer, @Args('input') input: RecordSmeSupportInput): Promise<RecordedSupport> {
    return this.supports.record(viewer, input);
  }

  @Roles(...LEDGER_WRITERS)
  @Mutation(() => RemoveSmeSupportPayload, { description: 'Remove a support record from your progress report.' })
  removeSmeSupport(@CurrentViewer() viewer: Viewer, @Args('input') input: RemoveSmeSupportInput): Promise<{ removedId: string; progressReport: ProgressReport | null }> {
    return this.supports.remove(viewer, input);
  }

  @ResolveField(() => SmeModel)
  async sme(@Parent() support: SmeSupport, @Context() ctx: GqlContext): Promise<Sme> {
    const found = await ctx.loaders.get('sme.byId', (ids) => this.smes.byIds(ids), null as Sme | null).load(support.sme.id);
    return found ?? support.sme.loadOrFail();
  }

  @ResolveField(() => PersonModel, { description: 'The leader who gave the support.' })
  async leader(@Parent() support: SmeSupport, @Context() ctx: GqlContext): Promise<Person> {
    const found = await ctx.loaders.get('enrolment.leader', (ids) => this.supports.leadersOf(ids), null as Person | null).load(support.enrolment.id);
    return found ?? (await support.enrolment.loadOrFail()).person.loadOrFail();
  }

  @ResolveField(() => EnrolmentModel, { description: 'The leader’s enrolment the support is counted under.' })
  async enrolment(@Parent() support: SmeSupport, @Context() ctx: GqlContext): Promise<Enrolment> {
    const found = await ctx.loaders.get('enrolment.byId', (ids) => this.enrolments.byIds(ids), null as Enrolment | null).load(support.enrolment.id);
    return found ?? support.enrolment.loadOrFail();
  }

  @ResolveField(() => ProgressReportModel, { nullable: true, description: 'The progress report it was recorded with.' })
  progressReport(@Parent() support: SmeSupport, @Context() ctx: GqlContext): Promise<ProgressReport | null> | null {
    return support.progressReport ? ctx.loaders.get('progressReport.byId', (ids) => this.supports.reportsByIds(ids), null as ProgressReport | null).load(support.progressReport.id) : null;
  }
}

/** The SMEs a progress report tells of. */
@Resolver(() => ProgressReportModel)
export class ProgressReportSmesResolver {
  constructor(private readonly supports: SmeSupportService) {}

  @ResolveField(() => [SmeSupportModel], { description: 'The SME support recorded with this report, oldest first.' })
  smeSupports(@Parent() report: ProgressReport, @Context() ctx: GqlContext): Promise<SmeSupport[]> {
    return ctx.loaders.get('report.smeSupports', (ids) => this.supports.ofReports(ids), [] as SmeSupport[]).load(report.id);
  }

  @ResolveField(() => Int, { description: 'SMEs reached: the distinct SMEs among its support records when it has any, else the number the leader reported.' })
  async smesReached(@Parent() report: ProgressReport, @Context() ctx: GqlContext): Promise<number> {
    const recorded = await ctx.loaders.get('report.smeCount', (ids) => this.supports.smesPerReport(ids), 0).load(report.id);
    return recorded || report.smesReached;
  }
}
