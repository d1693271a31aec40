import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { BadUserInputError } from './errors';

function flatten(errors: ValidationError[], prefix = ''): { field: string; message: string }[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** The one validation pipe: every input class is checked, unknown fields refused, failures become BAD_USER_INPUT. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidNonWhitelisted: true,
    exceptionFactory: (errors) => {
      const problems = flatten(errors);
      return new BadUserInputError(problems.map((p) => p.message).join(' '), { problems });
    },
  });
}
