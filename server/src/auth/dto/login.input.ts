import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';

@InputType()
export class LoginInput {
  @Field()
  @IsEmail({}, { message: 'Enter a valid email address.', context: { reason: 'EMAIL_INVALID' } })
  @MaxLength(254)
  email!: string;

  @Field()
  @IsString()
  @MinLength(1, { message: 'Enter your password.', context: { reason: 'PASSWORD_REQUIRED' } })
  @MaxLength(128, { message: 'The password must be at most 128 characters long.', context: { reason: 'TOO_LONG', params: { max: 128 } } })
  password!: string;
}
