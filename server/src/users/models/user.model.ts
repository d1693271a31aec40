import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Role } from '../../common/enums';

@ObjectType('User', { description: 'A sign-in account. Holds no password material.' })
export class UserModel {
  @Field(() => ID)
  id!: string;

  @Field()
  email!: string;

  @Field(() => [Role])
  roles!: Role[];

  @Field({ description: 'Inactive accounts cannot sign in; deactivating ends every session.' })
  active!: boolean;
}
