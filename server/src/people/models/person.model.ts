import { Field, ID, ObjectType, Int } from '@nestjs/graphql';
import { Gender, TargetGroup } from '../../common/enums';
import { PageInfo } from '../../common/pagination';

@ObjectType('Person', { description: 'A participant, trainer or member of staff.' })
export class PersonModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Name in Latin script.' })
  fullName!: string;

  @Field(() => String, { nullable: true, description: "Name in the person's own script, if any." })
  nativeName!: string | null;

  @Field(() => Gender)
  gender!: Gender;

  @Field({ description: 'ISO 3166-1 alpha-2.' })
  countryCode!: string;

  @Field(() => String, { nullable: true })
  province!: string | null;

  @Field(() => String, { nullable: true })
  position!: string | null;

  @Field(() => TargetGroup)
  targetGroup!: TargetGroup;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;
}

@ObjectType()
export class PersonEdge {
  @Field()
  cursor!: string;

  @Field(() => PersonModel)
  node!: PersonModel;
}

@ObjectType()
export class PersonConnection {
  @Field(() => [PersonEdge])
  edges!: PersonEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int)
  totalCount!: number;
}
