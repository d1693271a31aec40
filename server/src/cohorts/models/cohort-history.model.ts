import { Field, Int, ObjectType } from '@nestjs/graphql';
import { ChangeRecordModel } from '../../audit/models/change-record.model';
import { PageInfo } from '../../common/pagination';

@ObjectType('ChangeRecordEdge')
export class ChangeRecordEdge {
  @Field()
  cursor!: string;

  @Field(() => ChangeRecordModel)
  node!: ChangeRecordModel;
}

@ObjectType('ChangeRecordConnection')
export class CohortConnectionOfChanges {
  @Field(() => [ChangeRecordEdge])
  edges!: ChangeRecordEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int)
  totalCount!: number;
}
