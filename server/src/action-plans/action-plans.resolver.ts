import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { SignedIn, Roles } from '../auth/access.decorator';
import { CurrentViewer } from '../auth/current-viewer.decorator';
import type { GqlContext, Viewer } from '../auth/request-context';
import { AuditService } from '../audit/audit.service';
import type { Cohort } from '../cohorts/cohort.entity';
import { CohortModel } from '../cohorts/models/cohort.model';
import { ActionPlanStatus, Role } from '../common/enums';
import type { CourseModule } from '../course-modules/course-module.entity';
import { CourseModuleModel } from '../course-modules/models/course-module.model';
import type { Enrolment } from '../enrolments/enrolment.entity';
import { EnrolmentsService } from '../enrolments/enrolments.service';
import { EnrolmentModel } from '../enrolments/models/enrolment.model';
import { UserModel } from '../users/models/user.model';
import type { User } from '../users/user.entity';
import type { ActionPlan, ProgressReport } from './action-plan.entity';
import { ActionPlansService } from './action-plans.service';
import { ActionPlanPayload, AddProgressReportInput, ProgressReportPayload, ReviewActionPlanInput, SaveActionPlanInput } from './dto/action-plan.input';
import { ActionPlanModel, ProgressReportModel } from './models/action-plan.model';

@Resolver(() => ActionPlanModel)
export class ActionPlansResolver {
  constructor(
    private readonly plans: ActionPlansService,
    private readonly enrolments: EnrolmentsService,
    private readonly audit: AuditService,
  ) {}

  @SignedIn()
  @Mutation(() => ActionPlanPayload, { description: 'Create or edit your own draft (or returned) action plan.' })
  async saveActionPlan(@CurrentViewer() viewer: Viewer, @Args('input') input: SaveActionPlanInput): Promise<ActionPlanPayload> {
    return { actionPlan: await this.plans.save(viewer, input) };
  }

  @SignedIn()
  @Mutation(() => ActionPlanPayload, { description: 'Send your action plan to the trainers for review.' })
  async submitActionPlan(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<ActionPlanPayload> {
    return { actionPlan: await this.plans.submit(viewer, id) };
  }

  @Roles(Role.ADMIN, Role.COORDINATOR, Role.TRAINER)
  @Mutation(() => ActionPlanPayload, { description: 'Accept a submitted plan, or return it with comments.' })
  async reviewActionPlan(@CurrentViewer() viewer: Viewer, @Args('input') input: ReviewActionPlanInput): Promise<ActionPlanPayload> {
    return { actionPlan: await this.plans.review(viewer, input) };
  }

  @SignedIn()
  @Mutation(() => ProgressReportPayload, { description: 'Report progress on your submitted or accepted plan.' })
  async addProgressReport(@CurrentViewer() viewer: Viewer, @Args('input') input: AddProgressReportInput): Promise<ProgressReportPayload> {
    return { progressReport: await this.plans.addReport(viewer, input) };
  }

  @ResolveField(() => EnrolmentModel)
  async enrolment(@Parent() plan: ActionPlan, @Context() ctx: GqlContext): Promise<Enrolment> {
    const found = await ctx.loaders.get('enrolment.byId', (ids) => this.enrolments.byIds(ids), null as Enrolment | null).load(plan.enrolment.id);
    return found ?? plan.enrolment.loadOrFail();
  }

  @ResolveField(() => CourseModuleModel, { nullable: true })
  module(@Parent() plan: ActionPlan): Promise<CourseModule> | null {
    return plan.module ? plan.module.loadOrFail() : null;
  }

  @ResolveField(() => UserModel, { nullable: true })
  reviewedBy(@Parent() plan: ActionPlan, @Context() ctx: GqlContext): Promise<User | null> | null {
    return plan.reviewedBy ? ctx.loaders.get('user.byId', (ids) => this.audit.users(ids), null as User | null).load(plan.reviewedBy.id) : null;
  }

  @ResolveField(() => [ProgressReportModel], { description: 'Oldest first.' })
  progressReports(@Parent() plan: ActionPlan, @Context() ctx: GqlContext): Promise<ProgressReport[]> {
    return ctx.loaders.get('plan.reports', (ids) => this.plans.reportsOf(ids), [] as ProgressReport[]).load(plan.id);
  }
}

/** Action plans reached from an enrolment and from a cohort. */
@Resolver(() => EnrolmentModel)
export class EnrolmentActionPlansResolver {
  constructor(private readonly plans: ActionPlansService) {}

  @ResolveField(() => [ActionPlanModel], { description: 'Oldest first.' })
  actionPlans(@Parent() enrolment: Enrolment, @Context() ctx: GqlContext): Promise<ActionPlan[]> {
    return ctx.loaders.get('enrolment.plans', (ids) => this.plans.ofEnrolments(ids), [] as ActionPlan[]).load(enrolment.id);
  }
}

@Resolver(() => CohortModel)
export class CohortActionPlansResolver {
  constructor(private readonly plans: ActionPlansService) {}

  @ResolveField(() => [ActionPlanModel], { description: 'The cohort’s action plans, for its trainers and coordinators; filter by status (e.g. SUBMITTED to review).' })
  actionPlans(
    @Parent() cohort: Cohort,
    @CurrentViewer() viewer: Viewer,
    @Args('status', { type: () => [ActionPlanStatus], nullable: true }) status: ActionPlanStatus[] | null,
  ): Promise<ActionPlan[]> {
    return this.plans.ofCohort(viewer, cohort.id, status);
  }
}

