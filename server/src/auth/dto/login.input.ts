import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';

@InputType()
export class LoginInput {
  @Field()
  @IsEmail({}, { message: 'Enter a valid email address.' })
  @MaxLength(254)
  email!: string;

  @Field()
  @IsString()
  @MinLength(1, { message: 'Enter your password.' })
  @MaxLength(128, { message: 'The password must be at most 128 characters long.' })
  password!: string;
}
