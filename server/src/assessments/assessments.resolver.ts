import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../auth/request-context';
import { AssessmentKind } from '../common/enums';
import { pickLocale } from '../common/locale';
import type { CourseModule } from '../course-modules/course-module.entity';
import { CourseModuleModel } from '../course-modules/models/course-module.model';
import { CoursesService } from '../courses/courses.service';
import type { Assessment } from './assessment.entity';
import { AssessmentModel, ChoiceModel, QuestionModel, RubricCriterionModel } from './models/assessment.model';
import { QuestionType, type Choice, type Question } from './question.entity';

@Resolver(() => AssessmentModel)
export class AssessmentsResolver {
  constructor(private readonly courses: CoursesService) {}

  @ResolveField(() => String)
  title(@Parent() assessment: Assessment, @Context() ctx: GqlContext): string {
    return pickLocale(assessment.title, ctx.locale);
  }

  @ResolveField(() => CourseModuleModel, { description: 'The module the assessment belongs to.' })
  module(@Parent() assessment: Assessment): Promise<CourseModule> {
    return assessment.module.loadOrFail();
  }

  @ResolveField(() => [QuestionModel], { description: 'For PRE_TEST and POST_TEST; never reveals which choices are correct.' })
  async questions(@Parent() assessment: Assessment, @Context() ctx: GqlContext): Promise<Question[]> {
    if (assessment.kind !== AssessmentKind.PRE_TEST && assessment.kind !== AssessmentKind.POST_TEST) return [];
    return ctx.loaders.get('module.questions', (ids) => this.courses.questionsOf(ids), [] as Question[]).load(assessment.module.id);
  }

  @ResolveField(() => [RubricCriterionModel], { description: 'For ASSIGNMENT and ACTION_PLAN.' })
  rubric(@Parent() assessment: Assessment, @Context() ctx: GqlContext): RubricCriterionModel[] {
    return (assessment.rubric ?? []).map((item) => ({ criterion: pickLocale(item.criterion, ctx.locale), points: item.points }));
  }
}

@Resolver(() => QuestionModel)
export class QuestionsResolver {
  constructor(private readonly courses: CoursesService) {}

  @ResolveField(() => String)
  prompt(@Parent() question: Question, @Context() ctx: GqlContext): string {
    return pickLocale(question.prompt, ctx.locale);
  }

  @ResolveField(() => Boolean)
  multipleAnswers(@Parent() question: Question): boolean {
    return question.type === QuestionType.MULTIPLE;
  }

  @ResolveField(() => [ChoiceModel])
  choices(@Parent() question: Question, @Context() ctx: GqlContext): Promise<Choice[]> {
    return ctx.loaders.get('question.choices', (ids) => this.courses.choicesOf(ids), [] as Choice[]).load(question.id);
  }
}

@Resolver(() => ChoiceModel)
export class ChoicesResolver {
  @ResolveField(() => String)
  label(@Parent() choice: Choice, @Context() ctx: GqlContext): string {
    return pickLocale(choice.label, ctx.locale);
  }
}
