import { Field, Float, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('CompletionRules')
export class CompletionRulesModel {
  @Field(() => Float, { description: 'Share of held sessions to attend, 0..1.' })
  minAttendanceRate!: number;

  @Field()
  requirePostTestPass!: boolean;

  @Field()
  requireActionPlan!: boolean;

  @Field({ description: 'How many times a trainee may take each post-test.' })
  postTestAttempts!: number;
}

@ObjectType('Course', { description: "A modular programme. Text fields are in the request's language (Accept-Language), falling back to English." })
export class CourseModel {
  @Field(() => ID)
  id!: string;

  @Field()
  slug!: string;

  @Field(() => CompletionRulesModel)
  completionRules!: CompletionRulesModel;
}
