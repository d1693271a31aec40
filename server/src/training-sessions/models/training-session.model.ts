import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('TrainingSession', { description: 'A dated slot of one module in one cohort, with its attendance sheet.' })
export class TrainingSessionModel {
  @Field(() => ID)
  id!: string;

  @Field()
  startsAt!: Date;

  @Field()
  endsAt!: Date;

  @Field(() => String, { nullable: true })
  venue!: string | null;

  @Field()
  cancelled!: boolean;
}
