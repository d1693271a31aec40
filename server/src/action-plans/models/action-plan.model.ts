import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ActionPlanStatus } from '../../common/enums';
import { GraphQLDate } from '../../common/scalars';

@ObjectType('PlannedActivity')
export class PlannedActivityModel {
  @Field()
  title!: string;

  @Field(() => GraphQLDate, { nullable: true })
  startsOn!: string | null;

  @Field(() => GraphQLDate, { nullable: true })
  endsOn!: string | null;
}

@ObjectType('PlannedSme')
export class PlannedSmeModel {
  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  province!: string | null;

  @Field(() => String, { nullable: true })
  note!: string | null;
}

@ObjectType('ProgressReport', { description: 'What a trainee did with their action plan, and for whom.' })
export class ProgressReportModel {
  @Field(() => ID)
  id!: string;

  @Field(() => GraphQLDate)
  reportedOn!: string;

  @Field()
  done!: string;

  @Field(() => String, { nullable: true })
  results!: string | null;

  @Field(() => String, { nullable: true })
  challenges!: string | null;

  @Field(() => Int, { description: 'SMEs reached: the distinct SMEs among its SME support records when it has any, else the number the leader reported.' })
  smesReached!: number;
}

@ObjectType('ActionPlan', { description: 'What a trainee will apply at work after a module, reviewed by a trainer.' })
export class ActionPlanModel {
  @Field(() => ID)
  id!: string;

  @Field()
  objectives!: string;

  @Field(() => [PlannedActivityModel])
  activities!: PlannedActivityModel[];

  @Field(() => [PlannedSmeModel], { description: 'SMEs and SME groups the trainee intends to work with.' })
  smes!: PlannedSmeModel[];

  @Field(() => String, { nullable: true })
  supportNeeded!: string | null;

  @Field(() => ActionPlanStatus)
  status!: ActionPlanStatus;

  @Field(() => String, { nullable: true, description: 'The reviewing trainer’s comments.' })
  reviewerComment!: string | null;

  @Field(() => Date, { nullable: true })
  submittedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  reviewedAt!: Date | null;

  @Field()
  updatedAt!: Date;
}
