import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { PROGRAMME_STAFF, Roles, SignedIn } from '../auth/access.decorator';
import { CurrentViewer } from '../auth/current-viewer.decorator';
import type { GqlContext, Viewer } from '../auth/request-context';
import { AuditService } from '../audit/audit.service';
import type { ChangeRecord } from '../audit/change-record.entity';
import { ForbiddenError } from '../common/errors';
import type { Page } from '../common/pagination';
import { PageArgs } from '../common/pagination';
import type { Course } from '../courses/course.entity';
import { CourseModel } from '../courses/models/course.model';
import { EnrolmentsArgs } from '../enrolments/dto/enrolment.input';
import type { Enrolment } from '../enrolments/enrolment.entity';
import { EnrolmentsService } from '../enrolments/enrolments.service';
import { EnrolmentConnection } from '../enrolments/models/enrolment.model';
import { TrainingSessionModel } from '../training-sessions/models/training-session.model';
import type { TrainingSession } from '../training-sessions/training-session.entity';
import type { User } from '../users/user.entity';
import { UserModel } from '../users/models/user.model';
import { CohortAccess, runsProgramme } from './cohort-access';
import type { Cohort } from './cohort.entity';
import { CohortsService, isEnrolmentOpen, lastApplicationDay } from './cohorts.service';
import {
  CohortPayload,
  CohortsArgs,
  CreateCohortInput,
  ScheduleSessionsInput,
  ScheduleSessionsPayload,
  SessionPayload,
  UpdateCohortInput,
  UpdateSessionInput,
} from './dto/cohort.input';
import { CohortConnectionOfChanges } from './models/cohort-history.model';
import { CohortModel } from './models/cohort.model';
import { GraphQLDate } from '../common/scalars';

/** Per-request: which of the asked-for cohorts the viewer teaches (or runs), batched. */
export function teaches(ctx: GqlContext, access: CohortAccess, viewer: Viewer, cohortId: string): Promise<boolean> {
  if (runsProgramme(viewer)) return Promise.resolve(true);
  return ctx.loaders
    .get('cohort.taughtByViewer', async (ids) => {
      const taught = await access.taughtBy(viewer, ids);
      return new Map(ids.map((id) => [id, taught.has(id)]));
    }, false)
    .load(cohortId);
}

@Resolver(() => CohortModel)
export class CohortsResolver {
  constructor(
    private readonly cohortsService: CohortsService,
    private readonly enrolmentsService: EnrolmentsService,
    private readonly access: CohortAccess,
    private readonly audit: AuditService,
  ) {}

  @SignedIn()
  @Query(() => [CohortModel], { description: 'Cohorts you may see: all for coordinators; the ones you teach for trainers; open ones and your own for trainees.' })
  cohorts(@CurrentViewer() viewer: Viewer, @Args() args: CohortsArgs): Promise<Cohort[]> {
    return this.cohortsService.list(viewer, args);
  }

  @SignedIn()
  @Query(() => CohortModel, { nullable: true })
  cohort(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<Cohort | null> {
    return this.cohortsService.find(viewer, id);
  }

  @Roles(...PROGRAMME_STAFF)
  @Mutation(() => CohortPayload)
  async createCohort(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateCohortInput): Promise<CohortPayload> {
    return { cohort: await this.cohortsService.create(viewer, input) };
  }

  @Roles(...PROGRAMME_STAFF)
  @Mutation(() => CohortPayload, { description: 'Edit, cancel or reinstate a cohort, or change its trainers.' })
  async updateCohort(@CurrentViewer() viewer: Viewer, @Args('input') input: UpdateCohortInput): Promise<CohortPayload> {
    return { cohort: await this.cohortsService.update(viewer, input) };
  }

  @Roles(...PROGRAMME_STAFF)
  @Mutation(() => ScheduleSessionsPayload, { description: 'Schedule one session or several (for example each day of a week) at once.' })
  async scheduleSessions(@CurrentViewer() viewer: Viewer, @Args('input') input: ScheduleSessionsInput): Promise<ScheduleSessionsPayload> {
    return { sessions: await this.cohortsService.scheduleSessions(viewer, input) };
  }

  @Roles(...PROGRAMME_STAFF)
  @Mutation(() => SessionPayload, { description: 'Move, edit, cancel or reinstate a session.' })
  async updateSession(@CurrentViewer() viewer: Viewer, @Args('input') input: UpdateSessionInput): Promise<SessionPayload> {
    return { session: await this.cohortsService.updateSession(viewer, input) };
  }

  @ResolveField(() => CourseModel)
  course(@Parent() cohort: Cohort): Promise<Course> {
    return cohort.course.loadOrFail();
  }

  @ResolveField(() => Boolean, { description: 'Taking applications: inside the enrolment window, not cancelled, and with a free place.' })
  async enrolmentOpen(@Parent() cohort: Cohort, @Context() ctx: GqlContext): Promise<boolean> {
    return isEnrolmentOpen(cohort, await this.seatsTaken(cohort, ctx), new Date());
  }

  @ResolveField(() => GraphQLDate, { description: 'The last day applications are taken.' })
  lastApplicationDay(@Parent() cohort: Cohort): string {
    return lastApplicationDay(cohort);
  }

  @ResolveField(() => Int, { description: 'Places taken by approved and completed enrolments.' })
  seatsTaken(@Parent() cohort: Cohort, @Context() ctx: GqlContext): Promise<number> {
    return ctx.loaders.get('cohort.seatsTaken', (ids) => this.cohortsService.seatsTaken(ids), 0).load(cohort.id);
  }

  @ResolveField(() => [TrainingSessionModel], { description: 'In time order, cancelled ones included.' })
  sessions(@Parent() cohort: Cohort, @Context() ctx: GqlContext): Promise<TrainingSession[]> {
    return ctx.loaders.get('cohort.sessions', (ids) => this.cohortsService.sessionsOf(ids), [] as TrainingSession[]).load(cohort.id);
  }

  @ResolveField(() => [UserModel])
  trainers(@Parent() cohort: Cohort, @Context() ctx: GqlContext): Promise<User[]> {
    return ctx.loaders.get('cohort.trainers', (ids) => this.cohortsService.trainersOf(ids), [] as User[]).load(cohort.id);
  }

  @ResolveField(() => Boolean, { description: 'Whether you may record attendance and scores for this cohort.' })
  viewerTeaches(@Parent() cohort: Cohort, @CurrentViewer() viewer: Viewer, @Context() ctx: GqlContext): Promise<boolean> {
    return teaches(ctx, this.access, viewer, cohort.id);
  }

  @ResolveField(() => EnrolmentConnection, { description: 'All enrolments for the cohort’s trainers and coordinators; only your own for anyone else.' })
  enrolments(@Parent() cohort: Cohort, @CurrentViewer() viewer: Viewer, @Args() args: EnrolmentsArgs): Promise<Page<Enrolment>> {
    return this.enrolmentsService.ofCohort(viewer, cohort, args);
  }

  @ResolveField(() => CohortConnectionOfChanges, { description: 'The change history: decisions, attendance, scores and reviews, newest first. Trainers and coordinators only.' })
  async history(@Parent() cohort: Cohort, @CurrentViewer() viewer: Viewer, @Context() ctx: GqlContext, @Args() args: PageArgs): Promise<Page<ChangeRecord>> {
    if (!(await teaches(ctx, this.access, viewer, cohort.id))) throw new ForbiddenError('Only the cohort’s trainers and coordinators see its history.');
    return this.audit.ofCohort(cohort.id, args);
  }
}

@Resolver(() => CourseModel)
export class CourseCohortsResolver {
  constructor(private readonly cohortsService: CohortsService) {}

  @ResolveField(() => [CohortModel], { description: 'The cohorts of this course you may see, newest first.' })
  cohorts(@Parent() course: Course, @CurrentViewer() viewer: Viewer, @Context() ctx: GqlContext): Promise<Cohort[]> {
    return ctx.loaders.get('course.cohorts', (ids) => this.cohortsService.forCourses(viewer, ids), [] as Cohort[]).load(course.id);
  }
}

