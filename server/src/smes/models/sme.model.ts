import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { SmeSector, SupportKind } from '../../common/enums';
import { PageInfo } from '../../common/pagination';
import { GraphQLDate } from '../../common/scalars';
import { SmeMatchReason } from '../matching';

registerEnumType(SmeMatchReason, { name: 'SmeMatchReason', description: 'Why two SME records may be the same business.' });

/**
 * An SME a trained leader supported. The owner's sex, employees, registration number, phone,
 * supports and merge link are field resolvers: they answer only to those who may see the record.
 */
@ObjectType('Sme', { description: 'An SME a trained leader supported.' })
export class SmeModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'As recorded (NFC).' })
  name!: string;

  @Field({ description: 'ISO 3166-1 alpha-2.' })
  countryCode!: string;

  @Field(() => String, { nullable: true })
  province!: string | null;

  @Field(() => SmeSector)
  sector!: SmeSector;

  @Field(() => Date, { nullable: true, description: 'When a coordinator merged this SME into another.' })
  mergedAt!: Date | null;

  @Field()
  createdAt!: Date;
}

@ObjectType('SmeSupport', { description: 'One act of support from a leader to an SME, recorded with a progress report.' })
export class SmeSupportModel {
  @Field(() => ID)
  id!: string;

  @Field(() => SupportKind)
  kind!: SupportKind;

  @Field(() => GraphQLDate)
  supportedOn!: string;

  @Field(() => String, { nullable: true, description: 'What came of it.' })
  result!: string | null;

  @Field()
  createdAt!: Date;
}

@ObjectType('SmeEdge')
export class SmeEdge {
  @Field()
  cursor!: string;

  @Field(() => SmeModel)
  node!: SmeModel;
}

@ObjectType('SmeConnection')
export class SmeConnection {
  @Field(() => [SmeEdge])
  edges!: SmeEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int)
  totalCount!: number;
}

@ObjectType('SmeMatch', { description: 'An SME already in the ledger that may be the one being recorded.' })
export class SmeMatchModel {
  @Field(() => SmeModel)
  sme!: SmeModel;

  @Field(() => [SmeMatchReason])
  reasons!: SmeMatchReason[];

  @Field(() => Float, { description: 'Name similarity, 0..1 (1 = the same folded name).' })
  similarity!: number;
}

@ObjectType('SmeDuplicateCandidate', { description: 'Two SMEs that may be one business, for a coordinator to merge or mark distinct.' })
export class SmeDuplicateCandidateModel {
  @Field(() => SmeModel, { description: 'The one recorded first.' })
  first!: SmeModel;

  @Field(() => SmeModel)
  second!: SmeModel;

  @Field(() => [SmeMatchReason])
  reasons!: SmeMatchReason[];

  @Field(() => Float, { description: 'Name similarity, 0..1.' })
  similarity!: number;
}
