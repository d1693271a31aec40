import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLDate } from '../../common/scalars';

@ObjectType('Cohort', { description: 'One delivery of a course: its dates, trainers, sessions and enrolments.' })
export class CohortModel {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field(() => GraphQLDate, { description: 'A calendar date, YYYY-MM-DD.' })
  startsOn!: string;

  @Field(() => GraphQLDate)
  endsOn!: string;

  @Field(() => String, { nullable: true })
  venue!: string | null;

  @Field({ description: 'The language the cohort is taught in: en, km, my, th or vi.' })
  language!: string;

  @Field(() => Int)
  capacity!: number;

  @Field(() => GraphQLDate, { nullable: true, description: 'Applications open on this date; null = already open.' })
  enrolmentOpensOn!: string | null;

  @Field(() => GraphQLDate, { nullable: true, description: 'Applications close after this date; null = the day before the cohort starts.' })
  enrolmentClosesOn!: string | null;

  @Field(() => Int, { description: 'Self check-in later than this many minutes after a session starts counts as LATE.' })
  checkInGraceMinutes!: number;

  @Field()
  cancelled!: boolean;
}
