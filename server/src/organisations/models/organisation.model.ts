import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { OrganisationType } from '../../common/enums';
import { PageInfo } from '../../common/pagination';

@ObjectType('Organisation')
export class OrganisationModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => OrganisationType)
  type!: OrganisationType;

  @Field({ description: 'ISO 3166-1 alpha-2.' })
  countryCode!: string;

  @Field(() => String, { nullable: true })
  province!: string | null;
}

@ObjectType()
export class OrganisationEdge {
  @Field()
  cursor!: string;

  @Field(() => OrganisationModel)
  node!: OrganisationModel;
}

@ObjectType()
export class OrganisationConnection {
  @Field(() => [OrganisationEdge])
  edges!: OrganisationEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int)
  totalCount!: number;
}
