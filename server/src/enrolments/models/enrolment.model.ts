import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ActionPlanStatus, EnrolmentStatus } from '../../common/enums';
import { AssessmentResultModel } from '../../assessments/models/assessment-result.model';
import { PageInfo } from '../../common/pagination';
import { CourseModuleModel } from '../../course-modules/models/course-module.model';

@ObjectType('Enrolment', { description: 'A person in a cohort, from application to completion.' })
export class EnrolmentModel {
  @Field(() => ID)
  id!: string;

  @Field(() => EnrolmentStatus)
  status!: EnrolmentStatus;

  @Field(() => String, { nullable: true, description: 'Why the applicant wants to join.' })
  motivation!: string | null;

  @Field(() => String, { nullable: true, description: 'The reason given with a rejection, waitlisting or withdrawal.' })
  reason!: string | null;

  @Field(() => Date, { nullable: true, description: 'When the last decision was made.' })
  decidedAt!: Date | null;

  @Field({ description: 'When the person applied or was enrolled.' })
  createdAt!: Date;
}

@ObjectType('EnrolmentEdge')
export class EnrolmentEdge {
  @Field()
  cursor!: string;

  @Field(() => EnrolmentModel)
  node!: EnrolmentModel;
}

@ObjectType('EnrolmentConnection')
export class EnrolmentConnection {
  @Field(() => [EnrolmentEdge])
  edges!: EnrolmentEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int)
  totalCount!: number;
}

export enum RequirementKindValue {
  ENROLMENT_APPROVED = 'ENROLMENT_APPROVED',
  SESSIONS_HELD = 'SESSIONS_HELD',
  ATTENDANCE = 'ATTENDANCE',
  POST_TEST_PASSED = 'POST_TEST_PASSED',
  ACTION_PLAN_ACCEPTED = 'ACTION_PLAN_ACCEPTED',
}
registerEnumType(RequirementKindValue, { name: 'RequirementKind', description: 'A completion rule.' });

@ObjectType('CompletionRequirement', { description: 'One completion rule and whether this enrolment meets it.' })
export class RequirementModel {
  @Field(() => RequirementKindValue)
  kind!: RequirementKindValue;

  @Field()
  met!: boolean;

  @Field(() => ID, { nullable: true, description: 'POST_TEST_PASSED: the module.' })
  moduleId!: string | null;

  @Field(() => Float, { nullable: true, description: 'ATTENDANCE: the rate so far (0..1); POST_TEST_PASSED: the best score; SESSIONS_HELD: sessions held.' })
  actual!: number | null;

  @Field(() => Float, { nullable: true, description: 'ATTENDANCE: the minimum rate; POST_TEST_PASSED: the pass mark; SESSIONS_HELD: sessions scheduled.' })
  required!: number | null;

  @Field({ description: 'The rule in plain English.' })
  description!: string;
}

@ObjectType('ModuleProgress', { description: 'Where an enrolment stands in one module.' })
export class ModuleProgressModel {
  @Field(() => CourseModuleModel)
  module!: CourseModuleModel;

  @Field(() => Int)
  sessionsScheduled!: number;

  @Field(() => Int)
  sessionsHeld!: number;

  @Field(() => Int)
  sessionsAttended!: number;

  @Field(() => AssessmentResultModel, { nullable: true, description: 'The first pre-test attempt.' })
  preTest!: AssessmentResultModel | null;

  @Field(() => AssessmentResultModel, { nullable: true, description: 'The best post-test attempt.' })
  postTest!: AssessmentResultModel | null;

  @Field(() => Int)
  postTestAttempts!: number;

  @Field()
  postTestPassed!: boolean;

  @Field(() => ActionPlanStatus, { nullable: true })
  actionPlanStatus!: ActionPlanStatus | null;
}

@ObjectType('EnrolmentProgress', { description: 'What is met and what is missing for completion.' })
export class EnrolmentProgressModel {
  @Field(() => Int)
  sessionsScheduled!: number;

  @Field(() => Int)
  sessionsHeld!: number;

  @Field(() => Int)
  sessionsAttended!: number;

  @Field(() => Float, { nullable: true })
  attendanceRate!: number | null;

  @Field()
  completed!: boolean;

  @Field(() => [RequirementModel])
  requirements!: RequirementModel[];

  @Field(() => [ModuleProgressModel], { description: 'In module order.' })
  modules!: ModuleProgressModel[];
}
