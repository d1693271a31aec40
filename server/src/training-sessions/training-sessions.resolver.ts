import { Args, Context, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AttendanceRecordModel, AttendanceSheetLineModel } from '../attendance/models/attendance-record.model';
import type { AttendanceRecord } from '../attendance/attendance-record.entity';
import { AttendanceService, inProgress } from '../attendance/attendance.service';
import { SignedIn } from '../auth/access.decorator';
import { CurrentViewer } from '../auth/current-viewer.decorator';
import type { GqlContext, Viewer } from '../auth/request-context';
import { CohortAccess } from '../cohorts/cohort-access';
import type { Cohort } from '../cohorts/cohort.entity';
import { CohortsService } from '../cohorts/cohorts.service';
import { teaches } from '../cohorts/cohorts.resolver';
import { CohortModel } from '../cohorts/models/cohort.model';
import type { CourseModule } from '../course-modules/course-module.entity';
import { CourseModuleModel } from '../course-modules/models/course-module.model';
import type { Enrolment } from '../enrolments/enrolment.entity';
import { TrainingSessionModel } from './models/training-session.model';
import type { TrainingSession } from './training-session.entity';

@Resolver(() => TrainingSessionModel)
export class TrainingSessionsResolver {
  constructor(
    private readonly attendanceService: AttendanceService,
    private readonly cohorts: CohortsService,
    private readonly access: CohortAccess,
  ) {}

  @SignedIn()
  @Query(() => TrainingSessionModel, { nullable: true, description: 'A session of a cohort you may see.' })
  async trainingSession(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<TrainingSession | null> {
    const session = await this.attendanceService.find(id);
    if (!session) return null;
    await this.cohorts.find(viewer, session.cohort.id);
    return session;
  }

  @ResolveField(() => CourseModuleModel)
  module(@Parent() session: TrainingSession): Promise<CourseModule> {
    return session.module.loadOrFail();
  }

  @ResolveField(() => CohortModel)
  cohort(@Parent() session: TrainingSession): Promise<Cohort> {
    return session.cohort.loadOrFail();
  }

  @ResolveField(() => Boolean, { description: 'Started and not cancelled: counts towards attendance rates.' })
  held(@Parent() session: TrainingSession): boolean {
    return session.isHeld(new Date());
  }

  @ResolveField(() => Boolean)
  inProgress(@Parent() session: TrainingSession): boolean {
    return inProgress(session, new Date());
  }

  @ResolveField(() => Boolean, { description: 'Self check-in is open (a trainer has shown the code and the session is in progress).' })
  checkInOpen(@Parent() session: TrainingSession): boolean {
    return !!session.checkInCode && inProgress(session, new Date());
  }

  @ResolveField(() => String, { nullable: true, description: 'The self check-in code, for the cohort’s trainers and coordinators only.' })
  async checkInCode(@Parent() session: TrainingSession, @CurrentViewer() viewer: Viewer, @Context() ctx: GqlContext): Promise<string | null> {
    if (!session.checkInCode || !inProgress(session, new Date())) return null;
    return (await teaches(ctx, this.access, viewer, session.cohort.id)) ? session.checkInCode : null;
  }

  @ResolveField(() => [AttendanceRecordModel], { description: 'Every record for the cohort’s trainers and coordinators; only your own for a trainee.' })
  async attendance(@Parent() session: TrainingSession, @CurrentViewer() viewer: Viewer, @Context() ctx: GqlContext): Promise<AttendanceRecord[]> {
    const records = await ctx.loaders.get('session.records', (ids) => this.attendanceService.recordsOf(ids), [] as AttendanceRecord[]).load(session.id);
    if (await teaches(ctx, this.access, viewer, session.cohort.id)) return records;
    const mine = await ctx.loaders
      .get('viewer.enrolmentIds', async (personIds) => {
        const ids = await this.attendanceService.enrolmentIdsOf(personIds[0]);
        return new Map([[personIds[0], ids]]);
      }, new Set<string>())
      .load(viewer.user.person?.id ?? 'none');
    return records.filter((record) => mine.has(record.enrolment.id));
  }

  @ResolveField(() => [AttendanceSheetLineModel], { description: 'The attendance sheet: every approved enrolment with its mark. Trainers and coordinators only.' })
  attendanceSheet(@Parent() session: TrainingSession, @CurrentViewer() viewer: Viewer): Promise<{ enrolment: Enrolment; record: AttendanceRecord | null }[]> {
    return this.attendanceService.sheet(viewer, session);
  }
}
