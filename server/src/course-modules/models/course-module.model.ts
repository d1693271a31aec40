import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('CourseModule', { description: 'One module of a course.' })
export class CourseModuleModel {
  @Field(() => ID)
  id!: string;

  @Field()
  slug!: string;

  @Field(() => Int)
  position!: number;

  @Field(() => Float)
  hours!: number;
}
