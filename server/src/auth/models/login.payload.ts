import { Field, ObjectType } from '@nestjs/graphql';
import { UserModel } from '../../users/models/user.model';
import type { User } from '../../users/user.entity';

@ObjectType()
export class LoginPayload {
  @Field({ description: 'Send as `Authorization: Bearer <token>`; browsers also get it as an httpOnly cookie.' })
  token!: string;

  @Field(() => UserModel)
  user!: User;
}
