import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('FieldChange', { description: 'One field of a change: its value before and after (as text).' })
export class FieldChangeModel {
  @Field()
  field!: string;

  @Field(() => String, { nullable: true })
  from!: string | null;

  @Field(() => String, { nullable: true })
  to!: string | null;
}

@ObjectType('ChangeRecord', { description: 'One line of the change history: who changed what, when, from what to what.' })
export class ChangeRecordModel {
  @Field(() => ID)
  id!: string;

  @Field()
  at!: Date;

  @Field({ description: 'enrolment, attendance, assessment-result, action-plan, cohort or session.' })
  subjectType!: string;

  @Field(() => ID)
  subjectId!: string;

  @Field({ description: 'e.g. applied, approved, recorded, checked-in, scored, submitted, accepted.' })
  action!: string;
}
