import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsBoolean, IsUUID } from 'class-validator';
import { UserModel } from '../models/user.model';
import type { User } from '../user.entity';

@InputType()
export class SetUserActiveInput {
  @Field(() => ID)
  @IsUUID()
  userId!: string;

  @Field()
  @IsBoolean()
  active!: boolean;
}

@ObjectType()
export class SetUserActivePayload {
  @Field(() => UserModel)
  user!: User;

  @Field({ description: 'Sessions ended by deactivating.' })
  sessionsEnded!: number;
}
