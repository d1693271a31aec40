import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

/** One group of a split M&E figure. */
@ObjectType({ description: 'One group of a split figure; null value and people when suppressed.' })
export class ReportCell {
  @Field({ description: 'The group code: country code, enum value, component code, cohort id, year (NONE when not recorded).' })
  key!: string;

  @Field({ description: 'The cohort title for a COHORT split, else the key (the client names codes in the reader’s language).' })
  label!: string;

  @Field(() => Float, { nullable: true, description: 'The figure for this group; null when suppressed.' })
  value!: number | null;

  @Field(() => Int, { nullable: true, description: 'How many people the figure counts; null when suppressed.' })
  people!: number | null;

  @Field({ description: 'True when the group counts 1 or 2 people and the reader sees aggregates only.' })
  suppressed!: boolean;
}
