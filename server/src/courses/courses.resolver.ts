import { Args, Context, Float, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { SignedIn } from '../auth/access.decorator';
import type { GqlContext } from '../auth/request-context';
import { pickLocale } from '../common/locale';
import type { CourseModule } from '../course-modules/course-module.entity';
import { CourseModuleModel } from '../course-modules/models/course-module.model';
import type { Course } from './course.entity';
import { CoursesService } from './courses.service';
import { CourseModel } from './models/course.model';

@Resolver(() => CourseModel)
export class CoursesResolver {
  constructor(private readonly catalogue: CoursesService) {}

  @SignedIn()
  @Query(() => [CourseModel], { description: 'The catalogue, by component.' })
  courses(): Promise<Course[]> {
    return this.catalogue.all();
  }

  @SignedIn()
  @Query(() => CourseModel, { nullable: true })
  course(@Args('slug') slug: string): Promise<Course | null> {
    return this.catalogue.bySlug(slug);
  }

  @ResolveField(() => String)
  title(@Parent() course: Course, @Context() ctx: GqlContext): string {
    return pickLocale(course.title, ctx.locale);
  }

  @ResolveField(() => String)
  summary(@Parent() course: Course, @Context() ctx: GqlContext): string {
    return pickLocale(course.summary, ctx.locale);
  }

  @ResolveField(() => String, { description: 'A, B, C or ME.' })
  async component(@Parent() course: Course, @Context() ctx: GqlContext): Promise<string> {
    const component = await ctx.loaders.get('course.component', (ids) => this.catalogue.components(ids), null).load(course.component.id);
    return component?.code ?? '';
  }

  @ResolveField(() => [CourseModuleModel], { description: 'In order.' })
  modules(@Parent() course: Course, @Context() ctx: GqlContext): Promise<CourseModule[]> {
    return this.modulesOf(course, ctx);
  }

  @ResolveField(() => Float, { description: 'Sum of the modules’ hours.' })
  async totalHours(@Parent() course: Course, @Context() ctx: GqlContext): Promise<number> {
    const modules = await this.modulesOf(course, ctx);
    return modules.reduce((sum, module) => sum + module.hours, 0);
  }

  private modulesOf(course: Course, ctx: GqlContext): Promise<CourseModule[]> {
    return ctx.loaders.get('course.modules', (ids) => this.catalogue.modulesOf(ids), [] as CourseModule[]).load(course.id);
  }
}
