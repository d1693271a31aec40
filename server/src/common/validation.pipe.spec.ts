import { ArgumentMetadata } from '@nestjs/common';
import { Type } from 'class-transformer';
import { IsEmail, IsInt, IsOptional, IsString, Matches, Max, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { BadUserInputError } from './errors';
import { createValidationPipe } from './validation.pipe';

class Address {
  @IsString()
  @MaxLength(10)
  town!: string;
}

class Form {
  @IsString()
  @MinLength(3)
  title!: string;

  @IsOptional()
  @Matches(/^[0-9]+$/, { message: 'Digits only.' })
  code?: string;

  @IsOptional()
  @IsEmail({}, { message: 'Enter a valid email address.', context: { reason: 'EMAIL_INVALID' } })
  email?: string;

  @IsOptional()
  @IsInt()
  @Max(9)
  count?: number;

  @IsOptional()
  @ValidateNested()
  @Type(() => Address)
  address?: Address;
}

async function problemsOf(value: unknown): Promise<unknown[]> {
  const metadata: ArgumentMetadata = { type: 'body', metatype: Form };
  try {
    await createValidationPipe().transform(value, metadata);
  } catch (error) {
    if (error instanceof BadUserInputError) return error.details.problems as unknown[];
    throw error;
  }
  throw new Error('The value passed validation');
}

describe('the validation pipe', () => {
  it('gives class-validator’s own rules a reason and the values their message names', async () => {
    await expect(problemsOf({ title: 'ab', count: 12, address: { town: 'Mawlamyine Town' } })).resolves.toEqual([
      { field: 'title', message: 'title must be longer than or equal to 3 characters', reason: 'TOO_SHORT', params: { min: 3 } },
      { field: 'count', message: 'count must not be greater than 9', reason: 'TOO_LARGE', params: { max: 9 } },
      { field: 'address.town', message: 'town must be shorter than or equal to 10 characters', reason: 'TOO_LONG', params: { max: 10 } },
    ]);
  });

  it('takes the reason of a rule with a message of its own from its context, and gives none without one', async () => {
    await expect(problemsOf({ title: 'Title', code: 'x1', email: 'nobody@' })).resolves.toEqual([
      // "Digits only." says more than a generic FORMAT_INVALID would: no reason, so clients show the message.
      { field: 'code', message: 'Digits only.' },
      { field: 'email', message: 'Enter a valid email address.', reason: 'EMAIL_INVALID', params: {} },
    ]);
  });

  it('names a field the input does not have', async () => {
    await expect(problemsOf({ title: 'Title', salary: 1 })).resolves.toEqual([
      { field: 'salary', message: 'property salary should not exist', reason: 'FIELD_UNKNOWN', params: {} },
    ]);
  });

  it('never sends the object that failed', async () => {
    const problems = await problemsOf({ title: 'ab' });
    expect(JSON.stringify(problems)).not.toContain('"target"');
  });
});
