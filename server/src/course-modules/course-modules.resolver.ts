import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AssessmentModel } from '../assessments/models/assessment.model';
import type { Assessment } from '../assessments/assessment.entity';
import { SignedIn } from '../auth/access.decorator';
import type { GqlContext } from '../auth/request-context';
import { pickLocale, type Locale } from '../common/locale';
import { CoursesService } from '../courses/courses.service';
import { CourseModel } from '../courses/models/course.model';
import type { Course } from '../courses/course.entity';
import type { CourseModule } from './course-module.entity';
import { renderMarkdown } from './markdown';
import { CourseModuleModel } from './models/course-module.model';

@Resolver(() => CourseModuleModel)
export class CourseModulesResolver {
  constructor(private readonly courses: CoursesService) {}

  @SignedIn()
  @Query(() => CourseModuleModel, { nullable: true, description: 'A module by its course and module slugs.' })
  courseModule(@Args('courseSlug') courseSlug: string, @Args('slug') slug: string): Promise<CourseModule | null> {
    return this.courses.moduleBySlug(courseSlug, slug);
  }

  @ResolveField(() => CourseModel)
  course(@Parent() module: CourseModule): Promise<Course> {
    return module.course.loadOrFail();
  }

  @ResolveField(() => String)
  title(@Parent() module: CourseModule, @Context() ctx: GqlContext): string {
    return pickLocale(module.title, ctx.locale);
  }

  @ResolveField(() => [String], { description: 'Learning objectives.' })
  objectives(@Parent() module: CourseModule, @Context() ctx: GqlContext): string[] {
    const translated = module.objectives[ctx.locale];
    return translated?.length ? translated : module.objectives.en;
  }

  @ResolveField(() => String, { description: 'Lesson text as safe HTML (raw HTML in the source is escaped).' })
  bodyHtml(@Parent() module: CourseModule, @Context() ctx: GqlContext): string {
    return renderMarkdown(module.body[this.bodyLocaleOf(module, ctx)] ?? module.body.en);
  }

  @ResolveField(() => String, { description: 'The language bodyHtml is in: the request’s, or en where the text is not translated.' })
  bodyLocale(@Parent() module: CourseModule, @Context() ctx: GqlContext): string {
    return this.bodyLocaleOf(module, ctx);
  }

  @ResolveField(() => [AssessmentModel])
  assessments(@Parent() module: CourseModule, @Context() ctx: GqlContext): Promise<Assessment[]> {
    return ctx.loaders.get('module.assessments', (ids) => this.courses.assessmentsOf(ids), [] as Assessment[]).load(module.id);
  }

  private bodyLocaleOf(module: CourseModule, ctx: GqlContext): Locale {
    return module.body[ctx.locale]?.trim() ? ctx.locale : 'en';
  }
}
