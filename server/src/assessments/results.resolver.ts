import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles, SignedIn } from '../auth/access.decorator';
import { CurrentViewer } from '../auth/current-viewer.decorator';
import type { GqlContext, Viewer } from '../auth/request-context';
import { AuditService } from '../audit/audit.service';
import { Role } from '../common/enums';
import type { Enrolment } from '../enrolments/enrolment.entity';
import { EnrolmentsService } from '../enrolments/enrolments.service';
import { EnrolmentModel } from '../enrolments/models/enrolment.model';
import { UserModel } from '../users/models/user.model';
import type { User } from '../users/user.entity';
import type { AssessmentResult } from './assessment-result.entity';
import type { Assessment } from './assessment.entity';
import { RecordAssessmentResultsInput, RecordAssessmentResultsPayload, SubmitQuizInput, SubmitQuizPayload } from './dto/assessment-result.input';
import { AnswerReviewModel, AssessmentResultModel } from './models/assessment-result.model';
import { AssessmentModel } from './models/assessment.model';
import { ResultsService } from './results.service';

@Resolver(() => AssessmentResultModel)
export class ResultsResolver {
  constructor(
    private readonly results: ResultsService,
    private readonly enrolments: EnrolmentsService,
    private readonly audit: AuditService,
  ) {}

  @SignedIn()
  @Mutation(() => SubmitQuizPayload, { description: 'Submit a pre- or post-test; it is scored at once from the module’s question bank.' })
  async submitQuiz(@CurrentViewer() viewer: Viewer, @Args('input') input: SubmitQuizInput): Promise<SubmitQuizPayload> {
    return { result: await this.results.submitQuiz(viewer, input) };
  }

  @Roles(Role.ADMIN, Role.COORDINATOR, Role.TRAINER)
  @Mutation(() => RecordAssessmentResultsPayload, { description: 'Score an assignment or action plan for several people at once; one invalid row and nothing is saved.' })
  async recordAssessmentResults(@CurrentViewer() viewer: Viewer, @Args('input') input: RecordAssessmentResultsInput): Promise<RecordAssessmentResultsPayload> {
    return { results: await this.results.recordScores(viewer, input.assessmentId, input.results) };
  }

  @ResolveField(() => AssessmentModel)
  assessment(@Parent() result: AssessmentResult): Promise<Assessment> {
    return result.assessment.loadOrFail();
  }

  @ResolveField(() => EnrolmentModel)
  async enrolment(@Parent() result: AssessmentResult, @Context() ctx: GqlContext): Promise<Enrolment> {
    const found = await ctx.loaders.get('enrolment.byId', (ids) => this.enrolments.byIds(ids), null as Enrolment | null).load(result.enrolment.id);
    return found ?? result.enrolment.loadOrFail();
  }

  @ResolveField(() => UserModel, { nullable: true, description: 'The trainer who scored it; null for auto-scored tests.' })
  gradedBy(@Parent() result: AssessmentResult, @Context() ctx: GqlContext): Promise<User | null> | null {
    return result.gradedBy ? ctx.loaders.get('user.byId', (ids) => this.audit.users(ids), null as User | null).load(result.gradedBy.id) : null;
  }

  @ResolveField(() => [AnswerReviewModel], { nullable: true, description: 'For tests: each answer and the right one. For the trainee only once the module’s post-test has closed.' })
  review(@Parent() result: AssessmentResult, @CurrentViewer() viewer: Viewer): Promise<AnswerReviewModel[] | null> {
    return this.results.review(viewer, result);
  }
}
