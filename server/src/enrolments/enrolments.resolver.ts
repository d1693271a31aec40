import { Args, Context, Float, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AssessmentResultModel, TestStatusModel } from '../assessments/models/assessment-result.model';
import type { AssessmentResult } from '../assessments/assessment-result.entity';
import { ResultsService, type TestStatus } from '../assessments/results.service';
import { PROGRAMME_STAFF, Roles, SignedIn } from '../auth/access.decorator';
import { CurrentViewer } from '../auth/current-viewer.decorator';
import type { GqlContext, Viewer } from '../auth/request-context';
import { AuditService } from '../audit/audit.service';
import type { ChangeRecord } from '../audit/change-record.entity';
import { ChangeRecordModel } from '../audit/models/change-record.model';
import type { Cohort } from '../cohorts/cohort.entity';
import { CohortModel } from '../cohorts/models/cohort.model';
import { PersonModel } from '../people/models/person.model';
import type { Person } from '../people/person.entity';
import { UserModel } from '../users/models/user.model';
import type { User } from '../users/user.entity';
import {
  ApplyForCohortInput,
  ApplyForCohortPayload,
  DecideEnrolmentInput,
  DecideEnrolmentPayload,
  EnrolPeopleInput,
  EnrolPeoplePayload,
  WithdrawEnrolmentInput,
  WithdrawEnrolmentPayload,
} from './dto/enrolment.input';
import type { Enrolment } from './enrolment.entity';
import { EnrolmentsService } from './enrolments.service';
import { EnrolmentModel, EnrolmentProgressModel } from './models/enrolment.model';
import { ProgressService, type EnrolmentProgress } from './progress.service';

@Resolver(() => EnrolmentModel)
export class EnrolmentsResolver {
  constructor(
    private readonly enrolments: EnrolmentsService,
    private readonly progressService: ProgressService,
    private readonly resultsService: ResultsService,
    private readonly audit: AuditService,
  ) {}

  @SignedIn()
  @Query(() => [EnrolmentModel], { description: 'Your own enrolments, newest cohort first.' })
  myEnrolments(@CurrentViewer() viewer: Viewer): Promise<Enrolment[]> {
    return this.enrolments.mine(viewer);
  }

  @SignedIn()
  @Query(() => EnrolmentModel, { nullable: true, description: 'One enrolment: your own, or one in a cohort you teach or run.' })
  enrolment(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<Enrolment | null> {
    return this.enrolments.visible(viewer, id);
  }

  @SignedIn()
  @Mutation(() => ApplyForCohortPayload, { description: 'Apply to a cohort that is open for enrolment. Applying twice is a CONFLICT.' })
  async applyForCohort(@CurrentViewer() viewer: Viewer, @Args('input') input: ApplyForCohortInput): Promise<ApplyForCohortPayload> {
    return { enrolment: await this.enrolments.apply(viewer, input.cohortId, input.motivation) };
  }

  @Roles(...PROGRAMME_STAFF)
  @Mutation(() => DecideEnrolmentPayload, { description: 'Approve, reject (with a reason) or waitlist an application. Approving beyond capacity is a CONFLICT.' })
  async decideEnrolment(@CurrentViewer() viewer: Viewer, @Args('input') input: DecideEnrolmentInput): Promise<DecideEnrolmentPayload> {
    return { enrolment: await this.enrolments.decide(viewer, input) };
  }

  @SignedIn()
  @Mutation(() => WithdrawEnrolmentPayload, { description: 'Withdraw your own application or enrolment (coordinators may withdraw anyone’s).' })
  async withdrawEnrolment(@CurrentViewer() viewer: Viewer, @Args('input') input: WithdrawEnrolmentInput): Promise<WithdrawEnrolmentPayload> {
    return { enrolment: await this.enrolments.withdraw(viewer, input) };
  }

  @Roles(...PROGRAMME_STAFF)
  @Mutation(() => EnrolPeoplePayload, { description: 'Enrol people directly (approved), all or none.' })
  enrolPeople(@CurrentViewer() viewer: Viewer, @Args('input') input: EnrolPeopleInput): Promise<EnrolPeoplePayload> {
    return this.enrolments.enrolPeople(viewer, input);
  }

  @ResolveField(() => PersonModel)
  person(@Parent() enrolment: Enrolment): Promise<Person> {
    return enrolment.person.loadOrFail();
  }

  @ResolveField(() => CohortModel)
  cohort(@Parent() enrolment: Enrolment): Promise<Cohort> {
    return enrolment.cohort.loadOrFail();
  }

  @ResolveField(() => UserModel, { nullable: true, description: 'Who made the last decision.' })
  decidedBy(@Parent() enrolment: Enrolment, @Context() ctx: GqlContext): Promise<User | null> | null {
    return enrolment.decidedBy ? ctx.loaders.get('user.byId', (ids) => this.audit.users(ids), null as User | null).load(enrolment.decidedBy.id) : null;
  }

  @ResolveField(() => Float, { nullable: true, description: 'Share of held sessions attended (PRESENT or LATE), 0..1; null before any session is held.' })
  async attendanceRate(@Parent() enrolment: Enrolment, @Context() ctx: GqlContext): Promise<number | null> {
    return (await this.progressOf(enrolment, ctx))?.attendanceRate ?? null;
  }

  @ResolveField(() => Boolean, { description: 'Every completion rule of the course is met (or the enrolment is marked COMPLETED).' })
  async completed(@Parent() enrolment: Enrolment, @Context() ctx: GqlContext): Promise<boolean> {
    return (await this.progressOf(enrolment, ctx))?.completed ?? false;
  }

  @ResolveField(() => EnrolmentProgressModel, { description: 'Per module: attendance, pre-test, post-test and action plan; and each completion rule, met or missing.' })
  async progress(@Parent() enrolment: Enrolment, @Context() ctx: GqlContext): Promise<EnrolmentProgress> {
    const progress = await this.progressOf(enrolment, ctx);
    if (!progress) throw new Error(`No progress for enrolment ${enrolment.id}`);
    return progress;
  }

  @ResolveField(() => [AssessmentResultModel], { description: 'Every result, every attempt.' })
  results(@Parent() enrolment: Enrolment, @Context() ctx: GqlContext): Promise<AssessmentResult[]> {
    return ctx.loaders.get('enrolment.results', (ids) => this.resultsService.resultsOf(ids), [] as AssessmentResult[]).load(enrolment.id);
  }

  @ResolveField(() => [TestStatusModel], { description: 'The pre- and post-tests of the course: when they open and close, attempts used and left.' })
  tests(@Parent() enrolment: Enrolment): Promise<TestStatus[]> {
    return this.resultsService.testsOf(enrolment);
  }

  @ResolveField(() => [ChangeRecordModel], { description: 'This enrolment’s decisions, oldest first.' })
  history(@Parent() enrolment: Enrolment, @Context() ctx: GqlContext): Promise<ChangeRecord[]> {
    return ctx.loaders.get('subject.history', (ids) => this.audit.ofSubjects(ids), [] as ChangeRecord[]).load(enrolment.id);
  }

  private progressOf(enrolment: Enrolment, ctx: GqlContext): Promise<EnrolmentProgress | null> {
    return ctx.loaders.get('enrolment.progress', (ids) => this.progressService.forEnrolments(ids), null as EnrolmentProgress | null).load(enrolment.id);
  }
}
