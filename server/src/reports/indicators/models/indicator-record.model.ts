import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Gender } from '../../../common/enums';
import { PageInfo } from '../../../common/pagination';
import { IndicatorRecordKind } from '../indicator-records';

registerEnumType(IndicatorRecordKind, {
  name: 'IndicatorRecordKind',
  description: 'What an indicator counts: participants (enrolments), SMEs or action plans.',
});

@ObjectType('IndicatorRecord', { description: 'One record an indicator counts, in one shape for participants, SMEs and action plans.' })
export class IndicatorRecordModel {
  @Field(() => IndicatorRecordKind)
  kind!: IndicatorRecordKind;

  @Field(() => ID, { description: 'Enrolment, SME or action-plan id.' })
  id!: string;

  @Field({ description: 'The person’s name, or the SME’s.' })
  title!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The name in the person’s own script; for an SME, the leaders who supported it; for an action plan, its objectives (shortened).',
  })
  subtitle!: string | null;

  @Field({ description: 'The person’s country, or the SME’s.' })
  countryCode!: string;

  @Field(() => Gender, { nullable: true, description: 'The person’s sex, or the SME owner’s.' })
  gender!: Gender | null;

  @Field(() => String, { nullable: true })
  province!: string | null;

  @Field(() => String, { nullable: true, description: 'For an SME, the cohort of the leader who first supported it.' })
  cohortTitle!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Enrolment status, action-plan status, or an SME’s sector: a code the client translates.',
  })
  category!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'YYYY-MM-DD: the cohort’s start, the SME’s first support, or the action plan’s latest progress report.',
  })
  date!: string | null;
}

@ObjectType()
export class IndicatorRecordEdge {
  @Field()
  cursor!: string;

  @Field(() => IndicatorRecordModel)
  node!: IndicatorRecordModel;
}

@ObjectType()
export class IndicatorRecordConnection {
  @Field(() => [IndicatorRecordEdge])
  edges!: IndicatorRecordEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'All the records, on every page: for a count, equal to the figure.' })
  totalCount!: number;
}
