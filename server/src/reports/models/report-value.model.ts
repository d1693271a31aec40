import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

/** One M&E figure after the small-cell rule. */
@ObjectType({ description: 'One M&E figure; null value and people when suppressed.' })
export class ReportValue {
  @Field(() => Float, {
    nullable: true,
    description: 'A count, or a share (0..1) or average; null when suppressed or when there is nothing to average.',
  })
  value!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'How many people the figure counts (for SMEs: the leaders behind them); null when suppressed.',
  })
  people!: number | null;

  @Field({ description: 'True when the figure counts 1 or 2 people and the reader sees aggregates only ("fewer than 3").' })
  suppressed!: boolean;
}
