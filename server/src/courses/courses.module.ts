import { Module } from '@nestjs/common';
import { AssessmentsResolver, ChoicesResolver, QuestionsResolver } from '../assessments/assessments.resolver';
import { CourseModulesResolver } from '../course-modules/course-modules.resolver';
import { CoursesResolver } from './courses.resolver';
import { CoursesService } from './courses.service';

/** The catalogue: courses, their modules and assessments, as loaded from content/. */
@Module({
  providers: [CoursesService, CoursesResolver, CourseModulesResolver, AssessmentsResolver, QuestionsResolver, ChoicesResolver],
  exports: [CoursesService],
})
export class CoursesModule {}
